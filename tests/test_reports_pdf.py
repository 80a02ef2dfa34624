"""Each report converts to PDF with LibreOffice headless and its Chinese text survives (pdftotext); and the end to
end path: a real archive, the real assessment, the reports' totals equal to `status --json`."""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

import docx
import pytest
from report_archive import EVIDENCE, build_archive
from reports_fixture import make_status

from archive.generators import write_all_reports
from archive.generators.common import fmt_points

SOFFICE = shutil.which("soffice") or shutil.which("libreoffice")
PDFTOTEXT = shutil.which("pdftotext")
EXPECTED = {
    "自评表": ["党建工作考核自评表", "领导班子好", "自评总体情况", "考核分", "合计"],
    "台帐目录": ["党建工作台帐目录", "联席会议", "未归档材料", "存放位置"],
    "缺失材料清单": ["缺失材料清单", "王某某5月、6月未交", "缺失材料及说明"],
    "整改方案": ["整改方案", "指导思想", "存在问题及整改措施", "长期坚持", "工作要求"],
}


def _to_pdf(sources: list[Path], outdir: Path) -> list[Path]:
    """Every report converted by one headless LibreOffice (it converts the files one after another, as it would
    each alone: one start of LibreOffice instead of one per report)."""
    profile = (outdir / "lo-profile").resolve().as_uri()
    subprocess.run([SOFFICE, "--headless", "--norestore", f"-env:UserInstallation={profile}", "--convert-to", "pdf",
                    "--outdir", str(outdir), *map(str, sources)], check=True, capture_output=True, timeout=180)
    return [outdir / (src.stem + ".pdf") for src in sources]


@pytest.mark.slow
@pytest.mark.skipif(not (SOFFICE and PDFTOTEXT), reason="needs LibreOffice and poppler-utils")
def test_reports_convert_to_pdf_with_their_chinese_text(tmp_path):
    ws = build_archive(tmp_path / "档案")
    paths = write_all_reports(ws, tmp_path / "out", make_status(EVIDENCE))
    for path, pdf in zip(paths, _to_pdf(list(paths), tmp_path / "pdf"), strict=True):
        text = subprocess.run([PDFTOTEXT, str(pdf), "-"], capture_output=True, text=True,
                              check=True).stdout
        flat = "".join(text.split())
        for words in EXPECTED[path.stem]:
            assert "".join(words.split()) in flat, (path.stem, words)


def test_end_to_end_real_assessment_totals(tmp_path, cli_run):
    ws = build_archive(tmp_path / "档案")
    code, out, err = cli_run("--archive", str(ws.root), "status", "--json")
    assert code == 0, err
    status = json.loads(out)
    code, out, err = cli_run("--archive", str(ws.root), "report", "all", "-o", str(tmp_path / "报告"))
    assert code == 0, err
    doc = docx.Document(tmp_path / "报告" / "自评表.docx")
    table = next(t for t in doc.tables if t.rows[0].cells[-1].text == "考核分")
    last = [c.text for c in table.rows[-1].cells]
    assert last[0] == "合计" and last[4] == fmt_points(status["total"]["score"])
    subtotals = [[c.text for c in r.cells] for r in table.rows if r.cells[2].text == "小计"]
    assert [s[4] for s in subtotals] == [fmt_points(c["score"]) for c in status["categories"]]
    gaps = docx.Document(tmp_path / "报告" / "缺失材料清单.docx")
    rows = [[c.text for c in r.cells] for r in gaps.tables[0].rows[1:]]
    shortfall = [it["id"] for it in status["items"] if it["status"] in ("missing", "partial")]
    assert [r[2].split("　")[0] for r in rows] == [f"第{i}项" for i in shortfall]
    zg = docx.Document(tmp_path / "报告" / "整改方案.docx")
    problems = "\n".join(r.cells[1].text for r in zg.tables[0].rows[1:])
    for it in status["items"]:
        if it["status"] in ("missing", "partial"):
            for f in it["findings"]:
                if f["met"] is False:
                    assert f"第{it['id']}项（" in problems
