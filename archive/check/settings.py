"""The [check] table of taizhang.toml: the thresholds of `taizhang check`, each with its default in model.Settings."""

from __future__ import annotations

from dataclasses import fields

from archive.check.model import Settings
from archive.errors import ConfigError
from archive.workspace import Workspace

_EXAMPLES = {int: "3", float: "0.8", tuple: "[\"党员大会\", \"党课\"]"}


def read_settings(ws: Workspace) -> Settings:
    """Validate [check] and return the settings: unknown keys and values of the wrong kind are refused."""
    raw = ws.config.section("check")
    out = Settings()
    known = {f.name: type(getattr(out, f.name)) for f in fields(Settings)}
    for key, value in raw.items():
        if key not in known:
            raise ConfigError(f"配置文件 taizhang.toml 的 [check] 中有未知设置项「{key}」。",
                              remedy="可用的设置项：" + "、".join(known))
        want = known[key]
        ok = (isinstance(value, list) and all(isinstance(v, str) for v in value) if want is tuple
              else isinstance(value, int | float) and not isinstance(value, bool) and value >= 0
              and (want is float or float(value).is_integer()))
        if not ok:
            kind = {int: "不小于0的整数", float: "不小于0的数", tuple: "文字列表"}[want]
            raise ConfigError(f"配置文件 taizhang.toml 的 [check] {key} 应写成{kind}，如 {key} = {_EXAMPLES[want]}。")
        setattr(out, key, tuple(value) if want is tuple else want(value))
    return out
