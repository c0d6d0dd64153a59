#!/bin/sh
# Library code never exits, aborts or prints: it returns a status and a message instead.
# Looks at the implementation part of each header for calls that would.
status=0
for h in phi.h phi_kernels.h; do
    hits=$(sed -n '/^#if.*defined(PHI_IMPLEMENTATION)\|^#ifdef PHI_IMPLEMENTATION/,$p' "$h" |
        grep -nE '(^|[^a-z_])(exit|_Exit|abort|printf|puts|perror|fputs|putchar|fprintf|fwrite)[[:space:]]*\(')
    if [ -n "$hits" ]; then
        echo "$h: the implementation exits, aborts or prints:"
        echo "$hits"
        status=1
    fi
done
exit $status
