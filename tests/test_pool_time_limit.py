"""The per-file time limit of the extraction pool counts a worker's CPU seconds, so that a machine busy with other
work does not fail files that are only slow to get the CPU; a worker that computes nothing is still stopped."""

from __future__ import annotations

import os
import subprocess
import sys
import time

import pytest

from archive.pipelines.pool import STALL_FACTOR, _Worker, cpu_seconds

pytestmark = pytest.mark.skipif(cpu_seconds(os.getpid()) is None,
                                reason="CPU time of another process is read from /proc (Linux)")


@pytest.fixture
def sleeper():
    proc = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(600)"])
    yield proc
    proc.kill()
    proc.wait()


class _Proc:
    def __init__(self, pid: int):
        self.pid = pid


def _at(proc, timeout: float, wall_used: float, cpu_used: float) -> _Worker:
    """A worker whose job has run `wall_used` seconds of wall time, `cpu_used` of them on the CPU (as if)."""
    w = object.__new__(_Worker)
    w.proc = _Proc(proc.pid)
    w.timeout = timeout
    w.started = time.monotonic() - wall_used
    w.deadline = w.started + timeout
    w.cpu_at_start = cpu_seconds(proc.pid) - cpu_used
    return w


def test_a_job_past_its_wall_deadline_but_under_its_cpu_limit_goes_on(sleeper):
    w = _at(sleeper, timeout=10, wall_used=12, cpu_used=0)  # a busy machine: 12 s waited, no CPU got
    assert w.overran() is False
    assert w.deadline > time.monotonic()  # asked again later, not before the stall limit
    assert w.deadline <= w.started + 10 * STALL_FACTOR


def test_a_job_that_used_its_cpu_seconds_is_stopped(sleeper):
    assert _at(sleeper, timeout=10, wall_used=11, cpu_used=10.5).overran() is True


def test_a_job_computing_nothing_is_stopped_after_the_stall_limit(sleeper):
    assert _at(sleeper, timeout=10, wall_used=10 * STALL_FACTOR + 1, cpu_used=0).overran() is True


def test_a_job_before_its_deadline_is_never_stopped(sleeper):
    assert _at(sleeper, timeout=10, wall_used=1, cpu_used=0).overran() is False


def test_without_cpu_time_the_limit_is_wall_time(sleeper):
    w = _at(sleeper, timeout=10, wall_used=11, cpu_used=0)
    w.cpu_at_start = None  # a platform that does not tell another process's CPU time
    assert w.overran() is True
