"""Time to check one article, this tree against another checkout, side by side in one run.

    python bench/check_time.py --baseline ../accord-old [--runs 7] [--article FILE]

Runs `python -m accord.cli check ARTICLE --db NEW.db --format json` (a fresh database each time, the
KB cache warm: one untimed run of each side first) with this tree's sources, then with the
baseline's (`--baseline`: another checkout, e.g. `git worktree add ../accord-old efc854e`),
alternating which goes first, and prints the median wall time of each and their ratio (issue 12's
goal: this tree within 1.5x of the baseline), and the ratio of their median CPU time (user +
system), which other work on the machine moves less. The article defaults to the seed 004
(../shared/seeds). Both sides use this interpreter and its installed packages. The KB and
tokens caches are those of $XDG_CACHE_HOME/accord: give both sides a folder of their own
(XDG_CACHE_HOME=/tmp/x) when other checkouts share the machine, since each write keeps only the
newest few files. Where PYTHONDONTWRITEBYTECODE is set, every run compiles every module it
imports from source (this tree's 1.1 MB of it, 0.3 s of CPU); `--bytecode` times both sides with
their bytecode kept, as an installed copy runs.
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def one_check(src: Path, article: Path, pycache: str | None = None) -> tuple[float, float]:
    """Wall seconds and CPU seconds (user + system) of one `accord check` of `article` with the
    sources in `src`. CPU time moves less than wall time when other work shares the machine.
    With `pycache`, Python keeps the modules' bytecode in that folder (PYTHONPYCACHEPREFIX)."""
    with tempfile.TemporaryDirectory() as tmp:
        env = dict(os.environ, PYTHONPATH=str(src), OPENBLAS_NUM_THREADS="1")
        if pycache is not None:
            env.pop("PYTHONDONTWRITEBYTECODE", None)
            env["PYTHONPYCACHEPREFIX"] = pycache
        used = _children_cpu()
        began = time.perf_counter()
        run = subprocess.run([sys.executable, "-m", "accord.cli", "check", str(article), "--db", f"{tmp}/a.db",
                              "--format", "json", "--workers", "1"], env=env, capture_output=True, text=True)
        took = time.perf_counter() - began
        cpu = _children_cpu() - used
    if run.returncode not in (0, 3):
        raise SystemExit(f"accord check failed with {src}: {run.stderr.strip()[-400:]}")
    return took, cpu


def _children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--baseline", type=Path, required=True, help="another checkout of accord")
    ap.add_argument("--runs", type=int, default=7)
    ap.add_argument("--article", type=Path)
    ap.add_argument("--bytecode", action="store_true",
                    help="keep both sides' bytecode in a temporary folder (written by the untimed first runs), "
                         "as an installed copy has it, even where PYTHONDONTWRITEBYTECODE is set")
    args = ap.parse_args(argv)
    article = args.article or next(iter(sorted((ROOT.parent / "shared" / "seeds").glob("004_*.txt"))), None)
    if article is None or not article.is_file():
        print("no article: give --article (the seeds are not beside this checkout)", file=sys.stderr)
        return 2
    sides = {"this tree": ROOT / "src", "baseline": args.baseline.resolve() / "src"}
    with tempfile.TemporaryDirectory() as pycache:
        return _compare(sides, article, args.runs, pycache if args.bytecode else None)


def _compare(sides: dict[str, Path], article: Path, runs: int, pycache: str | None) -> int:
    for src in sides.values():
        one_check(src, article, pycache)  # warm the KB cache, the page cache (and the bytecode)
    times: dict[str, list[float]] = {name: [] for name in sides}
    cpus: dict[str, list[float]] = {name: [] for name in sides}
    for n in range(runs):
        order = list(sides.items()) if n % 2 == 0 else list(reversed(sides.items()))
        for name, src in order:
            took, cpu = one_check(src, article, pycache)
            times[name].append(took)
            cpus[name].append(cpu)
    med = {name: statistics.median(t) for name, t in times.items()}
    cpu_med = {name: statistics.median(t) for name, t in cpus.items()}
    for name, t in times.items():
        print(f"{name:10} median {med[name]:.2f} s  min {min(t):.2f} s  CPU median {cpu_med[name]:.2f} s"
              f"  ({len(t)} runs)")
    print(f"ratio this tree / baseline: {med['this tree'] / med['baseline']:.2f} (goal <= 1.5);"
          f" CPU time {cpu_med['this tree'] / cpu_med['baseline']:.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
