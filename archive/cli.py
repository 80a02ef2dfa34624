"""The `taizhang` command: parse arguments, call one library function, render the result, map errors."""

from __future__ import annotations

import sys
from contextlib import contextmanager
from pathlib import Path

import click
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

from archive import __version__
from archive.errors import EXIT_INPUTS_REJECTED, EXIT_USAGE, TaizhangError
from archive.render import ChineseContext, console, print_json, table
from archive.rubric import bundled_rubric_ids, dump_rubric_yaml, load_rubric, load_rubric_file, rubric_to_data
from archive.workspace import Workspace, init_workspace, open_workspace

CONTEXT = {"help_option_names": ["-h", "--help"], "max_content_width": 100}


class Group(click.Group):
    context_class = ChineseContext


class Command(click.Command):
    context_class = ChineseContext


Group.command_class = Command
Group.group_class = Group


def _help_option(f):
    return click.help_option("-h", "--help", help="显示帮助并退出。")(f)


def _workspace(ctx: click.Context) -> Workspace:
    return open_workspace(ctx.obj.get("archive"))


@click.group(cls=Group, context_settings=CONTEXT)
@click.option("--archive", "archive_path", type=click.Path(path_type=Path, file_okay=False),
              help="档案目录（默认：从当前目录向上查找含 taizhang.toml 的目录）。")
@click.version_option(__version__, "-V", "--version", message="taizhang %(version)s", help="显示版本并退出。")
@_help_option
@click.pass_context
def cli(ctx: click.Context, archive_path: Path | None) -> None:
    """台帐：社区党建考核档案材料的整理、检索与自评工具。"""
    ctx.ensure_object(dict)
    ctx.obj["archive"] = archive_path


@cli.command("init")
@click.argument("directory", required=False, default=".", type=click.Path(path_type=Path, file_okay=False))
@click.option("--rubric", "rubric_ref", default="seed000", show_default=True, help="评分表：内置编号或 YAML 文件路径。")
@click.option("--org", required=True, help="单位名称，如“幸福里社区党支部”。")
@click.option("--year", type=click.IntRange(1990, 2100), required=True, help="考核年度，如 2025。")
@_help_option
def init_cmd(directory: Path, rubric_ref: str, org: str, year: int) -> None:
    """在目录中新建台帐档案（写入 taizhang.toml 和 .taizhang/）。"""
    if Path(rubric_ref).is_file():  # the user's own file, as typed from here: remember it from the archive
        own = Path(rubric_ref).resolve()
        root = directory.resolve()
        rubric_ref = own.relative_to(root).as_posix() if own.is_relative_to(root) else str(own)
        rubric = load_rubric(rubric_ref, base=root)
    else:
        rubric = load_rubric(rubric_ref)
    responsible = {cat.name: "" for cat in rubric.categories}
    ws = init_workspace(directory, rubric=rubric_ref, org=org, year=year, responsible=responsible)
    click.echo(f"已新建台帐档案：{ws.root}")
    click.echo(f"单位：{org}　年度：{year}　评分表：{rubric.title}（{rubric_ref}）")
    click.echo("下一步：把档案材料放进该目录，然后运行 taizhang ingest。")


@cli.group("rubric")
@_help_option
def rubric_group() -> None:
    """评分表：查看、校验、从 Word/Excel 导入。"""


@rubric_group.command("list")
@click.option("--json", "as_json", is_flag=True, help="以 JSON 输出。")
@_help_option
def rubric_list(as_json: bool) -> None:
    """列出内置评分表。"""
    rubrics = [load_rubric(rid) for rid in bundled_rubric_ids()]
    if as_json:
        print_json([{"id": r.id, "title": r.title, "kind": r.kind, "total": r.total if r.kind == "points" else None,
                     "items": len(r.items()), "tiers": len(r.tiers)} for r in rubrics])
        return
    rows = [[r.id, r.title, "评星晋级" if r.kind == "tiers" else "百分制",
             f"{len(r.tiers)} 级" if r.kind == "tiers" else f"{len(r.items())} 项 / {r.total:g} 分"] for r in rubrics]
    console().print(table("内置评分表", ["编号", "名称", "类型", "规模"], rows))


def _requirement_summary(reqs) -> str:
    return "；".join(r.description for r in reqs)


