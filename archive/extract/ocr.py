"""OCR with RapidOCR (PP-OCR models on onnxruntime, shipped in the wheel: works offline).

One engine per process, created on first use. Results are cached by the file's content hash in
`<cache_dir>/ocr/<sha256>.txt` (an image) or `<sha256>-p<page>.txt` (a PDF page), so re-ingesting never repeats
OCR. Boxes are joined into lines in reading order: boxes whose vertical centres are close form a line, sorted
left to right; wide gaps inside a line become a tab (table columns).
"""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Any

from PIL import Image

from archive.extract.base import ExtractContext
from archive.fsutil import atomic_write_text
from archive.workspace import Limits

OCR_CACHE_SUBDIR = "ocr"
LINE_OVERLAP_FACTOR = 0.5  # a box joins a line when its centre is within this × box height of the line's centre
TAB_GAP_FACTOR = 1.5  # a horizontal gap wider than this × line height is a column break
MIN_SIDE_PIXELS = 16  # smaller images hold no readable text

_engine: Any = None
_engine_lock = threading.Lock()


class OcrError(Exception):
    """The OCR engine could not run on an image (callers record a warning and go on)."""


def _get_engine() -> Any:
    global _engine
    with _engine_lock:
        if _engine is None:
            try:
                from rapidocr_onnxruntime import RapidOCR
            except ImportError as exc:  # pragma: no cover - dependency is declared
                raise OcrError("未安装文字识别组件 rapidocr-onnxruntime") from exc
            _engine = RapidOCR()
        return _engine


def cache_path(ctx: ExtractContext, page: int | None = None) -> Path:
    suffix = f"-p{page}" if page is not None else ""
    return ctx.cache_dir / OCR_CACHE_SUBDIR / f"{ctx.sha256}{suffix}.txt"


def cached_text(ctx: ExtractContext, page: int | None = None) -> str | None:
    path = cache_path(ctx, page)
    try:
        return path.read_text(encoding="utf-8")
    except (FileNotFoundError, UnicodeDecodeError):
        return None


def store_text(ctx: ExtractContext, text: str, page: int | None = None) -> None:
    atomic_write_text(cache_path(ctx, page), text)


def prepare(image: Image.Image, limits: Limits) -> Image.Image:
    """RGB copy of `image`, downscaled so its longer side is at most limits.ocr_max_side_pixels."""
    img = image
    if img.mode not in ("RGB", "L"):
        if img.mode in ("RGBA", "LA", "PA") or (img.mode == "P" and "transparency" in img.info):
            rgba = img.convert("RGBA")
            background = Image.new("RGB", rgba.size, "white")
            background.paste(rgba, mask=rgba.getchannel("A"))
            img = background
        else:
            img = img.convert("RGB")
    if img.mode == "L":
        img = img.convert("RGB")
    longest = max(img.size)
    max_side = int(limits.ocr_max_side_pixels)
    if longest > max_side:
        scale = max_side / longest
        img = img.resize((max(1, round(img.width * scale)), max(1, round(img.height * scale))), Image.Resampling.BILINEAR)
    return img


def recognize(image: Image.Image, limits: Limits) -> str:
    """OCR text of `image`, lines in reading order (no cache)."""
    if min(image.size) < MIN_SIDE_PIXELS:
        return ""
    img = prepare(image, limits)
    engine = _get_engine()
    try:
        result, _elapsed = engine(img)
    except Exception as exc:  # onnxruntime/cv2 errors on odd inputs
        raise OcrError(f"文字识别失败（{type(exc).__name__}）") from exc
    return boxes_to_text(result or [])


def ocr_image(image: Image.Image, ctx: ExtractContext, page: int | None = None) -> str:
    """OCR text of `image`, from the cache when this file (and page) was read before."""
    hit = cached_text(ctx, page)
    if hit is not None:
        return hit
    text = recognize(image, ctx.limits)
    store_text(ctx, text, page)
    return text


def _is_wordish(ch: str) -> bool:
    return ch.isascii() and ch.isalnum()


def boxes_to_text(boxes: list[Any]) -> str:
    """Join RapidOCR results [[4 points], text, score] into lines: group by vertical centre, sort by x."""
    items: list[tuple[float, float, float, float, str]] = []  # (y_centre, height, x_min, x_max, text)
    for box in boxes:
        try:
            points, text = box[0], str(box[1])
            ys = [float(p[1]) for p in points]
            xs = [float(p[0]) for p in points]
        except (IndexError, TypeError, ValueError):
            continue
        if not text.strip():
            continue
        height = max(max(ys) - min(ys), 1.0)
        items.append(((max(ys) + min(ys)) / 2, height, min(xs), max(xs), text.strip()))
    items.sort(key=lambda it: (it[0], it[2]))
    lines: list[list[tuple[float, float, float, float, str]]] = []
    for item in items:
        if lines:
            line = lines[-1]
            centre = sum(i[0] for i in line) / len(line)
            height = sum(i[1] for i in line) / len(line)
            if abs(item[0] - centre) <= LINE_OVERLAP_FACTOR * min(height, item[1]):
                line.append(item)
                continue
        lines.append([item])
    out: list[str] = []
    for line in lines:
        line.sort(key=lambda i: i[2])
        height = sum(i[1] for i in line) / len(line)
        parts = [line[0][4]]
        for prev, cur in zip(line, line[1:], strict=False):
            gap = cur[2] - prev[3]
            if gap > TAB_GAP_FACTOR * height:
                parts.append("\t")
            elif _is_wordish(parts[-1][-1]) and _is_wordish(cur[4][0]):
                parts.append(" ")
            parts.append(cur[4])
        out.append("".join(parts))
    return "\n".join(out)
