"""Exports are written as data (OWASP "CSV injection"): a file named "=1+2 会议记录.docx" or "@SUM(A1) 签到表.xlsx"
goes into `filings export` (.csv and .xlsx) and the backup's CSVs as text a spreadsheet shows, never as a formula it
runs, and `filings import` reads every such name back unchanged."""

from __future__ import annotations

import csv
import io
import re
import shutil
import sqlite3
import zipfile
from pathlib import Path

import docx
import openpyxl
import pytest
from click.testing import CliRunner

from archive import cli as cli_module
from archive.cells import FORMULA_START, append_data_row, csv_cell, csv_value

# at the archive's top level, so the exported path itself begins with the character a spreadsheet acts on
MEETING = "=1+2 会议记录.docx"
SIGNIN = "@SUM(A1) 签到表.xlsx"
NOTICE = "+党员大会 通知.txt"
NAMES = (MEETING, SIGNIN, NOTICE)
WHO = "@张三"
EXCLUSION_NOTE = "-不是这一项\t（见附件）"
OVERRIDE_NOTE = '=HYPERLINK("http://example.com","点此查看")'


def run(*args: str) -> tuple[int, str]:
    result = CliRunner().invoke(cli_module.main_for_tests, list(args), catch_exceptions=False)
    return result.exit_code, result.output


def make_files(root: Path) -> None:
    root.mkdir(parents=True)
    d = docx.Document()
    for line in ("幸福里社区党支部支部委员会会议记录", "会议时间：2025年3月12日", "应到5人，实到5人"):
        d.add_paragraph(line)
    d.save(root / MEETING)
    wb = openpyxl.Workbook()
    wb.active.append(["姓名", "签到"])
    wb.active.append(["张伟", "到"])
    wb.save(root / SIGNIN)
    (root / NOTICE).write_text("关于召开2025年第一季度党员大会的通知\n定于2025年3月28日召开。\n", encoding="utf-8")


@pytest.fixture(scope="module")
def files(tmp_path_factory) -> Path:
    """The evidence, written once: a second archive holds the same bytes (a filing is matched by path and sha256)."""
    folder = tmp_path_factory.mktemp("files") / "材料"
    make_files(folder)
    return folder


def make_archive(root: Path, files: Path) -> Path:
    shutil.copytree(files, root)
    assert run("init", str(root), "--org", "幸福里社区党支部", "--year", "2025")[0] == 0
    assert run("--archive", str(root), "ingest", "--no-ocr")[0] in (0, 3)
    return root


def catalog(root: Path) -> sqlite3.Connection:
    conn = sqlite3.connect(root / ".taizhang" / "catalog.sqlite")
    conn.row_factory = sqlite3.Row
    return conn


def decisions(root: Path) -> set[tuple]:
    conn = catalog(root)
    try:
        filed = {("filing", r["path"], r["item_id"], r["who"], r["note"]) for r in conn.execute(
            "SELECT e.path, f.item_id, f.who, f.note FROM filings f JOIN evidence e ON e.id = f.evidence_id")}
        excluded = {("exclusion", r["path"], r["item_id"], r["who"], r["note"]) for r in conn.execute(
            "SELECT e.path, x.item_id, x.who, x.note FROM exclusions x JOIN evidence e ON e.id = x.evidence_id")}
    finally:
        conn.close()
    return filed | excluded


@pytest.fixture(scope="module")
def decided(tmp_path_factory, files) -> Path:
    """The three files filed to item 8 by "@张三", one also excluded from item 5 with a note starting with "-"."""
    root = make_archive(tmp_path_factory.mktemp("inject") / "档案", files)
    for rel in NAMES:
        code, out = run("--archive", str(root), "file", str(root / rel), "--item", "8", "--who", WHO)
        assert code == 0, out
    conn = catalog(root)
    with conn:
        eid, sha = conn.execute("SELECT id, sha256 FROM evidence WHERE path = ?", (SIGNIN,)).fetchone()
        conn.execute("INSERT INTO exclusions (evidence_id, sha256, rubric_id, item_id, who, at, note) "
                     "VALUES (?, ?, 'seed000', '5', ?, '2025-06-01T10:05:00+08:00', ?)", (eid, sha, WHO, EXCLUSION_NOTE))
        conn.execute("INSERT INTO overrides (rubric_id, item_id, status, score, note, who, at) "
                     "VALUES ('seed000', '7', 'covered', 2.0, ?, ?, '2025-06-02T09:00:00+08:00')", (OVERRIDE_NOTE, WHO))
    conn.close()
    assert {d[1] for d in decisions(root)} == set(NAMES)
    return root


def _raw_csv_cells(data: bytes) -> list[str]:
    return [cell for row in csv.reader(io.StringIO(data.decode("utf-8-sig"))) for cell in row]


def _no_cell_a_formula(cells: list[str]) -> None:
    for cell in cells:
        assert not cell.startswith(FORMULA_START), cell


# --- the rule ---------------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("value", ["=1+2 会议记录.docx", "+党员", "-减负", "@SUM(A1)", "\t附件", "\r回车", "'=已带引号",
                                   "''+两个引号", "'普通引号", "普通文字", "", "2025-06-01T10:00:00+08:00"])
def test_csv_cell_quotes_what_a_spreadsheet_would_evaluate_and_reads_back_unchanged(value):
    written = csv_cell(value)
    assert not str(written).startswith(FORMULA_START)
    if value.startswith(FORMULA_START):
        assert written == "'" + value
    elif not value.lstrip("'").startswith(FORMULA_START):
        assert written == value  # nothing else is touched
    assert csv_value(written) == value


