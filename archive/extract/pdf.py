"""PDF via pypdf: the text layer page by page; pages without one are rendered (pypdfium2) and read with OCR.

A page without a text layer is rendered whole with pypdfium2, so scans, scans cut in strips, and text drawn as
vector outlines (no font, no image: e.g. a form exported "as curves") are all OCR'd as the reader sees them. The
render scale puts the page's longer side at limits.ocr_max_side_pixels (at most MAX_RENDER_DPI) and keeps the
bitmap within limits.max_image_pixels. When pypdfium2 is missing or cannot open/render the file, the page's
embedded images are OCR'd instead: the largest images (up to MAX_OCR_IMAGES_PER_PAGE, each at least
MIN_OCR_IMAGE_SHARE of the largest) in order, several placed strips pasted back into one page.
At most limits.max_ocr_pages pages are OCR'd per file; OCR results are cached per page.
Encrypted files are tried with the empty password (owner-password-only PDFs open); otherwise → REASON_ENCRYPTED.
"""

from __future__ import annotations

import logging
import re
from pathlib import Path
from typing import Any

from archive.extract import ocr
from archive.extract.base import (
    REASON_CORRUPT,
    REASON_ENCRYPTED,
    ExtractContext,
    Extracted,
    ExtractionFailed,
)
from archive.extract.safety import image_guard

FORMAT = "pdf"
MIN_TEXT_CHARS_PER_PAGE = 10  # fewer non-space characters than this: the page has no real text layer
MAX_OCR_IMAGES_PER_PAGE = 4
MIN_OCR_IMAGE_SHARE = 0.1  # ignore logos and stamps smaller than this share of the page's largest image
MIN_OCR_IMAGE_SIDE = 64
MAX_RENDER_DPI = 300  # a small page (a receipt) is not rendered finer than this
MIN_RENDER_SCALE = 0.05  # a page so large it would render coarser than this is not rendered (embedded images instead)
RENDER_CACHE_TAG = "r"  # OCR cache entries of rendered pages (earlier versions cached embedded-image OCR per page)
MAX_PAGES = 5_000  # beyond this, pages are skipped with a warning
PAGE_SEPARATOR = "\n\n"
# pypdf reads a page's text by parsing its whole content stream in Python: seconds for a page drawn as vector
# outlines or cut in hundreds of strips (a 26-page form exported "as curves" took 10-20 s). On a page whose stream
# is larger than this, pdfium (C++, milliseconds) counts the characters first; when it finds fewer than
# MIN_TEXT_CHARS_PER_PAGE the page has no text layer worth reading and pypdf is not asked.
TEXT_PROBE_MIN_STREAM_BYTES = 64 * 1024
WHITESPACE = re.compile(r"\s+")

# pypdf logs every oddity of a malformed file at WARNING; the library never prints, so keep them quiet.
logging.getLogger("pypdf").setLevel(logging.ERROR)


def _open(path: Path) -> Any:
    from pypdf import PdfReader
    from pypdf.errors import DependencyError, FileNotDecryptedError, PdfReadError

    try:
        reader = PdfReader(str(path), strict=False)
    except FileNotDecryptedError as exc:
        raise ExtractionFailed(REASON_ENCRYPTED, "PDF 设置了打开密码") from exc
    except Exception as exc:  # PdfReadError, PdfStreamError, ValueError, KeyError … on damaged files
        raise ExtractionFailed(REASON_CORRUPT, f"PDF 结构无法读取（{type(exc).__name__}）") from exc
    try:
        encrypted = reader.is_encrypted
    except Exception as exc:
        raise ExtractionFailed(REASON_CORRUPT, f"PDF 加密信息无法读取（{type(exc).__name__}）") from exc
    if encrypted:
        try:
            ok = reader.decrypt("")
        except (DependencyError, NotImplementedError) as exc:
            raise ExtractionFailed(REASON_ENCRYPTED, f"不支持此 PDF 的加密方式（{exc}）") from exc
        except (PdfReadError, FileNotDecryptedError) as exc:
            raise ExtractionFailed(REASON_ENCRYPTED, "PDF 设置了打开密码") from exc
        except Exception as exc:
            raise ExtractionFailed(REASON_CORRUPT, f"PDF 加密信息已损坏（{type(exc).__name__}）") from exc
        if not ok or not _empty_user_password(reader):
            raise ExtractionFailed(REASON_ENCRYPTED, "PDF 设置了打开密码")
    return reader


