"""Dates carried by file names: camera, chat-app and dated document names."""

import datetime as dt

import pytest

from archive.extract.filenames import date_from_filename, dated_path

T = dt.datetime


@pytest.mark.parametrize(
    "name, expected",
    [
        ("IMG_20250312_093015.jpg", T(2025, 3, 12, 9, 30, 15)),
        ("IMG20250312093015.jpg", T(2025, 3, 12, 9, 30, 15)),
        ("微信图片_20250415102233.jpg", T(2025, 4, 15, 10, 22, 33)),
        ("微信图片_2025-04-15_102233.jpg", T(2025, 4, 15, 10, 22, 33)),
        ("Screenshot_2025-03-12-09-30-15-123_com.tencent.mm.jpg", T(2025, 3, 12, 9, 30, 15)),
        ("Screenshot_20250312_093015.png", T(2025, 3, 12, 9, 30, 15)),
        ("VID_20250312_093015.mp4", T(2025, 3, 12, 9, 30, 15)),
        ("PXL_20250312_093015123.jpg", T(2025, 3, 12, 9, 30, 15)),
        ("PXL_20250312_093015123.MP.jpg", T(2025, 3, 12, 9, 30, 15)),
        ("VID_20250312_WA0003.mp4", T(2025, 3, 12)),
        ("2025年3月12日支部委员会.docx", T(2025, 3, 12)),
        ("2025.3.12党课.docx", T(2025, 3, 12)),
        ("20250312会议记录.docx", T(2025, 3, 12)),
        ("2025-03-12 主题党日.jpg", T(2025, 3, 12)),
        ("二〇二五年三月十二日党员大会.doc", T(2025, 3, 12)),
        ("２０２５年３月１２日党课.docx", T(2025, 3, 12)),
        ("2025年3月党员大会.docx", T(2025, 3, 1)),
        ("2025年党建资料/备份/IMG_20250312_093015.jpg", T(2025, 3, 12, 9, 30, 15)),
        ("照片\\IMG_20250312_093015.jpg", T(2025, 3, 12, 9, 30, 15)),
    ],
)
def test_dated_names(name, expected):
    assert date_from_filename(name) == expected


def test_mmexport_milliseconds_are_china_local_time():
    # 1741746000000 ms = 2025-03-12 02:20:00 UTC = 10:20 in Asia/Shanghai
    assert date_from_filename("mmexport1741746000000.jpg") == T(2025, 3, 12, 10, 20)


def test_invalid_time_keeps_the_date():
    assert date_from_filename("IMG_20250312_253015.jpg") == T(2025, 3, 12)


def test_epoch_seconds_and_day_boundary():
    assert date_from_filename("mmexport1741746000.jpg") == T(2025, 3, 12, 10, 20)
    # 2025-03-11 20:00 UTC is already 12 March in China
    assert date_from_filename("mmexport1741723200000.jpg") == T(2025, 3, 12, 4, 0)
    assert date_from_filename("wx_camera_1741746000000.jpg") == T(2025, 3, 12, 10, 20)


@pytest.mark.parametrize(
    "name",
    [
        "扫描件_0012.pdf",
        "新建 Microsoft Word 文档 (3).docx",
        "新建 Microsoft Word 文档.docx",
        "2024年工作总结.docx",
        "3.15号会议记录.docx",
        "IMG_18000312_093015.jpg",
        "IMG_21500312_093015.jpg",
        "IMG_20250230_093015.jpg",
        "IMG_20251312_093015.jpg",
        "DSC_0012.JPG",
        "13812345678.jpg",
        "",
    ],
)
def test_no_date(name):
    assert date_from_filename(name) is None


@pytest.mark.parametrize("path, expected", [
    ("纺机新村党支部台账（2025）/B-1 三会一课/支委会/0110支委会.docx", dt.datetime(2025, 1, 10)),
    ("U盘旧文件/2024/1115支委会.docx", dt.datetime(2024, 11, 15)),
    ("2025年党建台账/支委会/0815.docx", dt.datetime(2025, 8, 15)),
    ("2025年台账/3.28党课.docx", dt.datetime(2025, 3, 28)),
    ("2025年台账/03-28党课.docx", dt.datetime(2025, 3, 28)),
    ("2025年台账/3月28日党课.docx", dt.datetime(2025, 3, 28)),
    ("2025/2024年度/0110.docx", dt.datetime(2024, 1, 10)),  # the nearest folder's year
    ("2024/20250312会议记录.docx", dt.datetime(2025, 3, 12)),  # a full date in the name wins
])
def test_month_day_in_the_name_takes_the_folder_year(path, expected):
    assert dated_path(path) == (expected, "day")


@pytest.mark.parametrize("path", [
    "台账/0110支委会.docx",  # no year anywhere
    "0110支委会.docx",
    "2025年台账/扫描0110.pdf",  # a copier's counter, not opening the name
    "2025年台账/1200元补助.xlsx",
    "2025年台账/0230会.docx",  # no 30 February
    "2023-2025年/0110支委会.docx",  # which year?
])
def test_month_day_without_a_single_year_is_no_day(path):
    found = dated_path(path)
    assert found is None or found[1] != "day"


def test_dated_path_keeps_what_the_name_alone_says():
    assert dated_path("2025年台账/2025年度党费台帐.xlsx") == (dt.datetime(2025, 1, 1), "year")
    assert dated_path("台账/IMG_20250312_093015.jpg") == (dt.datetime(2025, 3, 12, 9, 30, 15), "day")
