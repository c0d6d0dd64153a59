"""Checks the files of `phi exercises` (run by tests/cli_exercises.sh) with Python itself:

  - every record has the HumanEval fields (plus family, params, textbook), unique task ids;
  - the prompt parses (ast) as imports + one function named entry_point whose docstring has
    >>> examples; the solution is an indented body; the test defines check(candidate);
  - prompt + canonical_solution + "\\n" + test + "\\n" + "check(entry_point)\\n" passes (run as
    its own python3 process for the first exercise of each family, in a fresh namespace for the
    rest; each exercise's checks have 20 s), and fails with the completion "    pass\\n" or "";
  - the docstring examples are exactly what Python prints (doctest), the asserts expect at
    least two different answers, and the textbook's function and example agree with them;
  - every family of tools/exercises.h appears in both files; no held-out function name and no
    held-out (family, params) occurs in a training file (this seed's or another's); params
    name the prompt's arguments and constants that its solution uses.

usage: check_exercises.py TRAIN.jsonl HELDOUT.jsonl tools/exercises.h [OTHER_TRAIN.jsonl]
Prints one line per problem (task id, family, what) and the first failing program; exit 1 then.
"""
import ast
import concurrent.futures
import doctest
import io
import json
import re
import signal
import subprocess
import sys
from typing import Dict, List

FIELDS = ("task_id", "prompt", "entry_point", "canonical_solution", "test", "family", "params", "textbook")


def program(r, completion):
    return r["prompt"] + completion + "\n" + r["test"] + "\n" + "check(%s)\n" % r["entry_point"]


class Timeout(KeyboardInterrupt):
    """What the alarm raises: a KeyboardInterrupt, so that neither `except Exception` nor
    doctest (which re-raises only KeyboardInterrupt) can swallow it."""


def on_alarm(signum, frame):
    raise Timeout()


def runs(source):
    """True if the program runs to the end (in this process, fresh namespace)."""
    try:
        exec(compile(source, "<exercise>", "exec"), {"__name__": "__main__"})
        return True
    except Exception:
        return False


def check_record(job):
    """What is wrong with one exercise, run in a worker process: a list of (what, details).
    Everything it runs together gets 20 s; a time-out is a problem of its own."""
    signal.signal(signal.SIGALRM, on_alarm)
    signal.alarm(20)
    try:
        return check_record_untimed(*job)
    except Timeout:
        return job[0]["task_id"], job[0]["family"], [("timed out (20 s)", "")]
    finally:
        signal.alarm(0)


def check_record_untimed(r, own_process):
    problems = []
    # the reference solution passes: as a python3 process of its own for one exercise per
    # family (the program text exactly as an evaluator runs it), in a fresh namespace here for
    # the others (a process each would cost 60 ms of CPU, the same answer)
    if own_process:
        try:
            p = subprocess.run([sys.executable, "-I", "-c", program(r, r["canonical_solution"])], capture_output=True,
                               stdin=subprocess.DEVNULL, timeout=10)
            if p.returncode:
                problems.append(("the reference solution fails", p.stderr.decode(errors="replace")[-600:]))
        except subprocess.TimeoutExpired:
            problems.append(("the reference solution timed out", ""))
    elif not runs(program(r, r["canonical_solution"])):
        problems.append(("the reference solution fails", program(r, r["canonical_solution"])))
    # an empty completion does not
    for empty in ("    pass\n", ""):
        if runs(program(r, empty)):
            problems.append(("passes with the completion %r" % empty, ""))
    # the docstring's examples are what Python prints
    ns = {"__name__": "exercise"}
    try:
        exec(r["prompt"] + r["canonical_solution"], ns)
        test = doctest.DocTestParser().get_doctest(ns[r["entry_point"]].__doc__, ns, r["entry_point"], None, 0)
        out = io.StringIO()
        res = doctest.DocTestRunner(verbose=False).run(test, out=out.write)
        if res.failed or res.attempted != 2:
            problems.append(("docstring examples: %d of %d wrong" % (res.failed, res.attempted), out.getvalue()[-600:]))
    except Exception as e:
        problems.append(("prompt + solution do not run", repr(e)))
    # the asserts tell answers apart: at least two different expected values
    expected = set()
    for node in ast.walk(ast.parse(r["test"])):
        if isinstance(node, ast.Assert):
            t = node.test
            try:
                if not (isinstance(t, ast.Compare) and isinstance(t.ops[0], ast.Eq) and isinstance(t.left, ast.Call) and
                        getattr(t.left.func, "id", "") == "candidate"):
                    raise ValueError
                expected.add(repr(ast.literal_eval(t.comparators[0])))
            except ValueError:
                problems.append(("an assert is not candidate(...) == literal", ast.unparse(node)))
    if len(expected) < 2:
        problems.append(("the asserts expect a single value", r["test"]))
    # the textbook: prose, the function without docstring (the reference body), one true example
    m = re.fullmatch(r"([^\n]+)\n\n(def [^\n]+\n)(.+?)\n(?:For example, |Calling )(.+) returns (.+)\.\n", r["textbook"],
                     re.S)
    if not m or m.group(3) != r["canonical_solution"] or "def %s(" % r["entry_point"] not in m.group(2):
        problems.append(("textbook is not prose, the function, an example", r["textbook"]))
    else:
        tb = {"List": List, "Dict": Dict}
        try:
            exec(m.group(2) + m.group(3), tb)
            if eval(m.group(4), tb) != ast.literal_eval(m.group(5)):
                problems.append(("textbook example is wrong", m.group(4) + " returns " + m.group(5)))
        except Exception as e:
            problems.append(("textbook code does not run", repr(e)))
    return r["task_id"], r["family"], problems