def _empty_user_password(reader: Any) -> bool:
    """Whether "" is the *user* password, as a viewer tries it silently.

    pypdf's decrypt("") also succeeds when the *owner* password is empty but a user password is set (the
    r5/r6 "user-password" samples); a reader would be asked for a password there, so that file is encrypted.
    """
    try:
        from pypdf._encryption import AlgV4, AlgV5

        enc = reader._encryption
        if enc.V <= 4:
            key = AlgV4.verify_user_password(b"", enc.R, enc.Length, enc.values.O, enc.values.U, enc.P,
                                             enc.id1_entry, enc.EncryptMetadata)
        else:
            key = AlgV5.verify_user_password(enc.R, b"", enc.values.U, enc.values.UE)
    except Exception:  # pypdf internals moved: trust decrypt("")
        return True
    return bool(key)


def _meta(reader: Any, out: Extracted) -> None:
    try:
        info = reader.metadata
    except Exception:
        info = None
    if not info:
        return
    for key, attr in (("title", "title"), ("author", "author"), ("created", "creation_date"),
                      ("modified", "modification_date"), ("producer", "producer")):
        try:
            value = getattr(info, attr)
        except Exception:  # unparsable date strings and broken objects
            continue
        if value:
            out.meta[key] = value.isoformat(sep=" ") if hasattr(value, "isoformat") else str(value).strip()
    out.title = out.meta.get("title", "")


Matrix = tuple[float, float, float, float, float, float]
IDENTITY: Matrix = (1.0, 0.0, 0.0, 1.0, 0.0, 0.0)
CONTENT_TOKEN = re.compile(rb"/[^\s/\[\]()<>{}%]+|[-+]?(?:\d+\.?\d*|\.\d+)|[A-Za-z'\"*]+|\((?:\\.|[^\\)])*\)|<[^>]*>|%[^\r\n]*")
NUMBER_START = b"+-.0123456789"
MAX_LAYOUT_STREAM_BYTES = 4 << 20  # bigger content streams are vector drawings, not scans
MAX_COMPOSITE_SIDE_FACTOR = 2  # the composite page may be this × ocr_max_side_pixels before OCR downscales it


def _multiply(m: Matrix, n: Matrix) -> Matrix:
    """m × n in PDF's row-vector convention (m applied first)."""
    a, b, c, d, e, f = m
    a2, b2, c2, d2, e2, f2 = n
    return (a * a2 + b * c2, a * b2 + b * d2, c * a2 + d * c2, c * b2 + d * d2,
            e * a2 + f * c2 + e2, e * b2 + f * d2 + f2)


def image_placements(content: bytes) -> dict[str, Matrix]:
    """XObject name (without "/") → CTM at its first `Do`, from a page content stream (q/Q/cm/Do only)."""
    stack: list[Matrix] = []
    ctm = IDENTITY
    operands: list[bytes] = []
    placed: dict[str, Matrix] = {}
    for token in CONTENT_TOKEN.findall(content):
        if token[:1] in NUMBER_START or token[:1] in (b"/", b"(", b"<"):
            operands.append(token)
            continue
        if token.startswith(b"%"):
            continue
        if token == b"q":
            stack.append(ctm)
        elif token == b"Q":
            ctm = stack.pop() if stack else IDENTITY
        elif token == b"cm" and len(operands) >= 6:
            try:
                values = tuple(float(v) for v in operands[-6:])
            except ValueError:
                values = IDENTITY
            ctm = _multiply(values, ctm)  # type: ignore[arg-type]
        elif token == b"Do" and operands and operands[-1].startswith(b"/"):
            placed.setdefault(operands[-1][1:].decode("latin-1"), ctm)
        elif token == b"BI":  # inline image data is binary: stop here, keep what was found
            break
        operands = []
    return placed


