#!/bin/sh
# JSON conformance through the command-line tool: every y_ file of JSONTestSuite must be
# accepted (exit 0), every n_ file rejected (exit 1), and every i_ file must get exactly the
# answer documented below, without a crash or sanitizer report (exit 0 or 1 only).
#
# Usage (from the repository root): tests/jsontestsuite.sh PHI_BINARY [DATA_DIR]
#   DATA_DIR defaults to $PHI_DATA/JSONTestSuite/test_parsing (tests/lib.sh); without it the
#   conformance part is one skipped test, saying so, and the tool's own contract still runs.
# Prints one FAIL line per failure and ends with "# N passed, M failed, K skipped".
#
# What phi.h does with the implementation-defined (i_) cases:
#   accept  i_number_double_huge_neg_exp       1e-999-like: underflows to 0.0
#   accept  i_number_real_underflow            same
#   accept  i_number_too_big_neg_int           beyond int64: kept as the nearest double
#   accept  i_number_too_big_pos_int           same
#   accept  i_number_very_big_negative_int     same
#   reject  i_number_huge_exp                  beyond the double range: "number out of the range of a double"
#   reject  i_number_neg_int_huge_exp          same
#   reject  i_number_pos_double_huge_exp       same
#   reject  i_number_real_neg_overflow         same
#   reject  i_number_real_pos_overflow         same
#   reject  i_object_key_lone_2nd_surrogate    a \u escape of half a surrogate pair has no UTF-8 form
#   reject  i_string_1st_surrogate_but_2nd_missing, i_string_1st_valid_surrogate_2nd_invalid,
#           i_string_incomplete_surrogate_and_escape_valid, i_string_incomplete_surrogate_pair,
#           i_string_incomplete_surrogates_escape_valid, i_string_invalid_lonely_surrogate,
#           i_string_invalid_surrogate, i_string_inverted_surrogates_U+1D11E,
#           i_string_lone_second_surrogate     same
#   reject  i_string_UTF-8_invalid_sequence    invalid UTF-8 (strings must be valid UTF-8)
#   reject  i_string_UTF8_surrogate_U+D800, i_string_invalid_utf-8, i_string_iso_latin_1,
#           i_string_lone_utf8_continuation_byte, i_string_not_in_unicode_range,
#           i_string_overlong_sequence_2_bytes, i_string_overlong_sequence_6_bytes,
#           i_string_overlong_sequence_6_bytes_null, i_string_truncated-utf-8   same
#   reject  i_string_UTF-16LE_with_BOM         not UTF-8 (RFC 8259 requires UTF-8)
#   reject  i_string_utf16BE_no_BOM, i_string_utf16LE_no_BOM   same
#   reject  i_structure_UTF-8_BOM_empty_object a byte-order mark is not JSON (RFC 8259 8.1)
#   accept  i_structure_500_nested_arrays      within the default nesting limit of 1024
phi=${1:?usage: jsontestsuite.sh PHI_BINARY [DATA_DIR]}
. tests/lib.sh
dir=${2:-$PHI_DATA/JSONTestSuite/test_parsing}

i_accept="i_number_double_huge_neg_exp i_number_real_underflow i_number_too_big_neg_int
i_number_too_big_pos_int i_number_very_big_negative_int i_structure_500_nested_arrays"

pass=0
fail=0
skip=0
check() { # file expected-exit
    "$phi" json check -q "$1" >/dev/null 2>"${TMPDIR:-/tmp}/phi-jts.$$"
    rc=$?
    if [ "$rc" -eq "$2" ]; then
        pass=$((pass + 1))
    else
        fail=$((fail + 1))
        echo "FAIL $(basename "$1"): exit $rc, expected $2: $(head -c 300 "${TMPDIR:-/tmp}/phi-jts.$$")"
    fi
}

if [ -d "$dir" ]; then
    for f in "$dir"/y_*.json; do check "$f" 0; done
    for f in "$dir"/n_*.json; do check "$f" 1; done
    for f in "$dir"/i_*.json; do
        name=$(basename "$f" .json)
        case " $(echo $i_accept) " in
        *" $name "*) check "$f" 0 ;;
        *) check "$f" 1 ;;
        esac
    done
else
    skip=$((skip + 1))
    echo "SKIP JSONTestSuite conformance: $dir is missing (set PHI_DATA to the test data, or run \`make data\`)"
fi

# the tool's own contract: exit codes and messages
expect() { # description expected-exit command...
    d=$1 want=$2
    shift 2
    "$@" >/dev/null 2>&1
    rc=$?
    if [ "$rc" -eq "$want" ]; then pass=$((pass + 1)); else fail=$((fail + 1)); echo "FAIL $d: exit $rc, expected $want"; fi
}
tmp=${TMPDIR:-/tmp}/phi-jts-lines.$$
printf '{"a":1}\n[2]\n' >"$tmp.good"
printf '{"a":1}\n{"a":\n[3]\n' >"$tmp.bad"
printf '{"a":1}\n{"a":' >"$tmp.torn"
printf '[[]   ]' >"$tmp.nested" # JSONTestSuite's y_array_arraysWithSpaces.json
expect "valid JSONL" 0 "$phi" json check --lines "$tmp.good"
expect "bad JSONL line" 1 "$phi" json check --lines "$tmp.bad"
expect "torn JSONL tail" 1 "$phi" json check --lines "$tmp.torn"
expect "JSONL file as one document" 1 "$phi" json check "$tmp.good"
expect "missing file" 2 "$phi" json check /nonexistent/file.json
expect "no file" 2 "$phi" json check
expect "unknown option" 2 "$phi" json check --frobnicate "$tmp.good"
expect "bad --max-depth" 2 "$phi" json check --max-depth x "$tmp.good"
expect "--max-depth 1 on nested" 1 "$phi" json check --max-depth 1 "$tmp.nested"
expect "help" 0 "$phi" --help
expect "json help" 0 "$phi" json --help
expect "unknown command" 2 "$phi" frobnicate
msg=$("$phi" json check --lines "$tmp.bad" 2>&1 >/dev/null | head -1)
case "$msg" in
"$tmp.bad:2:6: expected a value, found end of input") pass=$((pass + 1)) ;;
*) fail=$((fail + 1)); echo "FAIL message for a bad line: '$msg'" ;;
esac
printf '[1]' | "$phi" json check -q - && pass=$((pass + 1)) || { fail=$((fail + 1)); echo "FAIL reading stdin"; }
rm -f "$tmp.good" "$tmp.bad" "$tmp.torn" "$tmp.nested" "${TMPDIR:-/tmp}/phi-jts.$$"
echo "# $pass passed, $fail failed, $skip skipped"
[ "$fail" -eq 0 ]
