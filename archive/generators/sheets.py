"""Spreadsheets laid out for the printed binder: a page setup written into a copy of an .xlsx before LibreOffice
turns it into PDF, so that a wide sheet (a 花名册 with a dozen columns) prints as whole rows instead of splitting
its columns across two pages.

Each worksheet of the copy gets A4 paper, landscape when its columns are wider than a portrait page, "fit to one
page wide" (as many pages tall as it needs), no manual column breaks and no header or footer of its own (LibreOffice's
default one is the English "Page 1" and the sheet's name; the binder stamps its own page numbers). The XML is edited
as text, element by element, so everything else in the workbook (styles, merged cells, images, print areas) is left
as the author wrote it. The original file is never opened for writing: the caller passes a copy.
"""

from __future__ import annotations

import re
import shutil
import zipfile
from pathlib import Path

SHEET_SUFFIXES = {".xlsx", ".xlsm", ".xls", ".et", ".ods"}
XLSX_SUFFIXES = {".xlsx", ".xlsm"}
LAYOUT_VERSION = "fit1"  # part of the cached PDF's name: bump when the page setup written here changes
A4_PAPER_SIZE = 9  # OOXML paperSize code
A4_SHORT_MM, A4_LONG_MM = 210.0, 297.0
DEFAULT_MARGIN_INCH = 0.7  # Excel's "normal" left/right margins
DEFAULT_COLUMN_CHARS = 8.43
MAX_SHEET_XML_BYTES = 64 * 1024 * 1024  # a sheet larger than this is converted as it is

_SHEET_PART = re.compile(r"^xl/worksheets/[^/]+\.xml$")
# Elements that follow <headerFooter> in CT_Worksheet, in schema order: the page setup goes before the first present.
_AFTER_HEADER_FOOTER = ("rowBreaks", "colBreaks", "customProperties", "cellWatches", "ignoredErrors", "smartTags",
                        "drawing", "legacyDrawing", "legacyDrawingHF", "drawingHF", "picture", "oleObjects",
                        "controls", "webPublishItems", "tableParts", "extLst")


def _column_number(letters: str) -> int:
    n = 0
    for ch in letters:
        n = n * 26 + ord(ch) - 64
    return n


def _attr(tag: str, name: str) -> str | None:
    m = re.search(rf'\s{name}="([^"]*)"', tag)
    return m.group(1) if m else None


def _width_mm(chars: float) -> float:
    """Excel's column width (characters of the default font) as printed millimetres (7 px a character + 5 px)."""
    return (7 * chars + 5) * 25.4 / 96


def _prefix(xml: str) -> str:
    """The namespace prefix the worksheet's elements are written with ("x:" in some generators' files, usually "")."""
    m = re.search(r"<(\w+:)?worksheet\b", xml)
    return (m.group(1) or "") if m else ""


def _used_columns(xml: str, p: str) -> int:
    m = re.search(rf'<{p}dimension\b[^>]*\sref="([^"]+)"', xml)
    if m and ":" in m.group(1):
        letters = re.match(r"\$?([A-Z]{1,3})", m.group(1).split(":")[-1])
        if letters:
            return _column_number(letters.group(1))
    return max((_column_number(c) for c in re.findall(rf'<{p}c\b[^>]*?\sr="([A-Z]{{1,3}})\d+"', xml)), default=1)


def sheet_width_mm(xml: str) -> float:
    """Printed width of the sheet's used columns (hidden columns left out)."""
    p = _prefix(xml)
    columns = _used_columns(xml, p)
    default = DEFAULT_COLUMN_CHARS
    fmt = re.search(rf"<{p}sheetFormatPr\b[^>]*>", xml)
    try:
        if fmt and _attr(fmt.group(0), "defaultColWidth"):
            default = float(_attr(fmt.group(0), "defaultColWidth"))
        elif fmt and _attr(fmt.group(0), "baseColWidth"):
            default = float(_attr(fmt.group(0), "baseColWidth")) + 0.71
    except ValueError:
        pass
    widths = {n: default for n in range(1, columns + 1)}
    for tag in re.findall(rf"<{p}col\b[^>]*>", xml):
        try:
            lo, hi = int(_attr(tag, "min") or 0), int(_attr(tag, "max") or 0)
            width = float(_attr(tag, "width") or default)
        except ValueError:
            continue
        hidden = _attr(tag, "hidden") in ("1", "true")
        for n in range(max(lo, 1), min(hi, columns) + 1):
            widths[n] = 0.0 if hidden else width
    return sum(_width_mm(w) for w in widths.values() if w > 0)


