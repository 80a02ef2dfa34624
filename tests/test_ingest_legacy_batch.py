"""Ingest converts the Word 97/WPS documents it reads in one LibreOffice run, started before the other files are
read, and reads them after it (their jobs held back in the worker pool); what the run did not convert is converted
file by file as before, and the catalog is the same either way."""

from __future__ import annotations

import hashlib
import shutil
import stat
import subprocess
import time
from pathlib import Path

import docx
import pytest

from archive.extract import legacy
from archive.extract.base import ExtractContext
from archive.limits import Limits
from archive.pipelines.ingest import ingest
from archive.pipelines.pool import run_jobs
from archive.pipelines.worker import Failure, Job
from archive.workspace import init_workspace

SOFFICE = shutil.which("soffice") or shutil.which("libreoffice")
NEEDS_SOFFICE = pytest.mark.skipif(SOFFICE is None, reason="未安装 LibreOffice（soffice），无法读取 .doc")
MEETINGS = {"3月支委会.doc": "2025年3月12日支部委员会会议记录，研究发展党员工作",
            "4月支委会.doc": "2025年4月9日支部委员会会议记录，学习党章",
            "党员大会.wps": "2025年6月20日党员大会会议记录，选举支部委员"}


def _make_legacy_files(folder: Path) -> None:
    """Word 97 documents made by LibreOffice from .docx (a .wps holds the same Word 97 stream), into `folder`."""
    src = folder / "src"
    src.mkdir()
    for name, text in MEETINGS.items():
        d = docx.Document()
        d.add_paragraph(text)
        d.save(str(src / f"{Path(name).stem}.docx"))
    subprocess.run([SOFFICE, "--headless", f"-env:UserInstallation={(folder / 'profile').as_uri()}", "--convert-to",
                    "doc", "--outdir", str(src), *sorted(str(p) for p in src.glob("*.docx"))],
                   capture_output=True, timeout=180, check=True)
    for name in MEETINGS:
        shutil.move(src / f"{Path(name).stem}.doc", folder / name)
    shutil.rmtree(src)
    shutil.rmtree(folder / "profile", ignore_errors=True)


@pytest.fixture(scope="module")
def made_legacy(tmp_path_factory) -> Path:
    """The Word 97/WPS files, written by LibreOffice once for the module: the tests copy them."""
    folder = tmp_path_factory.mktemp("legacy")
    _make_legacy_files(folder)
    return folder


def _legacy_files(folder: Path, made: Path) -> None:
    """A copy of the module's Word 97/WPS files in `folder`/档案."""
    for name in MEETINGS:
        shutil.copyfile(made / name, folder / "档案" / name)


def _counting_soffice(folder: Path) -> Path:
    """A soffice that writes one line per run before starting the real one."""
    log = folder / "runs.log"
    script = folder / "soffice-counting"
    script.write_text(f'#!/bin/sh\necho run >> "{log}"\nexec "{SOFFICE}" "$@"\n', encoding="utf-8")
    script.chmod(script.stat().st_mode | stat.S_IXUSR)
    return log


@NEEDS_SOFFICE
def test_word97_and_wps_documents_are_converted_in_one_run(tmp_path, monkeypatch, made_legacy):
    (tmp_path / "档案").mkdir()
    _legacy_files(tmp_path, made_legacy)
    (tmp_path / "档案" / "通知.txt").write_text("关于召开主题党日活动的通知", encoding="utf-8")
    log = _counting_soffice(tmp_path)
    monkeypatch.setenv("TAIZHANG_SOFFICE", str(tmp_path / "soffice-counting"))
    ws = init_workspace(tmp_path / "档案", "seed000", "幸福里社区党支部", 2025)
    report = ingest(ws, ocr=False, workers=1)
    assert report.failed == [] and len(report.added) == 4
    assert log.read_text().count("run") == 1
    from archive.catalog import connect

    conn = connect(ws.catalog_path)
    texts = dict(conn.execute("SELECT path, text FROM evidence"))
    conn.close()
    for name, text in MEETINGS.items():
        assert text in texts[name]
    assert not list((ws.cache_dir / "tmp").iterdir())  # the batch's private folder is gone


@NEEDS_SOFFICE
def test_the_batch_reads_the_same_as_one_file_at_a_time(tmp_path, monkeypatch, made_legacy):
    (tmp_path / "档案").mkdir()
    _legacy_files(tmp_path, made_legacy)
    one_by_one = tmp_path / "逐个"
    shutil.copytree(tmp_path / "档案", one_by_one)
    together = init_workspace(tmp_path / "档案", "seed000", "幸福里社区党支部", 2025)
    alone = init_workspace(one_by_one, "seed000", "幸福里社区党支部", 2025)
    ingest(together, ocr=False)
    monkeypatch.setattr(legacy, "BATCH_MIN_FILES", 10)  # no batch: each file converted by its own reader
    ingest(alone, ocr=False)
    from archive.catalog import connect

    def rows(ws):
        conn = connect(ws.catalog_path)
        out = {r[0]: r[1:] for r in conn.execute("SELECT path, text, kind, meeting_type, date, fields, tables FROM "
                                                 "evidence")}
        conn.close()
        return out

    assert rows(together) == rows(alone)


def test_nothing_to_batch_starts_nothing(tmp_path):
    cache = tmp_path / "cache"
    doc = tmp_path / "一份.doc"
    doc.write_bytes(b"x" * 100)
    files = [(doc, "a" * 64), (tmp_path / "照片.jpg", "b" * 64)]
    assert legacy.start_batch(files, cache, SOFFICE or "soffice", Limits()) is None  # one Word file only
    assert legacy.start_batch(files + [(tmp_path / "两份.doc", "c" * 64)], cache, "", Limits()) is None  # no soffice


def test_a_batch_that_outlives_its_limit_is_stopped_and_lets_its_files_go(tmp_path):
    slow = tmp_path / "slow-soffice"
    slow.write_text("#!/bin/sh\nsleep 60\n", encoding="utf-8")
    slow.chmod(slow.stat().st_mode | stat.S_IXUSR)
    files = []
    for n in range(2):
        path = tmp_path / f"记录{n}.doc"
        path.write_bytes(f"记录{n}".encode())
        files.append((path, hashlib.sha256(path.read_bytes()).hexdigest()))
    batch = legacy.start_batch(files, tmp_path / "cache", str(slow), Limits(soffice_timeout_seconds=0.5))
    assert batch is not None and not batch.done()
    start = time.monotonic()
    while not batch.done():
        time.sleep(0.05)
    assert time.monotonic() - start < 5
    assert batch.proc.poll() is not None and batch.converted == 0
    assert not (tmp_path / "cache" / legacy.CONVERTED_SUBDIR).exists()


def test_a_held_back_job_waits_for_the_others(tmp_path):
    paths = []
    for name in ("甲.txt", "乙.txt", "丙.txt"):
        (tmp_path / name).write_text(f"{name}的会议记录", encoding="utf-8")
        paths.append(tmp_path / name)
    ctx = ExtractContext(limits=Limits(), cache_dir=tmp_path / "cache", thumbs_dir=tmp_path / "thumbs", sha256="x",
                         ocr=False)
    jobs = [Job(n, p, p.name, p.stat().st_mtime_ns / 1e9, ctx) for n, p in enumerate(paths)]
    finished: list[int] = []
    for job, out in run_jobs(jobs, 1, 30, ready=lambda job: job.key != 0 or len(finished) == 2):
        assert not isinstance(out, Failure)
        finished.append(job.key)
    assert finished == [1, 2, 0]
