# lib.sh - sourced by tests/run.sh and tests/cross.sh: run one test suite and add up its
# "# N passed, M failed" line. The caller sets $out (a scratch directory) and the counters
# pass and fail; SUITE_TIMEOUT (seconds, optional) bounds a run where coreutils' timeout exists.

# Runs a command that prints "# N passed, M failed"; a crash, a time-out or a missing summary
# is a failure.
suite() { # label command...
    label=$1
    shift
    if [ -n "${SUITE_TIMEOUT:-}" ] && command -v timeout >/dev/null 2>&1; then
        timeout -k 10 "$SUITE_TIMEOUT" "$@" >"$out/log" 2>&1
    else
        "$@" >"$out/log" 2>&1
    fi
    rc=$?
    summary=$(tr -d '\r' <"$out/log" | grep -E '^# [0-9]+ passed, [0-9]+ failed$' | tail -n 1) # \r: Windows
    if [ -n "$summary" ]; then
        p=$(echo "$summary" | cut -d' ' -f2)
        f=$(echo "$summary" | cut -d' ' -f4)
    else
        p=0
        f=0
    fi
    # crashed, a sanitizer spoke after the summary, or no summary at all
    if { [ "$rc" -ne 0 ] || [ -z "$summary" ]; } && [ "$f" -eq 0 ]; then f=1; fi
    pass=$((pass + p))
    fail=$((fail + f))
    if [ "$f" -eq 0 ]; then
        printf '  ok    %-40s %d passed\n' "$label" "$p"
    else
        why="exit $rc"
        [ "$rc" -eq 124 ] && why="timed out after ${SUITE_TIMEOUT:-?} s"
        [ -z "$summary" ] && why="$why, no summary line"
        printf '  FAIL  %-40s %d passed, %d failed (%s)\n' "$label" "$p" "$f" "$why"
        sed 's/^/        /' "$out/log" | grep -v '^        # ' | head -n 40
    fi
}
