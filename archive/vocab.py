"""The shared words: what the stages, the catalog, the rubric YAML, the status document, the CLI and the page all
call the same things. Each is spelled once here; the stages import them from here.

These words are stored in the catalog, written in rubric files and published in `status --json`, so changing one
changes a format. This module imports nothing from archive, so any module may import it.
"""

from __future__ import annotations

# --- evidence kinds: what a document is (extract/classify.py decides, the catalog stores, rubric requirements name)
K_MINUTES = "会议记录"
K_DUES = "党费台帐"
K_ROSTER = "花名册"
K_PHOTO = "照片"
K_PLAN = "计划"
K_SUMMARY = "总结"
K_AGREEMENT = "协议"
K_RULES = "制度"
K_SURVEY = "测评"
K_SIGNIN = "签到表"
K_NOTICE = "通知"
K_OTHER = "其他"

# The rubric's order (rubric YAML validation lists them in it).
EVIDENCE_KINDS: tuple[str, ...] = (
    K_MINUTES, K_DUES, K_ROSTER, K_PHOTO, K_PLAN, K_SUMMARY, K_AGREEMENT, K_RULES, K_SURVEY, K_SIGNIN, K_NOTICE, K_OTHER,
)

# --- meeting types: which meeting or activity a record is of (三会一课 and the rest)
MEETING_TYPES: tuple[str, ...] = (
    "支部委员会", "党员大会", "党课", "党小组会", "主题党日", "组织生活会", "民主生活会", "联席会议", "共建活动", "志愿服务",
)

# Meeting types under the names rubrics print them, longest first within a type.
MEETING_NAMES: tuple[tuple[str, tuple[str, ...]], ...] = (
    # (a 社区党委 or 党总支 holds its committee's meeting as 党委会 / 总支委员会: the same meeting of the committee)
    ("支部委员会", ("支部委员会会议", "支部委员会", "支委会议", "支委扩大会", "支委会", "委员会会议", "党总支委员会",
                    "总支委员会", "党委会议", "党委会")),
    ("党员大会", ("支部党员大会", "全体党员大会", "全体党员会议", "支部党员会议", "党员大会", "支部大会", "党员代表大会")),
    ("党小组会", ("党小组会议", "党小组会", "党小组学习", "党小组活动", "党小组")),
    ("党课", ("专题党课", "党课")),
    ("主题党日", ("主题党日活动", "主题党日", "固定党日", "党员活动日")),
    ("组织生活会", ("组织生活会", "民主评议党员", "民主评议")),
    ("民主生活会", ("民主生活会",)),
    ("联席会议", ("联席会议", "联席会", "协调会议", "协调会")),
    ("共建活动", ("共驻共建活动", "结对共建活动", "共建活动", "联建活动")),
    ("志愿服务", ("志愿服务活动", "志愿服务", "志愿者活动", "志愿活动", "便民利民活动", "便民服务活动",
                  "集中服务活动", "为民服务活动")),
)
# Business done at a meeting and recorded in its minutes, not another name for the meeting: a count of it counts only
# those of the meeting's records that record it ("每年开展民主评议党员" is met by a 组织生活会 that held the 评议).
MEETING_BUSINESS: dict[str, tuple[str, ...]] = {"组织生活会": ("民主评议党员", "民主评议")}


# --- requirement types: what proof a rubric item needs; each is checked by the check of that name (assess/checks/)
REQUIREMENT_TYPES: tuple[str, ...] = (
    "doc", "count", "window", "rate", "ledger", "roster", "photo", "duration", "judgement",
)

# --- item status (docs/architecture.md, "The status rule"), worst first, and how every output names it
STATUS_MISSING = "missing"
STATUS_PARTIAL = "partial"
STATUS_REVIEW = "review"
STATUS_COVERED = "covered"
STATUS_ORDER: tuple[str, ...] = (STATUS_MISSING, STATUS_PARTIAL, STATUS_REVIEW, STATUS_COVERED)
STATUS_LABELS: dict[str, str] = {
    STATUS_MISSING: "缺少材料", STATUS_PARTIAL: "部分达标", STATUS_REVIEW: "待人工确认", STATUS_COVERED: "已达标",
}

# --- date sources: where a document's date was found, most trusted first (extract/analyze.py picks one)
SOURCE_CONTENT = "content"  # the text: a 会议时间 field, a dated heading
SOURCE_SIGNATURE = "signature"  # the 落款 at the end
SOURCE_EXIF = "exif"  # a photo's EXIF time
SOURCE_FILENAME = "filename"  # a date in the file's name
SOURCE_MTIME = "mtime"  # the file's modification time: when it was copied, not when it was written
DATE_SOURCES: tuple[str, ...] = (SOURCE_CONTENT, SOURCE_SIGNATURE, SOURCE_EXIF, SOURCE_FILENAME, SOURCE_MTIME)
DATE_SOURCE_LABELS: dict[str, str] = {
    SOURCE_CONTENT: "正文", SOURCE_SIGNATURE: "落款", SOURCE_EXIF: "照片EXIF", SOURCE_FILENAME: "文件名",
    SOURCE_MTIME: "修改时间",
}
# Sources that date no document: assessment and the 自查 do not place evidence in a period by them.
UNRELIABLE_DATE_SOURCES: tuple[str, ...] = (SOURCE_MTIME,)


def date_to_precision(day, precision: str | None, whole) -> str:  # type: ignore[no-untyped-def]
    """A date written to the precision it is known: 2025年 (a year-only date), 2025年3月 (a month), else `whole(day)`
    (each reader writes a full date its own way: 2025-03-12, 2025年3月12日)."""
    if precision == "year":
        return f"{day.year}年"
    if precision == "month":
        return f"{day.year}年{day.month}月"
    return whole(day)
