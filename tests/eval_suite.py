#!/usr/bin/env python3
"""The evaluator end to end, through `phi eval` (tests/run.sh runs it once, on the plain build):

  humaneval_reference   all 164 canonical solutions pass (and how long 2 workers take)
  humaneval_empty       every empty completion fails
  mbpp_reference        every MBPP reference solution (`code`) passes
  pass_at_k             pass@k of a made-up sample set (n = 10 per task, c from 0 to 10) equals the
                        closed form 1 - C(n-c, k) / C(n, k), computed here with exact fractions
  hostile               programs that attack the harness, each failing cleanly while the
                        evaluation goes on, and nothing outside the sandbox changing; as this
                        user, and when run as root a second time as the unprivileged user nobody
                        (the user-namespace path)
  model_generates       --model: a model's completions (n per problem, stop sequences cut), judged

Usage (from the repository root): python3 tests/eval_suite.py ./phi [NAME...]
Prints one line per check and ends with "# N passed, M failed, K skipped". HumanEval, MBPP and
GPT-2's vocabulary come from $PHI_DATA (default ../shared/data; `make data` fetches them): a test
whose data is missing is skipped ("SKIP name: file is missing"), never passed.
"""
import fractions
import json
import math
import os
import random
import shutil
import socket
import subprocess
import sys
import tempfile
import threading
import time

PHI = os.path.abspath(sys.argv[1] if len(sys.argv) > 1 else './phi')
ONLY = sys.argv[2:]
# The system interpreter: as root the programs run as an unprivileged uid, which cannot reach
# an interpreter under a 0700 home (a pyenv shim, say).
PY = '/usr/bin/python3' if os.access('/usr/bin/python3', os.X_OK) else shutil.which('python3')
DATA = os.path.abspath(os.environ.get('PHI_DATA') or '../shared/data')
HUMANEVAL = os.path.join(DATA, 'humaneval', 'HumanEval.jsonl')
MBPP = os.path.join(DATA, 'mbpp', 'mbpp.jsonl')
GPT2 = os.path.join(DATA, 'gpt2')
GPT2_FILES = [os.path.join(GPT2, 'encoder.json'), os.path.join(GPT2, 'vocab.bpe')]
ROOT = os.geteuid() == 0
NOBODY = 65534

passed = failed = skipped = 0


def check(name, ok, detail=''):
    global passed, failed
    if ok:
        passed += 1
        print('  ok    %s' % name)
    else:
        failed += 1
        print('  FAIL  %s%s' % (name, ': ' + detail if detail else ''))
    sys.stdout.flush()
    return ok


def read_jsonl(path):
    with open(path) as f:
        return [json.loads(line) for line in f if line.strip()]


def write_jsonl(path, rows):
    with open(path, 'w') as f:
        for r in rows:
            f.write(json.dumps(r) + '\n')


def phi_eval(args, cwd=None, env=None, prefix=(), timeout=900):
    """Runs phi eval --json; returns (process, summary dict or None, seconds)."""
    cmd = list(prefix) + [PHI, 'eval', '--python', PY, '--workers', '2', '--json'] + args
    t0 = time.time()
    p = subprocess.run(cmd, capture_output=True, text=True, cwd=cwd, env=env, timeout=timeout)
    secs = time.time() - t0
    summary = None
    lines = p.stdout.strip().splitlines()
    if lines:
        try:
            summary = json.loads(lines[-1])
        except ValueError:
            pass
    return p, summary, secs


def describe(p):
    return 'exit %d, stdout %r, stderr %r' % (p.returncode, p.stdout[-300:], p.stderr[-500:])


def reference(tmp, name, path, count, what):
    """Every reference solution of a benchmark passes."""
    out = os.path.join(tmp, name + '.jsonl')
    p, s, secs = phi_eval(['--problems', path, '--reference', '--out', out])
    if not check('%s: phi eval ran' % name, p.returncode == 0 and s is not None, describe(p)):
        return
    rows = read_jsonl(out)
    bad = [r['task_id'] + ' ' + r['status'] + ' ' + r['error'] for r in rows if not r['passed']]
    check('%s: all %d %s pass' % (name, count, what), s['passed'] == count and s['problems'] == count and
          s.get('pass@1') == 1.0 and len(rows) == count and not bad, 'summary %s, failing %s' % (s, bad[:10]))
    print('        %d %s, 2 workers: %.1f s (load average %.1f)' % (count, what, secs, os.getloadavg()[0]))


