#!/bin/sh
# The teacher end to end, on loopback only, against its mock server (tools/teacher/mock.c):
#   - SHA-256 (the journal's keys) against sha256sum and Python's hashlib
#   - --help of every subcommand
#   - label, plain and streamed: the export has every id once with the score of the mock's
#     documented rubric, computed here again in Python (rubric() below)
#   - a 400 is journaled as failed; 401 and an exhausted quota stop the run once, clearly
#   - a second writer is refused by the lock; SIGINT stops sending, exits 0, and a resume ends it
#   - after a 429 every connection waits (one global pause) as long as retry-after-ms says;
#     --rpm paces the requests (checked with the times of the mock's log)
#   - chaos: N label requests (5000; fewer with --quick), 10% injected faults of every kind, K
#     kill -9 at random moments (20), each followed by a resume: every id exactly once in the
#     export with the right score, no key twice in the journal, and the requests answered twice
#     by the server (from its --log) at most K x --parallel (what can be in flight at a kill)
#   - a canary key appears in no output, journal, export or log, nor in a TLS helper's
#     /proc/PID/cmdline or environ
#   - TLS on loopback: openssl s_server with a self-signed certificate made here, relaying to the
#     mock: reached with --cafile; refused, with the helper's reason, without it and under a host
#     name the certificate does not have; teacher tls-proxy in front of it
#   - status --diversity: duplicates and distinct word 4-grams, counted again in Python
#   - textbook and exercises: every request journaled; the exercises that the mock breaks on
#     purpose are kept apart, the others pass their tests when run by python3 here and are read
#     by `phi eval --reference` (when ./phi is built) with pass@1 = 1
# Usage (from the repository root): sh tests/cli_teacher.sh TEACHER_BINARY [--quick]
set -u
teacher=$(cd "$(dirname "${1:?usage: cli_teacher.sh TEACHER_BINARY [--quick]}")" && pwd)/$(basename "$1")
quick=${2:-}
PY=/usr/bin/python3
dir=$(mktemp -d "${TMPDIR:-/tmp}/phi-cli-teacher.XXXXXX")
pids=""
cleanup() {
    for p in $pids; do kill "$p" 2>/dev/null; done
    rm -rf "$dir"
}
trap cleanup EXIT
pass=0
fail=0
ok() { pass=$((pass + 1)); printf '  ok    %s\n' "$1"; }
bad() { fail=$((fail + 1)); printf '  FAIL  %s\n' "$1"; [ -f "$dir/why" ] && sed 's/^/        /' "$dir/why" | head -30; rm -f "$dir/why"; }
check() { # label command...: a check that is a command
    label=$1
    shift
    if "$@" >"$dir/why" 2>&1; then ok "$label"; rm -f "$dir/why"; else bad "$label"; fi
}

# a mock server on a free port, in the background: sets mock_pid and url
start_mock() { # flags...
    "$teacher" mock-server --port 0 "$@" >"$dir/mock.out" 2>"$dir/mock.err" &
    mock_pid=$!
    pids="$pids $mock_pid"
    for _ in 1 2 3 4 5 6 7 8 9 10 11 12 13 14 15 16 17 18 19 20; do
        grep -q listening "$dir/mock.out" 2>/dev/null && break
        sleep 0.1
    done
    url=http://127.0.0.1:$(sed -n 's/.*127\.0\.0\.1:\([0-9]*\).*/\1/p' "$dir/mock.out")/v1
}
mock_bad=0
stop_mock() { # the mock must exit 0 on SIGTERM (under ASan: with no leak)
    kill "$mock_pid" 2>/dev/null
    wait "$mock_pid" 2>/dev/null || { mock_bad=$((mock_bad + 1)); cat "$dir/mock.err"; }
}

# documents: ids doc-0.., texts mixing code and words, all different
make_docs() { # file n
    $PY - "$1" "$2" <<'PY'
import json, random, sys
r = random.Random(7)
parts = ["def f(x):\n", "    return x + 1\n", '    """What it does."""\n', "# a comment\n", "class A:\n    pass\n",
         "x = 1\n", "print(x)\n", "'''\nnotes\n'''\n"]
with open(sys.argv[1], "w") as f:
    for i in range(int(sys.argv[2])):
        t = "".join(r.choice(parts) for _ in range(r.randint(0, 40)))
        t += " ".join("w%d" % r.randint(0, 9999) for _ in range(r.randint(0, 150))) + " #%d" % i
        f.write(json.dumps({"id": "doc-%d" % i, "text": t}) + "\n")
PY
}

