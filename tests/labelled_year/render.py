"""Low-level writers shared by the document families: .docx, .xlsx, text PDF, scanned PDF, images."""

from __future__ import annotations

import contextlib
import copy
import datetime as dt
import io
import re
import zipfile
from collections.abc import Iterator, Sequence
from functools import lru_cache
from pathlib import Path

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.shared import Pt
from PIL import Image, ImageDraw, ImageFont

FONT_FILE = "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc"
FONT_FILE_SERIF = "/usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc"
FONT_INDEX_SC = 2  # Simplified Chinese face inside the Noto CJK collections
ZIP_TIME = (2025, 1, 1, 0, 0, 0)
CORE_TIME = dt.datetime(2025, 1, 1, 8, 0, 0)
SCAN_DPI = 110
PDF_FONT = "STSong-Light"

ALIGN = {"center": WD_ALIGN_PARAGRAPH.CENTER, "right": WD_ALIGN_PARAGRAPH.RIGHT, None: None}


# ----------------------------------------------------------------------------------------------- docx

_TEMPLATE_XML: dict[bytes, object] = {}  # python-docx's default template: each XML part's blob -> its parsed element


@contextlib.contextmanager
def _template_parsed_once() -> Iterator[None]:
    """While python-docx opens its default template, each XML part is parsed once per process and deep-copied after
    (lxml copies a tree several times faster than it parses it): a new document is the template's parts as before."""
    import docx.opc.part as opc_part

    parse = opc_part.parse_xml

    def parse_once(blob):  # type: ignore[no-untyped-def]
        element = _TEMPLATE_XML.get(blob)
        if element is None:
            element = _TEMPLATE_XML[blob] = parse(blob)
        return copy.deepcopy(element)

    opc_part.parse_xml = parse_once
    try:
        yield
    finally:
        opc_part.parse_xml = parse


def new_docx(author: str = "Administrator", when: dt.datetime | None = None) -> Document:
    with _template_parsed_once():
        doc = Document()
    style = doc.styles["Normal"]
    style.font.name = "宋体"
    style.font.size = Pt(12)
    style.element.rPr.rFonts.set(qn("w:eastAsia"), "宋体")
    cp = doc.core_properties
    cp.author = author
    cp.last_modified_by = author
    cp.created = when or CORE_TIME
    cp.modified = when or CORE_TIME
    cp.revision = 1
    return doc


def par(doc, text: str = "", *, bold: bool = False, align: str | None = None, size: float | None = None,
        indent: bool = False):
    p = doc.add_paragraph()
    if ALIGN[align] is not None:
        p.alignment = ALIGN[align]
    if indent:
        p.paragraph_format.first_line_indent = Pt(24)
    if text:
        run = p.add_run(text)
        run.bold = bold
        if size:
            run.font.size = Pt(size)
    return p


def title(doc, text: str, size: float = 18) -> None:
    par(doc, text, bold=True, align="center", size=size)


def table(doc, rows: Sequence[Sequence[str]], *, merge_short: bool = True, bold_first_col: bool = False):
    """A grid table; a row shorter than the widest is merged to the right from its last cell."""
    ncols = max(len(r) for r in rows)
    t = doc.add_table(rows=len(rows), cols=ncols)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for r, row in enumerate(rows):
        cells = t.rows[r].cells
        target = cells
        if merge_short and len(row) < ncols:
            merged = cells[len(row) - 1].merge(cells[ncols - 1])
            target = list(cells[: len(row) - 1]) + [merged]
        for c, text in enumerate(row):
            cell = target[c]
            cell.text = ""
            lines = str(text).split("\n")
            p = cell.paragraphs[0]
            for i, line in enumerate(lines):
                if i:
                    p = cell.add_paragraph()
                run = p.add_run(line)
                run.bold = bold_first_col and c == 0
    return t


