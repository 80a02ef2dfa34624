"""Classification end to end: kinds, dates and date precision in `list --json`, legacy Word read as its .docx twin,
hostile XML refused, and the labelled year's accuracy (slow)."""

import datetime as dt
import json
import os
import shutil
import subprocess
import zipfile
from pathlib import Path

import docx
import openpyxl
import pytest
from conftest import REPO, needs_soffice

from archive.errors import EXIT_INPUTS_REJECTED
from archive.extract.base import REASON_UNSAFE

MINUTES_ROWS = [["会议时间", "2025/6/18 下午2:30", "会议地点", "东湖社区党群服务中心三楼议事厅"],
                ["主持人", "周海燕", "记录人", "柳佳慧"], ["应到人数", "9", "实到人数", "8"],
                ["缺席人员", "陆晓峰（出差）"], ["会议议题", "研究七一主题党日活动安排"],
                ["会议内容", "周海燕同志主持会议，支委讨论了七一活动方案，会议决定6月30日开展重温入党誓词活动。"]]


def _docx(path: Path, heading: str, lines=(), rows=None) -> Path:
    d = docx.Document()
    d.add_paragraph(heading)
    if rows:
        width = max(len(r) for r in rows)
        table = d.add_table(rows=len(rows), cols=width)
        for i, row in enumerate(rows):
            for j, cell in enumerate(row):
                table.cell(i, j).text = cell
    for line in lines:
        d.add_paragraph(line)
    path.parent.mkdir(parents=True, exist_ok=True)
    d.save(path)
    return path


def _xlsx(path: Path, rows) -> Path:
    wb = openpyxl.Workbook()
    for row in rows:
        wb.active.append(row)
    path.parent.mkdir(parents=True, exist_ok=True)
    wb.save(path)
    return path


def _archive(tmp_path: Path, cli_run) -> Path:
    root = tmp_path / "档案"
    assert cli_run("init", str(root), "--org", "东湖社区党委", "--year", "2025")[0] == 0
    return root


def _ingest_and_list(cli_run, root: Path, expect_code: int = 0) -> dict[str, dict]:
    code, out, err = cli_run("--archive", str(root), "ingest", "--json", "--no-ocr")
    assert code == expect_code, (out, err)
    code, out, _ = cli_run("--archive", str(root), "list", "--json")
    assert code == 0
    return {row["path"]: row for row in json.loads(out)}


def _old_mtime(path: Path) -> None:
    stamp = dt.datetime(2023, 11, 15, 10, 0).timestamp()
    os.utime(path, (stamp, stamp))


# --- kinds and dates through the CLI ------------------------------------------------------------------------------


