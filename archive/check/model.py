"""The data of `taizhang check`: the documents it compares, its settings and the reports it gives."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path

# Most serious first.
SEVERITIES = ("high", "medium", "low")
SEVERITY_LABELS = {"high": "严重", "medium": "较重", "low": "提示"}

# Report types, in the order they are listed within one severity, with their Chinese names.
REPORT_LABELS: dict[str, str] = {
    "attendance_over": "实到多于应到",
    "attendance_absent": "有缺席人员但实到等于应到",
    "attendance_roster": "应到人数与花名册不符",
    "copied_record": "记录内容雷同",
    "reused_photo": "同一照片用于不同活动",
    "signed_before_meeting": "落款日期早于会议日期",
    "photo_day": "照片拍摄日期与会议日期不符",
    "after_as_of": "材料日期晚于核查日期",
    "ledger_roster": "党费台帐与花名册人员不符",
    "development_order": "发展党员程序时间不符",
}
REPORT_TYPES = tuple(REPORT_LABELS)


@dataclass
class Doc:
    """One catalogued file as the detectors see it."""

    id: int
    path: str
    sha256: str | None
    format: str | None
    kind: str | None
    meeting_type: str | None
    date: dt.date | None  # None when undated or dated only by the file's modification time
    date_source: str | None
    precision: str | None  # day | month | year
    title: str
    text: str
    fields: dict = field(default_factory=dict)
    tables: list = field(default_factory=list)
    meta: dict = field(default_factory=dict)
    thumbnail: str | None = None

    @property
    def name(self) -> str:
        """The file name (what an archivist recognises)."""
        return self.path.rsplit("/", 1)[-1]

    @property
    def folder(self) -> str:
        return self.path.rsplit("/", 1)[0] if "/" in self.path else ""

    @property
    def day(self) -> dt.date | None:
        """The date when it is known to the day."""
        return self.date if self.precision == "day" else None


@dataclass
class Report:
    """One thing that does not hold: what, how serious, the files, a Chinese explanation and what to do, numbers."""

    type: str
    severity: str
    paths: list[str]
    detail: str
    numbers: dict = field(default_factory=dict)

    @property
    def label(self) -> str:
        return REPORT_LABELS[self.type]

    def sort_key(self) -> tuple:
        return (SEVERITIES.index(self.severity), REPORT_TYPES.index(self.type), self.paths)

    def to_json(self) -> dict:
        """The published `taizhang check --json` shape (README)."""
        return {"type": self.type, "severity": self.severity, "paths": list(self.paths), "detail": self.detail,
                "numbers": dict(self.numbers)}


@dataclass
class Settings:
    """The [check] table of taizhang.toml; every threshold a detector uses."""

    # Attendance: 应到 may differ from the roster's head count by this many members, or this share of it, whichever
    # is larger (members join and leave during the year).
    roster_tolerance: int = 3
    roster_tolerance_share: float = 0.1
    # Meetings every member is expected at: their 应到 is compared with the 党员花名册.
    whole_branch_meetings: tuple[str, ...] = ("党员大会", "党课", "主题党日", "组织生活会")
    # Copied records: bodies at least this similar (Jaccard of character shingles, after normalising) with
    # different dates; bodies shorter than min_body_chars after normalising are not compared.
    copy_similarity: float = 0.8
    min_body_chars: int = 40
    copy_kinds: tuple[str, ...] = ("会议记录",)
    # Reused photos: pairs whose difference hashes are at most this many bits apart (of 64) are compared (at least
    # 24: a slight crop moves some bits); one picture when this share of the textured blocks agree once aligned.
    photo_distance: int = 24
    photo_agreement: float = 0.8
    # A photo and the meeting it is filed under may be this many days apart (a photo taken the next morning).
    photo_day_tolerance: int = 1
    # 发展党员: at least this many days from 积极分子 to 预备, and from 预备 to 转正.
    development_min_days: int = 365


@dataclass
class CheckContext:
    settings: Settings
    year: int
    as_of: dt.date
    today: dt.date
    root: Path  # the archive's folder (photos are read from it)
    thumbs_dir: Path  # the thumbnails ingest wrote
