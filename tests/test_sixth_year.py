"""The sixth labelled year (tests/sixth_year, 云栖社区党委): it builds, every file on disk is labelled once and every
label's file exists, labels are model values (seed000 item ids, vocabulary kinds and meeting types, dates to their
precision), byte copies are byte copies, files open with their libraries (the .txt notes as UTF-8 or GBK) and the
pixel-only ones carry needs_ocr. Building needs no OCR; one slow test reads a WeChat screenshot with the OCR engine to
confirm its text is in the pixels the labels were written from. The year is built once for the module."""

from __future__ import annotations

import re

import pytest
from generated_year_checks import (
    check_byte_copies,
    check_every_file_labelled_once,
    check_files_open,
    check_model_values,
    check_pixel_text,
)
from openpyxl import load_workbook
from sixth_year import build_sixth_year

ROOT = "云栖社区党委台账2025/"


@pytest.fixture(scope="module")
def year(tmp_path_factory):
    dest = tmp_path_factory.mktemp("sixth")
    return dest, build_sixth_year(dest)


def test_builds_and_every_file_is_labelled_once(year):
    check_every_file_labelled_once(*year, org="云栖社区党委", least=100, most=140)


def test_labels_are_model_values(year):
    check_model_values(year[1])


def test_flat_folder_names_start_with_a_dotted_date(year):
    _, labels = year
    flat = [f for f in labels.files if f.path.startswith(ROOT)]
    assert len(flat) >= 70
    assert all("/" not in f.path[len(ROOT):] for f in flat)  # one flat folder
    dated = [f for f in flat if re.match(r"\d{4}\.\d{2}\.\d{2} ", f.path[len(ROOT):])]
    assert len(dated) == len(flat)
    # the name carries the day the clerk saved the file; the label the day the paper is about
    differ = [f for f in dated if f.date and len(f.date) == 10 and f.date.replace("-", ".") != f.path[len(ROOT):][:10]]
    assert any(f.kind == "会议记录" and f.items for f in differ)
    assert any(not f.items and f.date.startswith("2024") for f in differ)


def test_hard_cases_are_present(year):
    _, labels = year
    none = [f for f in labels.files if not f.items]
    assert len(none) >= 20
    for y in ("2023", "2024", "2026"):
        assert any(f.date and f.date.startswith(y) for f in none), y
    assert any(f.date is None for f in none)  # blank 模板 and downloaded learning material
    assert sum(1 for f in none if f.path.startswith("jiedao/")) >= 3  # circulars that serve no item
    assert sum(1 for f in labels.files if f.path.startswith("jiedao/") and f.items) >= 2  # … and ones that name us
    assert all(not f.items for f in labels.files if f.path.startswith("study/"))
    assert any("锦湖" in f.path for f in none)  # the neighbouring community
    assert any(f.path.startswith("网格支部报送/") and f.kind == "会议记录" and not f.items for f in none)  # namesake branch
    assert any("二院" in f.path for f in none) and any("业委会" in f.path for f in none)
    assert sum(1 for f in labels.files if f.kind == "照片" and not f.needs_ocr) >= 2  # photos with no text
    shots = [f for f in labels.files if f.path.endswith(".PNG")]
    assert sum(1 for f in shots if f.items) >= 2 and sum(1 for f in shots if not f.items) >= 3
    assert any("暨" in f.path and f.kind == "会议记录" and len(f.items) >= 2 for f in labels.files)  # joint meetings
    assert any("讲稿" in f.path and f.items == ["9"] for f in labels.files)
    assert any(f.path.endswith("提纲.txt") and f.items == ["9"] for f in labels.files)
    assert any("小结" in f.path and f.items == ["15"] for f in labels.files)
    assert any("制度汇编" in f.path and len(f.items) >= 3 for f in labels.files)
    assert sum(1 for f in labels.files if f.kind == "会议记录" and "22" in f.items) >= 5
    assert sum(1 for f in labels.files if f.kind == "签到表") >= 4
    scans = [f for f in labels.files if f.path.startswith("scan/")]
    assert len(scans) >= 5 and all(f.needs_ocr for f in scans)


def test_byte_copies_are_byte_copies(year):
    check_byte_copies(*year, least=4)


def test_files_open_and_pixel_only_files_need_ocr(year):
    check_files_open(*year)


def test_gbk_note_and_dues_sheets(year):
    dest, _ = year
    with pytest.raises(UnicodeDecodeError):
        (dest / "网格支部报送/二网格/二支部4月党小组会.txt").read_bytes().decode("utf-8")
    wb = load_workbook(dest / f"{ROOT}2025.12.31 党费收缴台账（全年）.xlsx")
    assert wb.sheetnames == ["第一网格", "第二网格", "第三网格", "第四网格"]
    wb.close()


@pytest.mark.slow
def test_text_of_pixel_only_files_is_readable(year):
    """OCR-dependent: the words the labels were decided from are in the pixels (needs the OCR engine)."""
    pytest.importorskip("rapidocr_onnxruntime")
    dest, _ = year
    # one pixel-only file, the kind the labels lean on most (a meeting named only in pixels): every such file's
    # words are read at scale by the filing benchmarks with OCR
    samples = {
        "pics/IMG_4399.PNG": "全体党员大会",
    }
    check_pixel_text(dest, samples)
