"""Each format's extractor on small files built here (and a few real ones from the shared corpus)."""

from __future__ import annotations

import datetime as dt
import shutil
import subprocess
from pathlib import Path

import pytest
from conftest import SHARED_OCR_SCANS, corpus_file, shared_extraction
from PIL import Image, ImageDraw, ImageFont

from archive.extract import ocr
from archive.extract import pdf as pdf_extractor
from archive.extract.base import REASON_NEEDS_LIBREOFFICE, ExtractContext, ExtractionFailed
from archive.extract.legacy import SOFFICE_ENV, find_soffice
from archive.extract.registry import FORMATS, SUFFIXES, detect_format, extract_file
from archive.fsutil import sha256_file
from archive.workspace import Limits

CJK_FONT_CANDIDATES = ("/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc",)
needs_soffice = pytest.mark.skipif(find_soffice() is None, reason="LibreOffice 未安装")


def make_ctx(tmp_path: Path, path: Path, ocr_on: bool = False, limits: Limits | None = None) -> ExtractContext:
    state = tmp_path / ".taizhang"
    return ExtractContext(limits=limits or Limits(), cache_dir=state / "cache", thumbs_dir=state / "thumbs",
                          sha256=sha256_file(path), ocr=ocr_on)


def extract(tmp_path: Path, path: Path, ocr_on: bool = False, limits: Limits | None = None):
    return extract_file(path, make_ctx(tmp_path, path, ocr_on, limits))


def copy_real(tmp_path: Path, name: str, new_name: str | None = None) -> Path:
    target = tmp_path / (new_name or name)
    shutil.copyfile(corpus_file("real-office", name), target)  # skips when ../shared is absent
    return target


def cjk_font(size: int) -> ImageFont.FreeTypeFont:
    for candidate in CJK_FONT_CANDIDATES:
        if Path(candidate).is_file():
            return ImageFont.truetype(candidate, size)
    found = subprocess.run(["fc-match", "-f", "%{file}", "Noto Sans CJK SC"], capture_output=True, text=True)
    if found.returncode != 0 or not found.stdout:
        pytest.skip("没有中文字体")
    return ImageFont.truetype(found.stdout, size)


def text_image(lines: list[str], size: int = 40) -> Image.Image:
    font = cjk_font(size)
    img = Image.new("RGB", (60 + size * max(len(s) for s in lines), 60 + int(size * 1.8) * len(lines)), "white")
    draw = ImageDraw.Draw(img)
    for i, line in enumerate(lines):
        draw.text((30, 30 + int(size * 1.8) * i), line, fill="black", font=font)
    return img


# --- registry -----------------------------------------------------------------------------------------------


def test_registry_table_is_consistent():
    for name, spec in FORMATS.items():
        assert callable(spec.extractor) and spec.description
        for suffix in spec.suffixes:
            assert suffix.startswith(".") and SUFFIXES[suffix] == name
    assert SUFFIXES[".docx"] == "docx" and SUFFIXES[".jpg"] == "image" and SUFFIXES[".csv"] == "text"


def test_detect_trusts_content_over_suffix(tmp_path):
    png_as_jpg = copy_real(tmp_path, "1.jpg")
    assert detect_format(png_as_jpg) == "image"
    xlsx_as_xls = copy_real(tmp_path, "群发对象.xls")
    assert detect_format(xlsx_as_xls) == "xlsx"
    assert detect_format(copy_real(tmp_path, "签到表.xls")) == "xls"
    assert detect_format(copy_real(tmp_path, "partyInfo.xls")) == "xls"  # written by WPS (ETExtData stream)
    assert detect_format(copy_real(tmp_path, "会议记录.doc")) == "doc"
    assert detect_format(copy_real(tmp_path, "test.wps")) == "wps"
    assert detect_format(copy_real(tmp_path, "会议记录.doc", "改名.wps")) == "wps"
    docx_named_pdf = copy_real(tmp_path, "通知.docx", "通知.pdf")
    assert detect_format(docx_named_pdf) == "docx"
    pdf_named_doc = copy_real(tmp_path, "党员发展流程图.pdf", "流程图.doc")
    assert detect_format(pdf_named_doc) == "pdf"


