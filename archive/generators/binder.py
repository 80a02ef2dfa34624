"""The 电子台帐: one PDF for the inspection — cover, 台帐目录 with page numbers, a divider per category, then each
item's evidence in order (PDFs merged, photos as captioned pages, Office files through LibreOffice with wide sheets
fitted to the page, text and .csv files read as ingest reads them and a .csv drawn as a table, anything else as a
page with its extracted text), with bookmarks per category, item and file.

On paper: every page after the cover is stamped "— n —" at its foot, the numbers the 目录 gives; a file longer than
[binder] max_pages_per_file (taizhang.toml, default 20) contributes its first pages and a note page saying how many
were left out and where the original is, and the 目录 says so too."""

from __future__ import annotations

import io
import re
import warnings
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from pathlib import Path, PurePosixPath

from pypdf import PdfReader, PdfWriter, Transformation

from archive.assess.document import StatusDocument
from archive.errors import ConfigError
from archive.extract import text as text_reader
from archive.extract.legacy import find_soffice
from archive.generators import pages
from archive.generators.common import Section, as_of, categories, date_cn, fmt_points, status_label
from archive.generators.convert import OFFICE_SUFFIXES, SOFFICE_PROCESSES_MAX, default_processes, start_conversion
from archive.generators.errors import OutputExists, ReportError
from archive.generators.templates import write_output
from archive.vocab import UNRELIABLE_DATE_SOURCES, date_to_precision

IMAGE_SUFFIXES = {".jpg", ".jpeg", ".png", ".bmp", ".gif", ".tif", ".tiff", ".webp"}
TEXT_SUFFIXES = {".txt", ".text"} | text_reader.CSV_SUFFIXES | text_reader.MARKDOWN_SUFFIXES
IMAGE_MAX_SIDE_PIXELS = 2400
BOOKMARK_CHARS = 60
DEFAULT_MAX_PAGES_PER_FILE = 20
BINDER_KEYS = {"max_pages_per_file": "每份材料最多装订的页数（默认 20，0 表示不限）",
               "soffice_processes": f"同时运行的 LibreOffice 转换进程数（默认为 CPU 核数，最多 {SOFFICE_PROCESSES_MAX}）"}
# File names a camera or a chat app gives a photo: such a name is no title for a caption.
CAMERA_NAME = re.compile(r"^(?:IMG|DSC|DSCN|DCIM|PXL|VID|P|mmexport|wx_camera|微信图片|Screenshot|截图|屏幕截图)"
                         r"[_\-\s]?[\d_\-\s()（）]*$", re.I)


@dataclass(frozen=True)
class BinderSettings:
    """[binder] in taizhang.toml."""

    max_pages_per_file: int = DEFAULT_MAX_PAGES_PER_FILE  # 0: no cap
    soffice_processes: int = field(default_factory=default_processes)  # LibreOffice runs at once


def load_binder_settings(ws) -> BinderSettings:
    raw = ws.config.section("binder")
    unknown = sorted(set(raw) - set(BINDER_KEYS))
    if unknown:
        raise ConfigError(f"taizhang.toml 的 [binder] 中有未知设置项「{'、'.join(unknown)}」。",
                          remedy="可用的设置项：" + "；".join(f"{k}：{v}" for k, v in BINDER_KEYS.items()))
    cap = raw.get("max_pages_per_file", DEFAULT_MAX_PAGES_PER_FILE)
    if not isinstance(cap, int) or isinstance(cap, bool) or cap < 0:
        raise ConfigError(f"taizhang.toml 的 [binder] max_pages_per_file 必须是不小于 0 的整数，现为 {cap!r}。",
                          remedy="写每份材料最多装订的页数，如 max_pages_per_file = 20；0 表示不限。")
    processes = raw.get("soffice_processes", default_processes())
    if not isinstance(processes, int) or isinstance(processes, bool) or processes < 1:
        raise ConfigError(f"taizhang.toml 的 [binder] soffice_processes 必须是正整数，现为 {processes!r}。",
                          remedy="写同时运行的 LibreOffice 转换进程数，如 soffice_processes = 2；内存紧张时写 1。")
    return BinderSettings(max_pages_per_file=cap, soffice_processes=processes)