# the export against the rubric of mock.c, recomputed here: every id once, each score right
check_export() { # docs export
    $PY - "$1" "$2" <<'PY'
import json, sys
def rubric(d):
    pts = 2 * ("def " in d) + 2 * ('"""' in d or "'''" in d) + ("#" in d) + ("return" in d) + ("class " in d)
    pts += min(3, (d.count("\n") + 1) // 10)
    return "%.2f" % (pts + (len(d.split()) % 100) / 100)
docs = {}
for l in open(sys.argv[1]):
    o = json.loads(l)
    docs[o["id"]] = rubric(o["text"])
seen = {}
for l in open(sys.argv[2]):
    o = json.loads(l)
    assert set(o) == {"id", "score"}, o
    seen[o["id"]] = seen.get(o["id"], 0) + 1
    assert "%.2f" % o["score"] == docs[o["id"]], (o, docs[o["id"]])
twice = [k for k, v in seen.items() if v > 1]
missing = [k for k in docs if k not in seen]
assert not twice and not missing, ("twice", twice[:5], "missing", missing[:5])
print("%d ids, each once, each score right" % len(docs))
PY
}

# ---- SHA-256 against sha256sum and hashlib
$PY - "$dir" <<'PY'
import os, random, sys
r = random.Random(1)
for n in (0, 1, 3, 55, 56, 63, 64, 65, 119, 120, 1000, 1 << 20):
    open(os.path.join(sys.argv[1], "sha_%d" % n), "wb").write(bytes(r.getrandbits(8) for _ in range(n)))
PY
sha_check() (
    cd "$dir" || exit 1
    "$teacher" sha256 sha_* >ours || exit 1
    sha256sum sha_* >theirs || exit 1
    cmp ours theirs || exit 1
    $PY -c 'import hashlib, sys
for l in open("ours"):
    h, f = l.split()
    assert hashlib.sha256(open(f, "rb").read()).hexdigest() == h, f' || exit 1
)
check "sha256 of 12 files (0 B .. 1 MiB, the padding edges) = sha256sum = hashlib" sha_check

# ---- --help everywhere
help_check() {
    for c in label textbook exercises status export mock-server tls-proxy sha256; do
        "$teacher" $c --help >"$dir/help" 2>&1 || { echo "$c --help failed"; return 1; }
        grep -q "^usage: teacher $c" "$dir/help" || { echo "$c --help: no usage line"; cat "$dir/help"; return 1; }
    done
    "$teacher" --help | grep -q mock-server || return 1
    "$teacher" frobnicate 2>/dev/null
    [ $? -eq 2 ]
}
check "--help on every subcommand; an unknown one is exit 2" help_check

# ---- label, plain and streamed, against the rubric
make_docs "$dir/docs300.jsonl" 300
start_mock --seed 2 --faults chunked=0.5
label_basic() { # extra flags...
    rm -f "$dir/j.jsonl" "$dir/out.jsonl"
    "$teacher" label --in "$dir/docs300.jsonl" --journal "$dir/j.jsonl" --base-url "$url" --model mock --parallel 8 --quiet "$@" || return 1
    "$teacher" export "$dir/j.jsonl" --out "$dir/out.jsonl" 2>/dev/null || return 1
    check_export "$dir/docs300.jsonl" "$dir/out.jsonl" || return 1
    "$teacher" status "$dir/j.jsonl" >"$dir/status" || return 1
    grep -q '"done":300,"failed":0,"in_flight_at_stop":0' "$dir/status" || { cat "$dir/status"; return 1; }
    # run again: nothing is sent
    "$teacher" label --in "$dir/docs300.jsonl" --journal "$dir/j.jsonl" --base-url "$url" --model mock "$@" 2>"$dir/again" || return 1
    grep -q '300 in the journal already, 0 to send' "$dir/again" || { cat "$dir/again"; return 1; }
}
check "label: 300 documents, every id once with the rubric's score; run again sends nothing" label_basic
check "label --stream (server-sent events, chunked and not)" label_basic --stream
stop_mock
start_mock --seed 22 --faults 0.3 --stall-ms 600
check "label --stream under 30% faults (streams cut short, error events, malformed events, stalls ...)" \
    label_basic --stream --retry-base 0.01 --retry-max 0.1 --idle-timeout 0.3 --max-retries 30
stop_mock

# ---- 400 journaled as failed; 401 and quota stop the run once
bad_request() {
    printf '{"id": "a", "text": "def f(): return 1"}\n{"id": "b", "text": "MOCK_BAD_REQUEST"}\n' >"$dir/docs2.jsonl"
    rm -f "$dir/j4.jsonl"
    "$teacher" label --in "$dir/docs2.jsonl" --journal "$dir/j4.jsonl" --base-url "$url" --model mock --quiet || return 1
    "$teacher" status "$dir/j4.jsonl" | grep -q '"done":1,"failed":1' || return 1
    grep '"id":"b"' "$dir/j4.jsonl" | grep -q '"http":400' || return 1
}
start_mock --seed 3
check "a 400 is journaled as failed, with the server's message" bad_request
stop_mock
CANARY_KEY=sk-canary-7f3a9c1e55d0b2e4
export CANARY_KEY
start_mock --seed 4 --api-key-env CANARY_KEY
refused_401() {
    rm -f "$dir/j5.jsonl"
    WRONG=sk-wrong "$teacher" label --in "$dir/docs300.jsonl" --journal "$dir/j5.jsonl" --base-url "$url" --model mock \
        --api-key-env WRONG --parallel 4 --quiet 2>"$dir/err401"
    rc=$?
    [ $rc -eq 1 ] || { echo "exit $rc"; cat "$dir/err401"; return 1; }
    [ "$(grep -c 'refused with 401' "$dir/err401")" -eq 1 ] || { cat "$dir/err401"; return 1; }
    "$teacher" status "$dir/j5.jsonl" | grep -q '"done":0' || return 1
}
check "401: the run stops once, one clear message, exit 1" refused_401
stop_mock
start_mock --seed 5 --faults quota=1
quota() {
    rm -f "$dir/j6.jsonl"
    "$teacher" label --in "$dir/docs300.jsonl" --journal "$dir/j6.jsonl" --base-url "$url" --model mock --parallel 4 --quiet 2>"$dir/errq"
    [ $? -eq 1 ] && [ "$(grep -c 'quota is exhausted' "$dir/errq")" -eq 1 ] || { cat "$dir/errq"; return 1; }
}
check "an exhausted quota (429 insufficient_quota) stops the run once" quota
stop_mock

# ---- the lock, and SIGINT
start_mock --seed 6 --faults stall=1 --stall-ms 20000
lock_and_sigint() {
    rm -f "$dir/j7.jsonl"
    "$teacher" label --in "$dir/docs300.jsonl" --journal "$dir/j7.jsonl" --base-url "$url" --model mock --parallel 4 \
        --idle-timeout 30 --grace 0.5 --quiet 2>"$dir/err7a" &
    first=$!
    sleep 0.5
    "$teacher" label --in "$dir/docs300.jsonl" --journal "$dir/j7.jsonl" --base-url "$url" --model mock 2>"$dir/err7b"
    rc=$?
    [ $rc -eq 2 ] && grep -q 'another teacher is writing this journal' "$dir/err7b" || { echo "second writer: $rc"; cat "$dir/err7b"; kill $first; return 1; }
    kill -INT $first
    wait $first
    rc=$?
    [ $rc -eq 0 ] || { echo "SIGINT: exit $rc"; cat "$dir/err7a"; return 1; }
    tail -n 1 "$dir/j7.jsonl" | grep -q '"stop":"interrupted","job":"label","in_flight":4' || { tail -n 2 "$dir/j7.jsonl"; return 1; }
    "$teacher" status "$dir/j7.jsonl" | grep -q '"in_flight_at_stop":4' || return 1
}
check "a second writer is refused by the lock; SIGINT: stops, journals 4 abandoned in flight, exit 0" lock_and_sigint
stop_mock

# ---- pace: one global pause per 429, and the --rpm budget
pause_and_pace() {
    make_docs "$dir/docs60.jsonl" 60
    start_mock --seed 8 --faults 429=0.15 --retry-after-ms 400 --log "$dir/pause.log"
    rm -f "$dir/jp.jsonl"
    "$teacher" label --in "$dir/docs60.jsonl" --journal "$dir/jp.jsonl" --base-url "$url" --model mock --parallel 8 --quiet || return 1
    stop_mock
    start_mock --seed 9 --log "$dir/pace.log"
    rm -f "$dir/jr.jsonl"
    "$teacher" label --in "$dir/docs60.jsonl" --journal "$dir/jr.jsonl" --base-url "$url" --model mock --parallel 8 --rpm 1200 --quiet || return 1
    stop_mock
    # after a 429 at t (retry-after-ms 400), nothing new arrives until t + 0.4; what was in flight
    # arrives at once, so the window checked is (t + 0.15, t + 0.35), margins for a busy machine.
    # --rpm 1200 = 20/s with a burst of one second's worth: 60 requests take 2 s at least.
    $PY - "$dir/pause.log" "$dir/pace.log" <<'PY'
import json, sys
log = [json.loads(l) for l in open(sys.argv[1])]
t429 = [r["t"] for r in log if r["outcome"] == "429"]
assert t429, "no 429 was injected"
for t in t429:
    inside = [r for r in log if t + 0.15 < r["t"] < t + 0.35]
    assert not inside, ("sent during the pause after the 429 at %.3f" % t, inside[:3])
pace = [json.loads(l)["t"] for l in open(sys.argv[2])]
span = max(pace) - min(pace)
assert len(pace) == 60 and span >= 1.9, (len(pace), span)
print("%d 429s each followed by a quiet pause; 60 requests at --rpm 1200 took %.2f s" % (len(t429), span))
PY
}
check "one global pause after each 429 (retry-after-ms honoured); --rpm paces the requests" pause_and_pace

# ---- chaos: faults and kill -9
n=5000 kills=20 par=16
[ "$quick" = --quick ] && n=800 kills=5
make_docs "$dir/docs.jsonl" $n
start_mock --seed 11 --faults 0.1 --stall-ms 1500 --log "$dir/mock.log"
chaos() {
    rm -f "$dir/jc.jsonl"
    k=0
    while [ $k -lt $kills ]; do
        "$teacher" label --in "$dir/docs.jsonl" --journal "$dir/jc.jsonl" --base-url "$url" --model mock --parallel $par \
            --retry-base 0.01 --retry-max 0.2 --idle-timeout 0.5 --max-retries 30 --quiet 2>>"$dir/chaos.err" &
        p=$!
        sleep "$($PY -c "import random; print(round(random.uniform(0.05, 0.3), 3))")"
        kill -9 $p 2>/dev/null
        wait $p 2>/dev/null
        k=$((k + 1))
    done
    "$teacher" label --in "$dir/docs.jsonl" --journal "$dir/jc.jsonl" --base-url "$url" --model mock --parallel $par \
        --retry-base 0.01 --retry-max 0.2 --idle-timeout 0.5 --max-retries 30 --quiet 2>>"$dir/chaos.err" || { tail "$dir/chaos.err"; return 1; }
    "$teacher" export "$dir/jc.jsonl" --out "$dir/jc_out.jsonl" 2>/dev/null || return 1
    check_export "$dir/docs.jsonl" "$dir/jc_out.jsonl" || return 1
    $PY - "$dir/jc.jsonl" "$dir/mock.log" $kills $par >"$dir/chaos.summary" <<'PY' || { cat "$dir/chaos.summary"; return 1; }
import collections, json, sys
keys = [json.loads(l)["key"] for l in open(sys.argv[1]) if '"key"' in l]
assert len(keys) == len(set(keys)), "a key twice in the journal"
ok = collections.Counter(json.loads(l)["sha"] for l in open(sys.argv[2]) if '"outcome":"ok"' in l)
twice = sum(c - 1 for c in ok.values() if c > 1)
faults = sum(1 for l in open(sys.argv[2]) if '"outcome":"ok"' not in l)
bound = int(sys.argv[3]) * int(sys.argv[4])
print("%d records, %d injected faults, %d answered twice (at most %d may be: kills x parallel)" % (len(keys), faults, twice, bound))
assert twice <= bound
assert faults > 0
PY
}
check "chaos: $n requests, 10% faults, $kills x kill -9 and resume: every id once, right scores, duplicates <= in flight" chaos
[ -f "$dir/chaos.summary" ] && sed 's/^/        /' "$dir/chaos.summary"
stop_mock

# ---- the canary key: nowhere but the Authorization header
start_mock --seed 12 --api-key-env CANARY_KEY --log "$dir/canary_mock.log"
cat >"$dir/helper.sh" <<EOF
#!/bin/sh
# a stand-in TLS helper: records what the teacher gave it, then fails
cat /proc/\$\$/cmdline >"$dir/helper_cmdline"
cat /proc/\$\$/environ >"$dir/helper_environ"
echo "helper: error: a stand-in" >&2
exit 1
EOF
chmod +x "$dir/helper.sh"
canary() {
    rm -f "$dir/jk.jsonl"
    "$teacher" label --in "$dir/docs300.jsonl" --journal "$dir/jk.jsonl" --base-url "$url" --model mock --api-key-env CANARY_KEY \
        --parallel 4 >"$dir/k.out" 2>"$dir/k.err" || { cat "$dir/k.err"; return 1; }
    "$teacher" status "$dir/jk.jsonl" | grep -q '"done":300' || return 1
    "$teacher" export "$dir/jk.jsonl" --out "$dir/k_export.jsonl" >>"$dir/k.out" 2>>"$dir/k.err" || return 1
    OTHER_VAR="prefix-$CANARY_KEY" "$teacher" label --in "$dir/docs2.jsonl" --journal "$dir/jk2.jsonl" \
        --base-url https://127.0.0.1:9/v1 --tls-helper "$dir/helper.sh {host} {port}" --api-key-env CANARY_KEY \
        --max-retries 0 >>"$dir/k.out" 2>>"$dir/k.err"
    [ -s "$dir/helper_environ" ] && [ -s "$dir/helper_cmdline" ] || { echo "the helper did not run"; cat "$dir/k.err"; return 1; }
    grep -q 'helper: error: a stand-in' "$dir/k.err" || { echo "the helper's reason is not shown"; cat "$dir/k.err"; return 1; }
    for f in "$dir/k.out" "$dir/k.err" "$dir/jk.jsonl" "$dir/jk2.jsonl" "$dir/k_export.jsonl" "$dir/canary_mock.log" \
        "$dir/helper_cmdline" "$dir/helper_environ" "$dir/mock.err"; do
        if grep -a -q "$CANARY_KEY" "$f"; then echo "the key is in $f"; return 1; fi
    done
    grep -a -q CANARY_KEY= "$dir/helper_environ" && { echo "the key's variable reached the helper"; return 1; }
    return 0
}
check "canary key: in no output, journal, export, log, nor the helper's cmdline and environ" canary
stop_mock

# ---- TLS on loopback: s_server with a self-signed certificate, relaying to the mock
if command -v openssl >/dev/null 2>&1; then
    start_mock --seed 13
    mport=${url#http://127.0.0.1:}
    mport=${mport%/v1}
    openssl req -x509 -newkey rsa:2048 -nodes -keyout "$dir/key.pem" -out "$dir/cert.pem" -days 2 -subj /CN=localhost \
        -addext subjectAltName=DNS:localhost >/dev/null 2>&1
    cat >"$dir/relay.py" <<'PY'
import os, socket, sys, threading
# stdin (what s_server decrypted) -> the mock; the mock's replies -> stdout (s_server encrypts them)
s = socket.create_connection(("127.0.0.1", int(sys.argv[1])))
def back():
    while True:
        b = s.recv(65536)
        if not b:
            break
        os.write(1, b)
    os._exit(0)
threading.Thread(target=back, daemon=True).start()
while True:
    b = os.read(0, 65536)
    if not b:
        break
    s.sendall(b)
PY
    tls_server() { # port: one connection through s_server to the mock
        rm -f "$dir/fifo"
        mkfifo "$dir/fifo"
        openssl s_server -quiet -naccept 1 -accept "$1" -cert "$dir/cert.pem" -key "$dir/key.pem" <"$dir/fifo" 2>"$dir/s_server.err" |
            $PY "$dir/relay.py" "$mport" >"$dir/fifo" &
        tls_pid=$!
        pids="$pids $tls_pid"
        sleep 0.5
    }
    tport=$($PY -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
    tls_ok() {
        tls_server $tport
        rm -f "$dir/jt.jsonl"
        "$teacher" label --in "$dir/docs2.jsonl" --journal "$dir/jt.jsonl" --base-url "https://localhost:$tport/v1" --model mock \
            --cafile "$dir/cert.pem" --parallel 1 --quiet 2>"$dir/tls.err" || { cat "$dir/tls.err"; return 1; }
        "$teacher" status "$dir/jt.jsonl" | grep -q '"done":1,"failed":1' || return 1 # doc b is MOCK_BAD_REQUEST
    }
    check "TLS: openssl s_server (self-signed), reached with --cafile" tls_ok
    tls_refused() { # what the message must say, extra flags...
        want=$1
        shift
        tls_server $tport
        rm -f "$dir/jt2.jsonl"
        "$teacher" label --in "$dir/docs2.jsonl" --journal "$dir/jt2.jsonl" --model mock --parallel 1 --quiet "$@" 2>"$dir/tls2.err"
        rc=$?
        kill $tls_pid 2>/dev/null
        [ $rc -eq 1 ] || { echo "exit $rc"; cat "$dir/tls2.err"; return 1; }
        [ "$(grep -c "TLS to" "$dir/tls2.err")" -eq 1 ] && grep -q "$want" "$dir/tls2.err" || { cat "$dir/tls2.err"; return 1; }
        "$teacher" status "$dir/jt2.jsonl" | grep -q '"records":0' || return 1
    }
    check "TLS: refused without --cafile, one message with the helper's reason" tls_refused "self-signed" --base-url "https://localhost:$tport/v1"
    check "TLS: refused under a host name the certificate does not have" tls_refused "verify" \
        --base-url "https://127.0.0.1:$tport/v1" --cafile "$dir/cert.pem"
    tls_proxy() {
        tls_server $tport
        "$teacher" tls-proxy --listen 127.0.0.1:0 --upstream localhost:$tport --cafile "$dir/cert.pem" >"$dir/proxy.out" 2>&1 &
        pp=$!
        pids="$pids $pp"
        sleep 0.3
        purl=http://127.0.0.1:$(sed -n 's/.*127\.0\.0\.1:\([0-9]*\).*/\1/p' "$dir/proxy.out")/v1
        rm -f "$dir/jt3.jsonl"
        "$teacher" label --in "$dir/docs2.jsonl" --journal "$dir/jt3.jsonl" --base-url "$purl" --model mock --parallel 1 --quiet 2>"$dir/tls3.err"
        rc=$?
        kill $pp
        [ $rc -eq 0 ] || { cat "$dir/tls3.err" "$dir/proxy.out"; return 1; }
        "$teacher" status "$dir/jt3.jsonl" | grep -q '"done":1,"failed":1' || return 1
    }
    check "teacher tls-proxy: plain HTTP on loopback, TLS to s_server" tls_proxy
    stop_mock
else
    bad "openssl is not installed"
fi

# ---- status --diversity against Python's count of the same things
diversity() {
    $PY - "$dir/jd.jsonl" <<'PY'
import json, random, sys
r = random.Random(3)
words = ["w%d" % i for i in range(50)]
texts = [" ".join(r.choice(words) for _ in range(r.randint(4, 30))) for _ in range(40)]
texts += texts[:7]  # 7 exact duplicates
with open(sys.argv[1], "w") as f:
    for i, t in enumerate(texts):
        f.write(json.dumps({"key": "%064x" % i, "job": "textbook", "i": i, "text": t, "status": "done"}) + "\n")
PY
    "$teacher" status --diversity "$dir/jd.jsonl" >"$dir/sd" || return 1
    $PY - "$dir/jd.jsonl" "$dir/sd" <<'PY'
import json, sys
texts = [json.loads(l)["text"] for l in open(sys.argv[1])]
grams = []
for t in texts:
    w = t.split()
    grams += [" ".join(w[i:i + 4]) for i in range(len(w) - 3)]
s = json.loads(open(sys.argv[2]).read())
assert s["exact_duplicates"] == len(texts) - len(set(texts)) == 7, s
assert s["word_4grams"] == len(grams), (s, len(grams))
assert abs(s["distinct_4gram_share"] - len(set(grams)) / len(grams)) < 1e-9, (s, len(set(grams)) / len(grams))
assert s["compression_ratio"] > 1, s
PY
}
check "status --diversity: duplicates and distinct word 4-grams as Python counts them" diversity

# ---- textbook and exercises
start_mock --seed 14 --faults 0.05 --stall-ms 500
gen() {
    rm -f "$dir/jb.jsonl" "$dir/je.jsonl"
    "$teacher" textbook --count 60 --journal "$dir/jb.jsonl" --base-url "$url" --model mock --parallel 8 --idle-timeout 0.3 --retry-base 0.01 --quiet || return 1
    "$teacher" status --diversity "$dir/jb.jsonl" >"$dir/sb" || return 1
    grep -q '"done":60,"failed":0' "$dir/sb" && grep -q '"exact_duplicates":0' "$dir/sb" || { cat "$dir/sb"; return 1; }
    "$teacher" export "$dir/jb.jsonl" --out "$dir/book.jsonl" 2>/dev/null || return 1
    $PY -c 'import json, sys
rows = [json.loads(l) for l in open(sys.argv[1])]
assert len(rows) == 60 and [r["id"] for r in rows] == list(range(60))
for r in rows:
    assert r["topic"] in r["text"] and all(w in r["text"] for w in r["words"]), r' "$dir/book.jsonl" || return 1
    "$teacher" exercises --count 60 --journal "$dir/je.jsonl" --base-url "$url" --model mock --parallel 8 --idle-timeout 0.3 --retry-base 0.01 --quiet \
        2>"$dir/ee" || { cat "$dir/ee"; return 1; }
    "$teacher" export "$dir/je.jsonl" --out "$dir/ex.jsonl" --failed "$dir/ex_bad.jsonl" 2>/dev/null || return 1
    # what passed passes again under python3 here; what was kept apart is broken here too
    $PY - "$dir/ex.jsonl" "$dir/ex_bad.jsonl" <<'PY' || return 1
import json, sys
good = [json.loads(l) for l in open(sys.argv[1])]
bad = [json.loads(l) for l in open(sys.argv[2])]
assert len(good) + len(bad) == 60 and len(bad) > 0 and len(good) > 30, (len(good), len(bad))
for e in good:
    assert set(e) == {"task_id", "prompt", "canonical_solution", "test", "entry_point"}, e
    g = {}
    exec(e["prompt"] + e["canonical_solution"] + "\n\n" + e["test"], g)
    g["check"](g[e["entry_point"]])
for e in bad:
    src = e.get("prompt", "") + e.get("canonical_solution", "") + "\n\n" + e.get("test", "")
    try:
        g = {}
        exec(src, g)
        g["check"](g[e["entry_point"]])
    except Exception:
        continue
    raise AssertionError("kept apart but passes: %s" % e["task_id"])
print("%d exercises pass, %d kept apart" % (len(good), len(bad)))
PY
    # phi eval reads them as HumanEval problems: every reference solution passes
    if [ -x ./phi ]; then
        ./phi eval --problems "$dir/ex.jsonl" --reference --k 1 >"$dir/pe" 2>&1 || { cat "$dir/pe"; return 1; }
        grep -q 'pass@1' "$dir/pe" && grep -Eq 'pass@1[^0-9]*(1\.0|100)' "$dir/pe" || { cat "$dir/pe"; return 1; }
    fi
}
check "textbook: 60 sections, seeded words in them, no duplicates; exercises: HumanEval format, the broken ones kept apart" gen
stop_mock

if [ $mock_bad -eq 0 ]; then ok "the mock server stopped cleanly every time"; else bad "the mock server failed to stop cleanly $mock_bad times"; fi

printf '# %d passed, %d failed, 0 skipped\n' "$pass" "$fail"
[ "$fail" -eq 0 ]
