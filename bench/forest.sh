#!/bin/sh
# Random forests (>>forest): build/bench/forest (bench/forest.c) beside scikit-learn's
# RandomForestClassifier and XGBoost's XGBRFClassifier (bench/forest_peer.py under
# /usr/bin/python3) and ranger (bench/forest_peer.R under Rscript), in the same run: 100 trees,
# THREADS threads (default 2), every library's defaults otherwise, on
#   - make_classification(n_samples=100000, n_features=64, n_informative=16, random_state=0),
#     80/20 split (train_test_split, random_state=0)
#   - scikit-learn's digits (1797 images of 8x8), the same split
# For each: fit and predict seconds (medians over the seeds), test accuracy (mean over SEEDS
# seeds, default 5: seeds 0 .. SEEDS-1), model bytes (ours: the file; scikit-learn: its pickle;
# XGBoost: its saved model; ranger: serialize()), the peak RSS of the process (data and
# interpreter included). The libraries run one after another, never at the same time.
# Usage: sh bench/forest.sh (from the repository root, after make build/bench/forest)
set -eu
THREADS=${THREADS:-2}
SEEDS=${SEEDS:-5}
PY=/usr/bin/python3
B=build/bench
if ! $PY -c 'import sklearn, xgboost' 2>/dev/null; then
    echo "forest: skipped: needs scikit-learn and xgboost under $PY (python3-sklearn python3-xgboost)"
    exit 0
fi
work=$(mktemp -d "${TMPDIR:-/tmp}/phi-bench-forest.XXXXXX")
trap 'rm -rf "$work"' EXIT
$PY bench/forest_peer.py data "$work"
have_ranger=0
if command -v Rscript >/dev/null && Rscript -e 'suppressMessages(library(ranger))' >/dev/null 2>&1; then have_ranger=1; fi

# run LIB NAME SEED: one line "fit_s predict_s accuracy bytes rss_kb"
run() {
    case $1 in
        phi) "$B/forest" "$work" "$2" "$3" "$THREADS" ;;
        sklearn | xgboost) $PY bench/forest_peer.py "$1" "$work" "$2" "$3" "$THREADS" ;;
        ranger) Rscript bench/forest_peer.R "$work" "$2" "$3" "$THREADS" ;;
    esac
}

cpu=$(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //')
echo "Random forests, 100 trees, $THREADS threads, defaults otherwise; fit/predict: medians of $SEEDS seeds, accuracy: their mean"
echo "($cpu, load $(cut -d' ' -f1 /proc/loadavg))"
libs="phi sklearn xgboost"
[ $have_ranger = 1 ] && libs="$libs ranger"
for name in clf digits; do
    case $name in
        clf) echo "make_classification(100000, 64 features, 16 informative), 80,000 rows to fit, 20,000 to predict:" ;;
        digits) echo "digits (8x8 images, 10 classes), 1,437 rows to fit, 360 to predict:" ;;
    esac
    for lib in $libs; do
        s=0
        : >"$work/$lib.$name"
        while [ $s -lt "$SEEDS" ]; do
            run $lib $name $s >"$work/one" 2>"$work/err" || { cat "$work/err"; exit 1; }
            tail -n 1 "$work/one" >>"$work/$lib.$name" # the result line (a peer may print progress before it)
            s=$((s + 1))
        done
    done
    printf '  %-22s %9s %10s %9s %10s %9s %12s %12s\n' library "fit s" "predict s" accuracy "model MB" "peak MB" "fit: ours" "predict: ours"
    for lib in $libs; do
        awk -v lib=$lib -v phi="$work/phi.$name" '
            function median(a, n,   i, j, t) { for (i = 1; i <= n; i++) for (j = i + 1; j <= n; j++) if (a[j] < a[i]) { t = a[i]; a[i] = a[j]; a[j] = t }
                                              return n % 2 ? a[(n + 1) / 2] : (a[n / 2] + a[n / 2 + 1]) / 2 }
            BEGIN { while ((getline l < phi) > 0) { split(l, f, " "); pn++; pf[pn] = f[1]; pp[pn] = f[2] } pfit = median(pf, pn); ppred = median(pp, pn) }
            { n++; fit[n] = $1; pred[n] = $2; acc += $3; bytes = $4; if ($5 > rss) rss = $5 }
            END {
                names["phi"] = "phi.h"; names["sklearn"] = "scikit-learn"; names["xgboost"] = "XGBoost XGBRF"; names["ranger"] = "ranger"
                mf = median(fit, n); mp = median(pred, n)
                printf "  %-22s %9.3f %10.4f %9.4f %10.2f %9.0f %11.1fx %12.1fx\n", names[lib], mf, mp, acc / n, bytes / 1e6, rss / 1024, mf / pfit, mp / ppred
            }' "$work/$lib.$name"
    done
    awk -v phi="$work/phi.$name" '
        BEGIN { while ((getline l < phi) > 0) { split(l, f, " "); acc += f[3]; n++; bytes = f[4] } }
        { sacc += $3; m++; sbytes = $4 }
        END { printf "  accuracy, ours minus scikit-learn: %+.2f points; model bytes, ours / pickle: 1/%.1f\n", 100 * (acc / n - sacc / m), sbytes / bytes }' \
        "$work/sklearn.$name"
done
[ $have_ranger = 1 ] || echo "  (ranger: not run: Rscript with r-cran-ranger is not installed)"
