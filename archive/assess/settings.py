"""The [assess] table of taizhang.toml."""

from __future__ import annotations

from archive.errors import ConfigError
from archive.workspace import Workspace

DEFAULTS: dict = {}
KNOWN = {"as_of": str, "attendance": str, "no_evidence_scores_zero": bool}
KNOWN_EXAMPLES = {"as_of": "\"2025-06-30\"", "attendance": "\"overall\"", "no_evidence_scores_zero": "true"}


def read_settings(ws: Workspace) -> dict:
    """Validate [assess]: `as_of = "2025-06-30"` fixes the date judged at (default: today in the year, else its end);
    `attendance = "overall" | "every_meeting"` how a 参加率 from minutes is judged; `no_evidence_scores_zero = false`
    keeps the estimate of an item with no evidence at what its findings give (default: 0 for an item assessed by
    reading the papers)."""
    raw = ws.config.section("assess")
    out = dict(DEFAULTS)
    for key, value in raw.items():
        if key not in KNOWN:
            raise ConfigError(f"配置文件 taizhang.toml 的 [assess] 中有未知设置项「{key}」。",
                              remedy="可用的设置项：" + "、".join(KNOWN))
        if not isinstance(value, KNOWN[key]):
            kind = "true 或 false" if KNOWN[key] is bool else "文字"
            raise ConfigError(f"配置文件 taizhang.toml 的 [assess] {key} 应写成{kind}，如 {key} = {KNOWN_EXAMPLES[key]}。")
        out[key] = value
    from archive.assess.checks.rate import ATTENDANCE_RULES

    if out.get("attendance", ATTENDANCE_RULES[0]) not in ATTENDANCE_RULES:
        raise ConfigError(f"配置文件 taizhang.toml 的 [assess] attendance 只能是 {' 或 '.join(ATTENDANCE_RULES)}"
                          f"（overall：按全年合计参加率；every_meeting：每次会议都须达到）。")
    return out
