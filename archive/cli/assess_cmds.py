"""Commands: status, override."""

from __future__ import annotations

import datetime as dt

import click

from archive.cli.base import _help_option, _item_ids, _workspace, _writing, cli
from archive.errors import UsageError
from archive.render import console, print_json, styled, table

STATUS_STYLE = {"missing": "bold red", "partial": "yellow", "review": "cyan", "covered": "green"}
MET_TEXT = {True: "达标", False: "未达标", None: "待人工确认"}
FIRST_FINDING_CHARS = 60
ITEM_TEXT_CHARS = 18
DUE_SHOWN = 12


def _date(value: str | None) -> dt.date | None:
    if not value:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError as exc:
        raise UsageError(f"日期「{value}」无效。", remedy="写成 2025-06-30 这样的格式。") from exc


def _num(x: float | None) -> str:
    if x is None:
        return ""
    return f"{x:g}"


def _range(rng: dict | None, score: float | None) -> str:
    """"（24.79～38.62）" when the parts a person decides could move the score, else ""."""
    if not rng or rng.get("min") is None or rng.get("max") is None or rng["min"] == rng["max"] == score:
        return ""
    return f"（{_num(rng['min'])}～{_num(rng['max'])}）"


def _status_cell(item: dict):
    from archive.assess import STATUS_LABELS

    mark = "（人工）" if item["override"] else ""
    return styled(STATUS_LABELS[item["status"]] + mark, STATUS_STYLE[item["status"]])


def _first_finding(item: dict) -> str:
    if item["override"] and item["override"].get("note"):
        return "人工认定：" + item["override"]["note"]
    unmet = [f for f in item["findings"] if f["met"] is False]
    pick = unmet or [f for f in item["findings"] if f["met"] is None] or item["findings"]
    text = pick[0]["detail"] if pick else ""
    for note in ("（评分表未规定", "（按评分表"):
        text = text.split(note)[0]
    if item["status"] == "missing" and item["points"] and not item["score"]:
        text = "尚无归档材料，按 0 分估算" + (f"；{text}" if unmet else "")
    return text if len(text) <= FIRST_FINDING_CHARS else text[:FIRST_FINDING_CHARS] + "…"


def _summary(data: dict) -> str:
    from archive.assess import STATUS_LABELS

    counts = "，".join(f"{STATUS_LABELS[k]} {v} 项" for k, v in data["counts"].items())
    total = data["total"]
    line = f"{counts}；估算自评分 {_num(total['score'])}/{_num(total['points'])} 分（截至 {data['as_of']}）"
    rng = total.get("score_range")
    judged = [it for it in data["items"] if _range(it.get("score_range"), it["score"])]
    if judged and rng:
        line += (f"；含需考核组判断内容的 {len(judged)} 项按满分计，按零分计为 {_num(rng['min'])} 分，"
                 f"得分范围 {_num(rng['min'])}～{_num(rng['max'])} 分")
    nothing = [it for it in data["items"] if it["status"] == "missing" and not it["override"] and it["points"]
               and not it["score"]]
    if nothing:
        line += f"；尚无材料、须查看档案材料的 {len(nothing)} 项按 0 分计"
    if data.get("tier_result"):
        line += f"；可评星级：{data['tier_result']['achieved'] or '未达一星'}"
    return line + "。"


def _bonus_cell(item: dict) -> str:
    """A 加分项's state: proof given or not; the inspectors award it, so none is missing."""
    return "已提供材料" if item["evidence"] else "未提供材料（不扣分）"


def _render_table(data: dict) -> None:
    rows = []
    bonus = {c["name"] for c in data.get("categories", []) if c.get("bonus")}
    for it in data["items"]:
        if it["category"] in bonus:
            rows.append([it["category"], f"{it['id']} {it['text'][:ITEM_TEXT_CHARS]}", "—", _bonus_cell(it), "—",
                         str(len(it["evidence"])), "由考核组认定"])
            continue
        rows.append([it["category"], f"{it['id']} {it['text'][:ITEM_TEXT_CHARS]}", _num(it["points"]),
                     _status_cell(it), _num(it["score"]) + _range(it.get("score_range"), it["score"]).replace("（", "\n(")
                     .replace("）", ")"),
                     str(len(it["evidence"])), _first_finding(it)])
    title = f"{data['org']} {data['year']} 年度自评（{data['rubric_title']}）"
    con = console()
    con.print(table(title, ["类别", "项目", "分值", "状态", "估分", "材料", "主要问题"], rows,
                    **{"主要问题": {"ratio": 3}, "项目": {"ratio": 2}, "类别": {"ratio": 1}}))
    con.print(_summary(data))
    if data.get("due"):
        con.print("即将到期：")
        for d in data["due"][:DUE_SHOWN]:
            con.print(f"  · 第{d['item']}项：{d['text']}")
    for t in data.get("tiers") or []:
        state = "达到" if t["met"] else "未达到"
        con.print(f"{t['name']}：{state}" + (f"（{t['blocked_by'][0]}）" if t["blocked_by"] else ""))


