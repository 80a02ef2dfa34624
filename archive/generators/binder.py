"""The 电子台帐: one PDF for the inspection — cover, 台帐目录 with page numbers, a divider per category, then each
item's evidence in order (PDFs merged, images as pages, Office files through LibreOffice, anything else as a page
with its extracted text), with bookmarks per category, item and file."""

from __future__ import annotations

import io
import warnings
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath

from pypdf import PdfReader, PdfWriter

from archive.extract.legacy import find_soffice
from archive.generators import pages
from archive.generators.common import as_of, categories, date_cn, fmt_points, status_label
from archive.generators.convert import OFFICE_SUFFIXES, convert_to_pdf
from archive.generators.errors import OutputExists, ReportError
from archive.generators.templates import write_output

IMAGE_SUFFIXES = {".jpg", ".jpeg", ".png", ".bmp", ".gif", ".tif", ".tiff", ".webp"}
IMAGE_MAX_SIDE_PIXELS = 2400
BOOKMARK_CHARS = 60


@dataclass
class Part:
    """One evidence file as PDF bytes, ready to append."""

    path: str
    data: bytes
    pages: int
    how: str  # pdf | image | office | text
    label: str = ""  # the title shown in the 目录 and the bookmark


@dataclass
class BinderResult:
    path: Path
    pages: int
    categories: int
    items: int  # items with evidence (each has a bookmark)
    files: int
    as_text: list[str] = field(default_factory=list)  # shown as a page of extracted text
    not_found: list[str] = field(default_factory=list)

    def to_json(self) -> dict:
        return {"path": str(self.path), "pages": self.pages, "categories": self.categories, "items": self.items,
                "files": self.files, "as_text": self.as_text, "not_found": self.not_found}


def _count_pages(data: bytes) -> int:
    return len(PdfReader(io.BytesIO(data)).pages)


def _pdf_part(path: str, file: Path) -> Part | None:
    try:
        reader = PdfReader(file)
        if reader.is_encrypted and not reader.decrypt(""):
            return None
        writer = PdfWriter()
        writer.append(reader, import_outline=False)
        buf = io.BytesIO()
        writer.write(buf)
        data = buf.getvalue()
        return Part(path, data, _count_pages(data), "pdf")
    except Exception:  # a damaged PDF is shown as text instead of stopping the binder
        return None


def _image_part(path: str, file: Path, caption: str, max_pixels: int) -> Part | None:
    from PIL import Image, ImageOps

    Image.MAX_IMAGE_PIXELS = max_pixels
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            with Image.open(file) as im:
                im = ImageOps.exif_transpose(im)
                im = im.convert("RGB")
                im.thumbnail((IMAGE_MAX_SIDE_PIXELS, IMAGE_MAX_SIDE_PIXELS))
                data = pages.image_page(im, caption)
        return Part(path, data, 1, "image")
    except Exception:  # unreadable or too large: a text page says so
        return None


def _text_part(path: str, row, text: str, reason: str) -> Part:
    facts = [f"存放位置：{path}", reason]
    if row is not None:
        facts.insert(0, f"类型：{row.kind or '其他'}　日期：{row.date.isoformat() if row.date else '不详'}"
                        f"　页数：{row.pages or '不详'}")
    data = pages.text_pages(row.title if row is not None and row.title else PurePosixPath(path).name, facts, text)
    return Part(path, data, _count_pages(data), "text")


def _select(status: dict, item: str | None) -> list[dict]:
    cats = categories(status)
    if item is None:
        return cats
    for cat in cats:
        for it in cat["items"]:
            if it["id"] == item:
                return [{**cat, "items": [it]}]
    raise ReportError(f"评分表中没有序号为 {item} 的评分项。", remedy="可用 taizhang status 查看评分项序号。")


def build_parts(ws, paths: list[str], progress: Callable | None = None) -> dict[str, Part]:
    """Every file as PDF bytes; a file that cannot be shown as it is becomes a page of its extracted text."""
    from archive.catalog import connect, iter_evidence

    conn = connect(ws.catalog_path)
    try:
        rows = {ev.path: ev for ev in iter_evidence(conn) if ev.path in set(paths)}
        office = [(ws.root / p, rows[p].sha256) for p in paths
                  if PurePosixPath(p).suffix.lower() in OFFICE_SUFFIXES and p in rows and rows[p].sha256
                  and (ws.root / p).is_file()]
        if progress:
            progress("转换 Word/Excel", 0, len(office), "")
        soffice = find_soffice() is not None
        converted = convert_to_pdf(office, ws.cache_dir, float(ws.config.limits.soffice_timeout_seconds))
        parts: dict[str, Part] = {}
        need_text: dict[str, str] = {}
        for n, p in enumerate(paths, start=1):
            if progress:
                progress("整理材料", n, len(paths), p)
            file, row = ws.root / p, rows.get(p)
            suffix = PurePosixPath(p).suffix.lower()
            part = None
            if not file.is_file():
                need_text[p] = "文件已不在档案文件夹中，以下为登记时提取的文字。"
                continue
            if suffix == ".pdf":
                part = _pdf_part(p, file)
                reason = "PDF 无法打开（可能已损坏或加密），以下为提取的文字。"
            elif suffix in IMAGE_SUFFIXES:
                part = _image_part(p, file, p, int(ws.config.limits.max_image_pixels))
                reason = "图片无法显示，以下为识别的文字。"
            elif suffix in OFFICE_SUFFIXES:
                pdf = converted.get(row.sha256) if row is not None else None
                if pdf is not None:
                    part = _pdf_part(p, pdf)
                    if part is not None:
                        part.how = "office"
                reason = ("LibreOffice 未能转换此文件，以下为提取的文字。" if soffice
                          else "未安装 LibreOffice，无法转换为版式文件，以下为提取的文字。")
            else:
                reason = "此格式不能直接显示，以下为提取的文字。"
            if part is None:
                need_text[p] = reason
            else:
                parts[p] = part
        if need_text:
            ids = [rows[p].id for p in need_text if p in rows]
            texts = {ev.path: ev.text for ev in iter_evidence(conn, ids=ids, with_text=True)}
            for p, reason in need_text.items():
                parts[p] = _text_part(p, rows.get(p), texts.get(p, ""), reason)
        for p, part in parts.items():
            row = rows.get(p)
            name = PurePosixPath(p).name
            part.label = f"{row.title}（{name}）" if row is not None and row.title and row.title not in name else name
        return parts
    finally:
        conn.close()


