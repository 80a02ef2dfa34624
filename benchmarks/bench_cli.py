"""Command-line latency in a fresh process: `taizhang --help` and `taizhang search 党费 --json` on the sample archive.

Each figure is the median over `--runs` new processes (wall and CPU seconds of the child). The archive is a copy of
sample_evidence/ ingested without OCR; one untimed search first prepares what is prepared once per machine (jieba's
dictionary in the user cache) and warms the OS file cache, as on a machine in use.

    python benchmarks/bench_cli.py            # 15 runs of each
    python benchmarks/bench_cli.py --runs 31

Budgets: `--help` <= 0.15 s, `search` <= 0.4 s. The exit status is 1 when a budget is missed.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

try:
    import resource
except ImportError:  # Windows: wall time only
    resource = None  # type: ignore[assignment]

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "sample_evidence"
HELP_BUDGET_S = 0.15
SEARCH_BUDGET_S = 0.4
COMMANDS = {  # name → (arguments after `taizhang`, budget in seconds)
    "help": (["--help"], HELP_BUDGET_S),
    "search": (["search", "党费", "--json"], SEARCH_BUDGET_S),
}


def _taizhang(module: bool) -> list[str]:
    """The installed console script when there is one (what a user runs), else (or with --module) `python -m
    archive`, which runs the code PYTHONPATH points at (to compare with another checkout)."""
    script = None if module else shutil.which("taizhang")
    return [script] if script else [sys.executable, "-m", "archive"]


def _timed(args: list[str], cwd: Path) -> tuple[float, float]:
    """Wall and CPU seconds of one child process."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN) if resource else None
    t0 = time.perf_counter()
    proc = subprocess.run(args, cwd=cwd, capture_output=True)
    wall = time.perf_counter() - t0
    if proc.returncode != 0:
        raise SystemExit(f"{' '.join(args)} failed ({proc.returncode}): {proc.stderr.decode(errors='replace')[-800:]}")
    if before is None:
        return wall, float("nan")
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return wall, (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def _load() -> str:
    try:
        return " ".join(f"{x:.1f}" for x in os.getloadavg())
    except OSError:
        return "?"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--runs", type=int, default=15, help="fresh processes per command; figures are medians")
    ap.add_argument("--module", action="store_true", help="run `python -m archive` (the code on PYTHONPATH)")
    args = ap.parse_args(argv)
    base = _taizhang(args.module)
    work = Path(tempfile.mkdtemp(prefix="bench_cli-"))
    try:
        root = work / "档案"
        shutil.copytree(SAMPLE, root)
        for step in (["init", str(root), "--org", "幸福里社区党支部", "--year", "2025"],
                     ["--archive", str(root), "ingest", "--no-ocr"]):
            code = subprocess.run(base + step, capture_output=True).returncode
            if code not in (0, 3):
                raise SystemExit(f"taizhang {' '.join(step)} failed ({code})")
        print(f"load average at start: {_load()} ({os.cpu_count()} CPUs); command: {' '.join(base)}")
        ok = True
        for name, (rest, budget) in COMMANDS.items():
            _timed(base + rest, root)  # untimed: prepares the per-machine cache, warms the file cache
            walls, cpus = [], []
            for _ in range(max(1, args.runs)):
                wall, cpu = _timed(base + rest, root)
                walls.append(wall)
                cpus.append(cpu)
            med = statistics.median(walls)
            met = med <= budget
            ok &= met
            print(f"cli {name}_s={med:.3f} cpu_s={statistics.median(cpus):.3f} min_s={min(walls):.3f} "
                  f"(median of {len(walls)} fresh processes; budget <= {budget:g} s: {'met' if met else 'MISSED'})",
                  flush=True)
        print(f"load average at end: {_load()}")
        return 0 if ok else 1
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
