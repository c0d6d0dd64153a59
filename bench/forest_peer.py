#!/usr/bin/python3
"""The peers of bench/forest.sh, and its data.

    forest_peer.py data DIR             writes DIR/{clf,digits}_{train,test}.f32: the two data sets
    forest_peer.py sklearn|xgboost DIR NAME SEED THREADS
                                        fits 100 trees on DIR/NAME_train.f32 (defaults otherwise),
                                        predicts NAME_test.f32, prints one line:
                                        fit_s predict_s accuracy model_bytes peak_rss_kb

A .f32 file: int32 rows, int32 features, then rows x features float32 (row-major), then rows
float32 labels (class ids), little-endian. Model bytes: the pickle (scikit-learn) or the saved
UBJSON model (XGBoost). Peak RSS: the whole process's, data and interpreter included."""
import pickle
import resource
import sys
import time

import numpy as np


def write(path, X, y):
    with open(path, "wb") as f:
        f.write(np.array(X.shape, dtype="<i4").tobytes())
        f.write(np.ascontiguousarray(X, dtype="<f4").tobytes())
        f.write(np.asarray(y, dtype="<f4").tobytes())


def read(path):
    with open(path, "rb") as f:
        n, d = np.frombuffer(f.read(8), dtype="<i4")
        X = np.frombuffer(f.read(4 * n * d), dtype="<f4").reshape(n, d)
        y = np.frombuffer(f.read(4 * n), dtype="<f4").astype(np.int64)
    return X, y


def data(out):
    from sklearn.datasets import load_digits, make_classification
    from sklearn.model_selection import train_test_split
    X, y = make_classification(n_samples=100000, n_features=64, n_informative=16, random_state=0)
    a, b, ya, yb = train_test_split(X, y, test_size=0.2, random_state=0)
    write(f"{out}/clf_train.f32", a, ya), write(f"{out}/clf_test.f32", b, yb)
    X, y = load_digits(return_X_y=True)
    a, b, ya, yb = train_test_split(X, y, test_size=0.2, random_state=0)
    write(f"{out}/digits_train.f32", a, ya), write(f"{out}/digits_test.f32", b, yb)


def run(peer, d, name, seed, threads):
    X, y = read(f"{d}/{name}_train.f32")
    Xt, yt = read(f"{d}/{name}_test.f32")
    if peer == "sklearn":
        from sklearn.ensemble import RandomForestClassifier
        m = RandomForestClassifier(n_estimators=100, n_jobs=threads, random_state=seed)
    else:
        from xgboost import XGBRFClassifier
        m = XGBRFClassifier(n_estimators=100, n_jobs=threads, random_state=seed)
    t0 = time.perf_counter()
    m.fit(X, y)
    t1 = time.perf_counter()
    p = m.predict(Xt)
    t2 = time.perf_counter()
    if peer == "sklearn":
        size = len(pickle.dumps(m, protocol=pickle.HIGHEST_PROTOCOL))
    else:
        size = len(m.get_booster().save_raw("ubj"))
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    print(f"{t1 - t0:.4f} {t2 - t1:.4f} {np.mean(p == yt):.6f} {size} {rss}")


if __name__ == "__main__":
    if sys.argv[1] == "data":
        data(sys.argv[2])
    else:
        run(sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4]), int(sys.argv[5]))
