"""The `taizhang` command: parse arguments, call one library function, render the result, map errors.

Each command group lives in its own module below; importing them registers their commands on `cli`.
"""

from __future__ import annotations

import sys

import click

from archive.cli import (  # noqa: E402,F401  (register commands)  # noqa: E402,F401
    assess_cmds,
    demo_cmd,
    filing_cmds,
    ingest_cmds,
    maintenance_cmds,
    report_cmds,
    rubric_cmds,
    serve_cmd,
)
from archive.cli.base import cli
from archive.errors import EXIT_USAGE, TaizhangError

__all__ = ["cli", "main", "main_for_tests"]


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
