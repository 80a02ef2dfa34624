"""The fourth labelled year (tests/fourth_year, 云锦大厦联合党支部): it builds, every file on disk is labelled once and
every label's file exists, labels are model values (seed000 item ids, vocabulary kinds and meeting types, dates to
their precision), byte copies are byte copies, files open with their libraries and the pixel-only ones carry needs_ocr.
Building needs no OCR; one slow test reads a few photos, 记录本 pages and screenshots with the OCR engine to confirm
their text is in the pixels the labels were written from."""

from __future__ import annotations

import pytest
from fourth_year import build_fourth_year
from generated_year_checks import (
    check_byte_copies,
    check_every_file_labelled_once,
    check_files_open,
    check_model_values,
    check_pixel_text,
    sha,
)


@pytest.fixture(scope="module")
def year(tmp_path_factory):
    dest = tmp_path_factory.mktemp("fourth")
    return dest, build_fourth_year(dest)


def test_builds_and_every_file_is_labelled_once(year):
    check_every_file_labelled_once(*year, org="云锦大厦联合党支部", least=110, most=140)


def test_labels_are_model_values(year):
    check_model_values(year[1])


def test_hard_cases_are_present(year):
    _, labels = year
    none = [f for f in labels.files if not f.items]
    assert len(none) >= 20
    for y in ("2023", "2024", "2026"):
        assert any(f.date and f.date.startswith(y) for f in none), y
    assert any(f.date is None for f in none)  # blank 样表 and memos
    assert sum(1 for f in none if f.path.startswith("上级来文/")) >= 4  # circulars that serve no item
    assert any(f.path.startswith("上级来文/") and f.items for f in labels.files)  # … and ones that name the branch
    assert any("金茂中心" in f.path for f in none)  # the neighbouring branch
    assert any("居委会" in f.path for f in none)
    assert sum(1 for f in labels.files if f.kind == "照片" and not f.needs_ocr) >= 2  # photos with no text
    assert sum(1 for f in none if f.path.endswith(".png")) >= 2  # screenshots of unrelated software
    assert any(f.path.endswith(".txt") and f.items for f in labels.files)
    assert any(f.path.endswith(".txt") and not f.items for f in labels.files)
    assert any("暨" in f.path and f.kind == "会议记录" and len(f.items) >= 2 for f in labels.files)  # joint meetings
    assert any("讲稿" in f.path and f.items == ["9"] for f in labels.files)
    assert any("小结" in f.path and f.items == ["15"] for f in labels.files)
    assert sum(1 for f in labels.files if f.kind == "会议记录" and "22" in f.items) >= 4
    assert sum(1 for f in labels.files if f.kind == "签到表") >= 3
    assert sum(1 for f in labels.files if "记录本" in f.path and f.needs_ocr) >= 3


def test_byte_copies_are_byte_copies(year):
    check_byte_copies(*year, least=3)


def test_files_open_and_pixel_only_files_need_ocr(year):
    check_files_open(*year)


def test_the_year_is_the_same_every_build(year, tmp_path):
    dest, labels = year
    again = build_fourth_year(tmp_path / "again")
    assert [(f.path, f.items) for f in again.files] == [(f.path, f.items) for f in labels.files]
    for f in labels.files:
        if f.path.endswith((".docx", ".xlsx", ".txt")):
            assert sha(dest / f.path) == sha(tmp_path / "again" / f.path), f.path


@pytest.mark.slow
def test_text_of_pixel_only_files_is_readable(year):
    """OCR-dependent: the words the labels were decided from are in the pixels (needs the OCR engine)."""
    pytest.importorskip("rapidocr_onnxruntime")
    dest, _ = year
    # one pixel-only file, the kind the labels lean on most (a meeting named only in pixels): every such file's
    # words are read at scale by the filing benchmarks with OCR
    samples = {
        "云锦大厦联合党支部2025年台账/二、组织生活/第二季度/记录本 支委会0409.jpg": "支部委员会",
    }
    check_pixel_text(dest, samples)
