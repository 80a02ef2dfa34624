"""A fourth labelled, generated year, written independently of the other years: 云锦大厦联合党支部 (中共江川区南湖街道
云锦大厦联合支部委员会), a commercial tower's joint Party branch (两新组织) of 38 members from 12 firms in three 党小组 by
floor, with a 街道-appointed 专职副书记 and a 党群服务站 on the 5th floor; its 2025 folder as its 党建社工 keeps it.

How it differs from the labelled year (东湖社区党委, a 社区) and the third year (柳塘村党总支, a village): members are
office workers (meetings at lunchtime or 18:30), the partners are the property company, the 业主委员会, 区税务局 and
区人民医院 branches, firms' HR departments and the 南湖社区 whose residents the branch serves. Folders: the 台账 in six
sections worded in the clerk's own terms ("一、班子建设和制度/" … "六、计划总结测评/"), meetings by quarter
("二、组织生活/第三季度/"), "上级来文/" for what the 街道 and 区 sent, "手机导出/" (Camera, Screenshots, WeiXin, 备忘录),
"待归档/" and "往年资料/". Names carry ISO dates ("20250311 支委会纪要（确定发展对象）.docx") or none. Minutes are a
two-column 纪要 grid, prose, text PDFs or photographed pages of the bound 记录本 (pixels only); notes are .txt from the
phone's memo app; ledgers are .xlsx.

Hard cases, labelled as serving no item: the 街道's and 区委组织部's circulars that do not name the branch (工作要点,
党费 and 述职评议 notices, 组织关系排查, 高温), the neighbouring tower's branch's minutes and plan, the 居委会's notice,
a firm's HR holiday notice, the property company's water-cut notice and tenant list, blank 样表, the clerk's own
考勤, to-do and phone memos, screenshots of a clock-in app and a train ticket, two photos with no text, 2023's
summary and photo, 2024's minutes and dues, a 2026 plan written ahead, and byte copies (labelled as their originals).
Proof that is easy to miss is labelled so: 党课 讲稿 (one filed in the wrong quarter) and a .txt 提纲 (9), the 半年小结
(15), the minutes of 发展对象/接收预备党员/转正 (22), joint meetings (第三季度党员大会暨9月主题党日: 8, 22, 9; 联席会议暨
共建签约: 18, 16), sign-in sheets beside minutes, screen photos naming a meeting, superior papers that name this branch
(专职副书记 选派: 6; 党建指导员 选派: 21; 党校 轮训: 10), the 工会联合会's and 团支部's activities (4) and the 2024
admission of a 预备党员 (22 looks at two years).

`build_fourth_year(dest)` writes about 130 files and returns their labels (labelled_year.model's YearLabels), decided
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

__all__ = ["build_fourth_year", "FileLabel", "YearLabels", "ORG"]

SEED = 20260105


def build_fourth_year(dest: Path, year: int = 2025) -> YearLabels:
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
