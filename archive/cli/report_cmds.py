"""Commands: report, binder, templates."""

from __future__ import annotations

import datetime as dt
import json
import sys
from pathlib import Path
from typing import TYPE_CHECKING

import click

from archive.cli.base import _help_option, _item_ids, _progress_bar, _workspace, cli
from archive.errors import StatusDocumentInvalid, UsageError
from archive.render import print_json

if TYPE_CHECKING:  # the document's module is imported by the commands that read one, not by every `taizhang` start
    from archive.assess.document import StatusDocument

_STATUS_HELP = "用已保存的 taizhang status --json 结果生成（默认：现在评估一次）。"
_AS_OF_HELP = "评估截止日期，如 2025-12-31（默认：与 taizhang status 相同）。"


def _saved_status(status_file: Path) -> StatusDocument:
    """A saved `status --json` file, read and checked; StatusDocumentInvalid (in Chinese) for anything else."""
    from archive.assess.document import StatusDocument

    try:
        data = json.loads(status_file.read_text(encoding="utf-8"))
    except UnicodeDecodeError as exc:
        raise StatusDocumentInvalid(f"评估结果文件 {status_file} 不是 UTF-8 编码的文本。") from exc
    except json.JSONDecodeError as exc:
        raise StatusDocumentInvalid(f"评估结果文件 {status_file} 不是有效的 JSON（第 {exc.lineno} 行第 {exc.colno} 列有误）。"
                                    ) from exc
    except OSError as exc:
        raise StatusDocumentInvalid(f"无法读取评估结果文件 {status_file}（{exc.strerror or exc}）。") from exc
    if not isinstance(data, dict) or "items" not in data:
        raise StatusDocumentInvalid(f"{status_file} 不是 taizhang status --json 的结果。")
    try:
        return StatusDocument.from_json(data)
    except StatusDocumentInvalid as exc:
        raise StatusDocumentInvalid(f"{status_file} 不是有效的 taizhang status --json 结果：{exc.message}") from exc


def _status(ws, status_file: Path | None, as_of: str | None) -> StatusDocument:
    """The assessment's status document: from a saved `status --json` file, or assessed now."""
    if status_file is not None:
        return _saved_status(status_file)
    from archive.assess import assess_archive

    day = None
    if as_of:
        try:
            day = dt.date.fromisoformat(as_of)
        except ValueError as exc:
            raise UsageError(f"日期「{as_of}」无效。", remedy="写成 2025-12-31 这样的格式。") from exc
    return assess_archive(ws, as_of=day).document()


@cli.command("report")
@click.argument("kind", metavar="报告")
@click.option("-o", "--output", type=click.Path(path_type=Path), required=True,
              help="输出的 .docx 文件（不写扩展名时自动加 .docx）；报告为 all 时是输出文件夹。")
@click.option("--force", is_flag=True, help="输出文件已存在时覆盖。")
@click.option("--status", "status_file", type=click.Path(path_type=Path, dir_okay=False, exists=True),
              help=_STATUS_HELP)
@click.option("--as-of", "as_of", help=_AS_OF_HELP)
@click.option("--json", "as_json", is_flag=True, help="以 JSON 输出写出的文件。")
@_help_option
@click.pass_context
def report_cmd(ctx: click.Context, kind: str, output: Path, force: bool, status_file: Path | None,
               as_of: str | None, as_json: bool) -> None:
    """生成 Word 报告：自评表（self-assessment）、台帐目录（catalog）、缺失材料清单（gaps）、
    整改方案（rectification），或 全部（all，四份都写到 -o 文件夹）；中英文名称都可以。"""
    from archive.generators import (
        ALL_REPORTS,
        REPORT_KINDS,
        REPORT_TITLES,
        report_kind,
        write_all_reports,
        write_report,
    )
    from archive.generators.errors import ReportError

    named = kind
    kind = report_kind(kind)
    if kind is None:
        raise ReportError(f"没有名为「{named}」的报告。", remedy="可用的报告：" + "、".join(
            f"{REPORT_TITLES[k]}（{k}）" for k in REPORT_KINDS) + "，或 全部（all）。")
    ws = _workspace(ctx)
    status = _status(ws, status_file, as_of)
    if kind == ALL_REPORTS:
        paths = write_all_reports(ws, output, status, force=force)
    else:
        paths = [write_report(ws, kind, output, status, force=force)]
    if as_json:
        print_json({"written": [str(p) for p in paths]})
        return
    for p in paths:
        click.echo(f"已生成：{p}")


@cli.command("binder")
@click.option("-o", "--output", type=click.Path(path_type=Path, dir_okay=False), required=True,
              help="输出的 PDF 文件，如 电子台帐.pdf（不写扩展名时自动加 .pdf）。")
@click.option("--item", "item", callback=_item_ids, help="只装订一个评分项（序号，如 18 或 第18项）。")
@click.option("--force", is_flag=True, help="输出文件已存在时覆盖。")
@click.option("--status", "status_file", type=click.Path(path_type=Path, dir_okay=False, exists=True),
              help=_STATUS_HELP)
@click.option("--as-of", "as_of", help=_AS_OF_HELP)
@click.option("--json", "as_json", is_flag=True, help="以 JSON 输出装订结果。")
@_help_option
@click.pass_context
def binder_cmd(ctx: click.Context, output: Path, item: str | None, force: bool, status_file: Path | None,
               as_of: str | None, as_json: bool) -> None:
    """装订电子台帐 PDF：封面、带页码的台帐目录、按项目和评分项排列的全部材料，附书签。"""
    from archive.generators import with_suffix, write_binder

    output = with_suffix(output, ".pdf")
    ws = _workspace(ctx)
    status = _status(ws, status_file, as_of)
    with _progress_bar(sys.stderr.isatty() and not as_json) as progress:
        result = write_binder(ws, output, status, item=item, force=force, progress=progress)
    if as_json:
        print_json(result.to_json())
        return
    click.echo(f"已生成：{result.path}（{result.pages} 页，{result.items} 个评分项有材料，共 {result.files} 份材料）")
    if result.as_text:
        click.echo(f"其中 {len(result.as_text)} 份无法按原样排版，已以提取的文字代替：" + "、".join(result.as_text[:5])
                   + ("……" if len(result.as_text) > 5 else ""))
    if result.capped:
        kept = result.capped[0]["kept"]
        click.echo(f"其中 {len(result.capped)} 份超过 {kept} 页，只装订了前 {kept} 页，并附一页说明原件的位置："
                   + "、".join(f"{c['path']}（共 {c['pages']} 页）" for c in result.capped[:5])
                   + ("……" if len(result.capped) > 5 else "")
                   + "。页数上限可在 taizhang.toml 的 [binder] max_pages_per_file 中修改（0 表示不限）。")


@cli.group("templates")
@_help_option
def templates_group() -> None:
    """报告模板：导出默认模板，改成自己的格式后在 taizhang.toml 的 [reports.templates] 中指定。"""


@templates_group.command("export")
@click.argument("directory", type=click.Path(path_type=Path, file_okay=False), metavar="目录")
@click.option("--force", is_flag=True, help="目录中已有同名模板时覆盖。")
@_help_option
def templates_export(directory: Path, force: bool) -> None:
    """把四份默认模板（.docx）写到目录。"""
    from archive.generators import export_templates

    for p in export_templates(directory, force=force):
        click.echo(f"已导出：{p}")
    click.echo("在 taizhang.toml 中指定自己的模板，例如：\n[reports.templates]\nself-assessment = \"模板/self-assessment.docx\"")