def humaneval_empty(tmp):
    samples = os.path.join(tmp, 'empty.jsonl')
    out = os.path.join(tmp, 'empty-results.jsonl')
    write_jsonl(samples, [{'task_id': r['task_id'], 'completion': ''} for r in read_jsonl(HUMANEVAL)])
    p, s, _ = phi_eval(['--problems', HUMANEVAL, '--samples', samples, '--out', out])
    if not check('HumanEval empty completions: phi eval ran', p.returncode == 0 and s is not None, describe(p)):
        return
    rows = read_jsonl(out)
    check('HumanEval: every empty completion fails', s['passed'] == 0 and s.get('pass@1') == 0.0 and len(rows) == 164 and
          all(r['status'] in ('failed', 'exited') and not r['passed'] for r in rows), str(s))


def pass_at_k(tmp):
    problems = read_jsonl(HUMANEVAL)[:20]
    n = 10
    rows, want_c = [], {}
    rng = random.Random(3)
    for i, pr in enumerate(problems):
        c = rng.randint(0, n) if i > 1 else n * i  # 0 and 10 correct among them
        want_c[pr['task_id']] = c
        for j in range(n):
            rows.append({'task_id': pr['task_id'],
                         'completion': pr['canonical_solution'] if j < c else '    raise ValueError("wrong")\n'})
    random.Random(7).shuffle(rows)  # samples of a task need not be together
    samples = os.path.join(tmp, 'k.jsonl')
    write_jsonl(samples, rows)
    p, s, _ = phi_eval(['--problems', HUMANEVAL, '--samples', samples, '--k', '1,2,5,10,11'])
    if not check('pass@k: phi eval ran', p.returncode == 0 and s is not None, describe(p)):
        return
    for k in (1, 2, 5, 10):
        exact = sum(1 - fractions.Fraction(math.comb(n - c, k), math.comb(n, k)) for c in want_c.values()) / len(want_c)
        got = s.get('pass@%d' % k)
        check('pass@%d equals the closed form %s' % (k, exact), got is not None and abs(got - float(exact)) < 1e-12,
              'phi: %r, closed form %.17g' % (got, float(exact)))
    check('pass@11 is not reported with 10 samples per problem', 'pass@11' not in s and s['problems'] == 20, str(s))


# ---- the hostile suite ------------------------------------------------------------------------

