"""`taizhang demo` runs the whole job on sample_evidence/: ingest, filing, status, four reports and the binder."""

from __future__ import annotations

import docx
import pytest
from conftest import SAMPLE, demo_without_ocr
from pypdf import PdfReader


@pytest.mark.slow
def test_demo_writes_reports_and_binder(cli_run, tmp_path, tmp_path_factory):
    # the first run (no --source: the demo finds sample_evidence/ itself) is made once per test run and copied here;
    # tests/test_ingest_cli.py goes on from the same state with OCR
    into, (code, out, err), ran_in = demo_without_ocr(tmp_path_factory, tmp_path / "演示")
    assert code == 0, err
    assert f"报告和电子台帐已写到：{ran_in / '输出'}" in out
    folder = into / "输出"
    names = sorted(p.name for p in folder.iterdir())
    assert names == sorted(["自评表.docx", "台帐目录.docx", "缺失材料清单.docx", "整改方案.docx", "电子台帐.pdf"])
    assert "自动归档：按建议归档" in out and "评估：" in out
    sa = docx.Document(folder / "自评表.docx")
    assert sa.paragraphs[0].text == "幸福里社区党支部2025年度\n党建工作考核自评表"
    reader = PdfReader(folder / "电子台帐.pdf")
    assert len(reader.pages) > 20 and len(reader.outline) >= 7
    # a second run replaces its own outputs and never ingests them
    code, out, err = cli_run("demo", "--into", str(into), "--no-ocr", "--source", str(SAMPLE))
    assert code == 0, err
    assert "新增 0" in out
    # the files still unreadable are counted on every run, not only the run that found them
    assert "无法读取 2 份（示例中故意放了坏文件" in out
    assert not list(SAMPLE.rglob("输出"))
