"""An eighth labelled, generated year, written blind (without reading or running the filing code): 桃湾社区党委
(中共鹭江区沙洲街道桃湾社区委员会), the Party committee of a 村改居 社区 — the 桃湾村 until 2023, two years after the
change: most residents are former villagers resettled into the 桃湾家园 回迁安置小区 (二期 handed over this year), 43
households still in the old village lots, the collective assets held by the 桃湾股份经济合作社 (which pays its
shareholders a yearly 分红), and the 党委书记 is also 居委会主任 and the 合作社's 董事长. 152 members in five branches:
第一、第二、第三居民党支部 (by residential area), a 老年协会党支部 (the old village's elderly members) and a 股份经济
合作社党支部; partners: the 桃湾小学 (共建), the 安居物业 property company's branch (结对), the 区农业农村局 (在职党员 报到);
its 2025 folder as a part-time 社区工作者 keeps it.

How it differs from the other years (东湖社区党委, 柳塘村党总支, 云锦大厦联合党支部, 纺机新村党支部, 幸福里社区党支部,
云栖社区党委, 文庙社区党总支): the 台账 is filed by MONTH — "01月" … "12月", each holding whatever came in that month
whatever it is about, plus "年度" for the yearly papers and "上级文件" for circulars — with short informal names
("3.15支委会.docx", "党委会3.10.docx", "党员大会（第二季度）.docx", "微信图片_20250701094512.jpg", "扫描件 2025-09-03.pdf",
the copier naming a scan by the day it was scanned, not the day of the paper); WPS .docx whose heading is only in the
first table cell (no title paragraph), minutes typed as ONE long paragraph with no 时间/地点/主持人 labels (one without
even a title), a 党费 .xlsx with one sheet per branch and a 汇总 sheet, text PDFs exported from WPS, copier scans
(pixels only), Xiaomi photos (EXIF) and WeChat images (none) with banners and LED screens naming the meeting, and
村改居 themes where they touch Party work: the 党委's 前置研究 of the 合作社's 分红 and its 征求意见 公告 (27), the
集体 三资 清查 公示 (27) and 监督 办法 (2), 回迁 交房 党员先锋岗 (12), 移风易俗 倡议 and 文明祭扫 (25), 失地居民 就业
培训 (31), outbound 流动党员 (23).

Hard cases, labelled as serving no item: the 合作社 理事会's own 2024年度收益分配方案 and its 分红 公示 photographed
on the board, and its quarterly 财务公开 (no Party organisation named); the 街道's and 区's circulars that name no
community (工作要点, 主题党日 通知, 党费 通知, 述职评议 通知); the neighbouring 江头社区党委's plan and 主题党日 record;
the 物业's 停电通知 and the 居委会's 医保 notice; blank 模板/样表/空白表 (党员大会记录, 测评表, 谈心谈话记录表); a
downloaded 条例 and a 学习强国 article; screenshots of a 12306 ticket and a 外卖 order; three photos with no text;
2024's 党委会, summary, dues and New Year photo mis-filed in 01月; 2026's plan draft and 党委会 agenda in 12月; and
byte copies (labelled as their originals). Proof that is easy to miss is labelled so: minutes recording 确定积极分子,
发展对象, 接收预备党员 and 转正 (8, 22), the 街道's 批复 scanned (22), the 2024 admission found in 05月 (22: two years),
a 转正申请 photographed, a 思想汇报 and a 谈心谈话 with the new 预备党员 (22); 讲稿 (9); the 半年小结 (15); the 述职
(3, 1); the 制度汇编 holding several items' rules (2, 18, 11, 16, 30); the long-paragraph and WPS-table minutes (8);
banner and LED photos naming a meeting (主题党日 9; 党课 8, 9; 联席会议暨共建签约 18, 16; 共建 16); a sign-in sheet
photographed (8); the 街道's papers that name this 党委 (支部设置 批复: 8; 党校 名额: 10; 党建指导员: 21); a WeChat
notice of a 党课 (8); the 问卷星 screenshot (33, 3); the 妇联's and 团支部's records (4).

`build_eighth_year(dest)` writes about 140 files and returns their labels (labelled_year.model's YearLabels), decided
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

__all__ = ["build_eighth_year", "FileLabel", "YearLabels", "ORG"]

SEED = 20260801


def build_eighth_year(dest: Path, year: int = 2025) -> YearLabels:
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