def test_kinds_dates_and_precision_in_list_json(tmp_path, cli_run):
    root = _archive(tmp_path, cli_run)
    files = {
        "会议/新建 Microsoft Word 文档.docx": _docx(root / "会议/新建 Microsoft Word 文档.docx", "支部委员会会议记录",
                                                 rows=MINUTES_ROWS),
        "模板/文档1.docx": _docx(root / "模板/文档1.docx", "会议记录", rows=[
            ["会议时间", "", "会议地点", ""], ["主持人", "", "记录人", ""], ["应到人数", "", "实到人数", ""],
            ["会议议题", ""], ["会议内容", ""]]),
        "帮扶/结对帮扶记录.docx": _docx(root / "帮扶/结对帮扶记录.docx", "结对帮扶记录", rows=[
            ["帮扶对象", "许阿婆（孤寡老人）"], ["帮扶党员", "孙立新"], ["帮扶时间", "2025年4月12日"],
            ["帮扶内容", "上门打扫卫生，代购降压药，联系社区医生上门随访。"]]),
        "学习/讲稿.docx": _docx(root / "学习/讲稿.docx", "传承雷锋精神 争做先锋党员——党课讲稿", [
            "主讲人：周海燕", "同志们：今天和大家一起学习雷锋精神。", "一、雷锋精神的时代内涵。"]),
        "测评/结果.docx": _docx(root / "测评/结果.docx", "关于东湖社区2025年度党建工作满意度测评结果的报告", [
            "滨湖街道党工委：", "社区党委开展了年度满意度测评，发放测评表180份，收回172份。",
            "党员群众对社区党建工作的满意度为93.0%，对书记的满意率为88.4%。", "", "东湖社区党委", "2025年12月12日"]),
        "函/反馈函.docx": _docx(root / "函/反馈函.docx", "关于在职党员参加社区活动表现情况的反馈函", [
            "区税务局第三党支部：", "贵单位在职党员2025年参加社区活动情况如下。", "东湖社区党委", "2025年12月16日"]),
        "党费/2025年党费收缴台帐.xlsx": _xlsx(root / "党费/2025年党费收缴台帐.xlsx", [
            ["东湖社区党委2025年党费收缴台帐"], ["序号", "姓名", *[f"{m}月" for m in range(1, 13)], "合计"],
            [1, "周海燕", *[30] * 12, 360], [2, "孙立新", *[20] * 12, 240]]),
        "通讯录.xlsx": _xlsx(root / "通讯录.xlsx", [
            ["东湖社区工作人员通讯录"], ["序号", "姓名", "职务", "办公电话", "手机"],
            [1, "周海燕", "书记", "6688001", "13900000001"], [2, "孙立新", "副书记", "6688002", "13900000002"]]),
        "日志.txt": root / "日志.txt",
    }
    (root / "日志.txt").write_text("2025年9月工作日志\n9月1日 开学季交通疏导\n9月3日 高龄津贴发放核对\n9月10日 教师节慰问退休教师\n",
                                   encoding="utf-8")
    for path in files.values():
        _old_mtime(path)
    rows = _ingest_and_list(cli_run, root)
    got = {rel: (rows[rel]["kind"], rows[rel]["date"], rows[rel]["date_precision"]) for rel in files}
    assert got == {
        "会议/新建 Microsoft Word 文档.docx": ("会议记录", "2025-06-18", "day"),
        "模板/文档1.docx": ("其他", "2023-11-15", "day"),  # a blank form: no meeting, no date of its own
        "帮扶/结对帮扶记录.docx": ("其他", "2025-04-12", "day"),
        "学习/讲稿.docx": ("其他", "2023-11-15", "day"),
        "测评/结果.docx": ("测评", "2025-12-12", "day"),
        "函/反馈函.docx": ("通知", "2025-12-16", "day"),
        "党费/2025年党费收缴台帐.xlsx": ("党费台帐", "2025-01-01", "year"),
        "通讯录.xlsx": ("其他", "2023-11-15", "day"),
        "日志.txt": ("其他", "2025-09-01", "month"),
    }
    assert rows["模板/文档1.docx"]["date_source"] == "mtime"
    assert rows["党费/2025年党费收缴台帐.xlsx"]["date_source"] == "content"
    minutes = rows["会议/新建 Microsoft Word 文档.docx"]
    assert minutes["meeting_type"] == "支部委员会"
    assert (minutes["fields"]["主持人"], minutes["fields"]["应到人数"], minutes["fields"]["实到人数"]) == ("周海燕", 9, 8)


# --- legacy Word reads exactly as its .docx twin ------------------------------------------------------------------


@needs_soffice
@pytest.mark.slow
def test_doc_and_wps_read_exactly_as_their_docx_twin(tmp_path, cli_run):
    root = _archive(tmp_path, cli_run)
    twin = _docx(root / "支委会/6月支委会.docx", "东湖社区党委支部委员会会议记录", rows=MINUTES_ROWS)
    work = tmp_path / "convert"
    work.mkdir()
    profile = (tmp_path / "profile").resolve().as_uri()
    subprocess.run([shutil.which("soffice") or "soffice", "--headless", f"-env:UserInstallation={profile}",
                    "--convert-to", "doc", "--outdir", str(work), str(twin)],
                   check=True, capture_output=True, timeout=180)
    doc = root / "支委会/6月支委会（旧版）.doc"
    shutil.copyfile(work / "6月支委会.doc", doc)
    shutil.copyfile(doc, root / "支委会/6月支委会（WPS）.wps")  # WPS writes the same Word 97 container
    rows = _ingest_and_list(cli_run, root)
    new = rows["支委会/6月支委会.docx"]
    assert (new["kind"], new["meeting_type"], new["date"], new["date_source"]) == ("会议记录", "支部委员会", "2025-06-18",
                                                                                   "content")
    for rel in ("支委会/6月支委会（旧版）.doc", "支委会/6月支委会（WPS）.wps"):
        old = rows[rel]
        assert old["error"] is None
        for key in ("kind", "meeting_type", "date", "date_source", "date_precision", "title", "fields"):
            assert old[key] == new[key], (rel, key)
    assert new["fields"]["会议时间"] == "2025/6/18 下午2:30"


# --- hostile XML ----------------------------------------------------------------------------------------------------

SECRET = "绝密外部实体内容XXE15"


