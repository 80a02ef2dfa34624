"""Ingest end to end through the CLI on a temporary archive: formats, incremental runs, bad input, originals."""

import hashlib
import json
import os
import shutil
import sqlite3
from pathlib import Path

import docx
import openpyxl
import pytest
from conftest import CJK_FONT, CORPORA_OFFICE, needs_corpora, needs_soffice
from PIL import Image

from archive.errors import EXIT_INPUTS_REJECTED

MINUTES = """2025年3月支部委员会会议记录
会议时间：2025年3月12日上午9:00
地点：社区党群服务中心二楼会议室
主持人：李建国
记录人：刘芳
应到人数：7人　实到人数：6人
缺席人员及原因：赵丽华（外出学习）
议题：传达2月28日街道党工委会议精神；研究春季志愿服务安排
会议内容：李建国传达了街道会议精神，支委讨论了三月份党员志愿服务活动安排。
"""


def _sha(p: Path) -> str:
    return hashlib.sha256(p.read_bytes()).hexdigest()


def _make_docx(path: Path, text: str) -> None:
    d = docx.Document()
    for line in text.strip().splitlines():
        d.add_paragraph(line)
    path.parent.mkdir(parents=True, exist_ok=True)
    d.save(path)


def _make_ledger(path: Path) -> None:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "2025年党费"
    ws.append(["幸福里社区党支部2025年党费收缴台帐"])
    ws.append(["姓名"] + [f"{m}月" for m in range(1, 13)] + ["备注"])
    ws.append(["王秀兰", 20, 20, 20, None, None, None, 20, 20, 20, 20, 20, 20, "4-6月欠交"])
    ws.append(["李建国"] + [30] * 12 + [""])
    path.parent.mkdir(parents=True, exist_ok=True)
    wb.save(path)


@pytest.fixture
def archive_dir(tmp_path, cli_run):
    root = tmp_path / "档案"
    assert cli_run("init", str(root), "--org", "幸福里社区党支部", "--year", "2025")[0] == 0
    _make_docx(root / "2025年党建资料" / "三会一课" / "新建 Microsoft Word 文档 (3).docx", MINUTES)
    _make_ledger(root / "2025年党建资料" / "党费" / "党费.xlsx")
    (root / "文本").mkdir()
    (root / "文本" / "志愿服务登记.txt").write_bytes("2025年4月15日 党员志愿服务登记：王秀兰、张伟".encode("gb18030"))
    img = Image.new("RGB", (64, 48), "white")
    exif = Image.Exif()
    exif.get_ifd(0x8769)[36867] = "2025:04:15 10:22:33"
    (root / "微信图片").mkdir()
    img.save(root / "微信图片" / "IMG_20250301_080000.jpg", exif=exif)
    img.save(root / "微信图片" / "微信图片_20250520102233.jpg")
    return root


def _ingest(cli_run, root, *extra):
    code, out, err = cli_run("--archive", str(root), "ingest", "--json", "--no-ocr", *extra)
    return code, json.loads(out), err


def _listing(cli_run, root, *extra):
    code, out, _ = cli_run("--archive", str(root), "list", "--json", *extra)
    assert code == 0
    return {e["path"]: e for e in json.loads(out)}


def test_first_ingest_catalogs_every_file_with_kind_and_date(archive_dir, cli_run):
    before = {p: _sha(p) for p in archive_dir.rglob("*") if p.is_file() and ".taizhang" not in p.parts}
    code, summary, _ = _ingest(cli_run, archive_dir)
    assert code == 0
    assert summary == {"added": 5, "updated": 0, "unchanged": 0, "removed": 0, "duplicates": [], "failed": [],
                       "unreadable": [], "waiting_ocr": 2, "skipped": []}  # the two photos wait for OCR
    items = _listing(cli_run, archive_dir)
    minutes = items["2025年党建资料/三会一课/新建 Microsoft Word 文档 (3).docx"]
    assert set(minutes) >= {"path", "sha256", "kind", "meeting_type", "date", "date_source", "title", "pages",
                            "ocr", "duplicate_of", "error", "fields"}
    assert (minutes["kind"], minutes["meeting_type"]) == ("会议记录", "支部委员会")
    assert (minutes["date"], minutes["date_source"]) == ("2025-03-12", "content")
    assert minutes["fields"]["主持人"] == "李建国" and minutes["fields"]["实到人数"] == 6
    assert items["2025年党建资料/党费/党费.xlsx"]["kind"] == "党费台帐"
    assert items["微信图片/IMG_20250301_080000.jpg"]["date"] == "2025-04-15"  # EXIF beats the file name
    assert items["微信图片/IMG_20250301_080000.jpg"]["date_source"] == "exif"
    assert items["微信图片/微信图片_20250520102233.jpg"]["date_source"] == "filename"
    assert items["文本/志愿服务登记.txt"]["date"] == "2025-04-15"
    after = {p: _sha(p) for p in before}
    assert before == after, "ingest must never modify an original"


