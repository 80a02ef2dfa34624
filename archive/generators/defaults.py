"""The default templates, built with python-docx (tools/make_templates.py writes them to doc_templates/ and to the
package); each is an ordinary .docx with docxtpl tags a user can restyle, add a letterhead to, and point
taizhang.toml at."""

from __future__ import annotations

import io

from docx import Document

from archive.generators.layout import loop_rows, para, table, tag
from archive.generators.profile import BODY, H1, H2, PICTURE, PLAIN, SIGN, TITLE, apply_profile, ensure_styles
from archive.generators.settings import FormatProfile


def _sign(doc) -> None:
    para(doc, "", PLAIN)
    para(doc, "{{ org }}", SIGN)
    para(doc, "{{ date_cn }}", SIGN)


def _self_assessment(doc) -> None:
    para(doc, "{{ title }}", TITLE)
    para(doc, "填报单位：{{ org }}　　　　考核年度：{{ year }}年度", PLAIN)
    para(doc, "评分标准：{{ rubric_title }}", PLAIN)
    headers = ["项目", "序号", "内容", "标准分", "自评分", "考核分"]
    rows = [["{%tr for cat in categories %}"] + [""] * 5]
    rows += loop_rows("row", "cat.rows", ["{% vm %}{{ cat.label }}", "{{ row.id }}", "{{ row.text }}",
                                           "{{ row.points }}", "{{ row.score }}", "{{ row.exam }}"])
    rows += [["{%tr endfor %}"] + [""] * 5, ["合计", "", "", "{{ total_points }}", "{{ total_score }}", ""]]
    # (序号 wide enough for a dotted id, "1.10", on one line)
    t = table(doc, headers, [20, 14, 71, 17, 17, 17], rows, centered={0, 1, 3, 4, 5})
    last = t.rows[-1]
    merged = last.cells[0].merge(last.cells[2])
    for extra in merged.paragraphs[1:]:
        extra._element.getparent().remove(extra._element)
    tag(doc, "{%p if tiers %}")
    para(doc, "", PLAIN)
    para(doc, "{{ tier_summary }}", BODY)
    table(doc, ["星级", "评定结果", "未达到的条件"], [22, 24, 110],
          loop_rows("t", "tiers", ["{{ t.name }}", "{{ t.met }}", "{{ t.blocked }}"]), centered={0, 1})
    tag(doc, "{%p endif %}")
    para(doc, "", PLAIN)
    para(doc, "一、自评总体情况", H1)
    tag(doc, "{%p for text in narrative %}")
    para(doc, "{{ text }}", BODY)
    tag(doc, "{%p endfor %}")
    para(doc, "二、各项目得分情况", H1)
    para(doc, "{{ chart }}", PICTURE)
    para(doc, "三、未得满分的项目及原因", H1)
    tag(doc, "{%p for text in shortfalls %}")
    para(doc, "{{ text }}", BODY)
    tag(doc, "{%p endfor %}")
    tag(doc, "{%p if notes %}")
    para(doc, "四、说明", H1)  # how the estimate was reached, each rule once
    tag(doc, "{%p for text in notes %}")
    para(doc, "{{ text }}", BODY)
    tag(doc, "{%p endfor %}")
    tag(doc, "{%p endif %}")
    _sign(doc)


def _catalog(doc) -> None:
    para(doc, "{{ title }}", TITLE)
    para(doc, "{{ intro }}", BODY)
    headers = ["序号", "材料名称", "日期", "类型", "页数", "存放位置"]
    widths = [10, 52, 22, 18, 10, 44]
    cells = ["{{ row.no }}", "{{ row.title }}", "{{ row.date }}", "{{ row.kind }}", "{{ row.pages }}",
             "{{ row.path }}"]
    tag(doc, "{%p for sec in sections %}")
    para(doc, "{{ sec.heading }}", H1)
    tag(doc, "{%p for item in sec.entries %}")
    para(doc, "{{ item.heading }}", H2)
    tag(doc, "{%p if item.rows %}")
    table(doc, headers, widths, loop_rows("row", "item.rows", cells), centered={0, 2, 3, 4})
    tag(doc, "{%p else %}")
    para(doc, "{{ item.empty }}", BODY)
    tag(doc, "{%p endif %}")
    tag(doc, "{%p endfor %}")
    tag(doc, "{%p endfor %}")
    para(doc, "附：未归档材料", H1)
    para(doc, "{{ unfiled_intro }}", BODY)
    tag(doc, "{%p if unfiled %}")
    table(doc, headers, widths, loop_rows("row", "unfiled", cells), centered={0, 2, 3, 4})
    tag(doc, "{%p endif %}")
    _sign(doc)


