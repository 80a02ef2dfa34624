"""台帐目录: per category and item, the evidence the assessment relied on; unfiled evidence in an appendix."""

from __future__ import annotations

from archive.assess.document import StatusDocument
from archive.generators.common import (
    CatalogRow,
    categories,
    cn_number,
    fmt_points,
    missing_row,
    status_label,
    title_lines,
)


def _row(no: int, row: CatalogRow) -> dict:
    return {"no": str(no), "title": row.title, "date": row.date, "kind": row.kind, "pages": row.pages,
            "path": row.path}


def build_context(status: StatusDocument, common: dict, catalog: dict[str, CatalogRow]) -> dict:
    used: set[str] = set()
    sections = []
    filed_count = 0
    for ci, cat in enumerate(categories(status), start=1):
        points = f"（{fmt_points(cat.points)}分）" if cat.points else ""
        items = []
        for ii, it in enumerate(cat.items, start=1):
            paths = list(dict.fromkeys(it.evidence))
            rows = [_row(n, catalog.get(p) or missing_row(p)) for n, p in enumerate(paths, start=1)]
            used.update(paths)
            filed_count += len(rows)
            items.append({"heading": f"（{cn_number(ii)}）第{it.id}项　{it.text}", "rows": rows,
                          "empty": f"暂无材料（{status_label(it)}）。", "id": it.id})
        sections.append({"heading": f"{cn_number(ci)}、{cat.name}{points}", "entries": items})
    unfiled_rows = [r for p, r in catalog.items() if p not in used and not r.duplicate_of]
    unfiled = [_row(n, r) for n, r in enumerate(unfiled_rows, start=1)]
    n_items = sum(len(s["entries"]) for s in sections)
    intro = (f"本目录按《{common['rubric_title']}》的项目和评分项排列，共{len(sections)}个项目、{n_items}个评分项，"
             f"列出材料{filed_count}份次（一份材料支撑多个评分项时在各项下分别列出）。“存放位置”为材料在台帐档案文件夹中的位置。")
    unfiled_intro = (f"以下{len(unfiled)}份材料已登记，但未作为任何评分项的依据，供考核组参阅。" if unfiled
                     else "档案中已登记的材料均已列入上述评分项。")
    return {"title": title_lines(f"{common['org']}{common['year']}年度党建工作台帐目录", common['org']), "intro": intro, "sections": sections,
            "unfiled": unfiled, "unfiled_intro": unfiled_intro}