HOSTILE = {
    # name: (completion (the body of f, then maybe module-level code), statuses allowed, error must contain)
    'control_correct': ('    return 42\n', {'passed'}, ''),
    'control_wrong': ('    return 41\n', {'failed'}, 'AssertionError'),
    'infinite_loop': ('    while True:\n        pass\n', {'timeout'}, 'CPU time limit'),
    'sleep_forever': ('    import time\n    time.sleep(10 ** 6)\n', {'timeout'}, 'wall-clock'),
    'fork_bomb': ('    import os\n    while True:\n        try:\n            os.fork()\n        except OSError:\n'
                  '            pass\n', {'timeout'}, ''),
    'memory_bomb': ("    x = b'x' * (4 << 30)\n    return 42\n", {'failed'}, 'MemoryError'),
    'memory_growth': ('    x = []\n    while True:\n        x.append(bytearray(10 ** 7))\n', {'failed', 'timeout'}, ''),
    'stdout_1GB': ("    import sys\n    b = 'x' * (1 << 20)\n    for _ in range(1024):\n        sys.stdout.write(b)\n"
                   "    sys.stdout.flush()\n    return 41\n", {'failed'}, 'AssertionError'),
    'writes_outside': ('    import os, sys\n    for p in TARGETS:\n        try:\n            with open(p, "w") as fh:\n'
                       '                fh.write("escaped")\n            print("WROTE", p, file=sys.stderr)\n'
                       '        except OSError as e:\n            print("refused", p, e.errno, file=sys.stderr)\n'
                       '    os.makedirs(os.path.expanduser("~/.cache/x"))\n'
                       '    open(os.path.expanduser("~/.cache/x/ok"), "w").write("inside")\n'
                       '    return 41\n', {'failed'}, 'AssertionError'),
    'env_secrets': ('    import os, sys, glob\n    found = [k + "=" + v for k, v in os.environ.items() if "SECRET" in k or "KEY" in k]\n'
                    '    n = 0\n    for path in glob.glob("/proc/*/environ") + glob.glob("/proc/*/task/*/environ"):\n'
                    '        try:\n            data = open(path, "rb").read()\n        except OSError:\n            continue\n'
                    '        n += 1\n        found += [path + ":" + x.decode("ascii", "replace") for x in data.split(b"\\0")\n'
                    '                  if b"SECRET" in x or b"KEY" in x]\n'
                    '    for path in ["/proc/1/mem", "/proc/%d/mem" % os.getppid()]:\n        try:\n'
                    '            open(path, "rb").read(1)\n            found.append("opened " + path)\n'
                    '        except OSError as e:\n            pass\n'
                    '    print("searched", n, "environments; found", found, file=sys.stderr)\n    return 41\n',
                    {'failed'}, 'AssertionError'),
    'socket_localhost': ('    import socket, sys\n    for host in ["127.0.0.1", "localhost", "::1"]:\n        try:\n'
                         '            s = socket.create_connection((host, PORT), timeout=2)\n            s.sendall(b"escaped")\n'
                         '            print("CONNECTED", host, file=sys.stderr)\n        except OSError as e:\n'
                         '            print("refused", host, e, file=sys.stderr)\n    return 41\n', {'failed'}, 'AssertionError'),
    'kill_parent': ('    import os, signal, sys\n    tried = []\n'
                    '    for pid in [os.getppid(), 1, DRIVER] + [int(p) for p in os.listdir("/proc") if p.isdigit()]:\n'
                    '        if pid != os.getpid():\n            try:\n                os.kill(pid, signal.SIGKILL)\n'
                    '                tried.append((pid, "sent"))\n            except OSError as e:\n'
                    '                tried.append((pid, e.errno))\n'
                    '    try:\n        os.kill(-1, signal.SIGKILL)\n    except OSError as e:\n        tried.append((-1, e.errno))\n'
                    '    print("kill:", tried, file=sys.stderr)\n    return 41\n', {'failed'}, 'AssertionError'),
    'escape_setsid': ('    import os, time\n    if os.fork() == 0:\n        os.setsid()\n        time.sleep(600)\n'
                      '        os._exit(0)\n    return 41\n', {'failed'}, 'AssertionError'),
    'exit0_before_tests': ('    return 41\nimport sys\nsys.exit(0)\n', {'exited'}, ''),
    'os_exit0_before_tests': ('    return 41\nimport os\nos._exit(0)\n', {'exited'}, ''),
    'exit0_during_tests': ('    import sys\n    sys.exit(0)\n', {'exited'}, ''),
    'fake_token': ("    return 41\nimport os\nos.write(4, b'%032x' % 0)\nos._exit(0)\n", {'exited'}, ''),
    'recursion': ('    def g(n):\n        return g(n + 1)\n    return g(0)\n', {'failed'}, 'RecursionError'),
    'stack_overflow': ('    import sys\n    sys.setrecursionlimit(10 ** 8)\n    def g(x):\n        return sorted([x], key=g)\n'
                       '    return g(0)\n', {'crashed', 'failed'}, ''),
    'file_too_large': ('    open("big", "wb").write(b"x" * (64 << 20))\n    return 42\n', {'failed'}, 'OSError'),
}


def sandbox_processes(marker):
    """pids of processes whose environment mentions marker (the sandboxes' TMPDIR)."""
    pids = []
    for p in os.listdir('/proc'):
        if p.isdigit():
            try:
                with open('/proc/%s/environ' % p, 'rb') as f:
                    if marker.encode() in f.read():
                        pids.append(int(p))
            except OSError:
                pass
    return pids