@rubric_group.command("show")
@click.argument("ref")
@click.option("--json", "as_json", is_flag=True, help="以 JSON 输出。")
@_help_option
def rubric_show(ref: str, as_json: bool) -> None:
    """显示评分表（内置编号或 YAML 文件）的全部评分项。"""
    rubric = load_rubric(ref)
    if as_json:
        print_json(rubric_to_data(rubric))
        return
    out = console()
    if rubric.kind == "tiers":
        for tier in rubric.tiers:
            rows = [[c.id, c.text] for c in tier.criteria] + [[v.id, f"【一票否决】{v.text}"] for v in tier.vetoes]
            out.print(table(f"{rubric.title} · {tier.name}", ["序号", "标准"], rows))
        return
    rows = []
    for cat in rubric.categories:
        label = f"[bold]【{cat.name}】[/bold]" + ("" if cat.detailed else "（原文未细化）")
        rows.append(["", label, f"{cat.points:g}", "", ""])
        for it in cat.items:
            rows.append([it.id, it.text, f"{it.points:g}", "、".join(it.method), _requirement_summary(it.requirements)])
    t = table(f"{rubric.title}（{rubric.id}）", ["序号", "内容", "标准分", "考核方式", "核查要求"], rows,
              **{"序号": {"no_wrap": True}, "内容": {"ratio": 3}, "考核方式": {"ratio": 1}, "核查要求": {"ratio": 2},
                 "标准分": {"justify": "right", "no_wrap": True}})
    out.print(t)
    out.print(f"共 {len(rubric.items())} 项，合计 {sum(it.points for it in rubric.items()):g} 分"
              f"（总分 {rubric.total:g} 分）。")


@rubric_group.command("validate")
@click.argument("file", type=click.Path(path_type=Path, dir_okay=False))
@_help_option
def rubric_validate(file: Path) -> None:
    """校验评分表 YAML 文件：字段、类型、分值合计。"""
    rubric = load_rubric_file(file)
    size = f"{len(rubric.tiers)} 个星级" if rubric.kind == "tiers" else f"{len(rubric.items())} 项，总分 {rubric.total:g} 分"
    click.echo(f"评分表有效：{rubric.title}（{size}）。")


@rubric_group.command("import")
@click.argument("file", type=click.Path(path_type=Path, dir_okay=False, exists=True))
@click.option("-o", "--output", type=click.Path(path_type=Path, dir_okay=False), required=True,
              help="写出的评分表 YAML 文件。")
@click.option("--id", "rubric_id", help="评分表编号（默认取文件名）。")
@click.option("--title", help="评分表名称（默认取表格上方的标题）。")
@_help_option
def rubric_import(file: Path, output: Path, rubric_id: str | None, title: str | None) -> None:
    """从 Word（.docx）或 Excel（.xlsx）评分表导入为 YAML，供进一步完善。"""
    from archive.fsutil import atomic_write_text
    from archive.rubric.importer import import_rubric

    rubric = import_rubric(file, rubric_id=rubric_id, title=title)
    atomic_write_text(output, dump_rubric_yaml(rubric))
    click.echo(f"已导入 {len(rubric.categories)} 类、{len(rubric.items())} 项，合计 {rubric.total:g} 分 → {output}")
    click.echo("请补充各项的核查要求（requirements），再用 taizhang rubric validate 检查。")


DATE_SOURCES = {"content": "正文", "signature": "落款", "exif": "照片EXIF", "filename": "文件名", "mtime": "修改时间(仅供参考)"}


@contextmanager
def _progress_bar(enabled: bool):
    """Yield a progress callback for the library; draws a bar on stderr when it is a terminal."""
    if not enabled:
        yield lambda *args: None
        return
    columns = (TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
               TextColumn("{task.fields[current]}", style="dim"))
    with Progress(*columns, console=console(err=True), transient=True) as bar:
        tasks: dict[str, int] = {}

        def update(phase: str, done: int, total: int, current: str) -> None:
            if phase not in tasks:
                tasks[phase] = bar.add_task(phase, total=total or None, current="")
            bar.update(tasks[phase], completed=done, total=total or None, current=current[-40:])

        yield update


@cli.command("ingest")
@click.argument("paths", nargs=-1, type=click.Path(path_type=Path))
@click.option("--no-ocr", is_flag=True, help="跳过文字识别（OCR）；之后不带此选项再运行时补做。")
@click.option("--jobs", type=click.IntRange(1, 32), help="并行读取的进程数（默认按 CPU 核数）。")
@click.option("--json", "as_json", is_flag=True, help="以 JSON 输出结果。")
@_help_option
@click.pass_context
def ingest_cmd(ctx: click.Context, paths: tuple[Path, ...], no_ocr: bool, jobs: int | None, as_json: bool) -> None:
    """读取档案材料（Word、PDF、Excel、照片、文本）并登记到目录和检索索引。"""
    from archive.pipelines.ingest import ingest

    ws = _workspace(ctx)
    with _progress_bar(not as_json and sys.stderr.isatty()) as progress:
        report = ingest(ws, [Path(p) for p in paths] or None, ocr=not no_ocr, workers=jobs, progress=progress)
    if as_json:
        print_json(report.to_json())
    else:
        summary = report.to_json()
        click.echo(f"新增 {summary['added']}，更新 {summary['updated']}，未变 {summary['unchanged']}，"
                   f"删除 {summary['removed']}，重复 {len(report.duplicates)}，失败 {len(report.failed)}。")
        for old, new in report.moved:
            click.echo(f"  改名/移动：{old} → {new}")
        for path, original in report.duplicates:
            click.echo(f"  重复：{path}（与 {original} 内容相同）")
        for path in report.removed:
            click.echo(f"  已不在档案中：{path}（其归档记录保留）")
        if report.failed:
            console().print(table("无法读取的文件", ["文件", "原因"], [list(f) for f in report.failed]))
    if report.failed:
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