def _rewrite_member(source: Path, target: Path, member: str, data: bytes) -> Path:
    with zipfile.ZipFile(source) as zin, zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as zout:
        for item in zin.infolist():
            zout.writestr(item, data if item.filename == member else zin.read(item.filename))
    return target


def test_xxe_docx_and_entity_expansion_xlsx_are_refused_as_unsafe(tmp_path, cli_run):
    root = _archive(tmp_path, cli_run)
    secret = tmp_path / "secret.txt"
    secret.write_text(SECRET, encoding="utf-8")
    plain = _docx(tmp_path / "plain.docx", "占位")
    xxe = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
           f'<!DOCTYPE w:document [<!ENTITY xxe SYSTEM "{secret.resolve().as_uri()}">]>'
           '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
           '<w:body><w:p><w:r><w:t>会议记录&xxe;</w:t></w:r></w:p></w:body></w:document>').encode()
    _rewrite_member(plain, root / "会议记录.docx", "word/document.xml", xxe)
    book = _xlsx(tmp_path / "plain.xlsx", [["占位"]])
    laughs = ('<?xml version="1.0" encoding="UTF-8"?><!DOCTYPE worksheet [<!ENTITY a "哈哈哈哈哈哈哈哈哈哈">'
              + "".join(f'<!ENTITY {chr(98 + i)} "{("&" + chr(97 + i) + ";") * 10}">' for i in range(8))
              + ']><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>'
              '<row r="1"><c r="A1" t="inlineStr"><is><t>&i;</t></is></c></row></sheetData></worksheet>').encode()
    _rewrite_member(book, root / "党费台帐.xlsx", "xl/worksheets/sheet1.xml", laughs)
    # UTF-16 parts are read too
    utf16 = ('<?xml version="1.0" encoding="UTF-16"?><!DOCTYPE w:document [<!ENTITY e "x">]>'
             '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body/></w:document>')
    _rewrite_member(plain, root / "宽字符.docx", "word/document.xml", utf16.encode("utf-16"))
    _docx(root / "正常.docx", "2025年度党建工作总结", ["一、主要工作"])

    rows = _ingest_and_list(cli_run, root, expect_code=EXIT_INPUTS_REJECTED)
    for rel in ("会议记录.docx", "党费台帐.xlsx", "宽字符.docx"):
        assert rows[rel]["error"] == REASON_UNSAFE == "不安全的文件", rel
        assert rows[rel]["kind"] is None
    assert rows["正常.docx"]["error"] is None and rows["正常.docx"]["kind"] == "总结"
    code, out, _ = cli_run("--archive", str(root), "search", "--json", SECRET)
    assert code == 0 and SECRET not in out and "哈哈" not in out


def test_check_zip_names_the_part_that_declares_entities(tmp_path):
    from archive.extract.base import ExtractionFailed
    from archive.extract.safety import check_xml_parts

    plain = _docx(tmp_path / "plain.docx", "占位")
    check_xml_parts(plain)  # a real document passes
    bad = _rewrite_member(plain, tmp_path / "bad.docx", "word/styles.xml",
                          b'<?xml version="1.0"?><!-- c --><!DOCTYPE x SYSTEM "http://example.invalid/x.dtd"><x/>')
    with pytest.raises(ExtractionFailed) as info:
        check_xml_parts(bad)
    assert info.value.reason == REASON_UNSAFE and "word/styles.xml" in info.value.detail


# --- the labelled year (slow) ---------------------------------------------------------------------------------------

TARGET_ACCURACY = 0.97


@pytest.mark.slow
def test_labelled_year_accuracy_without_ocr(tmp_path, tmp_path_factory):
    """benchmarks/catalog_quality.py's figures (--no-ocr) on the labelled year's archive built once per test run."""
    import importlib.util

    from conftest import labelled_archive, labelled_year_folder

    from archive.extract.legacy import find_soffice

    spec = importlib.util.spec_from_file_location("catalog_quality", REPO / "benchmarks" / "catalog_quality.py")
    bench = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(bench)
    root = labelled_archive(tmp_path / "东湖社区", tmp_path_factory)
    result = bench.score(root, labelled_year_folder(tmp_path_factory)[1], False, find_soffice() is not None)
    misses = "\n".join(result["misses"][:40])
    assert result["files"] >= 100
    for key in ("kind_accuracy", "meeting_type_accuracy", "date_exact_accuracy"):
        assert result[key] >= TARGET_ACCURACY, f"{key} {result[key]:.3f}\n{misses}"
