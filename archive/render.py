"""Terminal rendering for the CLI: Chinese help headings, JSON, and tables that align East Asian text."""

from __future__ import annotations

import json
from typing import Any

import click
from rich.console import Console
from rich.table import Table

_HEADINGS = {"Options": "选项", "Commands": "命令", "Arguments": "参数"}


class ChineseHelpFormatter(click.HelpFormatter):
    def write_usage(self, prog: str, args: str = "", prefix: str | None = None) -> None:
        super().write_usage(prog, args, prefix="用法：" if prefix is None else prefix)

    def write_heading(self, heading: str) -> None:
        super().write_heading(_HEADINGS.get(heading, heading))


class ChineseContext(click.Context):
    formatter_class = ChineseHelpFormatter


def console(err: bool = False) -> Console:
    return Console(stderr=err, highlight=False, soft_wrap=False)


def print_json(data: Any) -> None:
    click.echo(json.dumps(data, ensure_ascii=False, indent=2, default=str))


def table(title: str | None, columns: list[str], rows: list[list[Any]], **column_opts: dict) -> Table:
    """A rich table; rich measures CJK characters as two cells wide, so columns line up."""
    t = Table(title=title, show_lines=False, header_style="bold", title_justify="left")
    for name in columns:
        t.add_column(name, **{"overflow": "fold", **column_opts.get(name, {})})
    for row in rows:
        t.add_row(*["" if v is None else str(v) for v in row])
    return t
