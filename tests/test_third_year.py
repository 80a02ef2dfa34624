"""The third labelled year (tests/third_year, 柳塘村党总支): it builds, every file on disk is labelled once and every
label's file exists, labels are model values (seed000 item ids, vocabulary kinds and meeting types, dates to their
precision), byte copies are byte copies, files open with their libraries and the pixel-only ones carry needs_ocr.
Building needs no OCR; one slow test reads a few photos and scans with the OCR engine to confirm their text is in
the pixels the labels were written from."""

from __future__ import annotations

import pytest
from generated_year_checks import (
    check_byte_copies,
    check_every_file_labelled_once,
    check_files_open,
    check_model_values,
    check_pixel_text,
    sha,
)
from third_year import build_third_year


@pytest.fixture(scope="module")
def year(tmp_path_factory):
    dest = tmp_path_factory.mktemp("third")
    return dest, build_third_year(dest)


def test_builds_and_every_file_is_labelled_once(year):
    check_every_file_labelled_once(*year, org="柳塘村党总支", least=90, most=140)


def test_labels_are_model_values(year):
    check_model_values(year[1], legacy_allowed=True)


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
    check_byte_copies(*year, least=2)


def test_files_open_and_pixel_only_files_need_ocr(year):
    check_files_open(*year)


def test_the_year_is_the_same_every_build(year, tmp_path):
    dest, labels = year
    again = build_third_year(tmp_path / "again")
    assert [(f.path, f.items) for f in again.files] == [(f.path, f.items) for f in labels.files]
    for f in labels.files:
        if f.path.endswith((".docx", ".xlsx")):
            assert sha(dest / f.path) == sha(tmp_path / "again" / f.path), f.path


@pytest.mark.slow
def test_text_of_pixel_only_files_is_readable(year):
    """OCR-dependent: the words the labels were decided from are in the pixels (needs the OCR engine)."""
    pytest.importorskip("rapidocr_onnxruntime")
    dest, _ = year
    # one pixel-only file, the kind the labels lean on most (a meeting named only in pixels): every such file's
    # words are read at scale by the filing benchmarks with OCR
    samples = {
        "2025年12月/IMG_20251226_094015.jpg": "党员大会",
    }
    check_pixel_text(dest, samples)
