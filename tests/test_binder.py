"""The PDF 电子台帐: page count, one bookmark per item with evidence, the photo and the scanned PDF inside."""

from __future__ import annotations

import shutil

import pytest
from pypdf import PdfReader
from report_archive import EVIDENCE, TEXT_PDF, build_archive
from reports_fixture import make_status

from archive.generators import write_binder
from archive.generators.errors import OutputExists, ReportError

HAS_SOFFICE = bool(shutil.which("soffice") or shutil.which("libreoffice"))


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    ws = build_archive(tmp_path_factory.mktemp("binder") / "档案")
    status = make_status(EVIDENCE)
    out = ws.root.parent / "电子台帐.pdf"
    result = write_binder(ws, out, status)
    return ws, status, result, PdfReader(out)


def _outline(reader):
    """[(title, page, depth)] of the bookmark tree."""
    out = []

    def walk(nodes, depth):
        for node in nodes:
            if isinstance(node, list):
                walk(node, depth + 1)
            else:
                out.append((node.title, reader.get_destination_page_number(node), depth))

    walk(reader.outline, 0)
    return out


def _images(page) -> int:
    xobjects = page.get("/Resources", {}).get("/XObject", {}) or {}
    return sum(1 for x in xobjects.values() if x.get_object().get("/Subtype") == "/Image")


def test_page_count_cover_toc_dividers_and_every_file(built):
    ws, status, result, reader = built
    assert len(reader.pages) == result.pages
    # cover 1 + 目录 2 (5 categories + 33 items + 6 files = 44 lines) + 5 category dividers + text PDF 2
    # + minutes 1 + photo 1 + scan 1 + notice 1 + ledger text 1
    assert result.pages == 1 + 2 + 5 + 2 + 1 + 1 + 1 + 1 + 1
    assert result.files == 6 and result.categories == 5 and result.items == len(EVIDENCE)
    # a .txt is shown as its own text (read as ingest reads it), not as a stand-in for a layout it lacks
    assert result.as_text == [] and not result.capped


def test_one_bookmark_per_category_and_per_item_with_evidence(built):
    ws, status, result, reader = built
    marks = _outline(reader)
    assert [t for t, _, d in marks if d == 0] == ["封面", "台帐目录", *[c["name"] for c in status["categories"]]]
    items = [t for t, _, d in marks if d == 1]
    assert len(items) == len(EVIDENCE)
    assert sorted(t.split("　")[0] for t in items) == sorted(f"第{i}项" for i in EVIDENCE)
    files = [(t, p) for t, p, d in marks if d == 2]
    assert len(files) == sum(len(v) for v in EVIDENCE.values())


def test_photo_and_scanned_pdf_appear_on_their_pages(built):
    ws, status, result, reader = built
    marks = {t: p for t, p, d in _outline(reader) if d == 2}
    photo_page = next(p for t, p in marks.items() if "IMG_20250312_093015" in t)
    scan_page = next(p for t, p in marks.items() if "扫描件_0012" in t)
    assert _images(reader.pages[photo_page]) == 1
    assert _images(reader.pages[scan_page]) == 1
    assert scan_page == photo_page + 1  # item 20's evidence in order: the photo, then the scan
    pdf_page = next(p for t, p in marks.items() if "联席会议制度" in t)
    assert "联席会议每季度召开一次" in reader.pages[pdf_page].extract_text()
    assert reader.pages[pdf_page + 1].extract_text().split() == ["第二页", "—", str(pdf_page + 2), "—"]


def test_toc_page_numbers_point_at_the_files(built):
    ws, status, result, reader = built
    marks = _outline(reader)
    first_divider = next(p for t, p, d in marks if d == 0 and t not in ("封面", "台帐目录"))
    assert first_divider == 3  # the 目录 fills pages 2 and 3 (1-based), as it predicted
    toc = reader.pages[1].extract_text() + reader.pages[2].extract_text()
    lines = [line.strip() for line in toc.splitlines()]
    for title, page, depth in marks:
        if depth == 2:
            at = next(i for i, ln in enumerate(lines)
                      if ln == title or (ln.endswith("…") and title.startswith(ln[:-1])))
            assert lines[at + 1] == str(page + 1), (title, lines[at:at + 2])  # the number drawn after the title


def test_single_item_and_force(built, tmp_path):
    ws, status, result, reader = built
    out = tmp_path / "第20项.pdf"
    one = write_binder(ws, out, status, item="20")
    assert one.items == 1 and one.files == 2 and one.pages == 1 + 1 + 1 + 2
    with pytest.raises(OutputExists):
        write_binder(ws, out, status, item="20")
    write_binder(ws, out, status, item="18", force=True)
    assert [t for t, _, d in _outline(PdfReader(out)) if d == 1][0].startswith("第18项")
    with pytest.raises(ReportError, match="99"):
        write_binder(ws, tmp_path / "x.pdf", status, item="99")


def test_office_files_without_libreoffice_become_text_pages(built, tmp_path, monkeypatch):
    ws, status, result, reader = built
    monkeypatch.setenv("TAIZHANG_SOFFICE", "")
    shutil.rmtree(ws.cache_dir / "binder-pdf", ignore_errors=True)
    res = write_binder(ws, tmp_path / "无LO.pdf", status, item="18")
    minutes = "2025年党建资料/联席会议/第一次联席会议记录.docx"
    assert res.as_text == [minutes]
    text = "".join(p.extract_text() or "" for p in PdfReader(tmp_path / "无LO.pdf").pages)
    assert TEXT_PDF not in res.as_text
    assert "会议时间：2025年4月10日" in text and "未安装 LibreOffice" in text


def test_cli_binder(cli_run, built, tmp_path):
    import json

    ws, status, result, reader = built
    saved = tmp_path / "status.json"
    saved.write_text(json.dumps(status, ensure_ascii=False), encoding="utf-8")
    code, out, err = cli_run("--archive", str(ws.root), "binder", "-o", str(tmp_path / "b.pdf"), "--status",
                             str(saved), "--json")
    assert code == 0, err
    assert json.loads(out)["pages"] == len(PdfReader(tmp_path / "b.pdf").pages)
