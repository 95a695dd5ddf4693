"""Mutation score of the modules the verdicts rest on, with mutmut (pinned in the test extra).

    python bench/mutation.py [--module NAME ...] [--work DIR] [--jobs N] [--keep] [--list]
    python bench/mutation.py --module store --only src/accord/store/migrations.py   # one file
    python bench/mutation.py --hand     # issue 17's mutants, made by hand, each with its test

A mutation score says how much of a module's behaviour the tests pin down: mutmut changes one
thing at a time (a comparison flipped, a constant moved by one, a condition dropped) and runs the
tests that reach the changed function; a mutant no test notices "survives". Line coverage cannot
tell a test that asserts from one that only runs the code; this can.

Each module group runs in its own scratch copy of the checkout (`--work`, a temporary directory
by default) so mutmut's `mutants/` tree never lands in the repository, with the tests that are
meant to pin that module down. ../shared is passed on as ACCORD_SHARED so the seed tests run.
Printed per module: killed / total, the score, and every surviving mutant (name and diff). A
mutant that times out counts as killed (it changed behaviour); one no selected test reaches
counts as surviving.

Slow (minutes to an hour per group on two cores): not run by `make test`. Run it before a
release, one group at a time if need be (`--module store`), and write the scores and the
equivalent survivors in docs/testing.md.
"""

from __future__ import annotations

import argparse
import fnmatch
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = Path(os.environ.get("ACCORD_SHARED", ROOT.parent / "shared"))


@dataclass(frozen=True)
class Group:
    """Files to mutate and the tests that are meant to catch their mutants."""

    files: tuple[str, ...]
    tests: tuple[str, ...]


KB_TESTS = ("tests/kb/test_queries.py", "tests/kb/test_time_boundaries.py", "tests/kb/test_query_answers.py",
            "tests/kb/test_coverage.py", "tests/kb/test_coverage_periods.py")
GROUPS: dict[str, Group] = {
    "timecmp": Group(("src/accord/reconcile/timecmp.py",), ("tests/reconcile",)),
    "reconcile": Group(
        ("src/accord/reconcile/kbcheck.py", "src/accord/reconcile/flags.py", "src/accord/reconcile/run.py",
         "src/accord/reconcile/verify.py"),
        ("tests/reconcile",),
    ),
    "temporal": Group(("src/accord/kb/temporal.py",), KB_TESTS),
    "queries": Group(("src/accord/kb/queries.py",), KB_TESTS),
    # the Hypothesis comparison of the two backends (test_backends_agree) is left out: it reaches
    # every function and takes seconds per surviving mutant
    "store": Group(tuple(f"src/accord/store/{name}.py" for name in (
        "__init__", "codec", "compact", "memory", "migrations", "protocol", "sqlite", "sqlite_sql", "text_search")),
        # test_sqlite first: mutmut stops at the first failure, and the migrations' tests are there
        ("tests/store/test_sqlite.py", "tests/store/test_conformance.py", "tests/store/test_rules.py",
         "tests/store/test_compact.py")),
    # the PostgreSQL backend: its tests need a server (ACCORD_TEST_POSTGRES); without one they skip
    # and every mutant would look untested, so the group refuses to run
    "postgres": Group(("src/accord/store/postgres.py", "src/accord/store/postgres_schema.py",
                       "src/accord/store/postgres_sql.py"),
                      ("tests/store/test_conformance.py", "tests/store/test_postgres.py", "tests/store/test_compact.py")),
    "clean": Group(("src/accord/ingest/clean.py",), ("tests/ingest/test_clean.py", "tests/ingest/test_prepare.py",
                                                            "tests/ingest/test_boilerplate.py", "tests/ingest/test_caption_sentences.py")),
    "dates": Group(("src/accord/nlp/extract/dates/normalise.py", "src/accord/nlp/extract/dates/normalise_more.py"),
                   ("tests/nlp/test_dates.py", "tests/nlp/test_date_forms.py")),
}

@dataclass(frozen=True)
class HandMutant:
    """One of issue 17's mutations, re-created by hand, and the test that must kill it."""

    what: str
    file: str
    old: str
    new: str
    test: str


