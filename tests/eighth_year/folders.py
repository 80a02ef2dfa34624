"""The 社区工作者's folders: one per month ("01月" … "12月") holding whatever came in that month, whatever it is about
(a paper is where she saved it, not where it belongs: a 2024 paper in 01月, a 2026 draft in 12月), a 年度 folder for the
yearly papers (计划, 总结, 党费, 花名册) and 上级文件 for the circulars the 街道 and 区 sent."""

ROOT = "桃湾社区党委2025年台账"
YEARLY = f"{ROOT}/年度"
UP = f"{ROOT}/上级文件"


def M(month: int) -> str:
    """The month's folder."""
    return f"{ROOT}/{month:02d}月"