def test_xlsx_saved_as_xls_is_read(tmp_path):
    out = extract(tmp_path, copy_real(tmp_path, "群发对象.xls"))
    assert out.format == "xlsx"
    assert "文件传输助手" in out.text


# --- docx ---------------------------------------------------------------------------------------------------


def build_minutes_docx(path: Path) -> None:
    import docx

    document = docx.Document()
    document.core_properties.title = "第一党支部委员会会议记录"
    document.core_properties.author = "王书记"
    document.add_paragraph("会议记录")
    table = document.add_table(rows=3, cols=4)
    table.cell(0, 0).text = "会议时间"
    table.cell(0, 1).merge(table.cell(0, 3)).text = "2025年3月15日"
    table.cell(1, 0).text = "主持人"
    table.cell(1, 1).text = "张三"
    table.cell(1, 2).text = "记录人"
    table.cell(1, 3).text = "李四"
    table.cell(2, 0).text = "议题"
    merged = table.cell(1, 0).merge(table.cell(2, 0))
    merged.text = "人员"
    table.cell(2, 1).text = "学习党章"
    document.add_paragraph("会后合影留念。")
    document.save(str(path))


def test_docx_reading_order_and_merged_cells(tmp_path):
    path = tmp_path / "会议记录.docx"
    build_minutes_docx(path)
    before = sha256_file(path)
    out = extract(tmp_path, path)
    assert out.format == "docx"
    lines = out.text.splitlines()
    assert lines[0] == "会议记录"
    assert lines[1] == "会议时间\t2025年3月15日"  # the merged cell is read once
    assert lines[2].startswith("人员\t张三\t记录人\t李四")
    assert lines[3].startswith("\t学习党章")  # vertical-merge continuation is blank in the text
    assert lines[-1] == "会后合影留念。"
    assert out.text.count("2025年3月15日") == 1
    table = out.tables[0]
    assert table.rows[0] == ["会议时间", "2025年3月15日"]
    assert table.rows[2][0] == "人员"  # … and repeats the value above in the table
    assert out.title == "第一党支部委员会会议记录"
    assert out.meta["author"] == "王书记"
    assert "created" in out.meta
    assert sha256_file(path) == before


def test_docx_real_table_minutes_do_not_repeat_merged_text(tmp_path):
    out = extract(tmp_path, copy_real(tmp_path, "3.15号会议记录.docx"))
    assert "小组第三次会议" in out.text
    assert out.text.count("SE2019 春-G02小组第三次会议") == 1
    out = extract(tmp_path, copy_real(tmp_path, "会议纪要.docx"))
    assert "决议事项内容" in out.text and out.tables


# --- xlsx / xls ---------------------------------------------------------------------------------------------


def test_xlsx_sheets_dates_and_numbers(tmp_path):
    import openpyxl

    path = tmp_path / "党费台帐.xlsx"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "2025年党费"
    ws.append(["姓名", "月份", "缴纳日期", "金额", "比例"])
    ws.append(["张三", 1, dt.datetime(2025, 1, 15), 30.0, 0.005])
    ws.append(["李四", 2, dt.date(2025, 2, 3), 12.5, None])
    ws.append([])
    ws.append(["合计", None, None, 42.5])
    other = wb.create_sheet("说明")
    other["A1"] = "按月缴纳"
    wb.properties.title = "党费收缴台帐"
    wb.save(path)
    out = extract(tmp_path, path)
    assert out.format == "xlsx" and out.title == "党费收缴台帐"
    assert [t.name for t in out.tables] == ["2025年党费", "说明"]
    rows = out.tables[0].rows
    assert rows[1] == ["张三", "1", "2025-01-15", "30", "0.005"]
    assert rows[2] == ["李四", "2", "2025-02-03", "12.5"]
    assert rows[3] == ["合计", "", "", "42.5"]  # the empty row is dropped
    assert out.text.startswith("2025年党费\n姓名\t月份")
    assert "张三\t1\t2025-01-15\t30\t0.005" in out.text
    assert "说明\n按月缴纳" in out.text