def hostile(tmp, as_nobody):
    who = 'as nobody (user namespace)' if as_nobody else ('as root' if ROOT else 'as this user')
    base = os.path.join(tmp, 'hostile-nobody' if as_nobody else 'hostile')
    home, cwd, tmpdir = os.path.join(base, 'home'), os.path.join(base, 'cwd'), os.path.join(base, 'tmp')
    for d in (base, home, cwd, tmpdir):
        os.makedirs(d)
        if as_nobody:
            os.chown(d, NOBODY, NOBODY)
    os.chmod(tmp, 0o755)  # else phi eval would put its sandboxes in /tmp instead of TMPDIR (root)
    mark = 'phi-hostile-%d-%d' % (os.getpid(), random.randrange(10 ** 9))
    real_home = os.path.expanduser('~')
    targets = [os.path.join(home, mark), os.path.join(real_home, mark), '/tmp/' + mark, '/var/tmp/' + mark,
               '/dev/shm/' + mark, os.path.join(cwd, mark), os.path.join(tmpdir, mark)]
    listener = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    listener.bind(('127.0.0.1', 0))
    listener.listen(16)
    port = listener.getsockname()[1]
    accepted = []

    def accept_loop():
        while True:
            try:
                conn, _ = listener.accept()
            except OSError:
                return
            accepted.append(conn.recv(100))
            conn.close()
    threading.Thread(target=accept_loop, daemon=True).start()

    problems, samples = [], []
    for name, (completion, _, _) in HOSTILE.items():
        problems.append({'task_id': name, 'prompt': 'def f():\n', 'canonical_solution': '    return 42\n',
                         'test': '\n\ndef check(candidate):\n    assert candidate() == 42\n', 'entry_point': 'f'})
        code = (completion.replace('TARGETS', repr(targets)).replace('PORT', str(port))
                .replace('DRIVER', str(os.getpid())))
        samples.append({'task_id': name, 'completion': code})
    pfile, sfile, out = os.path.join(base, 'problems.jsonl'), os.path.join(base, 'samples.jsonl'), os.path.join(base, 'results.jsonl')
    write_jsonl(pfile, problems)
    write_jsonl(sfile, samples)
    secrets = {'PHI_EVAL_FAKE_SECRET': 'hunter2-%d' % random.randrange(10 ** 12),
               'OPENAI_API_KEY': 'sk-fake-%d' % random.randrange(10 ** 12)}
    env = dict(os.environ, HOME=home, TMPDIR=tmpdir, **secrets)
    prefix = ['setpriv', '--reuid=%d' % NOBODY, '--regid=%d' % NOBODY, '--clear-groups'] if as_nobody else []
    for path in (pfile, sfile):
        os.chmod(path, 0o644)

    peak = [0]
    running = [True]

    def watch():  # how many sandbox processes exist at once (the fork bomb)
        while running[0]:
            peak[0] = max(peak[0], len(sandbox_processes(tmpdir)))
            time.sleep(0.2)
    watcher = threading.Thread(target=watch, daemon=True)
    watcher.start()
    p, s, secs = phi_eval(['--problems', pfile, '--samples', sfile, '--timeout', '2', '--out', out],
                          cwd=cwd, env=env, prefix=prefix)
    running[0] = False
    watcher.join()
    time.sleep(0.5)  # killed processes are reaped by init
    if not check('hostile %s: phi eval ran to the end' % who, p.returncode == 0 and s is not None and os.path.exists(out),
                 describe(p)):
        return
    rows = {r['task_id']: r for r in read_jsonl(out)}
    check('hostile %s: a result for every program' % who, sorted(rows) == sorted(HOSTILE), str(sorted(rows)))
    want_iso = {'pid', 'net', 'fs', 'proc', 'userns' if as_nobody or not ROOT else 'uid'}
    check('hostile %s: isolation %s' % (who, ' '.join(sorted(want_iso))), want_iso <= set(s['isolation']), str(s['isolation']))
    for name, (_, statuses, error) in HOSTILE.items():
        r = rows.get(name)
        ok = r is not None and r['status'] in statuses and error in r['error']
        check('hostile %s: %s -> %s' % (who, name, r['status'] + (' (%s)' % r['error'] if r['error'] else '') if r else '?'),
              ok, 'want %s %s; got %s' % (statuses, error, r and {k: r[k] for k in ('status', 'error', 'stderr')}))
    r = rows.get('stdout_1GB', {})
    check('hostile %s: 1 GB on stdout read and dropped' % who, r.get('stdout_bytes') == 1 << 30, str(r.get('stdout_bytes')))
    left = [t for t in targets if os.path.lexists(t)]
    for t in left:
        os.remove(t)
    check('hostile %s: no file written outside the sandbox (%d places tried)' % (who, len(targets)), not left,
          'written: %s; stderr: %s' % (left, rows.get('writes_outside', {}).get('stderr')))
    r = rows.get('writes_outside', {})
    check('hostile %s: writes inside its own home work' % who, 'WROTE' not in r.get('stderr', 'WROTE') and
          r.get('error') == 'AssertionError', r.get('stderr', ''))
    check('hostile %s: the working directory and TMPDIR are left empty' % who,
          os.listdir(cwd) == [] and os.listdir(tmpdir) == [], '%s %s' % (os.listdir(cwd), os.listdir(tmpdir)))
    text = open(out).read()
    r = rows.get('env_secrets', {})
    check('hostile %s: no secret from the environment is visible' % who,
          "found []" in r.get('stderr', '') and not any(v in text for v in secrets.values()), r.get('stderr', ''))
    r = rows.get('socket_localhost', {})
    n_sandbox = len(accepted)
    with socket.create_connection(('127.0.0.1', port), timeout=5) as c:  # the listener does work
        c.sendall(b'control')
    for _ in range(50):
        if len(accepted) > n_sandbox:
            break
        time.sleep(0.05)
    listener.close()
    check('hostile %s: no connection to 127.0.0.1 (the listener took only the control one)' % who,
          n_sandbox == 0 and accepted == [b'control'] and 'CONNECTED' not in r.get('stderr', ''),
          'accepted %s; stderr %s' % (accepted, r.get('stderr')))
    left = sandbox_processes(tmpdir)
    check('hostile %s: no process of a sandbox left (fork bomb, setsid child, sleeper)' % who, not left, str(left))
    check('hostile %s: the fork bomb stayed small (at most %d sandbox processes seen at once)' % (who, peak[0]),
          0 < peak[0] <= 2 * (64 + 3), str(peak[0]))
    print('        hostile suite %s: %d programs in %.1f s' % (who, len(HOSTILE), secs))


