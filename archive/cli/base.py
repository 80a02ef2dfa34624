"""Shared pieces of the `taizhang` command: the root group, Chinese help, progress bars, workspace opening."""

from __future__ import annotations

from contextlib import contextmanager
from pathlib import Path

import click

from archive import __version__
from archive.cli import messages
from archive.render import ChineseContext, console
from archive.workspace import Workspace, open_workspace

messages.install()  # before any option is declared: click reads some of its words at declaration time

CONTEXT = {"help_option_names": ["-h", "--help"], "max_content_width": 100}


class Group(click.Group):
    context_class = ChineseContext


class Command(click.Command):
    context_class = ChineseContext


Group.command_class = Command
Group.group_class = Group


def _help_option(f):
    return click.help_option("-h", "--help", help="显示帮助并退出。")(f)


def _item_ids(ctx: click.Context, param: click.Parameter, value):
    """click callback for an item id option or argument: '第18项', '18项', '１８' → '18' (every output prints 第18项)."""
    from archive.item_ids import normalize_item_id

    if value is None:
        return None
    if isinstance(value, tuple | list):
        return tuple(normalize_item_id(v) for v in value)
    return normalize_item_id(value)


def _workspace(ctx: click.Context) -> Workspace:
    return open_workspace(ctx.obj.get("archive"))


@contextmanager
def _writing(ctx: click.Context, command: str):
    """(workspace, writer connection): a writing session on the archive, saying so while it waits for another
    writer."""
    from archive.handle import Archive
    from archive.render import print_text

    ws = _workspace(ctx)

    def waiting(holder: str, waited: float) -> None:
        print_text(f"正在等待另一个 taizhang 进程（{holder}）写完……已等待 {waited:.0f} 秒", err=True)

    with Archive(ws).writing(command, on_wait=waiting) as conn:
        yield ws, conn


@click.group(cls=Group, context_settings=CONTEXT, invoke_without_command=True)
@click.option("--archive", "archive_path", type=click.Path(path_type=Path, file_okay=False),
              help="档案目录（默认：从当前目录向上查找含 taizhang.toml 的目录）；写在子命令前后均可。")
@click.version_option(__version__, "-V", "--version", message="taizhang %(version)s", help="显示版本并退出。")
@_help_option
@click.pass_context
def cli(ctx: click.Context, archive_path: Path | None) -> None:
    """台帐：社区党建考核档案材料的整理、检索与自评工具。"""
    ctx.ensure_object(dict)
    ctx.obj["archive"] = archive_path
    if ctx.invoked_subcommand is None:  # bare `taizhang`: the help is the answer, not a usage error
        click.echo(ctx.get_help())
        ctx.exit(0)


@contextmanager
def _progress_bar(enabled: bool):
    """Yield a progress callback for the library; draws a bar on stderr when it is a terminal."""
    if not enabled:
        yield lambda *args: None
        return
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    columns = (TextColumn("{task.description}", markup=False), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
               TextColumn("{task.fields[current]}", style="dim", markup=False))  # file names print literally
    with Progress(*columns, console=console(err=True), transient=True) as bar:
        tasks: dict[str, int] = {}

        def update(phase: str, done: int, total: int, current: str) -> None:
            if phase not in tasks:
                tasks[phase] = bar.add_task(phase, total=total or None, current="")
            bar.update(tasks[phase], completed=done, total=total or None, current=current[-40:])

        yield update

