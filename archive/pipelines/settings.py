"""The archive's settings a person changes on the page: the organisation's name and the assessment year
(`[archive]`), who answers for what in the 整改方案 (`[responsible]`: by role — the roles the plan assigns its
measures to — and by the rubric's categories), and the organisation's other names (`[filing] org_aliases`, which
keep its own papers from being held back as another organisation's).

Saved into taizhang.toml inside a writing session (`workspace.update_config`: atomically, every other table and
key kept), after checking every field; SettingsInvalid names each field that is wrong, and nothing is written.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from archive.catalog.db import require_writer
from archive.errors import ConfigError, SettingsInvalid, TaizhangError
from archive.generators.measures import ROLES
from archive.workspace import Config, Workspace, update_config

YEAR_MIN, YEAR_MAX = 1990, 2100  # as `taizhang init --year` takes it
ORG_MAX_CHARS = 60
NAME_MAX_CHARS = 30  # a person, or a post with a name: 组织委员（张伟）
ALIASES_MAX = 20
_CONTROL = re.compile(r"[\x00-\x1f\x7f]")
_ALIAS_SPLIT = re.compile(r"[\n\r、，,；;]+")


@dataclass
class ArchiveSettings:
    org: str = ""
    year: str = ""  # as typed: checked on saving
    roles: dict[str, str] = field(default_factory=dict)  # role (ROLES) → person
    categories: dict[str, str] = field(default_factory=dict)  # the rubric's category → person
    org_aliases: list[str] = field(default_factory=list)

    @property
    def aliases_text(self) -> str:
        return "\n".join(self.org_aliases)


def roles() -> tuple[str, ...]:
    """The posts the 整改方案 names as responsible (generators/measures.py)."""
    return ROLES


def read_settings(ws: Workspace) -> ArchiveSettings:
    """The settings as taizhang.toml holds them now, with every role and every category of the rubric listed."""
    from archive.filing.config import filing_config

    config = ws.config
    try:
        rubric = ws.rubric()
        categories = [c.name for c in rubric.categories] if rubric.kind == "points" else []
    except TaizhangError:  # a rubric that cannot be read: the categories are not offered
        categories = []
    try:
        aliases = list(filing_config(ws).org_aliases)
    except ConfigError:
        aliases = []
    return ArchiveSettings(org=config.org, year=str(config.year or ""),
                           roles={r: config.responsible.get(r, "") for r in ROLES},
                           categories={c: config.responsible.get(c, "") for c in categories},
                           org_aliases=aliases)


def split_aliases(text: str) -> list[str]:
    """One name a line (or separated by 、，；), blanks dropped, each once."""
    seen: list[str] = []
    for part in _ALIAS_SPLIT.split(text or ""):
        name = part.strip()
        if name and name not in seen:
            seen.append(name)
    return seen


def _problems(new: ArchiveSettings) -> tuple[list[str], int | None]:
    problems: list[str] = []
    org = new.org.strip()
    if not org:
        problems.append("单位名称不能为空（如“幸福里社区党支部”）。")
    elif len(org) > ORG_MAX_CHARS or _CONTROL.search(org):
        problems.append(f"单位名称应为一行文字，不超过 {ORG_MAX_CHARS} 个字。")
    year = None
    text = new.year.strip()
    if not re.fullmatch(r"\d{4}", text) or not YEAR_MIN <= int(text) <= YEAR_MAX:
        problems.append(f"考核年度应为 {YEAR_MIN}—{YEAR_MAX} 之间的四位数年份（如 2025），现为「{text[:20]}」。")
    else:
        year = int(text)
    for label, people in (("责任人", new.roles), ("责任人", new.categories)):
        for key, person in people.items():
            person = person.strip()
            if len(person) > NAME_MAX_CHARS or _CONTROL.search(person):
                problems.append(f"{label}「{key}」应为一行文字，不超过 {NAME_MAX_CHARS} 个字。")
    if len(new.org_aliases) > ALIASES_MAX:
        problems.append(f"本单位的其他叫法最多写 {ALIASES_MAX} 个，现有 {len(new.org_aliases)} 个。")
    for alias in new.org_aliases:
        if len(alias) > ORG_MAX_CHARS or _CONTROL.search(alias):
            problems.append(f"其他叫法「{alias[:20]}」应为不超过 {ORG_MAX_CHARS} 个字的名称。")
    return problems, year


def save_settings(ws: Workspace, conn, new: ArchiveSettings) -> ArchiveSettings:
    """Check `new` and write it into taizhang.toml inside the writing session `conn`; SettingsInvalid lists every
    field that is wrong, and then nothing is written. A person's name left empty removes it (a category's empty
    entry, as `init` writes them, stays empty). Returns the settings as saved."""
    from archive.filing.config import SECTION, filing_config

    require_writer(conn)
    problems, year = _problems(new)
    if problems:
        raise SettingsInvalid(f"有 {len(problems)} 处需要改正，设置没有保存：", problems)
    aliases = [a for a in new.org_aliases if a != new.org.strip()]

    def edit(data: dict) -> None:
        archive = data.setdefault("archive", {})
        archive["org"], archive["year"] = new.org.strip(), year
        responsible = data.setdefault("responsible", {})
        for key, person in [*new.roles.items(), *new.categories.items()]:
            person = person.strip()
            if person or key in new.categories and key in responsible:
                responsible[key] = person
            else:
                responsible.pop(key, None)
        filing = data.setdefault(SECTION, {})
        if aliases:
            filing["org_aliases"] = aliases
        else:
            filing.pop("org_aliases", None)
        if not filing:
            data.pop(SECTION)

    def check(config: Config) -> None:
        filing_config(Workspace(root=ws.root, config=config))

    update_config(ws, edit, check=check)
    return read_settings(ws)
