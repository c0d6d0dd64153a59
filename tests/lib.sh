# lib.sh - sourced (from the repository root) by tests/run.sh, tests/cross.sh and the test
# scripts that need the public test data.
#
# suite(): run one test suite and add up its "# N passed, M failed, K skipped" line (the old
# "# N passed, M failed" is read too). The caller sets $out (a scratch directory) and the
# counters pass, fail and skip; SUITE_TIMEOUT (seconds, optional) bounds a run where coreutils'
# timeout exists.
#
# have_data REL...: the public test data (HumanEval, MBPP, JSONTestSuite, GPT-2's vocabulary)
# is in $PHI_DATA, by default ../shared/data beside the repository (where CI has it); `make data`
# fetches it. Succeeds when every file is there, else prints "SKIP: <file> is missing (...)":
# a script then exits 77, which tests/run.sh counts as skipped, never as passed.

# Absolute (scripts cd elsewhere), and without "dir/.." where the directories exist, so that a
# message names /x/shared/data rather than /x/phi/../shared/data.
lib__abs() { # path
    case $1 in /*) lib__p=$1 ;; *) lib__p=$(pwd); lib__p=${lib__p%/}/$1 ;; esac
    lib__rest=
    while [ ! -d "$lib__p" ]; do
        lib__rest=/$(basename "$lib__p")$lib__rest
        lib__p=$(dirname "$lib__p")
    done
    lib__p=$(cd "$lib__p" && pwd)
    echo "${lib__p%/}$lib__rest"
}
PHI_DATA=$(lib__abs "${PHI_DATA:-../shared/data}")
export PHI_DATA

have_data() { # REL...
    for have__f in "$@"; do
        if [ ! -e "$PHI_DATA/$have__f" ]; then
            echo "SKIP: $PHI_DATA/$have__f is missing (set PHI_DATA to the test data, or run \`make data\`)"
            return 1
        fi
    done
}

# Runs a command that prints "# N passed, M failed, K skipped"; a crash, a time-out, a missing
# summary or a summary of nothing (0 of each) is a failure. Skipped tests are listed with their
# reasons (the "SKIP name: reason" lines of the log), each once: the same skip in a later suite
# (another build or kernel variant of the same test) is left out, and "(as above)" said instead.
suite() { # label command...
    label=$1
    shift
    t0=$(date +%s)
    if [ -n "${SUITE_TIMEOUT:-}" ] && command -v timeout >/dev/null 2>&1; then
        timeout -k 10 "$SUITE_TIMEOUT" "$@" >"$out/log" 2>&1
    else
        "$@" >"$out/log" 2>&1
    fi
    rc=$?
    summary=$(tr -d '\r' <"$out/log" | grep -E '^# [0-9]+ passed, [0-9]+ failed(, [0-9]+ skipped)?$' | tail -n 1) # \r: Windows
    p=0 f=0 s=0
    if [ -n "$summary" ]; then
        p=$(echo "$summary" | cut -d' ' -f2)
        f=$(echo "$summary" | cut -d' ' -f4)
        s=$(echo "$summary" | cut -d' ' -f6)
        s=${s:-0}
    fi
    why="exit $rc"
    [ "$rc" -eq 124 ] && why="timed out after ${SUITE_TIMEOUT:-?} s"
    [ -z "$summary" ] && why="$why, no summary line"
    [ -n "$summary" ] && [ $((p + f + s)) -eq 0 ] && why="$why, no test ran"
    # crashed, a sanitizer spoke after the summary, no summary at all, or nothing ran
    if { [ "$rc" -ne 0 ] || [ -z "$summary" ] || [ $((p + f + s)) -eq 0 ]; } && [ "$f" -eq 0 ]; then f=1; fi
    pass=$((pass + p))
    fail=$((fail + f))
    skip=$((skip + s))
    if [ "$f" -eq 0 ]; then
        if [ "$s" -eq 0 ]; then
            printf '  ok    %-40s %d passed (%d s)\n' "$label" "$p" $(($(date +%s) - t0))
        else
            # its SKIP lines (and, from tests/cross.sh, its own suites' lines that skipped), the
            # ones not shown before
            : >"$out/skips.new"
            touch "$out/skips.seen"
            tr -d '\r' <"$out/log" | grep -E '^ *(SKIP |skip  )|^  (ok|skip) .*, [0-9]+ skipped( \(as above\))?$' |
                while IFS= read -r line; do
                    key=$(echo "$line" | sed 's/^ *//')
                    grep -qxF -- "$key" "$out/skips.seen" && continue
                    echo "$key" >>"$out/skips.seen"
                    echo "        $line" >>"$out/skips.new"
                done
            printf '  %-4s  %-40s %d passed, %d skipped%s\n' "$([ "$p" -gt 0 ] && echo ok || echo skip)" "$label" "$p" "$s" \
                "$([ -s "$out/skips.new" ] || echo ' (as above)')"
            cat "$out/skips.new"
        fi
    else
        printf '  FAIL  %-40s %d passed, %d failed, %d skipped (%s)\n' "$label" "$p" "$f" "$s" "$why"
        sed 's/^/        /' "$out/log" | grep -v '^        # ' | head -n 40
    fi
}
