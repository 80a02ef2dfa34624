"""Run extraction jobs in worker processes, each job under a time limit (a stuck parser is killed) and each
worker under an address-space limit (a parser that balloons gets MemoryError or dies, never takes the machine).

The time limit counts the worker's CPU seconds where the system tells them (Linux): on a machine busy with other
work a file that needs 10 s of CPU may take minutes of wall time, and it must not fail for that. A worker that
computes nothing (blocked, deadlocked) is stopped after STALL_FACTOR times the limit in wall time; where CPU time
cannot be read, the limit is wall time.

A file whose size or mtime differs from what the scan saw, before or after it is read, is reported as changing
rather than catalogued with text that belongs to no recorded hash.
"""

from __future__ import annotations

import multiprocessing as mp
import os
import signal
import sys
import time
from collections import deque
from collections.abc import Callable, Iterator
from multiprocessing.connection import Connection, wait

from archive.extract import ocr
from archive.extract.base import REASON_CORRUPT, REASON_TIMEOUT
from archive.pipelines.worker import Failure, Job, run_job

WORKER_MODULES = ["archive.pipelines.worker"]
REASON_CHANGING = "文件正在被修改"
CHANGING_DETAIL = "读取期间文件有变化（可能仍在复制或保存），下次整理时会重新读取"
MB = 1024 * 1024
HOLD_POLL_SECONDS = 0.1  # how often a held-back job asks again whether it may start
STALL_FACTOR = 4.0  # a job's wall time may run to this many times its limit while its CPU time stays under it
MIN_RECHECK_SECONDS = 0.5  # how long a job over its wall-clock share but under its CPU limit is left before asking again


def cpu_seconds(pid: int) -> float | None:
    """CPU seconds (user + system, all threads) the process has used, from /proc; None where there is no /proc."""
    try:
        with open(f"/proc/{pid}/stat", "rb") as fh:
            fields = fh.read().rsplit(b")", 1)[1].split()
        return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
    except (OSError, ValueError, IndexError):
        return None


def limit_memory(megabytes: int | None) -> bool:
    """Cap this process's address space (POSIX RLIMIT_AS soft limit); False where the platform has no such limit."""
    if not megabytes:
        return False
    try:
        import resource
    except ImportError:  # Windows
        return False
    soft, hard = resource.getrlimit(resource.RLIMIT_AS)
    wanted = int(megabytes) * MB
    if hard != resource.RLIM_INFINITY:
        wanted = min(wanted, hard)
    try:
        resource.setrlimit(resource.RLIMIT_AS, (wanted, hard))
    except (ValueError, OSError):
        return False
    return True


def _stat_key(path) -> tuple[int, int] | None:
    try:
        st = os.stat(path)
    except OSError:
        return None
    return st.st_size, st.st_mtime_ns


def _run_checked(job: Job) -> object:
    """run_job, unless the file changed since the scan or while it was being read."""
    before = _stat_key(job.path)
    if before is not None and before[1] / 1e9 != job.mtime:
        return Failure(REASON_CHANGING, CHANGING_DETAIL)
    outcome = run_job(job)
    if before is not None and _stat_key(job.path) != before:
        return Failure(REASON_CHANGING, CHANGING_DETAIL)
    return outcome


def _worker_main(conn: Connection, ocr_threads: int, memory_mb: int | None = None) -> None:
    # Ctrl-C reaches every process of the terminal's group: the parent alone answers it (已取消) and stops the
    # workers, so a worker never prints a KeyboardInterrupt traceback of its own
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    limit_memory(memory_mb)
    ocr.set_threads(ocr_threads)  # the workers share the cores: each OCR engine gets its part
    while True:
        try:
            job = conn.recv()
        except (EOFError, OSError):  # the parent went away (it was stopped): end quietly
            return
        if job is None:
            return
        try:
            conn.send((job.key, _run_checked(job)))
        except (BrokenPipeError, OSError):
            return


def _context() -> mp.context.BaseContext:
    if sys.platform != "win32" and "forkserver" in mp.get_all_start_methods():
        ctx = mp.get_context("forkserver")
        ctx.set_forkserver_preload(WORKER_MODULES)
        return ctx
    return mp.get_context("spawn")


