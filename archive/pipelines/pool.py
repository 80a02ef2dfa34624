"""Run extraction jobs in worker processes, each job under a wall-clock limit (a stuck parser is killed)."""

from __future__ import annotations

import multiprocessing as mp
import os
import sys
import time
from collections import deque
from collections.abc import Iterator
from multiprocessing.connection import Connection, wait

from archive.extract import ocr
from archive.extract.base import REASON_CORRUPT, REASON_TIMEOUT
from archive.pipelines.worker import Failure, Job, run_job

WORKER_MODULES = ["archive.pipelines.worker"]


def _worker_main(conn: Connection, ocr_threads: int) -> None:
    ocr.set_threads(ocr_threads)  # the workers share the cores: each OCR engine gets its part
    while True:
        try:
            job = conn.recv()
        except EOFError:
            return
        if job is None:
            return
        conn.send((job.key, run_job(job)))


def _context() -> mp.context.BaseContext:
    if sys.platform != "win32" and "forkserver" in mp.get_all_start_methods():
        ctx = mp.get_context("forkserver")
        ctx.set_forkserver_preload(WORKER_MODULES)
        return ctx
    return mp.get_context("spawn")


class _Worker:
    def __init__(self, ctx: mp.context.BaseContext, ocr_threads: int):
        self.conn, child = ctx.Pipe()
        self.proc = ctx.Process(target=_worker_main, args=(child, ocr_threads), daemon=True)
        self.proc.start()
        child.close()
        self.job: Job | None = None
        self.deadline = 0.0

    def give(self, job: Job, timeout: float) -> None:
        self.job = job
        self.deadline = time.monotonic() + timeout
        self.conn.send(job)

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


def default_workers() -> int:
    return max(1, min(os.cpu_count() or 1, 4))


def run_jobs(jobs: list[Job], workers: int, timeout: float) -> Iterator[tuple[Job, object]]:
    """Yield (job, ExtractedRecord | Failure) as jobs finish, in any order."""
    if not jobs:
        return
    ctx = _context()
    queue = deque(jobs)
    size = max(1, min(workers, len(jobs)))
    ocr_threads = ocr.default_threads(size)
    pool = [_Worker(ctx, ocr_threads) for _ in range(size)]
    try:
        while queue or any(w.job for w in pool):
            for w in pool:
                if w.job is None and queue:
                    w.give(queue.popleft(), timeout)
            busy = [w for w in pool if w.job is not None]
            wait_for = max(0.0, min(w.deadline for w in busy) - time.monotonic())
            ready = wait([w.conn for w in busy], timeout=wait_for)
            for i, w in enumerate(pool):
                if w.job is None:
                    continue
                job = w.job
                if w.conn in ready:
                    try:
                        _, outcome = w.conn.recv()
                    except (EOFError, OSError):
                        failure = Failure(REASON_CORRUPT, "读取进程意外退出，文件可能已损坏")
                    else:
                        w.job = None
                        yield job, outcome
                        continue
                elif time.monotonic() >= w.deadline:
                    failure = Failure(REASON_TIMEOUT, f"超过 {timeout:g} 秒仍未读完，已中止")
                else:
                    continue
                # the worker crashed or overran: kill it, put a fresh one in its place, report the file
                w.job = None
                w.stop(kill=True)
                pool[i] = _Worker(ctx, ocr_threads)
                yield job, failure
    finally:
        for w in pool:
            w.stop(kill=w.job is not None)