def _render_item(item: dict) -> None:
    from rich.text import Text

    from archive.assess import STATUS_LABELS

    con = console()
    con.print(f"第{item['id']}项（{item['category']}，{_num(item['points'])}分）：{item['text']}")
    line = Text("状态：")
    line.append(_status_cell(item))
    rng = _range(item.get("score_range"), item["score"])
    line.append(f"　估分：{_num(item['score'])}" + (f"（得分范围 {rng[1:-1]} 分，需考核组判断的部分按零分至满分计）" if rng else "")
                + f"　扣分：{_num(item['deduction'])}")
    con.print(line)
    if item["override"]:
        ov = item["override"]
        con.print(f"人工认定：{STATUS_LABELS.get(ov['status'], ov['status'])}"
                  + (f"，{_num(ov['score'])}分" if ov.get("score") is not None else "")
                  + f"（{ov.get('who') or ''} {ov.get('at') or ''}）：{ov.get('note') or ''}")
        comp = item.get("computed") or {}
        con.print(f"系统判断：{STATUS_LABELS.get(comp.get('status'), '')}，{_num(comp.get('score'))}分")
    for f in item["findings"]:
        con.print(f"·〔{MET_TEXT[f['met']]}〕{f['detail']}")
        for p in f["evidence"]:
            con.print(f"    {p}")
        for d in f.get("due", []):
            con.print(f"    即将到期：{d}")
    con.print(f"本项材料 {len(item['evidence'])} 件：")
    for p in item["evidence"]:
        con.print(f"  {p}")


@cli.command("status")
@click.option("--item", "item_id", callback=_item_ids, help="只看某一项（序号，如 18 或 第18项），列出全部发现和材料。")
@click.option("--as-of", "as_of", help="按某日的情况判断（默认：考核年度内为今天，否则为年底），如 2025-06-30。")
@click.option("--json", "as_json", is_flag=True, help="以 JSON 输出。")
@_help_option
@click.pass_context
def status_cmd(ctx: click.Context, item_id: str | None, as_of: str | None, as_json: bool) -> None:
    """逐项自评：哪些项缺少材料、哪些未达标及差多少、估算得分。"""
    from archive.assess import assess_archive
    from archive.assess.overrides import UnknownItem

    ws = _workspace(ctx)
    data = assess_archive(ws, _date(as_of)).to_json()
    if item_id is not None:
        item = next((it for it in data["items"] if it["id"] == item_id), None)
        if item is None:
            raise UnknownItem(f"评分表 {data['rubric']} 中没有序号为「{item_id}」的项目。")
        if as_json:
            print_json(item)
        else:
            _render_item(item)
        return
    if as_json:
        print_json(data)
    else:
        _render_table(data)


@cli.command("override")
@click.argument("item_id", callback=_item_ids)
@click.option("--status", "status", help="人工认定的状态：missing/partial/review/covered 或 缺少材料/部分达标/待人工确认/已达标。")
@click.option("--score", type=float, help="人工认定的得分（可选）。")
@click.option("--note", default="", help="理由（必填，写明依据）。")
@click.option("--who", help="认定人（默认：当前用户）。")
@click.option("--clear", is_flag=True, help="撤销该项的人工认定。")
@click.option("--json", "as_json", is_flag=True, help="以 JSON 输出。")
@_help_option
@click.pass_context
def override_cmd(ctx: click.Context, item_id: str, status: str | None, score: float | None, note: str,
                 who: str | None, clear: bool, as_json: bool) -> None:
    """人工认定某项的状态和得分（重新导入材料也不会丢失），或用 --clear 撤销。"""
    from archive.assess import STATUS_LABELS, clear_override, set_override

    if clear:
        if status or score is not None:
            raise UsageError("--clear 不能与 --status、--score 同时使用。")
        with _writing(ctx, "override --clear") as (ws, conn):
            existed = clear_override(ws, conn, item_id)
        if as_json:
            print_json({"item": item_id, "cleared": existed})
        else:
            click.echo(f"已撤销第{item_id}项的人工认定。" if existed else f"第{item_id}项没有人工认定。")
        return
    if not status:
        raise UsageError("请用 --status 给出人工认定的状态。", remedy="例如：taizhang override 8 --status covered "
                         "--note \"第三季度党员大会补开，记录见补充材料\"")
    if not note.strip():
        raise UsageError("请用 --note 写明人工认定的理由。")
    with _writing(ctx, "override") as (ws, conn):
        ov = set_override(ws, conn, item_id, status, score=score, note=note, who=who)
    if as_json:
        print_json({"item": item_id, "override": ov})
    else:
        extra = f"，{score:g}分" if score is not None else ""
        click.echo(f"已记录第{item_id}项的人工认定：{STATUS_LABELS[ov['status']]}{extra}（{note}）。")
