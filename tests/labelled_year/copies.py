"""Byte-identical copies (备份/, "… - 副本", "(1)") and the misleading copy-day mtimes of a real archive."""

from __future__ import annotations

import datetime as dt

from .model import Year

COPY_DAY = dt.datetime(2026, 11, 20, 10, 0, 0)

# (original, copy): the original sorts after 备份/ so "earliest path" alone would pick the wrong one.
COPIES = [
    ("社区党建2025/14-党费收缴/{Y}年党费收缴台帐.xlsx", "备份/{Y}年党费收缴台帐.xlsx"),
    ("社区党建2025/测评/满意度测评结果报告.docx", "备份/满意度测评结果报告.docx"),
    ("社区党建2025/工作机制好/年度计划.docx", "备份/年度计划.docx"),
    ("社区党建2025/三会一课/党员大会/第一季度党员大会.docx", "备份/三会一课/第一季度党员大会.docx"),
    ("照片/{Y}/IMG_{Y}0314_093512.jpg", "备份/照片/IMG_{Y}0314_093512.jpg"),
    ("社区党建2025/制度汇编/党委议事规则.docx", "社区党建2025/制度汇编/党委议事规则 - 副本.docx"),
    ("社区党建2025/主题党日/七一主题党日.docx", "社区党建2025/主题党日/七一主题党日 - 副本.docx"),
    ("微信图片/微信图片_{Y}0630151240.jpg", "微信图片/微信图片_{Y}0630151240(1).jpg"),
]


def write(y: Year) -> None:
    y.copy_bytes([(src.format(Y=y.year), dst.format(Y=y.year)) for src, dst in COPIES])


def set_mtimes(y: Year) -> None:
    """Every file gets the day the folder was copied, as real archives do."""
    y.stamp_mtimes(COPY_DAY)
