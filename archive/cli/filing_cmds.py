"""Commands: file, unfile, suggest, review, filings export/import."""

from __future__ import annotations

from contextlib import contextmanager
from pathlib import Path

import click

from archive.cli.base import _help_option, _item_ids, _workspace, _writing, cli
from archive.errors import UsageError
from archive.render import console, print_json, table


@contextmanager
def _reading(ctx: click.Context):
    from archive.catalog import connect

    ws = _workspace(ctx)
    conn = connect(ws.catalog_path)
    try:
        yield ws, conn
    finally:
        conn.close()


def _label(item_id: str) -> str:
    from archive.filing.targets import item_label

    return item_label(item_id)


@cli.command("file")
@click.argument("paths", nargs=-1)
@click.option("--item", "items", multiple=True, callback=_item_ids,
              help="评分项序号（18 或 第18项），可写多次（--item 8 --item 14）。")
@click.option("--accept", is_flag=True, help="把得分不低于 --min-score 的建议全部归档（不动人工归档的材料）。")
@click.option("--min-score", type=click.FloatRange(0, 1), help="--accept 的最低得分（默认取 [filing] min_score，0.6）。")
@click.option("--dry-run", is_flag=True, help="与 --accept 同用：只显示将归档什么，不写入。")
@click.option("--who", help="记录的操作人（默认：当前系统用户）。")
@click.option("--json", "as_json", is_flag=True, help="以 JSON 输出。")
@_help_option
@click.pass_context
def file_cmd(ctx: click.Context, paths: tuple[str, ...], items: tuple[str, ...], accept: bool,
             min_score: float | None, dry_run: bool, who: str | None, as_json: bool) -> None:
    """把材料归档到评分项（人工），或用 --accept 采纳建议。"""
    from archive.filing import accept_suggestions, file_evidence

    if accept:
        if paths or items:
            raise UsageError("--accept 不能与文件路径或 --item 同时使用。", remedy="人工归档：taizhang file 文件 --item 序号")
        with _writing(ctx, "file --accept") as (ws, conn):
            report = accept_suggestions(ws, conn, min_score=min_score, dry_run=dry_run, who=who)
        if as_json:
            print_json(report.to_json())
            return
        verb = "将归档" if dry_run else "已归档"
        rows = [[_label(item), n] for item, n in report.per_item.items()]
        if rows:
            click.echo(f"{verb} {len(report.accepted)} 条建议（得分 ≥ {report.min_score:.2f}）：")
            console().print(table(None, ["评分项", "件数"], rows))
        else:
            click.echo(f"没有得分 ≥ {report.min_score:.2f} 的建议可以归档。")
        if report.skipped_decided:
            click.echo(f"{report.skipped_decided} 件材料已由人工或文件夹归档，未改动。")
        if report.held:
            click.echo(f"{report.held} 件材料是其他年度、其他单位的材料或不是证明材料，未自动归档（见 taizhang review）。")
        if dry_run:
            click.echo("（演练：未写入任何归档。）")
        return
    if not paths or not items:
        raise UsageError("请给出要归档的文件和评分项。", remedy="例如：taizhang file 会议记录.docx --item 18；采纳建议：taizhang file --accept")
    with _writing(ctx, "file") as (ws, conn):
        results = file_evidence(ws, conn, list(paths), list(items), who=who)
    if as_json:
        print_json([r.to_json() for r in results])
        return
    for r in results:
        note = "（已是人工归档）" if not r.changed else ""
        copy = f"（{r.copy_of} 是它的副本，副本随原件归档）" if r.copy_of else ""
        click.echo(f"{r.path} → {_label(r.item)}{note}{copy}")


@cli.command("unfile")
@click.argument("path")
@click.option("--item", required=True, callback=_item_ids, help="评分项序号（18 或 第18项）。")
@click.option("--who", help="记录的操作人（默认：当前系统用户）。")
@_help_option
@click.pass_context
def unfile_cmd(ctx: click.Context, path: str, item: str, who: str | None) -> None:
    """取消归档：该材料今后不会再被建议归入这一项。"""
    from archive.filing import unfile_evidence

    with _writing(ctx, "unfile") as (ws, conn):
        was_filed = unfile_evidence(ws, conn, path, item, who=who)
    head = f"已从{_label(item)}取消归档：{path}" if was_filed else f"{path} 原本未归入{_label(item)}"
    click.echo(f"{head}；今后不会再建议归入该项。")