def test_second_run_on_unchanged_archive_reads_nothing(archive_dir, cli_run):
    _ingest(cli_run, archive_dir)
    from archive.pipelines.ingest import ingest
    from archive.workspace import open_workspace
    report = ingest(open_workspace(archive_dir), ocr=False)
    assert report.extracted == 0 and report.unchanged == 5
    code, summary, _ = _ingest(cli_run, archive_dir)
    assert summary["unchanged"] == 5 and summary["added"] == 0


def test_touched_but_unchanged_file_is_not_reread(archive_dir, cli_run):
    _ingest(cli_run, archive_dir)
    p = archive_dir / "文本" / "志愿服务登记.txt"
    os.utime(p, (1_800_000_000, 1_800_000_000))
    from archive.pipelines.ingest import ingest
    from archive.workspace import open_workspace
    report = ingest(open_workspace(archive_dir), ocr=False)
    assert report.extracted == 0 and report.unchanged == 5


def test_changed_file_is_reread(archive_dir, cli_run):
    _ingest(cli_run, archive_dir)
    _make_docx(archive_dir / "2025年党建资料" / "三会一课" / "新建 Microsoft Word 文档 (3).docx",
               MINUTES.replace("2025年3月12日", "2025年4月9日").replace("3月支部", "4月支部"))
    code, summary, _ = _ingest(cli_run, archive_dir)
    assert summary["updated"] == 1 and summary["unchanged"] == 4
    assert _listing(cli_run, archive_dir)["2025年党建资料/三会一课/新建 Microsoft Word 文档 (3).docx"]["date"] == "2025-04-09"


def _file_to_item(root: Path, rel: str, item: str) -> None:
    conn = sqlite3.connect(root / ".taizhang" / "catalog.sqlite")
    with conn:
        eid = conn.execute("SELECT id FROM evidence WHERE path = ?", (rel,)).fetchone()[0]
        conn.execute("INSERT INTO filings (evidence_id, rubric_id, item_id, source, at) "
                     "VALUES (?, 'seed000', ?, 'manual', '2025-12-01')", (eid, item))
    conn.close()


def _row(root: Path, sql: str, *args):
    conn = sqlite3.connect(root / ".taizhang" / "catalog.sqlite")
    try:
        return conn.execute(sql, args).fetchall()
    finally:
        conn.close()


def test_rename_keeps_identity_and_filings(archive_dir, cli_run):
    _ingest(cli_run, archive_dir)
    old = "2025年党建资料/党费/党费.xlsx"
    _file_to_item(archive_dir, old, "14")
    (old_id,) = _row(archive_dir, "SELECT id FROM evidence WHERE path = ?", old)[0]
    shutil.move(archive_dir / old, archive_dir / "2025年党建资料" / "2025年党费收缴台帐.xlsx")
    code, summary, _ = _ingest(cli_run, archive_dir)
    assert summary["updated"] == 1 and summary["added"] == 0 and summary["removed"] == 0
    new_id = _row(archive_dir, "SELECT id FROM evidence WHERE path = ?", "2025年党建资料/2025年党费收缴台帐.xlsx")
    assert new_id == [(old_id,)]
    assert _row(archive_dir, "SELECT item_id FROM filings WHERE evidence_id = ?", old_id) == [("14",)]


def test_deleted_file_is_marked_gone_and_its_filing_kept(archive_dir, cli_run):
    _ingest(cli_run, archive_dir)
    rel = "文本/志愿服务登记.txt"
    _file_to_item(archive_dir, rel, "13")
    (archive_dir / rel).unlink()
    code, summary, _ = _ingest(cli_run, archive_dir)
    assert summary["removed"] == 1
    assert rel not in _listing(cli_run, archive_dir)
    assert _row(archive_dir, "SELECT gone FROM evidence WHERE path = ?", rel) == [(1,)]
    assert _row(archive_dir, "SELECT count(*) FROM filings f JOIN evidence e ON e.id = f.evidence_id "
                             "WHERE e.path = ?", rel) == [(1,)]


def test_exact_copy_is_recorded_as_duplicate_of_the_first(archive_dir, cli_run):
    _ingest(cli_run, archive_dir)
    src = archive_dir / "2025年党建资料" / "党费" / "党费.xlsx"
    (archive_dir / "备份").mkdir()
    shutil.copy(src, archive_dir / "备份" / "党费 - 副本.xlsx")
    code, summary, _ = _ingest(cli_run, archive_dir)
    assert summary["duplicates"] == [{"path": "备份/党费 - 副本.xlsx", "duplicate_of": "2025年党建资料/党费/党费.xlsx"}]
    listed = _listing(cli_run, archive_dir)["备份/党费 - 副本.xlsx"]
    assert listed["duplicate_of"] == "2025年党建资料/党费/党费.xlsx" and listed["kind"] == "党费台帐"


