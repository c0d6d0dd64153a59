#!/bin/sh
# The table of contents at the top of each header must match its section banners: every
# entry ">>name" has an API banner "   >>name:" and an implementation banner
# "/* >>name (implementation)", and both sets of banners come in the order of the contents.
status=0
for h in phi.h phi_kernels.h; do
    toc=$(sed -n '/CONTENTS/,/\*\//p' "$h" | grep -oE '^ +>>[a-z0-9_]+' | tr -d ' ')
    api=$(grep -oE '^   >>[a-z0-9_]+:' "$h" | tr -d ' :')
    impl=$(grep -oE '^/\* >>[a-z0-9_]+ \(implementation\)' "$h" | cut -d' ' -f2)
    if [ -z "$toc" ]; then echo "$h: no CONTENTS entries found"; status=1; continue; fi
    [ "$toc" = "$api" ] || { echo "$h: API banners ($(echo $api)) differ from the contents ($(echo $toc))"; status=1; }
    [ "$toc" = "$impl" ] || { echo "$h: implementation banners ($(echo $impl)) differ from the contents ($(echo $toc))"; status=1; }
done
exit $status
