"""OCR with RapidOCR (PP-OCR models on onnxruntime, shipped in the wheel: works offline).

One engine per process, created on first use. Results are cached by the file's content hash in
`<cache_dir>/ocr/<sha256>.txt` (an image) or `<sha256>-p<page>.txt` (a PDF page), so re-ingesting never repeats
OCR. Boxes are joined into lines in reading order: boxes whose vertical centres are close form a line, sorted
left to right; wide gaps inside a line become a tab (table columns).

Engine settings (measured on the 2-core reference machine, see benchmarks/bench_ingest.py):
- onnxruntime's CPU memory arena is switched on. RapidOCR 1.4 turns it off, so every run with a new input shape
  (every photo, every text line) allocated and page-faulted its buffers afresh: 25–60 % of the OCR time.
- Text lines are recognised one at a time (REC_BATCH_SIZE): RapidOCR pads a batch to its widest line, and batched
  runs were slower on every sample (a dense A4 page 5.9 s → 4.4 s of CPU).
- Each process uses a bounded number of onnxruntime threads (set_threads; the ingest pool gives each worker
  cores // workers) and threads never spin-wait, so two workers do not oversubscribe two cores.
- Detection runs at the full prepared resolution (limits.ocr_max_side_pixels): a coarser detection input lost
  10–25 % of the text of dense pages and phone photos of forms, and the angle classifier stays on (pages fed upside
  down into a scanner are read correctly).
"""

from __future__ import annotations

import os
import threading
from pathlib import Path
from typing import Any

from PIL import Image

from archive.errors import OcrError
from archive.extract.base import ExtractContext
from archive.fsutil import atomic_write_text
from archive.limits import Limits

OCR_CACHE_SUBDIR = "ocr"
LINE_OVERLAP_FACTOR = 0.5  # a box joins a line when its centre is within this × box height of the line's centre
TAB_GAP_FACTOR = 1.5  # a horizontal gap wider than this × line height is a column break
MIN_SIDE_PIXELS = 16  # smaller images hold no readable text
REC_BATCH_SIZE = 1  # text lines per recognition run (see the module notes)
INTER_OP_THREADS = 1  # the PP-OCR graphs are sequential; parallelism comes from intra-op threads

_engine: Any = None
_engine_lock = threading.Lock()
_threads: int | None = None  # onnxruntime intra-op threads of this process; None: all cores


def default_threads(workers: int = 1) -> int:
    """onnxruntime threads for each of `workers` processes sharing this machine's cores."""
    return max(1, (os.cpu_count() or 1) // max(1, workers))


def set_threads(threads: int | None) -> None:
    """Bound this process's OCR threads (call before the first OCR; a worker pool calls it in each worker)."""
    global _threads, _engine
    with _engine_lock:
        value = max(1, int(threads)) if threads else None
        if value != _threads:
            _threads = value
            _engine = None  # rebuilt with the new setting on next use


def _session_options(threads: int) -> Any:
    import onnxruntime as ort

    opts = ort.SessionOptions()
    opts.log_severity_level = 4  # the library never prints
    opts.enable_cpu_mem_arena = True
    opts.graph_optimization_level = ort.GraphOptimizationLevel.ORT_ENABLE_ALL
    opts.execution_mode = ort.ExecutionMode.ORT_SEQUENTIAL
    opts.intra_op_num_threads = threads
    opts.inter_op_num_threads = INTER_OP_THREADS
    opts.add_session_config_entry("session.intra_op.allow_spinning", "0")
    return opts


def _build_engine(threads: int) -> Any:
    from rapidocr_onnxruntime import RapidOCR

    kwargs = {"intra_op_num_threads": threads, "inter_op_num_threads": INTER_OP_THREADS,
              "rec_batch_num": REC_BATCH_SIZE}
    try:  # RapidOCR 1.4 builds its sessions with fixed options: substitute ours while it does
        from rapidocr_onnxruntime.utils import infer_engine

        session_class = infer_engine.OrtInferSession
        original = session_class.__dict__["_init_sess_opts"]
        options = _session_options(threads)
    except (ImportError, AttributeError, KeyError):  # another RapidOCR layout: its own options, our thread count
        return RapidOCR(**kwargs)
    session_class._init_sess_opts = staticmethod(lambda config: options)
    try:
        return RapidOCR(**kwargs)
    finally:
        session_class._init_sess_opts = original


def _get_engine() -> Any:
    global _engine
    with _engine_lock:
        if _engine is None:
            try:
                import rapidocr_onnxruntime  # noqa: F401
            except ImportError as exc:  # pragma: no cover - dependency is declared
                raise OcrError("未安装文字识别组件 rapidocr-onnxruntime") from exc
            _engine = _build_engine(_threads or default_threads())
        return _engine


def cache_path(ctx: ExtractContext, page: int | None = None, tag: str = "") -> Path:
    """`tag` tells apart results of different ways of reading the same page (a PDF page rendered vs its images)."""
    suffix = f"-p{page}" if page is not None else ""
    return ctx.cache_dir / OCR_CACHE_SUBDIR / f"{ctx.sha256}{suffix}{tag}.txt"


def cached_text(ctx: ExtractContext, page: int | None = None, tag: str = "") -> str | None:
    path = cache_path(ctx, page, tag)
    try:
        return path.read_text(encoding="utf-8")
    except (FileNotFoundError, UnicodeDecodeError):
        return None


def store_text(ctx: ExtractContext, text: str, page: int | None = None, tag: str = "") -> None:
    atomic_write_text(cache_path(ctx, page, tag), text)


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


def _uniform(image: Image.Image) -> bool:
    """Whether every pixel of `image` is the same (every band's extrema equal): a blank page or a solid colour, in
    which the engine finds no text (it returns nothing for one) after seconds of detection on a full page."""
    try:
        extrema = image.getextrema()
    except Exception:  # an image PIL cannot summarise: let the engine look at it
        return False
    bands = extrema if isinstance(extrema[0], tuple) else (extrema,)
    return all(low == high for low, high in bands)


def recognize(image: Image.Image, limits: Limits) -> str:
    """OCR text of `image`, lines in reading order (no cache)."""
    if min(image.size) < MIN_SIDE_PIXELS or _uniform(image):
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
