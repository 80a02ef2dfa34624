"""Commands: ingest, list, search, reindex."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from archive.cli.base import _help_option, _item_ids, _progress_bar, _workspace, cli
from archive.errors import EXIT_INPUTS_REJECTED
from archive.render import console, print_json, styled, table
from archive.vocab import DATE_SOURCE_LABELS, SOURCE_MTIME, date_to_precision


def _say_waiting(holder: str, waited: float) -> None:
    click.echo(f"档案正被另一个进程写入（{holder}），等待其结束……（已等待 {waited:.0f} 秒）", err=True)


def _ingest_summary(report) -> list[str]:
    """The Chinese summary lines of one ingest run."""
    summary = report.to_json()
    lines = [f"新增 {summary['added']}，更新 {summary['updated']}，未变 {summary['unchanged']}，"
             f"删除 {summary['removed']}，重复 {len(report.duplicates)}，本次读取失败 {len(report.failed)}，"
             f"目前无法读取 {len(report.unreadable)}。"]
    if report.waiting_ocr:
        lines.append(f"另有 {len(report.waiting_ocr)} 个文件未做文字识别（用了 --no-ocr），"
                     "不带 --no-ocr 再运行 taizhang ingest 即补做。")
    for old, new in report.moved:
        lines.append(f"  改名/移动：{old} → {new}")
    for path, original in report.duplicates:
        lines.append(f"  重复：{path}（与 {original} 内容相同）")
    for path in report.removed:
        lines.append(f"  已不在档案中：{path}（其归档记录保留）")
    for path, note in report.skipped:
        lines.append(f"  已跳过：{path}（{note}）")
    return lines


@cli.command("ingest")
@click.argument("paths", nargs=-1, type=click.Path(path_type=Path))
@click.option("--no-ocr", is_flag=True, help="跳过文字识别（OCR）；之后不带此选项再运行时补做。")
@click.option("--force", is_flag=True, help="重新读取（指定的或全部）文件，即使内容没有变化。")
@click.option("--jobs", type=click.IntRange(1, 32), help="并行读取的进程数（默认按 CPU 核数）。")
@click.option("--json", "as_json", is_flag=True, help="以 JSON 输出结果。")
@_help_option
@click.pass_context
def ingest_cmd(ctx: click.Context, paths: tuple[Path, ...], no_ocr: bool, force: bool, jobs: int | None,
               as_json: bool) -> None:
    """读取档案材料（Word、PDF、Excel、照片、文本）并登记到目录和检索索引。"""
    from archive.pipelines.ingest import ingest

    ws = _workspace(ctx)
    with _progress_bar(not as_json and sys.stderr.isatty()) as progress:
        report = ingest(ws, [Path(p) for p in paths] or None, ocr=not no_ocr, workers=jobs, progress=progress,
                        force=force, on_wait=_say_waiting)
    if as_json:
        print_json(report.to_json())
    else:
        for line in _ingest_summary(report):
            click.echo(line)
        if report.unreadable:
            console().print(table("无法读取的文件", ["文件", "原因"], [list(f) for f in report.unreadable]))
    if report.unreadable:
        sys.exit(EXIT_INPUTS_REJECTED)


@cli.command("list")
@click.option("--kind", help="只列出某类材料，如 会议记录、党费台帐、照片。")
@click.option("--item", callback=_item_ids, help="只列出归档到某评分项（序号，如 18 或 第18项）的材料。")
@click.option("--errors", "only_errors", is_flag=True, help="只列出无法读取的文件。")
@click.option("--kinds", "list_kinds", is_flag=True, help="列出可用的材料类型及各类件数。")
@click.option("--json", "as_json", is_flag=True, help="以 JSON 输出。")
@_help_option
@click.pass_context
def list_cmd(ctx: click.Context, kind: str | None, item: str | None, only_errors: bool, list_kinds: bool,
             as_json: bool) -> None:
    """列出目录中的档案材料：类型、日期及其来源、标题；最后是各类材料的件数。"""
    from collections import Counter

    from archive.catalog import connect, iter_evidence
    from archive.pipelines.filters import known_kinds, normalize_item, normalize_kind

    ws = _workspace(ctx)
    conn = connect(ws.catalog_path)
    try:
        if list_kinds:
            kinds = known_kinds(conn)
            counts = Counter(ev.kind for ev in iter_evidence(conn, include_duplicates=False) if ev.kind)
        else:
            kind = normalize_kind(kind, conn)
            item = normalize_item(ws, item)
            rows = [ev for ev in iter_evidence(conn, kind=kind, rubric_id=ws.filings_key)
                    if (not only_errors or ev.error) and (item is None or item in ev.items)]
    finally:
        conn.close()
    if list_kinds:
        if as_json:
            print_json([{"kind": k, "count": counts.get(k, 0)} for k in kinds])
        else:
            console().print(table("材料类型", ["类型", "件数"], [[k, counts.get(k, 0)] for k in kinds]))
        return
    if as_json:
        print_json([ev.to_json() for ev in rows])
        return
    body = []
    for ev in rows:
        note = f"无法读取：{ev.error}" if ev.error else (f"与 {ev.duplicate_of} 重复" if ev.duplicate_of else "")
        if ev.ocr:
            note = (note + " 含识别文字").strip()
        kind_text = f"{ev.kind}·{ev.meeting_type}" if ev.meeting_type else (ev.kind or "")
        date_text = ""
        if ev.date:
            label = date_label(ev.date, ev.date_source, getattr(ev, "date_precision", None))
            source = "" if ev.date_source == SOURCE_MTIME else f"（{DATE_SOURCE_LABELS.get(ev.date_source or '', '')}）"
            date_text = f"{label}{source}"
        body.append([ev.path, kind_text, date_text, ev.title or "", note])
    out = console()
    out.print(table(f"档案材料（{len(rows)} 件）", ["文件", "类型", "日期（来源）", "标题", "说明"], body))
    counts = Counter("无法读取" if ev.error else ("重复" if ev.duplicate_of else (ev.kind or "其他")) for ev in rows)
    if counts:
        out.print("按类型：" + "，".join(f"{k} {n}" for k, n in counts.most_common()))


MATCH_NOTES = {"synonym": "同义词匹配", "partial": "部分词匹配", "filter": ""}


def date_label(date, source: str | None, precision: str | None = None) -> str:  # type: ignore[no-untyped-def]
    """A date as users read it: to its precision (2025年7月, 2025年), an mtime never bare (修改时间(仅供参考))."""
    if date is None:
        return ""
    text = date_to_precision(date, precision, str)
    if source == SOURCE_MTIME:
        return f"{text} {DATE_SOURCE_LABELS[SOURCE_MTIME]}(仅供参考)"
    return text


def _highlight(snippet: str, terminal: bool = True):
    """The snippet as literal text, hits in colour on a terminal and between 【】 when piped (render.marked)."""
    from archive.indexer import HIGHLIGHT_CLOSE, HIGHLIGHT_OPEN
    from archive.render import marked

    return marked(snippet.replace("\n", " "), HIGHLIGHT_OPEN, HIGHLIGHT_CLOSE, terminal)


@cli.command("search")
@click.argument("query", nargs=-1, required=False)
@click.option("--item", callback=_item_ids, help="只看归档到某评分项（序号，如 18 或 第18项）的材料。")
@click.option("--kind", help="只看某类材料，如 会议记录、党费台帐。")
@click.option("--from", "date_from", help="起始日期，如 2025-04-01、2025.4、2025年4月。")
@click.option("--to", "date_to", help="截止日期（含），如 2025-06-30、2025.6。")
@click.option("--unfiled", is_flag=True, help="只看尚未归档到任何评分项的材料。")
@click.option("--limit", type=click.IntRange(1, 500), default=20, show_default=True, help="最多显示几条。")
@click.option("--json", "as_json", is_flag=True, help="以 JSON 输出。")
@_help_option
@click.pass_context
def search_cmd(ctx: click.Context, query: tuple[str, ...], item: str | None, kind: str | None, date_from: str | None,
               date_to: str | None, unfiled: bool, limit: int, as_json: bool) -> None:
    """全文检索档案材料；查询中的“3月”“第二季度”等会当作日期条件。"""
    from archive.pipelines.search import SearchFilters, outcome_words, search_report

    ws = _workspace(ctx)
    text = " ".join(query)
    outcome = search_report(ws, text, SearchFilters(item, kind, date_from, date_to, unfiled, limit))
    hits = outcome.hits
    if as_json:
        print_json([h.to_json() for h in hits])
        return
    out = console()
    words = outcome_words(outcome, text)
    if words.filter:
        out.print(styled(words.filter, "dim"))
    if words.empty:
        out.print(words.empty)
    if words.nearest:
        out.print(words.nearest + "：")
        _print_hits(out, outcome.nearest)
    _print_hits(out, hits, words.outside)
    if words.undated:
        out.print(styled(words.undated, "dim"))


def _print_hits(out, hits, outside: dict[str, str] | None = None) -> None:  # type: ignore[no-untyped-def]
    from rich.padding import Padding

    for n, h in enumerate(hits, 1):
        kind_text = f"{h.kind}·{h.meeting_type}" if h.meeting_type else h.kind
        tags = [kind_text, date_label(h.date, h.date_source, h.date_precision) or "日期不明"]
        if h.items:
            tags.append("评分项 " + "、".join(h.items))
        if h.ocr:
            tags.append("含识别文字")
        if MATCH_NOTES.get(h.match):
            tags.append(MATCH_NOTES[h.match])
        if outside and h.path in outside:
            tags.append(outside[h.path])
        out.print(styled(f"{n}. {h.title}", "bold"), "", styled(" | ".join(tags), "dim"))
        out.print(Padding(styled(h.path, "cyan"), (0, 0, 0, 3)))
        if h.snippet:  # wrapped lines keep the indent of the first
            out.print(Padding(_highlight(h.snippet, out.is_terminal), (0, 0, 0, 3)))


@cli.command("reindex")
@_help_option
@click.pass_context
def reindex_cmd(ctx: click.Context) -> None:
    """按目录重建检索索引（索引丢失或损坏时使用）。"""
    from archive.catalog import connect
    from archive.pipelines.sync_index import rebuild_index

    ws = _workspace(ctx)
    conn = connect(ws.catalog_path)
    try:
        count = rebuild_index(ws, conn)
    finally:
        conn.close()
    click.echo(f"检索索引已重建，共 {count} 件材料。")



MAX_SHOWN_TABLE_ROWS = 50  # rows of each table printed by `show` (--json has them all)


@cli.command("show")
@click.argument("path")
@click.option("--json", "as_json", is_flag=True, help="以 JSON 输出（含全部表格和正文）。")
@_help_option
@click.pass_context
def show_cmd(ctx: click.Context, path: str, as_json: bool) -> None:
    """查看一件材料在目录中的记录：类型、日期及来源、提示、字段、表格、归档的评分项和全文。"""
    from rich.padding import Padding

    from archive.pipelines.show import document_json, show_document

    ws = _workspace(ctx)
    ev = show_document(ws, path)
    if as_json:
        print_json(document_json(ev))
        return
    out = console()
    out.print(styled(ev.path, "bold cyan"))
    kind_text = f"{ev.kind}·{ev.meeting_type}" if ev.meeting_type else (ev.kind or "")
    date_text = "日期不明"
    if ev.date:
        date_text = date_label(ev.date, ev.date_source, getattr(ev, "date_precision", None))
        if ev.date_source != SOURCE_MTIME:
            date_text += f"（来自{DATE_SOURCE_LABELS.get(ev.date_source or '', ev.date_source or '')}）"
    facts = [["标题", ev.title or ""], ["类型", kind_text or "（无）"], ["日期", date_text],
             ["格式", ev.format or ""], ["页数", ev.pages if ev.pages is not None else ""],
             ["含识别文字", "是" if ev.ocr else "否"],
             ["归档到评分项", "、".join(ev.items) if ev.items else "（尚未归档）"]]
    if ev.duplicate_of:
        facts.append(["重复", f"与 {ev.duplicate_of} 内容相同（随原件归档）"])
    if ev.error:
        facts.append(["无法读取", f"{ev.error}（{ev.error_detail}）" if ev.error_detail else ev.error])
    if ev.gone:
        facts.append(["状态", "文件已不在档案中（记录保留）"])
    out.print(table(None, ["项目", "内容"], facts))
    if ev.warnings:
        out.print(styled("提示：", "bold"))
        for w in ev.warnings:
            out.print(Padding(styled(f"· {w}"), (0, 0, 0, 2)))
    if ev.fields:
        out.print(table("字段", ["字段", "值"], [[k, v] for k, v in ev.fields.items()]))
    for t in ev.tables:
        rows = t.get("rows", [])
        width = max((len(r) for r in rows), default=0)
        if not width:
            continue
        shown = [list(r) + [""] * (width - len(r)) for r in rows[:MAX_SHOWN_TABLE_ROWS]]
        more = f"（共 {len(rows)} 行，只显示前 {MAX_SHOWN_TABLE_ROWS} 行）" if len(rows) > MAX_SHOWN_TABLE_ROWS else ""
        out.print(table(f"表格：{t.get('name', '')}{more}", [str(i + 1) for i in range(width)], shown))
    out.print(styled("全文：", "bold"))
    out.print(Padding(styled(ev.text or "（没有文字）"), (0, 0, 0, 2)))
