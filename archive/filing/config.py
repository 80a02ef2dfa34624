"""The filing stage's limits, overridable as `[filing]` in taizhang.toml."""

from __future__ import annotations

from dataclasses import dataclass

from archive.errors import ConfigError
from archive.workspace import Workspace

SECTION = "filing"

MIN_SCORE = 0.6  # `file --accept` files suggestions scoring at least this
SECOND_SCORE = 0.85  # … and a file's second and third suggestions only when they score at least this
LOW_SCORE = 0.75  # `review` flags filings made by a suggestion scoring below this
SHOW_SCORE = 0.35  # `suggest` does not show suggestions scoring below this
TIE_MARGIN = 0.03  # a best item scoring within this of a runner-up not itself taken is a guess: held for review
TOP = 3  # suggestions shown per file
NEIGHBOURS = 5  # confirmed filings consulted per file (learning)
TEXT_CHARS = 20_000  # characters of a file's text (after title, fields, tables) that keyword matching reads
LEARN_CHARS = 1_000  # characters of a file's text that the similarity vector reads


@dataclass(frozen=True)
class FilingConfig:
    min_score: float = MIN_SCORE
    second_score: float = SECOND_SCORE
    low_score: float = LOW_SCORE
    show_score: float = SHOW_SCORE
    tie_margin: float = TIE_MARGIN
    top: int = TOP
    neighbours: int = NEIGHBOURS
    text_chars: int = TEXT_CHARS
    learn_chars: int = LEARN_CHARS
    org_aliases: tuple[str, ...] = ()  # other names of the archive's organisation (filing/scope.py)


_FRACTIONS = ("min_score", "second_score", "low_score", "show_score", "tie_margin")
_COUNTS = ("top", "neighbours", "text_chars", "learn_chars")
_NAMES = ("org_aliases",)


def filing_config(ws: Workspace) -> FilingConfig:
    """`[filing]` of taizhang.toml over the defaults; a bad key or value is a Chinese ConfigError."""
    section = ws.config.section(SECTION)
    values: dict = {}
    for key, value in section.items():
        if key in _FRACTIONS:
            if isinstance(value, bool) or not isinstance(value, int | float) or not 0 <= value <= 1:
                raise ConfigError(f"配置文件 taizhang.toml 的 [{SECTION}] {key} 必须是 0 到 1 之间的数，现为 {value!r}。")
            values[key] = float(value)
        elif key in _COUNTS:
            if isinstance(value, bool) or not isinstance(value, int) or value < 1:
                raise ConfigError(f"配置文件 taizhang.toml 的 [{SECTION}] {key} 必须是正整数，现为 {value!r}。")
            values[key] = value
        elif key in _NAMES:
            if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
                raise ConfigError(f"配置文件 taizhang.toml 的 [{SECTION}] {key} 必须是名称列表，"
                                  f"如 [\"东湖社区党委\", \"东湖社区\"]，现为 {value!r}。")
            values[key] = tuple(v.strip() for v in value)
        else:
            raise ConfigError(f"配置文件 taizhang.toml 的 [{SECTION}] 中有未知设置项「{key}」。",
                              remedy="可用的设置项：" + "、".join(_FRACTIONS + _COUNTS + _NAMES))
    return FilingConfig(**values)


def accepted_part(scores: list[float], threshold: float, cfg: FilingConfig) -> int:
    """How many of a file's suggestions (best first) `file --accept` takes: the first at or above the threshold,
    the next ones only at or above max(threshold, second_score) — a file rarely serves several items."""
    n = 0
    for i, score in enumerate(scores[: cfg.top]):
        if score < (threshold if i == 0 else max(threshold, cfg.second_score)):
            break
        n += 1
    return n