TB = "tests/reconcile/test_time_boundaries.py::"
CB = "tests/reconcile/test_check_boundaries.py::"
KB = "tests/kb/test_time_boundaries.py::"
HAND: tuple[HandMutant, ...] = (
    HandMutant("overlaps: a month against a year stops overlapping (the end read as its first day)",
               "src/accord/reconcile/timecmp.py", "hi = bounds(end)[1] if", "hi = bounds(end)[0] if",
               TB + "test_overlaps_a_point_in_time_at_its_precision[2012-03-2012-True]"),
    HandMutant("office check: the first covered day dropped",
               "src/accord/kb/coverage.py", "if p.start is not None and lo < p.start:", "if False:",
               CB + "test_a_year_precision_first_term_covers_from_the_last_day_of_its_year[2017-12-30-new]"),
    HandMutant("an undated negated relation read as affirmed",
               "src/accord/reconcile/kbcheck.py", '        if st.polarity == "negated":\n            active =',
               '        if st.polarity == "negated" and on is not None:\n            active =',
               CB + "test_an_undated_negated_membership_is_never_read_as_affirmed[state:NZL]"),
    HandMutant("active: 'member since 2019-03' not a member on 2019-03-10",
               "src/accord/kb/temporal.py", "on < lower(start.value)", "on < upper(start.value)",
               KB + "test_active_at_each_boundary_by_precision[2019-03-2020-01-2019-03-10-True]"),
    HandMutant("active: a day-precision point in time never holds",
               "src/accord/kb/temporal.py", "return lower(point.value) <= on <= upper(point.value)",
               "return lower(point.value) < on < upper(point.value)",
               KB + "test_a_point_in_time_holds_on_that_point_at_its_precision_only[2022-06-28-2022-06-28-True]"),
    HandMutant("status: the day after an exit date loses it",
               "src/accord/kb/queries.py", "temporal.lower(f.end.value) <= day", "temporal.lower(f.end.value) == day",
               KB + "test_status_after_an_exit_keeps_the_exit_date[2020-02-01-2020-01-31-True]"),
    HandMutant("_in_chunks: chunks of 499 (501 ids return 500)",
               "src/accord/store/sqlite.py", "chunk = keys[i:i + 500]", "chunk = keys[i:i + 499]",
               "tests/store/test_conformance.py::TestSQLiteStore::test_published_dates_of_many_ids_at_each_chunk_boundary[501]"),
    HandMutant("set_findings([], []) wipes every finding",
               "src/accord/store/sqlite.py", "            if doc_ids is None:\n                con.execute(q.DELETE_ALL_FINDINGS)",
               "            if not doc_ids:\n                con.execute(q.DELETE_ALL_FINDINGS)",
               "tests/store/test_conformance.py::TestSQLiteStore::test_empty_findings_for_no_documents_change_nothing"),
    HandMutant("is_caption: a caption of exactly the limit kept",
               "src/accord/ingest/clean.py", "0 < len(line) <= MAX_CAPTION", "0 < len(line) < MAX_CAPTION",
               "tests/ingest/test_clean.py::test_a_caption_of_exactly_the_limit_is_a_caption[0-True]"),
    HandMutant("a lone CR no longer a line break",
               "src/accord/ingest/clean.py", 'r"\\r\\n?|', 'r"\\r\\n|',
               "tests/ingest/test_clean.py::test_a_lone_carriage_return_is_a_line_break_not_an_invisible_character"),
    HandMutant("_quotes_about returns nothing",
               "src/accord/query/entities.py", '    """Quotes by someone else whose text mentions the entity."""\n',
               '    """Quotes by someone else whose text mentions the entity."""\n    return []\n',
               "tests/query/test_query.py::test_quotes_about_an_entity_are_quotes_by_others_mentioning_it"),
    HandMutant("'will be held April 5-20' on 2023-04-11 dated 2024 (the bug, put back)",
               "src/accord/nlp/extract/dates/normalise.py", "        y = a.year\n", "        pass\n",
               "tests/nlp/test_dates.py::test_a_range_running_on_the_anchor_day_keeps_the_anchors_year"),
)


def run_hand(work: Path) -> int:
    """Apply each hand mutant to a scratch copy of src/ and run its test: it must fail."""
    if work.exists():
        shutil.rmtree(work)
    shutil.copytree(ROOT / "src", work / "src", ignore=shutil.ignore_patterns("__pycache__"))
    env = dict(os.environ, ACCORD_SHARED=str(SHARED), PYTHONPATH=os.pathsep.join([str(work / "src"), str(ROOT)]),
               ACCORD_KB_CACHE="0")
    env.pop("CI", None)
    survivors = 0
    print("| mutant | file | killed by | killed |\n| --- | --- | --- | --- |")
    for m in HAND:
        path = work / m.file
        original = path.read_text(encoding="utf-8")
        if original.count(m.old) != 1:
            print(f"| {m.what} | {m.file} | {m.test} | the text to change is not found once: update HAND |")
            survivors += 1
            continue
        path.write_text(original.replace(m.old, m.new), encoding="utf-8")
        try:
            done = subprocess.run([sys.executable, "-m", "pytest", "-q", "-x", "-p", "no:cacheprovider", m.test],
                                  cwd=ROOT, env=env, capture_output=True, text=True)
        finally:
            path.write_text(original, encoding="utf-8")
        killed = done.returncode == 1
        survivors += not killed
        print(f"| {m.what} | {m.file} | {m.test.split('::', 1)[1]} | {'yes' if killed else f'NO (exit {done.returncode})'} |",
              flush=True)
    shutil.rmtree(work, ignore_errors=True)
    return 1 if survivors else 0


