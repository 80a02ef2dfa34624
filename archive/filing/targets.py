"""What each rubric item asks for, in the terms evidence is described by: kinds, meeting types, keywords."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from archive.indexer.analysis import normalize
from archive.rubric.model import Requirement, Rubric
from archive.vocab import EVIDENCE_KINDS, MEETING_TYPES

# Words too general to tell items apart when they are all a keyword has (a 计划 title is still a plan: kinds
# carry that); they are kept as keywords but weigh less.
WEAK_KEYWORDS = frozenset({"计划", "方案", "总结", "学习", "培训", "公示", "反馈", "测评", "共建", "志愿者", "标识"})

# "三会一课" names four meetings (支部委员会, 党员大会, 党课, 党小组会): typical evidence may say so in one word.
MEETING_GROUPS = {"三会一课": ("支部委员会", "党员大会", "党课", "党小组会")}
# How archivists write a meeting type in typical evidence ("支委会会议记录").
MEETING_ALIASES = {"支委会": "支部委员会", "支部大会": "党员大会", "党小组": "党小组会", "主题党日": "主题党日"}
# Requirement types that only one kind of evidence can serve.
TYPE_KINDS = {"ledger": "党费台帐", "roster": "花名册", "photo": "照片"}


@dataclass
class Target:
    """One rubric item (or tier criterion) as filing sees it."""

    id: str
    label: str  # "第8项"
    category: str
    text: str
    requirements: list[Requirement]
    keywords: list[str] = field(default_factory=list)  # normalised, longest first
    shown: dict[str, str] = field(default_factory=dict)  # normalised keyword → as the rubric writes it
    pairs: set[tuple[str | None, str | None]] = field(default_factory=set)  # (kind, meeting type) it asks for
    checkable: bool = False  # has a requirement other than judgement

    @property
    def kinds(self) -> set[str]:
        return {k for k, _ in self.pairs if k}

    @property
    def meeting_types(self) -> set[str]:
        return {m for _, m in self.pairs if m}


def item_label(item_id: str) -> str:
    return f"第{item_id}项" if re.fullmatch(r"\d+(\.\d+)*", item_id) else f"{item_id}项"


def _kinds_in(text: str) -> list[str]:
    t = normalize(text)
    found = [k for k in EVIDENCE_KINDS if k != "其他" and normalize(k) in t]
    if ("记录" in t or "纪要" in t) and "会议记录" not in found and _meetings_in(text):
        found.append("会议记录")
    return found


def _meetings_in(text: str) -> list[str]:
    t = normalize(text)
    found = [m for m in MEETING_TYPES if normalize(m) in t]
    for alias, name in MEETING_ALIASES.items():
        if alias in t and name not in found:
            found.append(name)
    for group, names in MEETING_GROUPS.items():
        if group in t:
            found.extend(n for n in names if n not in found)
    # "党员大会" inside "支部党员大会" is fine; "党课" inside "党课记录" too; drop 党小组会 found only via 党小组 alias
    return found


def meetings_named(text: str) -> list[str]:
    """Meeting types a title names ("学雷锋主题党日活动记录" → 主题党日); in a title this beats the classifier."""
    return _meetings_in(text)


def _profile_pairs(reqs: list[Requirement], typical: list[str]) -> set[tuple[str | None, str | None]]:
    pairs: set[tuple[str | None, str | None]] = set()
    for req in reqs:
        if req.type == "judgement":
            continue
        kind = req.kind or TYPE_KINDS.get(req.type)
        if kind or req.meeting_type:
            pairs.add((kind, req.meeting_type))
    for phrase in typical:
        kinds, meetings = _kinds_in(phrase), _meetings_in(phrase)
        if meetings and kinds:  # "党员大会会议记录", "党课签到表"; not "党课讲稿" (a text, not a meeting's record)
            for m in meetings:
                pairs.add((kinds[0], m))
        elif not meetings:
            for k in kinds:
                pairs.add((k, None))
    return pairs


def _dedupe(words: list[str]) -> dict[str, str]:
    out: dict[str, str] = {}
    for w in words:
        n = normalize(w).strip()
        if len(n) >= 2 and n not in out:
            out[n] = w.strip()
    return dict(sorted(out.items(), key=lambda kv: len(kv[0]), reverse=True))


def _reduce(pairs: set[tuple[str | None, str | None]]) -> set[tuple[str | None, str | None]]:
    """A kind the item wants only for some meeting types ((会议记录, 支部委员会) …) is not wanted in general."""
    specific = {k for k, m in pairs if k and m}
    return {(k, m) for k, m in pairs if m or k not in specific}


def rubric_targets(rubric: Rubric) -> list[Target]:
    """Every item of a points rubric, or every criterion and veto of a tier rubric, with its profile."""
    raw: list[tuple[str, str, str, list[Requirement], list[str], list[str]]] = []
    for cat in rubric.categories:
        for it in cat.items:
            raw.append((it.id, cat.name, it.heading, it.requirements, it.keywords, it.typical_evidence))
    for tier in rubric.tiers:
        for crit in tier.criteria + tier.vetoes:
            raw.append((crit.id, tier.name, crit.text, crit.requirements, [], []))
    out = []
    seen: set[str] = set()
    for item_id, cat, text, reqs, kws, typical in raw:
        if item_id in seen:  # a veto repeated in every tier it blocks is one target
            continue
        seen.add(item_id)
        words = list(kws)
        for req in reqs:
            if req.type != "judgement":
                words.extend(req.keywords)
        shown = _dedupe(words)
        out.append(Target(id=item_id, label=item_label(item_id), category=cat, text=text, requirements=reqs,
                          keywords=list(shown), shown=shown, pairs=_reduce(_profile_pairs(reqs, typical)),
                          checkable=any(r.type != "judgement" for r in reqs)))
    return out


def valid_item_ids(rubric: Rubric) -> list[str]:
    return [t.id for t in rubric_targets(rubric)]


def requirement_serves(req: Requirement, kind: str | None, meeting_type: str | None) -> bool:
    """Can evidence of this kind and meeting type serve this (non-judgement) requirement at all?"""
    need_kind = req.kind or TYPE_KINDS.get(req.type)
    if req.meeting_type and meeting_type == req.meeting_type:
        return True
    if need_kind:
        return kind == need_kind
    if req.meeting_type:
        return False
    return True


def kind_can_serve(target: Target, kind: str | None, meeting_type: str | None) -> bool:
    """False when the item has checkable requirements and evidence of this kind can serve none of them, nor is it
    the item's typical evidence."""
    reqs = [r for r in target.requirements if r.type != "judgement"]
    if not reqs or (kind and kind in target.kinds) or (meeting_type and meeting_type in target.meeting_types):
        return True
    return any(requirement_serves(r, kind, meeting_type) for r in reqs)