def _composite(images: list[tuple[Any, Matrix]], limits: Any) -> Any:
    """Paste images at their places on the page (axis-aligned placements only) into one white canvas."""
    from PIL import Image, ImageOps

    boxes = []
    for img, (a, b, c, d, e, f) in images:
        if abs(b) > 1e-6 or abs(c) > 1e-6 or a == 0 or d == 0:
            return None
        x0, x1 = sorted((e, e + a))
        y0, y1 = sorted((f, f + d))
        boxes.append((img, x0, y0, x1, y1, a < 0, d < 0))
    left = min(b[1] for b in boxes)
    bottom = min(b[2] for b in boxes)
    right = max(b[3] for b in boxes)
    top = max(b[4] for b in boxes)
    scale = max(b[0].width / max(b[3] - b[1], 1e-6) for b in boxes)
    max_side = MAX_COMPOSITE_SIDE_FACTOR * int(limits.ocr_max_side_pixels)
    scale = min(scale, max_side / max(right - left, top - bottom, 1e-6))
    canvas = Image.new("RGB", (max(1, round((right - left) * scale)), max(1, round((top - bottom) * scale))), "white")
    for img, x0, y0, x1, y1, flip_x, flip_y in boxes:
        size = (max(1, round((x1 - x0) * scale)), max(1, round((y1 - y0) * scale)))
        tile = img.convert("RGB")
        if flip_x:
            tile = ImageOps.mirror(tile)
        if flip_y:  # image rows run top-down when d > 0; a negative d draws the image upside down
            tile = ImageOps.flip(tile)
        canvas.paste(tile.resize(size, Image.Resampling.BILINEAR), (round((x0 - left) * scale), round((top - y1) * scale)))
    return canvas


def _page_images(page: Any, limits: Any) -> list[Any]:
    """Decoded PIL images of the page worth OCR: several placed images (a scan cut in strips) become one."""
    candidates: list[tuple[int, int, Any, str]] = []
    for order, image_file in enumerate(page.images):
        try:
            img = image_file.image
        except ExtractionFailed:
            raise
        except Exception:  # undecodable filter, broken stream: skip this image
            continue
        if img is None or min(img.size) < 1:
            continue
        candidates.append((img.width * img.height, order, img, Path(str(image_file.name)).stem))
    if len(candidates) > 1:
        try:
            content = page.get_contents()
            data = content.get_data() if content is not None else b""
        except Exception:
            data = b""
        if 0 < len(data) <= MAX_LAYOUT_STREAM_BYTES:
            placements = image_placements(data)
            placed = [(c[2], placements[c[3]]) for c in candidates if c[3] in placements]
            if len(placed) > 1:
                canvas = _composite(placed, limits)
                if canvas is not None:
                    return [canvas]
    candidates = [c for c in candidates if min(c[2].size) >= MIN_OCR_IMAGE_SIDE]
    if not candidates:
        return []
    largest = max(c[0] for c in candidates)
    kept = [c for c in candidates if c[0] >= MIN_OCR_IMAGE_SHARE * largest]
    kept = sorted(kept, key=lambda c: -c[0])[:MAX_OCR_IMAGES_PER_PAGE]
    return [c[2] for c in sorted(kept, key=lambda c: c[1])]


