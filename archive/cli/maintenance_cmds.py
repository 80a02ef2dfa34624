"""Commands: doctor, backup, restore."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from archive.cli.base import _help_option, _workspace, cli
from archive.render import console, print_json, table

EXIT_PROBLEMS = 1


@cli.command("doctor")
@click.option("--fix", is_flag=True, help="重建可再生的数据（检索索引）并清理残留文件；不改动任何归档决定。")
@click.option("--json", "as_json", is_flag=True, help="以 JSON 输出检查结果。")
@_help_option
@click.pass_context
def doctor_cmd(ctx: click.Context, fix: bool, as_json: bool) -> None:
    """检查档案：目录数据库、检索索引、原始材料是否被改动、.taizhang 中的残留文件。"""
    from archive.maintenance.doctor import AREA_LABELS, diagnose

    ws = _workspace(ctx)
    report = diagnose(ws, fix=fix)
    if as_json:
        print_json(report.to_json())
    else:
        for line in report.fixed:
            click.echo(f"已修复：{line}")
        c = report.checks
        if "index" in c:
            i = c["index"]
            click.echo(f"检索索引：{i['documents']} 件（目录中应有 {i['expected']} 件）")
        if "originals" in c:
            o = c["originals"]
            click.echo(f"原始材料：{o['present']} 件在档案中，已核对 {o['filed_checked']} 件已归档材料的内容")
        if report.ok:
            click.echo("检查完毕，未发现问题。")
        else:
            rows = [[AREA_LABELS.get(p.area, p.area), p.path or "", p.message] for p in report.problems]
            console().print(table(f"发现 {len(report.problems)} 个问题", ["方面", "位置", "问题"], rows))
            if not fix and any(p.fixable for p in report.problems):
                click.echo("提示：运行 taizhang doctor --fix 可修复标明“可用 --fix”的问题（不会改动归档决定）。")
    if not report.ok:
        sys.exit(EXIT_PROBLEMS)


@cli.command("backup")
@click.argument("dest", type=click.Path(path_type=Path, file_okay=False))
@click.option("--zip", "as_zip", is_flag=True, help="打包成一个 .zip 文件（默认是一个文件夹）。")
@click.option("--json", "as_json", is_flag=True, help="以 JSON 输出结果。")
@_help_option
@click.pass_context
def backup_cmd(ctx: click.Context, dest: Path, as_zip: bool, as_json: bool) -> None:
    """备份目录数据库和全部归档决定（归档、排除、人工认定，另存为 CSV）到 DEST 下带日期的文件夹。"""
    from archive.maintenance.backup import LABELS, backup

    ws = _workspace(ctx)
    result = backup(ws, dest, as_zip=as_zip)
    if as_json:
        print_json(result.to_json())
        return
    click.echo(f"已备份到 {result.path}")
    click.echo("，".join(f"{LABELS[k]} {v} 条" for k, v in result.counts.items()) + "。")


@cli.command("restore")
@click.argument("src", type=click.Path(path_type=Path))
@click.option("--json", "as_json", is_flag=True, help="以 JSON 输出结果。")
@_help_option
@click.pass_context
def restore_cmd(ctx: click.Context, src: Path, as_json: bool) -> None:
    """从 taizhang backup 生成的备份（文件夹或 .zip）恢复目录数据库；当前的目录先另存一份。"""
    from archive.maintenance.backup import LABELS, restore

    ws = _workspace(ctx)
    result = restore(ws, src)
    if as_json:
        print_json(result.to_json())
        return
    click.echo(f"已从 {result.source} 恢复目录数据库。")
    rows = [[LABELS[k], str(result.before.get(k, 0)), str(result.after.get(k, 0))] for k in LABELS]
    console().print(table("恢复前后", ["内容", "恢复前", "恢复后"], rows))
    if result.kept:
        click.echo(f"被替换的目录已另存为 {result.kept}（如需撤销：taizhang restore {result.kept}）。")
    click.echo(f"检索索引已按恢复的目录重建，共 {result.indexed} 件材料。")
    for note in result.notes:
        click.echo(f"注意：{note}")