def _normalized_zip(data: bytes) -> bytes:
    """Rewrite an OOXML zip with fixed member times so the bytes are the same on every run."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            member = zipfile.ZipInfo(info.filename, ZIP_TIME)
            member.compress_type = zipfile.ZIP_DEFLATED
            member.external_attr = 0o600 << 16
            data = src.read(info.filename)
            if info.filename == "docProps/core.xml":  # openpyxl stamps the save time into dcterms:modified
                data = re.sub(rb"(<dcterms:modified[^>]*>)[^<]*(<)", rb"\g<1>2025-01-01T08:00:00Z\g<2>", data)
            dst.writestr(member, data)
    return out.getvalue()


@contextlib.contextmanager
def _stored_zips() -> Iterator[None]:
    """python-docx and openpyxl write their zip uncompressed while this lasts: `_normalized_zip` deflates every
    member anyway, so the first compression was thrown away (the files' bytes are the same)."""
    import docx.opc.phys_pkg as docx_zip
    import openpyxl.writer.excel as xlsx_zip

    modules = (docx_zip, xlsx_zip)
    for module in modules:
        module.ZIP_DEFLATED = zipfile.ZIP_STORED  # type: ignore[attr-defined]
    try:
        yield
    finally:
        for module in modules:
            module.ZIP_DEFLATED = zipfile.ZIP_DEFLATED  # type: ignore[attr-defined]


def save_docx(doc, path: Path) -> None:
    buf = io.BytesIO()
    with _stored_zips():
        doc.save(buf)
    path.write_bytes(_normalized_zip(buf.getvalue()))


def save_xlsx(wb, path: Path) -> None:
    wb.properties.created = CORE_TIME
    wb.properties.modified = CORE_TIME
    buf = io.BytesIO()
    with _stored_zips():
        wb.save(buf)
    path.write_bytes(_normalized_zip(buf.getvalue()))


# ----------------------------------------------------------------------------------------------- fonts, images

@lru_cache(maxsize=64)
def font(size: int, serif: bool = False) -> ImageFont.FreeTypeFont:
    return ImageFont.truetype(FONT_FILE_SERIF if serif else FONT_FILE, size, index=FONT_INDEX_SC)


def wrap(text: str, width: int) -> list[str]:
    """Split a line of Chinese text into pieces of at most `width` characters."""
    if not text:
        return [""]
    return [text[i:i + width] for i in range(0, len(text), width)]


def page_image(heading: str, lines: Sequence[str], *, size: tuple[int, int] = (1240, 1754), body: int = 30,
               tint: tuple[int, int, int] = (250, 249, 244), skew: float = 0.0) -> Image.Image:
    """A printed A4 page rendered as pixels (a scan): a centred heading and wrapped body lines."""
    img = Image.new("RGB", size, tint)
    draw = ImageDraw.Draw(img)
    margin = 120
    y = 150
    hf = font(body + 14, serif=True)
    w = draw.textlength(heading, font=hf)
    draw.text(((size[0] - w) / 2, y), heading, font=hf, fill=(20, 20, 20))
    y += body + 60
    bf = font(body, serif=True)
    per_line = int((size[0] - 2 * margin) / body)
    for line in lines:
        for piece in wrap(line, per_line):
            if y > size[1] - 120:
                break
            draw.text((margin, y), piece, font=bf, fill=(30, 30, 30))
            y += int(body * 1.7)
    if skew:
        img = img.rotate(skew, resample=Image.BICUBIC, expand=False, fillcolor=tint)
    return img


def scan_pdf(path: Path, heading: str, lines: Sequence[str], skew: float = 0.0) -> None:
    """A scanned document: one image page, no text layer."""
    img = page_image(heading, lines, skew=skew)
    img.save(path, "PDF", resolution=SCAN_DPI, creationDate=CORE_TIME.timetuple(), modDate=CORE_TIME.timetuple())


def save_jpeg(img: Image.Image, path: Path, exif_time: dt.datetime | None = None, model: str | None = None) -> None:
    exif = Image.Exif()
    if model:
        exif[0x010F] = "HUAWEI" if "HUAWEI" in model else "Xiaomi"
        exif[0x0110] = model
    if exif_time:
        stamp = exif_time.strftime("%Y:%m:%d %H:%M:%S")
        exif[0x0132] = stamp
        exif.get_ifd(0x8769)[0x9003] = stamp
        exif.get_ifd(0x8769)[0x9004] = stamp
    img.save(path, "JPEG", quality=85, exif=exif.tobytes() if (model or exif_time) else b"")


# ----------------------------------------------------------------------------------------------- text PDF

def text_pdf(path: Path, heading: str, lines: Sequence[str], *, author: str = "") -> None:
    """A PDF with a text layer (as exported by an office suite), in the CID font STSong-Light."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen import canvas

    if PDF_FONT not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(UnicodeCIDFont(PDF_FONT))
    c = canvas.Canvas(str(path), pagesize=A4, invariant=1)
    c.setAuthor(author)
    c.setTitle(heading)
    width, height = A4
    c.setFont(PDF_FONT, 18)
    c.drawCentredString(width / 2, height - 80, heading)
    c.setFont(PDF_FONT, 11.5)
    y = height - 120
    for line in lines:
        for piece in wrap(line, 38):
            if y < 60:
                c.showPage()
                c.setFont(PDF_FONT, 11.5)
                y = height - 60
            c.drawString(62, y, piece)
            y -= 20
    c.save()