# mutmut's exit codes: 1 and 3 a test failed (killed), 0 survived, 5/33 no test reached it,
# 24/36/152/255 a timeout (behaviour changed enough to hang: counted as killed).
KILLED = {1, 3, 24, 36, 152, 255, -24}
NO_TESTS = {5, 33}


PROTOCOL = re.compile(r"^(class \w+\(Protocol\):)$", re.MULTILINE)


def toml_list(items) -> str:
    return "[" + ", ".join(json.dumps(i) for i in items) + "]"


def prepare(work: Path, group: Group) -> None:
    """A scratch copy of what mutmut needs: src/, tests/, pyproject.toml with a [tool.mutmut] table."""
    if work.exists():
        shutil.rmtree(work)
    work.mkdir(parents=True)
    ignore = shutil.ignore_patterns("__pycache__", "*.pyc", "mutants")
    shutil.copytree(ROOT / "src", work / "src", ignore=ignore)
    for folder in ("tests", "bench"):  # tests import bench.synth, bench.paraphrases
        shutil.copytree(ROOT / folder, work / folder, ignore=ignore)
    for path in (work / "src").rglob("*.py"):
        text = path.read_text(encoding="utf-8")
        # A runtime-checkable Protocol (store.Store) has only `...` bodies to mutate, and the
        # members mutmut would add to it make every isinstance(store, Store) false.
        marked = PROTOCOL.sub(r"\1  # pragma: no mutate block", text)
        if marked != text:
            path.write_text(marked, encoding="utf-8")
    config = (ROOT / "pyproject.toml").read_text()
    config += (
        "\n[tool.mutmut]\n"
        'source_paths = ["src"]\n'
        'also_copy = ["bench"]\n'
        f"only_mutate = {toml_list(group.files)}\n"
        f"pytest_add_cli_args_test_selection = {toml_list(group.tests)}\n"
        'pytest_add_cli_args = ["-p", "no:cacheprovider", "-q"]\n'
        "use_git_change_detection = false\n"
    )
    (work / "pyproject.toml").write_text(config)


def run_group(name: str, group: Group, work: Path, jobs: int) -> int:
    """Run mutmut in `work`; its exit status."""
    prepare(work, group)
    env = dict(os.environ, ACCORD_SHARED=str(SHARED), OPENBLAS_NUM_THREADS="1")
    env.pop("PYTHONPATH", None)  # mutmut puts its mutated copy first on sys.path itself
    env.pop("CI", None)
    print(f"== {name}: mutmut in {work}", flush=True)
    log = work / "mutmut.log"
    with log.open("w") as out:
        done = subprocess.run([sys.executable, "-m", "mutmut", "run", "--max-children", str(jobs)],
                              cwd=work, env=env, stdout=out, stderr=subprocess.STDOUT)
    if done.returncode:
        print(f"mutmut exited with {done.returncode}; see {log}", file=sys.stderr)
    return done.returncode


def results(work: Path) -> dict[str, dict[str, int | None]]:
    """Exit code of every mutant, by source file (from mutmut's .meta files)."""
    out = {}
    for meta in sorted((work / "mutants").rglob("*.py.meta")):
        path = meta.relative_to(work / "mutants").as_posix()[: -len(".meta")]
        out[path] = json.loads(meta.read_text())["exit_code_by_key"]
    return out


DIFFS = """
import json, sys
from mutmut.__main__ import find_mutant
from mutmut.mutation.diff_apply import get_diff_for_mutant
out = {}
for name in json.load(sys.stdin):
    lines = get_diff_for_mutant(name, path=find_mutant(name).path).splitlines()
    out[name] = " | ".join(l.strip() for l in lines if l[:1] in "+-" and not l.startswith(("+++", "---")))
json.dump(out, sys.stdout)
"""