@dataclass
class Part:
    """One evidence file as PDF bytes, ready to append."""

    path: str
    data: bytes
    pages: int  # pages it takes in the binder (with the note page when it was cut)
    how: str  # pdf | image | office | table | text (a text file) | extracted (a file shown as its extracted text)
    label: str = ""  # the title shown in the 目录 and the bookmark
    source_pages: int = 0  # pages of the whole file as laid out
    kept: int = 0  # of which the binder holds the first `kept`

    @property
    def cut(self) -> bool:
        return self.source_pages > self.kept


@dataclass
class BinderResult:
    path: Path
    pages: int
    categories: int
    items: int  # items with evidence (each has a bookmark)
    files: int
    as_text: list[str] = field(default_factory=list)  # shown as a page of extracted text
    not_found: list[str] = field(default_factory=list)
    capped: list[dict] = field(default_factory=list)  # {"path", "pages" (the whole file), "kept"} cut at the cap

    def to_json(self) -> dict:
        return {"path": str(self.path), "pages": self.pages, "categories": self.categories, "items": self.items,
                "files": self.files, "as_text": self.as_text, "not_found": self.not_found, "capped": self.capped}


def _count_pages(data: bytes) -> int:
    return len(PdfReader(io.BytesIO(data)).pages)


def _keep(cap: int, pages: int) -> int:
    return pages if cap <= 0 else min(pages, cap)


def _pdf_part(path: str, file: Path, cap: int) -> Part | None:
    try:
        reader = PdfReader(file)
        if reader.is_encrypted and not reader.decrypt(""):
            return None
        total = len(reader.pages)
        if total == 0:
            return None
        keep = _keep(cap, total)
        writer = PdfWriter()
        writer.append(reader, pages=list(range(keep)), import_outline=False)
        buf = io.BytesIO()
        writer.write(buf)
        return Part(path, buf.getvalue(), keep, "pdf", source_pages=total, kept=keep)
    except Exception:  # a damaged PDF is shown as text instead of stopping the binder
        return None


def _image_part(path: str, file: Path, caption: str, location: str, max_pixels: int) -> Part | None:
    from PIL import Image, ImageOps

    Image.MAX_IMAGE_PIXELS = max_pixels
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            with Image.open(file) as im:
                im = ImageOps.exif_transpose(im)
                im = im.convert("RGB")
                im.thumbnail((IMAGE_MAX_SIDE_PIXELS, IMAGE_MAX_SIDE_PIXELS))
                data = pages.image_page(im, caption, location)
        return Part(path, data, 1, "image", source_pages=1, kept=1)
    except Exception:  # unreadable or too large: a text page says so
        return None


def _date_text(row) -> str:
    """The evidence's date as a reader writes it, to the precision it is known; a file's modification time is no
    date of the document."""
    day = getattr(row, "date", None)
    if day is None or getattr(row, "date_source", None) in UNRELIABLE_DATE_SOURCES:
        return ""
    return date_to_precision(day, getattr(row, "date_precision", None), date_cn)


def _kind(row, default: str = "其他") -> str:
    kind = (row.kind if row is not None else None) or default
    meeting = row.meeting_type if row is not None else None
    return f"{kind}（{meeting}）" if meeting and meeting not in kind else kind


def _title(path: str, row) -> str:
    return row.title if row is not None and row.title else PurePosixPath(path).stem


def _photo_caption(path: str, row) -> tuple[str, str]:
    """(date　kind　title, where the original is): a camera's file name is no title, the folder it was put in is."""
    title = _title(path, row)
    folder = PurePosixPath(path).parent.name
    if CAMERA_NAME.match(title) and folder:
        title = folder
    return f"{_date_text(row) or '日期不详'}　{_kind(row, '照片')}　{title}", f"存放位置：{path}"


