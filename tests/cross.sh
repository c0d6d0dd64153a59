#!/bin/sh
# `make cross`: the unit tests built for other architectures and run under qemu-user, and for
# Windows and run under wine.
#   aarch64  the NEON kernels (what the emulated CPU has), then again with PHI_KERNEL=scalar
#            for test_kernels; the JSON scanner's NEON path
#   s390x    big-endian: the scalar kernels and every portable path
#   windows  MinGW-w64 (x86-64, the Win32 API, Microsoft's C runtime): the kernels this CPU
#            has, as on Linux; the evaluator's tests check that its sandbox says "unsupported"
# Binaries are static, so qemu and wine need no target libraries. A missing cross compiler or qemu is
# a failure, never a silent skip. Tests whose public data ($PHI_DATA, tests/lib.sh) is missing are
# skipped, saying so. Prints a line per run and ends with "# N passed, M failed, K skipped".
#
# Usage: sh tests/cross.sh [TEST...]          (default: every unit test; any working directory)
#   PHI_SRC_DIR=dir   test the phi.h and phi_kernels.h in dir rather than the repository's
#                     (the tests themselves are always the repository's)
#   CROSS_TIMEOUT=s   seconds a single run may take under emulation (default 900)
set -u
cd "$(dirname "$0")/.." || exit 1
root=$(pwd)
src=${PHI_SRC_DIR:-$root}
src=$(cd "$src" && pwd) || { echo "PHI_SRC_DIR=$PHI_SRC_DIR: no such directory"; exit 1; }
timeout_s=${CROSS_TIMEOUT:-900}
tests=${*:-test_base test_json test_jsonl test_kernels test_bf16 test_model test_tokenizer test_py_dump test_forest}
win_tests=${*:-$tests test_eval}
WARN="-std=c99 -O2 -Wall -Wextra -Werror -DPHI_STATIC" # as the Makefile's tests: only what a test calls is compiled
LDLIBS="-lpthread -lm"
B=build/cross
pass=0
fail=0
skip=0
out=$(mktemp -d "${TMPDIR:-/tmp}/phi-cross.XXXXXX")
trap 'rm -rf "$out"' EXIT

# The tests include "../phi.h": to test other headers, put copies of the tests beside them.
if [ "$src" = "$root" ]; then
    tdir=tests
else
    for h in phi.h phi_kernels.h; do
        [ -f "$src/$h" ] || { echo "PHI_SRC_DIR=$src has no $h"; exit 1; }
    done
    mkdir -p "$out/stage/tests"
    cp "$src/phi.h" "$src/phi_kernels.h" "$out/stage/"
    cp -R tests/. "$out/stage/tests/"
    tdir=$out/stage/tests
    echo "(testing the headers in $src)"
fi

# A tiny program that says which kernels the library chose and the byte order, so that a run
# cannot silently test another path than the one its label claims.
cat >"$out/which.c" <<EOF
#define PHI_IMPLEMENTATION
#include "$src/phi.h"
int main(void) {
    unsigned one = 1;
    printf("%s %s\n", phi_kernels_name(), *(unsigned char *)&one ? "little-endian" : "big-endian");
    return 0;
}
EOF

have() { command -v "$1" >/dev/null 2>&1; }

# Counts one passed check and says what it saw.
passed() { # label detail
    pass=$((pass + 1))
    printf '  ok    %-40s %s\n' "$1" "$2"
}

# Counts one skipped check and says why (its data is missing).
skipped() { # label reason
    skip=$((skip + 1))
    printf '  skip  %-40s %s\n' "$1" "$2"
}

# Counts one failed check and says why.
failed() { # label reason
    fail=$((fail + 1))
    printf '  FAIL  %-40s %s\n' "$1" "$2"
}

# suite(): runs a test binary under emulation and adds up its summary (tests/lib.sh).
SUITE_TIMEOUT=$timeout_s
. "$root/tests/lib.sh"

# One architecture: its compiler, its emulator, the kernels it must choose, whether
# test_kernels runs a second time with PHI_KERNEL=scalar, and the tests (default: $tests).
arch() { # name compiler emulator expected-kernels expected-byte-order rerun-scalar [tests]
    name=$1 cc=$2 qemu=$3 want=$4 order=$5 rerun=$6 tests=${7:-$tests} x=
    [ "$name" = windows ] && x=.exe # MinGW's gcc adds it to -o anyway
    echo "$name ($cc, $qemu):"
    missing=""
    have "$cc" || missing="$cc is not installed (Debian: ${9:-gcc-$name-linux-gnu})"
    have "$qemu" || missing="${missing:+$missing; }$qemu is not installed (Debian: ${8:-qemu-user})"
    mkdir -p "$B/$name"
    if [ -n "$missing" ]; then # every run this architecture would have made fails
        failed "$name: kernels and byte order" "$missing"
        for t in $tests; do
            failed "$name $t [$want]" "$missing"
            [ "$t" = test_kernels ] && [ "$rerun" = yes ] && failed "$name $t [PHI_KERNEL=scalar]" "$missing"
        done
        return
    fi
    # which kernels, which byte order
    if $cc $WARN -static -o "$B/$name/which$x" "$out/which.c" $LDLIBS >"$out/cc.log" 2>&1; then
        got=$(env -u PHI_KERNEL "$qemu" "$B/$name/which$x" 2>"$out/which.err" | tr -d '\r') # wine talks on stderr
        if [ "$got" = "$want $order" ]; then
            passed "$name: kernels and byte order" "$got"
        else
            failed "$name: kernels and byte order" "want '$want $order', got '$got'"
            sed 's/^/        /' "$out/which.err" | head -n 10
        fi
    else
        failed "$name: kernels and byte order" "does not compile:"
        sed 's/^/        /' "$out/cc.log" | head -n 30
    fi
    for t in $tests; do
        if ! $cc $WARN -static -o "$B/$name/$t$x" "$tdir/$t.c" $LDLIBS >"$out/cc.log" 2>&1; then
            failed "$name $t" "does not compile:"
            sed 's/^/        /' "$out/cc.log" | head -n 30
            continue
        fi
        suite "$name $t [$want]" env -u PHI_KERNEL "$qemu" "$B/$name/$t$x"
        if [ "$t" = test_kernels ] && [ "$rerun" = yes ]; then
            suite "$name $t [PHI_KERNEL=scalar]" env PHI_KERNEL=scalar "$qemu" "$B/$name/$t$x"
        fi
    done
}