def test_csv_cell_leaves_numbers_and_none_as_data():
    assert csv_cell(None) == "" and csv_cell(2.5) == 2.5 and csv_cell(-1) == -1 and csv_value(-1) == -1


def test_openpyxl_would_write_a_formula_and_append_data_row_writes_text(tmp_path):
    plain, safe = openpyxl.Workbook(), openpyxl.Workbook()
    plain.active.append([MEETING])  # a str beginning with "="
    assert plain.active["A1"].data_type == "f"  # why the helper exists
    append_data_row(safe.active, [MEETING, SIGNIN, 3, None])
    path = tmp_path / "x.xlsx"
    safe.save(path)
    sheet = zipfile.ZipFile(path).read("xl/worksheets/sheet1.xml").decode()
    assert "<f>" not in sheet and "<f " not in sheet
    back = openpyxl.load_workbook(path).active
    assert [(c.value, c.data_type) for c in back[1][:3]] == [(MEETING, "s"), (SIGNIN, "s"), (3, "n")]
    assert back["A1"].quotePrefix  # editing the cell in Excel keeps it text


# --- filings export / import ---------------------------------------------------------------------------------------

def test_filings_export_csv_writes_names_as_text_and_import_reads_them_back(decided, files, tmp_path):
    out = tmp_path / "决定.csv"
    code, text = run("--archive", str(decided), "filings", "export", str(out))
    assert code == 0, text
    cells = _raw_csv_cells(out.read_bytes())
    _no_cell_a_formula(cells)
    assert "'" + MEETING in cells and "'" + SIGNIN in cells and "'" + NOTICE in cells
    assert "'" + WHO in cells and "'" + EXCLUSION_NOTE in cells
    fresh = make_archive(tmp_path / "新档案", files)
    code, text = run("--archive", str(fresh), "filings", "import", str(out), "--json")
    assert code == 0, text
    assert decisions(fresh) == decisions(decided)  # names, "@张三" and the "-…\t…" note exactly as they were


def test_filings_export_xlsx_has_no_formula_cell_and_import_reads_it_back(decided, files, tmp_path):
    out = tmp_path / "决定.xlsx"
    code, text = run("--archive", str(decided), "filings", "export", str(out))
    assert code == 0, text
    sheet_xml = zipfile.ZipFile(out).read("xl/worksheets/sheet1.xml").decode()
    assert not re.search(r"<f[ >]", sheet_xml)
    wb = openpyxl.load_workbook(out)
    values = []
    for row in wb.active.iter_rows():
        for cell in row:
            if cell.value is not None:
                assert cell.data_type in ("s", "n"), (cell.coordinate, cell.value, cell.data_type)
                values.append(cell.value)
    assert {f"{n}" for n in NAMES} <= set(values) and WHO in values and EXCLUSION_NOTE in values
    fresh = make_archive(tmp_path / "新档案", files)
    code, text = run("--archive", str(fresh), "filings", "import", str(out), "--json")
    assert code == 0, text
    assert decisions(fresh) == decisions(decided)


def test_a_csv_edited_in_a_spreadsheet_keeps_its_quotes_and_still_imports(decided, files, tmp_path):
    """Excel saves the quoted cells back as they are; a cell the user typed with its own leading quote is kept."""
    out = tmp_path / "决定.csv"
    assert run("--archive", str(decided), "filings", "export", str(out))[0] == 0
    rows = list(csv.DictReader(io.StringIO(out.read_bytes().decode("utf-8-sig"))))
    rows[0]["note"] = "'自己加的引号"
    buf = io.StringIO()
    writer = csv.DictWriter(buf, fieldnames=list(rows[0]), lineterminator="\r\n")  # as Excel writes it
    writer.writeheader()
    writer.writerows(rows)
    out.write_bytes(buf.getvalue().encode("utf-8-sig"))
    fresh = make_archive(tmp_path / "新档案", files)
    assert run("--archive", str(fresh), "filings", "import", str(out))[0] == 0
    notes = {d[4] for d in decisions(fresh)}
    assert "'自己加的引号" in notes and EXCLUSION_NOTE in notes


# --- backup CSVs -------------------------------------------------------------------------------------------------------

def test_backup_csvs_write_names_as_text_and_read_back_unchanged(decided, tmp_path):
    dest = tmp_path / "U盘"
    code, text = run("--archive", str(decided), "backup", str(dest))
    assert code == 0, text
    [folder] = [p for p in dest.iterdir() if p.is_dir()]
    for name in ("filings.csv", "exclusions.csv", "overrides.csv"):
        _no_cell_a_formula(_raw_csv_cells((folder / name).read_bytes()))
    filings = [{k: csv_value(v) for k, v in r.items()}
               for r in csv.DictReader(io.StringIO((folder / "filings.csv").read_bytes().decode("utf-8-sig")))]
    assert {r["path"] for r in filings} == set(NAMES) and {r["who"] for r in filings} == {WHO}
    [excluded] = [{k: csv_value(v) for k, v in r.items()}
                  for r in csv.DictReader(io.StringIO((folder / "exclusions.csv").read_bytes().decode("utf-8-sig")))]
    assert (excluded["path"], excluded["note"]) == (SIGNIN, EXCLUSION_NOTE)
    [override] = [{k: csv_value(v) for k, v in r.items()}
                  for r in csv.DictReader(io.StringIO((folder / "overrides.csv").read_bytes().decode("utf-8-sig")))]
    assert (override["note"], override["who"], override["score"]) == (OVERRIDE_NOTE, WHO, "2.0")