def _facts(path: str, row, reason: str = "") -> list[str]:
    facts = [f"类型：{_kind(row)}　日期：{_date_text(row) or '不详'}"] if row is not None else []
    facts.append(f"存放位置：{path}")
    if reason:
        facts.append(reason)
    return facts


def _text_part(path: str, row, text: str, reason: str, cap: int, how: str = "extracted") -> Part:
    data, total = pages.text_pages(_title(path, row), _facts(path, row, reason), text, cap if cap > 0 else 10 ** 6)
    kept = _keep(cap, total)
    return Part(path, data, kept, how, source_pages=total, kept=kept)


def _plain_part(ws, path: str, file: Path, row, cap: int) -> Part | None:
    """A text file read with ingest's own reader (the same encoding detection: BOM, UTF-8, GB18030 …); a .csv, or
    a text typed as a table with tabs, as a table. None when the reader refuses it (binary content)."""
    from archive.errors import ExtractionFailed
    from archive.extract.base import ExtractContext

    ctx = ExtractContext(limits=ws.config.limits, cache_dir=ws.cache_dir, thumbs_dir=ws.thumbs_dir,
                         sha256=(row.sha256 if row is not None else "") or "", ocr=False, soffice="")
    try:
        read = text_reader.extract(file, ctx)
    except (ExtractionFailed, OSError):
        return None
    table = next((t.rows for t in read.tables if t.rows), None) or pages.tab_separated_rows(read.text)
    if table is None:
        return _text_part(path, row, read.text, "", cap, how="text")
    data, total = pages.table_pages(_title(path, row), _facts(path, row), table, cap if cap > 0 else 10 ** 6)
    kept = _keep(cap, total)
    return Part(path, data, kept, "table", source_pages=total, kept=kept)


def _note(part: Part, title: str) -> bytes:
    left = part.source_pages - part.kept
    laid_out = "" if part.how == "pdf" else "排版后"
    return pages.note_page(title, [
        f"本件材料{laid_out}共 {part.source_pages} 页，电子台帐收录前 {part.kept} 页，"
        f"其余 {left} 页（第 {part.kept + 1}—{part.source_pages} 页）从略。",
        f"原件存放在档案文件夹中：{part.path}",
        "如需查阅全文，请调阅原件。",
    ])


def _concat(*datas: bytes) -> bytes:
    writer = PdfWriter()
    for data in datas:
        _append(writer, data)
    buf = io.BytesIO()
    writer.write(buf)
    return buf.getvalue()


def _select(status: StatusDocument, item: str | None) -> list[Section]:
    cats = categories(status)
    if item is None:
        return cats
    for cat in cats:
        for it in cat.items:
            if it.id == item:
                return [replace(cat, items=[it])]
    raise ReportError(f"评分表中没有序号为 {item} 的评分项。", remedy="可用 taizhang status 查看评分项序号。")


