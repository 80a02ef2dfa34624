"""Photos and scans (.jpg .png .bmp .tif .gif .webp, .heic when pillow-heif is importable).

Reads EXIF DateTimeOriginal (Exif IFD tag 36867; fallback DateTime 306) into `exif_date`, width/height (after
EXIF orientation) into meta, writes a JPEG thumbnail (longest side THUMB_MAX_SIDE) to `<thumbs_dir>/<sha256>.jpg`
and, when `ctx.ocr`, reads the text with OCR. Large JPEGs are decoded at a reduced scale (draft mode).
"""

from __future__ import annotations

import datetime as dt
import io
from pathlib import Path

from PIL import Image, ImageOps, UnidentifiedImageError

from archive.extract import ocr
from archive.extract.base import REASON_CORRUPT, REASON_UNSUPPORTED, ExtractContext, Extracted, ExtractionFailed
from archive.extract.safety import image_guard
from archive.fsutil import atomic_write_bytes

try:  # iPhone photos
    from pillow_heif import register_heif_opener

    register_heif_opener()
    HEIF_AVAILABLE = True
except ImportError:  # pragma: no cover - optional at run time
    HEIF_AVAILABLE = False

FORMAT = "image"
THUMB_MAX_SIDE = 320
THUMB_QUALITY = 80
THUMB_SUFFIX = ".jpg"
EXIF_IFD = 0x8769
TAG_DATETIME_ORIGINAL = 36867
TAG_DATETIME = 306
TAG_ORIENTATION = 274
ROTATED_ORIENTATIONS = {5, 6, 7, 8}  # EXIF orientations that swap width and height
EXIF_DATE_FORMATS = (("%Y:%m:%d %H:%M:%S", 19), ("%Y-%m-%d %H:%M:%S", 19), ("%Y:%m:%d %H:%M", 16), ("%Y:%m:%d", 10))
MIN_EXIF_YEAR = 1990  # camera clocks reset to 1970/1980/0000 are not dates


def parse_exif_date(value: object) -> dt.datetime | None:
    if isinstance(value, bytes):
        value = value.decode("ascii", errors="ignore")
    if not isinstance(value, str):
        return None
    value = value.strip().strip("\x00").strip()
    for fmt, length in EXIF_DATE_FORMATS:
        try:
            parsed = dt.datetime.strptime(value[:length], fmt)
        except ValueError:
            continue
        return parsed if parsed.year >= MIN_EXIF_YEAR else None
    return None


def _exif_date(img: Image.Image) -> dt.datetime | None:
    try:
        exif = img.getexif()
        original = exif.get_ifd(EXIF_IFD).get(TAG_DATETIME_ORIGINAL)
        return parse_exif_date(original) or parse_exif_date(exif.get(TAG_DATETIME))
    except Exception:  # malformed EXIF blocks are common and never fatal
        return None


def _to_rgb(img: Image.Image) -> Image.Image:
    if img.mode == "RGB":
        return img
    if img.mode in ("RGBA", "LA", "PA") or (img.mode == "P" and "transparency" in img.info):
        rgba = img.convert("RGBA")
        background = Image.new("RGB", rgba.size, "white")
        background.paste(rgba, mask=rgba.getchannel("A"))
        return background
    if img.mode in ("I;16", "I;16B", "I;16L", "I"):
        return img.point(lambda v: v / 256).convert("RGB")
    return img.convert("RGB")


def _write_thumbnail(img: Image.Image, ctx: ExtractContext) -> str:
    name = f"{ctx.sha256}{THUMB_SUFFIX}"
    target = ctx.thumbs_dir / name
    if not target.exists():
        thumb = img.copy()
        thumb.thumbnail((THUMB_MAX_SIDE, THUMB_MAX_SIDE), Image.Resampling.LANCZOS)
        buffer = io.BytesIO()
        thumb.save(buffer, "JPEG", quality=THUMB_QUALITY, optimize=True)
        atomic_write_bytes(target, buffer.getvalue())
    return name


def extract(path: Path, ctx: ExtractContext) -> Extracted:
    out = Extracted(format=FORMAT)
    with image_guard(ctx.limits):
        try:
            with Image.open(path) as opened:
                out.meta["image_format"] = str(opened.format or "")
                out.exif_date = _exif_date(opened)
                width, height = opened.size
                try:
                    if opened.getexif().get(TAG_ORIENTATION) in ROTATED_ORIENTATIONS:
                        width, height = height, width
                except Exception:  # malformed EXIF
                    pass
                if opened.format == "JPEG":
                    side = max(int(ctx.limits.ocr_max_side_pixels), THUMB_MAX_SIDE)
                    opened.draft("RGB", (side, side))
                opened.load()
                if getattr(opened, "n_frames", 1) > 1:
                    out.meta["frames"] = str(opened.n_frames)
                img = ImageOps.exif_transpose(opened)
                img = _to_rgb(img)
        except UnidentifiedImageError as exc:
            raise ExtractionFailed(REASON_UNSUPPORTED, "无法识别的图片格式") from exc
        except ExtractionFailed:
            raise
        except (Image.DecompressionBombError, Image.DecompressionBombWarning):
            raise
        except (OSError, ValueError, SyntaxError, EOFError, IndexError, KeyError, TypeError) as exc:
            raise ExtractionFailed(REASON_CORRUPT, f"图片数据无法解码（{type(exc).__name__}）") from exc
    out.meta["width"], out.meta["height"] = str(width), str(height)
    if out.exif_date is not None:
        out.meta["exif_date"] = out.exif_date.isoformat(sep=" ")
    try:
        out.thumbnail = _write_thumbnail(img, ctx)
    except OSError:
        out.warnings.append("缩略图无法生成")
    if ctx.ocr:
        try:
            out.text = ocr.ocr_image(img, ctx)[: int(ctx.limits.max_text_chars)]
            out.ocr = True
            out.ocr_pages = [1]
        except ocr.OcrError as exc:
            out.warnings.append(str(exc))
    return out
