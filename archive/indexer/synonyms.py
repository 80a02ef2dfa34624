"""Domain synonyms and abbreviations, applied at query time (data: ``data/synonyms.toml``)."""

from __future__ import annotations

import tomllib
from collections.abc import Mapping, Sequence
from functools import lru_cache
from importlib import resources

from .analysis import DATA_PACKAGE, normalize

SYNONYMS_FILE = "synonyms.toml"

Synonyms = dict[str, list[str]]


def _add(table: Synonyms, key: str, value: str) -> None:
    key, value = normalize(key).strip(), normalize(value).strip()
    if not key or not value or key == value:
        return
    alts = table.setdefault(key, [])
    if value not in alts:
        alts.append(value)


def parse_synonyms(data: Mapping[str, object]) -> Synonyms:
    """Build the lookup table from the TOML shape: ``[[group]] words = [...]`` (all mutual) and
    ``[expand] word = [...]`` (one way). An expansion holds for the whole group of its word: with
    ``党员发展 ↔ 入党`` and ``党员发展 → 预备党员``, 入党 also finds 预备党员."""
    table: Synonyms = {}
    groups: list[list[str]] = []
    for group in data.get("group", []) or []:  # type: ignore[union-attr]
        words = [w for w in (group.get("words", []) if isinstance(group, dict) else []) if isinstance(w, str)]
        groups.append(words)
        for a in words:
            for b in words:
                _add(table, a, b)
    expand = data.get("expand", {}) or {}
    expansions: dict[str, list[str]] = {}
    if isinstance(expand, dict):
        for key, values in expand.items():
            for v in values if isinstance(values, list) else [values]:
                if isinstance(v, str):
                    _add(table, key, v)
                    expansions.setdefault(normalize(key).strip(), []).append(v)
    for words in groups:
        shared = [v for w in words for v in expansions.get(normalize(w).strip(), [])]
        for w in words:
            for v in shared:
                _add(table, w, v)
    return table


@lru_cache(maxsize=1)
def _bundled() -> tuple[tuple[str, tuple[str, ...]], ...]:
    raw = resources.files(DATA_PACKAGE).joinpath(SYNONYMS_FILE).read_text(encoding="utf-8")
    table = parse_synonyms(tomllib.loads(raw))
    return tuple((k, tuple(v)) for k, v in table.items())


def load_synonyms(extra: Mapping[str, Sequence[str] | str] | None = None) -> Synonyms:
    """The bundled table merged with the user's ``[search.synonyms]`` (key ↔ each value, both ways)."""
    table: Synonyms = {k: list(v) for k, v in _bundled()}
    for key, values in (extra or {}).items():
        for v in [values] if isinstance(values, str) else values:
            _add(table, key, v)
            _add(table, v, key)
    return table
