"""The [assess] table of taizhang.toml."""

from __future__ import annotations

from archive.errors import ConfigError
from archive.workspace import Workspace

DEFAULTS: dict = {}
KNOWN = {"as_of": str}


def read_settings(ws: Workspace) -> dict:
    """Validate [assess]: `as_of = "2025-06-30"` fixes the date judged at (default: today in the year, else its end)."""
    raw = ws.config.section("assess")
    out = dict(DEFAULTS)
    for key, value in raw.items():
        if key not in KNOWN:
            raise ConfigError(f"配置文件 taizhang.toml 的 [assess] 中有未知设置项「{key}」。",
                              remedy="可用的设置项：" + "、".join(KNOWN))
        if not isinstance(value, KNOWN[key]):
            raise ConfigError(f"配置文件 taizhang.toml 的 [assess] {key} 应写成文字，如 \"2025-06-30\"。")
        out[key] = value
    return out