def model_generates(tmp):
    """--model: a small model (one training step on random GPT-2 tokens) writes n completions per
    problem, cut at the recipe's stop sequences, which are then run like any others."""
    m = os.path.join(tmp, 'model')
    p = subprocess.run([PHI, 'train', '--synthetic', '--vocab', '50257', '--layers', '1', '--dim', '32', '--heads', '2',
                        '--batch', '1', '--seq', '16', '--steps', '1', '--out', m, '-q'], capture_output=True, text=True)
    if not check('--model: a small model to generate with', p.returncode == 0, describe(p)):
        return
    probs = os.path.join(tmp, 'he10.jsonl')
    write_jsonl(probs, read_jsonl(HUMANEVAL)[:10])
    runs = []
    for k in range(2):
        saved = os.path.join(tmp, 'gen%d.jsonl' % k)
        p, s, secs = phi_eval(['--problems', probs, '--model', os.path.join(m, 'checkpoint.bin'), '--tokenizer', GPT2,
                               '--n', '2', '--temperature', '0.8', '--max-new', '24', '--k', '1,2',
                               '--save-samples', saved])
        if not check('--model: phi eval generated and ran (%d)' % (k + 1), p.returncode == 0 and s is not None, describe(p)):
            return
        runs.append((s, read_jsonl(saved)))
    s, rows = runs[0]
    check('--model: 2 completions per problem, judged', s['problems'] == 10 and s['samples'] == 20 and
          s['passed'] + s['failed'] + s['exited'] + s['timeout'] + s['crashed'] == 20 and 'pass@2' in s, str(s))
    check('--model: the saved samples are those completions, none with a stop sequence in it',
          len(rows) == 20 and [r['task_id'] for r in rows] == [t for t in (x['task_id'] for x in read_jsonl(probs)) for _ in (0, 1)]
          and not any(stop in r['completion'] for r in rows for stop in ('\ndef', '\nclass', '\nif', '\nprint', '\n#')),
          str(rows[:2]))
    check('--model: the same seed gives the same completions', rows == runs[1][1])
    p = subprocess.run([PHI, 'eval', '--problems', probs, '--model', os.path.join(m, 'checkpoint.bin')], capture_output=True,
                       text=True)
    check('--model without --tokenizer (a checkpoint file) is refused', p.returncode == 2 and '--tokenizer' in p.stderr,
          describe(p))


def main():
    global skipped
    tmp = tempfile.mkdtemp(prefix='phi-eval-suite-')
    # name, function, the data files it needs
    tests = [('humaneval_reference', lambda t: reference(t, 'HumanEval', HUMANEVAL, 164, 'canonical solutions'), [HUMANEVAL]),
             ('humaneval_empty', humaneval_empty, [HUMANEVAL]),
             ('mbpp_reference', lambda t: reference(t, 'MBPP', MBPP, 974, 'reference solutions'), [MBPP]),
             ('pass_at_k', pass_at_k, [HUMANEVAL]),
             ('hostile', lambda t: hostile(t, False), []), ('model_generates', model_generates, [HUMANEVAL] + GPT2_FILES)]
    if ROOT:
        tests.insert(5, ('hostile_nobody', lambda t: hostile(t, True), []))
    try:
        if not check('python3 for the sandbox: %s' % PY, PY is not None and os.access(PY, os.X_OK)):
            return 1
        for name, fn, needs in tests:
            if ONLY and name not in ONLY:
                continue
            missing = [f for f in needs if not os.path.exists(f)]
            if missing:
                skipped += 1
                print('SKIP %s: %s is missing (set PHI_DATA to the test data, or run `make data`)' % (name, missing[0]))
                sys.stdout.flush()
                continue
            fn(tmp)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    print('# %d passed, %d failed, %d skipped' % (passed, failed, skipped))
    return 1 if failed else 0


if __name__ == '__main__':
    sys.exit(main())
