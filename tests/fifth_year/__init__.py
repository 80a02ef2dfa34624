"""A fifth labelled, generated year, written independently of the other years: 纺机新村党支部 (中共清河区鼓楼街道
梧桐巷社区纺机新村支部委员会), the residents' Party branch of a 老旧小区 — the old 清河纺织机械厂 staff estate — under
the 梧桐巷社区党委: 31 members, mostly retired factory workers in two 党小组 by building, a few 在职党员 who report to
the 社区 and one 流动党员; its 2025 folder as its 宣传委员, a retired volunteer, keeps it.

How it differs from the other years (东湖社区党委, a 社区; 柳塘村党总支, a village; 云锦大厦联合党支部, a tower's joint
branch): meetings are in the morning in the estate's activity room; the partners are the 住建局's branch (共建, around the
old-estate renovation), a state grid branch (结对), the property company and the 业委会. The volunteer files the 台账 under
the 鼓楼街道 checklist's numbering ("A-1 班子建设" … "E-2 测评考核"), sends paper through the 社区's copier (PDFs named
"扫描0003.pdf" or "20250627.pdf", most with the copier's OCR text layer, some pixels only), types the 会议记录本 into
Word as he wrote it, keeps workbooks with a sheet per month, and screenshots the residents' WeChat group. Folders
besides the 台账: 扫描件/, 微信群截图/, 照片/, 上级文件/, 参考资料/ (downloaded 党章, 条例, 公报) and U盘旧文件/.

Hard cases, labelled as serving no item: the 街道's, 区委组织部's and 街道办's circulars, the 居委会's notice, the
property company's water-cut notice and fee list, the 业委会's own announcement, the neighbouring estate's branch's
plan and minutes, a school branch's minutes, learning material, blank 样表, the volunteer's timetable, a group chat
about vegetables, weather and shopping screenshots, two photos with no text, 2023/2024 papers, photo and dues, a 2026
plan, and byte copies (labelled as their originals). Proof that is easy to miss is labelled so: 党课 讲稿 and 提纲 (9),
the 半年小结 (15), minutes of 发展对象/接收预备党员/转正 (22, one only in pixels), joint meetings (三季度党员大会暨九月
主题党日: 8, 9; 联席会议暨老旧小区改造协调会: 18), sign-in sheets beside minutes, photos of the TV screen naming a
meeting, the 社区党委's papers that name this branch (专职党务干事: 6; 社区党校: 10), the 三会一课 attendance register
(8), the 居民议事会 (4), WeChat notices of meetings (8) and the 2024 admission of a 预备党员 (22 looks at two years).

`build_fifth_year(dest)` writes about 120 files and returns their labels (labelled_year.model's YearLabels), decided
from each document's content and seed000's item texts before any filing was run on the year. `expected_status` is
empty: use the year for filing benchmarks, not assessment. Nothing needs OCR to be built; labels mark the pixel-only
files (needs_ocr). No .doc files.
"""

from __future__ import annotations

import random
from pathlib import Path

from labelled_year.model import FileLabel, Year, YearLabels

from . import copies, meetings, papers, photos, sheets
from .people import ORG

__all__ = ["build_fifth_year", "FileLabel", "YearLabels", "ORG"]

SEED = 20260301


def build_fifth_year(dest: Path, year: int = 2025) -> YearLabels:
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