def _margins_inch(xml: str, p: str) -> float:
    m = re.search(rf"<{p}pageMargins\b[^>]*>", xml)
    if not m:
        return 2 * DEFAULT_MARGIN_INCH
    try:
        return float(_attr(m.group(0), "left") or DEFAULT_MARGIN_INCH) + float(
            _attr(m.group(0), "right") or DEFAULT_MARGIN_INCH)
    except ValueError:
        return 2 * DEFAULT_MARGIN_INCH


def _remove(xml: str, name: str) -> str:
    """Drop every <name …/> and <name …>…</name> (these elements never nest in themselves)."""
    xml = re.sub(rf"<{name}\b[^>]*/>", "", xml)
    return re.sub(rf"<{name}\b[^>]*>.*?</{name}>", "", xml, flags=re.S)


def _fit_to_page_flag(xml: str, p: str) -> str:
    """<sheetPr> with <pageSetUpPr fitToPage="1"/> (its last child in schema order)."""
    flag = f'<{p}pageSetUpPr fitToPage="1"/>'
    pr = re.search(rf"<{p}sheetPr\b[^>]*?(/?)>", xml)
    if pr is None:
        root = re.search(rf"<{p}worksheet\b[^>]*>", xml)
        if root is None:
            return xml
        return xml[:root.end()] + f"<{p}sheetPr>{flag}</{p}sheetPr>" + xml[root.end():]
    if pr.group(1):  # <sheetPr …/>: open it
        tag = pr.group(0)[:-2].rstrip() + f">{flag}</{p}sheetPr>"
        return xml[:pr.start()] + tag + xml[pr.end():]
    setup = re.search(rf"<{p}pageSetUpPr\b[^>]*?/>", xml)
    if setup is not None:
        tag = re.sub(r'\s+fitToPage="[^"]*"', "", setup.group(0)[:-2]).rstrip() + ' fitToPage="1"/>'
        return xml[:setup.start()] + tag + xml[setup.end():]
    end = xml.find(f"</{p}sheetPr>")
    return xml[:end] + flag + xml[end:] if end >= 0 else xml


def fit_sheet_xml(xml: str) -> str:
    """One worksheet's XML with the binder's page setup (see the module's docstring)."""
    p = _prefix(xml)
    content_mm = sheet_width_mm(xml)
    margins_mm = _margins_inch(xml, p) * 25.4
    old = re.search(rf"<{p}pageSetup\b[^>]*>", xml)
    landscape = (old is not None and _attr(old.group(0), "orientation") == "landscape") \
        or content_mm > A4_SHORT_MM - margins_mm
    setup = (f'<{p}pageSetup paperSize="{A4_PAPER_SIZE}" orientation="{"landscape" if landscape else "portrait"}" '
             'fitToWidth="1" fitToHeight="0"/>')
    for name in ("pageSetup", "headerFooter", "colBreaks"):
        xml = _remove(xml, p + name)
    xml = _fit_to_page_flag(xml, p)
    at = xml.find(f"</{p}worksheet>")
    margins = re.search(rf"<{p}pageMargins\b[^>]*?/>|<{p}pageMargins\b[^>]*>.*?</{p}pageMargins>", xml, flags=re.S)
    if margins is not None:
        at = margins.end()
    else:
        for name in _AFTER_HEADER_FOOTER:
            m = re.search(rf"<{p}{name}\b", xml)
            if m:
                at = m.start()
                break
        setup = (f'<{p}pageMargins left="{DEFAULT_MARGIN_INCH}" right="{DEFAULT_MARGIN_INCH}" top="0.75" '
                 f'bottom="0.75" header="0.3" footer="0.3"/>' + setup)
    if at < 0:
        return xml
    return xml[:at] + setup + xml[at:]


def fit_workbook(source: Path, target: Path) -> bool:
    """Write `source` (.xlsx) to `target` with every worksheet fitted to the page width; False when the workbook
    cannot be read as an .xlsx (the caller converts the file as it is)."""
    try:
        with zipfile.ZipFile(source) as zin:
            infos = zin.infolist()
            if not any(_SHEET_PART.match(i.filename) for i in infos):
                return False
            with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as zout:
                for info in infos:
                    data = zin.read(info)
                    if _SHEET_PART.match(info.filename) and info.file_size <= MAX_SHEET_XML_BYTES:
                        try:
                            data = fit_sheet_xml(data.decode("utf-8")).encode("utf-8")
                        except UnicodeDecodeError:
                            pass
                    zout.writestr(info, data)
        return True
    except (zipfile.BadZipFile, OSError, KeyError, ValueError, RuntimeError):
        target.unlink(missing_ok=True)
        return False


def copy_fitted(source: Path, target: Path) -> bool:
    """A copy of an .xlsx fitted to the page (True), or a plain copy when that is not possible (False)."""
    if source.suffix.lower() in XLSX_SUFFIXES and fit_workbook(source, target):
        return True
    shutil.copyfile(source, target)
    return False
