"""Two processes at once: a second writer waits (saying so in Chinese) or exits 6 after its wait; readers (search,
list, status, report) never fail while an ingest writes; SQLite's "database is locked" is exit 6, never a traceback.
"""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest
from test_crash import write_year

from archive.workspace import init_workspace

READERS = [
    ["search", "--json", "支部委员会"],
    ["list", "--json"],
    ["status", "--json"],
]


def start(root: Path, *args: str) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-m", "archive", "--archive", str(root), *args], stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True)


def finish(proc: subprocess.Popen, timeout: float = 300) -> tuple[int, str, str]:
    out, err = proc.communicate(timeout=timeout)
    return proc.returncode, out, err


def wait_for_lock_holder(root: Path, proc: subprocess.Popen, timeout: float = 60) -> None:
    """Until the writer has taken the archive's writer lock (the lock file names its holder)."""
    lock = root / ".taizhang" / "writer.lock"
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            pytest.fail("the first ingest ended before the second one started: make the archive bigger")
        try:
            if lock.exists() and str(proc.pid) in lock.read_text(encoding="utf-8", errors="replace"):
                return
        except OSError:
            pass
        time.sleep(0.05)
    pytest.fail("the ingest never took the writer lock")


def _write_busy_archive(root: Path) -> None:
    init_workspace(root, "seed000", "测试社区", 2025)
    write_year(root, range(1, 13))  # 72 files: an ingest that lasts long enough to be overlapped


@pytest.fixture
def busy_archive(tmp_path, tmp_path_factory) -> Path:
    """A new archive holding 72 files, not ingested yet: a copy of the one written once per test run (conftest)."""
    from conftest import shared_archive

    return shared_archive(tmp_path_factory, "busy-archive", _write_busy_archive, tmp_path / "档案")


def set_wait(root: Path, seconds: float) -> None:
    with open(root / "taizhang.toml", "a", encoding="utf-8") as fh:
        fh.write(f"\n[locking]\nwait_seconds = {seconds}\n")


def test_second_ingest_exits_6_after_its_wait(busy_archive):
    """The writer lock is held (here by this process, as a running ingest holds it, for as long as the test needs:
    no race with how fast an ingest is): a second ingest waits its 0.5 s and exits 6, then runs once it is free."""
    from archive.locking import writer_lock
    from archive.workspace import open_workspace

    set_wait(busy_archive, 0.5)
    with writer_lock(open_workspace(busy_archive), wait_seconds=0, command="ingest"):
        code, out, err = finish(start(busy_archive, "ingest", "--no-ocr"))
    assert code == 6, err
    assert "另一个" in err and "Traceback" not in err
    assert finish(start(busy_archive, "ingest", "--no-ocr"))[0] == 0


def test_second_ingest_waits_then_runs(busy_archive):
    """While the writer lock is held (here by this process, until the waiting ingest has said so: no race with how
    fast an ingest is), an ingest waits, saying so in Chinese; once the lock is free it does its work."""
    import threading

    from archive.locking import writer_lock
    from archive.workspace import open_workspace

    set_wait(busy_archive, 240)
    err_lines: list[str] = []
    said_waiting = threading.Event()

    def read_stderr(stream) -> None:
        for line in stream:
            err_lines.append(line)
            if "等待" in line:
                said_waiting.set()

    with writer_lock(open_workspace(busy_archive), wait_seconds=0, command="ingest"):
        second = start(busy_archive, "ingest", "--no-ocr", "--json")
        reader = threading.Thread(target=read_stderr, args=(second.stderr,), daemon=True)
        reader.start()
        assert said_waiting.wait(timeout=180), "".join(err_lines)
    out2 = second.stdout.read()
    code2 = second.wait(timeout=300)
    reader.join(timeout=60)
    err2 = "".join(err_lines)
    assert code2 == 0, err2
    assert "Traceback" not in err2
    report = json.loads(out2)
    assert report["added"] == 72  # it did the work once the lock was free


def test_readers_never_fail_while_ingest_writes(busy_archive, tmp_path):
    # a first ingest so that readers have a catalog and an index; then a re-read of every file (new content)
    assert finish(start(busy_archive, "ingest", "--no-ocr"))[0] == 0
    for p in (busy_archive / "2025年党建资料").glob("*.txt"):
        p.write_text(p.read_text(encoding="utf-8") + "\n补充说明：已整改。", encoding="utf-8")
    writer = start(busy_archive, "ingest", "--no-ocr", "--jobs", "1")
    wait_for_lock_holder(busy_archive, writer)
    results = []
    rounds = 0
    while writer.poll() is None and rounds < 3:
        readers = [start(busy_archive, *args) for args in READERS]
        readers.append(start(busy_archive, "report", "gaps", "-o", str(tmp_path / f"缺失{rounds}.docx")))
        results.extend((r.args[4:], *finish(r)) for r in readers)
        rounds += 1
    assert finish(writer)[0] == 0
    assert results
    for args, code, out, err in results:
        assert code == 0, (args, err[-1500:])
        assert "Traceback" not in err and "locked" not in err, (args, err[-1500:])
        if "--json" in args:
            json.loads(out)


def test_database_locked_is_exit_6_not_a_traceback(cli_run, busy_archive, monkeypatch):
    """Another program holds the catalog's write lock past SQLite's busy timeout: a Chinese exit 6. The command runs
    in this process, with a busy timeout of one second instead of ten (what happens after it is the same, and the
    test's worker does not sit idle for ten seconds)."""
    from archive.catalog import db

    monkeypatch.setattr(db, "BUSY_TIMEOUT_MS", 1000)
    for p in sorted((busy_archive / "2025年党建资料").iterdir())[6:]:
        p.unlink()
    code, _, err = cli_run("--archive", str(busy_archive), "ingest", "--no-ocr")
    assert code == 0, err
    holder = sqlite3.connect(busy_archive / ".taizhang" / "catalog.sqlite", isolation_level=None, timeout=1)
    holder.execute("BEGIN EXCLUSIVE")
    try:
        target = sorted(p.name for p in (busy_archive / "2025年党建资料").iterdir())[0]
        code, out, err = cli_run("--archive", str(busy_archive), "file", f"2025年党建资料/{target}", "--item", "2")
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    assert code == 6, (out, err)
    assert "目录数据库正被另一个" in err and "Traceback" not in err
