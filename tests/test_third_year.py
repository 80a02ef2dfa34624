"""The third labelled year (tests/third_year, 柳塘村党总支): it builds, every file on disk is labelled once and every
label's file exists, labels are model values (seed000 item ids, vocabulary kinds and meeting types, dates to their
precision), byte copies are byte copies, files open with their libraries and the pixel-only ones carry needs_ocr.
Building needs no OCR; one slow test reads a few photos and scans with the OCR engine to confirm their text is in
the pixels the labels were written from."""

from __future__ import annotations

import datetime as dt
import hashlib
from collections import Counter
from pathlib import Path

import pytest
from docx import Document
from openpyxl import load_workbook
from PIL import Image
from pypdf import PdfReader
from third_year import build_third_year

from archive.rubric import load_rubric
from archive.vocab import EVIDENCE_KINDS, MEETING_TYPES


@pytest.fixture(scope="module")
def year(tmp_path_factory):
    dest = tmp_path_factory.mktemp("third")
    return dest, build_third_year(dest)


def _sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_builds_and_every_file_is_labelled_once(year):
    dest, labels = year
    paths = [f.path for f in labels.files]
    assert len(paths) == len(set(paths)), [p for p, n in Counter(paths).items() if n > 1]
    on_disk = {p.relative_to(dest).as_posix() for p in dest.rglob("*") if p.is_file()}
    assert on_disk == set(paths)
    for f in labels.files:
        assert (dest / f.path).is_file(), f.path
    assert 90 <= len(paths) <= 140
    assert labels.org == "柳塘村党总支" and labels.year == 2025
    assert labels.expected_status == {}


def test_labels_are_model_values(year):
    _, labels = year
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


def test_hard_cases_are_present(year):
    _, labels = year
    none = [f for f in labels.files if not f.items]
    assert len(none) >= 15
    assert any(f.date and f.date.startswith("2023") for f in none)
    assert any(f.date and f.date.startswith("2024") for f in none)
    assert any(f.date is None for f in none)  # blank forms
    assert any("镇" in f.path and f.kind == "通知" for f in none)  # the superior's own papers
    assert sum(1 for f in labels.files if f.kind == "照片" and not f.needs_ocr) >= 2  # photos with no text
    assert any(f.path.startswith("WeChat Files/") for f in labels.files)
    assert any("扫描全能王" in f.path for f in labels.files)


def test_byte_copies_are_byte_copies(year):
    dest, labels = year
    by_path = labels.by_path()
    copies = [f for f in labels.files if f.duplicate_of]
    assert len(copies) >= 2
    for f in copies:
        orig = by_path[f.duplicate_of]
        assert _sha(dest / f.path) == _sha(dest / orig.path)
        assert (f.items, f.kind, f.meeting_type, f.date) == (orig.items, orig.kind, orig.meeting_type, orig.date)
    shas = Counter(_sha(dest / f.path) for f in labels.files)
    assert sum(n - 1 for n in shas.values()) == len(copies)  # no other file is a copy


def test_files_open_and_pixel_only_files_need_ocr(year):
    dest, labels = year
    for f in labels.files:
        path = dest / f.path
        ext = path.suffix.lower()
        if ext == ".docx":
            Document(str(path))
            assert not f.needs_ocr
        elif ext == ".xlsx":
            load_workbook(path).close()
            assert not f.needs_ocr
        elif ext == ".pdf":
            text = "".join(page.extract_text() or "" for page in PdfReader(str(path)).pages)
            assert bool(text.strip()) != f.needs_ocr, f.path
        elif ext == ".jpg":
            with Image.open(path) as img:
                img.verify()
        else:
            raise AssertionError(f"unexpected file type {f.path}")


def test_the_year_is_the_same_every_build(year, tmp_path):
    dest, labels = year
    again = build_third_year(tmp_path / "again")
    assert [(f.path, f.items) for f in again.files] == [(f.path, f.items) for f in labels.files]
    for f in labels.files:
        if f.path.endswith((".docx", ".xlsx")):
            assert _sha(dest / f.path) == _sha(tmp_path / "again" / f.path), f.path


@pytest.mark.slow
def test_text_of_pixel_only_files_is_readable(year):
    """OCR-dependent: the words the labels were decided from are in the pixels (needs the OCR engine)."""
    pytest.importorskip("rapidocr_onnxruntime")
    from archive.extract.ocr import recognize
    from archive.limits import Limits

    dest, _ = year
    # one pixel-only file, the kind the labels lean on most (a meeting named only in pixels): every such file's
    # words are read at scale by the filing benchmarks with OCR
    samples = {
        "2025年12月/IMG_20251226_094015.jpg": "党员大会",
    }
    for rel, words in samples.items():
        with Image.open(dest / rel) as img:
            text = recognize(img.convert("RGB"), Limits()).replace(" ", "")
        assert words in text, (rel, text)