def write_binder(ws, output: Path, status: dict, item: str | None = None, force: bool = False,
                 progress: Callable | None = None) -> BinderResult:
    """Assemble the 电子台帐 PDF from the status dict's evidence lists and write it atomically."""
    output = Path(output)
    if output.exists() and not force:
        raise OutputExists(f"输出文件 {output} 已存在。")
    cats = _select(status, item)
    paths = list(dict.fromkeys(p for c in cats for it in c["items"] for p in it.get("evidence") or []))
    parts = build_parts(ws, paths, progress)
    rubric_title = ""
    try:
        rubric_title = ws.rubric().title
    except Exception:  # the binder does not need the rubric; its title is only for the cover
        rubric_title = status.get("rubric") or ""

    # Layout first (page numbers), then the pages themselves.
    toc: list[pages.TocLine] = []
    plan = []  # (category, divider index, [(item, [(path, start page)])])
    for cat in cats:
        toc.append(pages.TocLine(cat["name"], None, 0))
        items = []
        for it in cat["items"]:
            files = [p for p in dict.fromkeys(it.get("evidence") or []) if p in parts]
            toc.append(pages.TocLine(f"第{it['id']}项　{it['text']}（{status_label(it)}）", None, 1))
            toc.extend(pages.TocLine(parts[p].label, None, 2) for p in files)
            items.append((it, files))
        plan.append((cat, items))
    n_toc = pages.toc_pages_needed(len(toc))
    page = 1 + n_toc + 1  # next page number after cover and toc
    line = 0
    starts = []
    for cat, items in plan:
        toc[line].page = page
        line += 1
        cat_page = page
        page += 1
        item_starts = []
        for it, files in items:
            toc[line].page = page if files else None
            line += 1
            file_starts = []
            for p in files:
                toc[line].page = page
                line += 1
                file_starts.append((p, page))
                page += parts[p].pages
            item_starts.append((it, file_starts))
        starts.append((cat, cat_page, item_starts))

    writer = PdfWriter()
    day = as_of(status)
    org, year = ws.config.org or status.get("org", ""), ws.config.year or status.get("year", day.year)
    n_items = sum(1 for _, _, its in starts for _, fs in its if fs)
    summary = [f"评分项 {sum(len(i) for _, _, i in starts)} 项，其中有材料 {n_items} 项；材料 {len(parts)} 份"]
    total = status.get("total") or {}
    if total.get("points") and not status.get("tiers") and item is None:
        summary.append(f"自评得分 {fmt_points(total.get('score'))} 分（满分 {fmt_points(total.get('points'))} 分）")
    _append(writer, pages.cover_page(org, year, rubric_title, date_cn(day), summary))
    _append(writer, pages.toc_pages(toc, 2))
    writer.add_outline_item(title="封面", page_number=0)
    writer.add_outline_item(title="台帐目录", page_number=1)
    for cat, cat_page, item_starts in starts:
        lines = [f"第{it['id']}项　{it['text']}" for it, _ in item_starts]
        _append(writer, pages.divider_page(cat["name"], lines))
        for _, file_starts in item_starts:
            for p, _ in file_starts:
                _append(writer, parts[p].data)
        cat_mark = writer.add_outline_item(title=cat["name"], page_number=cat_page - 1)
        for it, file_starts in item_starts:
            if not file_starts:
                continue
            item_mark = writer.add_outline_item(title=f"第{it['id']}项　{it['text']}"[:BOOKMARK_CHARS],
                                                page_number=file_starts[0][1] - 1, parent=cat_mark)
            for p, start in file_starts:
                writer.add_outline_item(title=parts[p].label[:BOOKMARK_CHARS], page_number=start - 1,
                                        parent=item_mark)
    writer.page_mode = "/UseOutlines"
    writer.add_metadata({"/Title": f"{org}{year}年度党建工作电子台帐", "/Author": "taizhang"})
    buf = io.BytesIO()
    writer.write(buf)
    total_pages = len(writer.pages)
    write_output(output, buf.getvalue(), force)
    return BinderResult(path=output, pages=total_pages, categories=len(starts), items=n_items, files=len(parts),
                        as_text=sorted(p for p, part in parts.items() if part.how == "text"),
                        not_found=sorted(p for p in paths if not (ws.root / p).is_file()))


def _append(writer: PdfWriter, data: bytes) -> None:
    writer.append(PdfReader(io.BytesIO(data)), import_outline=False)
