"""Checks every generated, labelled year (tests/third_year … sixth_year) must pass, shared by their test modules: each
file on disk is labelled once, labels are model values, byte copies are byte copies. Each module adds what is its
year's own (its hard cases, how its files open)."""

from __future__ import annotations

import datetime as dt
import hashlib
from collections import Counter
from pathlib import Path

from archive.rubric import load_rubric
from archive.vocab import EVIDENCE_KINDS, MEETING_TYPES


def sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def check_every_file_labelled_once(dest: Path, labels, org: str, least: int, most: int) -> None:
    paths = [f.path for f in labels.files]
    assert len(paths) == len(set(paths)), [p for p, n in Counter(paths).items() if n > 1]
    on_disk = {p.relative_to(dest).as_posix() for p in dest.rglob("*") if p.is_file()}
    assert on_disk == set(paths)
    assert least <= len(paths) <= most
    assert labels.org == org and labels.year == 2025
    assert labels.expected_status == {}


def check_model_values(labels, legacy_allowed: bool = False) -> None:
    """seed000 item ids, vocabulary kinds and meeting types, dates to their precision; no .doc/.wps unless the year
    has some (they need LibreOffice)."""
    ids = {it.id for it in load_rubric("seed000").items()}
    for f in labels.files:
        assert f.kind in EVIDENCE_KINDS, f.path
        assert f.meeting_type is None or f.meeting_type in MEETING_TYPES, f.path
        assert set(f.items) <= ids, (f.path, f.items)
        assert len(set(f.items)) == len(f.items), f.path
        if f.meeting_type:
            assert f.kind in ("会议记录", "照片", "签到表"), f.path
        if f.date is None:
            assert f.date_precision is None, f.path
        else:
            fmt = {"day": "%Y-%m-%d", "month": "%Y-%m", "year": "%Y"}[f.date_precision]
            dt.datetime.strptime(f.date, fmt)
        assert not f.needs_libreoffice, f.path
        if not legacy_allowed:
            assert not f.path.lower().endswith((".doc", ".wps")), f.path


def check_byte_copies(dest: Path, labels, least: int) -> None:
    """Each copy is its original's bytes with its original's labels, and no other file is a copy."""
    by_path = labels.by_path()
    copies = [f for f in labels.files if f.duplicate_of]
    assert len(copies) >= least
    for f in copies:
        orig = by_path[f.duplicate_of]
        assert sha(dest / f.path) == sha(dest / orig.path)
        assert (f.items, f.kind, f.meeting_type, f.date) == (orig.items, orig.kind, orig.meeting_type, orig.date)
    shas = Counter(sha(dest / f.path) for f in labels.files)
    assert sum(n - 1 for n in shas.values()) == len(copies)


def check_files_open(dest: Path, labels) -> None:
    """Every file opens with its library; a PDF has a text layer exactly when it does not need OCR; a text note
    decodes (UTF-8 or GBK); an image is a photo or needs OCR (a screenshot, a scan)."""
    from docx import Document
    from openpyxl import load_workbook
    from PIL import Image
    from pypdf import PdfReader

    for f in labels.files:
        path = dest / f.path
        ext = path.suffix.lower()
        if ext == ".docx":
            Document(str(path))
            assert not f.needs_ocr, f.path
        elif ext == ".xlsx":
            load_workbook(path).close()
            assert not f.needs_ocr, f.path
        elif ext == ".pdf":
            text = "".join(page.extract_text() or "" for page in PdfReader(str(path)).pages)
            assert bool(text.strip()) != f.needs_ocr, f.path
        elif ext == ".txt":
            data = path.read_bytes()
            try:
                text = data.decode("utf-8-sig")
            except UnicodeDecodeError:
                text = data.decode("gbk")
            assert text.strip() and not f.needs_ocr, f.path
        elif ext in (".jpg", ".png"):
            with Image.open(path) as img:
                img.verify()
            assert f.needs_ocr or f.kind == "照片", f.path
        else:
            raise AssertionError(f"unexpected file type {f.path}")


def check_pixel_text(dest: Path, samples: dict[str, str]) -> None:
    """The words the labels were decided from are in the pixels of these pixel-only files (needs the OCR engine)."""
    from PIL import Image

    from archive.extract.ocr import recognize
    from archive.limits import Limits

    for rel, words in samples.items():
        with Image.open(dest / rel) as img:
            text = recognize(img.convert("RGB"), Limits()).replace(" ", "")
        assert words in text, (rel, text)