def structure(r, where):
    """Format problems found without running anything."""
    out = []
    if set(r) != set(FIELDS) or not all(isinstance(r[k], str) for k in FIELDS):
        return ["fields are %s" % sorted(r)]
    name = r["entry_point"]
    try:
        mod = ast.parse(r["prompt"])
        fn = mod.body[-1]
        if not isinstance(fn, ast.FunctionDef) or fn.name != name or not all(
                isinstance(s, ast.ImportFrom) for s in mod.body[:-1]):
            out.append("the prompt is not imports + def %s" % name)
        doc = ast.get_docstring(fn, clean=False) or ""
        if doc.count(">>> %s(" % name) != 2 or len(fn.body) != 1:
            out.append("the docstring does not hold two examples")
        args = [a.arg for a in fn.args.args]
    except SyntaxError as e:
        return ["the prompt does not parse: %s" % e]
    if not r["prompt"].endswith('    """\n'):
        out.append("the prompt does not end with the docstring")
    if not re.fullmatch(r"(    [^\n]*\n)+", r["canonical_solution"]):
        out.append("the solution is not an indented body")
    try:
        ast.parse(r["prompt"] + r["canonical_solution"])
    except SyntaxError as e:
        out.append("prompt + solution do not parse: %s" % e)
    if not r["test"].startswith("\n\ndef check(candidate):\n    assert candidate("):
        out.append("the test does not define check(candidate) with asserts")
    # params: the argument names, then the constants, which the solution uses
    m = re.fullmatch(r"([a-z_ ]+?)(?:; K=(\S+)(?: J=(\S+))?)?", r["params"])
    if not m or m.group(1).split() != args:
        out.append("params %r do not name the arguments %s" % (r["params"], args))
    else:
        for const in filter(None, m.groups()[1:]):
            if not re.search(r"(?<![\w.])%s(?![\w.])" % re.escape(const), r["canonical_solution"]):
                out.append("constant %s of params is not in the solution" % const)
    return out


def main():
    train_path, held_path, source = sys.argv[1:4]
    other = sys.argv[4] if len(sys.argv) > 4 else None
    load = lambda path: [json.loads(line) for line in open(path, encoding="utf-8")]
    train, held = load(train_path), load(held_path)
    records = train + held
    bad = 0

    def problem(task, family, what, details=""):
        nonlocal bad
        bad += 1
        print("%s (%s): %s" % (task, family, what))
        if details and bad <= 3:
            print("    " + details.replace("\n", "\n    "))

    ids = [r.get("task_id") for r in records]
    if ids != ["Exercise/%d" % i for i in range(len(records))]:
        problem("-", "-", "task ids are not Exercise/0, Exercise/1, ... across both files")
    for r in records:
        for what in structure(r, ""):
            problem(r.get("task_id"), r.get("family"), what)
    if bad:
        sys.exit(1)

    # families: each one of the source, in both files
    families = re.findall(r'^    \{"(\w+)", "def ', open(source).read(), re.M)
    for name, part in (("training", train), ("held-out", held)):
        missing = set(families) - {r["family"] for r in part}
        if missing or {r["family"] for r in part} - set(families):
            problem("-", "-", "%s file: families missing %s, unknown %s" % (
                name, sorted(missing), sorted({r["family"] for r in part} - set(families))))

    # the split: names, and (family, params), never on both sides
    trains = [train] + ([load(other)] if other else [])
    train_names = {r["entry_point"] for part in trains for r in part}
    train_combos = {(r["family"], r["params"]) for part in trains for r in part}
    for r in held:
        if r["entry_point"] in train_names:
            problem(r["task_id"], r["family"], "held-out name %s is a training name" % r["entry_point"])
        if (r["family"], r["params"]) in train_combos:
            problem(r["task_id"], r["family"], "held-out params %r occur in training" % r["params"])
    owners = {}
    for r in records:
        owners.setdefault(r["entry_point"], set()).add(r["family"])
    for name, fams in owners.items():
        if len(fams) > 1:
            problem("-", "-", "the name %s is used by families %s" % (name, sorted(fams)))

    # run everything, two workers
    with concurrent.futures.ProcessPoolExecutor(max_workers=2) as pool:
        first = {}
        for i, r in enumerate(records):
            first.setdefault(r["family"], i)
        jobs = [(r, first[r["family"]] == i) for i, r in enumerate(records)]
        for task, family, problems in pool.map(check_record, jobs, chunksize=8):
            for what, details in problems:
                problem(task, family, what, details)

    print("%d training + %d held-out exercises, %d families (%d held-out names, %d held-out params): %s" % (
        len(train), len(held), len(families), len({r["entry_point"] for r in held}),
        len({(r["family"], r["params"]) for r in held}), "%d problems" % bad if bad else "all good"))
    sys.exit(1 if bad else 0)


if __name__ == "__main__":
    main()
