#!/bin/sh
# `make cross`: the unit tests built for other architectures and run under qemu-user.
#   aarch64  the NEON kernels (what the emulated CPU has), then again with PHI_KERNEL=scalar
#            for test_kernels; the JSON scanner's NEON path
#   s390x    big-endian: the scalar kernels and every portable path
# Binaries are static, so qemu needs no target libraries. A missing cross compiler or qemu is
# a failure, never a silent skip. Prints a line per run and ends with "# N passed, M failed".
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
tests=${*:-test_base test_json test_jsonl test_kernels test_model test_tokenizer}
WARN="-std=c99 -O2 -Wall -Wextra -Werror"
LDLIBS="-lpthread -lm"
B=build/cross
pass=0
fail=0
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

# Counts one failed check and says why.
failed() { # label reason
    fail=$((fail + 1))
    printf '  FAIL  %-40s %s\n' "$1" "$2"
}

# suite(): runs a test binary under emulation and adds up its summary (tests/lib.sh).
SUITE_TIMEOUT=$timeout_s
. "$root/tests/lib.sh"

# One architecture: its compiler, its qemu, the kernels it must choose, and whether
# test_kernels runs a second time with PHI_KERNEL=scalar.
arch() { # name compiler qemu expected-kernels expected-byte-order rerun-scalar
    name=$1 cc=$2 qemu=$3 want=$4 order=$5 rerun=$6
    echo "$name ($cc, $qemu):"
    missing=""
    have "$cc" || missing="$cc is not installed (Debian: gcc-$name-linux-gnu)"
    have "$qemu" || missing="${missing:+$missing; }$qemu is not installed (Debian: qemu-user)"
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
    if $cc $WARN -static -o "$B/$name/which" "$out/which.c" $LDLIBS >"$out/cc.log" 2>&1; then
        got=$(env -u PHI_KERNEL "$qemu" "$B/$name/which" 2>&1)
        if [ "$got" = "$want $order" ]; then
            pass=$((pass + 1))
            printf '  ok    %-40s %s\n' "$name: kernels and byte order" "$got"
        else
            failed "$name: kernels and byte order" "want '$want $order', got '$got'"
        fi
    else
        failed "$name: kernels and byte order" "does not compile:"
        sed 's/^/        /' "$out/cc.log" | head -n 30
    fi
    for t in $tests; do
        if ! $cc $WARN -static -o "$B/$name/$t" "$tdir/$t.c" $LDLIBS >"$out/cc.log" 2>&1; then
            failed "$name $t" "does not compile:"
            sed 's/^/        /' "$out/cc.log" | head -n 30
            continue
        fi
        suite "$name $t [$want]" env -u PHI_KERNEL "$qemu" "$B/$name/$t"
        if [ "$t" = test_kernels ] && [ "$rerun" = yes ]; then
            suite "$name $t [PHI_KERNEL=scalar]" env PHI_KERNEL=scalar "$qemu" "$B/$name/$t"
        fi
    done
}

arch aarch64 aarch64-linux-gnu-gcc qemu-aarch64 neon little-endian yes
arch s390x s390x-linux-gnu-gcc qemu-s390x scalar big-endian no

echo "# $pass passed, $fail failed"
[ "$fail" -eq 0 ]
