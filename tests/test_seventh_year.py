"""The seventh labelled year (tests/seventh_year, 文庙社区党总支): it builds, every file on disk is labelled once and
every label's file exists, labels are model values (seed000 item ids, vocabulary kinds and meeting types, dates to
their precision), byte copies are byte copies, files open with their libraries (the .txt notes as UTF-8 or GBK) and
the pixel-only ones carry needs_ocr; its folders are the 考核 categories with Chinese numbering and its hard cases are
present. Building needs no OCR; one slow test reads an LED-screen photo with the OCR engine to confirm its text is in
the pixels the labels were written from. The year is built once for the module."""

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
from seventh_year import build_seventh_year

ROOT = "文庙社区党总支2025年党建台账/"


@pytest.fixture(scope="module")
def year(tmp_path_factory):
    dest = tmp_path_factory.mktemp("seventh")
    return dest, build_seventh_year(dest)


def test_builds_and_every_file_is_labelled_once(year):
    check_every_file_labelled_once(*year, org="文庙社区党总支", least=110, most=140)


def test_labels_are_model_values(year):
    check_model_values(year[1])


def test_folders_are_numbered_categories(year):
    _, labels = year
    inside = [f.path[len(ROOT):] for f in labels.files if f.path.startswith(ROOT)]
    assert len(inside) >= 90
    parts = [p.split("/") for p in inside if "/" in p]
    assert all(re.match(r"[一二三四五六七八]、", p[0]) for p in parts)
    assert all(re.match(r"（[一二三四五六七]）", p[1]) for p in parts if len(p) > 2)
    assert sum(1 for p in inside if "/" not in p) == 1  # the year's summary copied to the top
    assert {p.split("/")[0] for p in (f.path for f in labels.files) if not p.startswith(ROOT)} == {"上级来文", "其他"}
    assert any(p.endswith("关于召开2025年第二季度党员大会的通知.docx") for p in inside)


def test_hard_cases_are_present(year):
    _, labels = year
    files = labels.files
    none = [f for f in files if not f.items]
    assert len(none) >= 20
    for y in ("2024", "2026"):
        assert any(f.date and f.date.startswith(y) for f in none), y
    assert any(f.date is None for f in none)  # blank 模板 and downloaded learning material
    assert sum(1 for f in none if f.path.startswith("上级来文/")) >= 3  # circulars naming no community
    assert sum(1 for f in files if f.path.startswith("上级来文/") and f.items) >= 1  # … and one that names us
    assert all(not f.items for f in files if f.path.startswith("其他/学习资料/"))
    assert sum(1 for f in none if "府前" in f.path) >= 2  # the neighbouring community
    assert any("物业" in f.note for f in none) and any("居委会" in f.note for f in none)
    assert sum(1 for f in none if "模板" in f.path or "样表" in f.path or "空白" in f.path) >= 3
    assert sum(1 for f in files if f.kind == "照片" and not f.needs_ocr) >= 2  # photos with no text
    assert sum(1 for f in none if f.needs_ocr and f.kind == "其他") >= 2  # unrelated screenshots
    # proof that is easy to miss
    assert sum(1 for f in files if f.kind == "会议记录" and "22" in f.items and not f.duplicate_of) >= 7
    assert any("接收预备党员" in f.note and f.items == ["8", "22"] for f in files)
    assert any("讲稿" in f.path and f.items == ["9"] for f in files)
    assert any("小结" in f.path and f.items == ["15"] for f in files)
    assert any("述职" in f.path and "3" in f.items for f in files)
    assert any("制度汇编" in f.path and len(f.items) >= 3 for f in files)
    assert any(f.date == "2024-06-20" and f.items == ["22"] for f in files)  # 每两年: last year's admission
    assert sum(1 for f in files if f.kind == "签到表") >= 5
    assert sum(1 for f in files if f.path.endswith(".pdf") and f.needs_ocr) >= 3  # copier scans
    assert sum(1 for f in files if f.path.endswith(".pdf") and not f.needs_ocr) >= 8  # Word exports


def test_byte_copies_are_byte_copies(year):
    check_byte_copies(*year, least=5)


def test_files_open_and_pixel_only_files_need_ocr(year):
    check_files_open(*year)


def test_gbk_note_and_dues_sheets(year):
    dest, _ = year
    with pytest.raises(UnicodeDecodeError):
        (dest / f"{ROOT}一、组织建设/（三）三会一课/离退休党员支部/第二党小组学习.txt").read_bytes().decode("utf-8")
    wb = load_workbook(dest / f"{ROOT}一、组织建设/（七）党费收缴/文庙社区党总支2025年党费收缴台账.xlsx")
    assert wb.sheetnames == ["离退休党员支部", "机关在职党员支部", "老街商户党支部"]
    wb.close()


@pytest.mark.slow
def test_text_of_pixel_only_files_is_readable(year):
    """OCR-dependent: the words the labels were decided from are in the pixels (needs the OCR engine)."""
    pytest.importorskip("rapidocr_onnxruntime")
    dest, _ = year
    samples = {
        f"{ROOT}八、活动照片/IMG_20251218_090511.jpg": "专题党课",
    }
    check_pixel_text(dest, samples)
