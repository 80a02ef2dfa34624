"""The whole job: a year of evidence from nothing to the inspection's papers, through the CLI as a user runs it.

Builds the labelled year (tests/labelled_year, 167 files: Word, .doc, Excel, PDF, scans, photos, text, byte
copies; the same helper filing_quality.py uses) once, then for each of --runs fresh archives (a copy of it in a new
temporary folder: empty catalog, empty OCR cache, empty LibreOffice cache — every run is cold) times each step as its
own `python -m archive …` process:

    init            taizhang init DIR --org 东湖社区党委 --year 2025
    ingest          taizhang ingest            (with OCR)
    file_accept     taizhang file --accept
    status          taizhang status --json
    reports         taizhang report all -o 输出/报告      (the four Word reports)
    binder          taizhang binder -o 输出/电子台帐.pdf

and prints one line per figure: each step's wall seconds and the total, as the median over the runs, beside the CPU
seconds of the child processes (user + system, resource.getrusage(RUSAGE_CHILDREN) deltas: the taizhang process,
its ingest workers and LibreOffice), which a loaded machine disturbs less than wall time. The load average before
and after is printed too: quote figures with it.

    python benchmarks/bench_job.py                  # median of 3 runs
    python benchmarks/bench_job.py --runs 5
    python benchmarks/bench_job.py --keep DIR       # keep the last run's archive in DIR (an empty or new folder)

Nothing here asserts a target (the goal is the whole job in 30 s on the 2-core reference machine).
"""

from __future__ import annotations

import argparse
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
for p in (ROOT, ROOT / "tests"):
    if str(p) not in sys.path:
        sys.path.insert(0, str(p))

YEAR = 2025
ARCHIVE_NAME = "东湖社区"
STEPS = ("init", "ingest", "file_accept", "status", "reports", "binder")
PR_SET_CHILD_SUBREAPER = 36  # linux/prctl.h
OK_CODES = {"ingest": (0, 3)}  # ingest exits 3 when some file cannot be read (reported, not a failure of the job)


def _become_subreaper() -> bool:
    """Adopt our orphaned descendants (Linux PR_SET_CHILD_SUBREAPER). Ingest's workers are children of
    multiprocessing's fork server, which outlives the taizhang process that started it and would be reaped by init:
    their CPU seconds would never reach RUSAGE_CHILDREN. Adopted, the fork server is reaped here (_reap_orphans)."""
    if not sys.platform.startswith("linux"):
        return False
    try:
        import ctypes

        libc = ctypes.CDLL(None, use_errno=True)
        return libc.prctl(PR_SET_CHILD_SUBREAPER, 1, 0, 0, 0) == 0
    except (OSError, AttributeError):
        return False


def _reap_orphans() -> None:
    """Wait for every adopted descendant (the fork server ends once the taizhang process that started it has)."""
    while True:
        try:
            os.waitpid(-1, 0)
        except ChildProcessError:
            return


def _children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def _commands(archive: Path) -> dict[str, list[str]]:
    from labelled_year import ORG

    a = ["--archive", str(archive)]
    out = archive / "输出"
    return {
        "init": ["init", str(archive), "--org", ORG, "--year", str(YEAR)],
        "ingest": [*a, "ingest"],
        "file_accept": [*a, "file", "--accept"],
        "status": [*a, "status", "--json"],
        "reports": [*a, "report", "all", "-o", str(out / "报告")],
        "binder": [*a, "binder", "-o", str(out / "电子台帐.pdf")],
    }


# The steps run as an installed taizhang runs: Python's bytecode cached beside the modules (pip compiles a package
# when it installs it). A shell that sets PYTHONDONTWRITEBYTECODE (some sandboxes do) would otherwise have every
# step compile the whole package again, ~0.2–0.5 s a process, which no user pays.
CHILD_ENV = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}


def _compile_package() -> None:
    """Bytecode for every module of the package, as an install leaves it."""
    subprocess.run([sys.executable, "-m", "compileall", "-q", str(ROOT / "archive")], check=True, env=CHILD_ENV,
                   capture_output=True)


def _run_step(name: str, argv: list[str]) -> tuple[float, float]:
    cpu = _children_cpu()
    start = time.perf_counter()
    done = subprocess.run([sys.executable, "-m", "archive", *argv], capture_output=True, text=True, cwd=ROOT,
                          env=CHILD_ENV)
    wall = time.perf_counter() - start
    _reap_orphans()
    if done.returncode not in OK_CODES.get(name, (0,)):
        raise SystemExit(f"{name} failed (exit {done.returncode}): {done.stderr.strip()[-400:]}")
    return wall, _children_cpu() - cpu


def one_run(template: Path, work: Path) -> dict[str, tuple[float, float]]:
    """A fresh copy of the year in `work`, every step timed; {step: (wall s, CPU s)}."""
    archive = work / ARCHIVE_NAME
    shutil.copytree(template, archive)  # copy2: the files keep their modification times (some dates rest on them)
    commands = _commands(archive)
    return {step: _run_step(step, commands[step]) for step in STEPS}


def _load() -> str:
    try:
        return " ".join(f"{x:.2f}" for x in os.getloadavg())
    except OSError:
        return "-"


def _fmt(values: list[float]) -> str:
    return " ".join(f"{v:.2f}" for v in values)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--runs", type=int, default=3, help="fresh archives to time (default 3); medians are printed")
    ap.add_argument("--keep", type=Path, help="keep the last run's archive in this (empty or new) folder")
    args = ap.parse_args()
    from labelled_year import build_year

    with tempfile.TemporaryDirectory(prefix="bench-job-") as tmp:
        template = Path(tmp) / "year"
        labels = build_year(template, year=YEAR)
        files = sum(1 for p in template.rglob("*") if p.is_file())
        _compile_package()
        adopted = _become_subreaper()  # after the build: its LibreOffice runs are not ours to wait for
        print(f"year_files {files} (labelled {len(labels.files)}); cores {os.cpu_count()}; load_before {_load()}"
              "; bytecode cached as installed"
              + ("" if adopted else "; CPU of orphaned descendants (ingest workers) not counted"))
        runs: list[dict[str, tuple[float, float]]] = []
        for n in range(args.runs):
            work = Path(tmp) / f"run{n}"
            if args.keep and n == args.runs - 1:
                work = args.keep
                work.mkdir(parents=True, exist_ok=True)
            runs.append(one_run(template, work))
            if work != args.keep:
                shutil.rmtree(work, ignore_errors=True)
    for step in (*STEPS, "total"):
        if step == "total":
            walls = [sum(w for w, _ in r.values()) for r in runs]
            cpus = [sum(c for _, c in r.values()) for r in runs]
        else:
            walls = [r[step][0] for r in runs]
            cpus = [r[step][1] for r in runs]
        print(f"{step}_s {statistics.median(walls):.2f} cpu {statistics.median(cpus):.2f}"
              f" (median of {len(runs)}; wall {_fmt(walls)}; cpu {_fmt(cpus)})")
    print(f"load_after {_load()}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
