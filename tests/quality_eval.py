#!/usr/bin/python3
"""How well a filter mimics the teacher: the measures of the "mimic a teacher" experiment, by
scikit-learn and scipy (independent of phi.h).

    quality_eval.py split LABELS.jsonl TRAIN.jsonl
        writes the training labels: every 5th line (0, 5, 10, ...), 20%; the other 80% are the test
    quality_eval.py eval LABELS.jsonl NAME SCORED.jsonl [SCORED.jsonl ...]
        one JSON line per scored file (phi quality score's output) with, on the test documents:
        accuracy and Cohen's kappa (plain, and quadratic-weighted: the scores are ordinal) of
        "label" against the rubric, Spearman's rank correlation of "score" with the rubric, and
        the overlap of the top 20% by score (ceil(0.2 n) documents, ties by corpus order) with the
        rubric's top 20% (the expected share when the rubric's ties at its cut are broken at
        random), and the mean rubric score of the kept
    quality_eval.py baselines LABELS.jsonl FEATURES.csv [SEEDS]
        the same measures for: the majority class; the single feature that ranks the training
        documents best (|Spearman|, its sign kept; labels from a depth-3 tree on it); and
        scikit-learn's RandomForestClassifier(n_estimators=100, random_state=seed) on the same
        features (phi quality features' CSV), trained on the same 20%, for each seed of SEEDS
        ("0,1,2"; default 0)"""
import csv
import json
import math
import sys
import time

import numpy as np
from scipy.stats import spearmanr
from sklearn.ensemble import RandomForestClassifier
from sklearn.metrics import cohen_kappa_score
from sklearn.tree import DecisionTreeClassifier


def read_jsonl(path):
    with open(path, encoding="utf-8") as f:
        return [json.loads(l) for l in f if l.strip()]


def split(labels):
    rows = read_jsonl(labels)
    ids = [r["id"] for r in rows]
    y = np.array([r["score"] for r in rows], dtype=float)
    train = np.array([i % 5 == 0 for i in range(len(rows))])
    return ids, y, train


def top(values, k):
    order = sorted(range(len(values)), key=lambda i: (-values[i], i))
    return set(order[:k])


def overlap(kept, y_true, k):
    """The expected share of `kept` in the rubric's top k when the rubric's ties at the cut are
    broken at random: a document above the cut counts 1, one at it (k - above) / at."""
    t = sorted(y_true, reverse=True)[k - 1]
    above = sum(1 for v in y_true if v > t)
    at = sum(1 for v in y_true if v == t)
    return sum(1.0 if y_true[i] > t else (k - above) / at if y_true[i] == t else 0.0 for i in kept) / k


def measures(name, y_true, label, score):
    n = len(y_true)
    k = math.ceil(0.2 * n)
    ours = top(list(score), k)
    theirs = top(list(y_true), k)  # (its mean is the same whichever ties are taken)
    const = np.all(score == score[0])
    return {
        "name": name,
        "test": n,
        "accuracy": float(np.mean(label == y_true)),
        "kappa": float(cohen_kappa_score(y_true, label)),
        "kappa_quadratic": float(cohen_kappa_score(y_true, label, weights="quadratic")),
        "spearman": None if const else float(spearmanr(score, y_true).correlation),
        "top20_overlap": overlap(ours, list(y_true), k),
        "top20_mean": float(np.mean([y_true[i] for i in ours])),
        "oracle_top20_mean": float(np.mean([y_true[i] for i in theirs])),
        "mean": float(np.mean(y_true)),
    }


def evaluate(labels, name, scored_path):
    ids, y, train = split(labels)
    got = {r["id"]: r for r in read_jsonl(scored_path)}
    test = [i for i in range(len(ids)) if not train[i]]
    label = np.array([got[ids[i]]["label"] for i in test], dtype=float)
    score = np.array([got[ids[i]]["score"] for i in test], dtype=float)
    return measures(name, y[test], label, score)


def baselines(labels, features_csv, seeds=(0,)):
    ids, y, train = split(labels)
    with open(features_csv, encoding="utf-8") as f:
        rows = list(csv.reader(f))
    names = rows[0][1:]
    by_id = {r[0]: r[1:] for r in rows[1:]}
    X = np.array([[float(v) for v in by_id[i]] for i in ids], dtype=np.float32)
    Xtr, ytr, Xte, yte = X[train], y[train], X[~train], y[~train]
    out = []
    # the majority class
    values, counts = np.unique(ytr, return_counts=True)
    major = values[np.argmax(counts)]
    out.append(measures("majority class", yte, np.full(len(yte), major), np.full(len(yte), major)))
    # the single best feature
    best, best_rho, sign = 0, -1.0, 1.0
    for j in range(X.shape[1]):
        if np.all(Xtr[:, j] == Xtr[0, j]):
            continue
        rho = spearmanr(Xtr[:, j], ytr).correlation
        if abs(rho) > best_rho:
            best, best_rho, sign = j, abs(rho), 1.0 if rho >= 0 else -1.0
    tree = DecisionTreeClassifier(max_depth=3, random_state=0).fit(Xtr[:, [best]], ytr)
    m = measures(f"best single feature ({names[best]})", yte, tree.predict(Xte[:, [best]]), sign * Xte[:, best])
    out.append(m)
    # scikit-learn's forest on the same features, one row per seed
    for seed in seeds:
        t0 = time.perf_counter()
        rf = RandomForestClassifier(n_estimators=100, random_state=seed, n_jobs=2).fit(Xtr, ytr)
        fit_s = time.perf_counter() - t0
        proba = rf.predict_proba(Xte)
        m = measures(f"scikit-learn RandomForest (seed {seed})", yte, rf.classes_[np.argmax(proba, axis=1)], proba @ rf.classes_)
        m["fit_s"] = fit_s
        out.append(m)
    return out


if __name__ == "__main__":
    cmd = sys.argv[1] if len(sys.argv) > 1 else ""
    if cmd == "split":
        rows = read_jsonl(sys.argv[2])
        with open(sys.argv[3], "w", encoding="utf-8") as f:
            for i, r in enumerate(rows):
                if i % 5 == 0:
                    f.write(json.dumps(r) + "\n")
    elif cmd == "eval":
        print(json.dumps(evaluate(sys.argv[2], sys.argv[3], sys.argv[4])))
    elif cmd == "baselines":
        seeds = [int(x) for x in sys.argv[4].split(",")] if len(sys.argv) > 4 else [0]
        for m in baselines(sys.argv[2], sys.argv[3], seeds):
            print(json.dumps(m))
    else:
        sys.exit(__doc__)
