"""Command: check (the archive's 自查: what an inspection team would catch first)."""

from __future__ import annotations

import sys

import click

from archive.cli.base import _help_option, _workspace, cli
from archive.render import console, print_json, table

EXIT_FOUND = 1


@cli.command("check")
@click.option("--json", "as_json", is_flag=True, help="以 JSON 输出。")
@_help_option
@click.pass_context
def check_cmd(ctx: click.Context, as_json: bool) -> None:
    """自查：实到多于应到、内容雷同的记录、同一照片用于不同活动、日期和人员对不上等考核组会先发现的问题；
    没有发现时退出码 0，有则列出并退出码 1。"""
    from archive.catalog import connect
    from archive.check import SEVERITY_LABELS, check_archive

    ws = _workspace(ctx)
    conn = connect(ws.catalog_path)
    try:
        reports = check_archive(ws, conn)
    finally:
        conn.close()
    if as_json:
        print_json([r.to_json() for r in reports])
    elif not reports:
        click.echo("自查完毕，没有发现问题。")
    else:
        rows = [[SEVERITY_LABELS[r.severity], r.label, "\n".join(r.paths), r.detail] for r in reports]
        console().print(table(f"自查发现 {len(reports)} 个问题（最要紧的在前）", ["程度", "问题", "文件", "说明"], rows))
    if reports:
        sys.exit(EXIT_FOUND)
