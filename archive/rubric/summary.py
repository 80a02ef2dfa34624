"""What a rubric's items are understood to ask, in the words `taizhang rubric import` prints and the page shows: each
requirement with its label and the printed words it was read from, the scoring rules with the requirements they
follow, what stays for the inspectors, the items to look at; and, over a rubric file the user corrected, what a
re-import keeps and what it changes. Lines and plain data only: the callers print or render them."""

from __future__ import annotations

from dataclasses import dataclass, field

from archive.rubric.importer import Merge, understanding
from archive.rubric.model import Rubric

JUDGEMENT_PREFIX = "由考核组判断："
ANY_REQUIREMENT = "任一要求未达到"
JUDGEMENT_NAME = "考核组判断"  # a rule that follows the part left to the inspectors


@dataclass
class RequirementLine:
    number: int  # 核查1, 核查2 … within its item
    id: str
    label: str  # 次数, 材料 … (importer.TYPE_LABELS)
    description: str
    source: str  # the printed words it was read from
    onsite: bool

    @property
    def name(self) -> str:
        return f"核查{self.number}"

    def text(self) -> str:
        """核查1〔次数〕每月召开支委会不少于1次（实地查验）"""
        return f"{self.name}〔{self.label}〕{self.description}{'（实地查验）' if self.onsite else ''}"

    def line(self) -> str:
        return f"{self.text()}　← 原文：{self.source}"


@dataclass
class RuleLine:
    text: str  # as printed
    how: str  # how the estimate applies it
    follows: str  # 核查1、核查2, or 任一要求未达到

    def line(self) -> str:
        return f"扣分：{self.text} → {self.how}（对应{self.follows}）"


@dataclass
class ItemUnderstood:
    id: str
    category: str
    text: str
    points: float
    requirements: list[RequirementLine] = field(default_factory=list)
    judgement: str | None = None  # what stays for the inspectors, without 由考核组判断：
    rules: list[RuleLine] = field(default_factory=list)
    unsure: list[str] = field(default_factory=list)  # why the item should be looked at
    bonus: bool = False  # in a 加分项 category: awarded by the inspectors beyond the total

    def heading(self) -> str:
        return f"第{self.id}项（{'加分项，由考核组认定' if self.bonus else f'{self.points:g}分'}）{self.text}"

    def lines(self) -> list[str]:
        """The item as `rubric import` prints it: its heading, then each reading indented."""
        out = [self.heading()]
        out += [f"    {r.line()}" for r in self.requirements]
        if self.judgement:
            out.append(f"    〔考核组判断〕{self.judgement}")
        out += [f"    {rule.line()}" for rule in self.rules]
        return out


def understood(rubric: Rubric) -> list[ItemUnderstood]:
    """Item by item, what the rubric checks and from which words (`importer.understanding`, numbered and worded)."""
    out = []
    bonus = {cat.name for cat in rubric.categories if cat.bonus}
    for it in understanding(rubric):
        reqs = [RequirementLine(n, r["id"], r["label"], r["description"], r["source"], r["onsite"])
                for n, r in enumerate(it["requirements"], start=1)]
        item = rubric.item(it["id"])
        names = {r.id: r.name for r in reqs} | {r.id: JUDGEMENT_NAME for r in (item.requirements if item else [])
                                                 if r.type == "judgement"}
        rules = [RuleLine(d["text"], d["how"], "、".join(names.get(rid, f"核查{rid}") for rid in d["requirements"])
                          or ANY_REQUIREMENT) for d in it["deductions"]]
        judgement = it["judgement"].removeprefix(JUDGEMENT_PREFIX) if it["judgement"] else None
        out.append(ItemUnderstood(it["id"], it["category"], item.heading if item else it["text"], it["points"], reqs,
                                  judgement, rules, list(it["unsure"]), it["category"] in bonus))
    return out


def review_notes(rubric: Rubric) -> list[str]:
    """What the import asks the user to check besides the items (a category's points that do not add up, an
    item's doubts as the import wrote them), from the rubric's notes (their first line is the import's preface)."""
    return [note for note in rubric.notes.splitlines()[1:] if note.strip()]


def item_ids_text(ids: list[str]) -> str:
    return "、".join(f"第{i}项" for i in ids)


def unsure_line(items: list[ItemUnderstood]) -> str | None:
    unsure = [it.id for it in items if it.unsure]
    return f"需要核对的项（{len(unsure)}项）：{item_ids_text(unsure)}" if unsure else None


def merge_lines(merge: Merge, output: str, written: bool) -> list[str]:
    """What a re-import over `output` keeps (the user's corrections where the printed item is unchanged) and what
    it changes; `written` says whether it has been written already (已保留) or would be (将保留)."""
    verb = "已保留" if written else "将保留"
    out = []
    if merge.kept:
        out.append(f"{output} 中人工改过的{len(merge.kept)}项{verb}：{item_ids_text(merge.kept)}")
    if merge.changed:
        out.append(f"与 {output} 相比{'已' if written else '将'}改变的{len(merge.changed)}项：{item_ids_text(merge.changed)}")
    if merge.added:
        out.append(f"新增{len(merge.added)}项：{item_ids_text(merge.added)}")
    if merge.removed:
        out.append(f"原文件中有、新表中没有的{len(merge.removed)}项：{item_ids_text(merge.removed)}")
    return out


def summary_lines(rubric: Rubric, items: list[ItemUnderstood], merge: Merge | None = None, output: str = "",
                  written: bool = True) -> list[str]:
    """Everything `rubric import` prints about what it read: the items, the notes to check, the items to look
    at, and what was kept or changed over `output`."""
    out = [line for it in items for line in it.lines()]
    out += [f"请核对：{note}" for note in review_notes(rubric)]
    unsure = unsure_line(items)
    if unsure:
        out.append(unsure)
    if merge is not None:
        out += merge_lines(merge, output, written)
    return out
