"""A sixth labelled, generated year, written independently of the other years: 云栖社区党委 (中共翠屏区锦绣街道云栖社区
委员会), the Party committee of a new-build estate (云栖花园 and 云栖雅苑, built 2019-2021 to resettle the former 云栖村
and 下塘村 and sold in part as commercial flats): 128 members in four 网格党支部, resettled former villagers, young
在职党员 who report to the 社区 and three 流动党员; a "大党委" whose 兼职委员 come from the district's second hospital
and the estate's primary school; its 2025 folder as its 党建专干 (a young 社区工作者) keeps it.

How it differs from the other years (东湖社区党委, an old 社区; 柳塘村党总支, a village; 云锦大厦联合党支部, a tower's
joint branch; 纺机新村党支部, an old estate's residents' branch): the 台账 is ONE flat folder in which every name starts
with a dotted date ("2025.03.12 党委会纪要.docx") — the day she saved it, not always the day the paper is about —
beside the grid branches' files as their secretaries sent them ("新建 DOCX 文档.docx", a GBK .txt, a photo of a
handwritten 转正申请), and short English/pinyin folders: scan/ (the office's Brother MFC: BRN30055C1A2B_000103.pdf,
pixels only), pics/ (the iPhone's IMG_4102.JPG and IMG_4399.PNG), jiedao/ (from the 街道 and 区), study/ and old/.
Minutes are the 党委会's numbered 会议纪要 (〔2025〕第N期, 会议议题, 议定事项), 学习记录 and 组织生活记录表 forms filled
in tables, prose records, WPS-exported text PDFs; the partners are 翠屏区第二人民医院党委 (共建: 义诊, 急救培训, 讲座,
送医送药), a tech firm's branch (结对联建), the property company's branch (红色物业) and the 业委会; the 大党委's
quarterly 区域化党建联席会议; the estate's own themes (失地居民就业培训, 四点半课堂, 充电桩, 老年食堂).

Hard cases, labelled as serving no item: the 街道's and 区委组织部's circulars that do not name the committee, the
区反诈中心's warning, the neighbouring 锦湖社区党委's plan and 联席会议纪要, a namesake grid branch's minutes (锦湖社区
第三网格党支部) sent into 三网格/ by mistake, the hospital's, the school's and the firm's own notices, the 业委会's
公告, a photo of the property company's water-cut notice, blank 模板/空白表 (dated names, undated content), the clerk's
to-do note, screenshots of 钉钉, a food order and a 学习强国 score, two photos with no text,
2024's summary filed in the flat folder, 2024's minutes and dues and 2023's photo in old/, a 2026 plan,
downloaded learning material, and byte copies (labelled as their originals). Proof that is easy to miss is
labelled so: the 制度汇编 that holds several items' rules (2, 18, 11, 30), a 党委会 纪要 whose name carries the day
it was typed (3月12日) not the meeting's (3月10日), 讲稿 and a .txt 提纲 (9), the 半年小结 (15), 中心组 学习记录 (9),
the 党委会's 积极分子/发展对象/预备党员/转正 decisions and the grid branches' 党员大会 (22), joint meetings (联席会议暨
共建签约: 18, 16; 七一主题党日暨入党宣誓: 9, 22), sign-in sheets (xlsx, scanned, photographed), LED-screen photos naming
a meeting, the 街道's papers that name this community (党建指导员: 21; 党校 轮训: 10), the 妇联's and 居委会's papers (4),
the 问卷星 screenshot (33, 3) and the 2024 admission of a 预备党员 (22 looks at two years).

`build_sixth_year(dest)` writes about 130 files and returns their labels (labelled_year.model's YearLabels), decided
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

__all__ = ["build_sixth_year", "FileLabel", "YearLabels", "ORG"]

SEED = 20260601


def build_sixth_year(dest: Path, year: int = 2025) -> YearLabels:
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
