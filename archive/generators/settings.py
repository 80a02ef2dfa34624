"""Report settings from taizhang.toml: [reports] (templates, 整改时限, 责任人) and [format] (the page/type profile)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field, fields, replace
from pathlib import Path

from archive.errors import ConfigError

REPORT_KINDS: tuple[str, ...] = ("self-assessment", "catalog", "gaps", "rectification")
REPORT_TITLES = {"self-assessment": "自评表", "catalog": "台帐目录", "gaps": "缺失材料清单", "rectification": "整改方案"}
ALL_REPORTS = "all"
# Other names a user may type for a report: its Chinese title (and 台账 for 台帐), 全部 for all of them.
REPORT_ALIASES = {**{title: kind for kind, title in REPORT_TITLES.items()}, "台账目录": "catalog", "全部": ALL_REPORTS}


def report_kind(name: str) -> str | None:
    """'self-assessment', '自评表' or '自评表.docx' → 'self-assessment'; 'all'/'全部' → 'all'; None when unknown."""
    name = (name or "").strip()
    name = name[:-5] if name.lower().endswith(".docx") else name
    if name in REPORT_KINDS or name == ALL_REPORTS:
        return name
    return REPORT_ALIASES.get(name)
DEFAULT_DEADLINE_DAYS = 30
DEFAULT_RESPONSIBLE = "党组织书记"


@dataclass(frozen=True)
class FormatProfile:
    """Page set-up and type of our documents; the default follows GB/T 9704-2012 (党政机关公文格式)."""

    name: str = "gbt9704"
    page_width_mm: float = 210.0
    page_height_mm: float = 297.0
    margin_top_mm: float = 37.0
    margin_bottom_mm: float = 35.0
    margin_left_mm: float = 28.0
    margin_right_mm: float = 26.0
    title_font: str = "方正小标宋简体"
    title_size_pt: float = 22.0  # 2号
    body_font: str = "仿宋_GB2312"
    body_size_pt: float = 16.0  # 3号
    line_spacing_pt: float = 28.0  # fixed
    heading1_font: str = "黑体"  # 一、
    heading2_font: str = "楷体_GB2312"  # （一）
    latin_font: str = "Times New Roman"
    table_font: str = "仿宋_GB2312"
    table_header_font: str = "黑体"
    table_size_pt: float = 12.0  # 小4号
    table_line_spacing_pt: float = 18.0
    page_number_font: str = "宋体"
    page_number_size_pt: float = 14.0  # 4号
    first_line_indent_chars: float = 2.0


PROFILES: dict[str, FormatProfile] = {
    "gbt9704": FormatProfile(),
    # a plainer office layout for those whose local rules do not ask for the 公文 format
    "plain": FormatProfile(name="plain", margin_top_mm=25.4, margin_bottom_mm=25.4, margin_left_mm=31.8,
                           margin_right_mm=31.8, title_font="黑体", title_size_pt=18.0, body_font="宋体",
                           body_size_pt=12.0, line_spacing_pt=22.0, heading2_font="楷体", table_font="宋体",
                           table_size_pt=10.5, table_line_spacing_pt=15.0, page_number_size_pt=10.5),
}


@dataclass
class ReportSettings:
    profile: FormatProfile = field(default_factory=FormatProfile)
    templates: dict[str, Path] = field(default_factory=dict)  # kind -> the user's own .docx
    deadline: str = ""  # 整改时限 written as is ("2026年3月31日前"); empty: as_of + deadline_days
    deadline_days: int = DEFAULT_DEADLINE_DAYS
    deadline_days_set: bool = False  # deadline_days written in taizhang.toml (not the default)
    default_responsible: str = DEFAULT_RESPONSIBLE  # when [responsible] names nobody for a category

    def deadline_text(self, as_of: dt.date) -> str:
        if self.deadline:
            return self.deadline
        day = as_of + dt.timedelta(days=self.deadline_days)
        return f"{day.year}年{day.month}月{day.day}日前"

    def fixed_deadline(self, as_of: dt.date) -> str:
        """The 整改时限 the user set (deadline, or deadline_days from the assessment date); "" when none was set and
        each measure keeps its own (立即, 一个月内, 下一季度, 长期坚持)."""
        return self.deadline_text(as_of) if self.deadline or self.deadline_days_set else ""


_REPORT_KEYS = {"templates", "deadline", "deadline_days", "default_responsible", "format"}


def _profile(raw: dict, where: str) -> FormatProfile:
    name = raw.get("profile", "gbt9704")
    if name not in PROFILES:
        raise ConfigError(f"taizhang.toml {where} 的 profile「{name}」不存在。", remedy="可用的格式：" + "、".join(PROFILES))
    base = PROFILES[name]
    types = {f.name: type(getattr(base, f.name)) for f in fields(FormatProfile)}
    changes = {}
    for key, value in raw.items():
        if key == "profile":
            continue
        if key not in types or key == "name":
            raise ConfigError(f"taizhang.toml {where} 中有未知设置项「{key}」。",
                              remedy="可用的设置项：profile、" + "、".join(k for k in types if k != "name"))
        want = types[key]
        if want is float:
            if not isinstance(value, int | float) or isinstance(value, bool) or value <= 0:
                raise ConfigError(f"taizhang.toml {where} 的 {key} 必须是正数，现为 {value!r}。")
            value = float(value)
        elif not isinstance(value, str) or not value.strip():
            raise ConfigError(f"taizhang.toml {where} 的 {key} 必须是字体名称（文字），现为 {value!r}。")
        changes[key] = value
    return replace(base, **changes)


def load_settings(ws) -> ReportSettings:
    """Validate [reports] and [format] of the archive's taizhang.toml."""
    raw = ws.config.section("reports")
    unknown = set(raw) - _REPORT_KEYS
    if unknown:
        raise ConfigError(f"taizhang.toml 的 [reports] 中有未知设置项「{'、'.join(sorted(unknown))}」。",
                          remedy="可用的设置项：" + "、".join(sorted(_REPORT_KEYS)))
    fmt = dict(ws.config.section("format"))
    if isinstance(raw.get("format"), str):  # [reports] format = "plain" names the profile
        fmt.setdefault("profile", raw["format"])
    settings = ReportSettings(profile=_profile(fmt, "[format]"))
    templates = raw.get("templates", {})
    if not isinstance(templates, dict):
        raise ConfigError("taizhang.toml 的 [reports.templates] 应写成 报告 = \"模板.docx\"。")
    for kind, value in templates.items():
        if kind not in REPORT_KINDS:
            raise ConfigError(f"taizhang.toml 的 [reports.templates] 中「{kind}」不是报告名称。",
                              remedy="报告名称：" + "、".join(REPORT_KINDS))
        path = Path(str(value)).expanduser()
        settings.templates[kind] = path if path.is_absolute() else ws.root / path
    if "deadline" in raw:
        if not isinstance(raw["deadline"], str):
            raise ConfigError("taizhang.toml 的 [reports] deadline 应是文字，如 \"2026年3月31日前\"。")
        settings.deadline = raw["deadline"].strip()
    if "deadline_days" in raw:
        days = raw["deadline_days"]
        if not isinstance(days, int) or isinstance(days, bool) or days <= 0:
            raise ConfigError(f"taizhang.toml 的 [reports] deadline_days 必须是正整数，现为 {days!r}。")
        settings.deadline_days = days
        settings.deadline_days_set = True
    if "default_responsible" in raw:
        settings.default_responsible = str(raw["default_responsible"]).strip() or DEFAULT_RESPONSIBLE
    return settings
