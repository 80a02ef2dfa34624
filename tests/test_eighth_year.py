"""The eighth labelled year (tests/eighth_year, 桃湾社区党委, a 村改居 社区): it builds, every file on disk is labelled
once and every label's file exists, labels are model values (seed000 item ids, vocabulary kinds and meeting types, dates
to their precision), byte copies are byte copies, files open with their libraries and the pixel-only ones carry
needs_ocr; its folders are the months ("01月" … "12月") plus 年度 and 上级文件, some Word files are WPS tables with the
heading only in the first cell, some minutes are one long paragraph with no field labels, and its hard cases are
present. Building needs no OCR; one slow test reads a WeChat banner photo with the OCR engine to confirm its text is in
the pixels the labels were written from. The year is built once for the module."""

from __future__ import annotations

import re

import pytest
from docx import Document
from eighth_year import build_eighth_year
from generated_year_checks import (
    check_byte_copies,
    check_every_file_labelled_once,
    check_files_open,
    check_model_values,
    check_pixel_text,
)
from openpyxl import load_workbook

ROOT = "桃湾社区党委2025年台账/"


@pytest.fixture(scope="module")
def year(tmp_path_factory):
    dest = tmp_path_factory.mktemp("eighth")
    return dest, build_eighth_year(dest)


def test_builds_and_every_file_is_labelled_once(year):
    check_every_file_labelled_once(*year, org="桃湾社区党委", least=110, most=140)


def test_labels_are_model_values(year):
    check_model_values(year[1])


def test_folders_are_months(year):
    _, labels = year
    assert all(f.path.startswith(ROOT) for f in labels.files)
    folders = {f.path[len(ROOT):].split("/")[0] for f in labels.files}
    assert folders == {f"{m:02d}月" for m in range(1, 13)} | {"年度", "上级文件"}
    assert all(f.path.count("/") == 2 for f in labels.files)
    names = {f.path.rsplit("/", 1)[1] for f in labels.files}
    for n in ("3.15支委会.docx", "党员大会（第二季度）.docx", "微信图片_20250701094512.jpg", "扫描件 2025-09-03.pdf"):
        assert n in names, n


def test_hard_cases_are_present(year):
    _, labels = year
    files = labels.files
    none = [f for f in files if not f.items]
    assert len(none) >= 20
    for y in ("2024", "2026"):
        assert any(f.date and f.date.startswith(y) and "月/" in f.path for f in none), y  # mis-filed in month folders
    assert any(f.date is None for f in none)  # blank 模板 and downloaded learning material
    assert sum(1 for f in none if "/上级文件/" in f.path) >= 3  # circulars naming no community
    assert sum(1 for f in files if "/上级文件/" in f.path and f.items) >= 3  # … and those that name us
    assert sum(1 for f in none if "合作社" in f.note) >= 3  # the 股份经济合作社's own papers
    assert sum(1 for f in none if "江头" in f.path) >= 2  # the neighbouring community
    assert any("物业" in f.note for f in none)
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
    assert any(f.date == "2024-05-16" and f.items == ["22"] for f in files)  # 每两年: last year's admission
    assert any(f.kind == "照片" and f.meeting_type == "主题党日" and f.path.endswith("微信图片_20250701094512.jpg")
               for f in files)
    assert sum(1 for f in files if f.kind == "签到表") >= 3
    assert sum(1 for f in files if f.path.endswith(".pdf") and f.needs_ocr) >= 4  # copier scans
    assert sum(1 for f in files if f.path.endswith(".pdf") and not f.needs_ocr) >= 8  # WPS exports


def test_byte_copies_are_byte_copies(year):
    check_byte_copies(*year, least=5)


def test_files_open_and_pixel_only_files_need_ocr(year):
    check_files_open(*year)


def test_wps_tables_paragraph_minutes_and_dues_sheets(year):
    dest, labels = year
    doc = Document(str(dest / f"{ROOT}06月/党员大会（第二季度）.docx"))
    assert not any(p.text.strip() for p in doc.paragraphs)  # no title paragraph …
    assert doc.tables[0].rows[0].cells[0].text == "第一居民党支部党员大会记录"  # … the heading is the first cell
    doc = Document(str(dest / f"{ROOT}03月/3.15支委会.docx"))
    body = [p.text for p in doc.paragraphs if p.text.strip()]
    assert len(body) == 2 and not re.search(r"(时间|地点|主持人|记录人)：", body[1])
    wb = load_workbook(dest / f"{ROOT}年度/2025党费收缴台账.xlsx")
    assert wb.sheetnames == ["第一居民党支部", "第二居民党支部", "第三居民党支部", "老年协会党支部", "股份经济合作社党支部", "汇总"]
    wb.close()


@pytest.mark.slow
def test_text_of_pixel_only_files_is_readable(year):
    """OCR-dependent: the words the labels were decided from are in the pixels (needs the OCR engine)."""
    pytest.importorskip("rapidocr_onnxruntime")
    dest, _ = year
    samples = {
        f"{ROOT}07月/微信图片_20250701094512.jpg": "7月主题党日",
    }
    check_pixel_text(dest, samples)