@pytest.mark.parametrize(("name", "phrase"), [
    ("签到表.xls", "工作单位"),
    ("partyInfo.xls", "加入党组织日期"),
    ("与党组织相关的报表.xls", "民主评议党员情况"),
])
def test_xls_real_workbooks(tmp_path, name, phrase):
    out = extract(tmp_path, copy_real(tmp_path, name))
    assert out.format == "xls"
    assert phrase in out.text
    assert out.tables and all(isinstance(c, str) for t in out.tables for r in t.rows for c in r)


def test_xls_many_sheets(tmp_path):
    out = extract(tmp_path, copy_real(tmp_path, "与党组织相关的报表.xls"))
    assert len(out.tables) > 5
    assert not any(c.endswith(".0") for t in out.tables for r in t.rows for c in r if c.replace(".", "").isdigit())


# --- text ---------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(("encoding", "prefix"), [
    ("utf-8", b""),
    ("utf-8", b"\xef\xbb\xbf"),
    ("gbk", b""),
    ("gb18030", b""),
    ("utf-16-le", b"\xff\xfe"),
    ("utf-16-be", b"\xfe\xff"),
])
def test_text_encodings(tmp_path, encoding, prefix):
    content = "党支部会议记录\r\n时间：2025年3月15日\r\n参加人员：张三、李四\r\n"
    path = tmp_path / "记录.txt"
    path.write_bytes(prefix + content.encode(encoding))
    out = extract(tmp_path, path)
    assert out.format == "text"
    assert out.text == content.replace("\r\n", "\n")


def test_text_csv_becomes_table(tmp_path):
    path = tmp_path / "签到表.csv"
    path.write_bytes("姓名,单位,签到时间\n张三,第一支部,2025-03-15 09:00\n李四,\"第二支部,社区\",2025-03-15 09:05\n".encode("gbk"))
    out = extract(tmp_path, path)
    assert out.tables[0].rows == [["姓名", "单位", "签到时间"], ["张三", "第一支部", "2025-03-15 09:00"],
                                  ["李四", "第二支部,社区", "2025-03-15 09:05"]]
    assert "第二支部" in out.text


def test_text_markdown(tmp_path):
    path = tmp_path / "计划.md"
    path.write_text("# 2025年党建工作计划\n\n- 三会一课\n", encoding="utf-8")
    assert "三会一课" in extract(tmp_path, path).text


# --- image --------------------------------------------------------------------------------------------------


def photo_with_exif(path: Path, orientation: int = 6) -> None:
    img = Image.new("RGB", (800, 600), (200, 180, 160))
    exif = Image.Exif()
    exif[306] = "2025:04:02 08:00:00"
    exif[274] = orientation
    exif.get_ifd(0x8769)[36867] = "2025:03:15 14:30:05"
    img.save(path, "JPEG", exif=exif.tobytes())


def test_image_exif_orientation_and_thumbnail(tmp_path):
    path = tmp_path / "IMG_20250315.jpg"
    photo_with_exif(path)
    ctx = make_ctx(tmp_path, path)
    out = extract_file(path, ctx)
    assert out.format == "image"
    assert out.exif_date == dt.datetime(2025, 3, 15, 14, 30, 5)
    assert (out.meta["width"], out.meta["height"]) == ("600", "800")  # rotated by the EXIF orientation
    assert out.thumbnail == f"{ctx.sha256}.jpg"
    with Image.open(ctx.thumbs_dir / out.thumbnail) as thumb:
        assert thumb.format == "JPEG" and max(thumb.size) == 320
        assert thumb.height > thumb.width
    assert not out.ocr and out.text == ""


def test_image_exif_fallback_to_datetime(tmp_path):
    path = tmp_path / "photo.jpg"
    img = Image.new("RGB", (64, 48), "white")
    exif = Image.Exif()
    exif[306] = "2024:12:30 10:00:00"
    img.save(path, "JPEG", exif=exif.tobytes())
    assert extract(tmp_path, path).exif_date == dt.datetime(2024, 12, 30, 10, 0)


def test_image_png_named_jpg_and_transparency(tmp_path):
    path = tmp_path / "微信图片_20250315.jpg"
    Image.new("RGBA", (100, 50), (0, 0, 0, 0)).save(path, "PNG")
    out = extract(tmp_path, path)
    assert out.format == "image" and out.meta["image_format"] == "PNG"
    assert out.exif_date is None and out.meta["width"] == "100"


