#!/bin/sh
# The teacher's client (tools/teacher) against its mock server on loopback, 256 requests in
# flight, beside a Python asyncio client (bench/teacher_peer.py, standard library only, under
# /usr/bin/python3) against the same server in the same run: requests/s, and the client's CPU
# time per request (user + system, of the client process alone; the server is not counted).
# Both send the same label requests, parse the replies, take the score and append a JSON line
# per reply (ours: per round of replies, fsync'd; the peer: written through per reply, fsync'd
# every 64). The mock is one thread, so on a small machine it bounds
# both clients' requests/s; the CPU time per request is the client's own cost.
# N (default 20000) requests, PARALLEL (default 256) in flight, medians of RUNS (default 3).
# Usage: sh bench/teacher.sh (from the repository root, after make teacher)
set -eu
N=${N:-20000}
PARALLEL=${PARALLEL:-256}
RUNS=${RUNS:-3}
PY=/usr/bin/python3
work=$(mktemp -d "${TMPDIR:-/tmp}/phi-bench-teacher.XXXXXX")
mock=
trap '[ -n "$mock" ] && kill $mock 2>/dev/null; rm -rf "$work"' EXIT
[ -x ./teacher ] || { echo "teacher: build it first (make teacher)"; exit 1; }
$PY - "$work/docs.jsonl" "$N" <<'PY'
import json, random, sys
r = random.Random(1)
with open(sys.argv[1], "w") as f:
    for i in range(int(sys.argv[2])):
        t = "def f%d(x):\n    # add one\n    return x + %d\n" % (i, r.randint(0, 99)) + " ".join("w%d" % r.randint(0, 999) for _ in range(20))
        f.write(json.dumps({"id": "doc-%d" % i, "text": t}) + "\n")
PY
./teacher mock-server --port 0 --faults chunked=0 >"$work/mock.out" 2>&1 &
mock=$!
sleep 0.3
port=$(sed -n 's/.*127\.0\.0\.1:\([0-9]*\).*/\1/p' "$work/mock.out")
ulimit -n 4096 2>/dev/null || true
cpu=$(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //')
ours() { # one run of teacher label: prints "requests seconds cpu"
    rm -f "$work/j.jsonl"
    $PY -c '
import resource, subprocess, sys, time
t0 = time.monotonic()
subprocess.run(sys.argv[1:], check=True)
t = time.monotonic() - t0
r = resource.getrusage(resource.RUSAGE_CHILDREN)
print(sys.argv[1:].count("x") or "", t, r.ru_utime + r.ru_stime)' \
        ./teacher label --in "$work/docs.jsonl" --journal "$work/j.jsonl" --base-url "http://127.0.0.1:$port/v1" --model mock \
        --parallel "$PARALLEL" --max-tokens 512 --temperature 1 --quiet
    [ "$(grep -c '"status":"done"' "$work/j.jsonl")" -eq "$N" ] || { echo "teacher: not every request done" >&2; exit 1; }
}
peer() {
    rm -f "$work/p.jsonl"
    $PY bench/teacher_peer.py "$port" "$work/docs.jsonl" "$work/p.jsonl" "$PARALLEL"
    [ "$(wc -l <"$work/p.jsonl")" -eq "$N" ] || { echo "peer: not every request done" >&2; exit 1; }
}
: >"$work/ours" && : >"$work/peer"
r=0
while [ $r -lt "$RUNS" ]; do
    ours | awk '{print $1, $2}' >>"$work/ours"
    peer | awk '{print $2, $3}' >>"$work/peer"
    r=$((r + 1))
done
med() { sort -n -k"$2" "$1" | awk -v k="$2" '{a[NR] = $k} END {print a[int((NR + 1) / 2)]}'; }
t_o=$(med "$work/ours" 1) c_o=$(med "$work/ours" 2) t_p=$(med "$work/peer" 1) c_p=$(med "$work/peer" 2)
echo "teacher label against the mock server on loopback, $N requests, $PARALLEL in flight, medians of $RUNS runs ($cpu, load $(cut -d' ' -f1 /proc/loadavg))"
printf '  teacher (C, poll):       %8.0f requests/s   client CPU %.4f ms/request\n' "$(echo "$N $t_o" | awk '{print $1 / $2}')" \
    "$(echo "$c_o $N" | awk '{print $1 * 1000 / $2}')"
printf '  Python asyncio client:   %8.0f requests/s   client CPU %.4f ms/request\n' "$(echo "$N $t_p" | awk '{print $1 / $2}')" \
    "$(echo "$c_p $N" | awk '{print $1 * 1000 / $2}')"
printf '  ratio: %.1fx requests/s, %.1fx less CPU per request (goals: >= 10x, <= 0.1 ms)\n' "$(echo "$t_p $t_o" | awk '{print $1 / $2}')" \
    "$(echo "$c_p $c_o" | awk '{print $1 / $2}')"