def diffs(work: Path, mutants: list[str]) -> dict[str, str]:
    """Each mutant's change as "-old | +new", read in one process (mutmut show is slow per call)."""
    if not mutants:
        return {}
    done = subprocess.run([sys.executable, "-c", DIFFS], cwd=work, input=json.dumps(mutants), capture_output=True,
                          text=True, env=dict(os.environ, ACCORD_SHARED=str(SHARED)))
    try:
        return json.loads(done.stdout)
    except json.JSONDecodeError:
        return {m: "(no diff: " + done.stderr.strip().splitlines()[-1] + ")" if done.stderr.strip() else "" for m in mutants}


def report(work: Path, show_diffs: bool = True) -> list[dict]:
    """Print and return one row per file: killed, total, score, survivors."""
    rows = []
    for path, codes in results(work).items():
        total = len(codes)
        killed = sum(1 for c in codes.values() if c in KILLED)
        unchecked = sorted(k for k, c in codes.items() if c is None)
        survivors = sorted(k for k, c in codes.items() if c not in KILLED and c is not None)
        score = killed / (total - len(unchecked)) if total - len(unchecked) else 0.0
        print(f"{path}: {killed}/{total - len(unchecked)} killed, score {score:.2f}"
              + (f" ({len(unchecked)} not checked)" if unchecked else ""), flush=True)
        untested = [k for k in survivors if codes[k] in NO_TESTS]
        changed = diffs(work, [k for k in survivors if codes[k] not in NO_TESTS]) if show_diffs else {}
        for name in survivors:
            if name not in untested:
                print(f"  survived {name}: {changed.get(name, '')}", flush=True)
        if untested:
            print(f"  no selected test reaches {len(untested)}: {', '.join(untested)}", flush=True)
        rows.append({"file": path, "killed": killed, "total": total - len(unchecked), "score": round(score, 3),
                     "not_checked": len(unchecked), "survivors": survivors})
    return rows


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--module", action="append", choices=sorted(GROUPS), help="a group to run (default: all)")
    ap.add_argument("--work", type=Path, help="scratch directory (default: a new temporary one)")
    ap.add_argument("--jobs", type=int, default=1, help="mutants run side by side (default 1)")
    ap.add_argument("--keep", action="store_true", help="keep the scratch copies (to browse with mutmut)")
    ap.add_argument("--report-only", action="store_true", help="print the results already in --work")
    ap.add_argument("--json", type=Path, help="also write the rows as JSON here")
    ap.add_argument("--list", action="store_true", help="list the groups and exit")
    ap.add_argument("--only", action="append", metavar="FILE",
                    help="mutate only this file of the group (its tests unchanged); repeatable")
    ap.add_argument("--hand", action="store_true",
                    help="only issue 17's hand-made mutants, each against the test that must kill it")
    args = ap.parse_args()
    if args.list:
        for name, group in GROUPS.items():
            print(f"{name}: {' '.join(group.files)}  <-  {' '.join(group.tests)}")
        return 0
    if not SHARED.is_dir():
        print(f"bench/mutation.py: ../shared is missing ({SHARED}); the seed tests would skip and mutants "
              "they kill would look like survivors. Set ACCORD_SHARED.", file=sys.stderr)
        return 2
    base = args.work or Path(tempfile.mkdtemp(prefix="accord-mutation-"))
    if args.hand:
        return run_hand(base / "hand")
    rows, failed = [], 0
    for name in args.module or list(GROUPS):
        work = base / name
        if name == "postgres" and not args.report_only and not os.environ.get("ACCORD_TEST_POSTGRES"):
            print("bench/mutation.py: the postgres group needs a server: set ACCORD_TEST_POSTGRES "
                  "(postgresql://...); skipped", file=sys.stderr)
            failed = 1
            continue
        group = GROUPS[name]
        if args.only:
            files = tuple(f for f in args.only if any(fnmatch.fnmatch(f, pattern) for pattern in group.files))
            if not files:
                print(f"bench/mutation.py: none of {', '.join(args.only)} is in the {name} group", file=sys.stderr)
                return 2
            # fewer files, the same tests: each file's score is what the whole group's run gives it
            group = Group(files, group.tests)
        if not args.report_only:
            failed |= run_group(name, group, work, args.jobs) != 0
        rows += report(work)
        if not args.keep and not args.report_only and not args.work:
            shutil.rmtree(work, ignore_errors=True)
    if args.json:
        args.json.write_text(json.dumps(rows, indent=1))
    below = [r["file"] for r in rows if r["score"] < 0.80]
    print(f"modules below 0.80: {', '.join(below) or 'none'}")
    return 1 if failed or below else 0


if __name__ == "__main__":
    sys.exit(main())