@pytest.mark.parametrize("fmt", ["BMP", "GIF", "TIFF", "WEBP"])
def test_image_other_formats(tmp_path, fmt):
    path = tmp_path / f"scan.{fmt.lower()}"
    Image.new("RGB", (40, 30), "red").save(path, fmt)
    assert extract(tmp_path, path).meta["width"] == "40"


# --- pdf ----------------------------------------------------------------------------------------------------


def minimal_pdf(text: str) -> bytes:
    """A one-page PDF with `text` in Helvetica, xref offsets computed."""
    stream = f"BT /F1 24 Tf 72 720 Td ({text}) Tj ET".encode("latin-1")
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R "
        b"/Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length " + str(len(stream)).encode() + b" >>\nstream\n" + stream + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        b"<< /Title (Minutes 2025) /Author (Branch) >>",
    ]
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += f"{number} 0 obj\n".encode() + body + b"\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode()
    for offset in offsets:
        out += f"{offset:010d} 00000 n \n".encode()
    out += f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R /Info 6 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
    return bytes(out)


def test_pdf_text_layer(tmp_path):
    path = tmp_path / "minutes.pdf"
    path.write_bytes(minimal_pdf("Party branch meeting minutes 2025-03-15"))
    out = extract(tmp_path, path)
    assert out.format == "pdf" and out.pages == 1
    assert "Party branch meeting minutes 2025-03-15" in out.text
    assert out.title == "Minutes 2025" and out.meta["author"] == "Branch"
    assert not out.ocr and out.ocr_pages == []


def test_pdf_chinese_text_layer(tmp_path):
    out = extract(tmp_path, copy_real(tmp_path, "党员发展流程图.pdf"))
    assert "党员发展审批流程图" in out.text and not out.ocr


def test_pdf_without_text_layer_is_noted_when_ocr_off(tmp_path):
    path = tmp_path / "scan.pdf"
    text_image(["支部党员大会"]).save(path, "PDF")
    out = extract(tmp_path, path, ocr_on=False)
    assert out.text == "" and out.ocr_pages == []
    assert any("没有文字层" in w for w in out.warnings)


# --- ocr ----------------------------------------------------------------------------------------------------


def test_boxes_to_text_reading_order():
    def box(x0, y0, x1, y1, text):
        return [[[x0, y0], [x1, y0], [x1, y1], [x0, y1]], text, 0.99]

    boxes = [box(300, 102, 400, 130, "李四"), box(10, 100, 120, 128, "主持人"), box(10, 10, 300, 40, "会议记录"),
             box(130, 101, 200, 129, "张三")]
    assert ocr.boxes_to_text(boxes) == "会议记录\n主持人张三\t李四"


def test_blank_image_is_not_given_to_the_engine(monkeypatch):
    """A page of one colour (a blank scan) holds no text: the engine, which returns nothing for it after seconds of
    detection, is not run; an image with any mark on it is."""
    def engine():
        raise AssertionError("the OCR engine ran on a blank page")

    monkeypatch.setattr(ocr, "_get_engine", engine)
    for mode, colour in (("RGB", "white"), ("RGB", (200, 30, 30)), ("L", 0), ("RGBA", (255, 255, 255, 0))):
        assert ocr.recognize(Image.new(mode, (1414, 2000), colour), Limits()) == ""
    marked = Image.new("RGB", (200, 100), "white")
    marked.putpixel((50, 50), (0, 0, 0))
    with pytest.raises(AssertionError, match="blank page"):
        ocr.recognize(marked, Limits())


@pytest.mark.slow
def test_ocr_image_chinese_text_and_cache(tmp_path, monkeypatch, remembered_ocr):
    path = tmp_path / "IMG_0001.png"
    text_image(["党支部委员会会议记录", "学习贯彻党的二十大精神"]).save(path)
    ctx = make_ctx(tmp_path, path, ocr_on=True)
    out = extract_file(path, ctx)
    assert out.ocr and out.ocr_pages == [1]
    compact = out.text.replace(" ", "")
    assert "党支部委员会会议记录" in compact
    assert "二十大精神" in compact
    assert ocr.cache_path(ctx).is_file()

    def no_second_ocr(*args, **kwargs):
        raise AssertionError("OCR ran again although the result was cached")

    monkeypatch.setattr(ocr, "recognize", no_second_ocr)
    assert extract_file(path, ctx).text == out.text


