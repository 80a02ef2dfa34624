"""The work one extraction job does in a worker process: read the file, then analyse what was read."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from archive.catalog.evidence import ExtractedRecord
from archive.extract.analyze import analyze
from archive.extract.base import REASON_CORRUPT, ExtractContext, ExtractionFailed
from archive.extract.registry import extract_file


@dataclass
class Job:
    key: int
    path: Path  # absolute
    rel: str  # relative to the archive
    mtime: float
    ctx: ExtractContext


@dataclass
class Failure:
    reason: str
    detail: str
    format: str | None = None


def run_job(job: Job) -> ExtractedRecord | Failure:
    """Never raises: an unreadable file becomes a Failure with a Chinese reason."""
    try:
        extracted = extract_file(job.path, job.ctx)
        analysis = analyze(extracted, job.rel, job.mtime)
    except ExtractionFailed as exc:
        return Failure(exc.reason, exc.detail)
    except MemoryError:
        return Failure(REASON_CORRUPT, "读取时内存不足，文件可能已损坏或过于复杂")
    except Exception as exc:  # noqa: BLE001 - a bad file must never stop the batch
        return Failure(REASON_CORRUPT, f"读取时出错（{type(exc).__name__}: {str(exc)[:200]}）")
    return ExtractedRecord(
        format=extracted.format,
        kind=analysis.kind,
        meeting_type=analysis.meeting_type,
        date=analysis.date if isinstance(analysis.date, dt.date) else None,
        date_source=analysis.date_source,
        date_precision=getattr(analysis, "date_precision", None),
        title=analysis.title,
        text=extracted.text,
        pages=extracted.pages,
        ocr=extracted.ocr,
        ocr_skipped=not job.ctx.ocr and _wanted_ocr(extracted),
        fields=dict(analysis.fields),
        tables=[{"name": t.name, "rows": t.rows} for t in extracted.tables],
        meta=dict(extracted.meta),
        warnings=list(extracted.warnings),
        thumbnail=extracted.thumbnail,
    )


def _wanted_ocr(extracted) -> bool:
    """Whether this file would have been OCRed (an image, or a PDF with text-less pages: pdf.py records them as
    meta["pages_without_text"], e.g. "1-3、7")."""
    return extracted.format == "image" or bool(extracted.meta.get("pages_without_text"))