def test_a_copys_dated_name_dates_its_original_when_it_says_more(archive_dir, cli_run):
    """A copier names its copy "20251222.txt"; the original ("扫描0016.txt", read first) names only its year in
    its text. The copy's day dates both; a copy named with another year, or one added later and saying less, does not."""
    summary = "幸福里社区党支部2025年度工作总结\n一年来，支部召开支委会12次。".encode()
    (archive_dir / "扫描件").mkdir()
    (archive_dir / "扫描件" / "扫描0016.txt").write_bytes(summary)
    (archive_dir / "计划总结").mkdir()
    (archive_dir / "计划总结" / "20251222.txt").write_bytes(summary)
    (archive_dir / "计划总结" / "20240105.txt").write_bytes(summary)  # another year: says nothing of this paper
    _ingest(cli_run, archive_dir)
    listed = _listing(cli_run, archive_dir)
    for path in ("扫描件/扫描0016.txt", "计划总结/20251222.txt", "计划总结/20240105.txt"):
        assert (listed[path]["date"], listed[path]["date_source"]) == ("2025-12-22", "filename"), path
    assert listed["计划总结/20251222.txt"]["duplicate_of"] == "扫描件/扫描0016.txt"

    (archive_dir / "计划总结" / "202512.txt").write_bytes(summary)  # a month: less than the day already known
    _ingest(cli_run, archive_dir)
    assert _listing(cli_run, archive_dir)["扫描件/扫描0016.txt"]["date"] == "2025-12-22"


def test_bad_inputs_are_recorded_and_the_batch_goes_on(archive_dir, cli_run, tmp_path):
    bad = archive_dir / "备份"
    bad.mkdir()
    good = archive_dir / "2025年党建资料" / "三会一课" / "新建 Microsoft Word 文档 (3).docx"
    (bad / "坏文件.docx").write_bytes(good.read_bytes()[:300])
    (bad / "空白.docx").write_bytes(b"")
    (bad / "程序.exe").write_bytes(b"MZ\x90\x00" + bytes(200))
    outside = tmp_path / "外部.txt"
    outside.write_text("外部文件", encoding="utf-8")
    os.symlink(outside, bad / "链接.txt")
    code, summary, _ = _ingest(cli_run, archive_dir)
    assert code == EXIT_INPUTS_REJECTED
    reasons = {f["path"]: f["reason"] for f in summary["failed"]}
    assert reasons["备份/坏文件.docx"].startswith("损坏")
    assert reasons["备份/空白.docx"].startswith("空文件")
    assert reasons["备份/程序.exe"].startswith("不支持的格式")
    assert reasons["备份/链接.txt"].startswith("链接指向档案目录之外")
    assert summary["added"] == 5  # the readable ones; the unreadable ones are recorded with their reason, not added
    assert {f["path"] for f in summary["unreadable"]} == set(reasons)
    listed = _listing(cli_run, archive_dir)
    assert listed["备份/坏文件.docx"]["error"] == "损坏"
    assert listed["2025年党建资料/党费/党费.xlsx"]["error"] is None


def test_per_file_time_limit_stops_a_slow_read_and_continues(archive_dir, cli_run, monkeypatch):
    # The limit counts CPU seconds, which the system reads in clock ticks (10 ms): a quick read shows none yet, and
    # the pool would leave it MIN_RECHECK_SECONDS more, long enough for a quick file to finish. Asking again at once
    # lets the wall-time bound (STALL_FACTOR × the limit) decide, whatever the machine's speed.
    from archive.pipelines import pool

    monkeypatch.setattr(pool, "MIN_RECHECK_SECONDS", 0.0)
    cfg = archive_dir / "taizhang.toml"
    cfg.write_text(cfg.read_text(encoding="utf-8").replace("parse_timeout_seconds = 120.0",
                                                           "parse_timeout_seconds = 0.0001"), encoding="utf-8")
    code, summary, _ = _ingest(cli_run, archive_dir)
    assert code == EXIT_INPUTS_REJECTED
    # A read that ends before the pool first looks at it is kept (one of five sometimes does on a quick machine):
    # every file is either read or stopped as too slow, and the batch goes on past each one stopped.
    assert summary["failed"] and all(f["reason"].startswith("读取超时") for f in summary["failed"])
    assert len(summary["failed"]) + summary["added"] == 5


def test_outputs_and_state_are_never_scanned(archive_dir, cli_run):
    (archive_dir / "输出").mkdir()
    _make_docx(archive_dir / "输出" / "自评表.docx", "自评表")
    code, summary, _ = _ingest(cli_run, archive_dir)
    assert summary["added"] == 5
    assert not any(p.startswith(("输出/", ".taizhang/")) for p in _listing(cli_run, archive_dir))