class _Worker:
    def __init__(self, ctx: mp.context.BaseContext, ocr_threads: int, memory_mb: int | None = None):
        self.conn, child = ctx.Pipe()
        self.proc = ctx.Process(target=_worker_main, args=(child, ocr_threads, memory_mb), daemon=True)
        self.proc.start()
        child.close()
        self.job: Job | None = None
        self.deadline = 0.0
        self.started = 0.0
        self.cpu_at_start: float | None = None
        self.timeout = 0.0

    def give(self, job: Job, timeout: float) -> None:
        self.job = job
        self.timeout = timeout
        self.started = time.monotonic()
        self.deadline = self.started + timeout
        self.cpu_at_start = cpu_seconds(self.proc.pid)
        self.conn.send(job)

    def overran(self) -> bool:
        """At its deadline: has the job used its time? Its CPU seconds count where they can be read (the deadline
        moves on while they are under the limit, up to STALL_FACTOR times it in wall time); else its wall time."""
        now = time.monotonic()
        if now < self.deadline:
            return False
        used = cpu_seconds(self.proc.pid)
        if used is None or self.cpu_at_start is None:
            return True
        left = self.timeout - (used - self.cpu_at_start)
        stall_end = self.started + self.timeout * STALL_FACTOR
        if left <= 0 or now >= stall_end:
            return True
        self.deadline = min(stall_end, now + max(left, MIN_RECHECK_SECONDS))
        return False

    def stop(self, kill: bool = False) -> None:
        if kill:
            self.proc.kill()
        else:
            try:
                self.conn.send(None)
            except (BrokenPipeError, OSError):
                pass
        self.proc.join(timeout=5)
        if self.proc.is_alive():
            self.proc.kill()
            self.proc.join()
        self.conn.close()


def _crash_detail(memory_mb: int | None) -> str:
    limit = f"（可能超出每个读取进程 {memory_mb} MB 的内存上限 max_worker_memory_mb）" if memory_mb else ""
    return f"读取进程意外退出{limit}，文件可能已损坏或过于复杂"


def default_workers() -> int:
    return max(1, min(os.cpu_count() or 1, 4))


def _next(queue: deque[Job], ready: Callable[[Job], bool] | None) -> Job | None:
    """The first job of the queue that may start now (removed from it), or None."""
    if ready is None:
        return queue.popleft()
    for i, job in enumerate(queue):
        if ready(job):
            del queue[i]
            return job
    return None


def run_jobs(jobs: list[Job], workers: int, timeout: float, memory_mb: int | None = None,
             ready: Callable[[Job], bool] | None = None) -> Iterator[tuple[Job, object]]:
    """Yield (job, ExtractedRecord | Failure) as jobs finish, in any order.

    `memory_mb` caps each worker's address space; by default the jobs' own limits.max_worker_memory_mb. A job for
    which `ready(job)` is False waits (the others go first) until it is True, asked again every HOLD_POLL_SECONDS."""
    if not jobs:
        return
    if memory_mb is None:
        memory_mb = getattr(jobs[0].ctx.limits, "max_worker_memory_mb", None)
    ctx = _context()
    queue = deque(jobs)
    size = max(1, min(workers, len(jobs)))
    ocr_threads = ocr.default_threads(size)
    pool = [_Worker(ctx, ocr_threads, memory_mb) for _ in range(size)]
    try:
        while queue or any(w.job for w in pool):
            for w in pool:
                if w.job is None and queue:
                    job = _next(queue, ready)
                    if job is not None:
                        w.give(job, timeout)
            busy = [w for w in pool if w.job is not None]
            if not busy:  # every job left is held back
                time.sleep(HOLD_POLL_SECONDS)
                continue
            wait_for = max(0.0, min(w.deadline for w in busy) - time.monotonic())
            if queue and len(busy) < len(pool):  # an idle worker waits for a held-back job
                wait_for = min(wait_for, HOLD_POLL_SECONDS)
            answered = wait([w.conn for w in busy], timeout=wait_for)
            for i, w in enumerate(pool):
                if w.job is None:
                    continue
                job = w.job
                if w.conn in answered:
                    try:
                        _, outcome = w.conn.recv()
                    except (EOFError, OSError):
                        failure = Failure(REASON_CORRUPT, _crash_detail(memory_mb))
                    else:
                        w.job = None
                        yield job, outcome
                        continue
                elif w.overran():
                    failure = Failure(REASON_TIMEOUT, f"超过 {timeout:g} 秒仍未读完，已中止")
                else:
                    continue
                # the worker crashed or overran: kill it, put a fresh one in its place, report the file
                w.job = None
                w.stop(kill=True)
                pool[i] = _Worker(ctx, ocr_threads, memory_mb)
                yield job, failure
    finally:
        for w in pool:
            w.stop(kill=w.job is not None)
