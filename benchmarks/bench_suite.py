"""The test suite itself: the README's test command timed in a fresh clone, quiet or beside CPU hogs.

Each run clones HEAD (committed work only) into a new folder and runs `python -m pytest` there with this
interpreter (the README's command after its install; `.ci/run` adds the new virtualenv), and prints per run and as
medians: the wall seconds, the CPU seconds of everything it started (pytest's workers, ingest's pool, LibreOffice,
Chromium: `getrusage(RUSAGE_CHILDREN)`, this process a child subreaper so orphaned descendants are counted), the
counts of passed / failed / skipped tests and the load average before and after. `--layout beside` clones next to
this checkout (../shared is then beside the clone, as on a developer's machine); `--layout alone` clones into a
temporary folder with nothing beside it, as a new user's clone. `--hogs N` keeps N busy-looping processes running
beside the suite (the steadiness check: the suite must pass on a machine that is busy elsewhere).

    python benchmarks/bench_suite.py                        # one quiet run beside ../shared
    python benchmarks/bench_suite.py --runs 3 --hogs 2      # three runs beside two CPU hogs
    python benchmarks/bench_suite.py --layout alone --runs 3 --hogs 2

The goal is a normal run under 5 minutes on the 2-core reference machine; nothing is asserted. Exit status 1 when a
run had failures.
"""

from __future__ import annotations

import argparse
import ctypes
import os
import re
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PR_SET_CHILD_SUBREAPER = 36  # linux/prctl.h
SUMMARY_RE = re.compile(r"(\d+) (passed|failed|skipped|errors?|xfailed|xpassed)")
HOG = "while True:\n    pass\n"
REAP_GRACE_S = 5.0  # orphaned fork servers end shortly after the process that started them


def _become_subreaper() -> bool:
    """Adopt orphaned descendants (multiprocessing's fork server outlives the process that started it), so that their
    CPU seconds reach RUSAGE_CHILDREN when they are reaped here."""
    if not sys.platform.startswith("linux"):
        return False
    try:
        return ctypes.CDLL(None, use_errno=True).prctl(PR_SET_CHILD_SUBREAPER, 1, 0, 0, 0) == 0
    except (OSError, AttributeError):
        return False


def _reap_orphans(grace: float = REAP_GRACE_S) -> None:
    """Reap adopted descendants that end within `grace` seconds (the hogs live on: they are not waited for)."""
    deadline = time.monotonic() + grace
    while True:
        try:
            pid, _ = os.waitpid(-1, os.WNOHANG)
        except ChildProcessError:
            return
        if pid == 0:
            if time.monotonic() > deadline:
                return
            time.sleep(0.1)


def _children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def _load() -> str:
    try:
        return " ".join(f"{x:.2f}" for x in os.getloadavg())
    except OSError:
        return "-"


def _clone(layout: str) -> tuple[Path, Path]:
    """(the clone, the folder to delete afterwards)."""
    if layout == "beside":  # conftest finds ../shared beside the clone: the clone is a sibling of this checkout
        clone = Path(tempfile.mkdtemp(prefix=".bench-suite-", dir=ROOT.parent))
        subprocess.run(["git", "clone", "-q", str(ROOT), str(clone)], check=True)
        return clone, clone
    holder = Path(tempfile.mkdtemp(prefix="bench-suite-"))
    clone = holder / ROOT.name
    subprocess.run(["git", "clone", "-q", str(ROOT), str(clone)], check=True)
    return clone, holder


def one_run(layout: str, extra: list[str]) -> dict[str, float | str]:
    clone, remove = _clone(layout)
    try:
        env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "TAIZHANG_TEST_SHARED")}
        load_before = _load()
        cpu0, t0 = _children_cpu(), time.perf_counter()
        proc = subprocess.run([sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", *extra], cwd=clone,
                              env=env, capture_output=True, text=True)
        wall = time.perf_counter() - t0
        _reap_orphans()
        cpu = _children_cpu() - cpu0
        tail = proc.stdout.strip().splitlines()[-1] if proc.stdout.strip() else ""
        counts = {kind.rstrip("s") if kind.startswith("error") else kind: int(n) for n, kind in SUMMARY_RE.findall(tail)}
        failures = [line for line in proc.stdout.splitlines() if line.startswith(("FAILED", "ERROR"))]
        return {"wall": wall, "cpu": cpu, "passed": counts.get("passed", 0), "failed": counts.get("failed", 0),
                "errors": counts.get("error", 0), "skipped": counts.get("skipped", 0), "code": proc.returncode,
                "load_before": load_before, "load_after": _load(), "summary": tail, "failures": "; ".join(failures)}
    finally:
        shutil.rmtree(remove, ignore_errors=True)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--runs", type=int, default=1, help="suite runs (default 1); medians are printed")
    ap.add_argument("--hogs", type=int, default=0, help="busy-looping processes kept running beside the suite")
    ap.add_argument("--layout", choices=("beside", "alone"), default="beside",
                    help="clone beside this checkout (../shared there) or alone in a temporary folder")
    ap.add_argument("pytest_args", nargs="*", help="passed on to pytest (after --)")
    args = ap.parse_args()
    adopted = _become_subreaper()
    hogs = [subprocess.Popen([sys.executable, "-c", HOG]) for _ in range(args.hogs)]
    print(f"layout {args.layout}; hogs {args.hogs}; cores {os.cpu_count()}; load_before {_load()}"
          + ("" if adopted else "; CPU of orphaned descendants not counted"))
    runs = []
    try:
        for n in range(args.runs):
            r = one_run(args.layout, args.pytest_args)
            runs.append(r)
            print(f"run {n + 1}: wall_s {r['wall']:.1f} cpu_s {r['cpu']:.1f} passed {r['passed']} failed {r['failed']}"
                  f" errors {r['errors']} skipped {r['skipped']} exit {r['code']} load {r['load_before']} -> "
                  f"{r['load_after']} | {r['summary']}", flush=True)
            if r["failures"]:
                print(f"  failures: {r['failures']}", flush=True)
    finally:
        for hog in hogs:
            hog.kill()
            hog.wait()
    walls = [float(r["wall"]) for r in runs]
    cpus = [float(r["cpu"]) for r in runs]
    print(f"suite_wall_s {statistics.median(walls):.1f} (median of {len(runs)}: {' '.join(f'{w:.1f}' for w in walls)})")
    print(f"suite_cpu_s {statistics.median(cpus):.1f} (median of {len(runs)}: {' '.join(f'{c:.1f}' for c in cpus)})")
    print(f"runs_with_failures {sum(1 for r in runs if r['failed'] or r['errors'] or r['code'] != 0)} of {len(runs)}")
    return 1 if any(r["code"] != 0 for r in runs) else 0


if __name__ == "__main__":
    sys.exit(main())