def _largest_declared_pixels(page: Any) -> int:
    """Width × height of the biggest image XObject the page declares, read before anything is decoded."""
    largest = 0
    try:
        xobjects = page["/Resources"]["/XObject"]
        for ref in xobjects.values():
            obj = ref.get_object()
            if obj.get("/Subtype") == "/Image":
                largest = max(largest, int(obj.get("/Width", 0)) * int(obj.get("/Height", 0)))
    except Exception:  # no resources, odd structures: nothing to check here
        pass
    return largest


class _Renderer:
    """Renders pages with pypdfium2, opening the file on first use; unusable (None) when pypdfium2 cannot."""

    def __init__(self, path: Path):
        self.path = path
        self.doc: Any = None
        self.failed = False

    def _document(self) -> Any:
        """The pdfium document, opened on first use; None (for good) when pypdfium2 is missing or refuses the file."""
        if self.doc is None and not self.failed:
            try:
                import pypdfium2

                self.doc = pypdfium2.PdfDocument(str(self.path))
            except Exception:  # no pypdfium2, or a damaged or exotic file: pypdf and the embedded images serve
                self.failed = True
        return None if self.failed else self.doc

    def render(self, index: int, limits: Any) -> Any:
        """The page as a PIL image, or None when this file cannot be rendered (the caller falls back)."""
        if self._document() is None:
            return None
        try:
            page = self.doc[index]
            try:
                width, height = page.get_size()
                scale = render_scale(width, height, limits)
                if scale is None:
                    return None
                bitmap = page.render(scale=scale)
                try:
                    return bitmap.to_pil().convert("RGB")
                finally:
                    bitmap.close()
            finally:
                page.close()
        except Exception:  # pdfium refuses a damaged or exotic page: embedded images are the fallback
            self.failed = True
        return None

    def text_chars(self, index: int) -> int | None:
        """Non-space characters pdfium finds in the page's text layer; None when pdfium cannot tell."""
        if self._document() is None:
            return None
        try:
            page = self.doc[index]
            try:
                textpage = page.get_textpage()
                try:
                    return len(WHITESPACE.sub("", textpage.get_text_range()))
                finally:
                    textpage.close()
            finally:
                page.close()
        except Exception:  # this page's text defeats pdfium: pypdf reads it as before
            return None

    def close(self) -> None:
        if self.doc is not None:
            try:
                self.doc.close()
            except Exception:
                pass
            self.doc = None


def _may_have_text(page: Any, index: int, renderer: _Renderer) -> bool:
    """False for a page with a large content stream in which pdfium finds no real text (see
    TEXT_PROBE_MIN_STREAM_BYTES); True whenever in doubt."""
    try:
        contents = page.get_contents()
        size = len(contents.get_data()) if contents is not None else 0
    except Exception:
        return True
    if size < TEXT_PROBE_MIN_STREAM_BYTES:
        return True
    chars = renderer.text_chars(index)
    return chars is None or chars >= MIN_TEXT_CHARS_PER_PAGE


def render_scale(width_pt: float, height_pt: float, limits: Any) -> float | None:
    """Pixels per PDF point for OCR: longer side at ocr_max_side_pixels, ≤ MAX_RENDER_DPI, ≤ max_image_pixels."""
    if not (width_pt > 0 and height_pt > 0):
        return None
    scale = min(int(limits.ocr_max_side_pixels) / max(width_pt, height_pt), MAX_RENDER_DPI / 72)
    scale = min(scale, (int(limits.max_image_pixels) / (width_pt * height_pt)) ** 0.5)
    return scale if scale >= MIN_RENDER_SCALE else None