def _gaps(doc) -> None:
    para(doc, "{{ title }}", TITLE)
    para(doc, "{{ intro }}", BODY)
    table(doc, ["序号", "项目", "评分项", "标准分", "状态", "缺失材料及说明"], [10, 18, 42, 16, 16, 54],
          loop_rows("row", "rows", ["{{ row.no }}", "{{ row.category }}", "{{ row.item }}", "{{ row.points }}",
                                    "{{ row.status }}", "{{ row.missing }}"]), centered={0, 1, 3, 4})
    tag(doc, "{%p if review_items %}")
    para(doc, "", PLAIN)
    para(doc, "附：待考核组人工确认的项目", H1)
    para(doc, "{{ review_intro }}", BODY)
    tag(doc, "{%p for text in review_items %}")
    para(doc, "{{ text }}", BODY)
    tag(doc, "{%p endfor %}")
    tag(doc, "{%p endif %}")
    _sign(doc)


RECTIFICATION_WIDTHS_MM = [12, 40, 49, 24, 19, 12]  # 156 mm: the GB/T 9704 type area
RECTIFICATION_CELL_MARGIN_MM = 1.0


def _rectification(doc) -> None:
    para(doc, "{{ title }}", TITLE)
    para(doc, "{{ opening }}", BODY)
    para(doc, "一、指导思想", H1)
    para(doc, "{{ guiding }}", BODY)
    para(doc, "二、总体要求", H1)
    para(doc, "{{ overall }}", BODY)
    para(doc, "三、存在问题及整改措施", H1)
    para(doc, "{{ problems_intro }}", BODY)
    # 序号 wide enough for "序号" and "36" on one line, 责任人 for "党组织书记", 整改时限 for "一个月内" (12 pt, 1 mm margins)
    table(doc, ["序号", "存在问题", "整改措施", "责任人", "整改时限", "完成情况"], RECTIFICATION_WIDTHS_MM,
          loop_rows("row", "rows", ["{{ row.no }}", "{{ row.problem }}", "{{ row.measure }}", "{{ row.person }}",
                                    "{{ row.deadline }}", "{{ row.done }}"]), centered={0, 3, 4, 5},
          split_rows=True, cell_margin_mm=RECTIFICATION_CELL_MARGIN_MM)
    para(doc, "四、工作要求", H1)
    tag(doc, "{%p for req in work_requirements %}")
    para(doc, "{{ req.heading }}", H2)
    para(doc, "{{ req.text }}", BODY)
    tag(doc, "{%p endfor %}")
    _sign(doc)


BUILDERS = {"self-assessment": _self_assessment, "catalog": _catalog, "gaps": _gaps,
            "rectification": _rectification}


def build_default_template(kind: str, profile: FormatProfile | None = None) -> bytes:
    """The default .docx template of a report kind, formatted with `profile` (GB/T 9704 by default)."""
    profile = profile or FormatProfile()
    doc = Document()
    ensure_styles(doc, profile)
    body = doc.element.body
    for p in list(body.iterchildren()):
        if p.tag.endswith("}p"):
            body.remove(p)
    BUILDERS[kind](doc)
    apply_profile(doc, profile)
    props = doc.core_properties
    props.author, props.title, props.comments = "taizhang", kind, "taizhang 默认模板（docxtpl 变量见 README）"
    buf = io.BytesIO()
    doc.save(buf)
    return buf.getvalue()
