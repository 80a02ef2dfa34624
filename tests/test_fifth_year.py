"""The fifth labelled year (tests/fifth_year, 纺机新村党支部): it builds, every file on disk is labelled once and every
label's file exists, labels are model values (seed000 item ids, vocabulary kinds and meeting types, dates to their
precision), byte copies are byte copies, files open with their libraries and the pixel-only ones carry needs_ocr.
Building needs no OCR; one slow test reads a scan, a WeChat screenshot and a photo with the OCR engine to confirm
their text is in the pixels the labels were written from. The year is built once for the module."""

from __future__ import annotations

from pathlib import Path

import pytest
from fifth_year import build_fifth_year
from generated_year_checks import (
    check_byte_copies,
    check_every_file_labelled_once,
    check_files_open,
    check_model_values,
    check_pixel_text,
)
from openpyxl import load_workbook


@pytest.fixture(scope="module")
def year(tmp_path_factory):
    dest = tmp_path_factory.mktemp("fifth")
    return dest, build_fifth_year(dest)


def test_builds_and_every_file_is_labelled_once(year):
    check_every_file_labelled_once(*year, org="纺机新村党支部", least=100, most=140)


def test_labels_are_model_values(year):
    check_model_values(year[1])


def test_hard_cases_are_present(year):
    _, labels = year
    none = [f for f in labels.files if not f.items]
    assert len(none) >= 20
    for y in ("2023", "2024", "2026"):
        assert any(f.date and f.date.startswith(y) for f in none), y
    assert any(f.date is None for f in none)  # blank 样表 and downloaded learning material
    assert sum(1 for f in none if f.path.startswith("上级文件/")) >= 3  # circulars that serve no item
    assert any(f.path.startswith("上级文件/") and f.items for f in labels.files)  # … and ones that name the branch
    assert all(not f.items for f in labels.files if f.path.startswith("参考资料/"))
    assert any("棉纺新村" in f.note for f in none)  # the neighbouring estate's branch
    assert any("小学" in f.path for f in none)  # a school's branch
    assert any("居委会" in f.path for f in none) and any("业委会" in f.path for f in none)
    assert sum(1 for f in labels.files if f.kind == "照片" and not f.needs_ocr) >= 2  # photos with no text
    shots = [f for f in labels.files if f.path.startswith("微信群截图/")]
    assert any(f.items for f in shots) and sum(1 for f in shots if not f.items) >= 3
    assert any("暨" in f.path and f.kind == "会议记录" and len(f.items) >= 2 for f in labels.files)  # joint meetings
    assert any("讲稿" in f.path and f.items == ["9"] for f in labels.files)
    assert any("提纲" in f.path and f.items == ["9"] for f in labels.files)
    assert any("小结" in f.path and f.items == ["15"] for f in labels.files)
    assert sum(1 for f in labels.files if f.kind == "会议记录" and "22" in f.items) >= 4
    assert sum(1 for f in labels.files if f.kind == "签到表") >= 3
    scans = [f for f in labels.files if Path(f.path).name.startswith("扫描")]
    assert sum(1 for f in scans if f.needs_ocr) >= 3 and sum(1 for f in scans if not f.needs_ocr) >= 8


def test_byte_copies_are_byte_copies(year):
    check_byte_copies(*year, least=3)


def test_files_open_and_pixel_only_files_need_ocr(year):
    check_files_open(*year)


def test_month_sheets(year):
    dest, _ = year
    wb = load_workbook(dest / "纺机新村党支部台账（2025）/B-5 党费/党费2025.xlsx")
    assert wb.sheetnames == [f"{m}月" for m in range(1, 13)] + ["汇总"]
    wb.close()


@pytest.mark.slow
def test_text_of_pixel_only_files_is_readable(year):
    """OCR-dependent: the words the labels were decided from are in the pixels (needs the OCR engine)."""
    pytest.importorskip("rapidocr_onnxruntime")
    dest, _ = year
    # one pixel-only file, the kind the labels lean on most (a meeting named only in pixels): every such file's
    # words are read at scale by the filing benchmarks with OCR
    samples = {
        "微信群截图/Screenshot_20250620-190512.png": "党员大会",
    }
    check_pixel_text(dest, samples)
