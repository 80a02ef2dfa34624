"""A third labelled, generated year, written independently of tests/labelled_year: 柳塘村党总支 (中共云溪区石桥镇柳塘村
总支部委员会), a village Party branch of 46 members in three 党小组 by 自然村, its 2025 folder as its clerk keeps it.

How it differs from the labelled year (东湖社区党委): a village, not a 社区 (村委会, 村民代表, 镇党委, 四议两公开,
无职党员设岗定责, 门前三包); folders by the clerk's own 台账 category numbers ("01班子建设/" … "11考核测评/", numbers that
are not seed000's item ids), by month ("03三会一课/4月/", then "2025年7月/" … once she stopped sorting), a flat
"新建文件夹 (3)/", WeChat's "WeChat Files/wxid_…/FileStorage/File/2025-04/", DCIM/Camera/ and 往年资料/; names from
the phone scanner ("扫描全能王 2025-03-12 09.47.pdf"), the camera, pinyin ("zhiweihui_0415.docx", "dangke_0701.docx"),
"定稿", "最终版", "- 副本", "(1)"; minutes as a form (会议名称/时间/地点/主持人/参会人员/缺席人员/会议内容), as prose, or
as a 纪要 of 议定事项; a 党员大会决议 dated in 〇 numerals; a 党费 register by quarter; photos of an LED screen.

Hard cases, labelled as serving no item: the 镇党委's and 镇政府's own papers (党建工作要点, 党费收缴 and 述职评议 notices,
秸秆禁烧), the 镇党委书记's speech, the 村委会's 低保 公示 and 财务公开, blank forms, a 体检报告, a parcel-label photo, a
photo of nothing, last year's summary and dues register, 2023's minutes and photo. Superior papers that do serve an
item are labelled so (the 镇党委's 任职批复 of the 专职副书记: item 6; the 党校 春训班 notice: 10; the 党建指导员 选派
notice naming the village's cadre: 21), as are the 团支部's and 妇联's papers (item 4) and the 2024 admission of a
预备党员 (item 22 looks at two years).

`build_third_year(dest)` writes about 130 files and returns their labels (labelled_year.model's YearLabels), decided
from each document's content and seed000's item texts before any filing was run on the year. `expected_status` is an
empty dict: no per-item status key is written for this year (use it for filing benchmarks, not for assessment).
Nothing needs OCR to be built; labels mark the files whose text is only in pixels (needs_ocr), so an ingest without
OCR leaves them out with `labels.usable(ocr=False)`. No .doc files: nothing needs LibreOffice.
"""

from __future__ import annotations

import random
from pathlib import Path

from labelled_year.model import FileLabel, Year, YearLabels

from . import copies, meetings, papers, photos, sheets
from .people import ORG

__all__ = ["build_third_year", "FileLabel", "YearLabels", "ORG"]

SEED = 20251208


def build_third_year(dest: Path, year: int = 2025) -> YearLabels:
    """Write the year into `dest` (created if needed) and return its labels."""
    dest = Path(dest)
    dest.mkdir(parents=True, exist_ok=True)
    rng = random.Random(SEED)
    y = Year(dest=dest, year=year, rng=rng)
    meetings.write(y)
    papers.write(y)
    sheets.write(y)
    photos.write(y, rng)
    copies.write(y)
    copies.set_mtimes(y)
    return YearLabels(year=year, org=ORG, files=list(y.labels), expected_status={})
