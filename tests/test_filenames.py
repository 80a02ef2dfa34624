"""Dates carried by file names: camera, chat-app and dated document names."""

import datetime as dt

import pytest

from archive.extract.filenames import date_from_filename

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