def test_ingest_of_one_folder_leaves_the_rest_alone(archive_dir, cli_run):
    _ingest(cli_run, archive_dir)
    (archive_dir / "文本" / "志愿服务登记.txt").unlink()
    code, summary, _ = _ingest(cli_run, archive_dir, str(archive_dir / "微信图片"))
    assert summary["removed"] == 0 and summary["unchanged"] == 2


def test_list_filters_by_kind(archive_dir, cli_run):
    _ingest(cli_run, archive_dir)
    assert list(_listing(cli_run, archive_dir, "--kind", "党费台帐")) == ["2025年党建资料/党费/党费.xlsx"]


LEGACY = {
    "会议记录.doc": CORPORA_OFFICE / "会议记录.doc",
    "test.wps": CORPORA_OFFICE / "test.wps",
}


@pytest.mark.slow
@needs_corpora
@needs_soffice
def test_legacy_files_wait_for_libreoffice_then_are_read(archive_dir, cli_run, monkeypatch):
    for name, src in LEGACY.items():
        shutil.copy(src, archive_dir / name)
    shutil.copy(CORPORA_OFFICE / "签到表.xls", archive_dir / "签到表.xls")
    monkeypatch.setenv("TAIZHANG_SOFFICE", "")
    code, summary, _ = _ingest(cli_run, archive_dir)
    assert code == EXIT_INPUTS_REJECTED
    reasons = {f["path"]: f["reason"] for f in summary["failed"]}
    assert set(reasons) == set(LEGACY)
    assert all(r.startswith("需要安装LibreOffice才能读取此格式") for r in reasons.values())
    listed = _listing(cli_run, archive_dir)
    assert listed["签到表.xls"]["error"] is None  # .xls needs no LibreOffice
    assert listed["会议记录.doc"]["error"] == "需要安装LibreOffice才能读取此格式"

    monkeypatch.delenv("TAIZHANG_SOFFICE")
    code, summary, _ = _ingest(cli_run, archive_dir)
    assert code == 0, summary
    assert summary["updated"] == 2 and summary["failed"] == []
    listed = _listing(cli_run, archive_dir)
    for name in LEGACY:
        assert listed[name]["error"] is None and listed[name]["kind"], listed[name]
    code, summary, _ = _ingest(cli_run, archive_dir)
    assert summary["updated"] == 0 and summary["unchanged"] == 8


@pytest.mark.slow
def test_photos_ingested_without_ocr_are_read_later(archive_dir, cli_run):
    from PIL import ImageDraw, ImageFont
    img = Image.new("RGB", (900, 200), "white")
    font = ImageFont.truetype(CJK_FONT, 64)
    ImageDraw.Draw(img).text((30, 60), "主题党日活动", fill="black", font=font)
    img.save(archive_dir / "微信图片" / "mmexport1741746000000.jpg", quality=92)
    code, summary, _ = _ingest(cli_run, archive_dir)  # --no-ocr
    rel = "微信图片/mmexport1741746000000.jpg"
    listed = _listing(cli_run, archive_dir)[rel]
    assert listed["ocr"] is False and listed["date"] == "2025-03-12" and listed["date_source"] == "filename"
    code, out, _ = cli_run("--archive", str(archive_dir), "ingest", "--json")
    assert json.loads(out)["updated"] == 3  # every photo skipped OCR in the first run; the rest are unchanged
    listed = _listing(cli_run, archive_dir)[rel]
    assert listed["ocr"] is True and listed["meeting_type"] == "主题党日"
    code, out, _ = cli_run("--archive", str(archive_dir), "ingest", "--json")
    assert json.loads(out)["updated"] == 0


def test_copy_stands_on_its_own_when_the_original_changes(archive_dir, cli_run):
    src = archive_dir / "文本" / "志愿服务登记.txt"
    _ingest(cli_run, archive_dir)
    shutil.copy(src, archive_dir / "文本" / "志愿服务登记 - 副本.txt")
    code, summary, _ = _ingest(cli_run, archive_dir)
    assert summary["duplicates"] == [{"path": "文本/志愿服务登记 - 副本.txt", "duplicate_of": "文本/志愿服务登记.txt"}]
    src.write_bytes("2025年5月20日 共建活动登记：李建国".encode("gb18030"))
    code, summary, _ = _ingest(cli_run, archive_dir)
    assert summary["updated"] == 1
    listed = _listing(cli_run, archive_dir)
    assert listed["文本/志愿服务登记 - 副本.txt"]["duplicate_of"] is None
    code, out, _ = cli_run("--archive", str(archive_dir), "search", "张伟", "--json")
    assert [h["path"] for h in json.loads(out)] == ["文本/志愿服务登记 - 副本.txt"]