@pytest.mark.slow
def test_scanned_pdf_goes_to_ocr(tmp_path, remembered_ocr):
    path = tmp_path / "扫描件.pdf"
    pages = [text_image(["支部党员大会会议记录"]), text_image(["党费收缴情况公示"])]
    pages[0].save(path, "PDF", save_all=True, append_images=pages[1:])
    ctx = make_ctx(tmp_path, path, ocr_on=True)
    out = extract_file(path, ctx)
    assert out.pages == 2 and out.ocr and out.ocr_pages == [1, 2]
    compact = out.text.replace(" ", "")
    assert "支部党员大会会议记录" in compact and "党费收缴情况公示" in compact
    tag = pdf_extractor.RENDER_CACHE_TAG
    assert ocr.cache_path(ctx, 1, tag).is_file() and ocr.cache_path(ctx, 2, tag).is_file()


@pytest.mark.slow
def test_scanned_pdf_ocr_page_limit(tmp_path, remembered_ocr):
    path = tmp_path / "扫描件.pdf"
    pages = [text_image([f"第{i}页"]) for i in range(1, 4)]
    pages[0].save(path, "PDF", save_all=True, append_images=pages[1:])
    limits = Limits(max_ocr_pages=1)
    out = extract(tmp_path, path, ocr_on=True, limits=limits)
    assert out.ocr_pages == [1]
    assert any("上限" in w for w in out.warnings)


def _shared_scan(name: str):  # type: ignore[no-untyped-def]
    """The OCR reading of a real scan (SHARED_OCR_SCANS' pages): made once per test run, shared with the corpus
    ingest of test_ingest_corpora, which starts from its cache instead of recognising the same pages again."""
    pages = dict(SHARED_OCR_SCANS)[name]
    copy, cache, _, out = shared_extraction("real-office", name, ocr=True, max_ocr_pages=pages)
    assert not isinstance(out, Exception), out
    sha = sha256_file(copy)
    tag = pdf_extractor.RENDER_CACHE_TAG
    assert all((cache / ocr.OCR_CACHE_SUBDIR / f"{sha}-p{n}{tag}.txt").is_file() for n in out.ocr_pages)
    return out


@pytest.mark.slow
def test_pdf_text_drawn_as_outlines_is_rendered_and_ocred():
    """入党志愿书.pdf has no text layer and no scan: its text is vector paths, only a rendering shows it."""
    out = _shared_scan("入党志愿书.pdf")  # read with OCR, at most 3 pages
    assert out.ocr_pages == [1, 2, 3]
    compact = out.text.replace(" ", "")
    assert "入党志愿书" in compact
    assert "我志愿加入中国共产党" in compact  # MANIFEST.json expected_text


def _drawn_pdf(path: Path, text: str | None) -> Path:
    """One A4 page whose content stream is thousands of path segments (a form exported "as curves"), with `text`
    written in Helvetica on top when given."""
    from pypdf import PdfWriter
    from pypdf.generic import DictionaryObject, NameObject, StreamObject

    writer = PdfWriter()
    page = writer.add_blank_page(595, 842)
    ops = "".join(f"{i % 500} {i % 700} m {i % 500 + 3} {i % 700 + 2} l S\n" for i in range(8000))
    if text is not None:
        ops += f"BT /F1 12 Tf 72 720 Td ({text}) Tj ET\n"
        font = DictionaryObject({NameObject("/Type"): NameObject("/Font"), NameObject("/Subtype"): NameObject("/Type1"),
                                 NameObject("/BaseFont"): NameObject("/Helvetica")})
        page[NameObject("/Resources")] = DictionaryObject(
            {NameObject("/Font"): DictionaryObject({NameObject("/F1"): writer._add_object(font)})})
    stream = StreamObject()
    stream.set_data(ops.encode("latin-1"))
    page[NameObject("/Contents")] = writer._add_object(stream)
    with path.open("wb") as fh:
        writer.write(fh)
    return path


