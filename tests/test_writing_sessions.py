"""Every decision write holds the archive's writer lock: writing sessions (archive/handle.py), the page's writes
during another writer's session, and two writers through the library."""

from __future__ import annotations

import re
import sqlite3
import threading
from pathlib import Path

import pytest
from conftest import one_meeting_archive

from archive.catalog import connect
from archive.errors import WriteWithoutLock
from archive.handle import Archive
from archive.locking import ArchiveBusy
from archive.workspace import open_workspace


@pytest.fixture()
def arc(tmp_path: Path) -> Path:
    return one_meeting_archive(tmp_path / "幸福里")


def _filings(root: Path) -> list[tuple]:
    conn = sqlite3.connect(root / ".taizhang" / "catalog.sqlite")
    try:
        return conn.execute("SELECT e.path, f.item_id, f.source FROM filings f JOIN evidence e ON e.id = f.evidence_id "
                            "ORDER BY 1, 2").fetchall()
    finally:
        conn.close()


def test_a_decision_write_outside_a_writing_session_is_refused(arc):
    from archive.assess import set_override
    from archive.filing import file_evidence, unfile_evidence

    ws = open_workspace(arc)
    conn = connect(ws.catalog_path)
    try:
        with pytest.raises(WriteWithoutLock):
            file_evidence(ws, conn, ["材料/说明.txt"], ["2"])
        with pytest.raises(WriteWithoutLock):
            unfile_evidence(ws, conn, "材料/支委会.txt", "8")
        with pytest.raises(WriteWithoutLock):
            set_override(ws, conn, "2", "covered", note="x")
    finally:
        conn.close()
    assert ("材料/说明.txt", "2", "manual") not in _filings(arc)
    with Archive(ws).writing("file") as conn:
        file_evidence(ws, conn, ["材料/说明.txt"], ["2"])
    assert ("材料/说明.txt", "2", "manual") in _filings(arc)


def test_two_writers_through_the_library_take_turns(arc):
    """A second writing session waits for the first; with no wait left it is refused, naming the holder."""
    archive = Archive(open_workspace(arc))
    with archive.writing("ingest"):
        with pytest.raises(ArchiveBusy) as busy:
            with Archive(open_workspace(arc)).writing("file", wait_seconds=0):
                pass
        assert "taizhang ingest" in busy.value.message
    released = threading.Event()
    second_done = threading.Event()

    def second() -> None:
        with Archive(open_workspace(arc)).writing("file", wait_seconds=120):
            assert released.is_set()  # it got the lock only after the first session ended
        second_done.set()

    with archive.writing("ingest"):
        worker = threading.Thread(target=second)
        worker.start()
        released.set()
    worker.join(timeout=120)
    assert second_done.is_set()


def test_a_page_write_during_an_ingest_says_try_again_and_loses_nothing(arc, monkeypatch):
    from archive.web import create_app, data

    monkeypatch.setattr(data, "WEB_WRITE_WAIT_SECONDS", 0.0)
    app = create_app(open_workspace(arc))
    client = app.test_client()
    token = re.search(r'name="csrf_token" value="([^"]+)"', client.get("/item/2").get_data(as_text=True)).group(1)
    form = {"csrf_token": token, "path": "材料/说明.txt", "item": "2"}
    with Archive(open_workspace(arc)).writing("ingest"):
        response = client.post("/action/file", data=form)
        assert response.status_code == 503
        page = response.get_data(as_text=True)
        assert "档案正忙，请稍后再试" in page and "本次修改没有保存" in page and "Traceback" not in page
    assert ("材料/说明.txt", "2", "manual") not in _filings(arc)
    response = client.post("/action/file", data=form)  # the writer is gone: the same form now goes through
    assert response.status_code in (200, 302, 303)
    assert ("材料/说明.txt", "2", "manual") in _filings(arc)


def test_suggest_is_a_pure_ranking(arc):
    """Ranking writes nothing: the folder filings are applied by the writers."""
    from archive.filing import suggest

    ws = open_workspace(arc)
    before = _filings(arc)
    conn = connect(ws.catalog_path)
    try:
        suggest(ws, conn)
    finally:
        conn.close()
    assert _filings(arc) == before
