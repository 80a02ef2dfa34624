"""A seventh labelled, generated year, written blind (without reading or running the filing code): 文庙社区党总支
(中共鹤城区泮池街道文庙社区总支部委员会), the Party general branch of the old town centre around the former 文庙 and
the 状元街/文庙前街 shopping streets: 76 members in three branches — a 离退休党员支部 (retired teachers and workers in
the old lanes), a 机关在职党员支部 (the 社区工作者 who are members and district officials who report to the 社区) and a
老街商户党支部 (shop owners of the old street) — with the 文庙小学 (共建), the old street's market management company
(结对) and the 区住建局 (双报到) as partners; its 2025 folder as its 党务干事 keeps it.

How it differs from the other years (东湖社区党委, 柳塘村党总支, 云锦大厦联合党支部, 纺机新村党支部, 幸福里社区党支部,
云栖社区党委): a 党总支 (no power to approve members: the 街道党工委's 批复 does) whose archivist files by the 考核
categories in Chinese with official numbering ("一、组织建设/（三）三会一课/老街商户党支部/"), long official file names
("关于召开2025年第二季度党员大会的通知.docx"), minutes with the 会议时间/会议地点/主持人/记录人/出席人员/缺席人员/议题/
会议内容 block, the branches' papers under the category they serve, .xlsx ledgers (党费 one sheet per branch, 签到, 花名册),
Word-exported text PDFs, copier scans (pixels only), HUAWEI phone photos (IMG_20250305_090122.jpg) and screenshots,
a GBK .txt from the retired branch's old PC; a 上级来文/ folder and an 其他/ folder for what she was unsure of.

Hard cases, labelled as serving no item: the 街道's and 区's circulars that name no community (工作要点, 述职评议通知,
发展党员规范通知), the neighbouring 府前社区党委's plan and 党委会 minutes, the 物业's 停水通知 and the
居委会's 高龄津贴 notice (no Party organisation), blank 模板/样表 (会议记录, 主题党日, 签到), downloaded learning material (细则, 评论), screenshots of WPS and a train ticket, two photos
with no text, the 党务干事's to-do note, 2024's minutes, dues, summary and photo in 其他/往年/, a 2026 plan filed under
六、计划总结/, and byte copies (labelled as their originals). Proof that is easy to miss is labelled so: minutes that
record 确定积极分子/发展对象, 接收预备党员 and 转正 (22), the 街道's 批复 and a 2024 admission (22: two years), a 转正申请
photo and a 思想汇报 (22), 讲稿 (9), the 半年小结 (15), the 述职 (3, 1), the 制度汇编 holding several items' rules
(2, 18, 11, 30), the 街道's papers that name this 总支 (党建指导员: 21; 党校: 10; 支部设置: 8), a WeChat notice of a 党课
(8), a 问卷 screenshot (33, 3), LED and banner photos naming a meeting, a sign-in sheet photographed, the 商户
承诺书 scan (12), joint meetings (联席会议暨共建签约: 18, 16).

`build_seventh_year(dest)` writes about 140 files and returns their labels (labelled_year.model's YearLabels), decided
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

__all__ = ["build_seventh_year", "FileLabel", "YearLabels", "ORG"]

SEED = 20260701


def build_seventh_year(dest: Path, year: int = 2025) -> YearLabels:
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