def _ocr_page(page: Any, index: int, ctx: ExtractContext, renderer: _Renderer) -> str:
    number = index + 1
    hit = ocr.cached_text(ctx, number, tag=RENDER_CACHE_TAG)
    if hit is not None:
        return hit
    if _largest_declared_pixels(page) > int(ctx.limits.max_image_pixels):
        raise ocr.OcrError("页面图片像素数超过上限，未做文字识别")
    with image_guard(ctx.limits):
        rendered = renderer.render(index, ctx.limits)
    if rendered is not None:
        text = ocr.recognize(rendered, ctx.limits)
    else:
        try:
            with image_guard(ctx.limits):
                images = _page_images(page, ctx.limits)
        except ExtractionFailed as exc:  # one bomb-like image loses that page's OCR, not the whole PDF
            raise ocr.OcrError(f"页面图片未做文字识别：{exc.message}") from exc
        texts = [ocr.recognize(img, ctx.limits) for img in images]
        text = "\n".join(t for t in texts if t)
    ocr.store_text(ctx, text, number, tag=RENDER_CACHE_TAG)
    return text


def extract(path: Path, ctx: ExtractContext) -> Extracted:
    reader = _open(path)
    out = Extracted(format=FORMAT)
    try:
        pages = reader.pages
        count = len(pages)
    except Exception as exc:
        raise ExtractionFailed(REASON_CORRUPT, f"PDF 页面目录无法读取（{type(exc).__name__}）") from exc
    out.pages = count
    _meta(reader, out)
    max_chars = int(ctx.limits.max_text_chars)
    max_ocr = int(ctx.limits.max_ocr_pages)
    chars = 0
    texts: list[str] = []
    unreadable: list[int] = []
    no_text: list[int] = []
    skipped_ocr: list[int] = []
    renderer = _Renderer(path)
    try:
        for index in range(min(count, MAX_PAGES)):
            number = index + 1
            if chars >= max_chars:
                out.warnings.append(f"文字内容过长，只读取了前 {index} 页")
                break
            try:
                page = pages[index]
            except Exception:  # one broken page must not lose the others
                page = None
                unreadable.append(number)
            try:
                readable = page is not None and _may_have_text(page, index, renderer)
                text = (page.extract_text() or "") if readable else ""
            except Exception:  # broken content stream or font: the page may still be a scan worth OCR
                text = ""
            if len(WHITESPACE.sub("", text)) < MIN_TEXT_CHARS_PER_PAGE and page is not None:
                if not ctx.ocr:
                    no_text.append(number)
                elif len(out.ocr_pages) >= max_ocr:
                    skipped_ocr.append(number)
                else:
                    try:
                        ocr_text = _ocr_page(page, index, ctx, renderer)
                        out.ocr_pages.append(number)
                    except ocr.OcrError as exc:
                        out.warnings.append(f"第{number}页：{exc}")
                        ocr_text = ""
                    if ocr_text.strip():
                        text = ocr_text if not text.strip() else f"{text}\n{ocr_text}"
            text = text[: max(max_chars - chars, 0)]
            chars += len(text) + len(PAGE_SEPARATOR)
            texts.append(text)
    finally:
        renderer.close()
    if count > MAX_PAGES:
        out.warnings.append(f"PDF 超过 {MAX_PAGES} 页，只读取了前面部分")
    if unreadable:
        out.warnings.append(f"第{_ranges(unreadable)}页无法读取")
    if no_text:
        out.meta["pages_without_text"] = _ranges(no_text)  # the next ingest with OCR reads them (worker.py)
        out.warnings.append(f"第{_ranges(no_text)}页没有文字层，未做文字识别")
    if skipped_ocr:
        out.warnings.append(f"第{_ranges(skipped_ocr)}页超过文字识别页数上限（{max_ocr}页），未识别")
    out.ocr = bool(out.ocr_pages)
    out.text = PAGE_SEPARATOR.join(texts).strip()
    return out


def _ranges(numbers: list[int]) -> str:
    """[1, 2, 3, 7] → "1-3、7"."""
    parts: list[str] = []
    start = prev = numbers[0]
    for n in numbers[1:] + [None]:  # type: ignore[list-item]
        if n is not None and n == prev + 1:
            prev = n
            continue
        parts.append(str(start) if start == prev else f"{start}-{prev}")
        if n is not None:
            start = prev = n
    return "、".join(parts)