def test_drawn_page_without_text_skips_the_slow_text_parse(tmp_path, monkeypatch):
    """pdfium finds no characters on a page drawn in thousands of paths: pypdf's parse is not run, the page is one
    to OCR; a page as large that carries real text is read by pypdf as before."""
    from pypdf import PageObject

    calls = []
    original = PageObject.extract_text
    monkeypatch.setattr(PageObject, "extract_text", lambda self, *a, **k: calls.append(1) or original(self, *a, **k))
    drawn = _drawn_pdf(tmp_path / "drawn.pdf", None)
    out = extract(tmp_path, drawn)
    assert calls == []
    assert out.meta["pages_without_text"] == "1"
    written = _drawn_pdf(tmp_path / "written.pdf", "Minutes of the branch committee meeting")
    out = extract(tmp_path, written)
    assert calls == [1]
    assert "Minutes of the branch committee meeting" in out.text
    assert "pages_without_text" not in out.meta


def test_pdf_render_scale_is_bounded():
    a4 = (595.32, 841.92)
    assert round(pdf_extractor.render_scale(*a4, Limits()) * a4[1]) == Limits().ocr_max_side_pixels
    receipt = pdf_extractor.render_scale(100, 150, Limits())
    assert receipt == pytest.approx(pdf_extractor.MAX_RENDER_DPI / 72)
    small_budget = Limits(max_image_pixels=1_000_000)
    scale = pdf_extractor.render_scale(*a4, small_budget)
    assert a4[0] * a4[1] * scale * scale <= 1_000_000 * 1.001
    assert pdf_extractor.render_scale(0, 100, Limits()) is None


@pytest.mark.slow
@pytest.mark.parametrize("render", [True, False], ids=["rendered", "embedded-images"])
def test_pdf_scan_cut_in_strips_is_reassembled(tmp_path, monkeypatch, render):
    """small_ocr.pdf stores each page as ~60 horizontal image strips; OCR must see the whole page.

    Without pypdfium2 (or when it cannot open the file) the strips are pasted back together from the images.
    """
    if render:  # pages rendered by pdfium: the reading the corpus ingest makes too, so made once per run
        out = _shared_scan("small_ocr.pdf")  # read with OCR, at most 1 page
        assert out.ocr_pages == [1]
    else:
        monkeypatch.setattr(pdf_extractor._Renderer, "render", lambda self, index, limits: None)
        path = copy_real(tmp_path, "small_ocr.pdf")
        out = extract(tmp_path, path, ocr_on=True, limits=Limits(max_ocr_pages=1))
    assert "商品的使用价值" in out.text.replace(" ", "")


# --- legacy (LibreOffice) -----------------------------------------------------------------------------------


@pytest.mark.slow
@needs_soffice
@pytest.mark.parametrize(("name", "fmt", "phrase"), [
    ("会议记录.doc", "doc", "会议主要议题"),
    ("工作计划.doc", "doc", "御美坊首页面"),
    ("test.wps", "wps", "党委报送材料"),
])
def test_legacy_with_soffice_and_cache(tmp_path, monkeypatch, name, fmt, phrase):
    # read (and converted by LibreOffice) once per test run: test_extract_robustness reads the same file so
    path, shared_cache, _, out = shared_extraction("real-office", name, ocr=False)
    assert not isinstance(out, Exception), out
    assert out.format == fmt and phrase in out.text
    ctx = make_ctx(tmp_path, path)
    assert (shared_cache / "converted" / f"{ctx.sha256}.docx").is_file()
    # a second read uses the cached conversion, even without LibreOffice
    shutil.copytree(shared_cache, ctx.cache_dir)
    monkeypatch.setenv(SOFFICE_ENV, "")
    assert extract_file(path, ctx).text == out.text


@pytest.mark.parametrize("name", ["会议记录.doc", "test.wps"])
def test_legacy_without_soffice(tmp_path, monkeypatch, name):
    monkeypatch.setenv(SOFFICE_ENV, "")
    with pytest.raises(ExtractionFailed) as info:
        extract(tmp_path, copy_real(tmp_path, name))
    assert info.value.reason == REASON_NEEDS_LIBREOFFICE


def test_et_with_workbook_stream_needs_no_soffice(tmp_path, monkeypatch):
    monkeypatch.setenv(SOFFICE_ENV, "")
    out = extract(tmp_path, copy_real(tmp_path, "partyInfo.xls", "花名册.et"))
    assert out.format == "et" and "加入党组织日期" in out.text