@cli.command("suggest")
@click.argument("paths", nargs=-1)
@click.option("--top", type=click.IntRange(1, 50), help="每件材料显示几条建议（默认 3）。")
@click.option("--unfiled", is_flag=True, help="只看尚未归档的材料。")
@click.option("--json", "as_json", is_flag=True, help="以 JSON 输出。")
@_help_option
@click.pass_context
def suggest_cmd(ctx: click.Context, paths: tuple[str, ...], top: int | None, unfiled: bool, as_json: bool) -> None:
    """为每件材料推荐评分项（得分 0～1，附理由）；文件夹和人工归档排在最前。"""
    from archive.filing import suggest
    from archive.filing.config import filing_config

    with _reading(ctx) as (ws, conn):
        result = suggest(ws, conn, list(paths) or None, top=top, unfiled=unfiled)
        threshold = filing_config(ws).min_score
    if as_json:
        print_json([r.to_json() for r in result])
        return
    rows = []
    for es in result:
        if es.hold:
            rows.append([es.path, "—", "", f"不会自动归档：{es.hold.label}（{es.hold.detail}）"])
        if not es.suggestions and not es.hold:
            rows.append([es.path, "—", "", f"无法读取：{es.error}" if es.error else "没有合适的评分项"])
        for n, s in enumerate(es.suggestions):
            mark = "" if s.filed or s.score >= threshold else "（低于采纳线）"
            if s.held and not s.filed:
                mark += f"（不会自动归档：{s.held.label}，{s.held.detail}）"
            rows.append([es.path if n == 0 and not es.hold else "", _label(s.item), f"{s.score:.2f}", s.why + mark])
    console().print(table(f"归档建议（{len(result)} 件材料，采纳线 {threshold:.2f}）", ["文件", "评分项", "得分", "理由"], rows))


@cli.command("review")
@click.option("--json", "as_json", is_flag=True, help="以 JSON 输出。")
@_help_option
@click.pass_context
def review_cmd(ctx: click.Context, as_json: bool) -> None:
    """列出需要档案员处理的问题，最要紧的在前：先是自查发现（同 taizhang check），再是归档问题。"""
    from archive.filing import REVIEW_LABELS
    from archive.pipelines.review import review_with_checks

    with _reading(ctx) as (ws, conn):
        entries = review_with_checks(ws, conn)
    if as_json:
        print_json([e.to_json() for e in entries])
        return
    if not entries:
        click.echo("没有需要处理的归档问题。")
        return
    rows = [[REVIEW_LABELS[e.type], e.path or "", _label(e.item) if e.item else "", e.detail] for e in entries]
    console().print(table(f"待处理（{len(entries)} 条）", ["问题", "文件", "评分项", "说明"], rows))


@cli.group("filings")
@_help_option
def filings_group() -> None:
    """导出或导入归档决定（CSV 或 Excel），换机器、重建目录后可恢复。"""


@filings_group.command("export")
@click.argument("output", type=click.Path(path_type=Path, dir_okay=False))
@_help_option
@click.pass_context
def filings_export(ctx: click.Context, output: Path) -> None:
    """把全部归档和排除记录写到 .csv 或 .xlsx 文件。"""
    from archive.filing import export_filings

    with _reading(ctx) as (ws, conn):
        n = export_filings(ws, conn, output)
    click.echo(f"已导出 {n} 条归档决定到 {output}")


@filings_group.command("import")
@click.argument("source", type=click.Path(path_type=Path, dir_okay=False))
@click.option("--json", "as_json", is_flag=True, help="以 JSON 输出。")
@_help_option
@click.pass_context
def filings_import(ctx: click.Context, source: Path, as_json: bool) -> None:
    """从导出的 .csv 或 .xlsx 恢复归档决定；文件改名或移动后按 sha256 对应。"""
    from archive.filing import import_filings

    with _writing(ctx, "filings import") as (ws, conn):
        report = import_filings(ws, conn, source)
    if as_json:
        print_json(report.to_json())
        return
    click.echo(f"导入归档 {report.filings} 条，排除 {report.exclusions} 条，其中 {report.moved} 条按内容对应到新路径；"
               f"{report.unchanged} 条因已有人工归档未改动。")
    for n, reason in report.problems:
        click.echo(f"  第 {n} 行：{reason}")