def build_parts(ws, paths: list[str], progress: Callable | None = None,
                settings: BinderSettings | None = None) -> dict[str, Part]:
    """Every file as PDF bytes, cut at the page cap with a note page; a file that cannot be shown as it is becomes
    pages of its extracted text. LibreOffice converts the office files in the background while the others are laid
    out."""
    from archive.catalog import connect, iter_evidence

    settings = settings or load_binder_settings(ws)
    cap = settings.max_pages_per_file
    conn = connect(ws.catalog_path)
    try:
        rows = {ev.path: ev for ev in iter_evidence(conn) if ev.path in set(paths)}
        office = [(ws.root / p, rows[p].sha256) for p in paths
                  if PurePosixPath(p).suffix.lower() in OFFICE_SUFFIXES and p in rows and rows[p].sha256
                  and (ws.root / p).is_file()]
        if progress:
            progress("转换 Word/Excel", 0, len(office), "")
        soffice = find_soffice() is not None
        parts: dict[str, Part] = {}
        need_text: dict[str, str] = {}
        with start_conversion(office, ws.cache_dir, float(ws.config.limits.soffice_timeout_seconds),
                              settings.soffice_processes) as conversion:
            later = [p for p in paths if PurePosixPath(p).suffix.lower() in OFFICE_SUFFIXES]
            first = [p for p in paths if PurePosixPath(p).suffix.lower() not in OFFICE_SUFFIXES]
            converted: dict[str, Path] = {}
            for n, p in enumerate(first + later, start=1):
                if n == len(first) + 1:  # the office files: wait for LibreOffice
                    converted = conversion.wait()
                    if progress:
                        progress("转换 Word/Excel", len(office), len(office), "")
                if progress:
                    progress("整理材料", n, len(paths), p)
                part, reason = _part(ws, p, rows.get(p), cap, converted, soffice)
                if part is None:
                    need_text[p] = reason
                else:
                    parts[p] = part
        if need_text:
            ids = [rows[p].id for p in need_text if p in rows]
            texts = {ev.path: ev.text for ev in iter_evidence(conn, ids=ids, with_text=True)}
            for p, reason in need_text.items():
                parts[p] = _text_part(p, rows.get(p), texts.get(p, ""), reason, cap)
        for p, part in parts.items():
            row = rows.get(p)
            name = PurePosixPath(p).name
            part.label = f"{row.title}（{name}）" if row is not None and row.title and row.title not in name else name
            if part.cut:
                part.data = _concat(part.data, _note(part, _title(p, row)))
                part.pages = part.kept + 1
        return parts
    finally:
        conn.close()


def _part(ws, p: str, row, cap: int, converted: dict[str, Path], soffice: bool) -> tuple[Part | None, str]:
    """One file as it is (None when it cannot be shown so) and, for None, why its extracted text stands in."""
    file = ws.root / p
    suffix = PurePosixPath(p).suffix.lower()
    if not file.is_file():
        return None, "文件已不在档案文件夹中，以下为登记时提取的文字。"
    if suffix == ".pdf":
        return _pdf_part(p, file, cap), "PDF 无法打开（可能已损坏或加密），以下为提取的文字。"
    if suffix in IMAGE_SUFFIXES:
        part = _image_part(p, file, *_photo_caption(p, row), int(ws.config.limits.max_image_pixels))
        return part, "图片无法显示，以下为识别的文字。"
    if suffix in OFFICE_SUFFIXES:
        part = None
        pdf = converted.get(row.sha256) if row is not None else None
        if pdf is not None:
            part = _pdf_part(p, pdf, cap)
            if part is not None:
                part.how = "office"
        return part, ("LibreOffice 未能转换此文件，以下为提取的文字。" if soffice
                      else "未安装 LibreOffice，无法转换为版式文件，以下为提取的文字。")
    if suffix in TEXT_SUFFIXES:
        return _plain_part(ws, p, file, row, cap), "文件内容无法按文字读取，以下为登记时提取的文字。"
    return None, "此格式不能直接显示，以下为提取的文字。"


