"""Mutation score of the modules the verdicts rest on, with mutmut (pinned in the test extra).

    python bench/mutation.py [--module NAME ...] [--work DIR] [--jobs N] [--keep] [--list]

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
import json
import os
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


KB_TESTS = ("tests/kb/test_queries.py", "tests/kb/test_time_boundaries.py", "tests/kb/test_coverage.py",
            "tests/kb/test_coverage_periods.py")
GROUPS: dict[str, Group] = {
    "timecmp": Group(("src/accord/reconcile/timecmp.py",), ("tests/reconcile",)),
    "reconcile": Group(
        ("src/accord/reconcile/kbcheck.py", "src/accord/reconcile/flags.py", "src/accord/reconcile/run.py",
         "src/accord/reconcile/verify.py"),
        ("tests/reconcile",),
    ),
    "temporal": Group(("src/accord/kb/temporal.py",), KB_TESTS),
    "queries": Group(("src/accord/kb/queries.py",), KB_TESTS),
    "store": Group(("src/accord/store/*",), ("tests/store",)),
    "clean": Group(("src/accord/ingest/clean.py",), ("tests/ingest/test_clean.py", "tests/ingest/test_prepare.py")),
    "dates": Group(("src/accord/nlp/extract/dates/normalise.py", "src/accord/nlp/extract/dates/normalise_more.py"),
                   ("tests/nlp/test_dates.py",)),
}

# mutmut's exit codes: 1 and 3 a test failed (killed), 0 survived, 5/33 no test reached it,
# 24/36/152/255 a timeout (behaviour changed enough to hang: counted as killed).
KILLED = {1, 3, 24, 36, 152, 255, -24}


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


def diff(work: Path, mutant: str) -> str:
    shown = subprocess.run([sys.executable, "-m", "mutmut", "show", mutant], cwd=work,
                           capture_output=True, text=True, env=dict(os.environ, ACCORD_SHARED=str(SHARED)))
    lines = [l for l in shown.stdout.splitlines() if l[:1] in "+-" and not l.startswith(("+++", "---"))]
    return " | ".join(l.strip() for l in lines) or shown.stdout.strip()


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
        for name in survivors:
            print(f"  survived {name} (exit {codes[name]})" + (f": {diff(work, name)}" if show_diffs else ""),
                  flush=True)
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
    rows, failed = [], 0
    for name in args.module or list(GROUPS):
        work = base / name
        if not args.report_only:
            failed |= run_group(name, GROUPS[name], work, args.jobs) != 0
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
