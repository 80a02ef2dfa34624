"""Commands: ingest, list, search, reindex."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from archive.cli.base import DATE_SOURCES, _help_option, _progress_bar, _workspace, cli
from archive.errors import EXIT_INPUTS_REJECTED
from archive.render import console, print_json, table


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
@click.option("--errors", "only_errors", is_flag=True, help="只列出无法读取的文件。")
@click.option("--json", "as_json", is_flag=True, help="以 JSON 输出。")
@_help_option
@click.pass_context
def list_cmd(ctx: click.Context, kind: str | None, only_errors: bool, as_json: bool) -> None:
    """列出目录中的档案材料：类型、日期及其来源、标题。"""
    from archive.catalog import connect, iter_evidence

    ws = _workspace(ctx)
    conn = connect(ws.catalog_path)
    try:
        rows = [ev for ev in iter_evidence(conn, kind=kind, rubric_id=ws.config.rubric)
                if not only_errors or ev.error]
    finally:
        conn.close()
    if as_json:
        print_json([ev.to_json() for ev in rows])
        return
    body = []
    for ev in rows:
        note = f"无法读取：{ev.error}" if ev.error else (f"与 {ev.duplicate_of} 重复" if ev.duplicate_of else "")
        if ev.ocr:
            note = (note + " 含识别文字").strip()
        kind_text = f"{ev.kind}·{ev.meeting_type}" if ev.meeting_type else (ev.kind or "")
        date_text = f"{ev.date}（{DATE_SOURCES.get(ev.date_source or '', '')}）" if ev.date else ""
        body.append([ev.path, kind_text, date_text, ev.title or "", note])
    console().print(table(f"档案材料（{len(rows)} 件）", ["文件", "类型", "日期（来源）", "标题", "说明"], body))


MATCH_NOTES = {"synonym": "同义词匹配", "partial": "部分词匹配", "filter": ""}


def _highlight(snippet: str) -> str:
    from rich.markup import escape

    from archive.indexer import HIGHLIGHT_CLOSE, HIGHLIGHT_OPEN

    text = escape(snippet.replace("\n", " "))
    return text.replace(HIGHLIGHT_OPEN, "[bold yellow]").replace(HIGHLIGHT_CLOSE, "[/bold yellow]")


@cli.command("search")
@click.argument("query", nargs=-1, required=False)
@click.option("--item", help="只看归档到某评分项（序号）的材料。")
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
    from archive.pipelines.search import SearchFilters, search_archive

    ws = _workspace(ctx)
    text = " ".join(query)
    hits = search_archive(ws, text, SearchFilters(item, kind, date_from, date_to, unfiled, limit))
    if as_json:
        print_json([h.to_json() for h in hits])
        return
    out = console()
    if not hits:
        out.print(f"没有找到与「{text}」相关的材料。", markup=False)
        return
    for n, h in enumerate(hits, 1):
        kind_text = f"{h.kind}·{h.meeting_type}" if h.meeting_type else h.kind
        tags = [kind_text, str(h.date) if h.date else "日期不明"]
        if h.items:
            tags.append("评分项 " + "、".join(h.items))
        if h.ocr:
            tags.append("含识别文字")
        if MATCH_NOTES.get(h.match):
            tags.append(MATCH_NOTES[h.match])
        from rich.markup import escape

        out.print(f"[bold]{n}. {escape(h.title)}[/bold]  [dim]{escape(' | '.join(tags))}[/dim]")
        out.print(f"   {escape(h.path)}", style="cyan")
        if h.snippet:
            out.print(f"   {_highlight(h.snippet)}")



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