@cli.command("demo")
@click.option("--into", "into", type=click.Path(path_type=Path, file_okay=False), default=Path("taizhang-demo"),
              show_default=True, help="演示档案放在哪个目录（示例材料复制到这里，原件不动）。")
@click.option("--source", type=click.Path(path_type=Path, file_okay=False, exists=True),
              help="示例档案目录（默认：sample_evidence/）。")
@click.option("--no-ocr", is_flag=True, help="跳过文字识别，演示更快。")
@_help_option
def demo_cmd(into: Path, source: Path | None, no_ocr: bool) -> None:
    """演示：把示例档案复制到新目录，读取登记，并做几次检索。"""
    from collections import Counter

    from archive.pipelines.demo import DEMO_QUERIES, find_sample_evidence, prepare_demo
    from archive.pipelines.ingest import ingest
    from archive.pipelines.search import SearchFilters, search_archive

    ws = prepare_demo(source or find_sample_evidence(), into)
    click.echo(f"演示档案：{ws.root}（{ws.config.org}，{ws.config.year} 年度，评分表 {ws.config.rubric}）")
    with _progress_bar(sys.stderr.isatty()) as progress:
        report = ingest(ws, ocr=not no_ocr, progress=progress)
    summary = report.to_json()
    click.echo(f"读取完成：新增 {summary['added']}，更新 {summary['updated']}，未变 {summary['unchanged']}，"
               f"重复 {len(report.duplicates)}，无法读取 {len(report.failed)}（示例中故意放了坏文件）。")
    from archive.catalog import connect, iter_evidence

    conn = connect(ws.catalog_path)
    try:
        kinds = Counter(ev.kind or "无法读取" for ev in iter_evidence(conn))
    finally:
        conn.close()
    console().print(table("材料类型", ["类型", "件数"], [[k, n] for k, n in kinds.most_common()]))
    rows = []
    for q in DEMO_QUERIES:
        hits = search_archive(ws, q, SearchFilters(limit=1))
        rows.append([q, hits[0].title if hits else "（无结果）", hits[0].path if hits else ""])
    console().print(table("检索示例（第一条结果）", ["查询", "标题", "文件"], rows))
    click.echo(f"接下来可以试试：taizhang --archive {ws.root} search 联席会议")


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


def _report(exc: TaizhangError) -> int:
    click.secho("错误：", fg="red", bold=True, err=True, nl=False)
    click.echo(exc.message, err=True)
    if exc.remedy:
        click.echo(f"提示：{exc.remedy}", err=True)
    return exc.exit_code


@click.command(context_settings={"ignore_unknown_options": True, "allow_extra_args": True, "help_option_names": []},
               add_help_option=False)
@click.pass_context
def main_for_tests(ctx: click.Context) -> None:
    """The same error mapping as main(), runnable with click's CliRunner."""
    sys.exit(_run(ctx.args))


def _run(args: list[str] | None) -> int:
    try:
        cli.main(args=args, prog_name="taizhang", standalone_mode=False)
    except TaizhangError as exc:
        return _report(exc)
    except click.exceptions.Abort:
        click.echo("已取消。", err=True)
        return 1
    except click.UsageError as exc:
        hint = f"（运行 {exc.ctx.command_path} --help 查看用法）" if exc.ctx else ""
        click.echo(f"用法错误：{exc.format_message()}{hint}", err=True)
        return EXIT_USAGE
    except click.ClickException as exc:
        click.echo(f"错误：{exc.format_message()}", err=True)
        return exc.exit_code
    except click.exceptions.Exit as exc:
        return exc.exit_code
    except SystemExit as exc:
        return exc.code if isinstance(exc.code, int) else 1
    return 0


def main() -> None:
    """Entry point: run the CLI and map library errors to Chinese messages and exit codes."""
    sys.exit(_run(None))
