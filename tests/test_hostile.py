"""Hostile evidence through the whole `taizhang ingest`: every bad file gets a Chinese reason, memory stays bounded,
the batch goes on, originals are unchanged, no external entity's text reaches the catalog or the index, exit 3."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import threading
import time
from pathlib import Path

import psutil
import pytest
from conftest import needs_corpus_file
from hostile import CORPUS_DOC_PARTS, OLE_CASE, SECRET_WORD, build_hostile
from PIL import Image

from archive.catalog import connect
from archive.extract.base import ExtractContext
from archive.fsutil import sha256_file
from archive.pipelines.ingest import ingest
from archive.pipelines.pool import REASON_CHANGING, limit_memory, run_jobs
from archive.pipelines.search import SearchFilters, search_archive
from archive.pipelines.worker import Failure, Job
from archive.workspace import Limits, init_workspace, open_workspace

TIMEOUT_S = 45  # per-file parse limit for the hostile batch: well above any case's need on a loaded 2-core machine
WORKER_MB = 1024  # per-worker address-space limit for the hostile batch
ENTITY_FILES = {"实体/外部实体.docx", "实体/外部实体.xlsx", "实体/实体膨胀.docx", "实体/实体膨胀.xlsx"}


def taizhang(*args: str, cwd: Path | None = None, timeout: float = 120) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "archive", *args], capture_output=True, text=True, cwd=cwd,
                          timeout=timeout)


def set_limits(root: Path, **limits) -> None:
    text = (root / "taizhang.toml").read_text(encoding="utf-8")
    for key, value in limits.items():
        lines = [f"{key} = {value}" if line.startswith(f"{key} =") else line for line in text.splitlines()]
        text = "\n".join(lines) + "\n"
    (root / "taizhang.toml").write_text(text, encoding="utf-8")


def run_watching_memory(args: list[str]) -> tuple[subprocess.CompletedProcess, int]:
    """Run a command and return it with the highest RSS (bytes) any process of its tree reached."""
    proc = psutil.Popen(args, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    peak = 0
    out: dict[str, str] = {}

    def collect() -> None:
        out["stdout"], out["stderr"] = proc.communicate()

    reader = threading.Thread(target=collect)
    reader.start()
    while reader.is_alive():
        try:
            for p in [proc, *proc.children(recursive=True)]:
                try:
                    peak = max(peak, p.memory_info().rss)
                except psutil.Error:
                    pass
        except psutil.Error:
            pass
        time.sleep(0.05)
    reader.join()
    return subprocess.CompletedProcess(args, proc.returncode, out["stdout"], out["stderr"]), peak


@pytest.fixture(scope="module")
def hostile_run(tmp_path_factory):
    base = tmp_path_factory.mktemp("hostile")
    root = base / "档案"
    secret = base / "secret.txt"
    cases = build_hostile(root, secret)
    assert taizhang("init", str(root), "--org", "测试社区", "--year", "2025").returncode == 0
    set_limits(root, parse_timeout_seconds=float(TIMEOUT_S), max_worker_memory_mb=WORKER_MB)
    before = {c.rel: sha256_file(root / c.rel) for c in cases if c.regular}
    started = time.monotonic()
    result, peak = run_watching_memory([sys.executable, "-m", "archive", "--archive", str(root), "ingest", "--json",
                                        "--no-ocr"])
    elapsed = time.monotonic() - started
    after = {c.rel: sha256_file(root / c.rel) for c in cases if c.regular}
    return {"root": root, "cases": cases, "result": result, "peak": peak, "elapsed": elapsed, "before": before,
            "after": after, "secret": secret}


def _shown(rel: str) -> str:
    raw = os.fsencode(rel)
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        return "/".join(_shown_part(p) for p in rel.split("/"))


def _shown_part(part: str) -> str:
    raw = os.fsencode(part)
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        return raw.decode("gb18030", errors="replace")


def test_batch_goes_on_and_exits_3(hostile_run):
    result = hostile_run["result"]
    assert result.returncode == 3, result.stderr[-2000:]
    assert "Traceback" not in result.stderr
    report = json.loads(result.stdout)
    readable = [c for c in hostile_run["cases"] if c.reason is None]
    assert report["added"] >= len(readable)


def _failed(hostile_run) -> dict[str, str]:
    return {f["path"]: f["reason"] for f in json.loads(hostile_run["result"].stdout)["failed"]}


@pytest.mark.parametrize("rel", [
    "炸弹/压缩炸弹.docx", "炸弹/压缩炸弹.xlsx", "炸弹/十万个成员.docx", "损坏/截断.docx",
    pytest.param(OLE_CASE, marks=needs_corpus_file(*CORPUS_DOC_PARTS)),  # built from a ../shared file
    "PDF/深层嵌套.pdf", "PDF/截断的流.pdf", "PDF/加密有密码.pdf", "图片/像素炸弹.png", "图片/截断.jpg", "图片/截断.png",
    "图片/截断.heic", "空/零字节.docx", "链接/指向外面.txt", "特殊/管道",
])
def test_each_bad_file_has_its_chinese_reason(hostile_run, rel):
    case = next((c for c in hostile_run["cases"] if c.rel == rel), None)
    assert case is not None, f"build_hostile made no {rel}"
    failed = _failed(hostile_run)
    assert rel in failed, f"{case.what}: not reported as failed"
    assert failed[rel].startswith(case.reason), (case.what, failed[rel])
    assert "（" in failed[rel]  # a detail follows the reason word


def test_non_utf8_name_is_refused_with_its_gbk_reading(hostile_run):
    failed = _failed(hostile_run)
    assert failed.get("名字/旧电脑拷来的通知.txt", "").startswith("文件名编码无效")


def test_bad_files_are_catalogued_with_reason_and_no_text(hostile_run):
    conn = connect(hostile_run["root"] / ".taizhang" / "catalog.sqlite")
    try:
        rows = {r["path"]: r for r in conn.execute("SELECT path, error, error_detail, text FROM evidence")}
    finally:
        conn.close()
    for case in hostile_run["cases"]:
        if case.reason is None or not case.regular or case.reason == "文件名编码无效":
            continue  # a name that cannot be stored is reported, not catalogued
        assert case.rel in rows, case.what
        assert (rows[case.rel]["error"] or "").startswith(case.reason), (case.what, rows[case.rel]["error"])
        assert rows[case.rel]["text"] == ""


def test_readable_odd_files_are_read_and_found(hostile_run):
    root = hostile_run["root"]
    failed = _failed(hostile_run)
    for case in hostile_run["cases"]:
        if case.reason is not None:
            continue
        assert _shown(case.rel) not in failed, (case.what, failed.get(_shown(case.rel)))
        if case.searchable:  # in this process (the command's own output is test_external_entity_…'s)
            hits = search_archive(open_workspace(root), case.searchable, SearchFilters(limit=50))
            assert case.rel in [h.path for h in hits], case.what


def test_originals_unchanged(hostile_run):
    assert hostile_run["before"] == hostile_run["after"]
    assert (hostile_run["root"] / "特殊/管道").is_fifo()
    assert (hostile_run["root"] / "链接/指向外面.txt").is_symlink()
    assert hostile_run["secret"].read_text(encoding="utf-8") == SECRET_WORD


def test_memory_stays_bounded(hostile_run):
    # 1 GB bombs and 100k members never inflate: no process of the run comes near the per-worker limit
    assert hostile_run["peak"] < WORKER_MB * 1024 * 1024, hostile_run["peak"]


def test_external_entity_text_never_reaches_catalog_or_index(hostile_run):
    root = hostile_run["root"]
    state = root / ".taizhang"
    for path in state.rglob("*"):
        if path.is_file():
            data = path.read_bytes()
            assert SECRET_WORD.encode("utf-8") not in data, path
            assert SECRET_WORD.encode("utf-16-le") not in data, path
    got = taizhang("--archive", str(root), "search", "--json", SECRET_WORD[:4])
    assert got.returncode in (0, 2), got.stderr
    if got.returncode == 0:
        assert json.loads(got.stdout) == []


@pytest.mark.parametrize("rel", sorted(ENTITY_FILES))
def test_entity_declarations_are_refused_as_unsafe(hostile_run, rel):
    """OOXML parts with a DOCTYPE (entity expansion, external entities) are refused as 不安全的文件."""
    failed = _failed(hostile_run)
    assert failed.get(rel, "").startswith("不安全的文件"), failed.get(rel)


# ------------------------------------------------------------------------------------------- worker limits


def _job(key: int, path: Path, tmp: Path, limits: Limits, mtime: float | None = None) -> Job:
    ctx = ExtractContext(limits=limits, cache_dir=tmp / "cache", thumbs_dir=tmp / "thumbs", sha256="x", ocr=False)
    return Job(key, path, path.name, path.stat().st_mtime_ns / 1e9 if mtime is None else mtime, ctx)


def test_worker_memory_limit_refuses_a_ballooning_file_and_the_batch_goes_on(tmp_path):
    big = tmp_path / "大图.png"
    Image.new("RGB", (9000, 8000), (200, 10, 10)).save(big)  # 72 MP: under the pixel limit, ~216 MB decoded
    small = tmp_path / "通知.txt"
    small.write_text("正常的通知", encoding="utf-8")
    limits = Limits(max_worker_memory_mb=300)
    outcomes = {job.path.name: out for job, out in
                run_jobs([_job(0, big, tmp_path, limits), _job(1, small, tmp_path, limits)], 1, 60)}
    assert isinstance(outcomes["大图.png"], Failure)
    assert outcomes["大图.png"].reason == "过大"
    assert "内存" in outcomes["大图.png"].detail
    assert not isinstance(outcomes["通知.txt"], Failure)
    # the same file is read when the limit allows it
    roomy = Limits(max_worker_memory_mb=3072)
    (_, out), = list(run_jobs([_job(0, big, tmp_path, roomy)], 1, 60))
    assert not isinstance(out, Failure)


def test_limit_memory_caps_the_address_space():
    code = ("import sys\nfrom archive.pipelines.pool import limit_memory\nassert limit_memory(200)\n"
            "try:\n    b = bytearray(400 * 1024 * 1024)\nexcept MemoryError:\n    sys.exit(7)\n")
    assert subprocess.run([sys.executable, "-c", code]).returncode == 7
    assert limit_memory(None) is False


def test_file_changed_since_the_scan_is_reported_as_changing(tmp_path):
    path = tmp_path / "会议记录.txt"
    path.write_text("支部委员会会议记录", encoding="utf-8")
    stale = path.stat().st_mtime_ns / 1e9 - 5  # the scan saw an older version
    (_, out), = list(run_jobs([_job(0, path, tmp_path, Limits(), mtime=stale)], 1, 30))
    assert isinstance(out, Failure) and out.reason == REASON_CHANGING
    assert "重新读取" in out.detail


def test_file_rewritten_during_ingest_ends_consistent(tmp_path):
    root = tmp_path / "档案"
    init_workspace(root, "seed000", "测试社区", 2025)
    for i in range(30):
        (root / f"通知{i:02}.txt").write_text(f"普通通知 第{i}号", encoding="utf-8")
    busy = root / "正在保存.txt"
    busy.write_text("版本 0", encoding="utf-8")
    stop = threading.Event()

    def keep_writing() -> None:
        n = 0
        while not stop.is_set():
            n += 1
            busy.write_text(f"版本 {n} " + "内容" * (n % 50), encoding="utf-8")
            time.sleep(0.002)

    writer = threading.Thread(target=keep_writing)
    writer.start()
    try:
        report = ingest(open_workspace(root), ocr=False, workers=1)
    finally:
        stop.set()
        writer.join()
    assert len(report.added) + len(report.failed) >= 31
    final = busy.read_text(encoding="utf-8")
    ingest(open_workspace(root), ocr=False, workers=1)  # quiet now: the file is read again and agrees with itself
    conn = connect(root / ".taizhang" / "catalog.sqlite")
    try:
        row = conn.execute("SELECT sha256, text, error FROM evidence WHERE path = ?", ("正在保存.txt",)).fetchone()
    finally:
        conn.close()
    assert row["error"] is None
    assert row["sha256"] == sha256_file(busy)
    assert row["text"].strip() == final.strip()