def write_binder(ws, output: Path, status: StatusDocument | dict, item: str | None = None, force: bool = False,
                 progress: Callable | None = None) -> BinderResult:
    """Assemble the 电子台帐 PDF from the status document's evidence lists (typed, or its JSON dict) and write it
    atomically."""
    output = Path(output)
    if output.exists() and not force:
        raise OutputExists(f"输出文件 {output} 已存在。")
    status = StatusDocument.of(status)
    cats = _select(status, item)
    paths = list(dict.fromkeys(p for c in cats for it in c.items for p in it.evidence))
    parts = build_parts(ws, paths, progress, load_binder_settings(ws))
    rubric_title = ""
    try:
        rubric_title = ws.rubric().title
    except Exception:  # the binder does not need the rubric; its title is only for the cover
        rubric_title = status.rubric

    # Layout first (page numbers), then the pages themselves.
    toc: list[pages.TocLine] = []
    plan = []  # (category, divider index, [(item, [(path, start page)])])
    for cat in cats:
        toc.append(pages.TocLine(cat.name, None, 0))
        items = []
        for it in cat.items:
            files = [p for p in dict.fromkeys(it.evidence) if p in parts]
            toc.append(pages.TocLine(f"第{it.id}项　{it.text}", None, 1, f"（{status_label(it)}）"))
            toc.extend(pages.TocLine(parts[p].label, None, 2, _cut_note(parts[p])) for p in files)
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
    org = ws.config.org or status.org
    year = ws.config.year or (day.year if status.year is None else status.year)
    n_items = sum(1 for _, _, its in starts for _, fs in its if fs)
    summary = [f"评分项 {sum(len(i) for _, _, i in starts)} 项，其中有材料 {n_items} 项；材料 {len(parts)} 份"]
    total = status.total
    if total.points and not status.tiers and item is None:
        summary.append(f"自评得分 {fmt_points(total.score)} 分（满分 {fmt_points(total.points)} 分）")
    _append(writer, pages.cover_page(org, year, rubric_title, date_cn(day), summary))
    _append(writer, pages.toc_pages(toc))
    writer.add_outline_item(title="封面", page_number=0)
    writer.add_outline_item(title="台帐目录", page_number=1)
    for cat, cat_page, item_starts in starts:
        lines = [f"第{it.id}项　{it.text}" for it, _ in item_starts]
        _append(writer, pages.divider_page(cat.name, lines))
        for _, file_starts in item_starts:
            for p, _ in file_starts:
                _append(writer, parts[p].data)
        cat_mark = writer.add_outline_item(title=cat.name, page_number=cat_page - 1)
        for it, file_starts in item_starts:
            if not file_starts:
                continue
            item_mark = writer.add_outline_item(title=f"第{it.id}项　{it.text}"[:BOOKMARK_CHARS],
                                                page_number=file_starts[0][1] - 1, parent=cat_mark)
            for p, start in file_starts:
                writer.add_outline_item(title=parts[p].label[:BOOKMARK_CHARS], page_number=start - 1,
                                        parent=item_mark)
    _number_pages(writer)
    writer.page_mode = "/UseOutlines"
    writer.add_metadata({"/Title": f"{org}{year}年度党建工作电子台帐", "/Author": "taizhang"})
    buf = io.BytesIO()
    writer.write(buf)
    total_pages = len(writer.pages)
    write_output(output, buf.getvalue(), force)
    return BinderResult(path=output, pages=total_pages, categories=len(starts), items=n_items, files=len(parts),
                        as_text=sorted(p for p, part in parts.items() if part.how == "extracted"),
                        not_found=sorted(p for p in paths if not (ws.root / p).is_file()),
                        capped=[{"path": p, "pages": part.source_pages, "kept": part.kept}
                                for p, part in sorted(parts.items()) if part.cut])


def _cut_note(part: Part) -> str:
    return f"（共{part.source_pages}页，收录前{part.kept}页）" if part.cut else ""


def _append(writer: PdfWriter, data: bytes) -> None:
    writer.append(PdfReader(io.BytesIO(data)), import_outline=False)


def _number_pages(writer: PdfWriter) -> None:
    """Stamp every page after the cover with its page number in the binder, centred at the foot of the page as
    it is seen (a page turned by /Rotate is turned in its content first, so the foot is the reader's foot)."""
    targets = list(writer.pages)[1:]
    if not targets:
        return
    boxes = []
    for page in targets:
        if page.rotation % 360:
            page.transfer_rotation_to_content()
        box = page.cropbox
        boxes.append((min(float(box[0]), float(box[2])), min(float(box[1]), float(box[3])),
                      abs(float(box.width)), abs(float(box.height))))
    stamps = PdfReader(io.BytesIO(pages.number_stamps([(w, h) for _, _, w, h in boxes],
                                                      list(range(2, len(targets) + 2)))))
    for page, stamp, (x, y, _, _) in zip(targets, stamps.pages, boxes, strict=True):
        page.merge_transformed_page(stamp, Transformation().translate(x, y), over=True)