arch aarch64 aarch64-linux-gnu-gcc qemu-aarch64 neon little-endian yes
arch s390x s390x-linux-gnu-gcc qemu-s390x scalar big-endian no
# wine: Debian's wine64 package puts its loader outside PATH; a prefix of our own, made once
wine=$(command -v wine64 || command -v wine || echo /usr/lib/wine/wine64)
export WINEDEBUG=-all WINEPREFIX="$root/$B/wineprefix"
native=$(env -u PHI_KERNEL ./phi --version 2>/dev/null | sed -n 's/.*kernels: \([a-z0-9]*\).*/\1/p')
arch windows x86_64-w64-mingw32-gcc "$wine" "${native:-(./phi --version did not say)}" little-endian no "$win_tests" wine64 \
    gcc-mingw-w64-x86-64-posix

# The phi tool on Windows: a JSON check, a short training run and GPT-2 ids, against the
# native ./phi on the same input (losses to 1e-4: the C libraries' log may differ in the last bit).
# Returns 77 when GPT-2's vocabulary is missing (after the other two).
phi_on_windows() {
    set -- # the phi program: every file of tools/ but http.c (as the Makefile's TOOLS)
    for f in "$src"/tools/*.c; do case $f in */http.c) ;; *) set -- "$@" "$f" ;; esac; done
    $WIN_CC -std=c99 -O2 -Wall -Wextra -Werror -static -o "$B/windows/phi.exe" "$@" $LDLIBS || return 1
    printf '{"a": [1, 2.5, "\\u00e9"]}' | "$wine" "$B/windows/phi.exe" json check - | tr -d '\r' |
        grep -qx -- '-: valid JSON (25 bytes)' || { echo "phi json check"; return 1; }
    set -- --synthetic --layers 1 --dim 32 --heads 2 --vocab 64 --batch 2 --seq 16 --steps 8 --threads 2
    ./phi train "$@" --out "$out/tl" >/dev/null 2>&1 && "$wine" "$B/windows/phi.exe" train "$@" --out "$out/tw" >/dev/null 2>&1 &&
        paste -d, "$out/tl/loss.csv" "$out/tw/loss.csv" | tr -d '\r' | awk -F, 'NR > 1 { n++; d = $2 - $8;
            if (d < -1e-4 || d > 1e-4) bad = 1 } END { exit !(n == 8 && !bad) }' ||
        { echo "phi train: other losses"; paste "$out/tl/loss.csv" "$out/tw/loss.csv"; return 1; }
    have_data gpt2/encoder.json gpt2/vocab.bpe || return 77
    sed -n 1,40p tests/fixtures/tok_stress.txt >"$out/text"
    ./phi tokenizer encode --tokenizer "$PHI_DATA/gpt2" <"$out/text" >"$out/ids.linux" &&
        "$wine" "$B/windows/phi.exe" tokenizer encode --tokenizer "$PHI_DATA/gpt2" <"$out/text" | tr -d '\r' >"$out/ids.win" &&
        [ -s "$out/ids.linux" ] && cmp "$out/ids.linux" "$out/ids.win" || { echo "phi tokenizer encode: other ids"; return 1; }
}
WIN_CC=x86_64-w64-mingw32-gcc
if have "$WIN_CC" && have "$wine"; then
    phi_on_windows >"$out/win.log" 2>&1
    case $? in
    0) passed "windows: phi json/tokenizer/train" "same as on Linux" ;;
    77) skipped "windows: phi json/tokenizer/train" "json and train same as on Linux; tokenizer: $(sed -n 's/^SKIP: //p' "$out/win.log")" ;;
    *)
        failed "windows: phi json/tokenizer/train" "differs from Linux:"
        sed 's/^/        /' "$out/win.log" | head -n 30
        ;;
    esac
else
    failed "windows: phi json/tokenizer/train" "needs $WIN_CC and wine"
fi

echo "# $pass passed, $fail failed, $skip skipped"
[ "$fail" -eq 0 ]
