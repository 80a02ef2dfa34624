"""The `taizhang` command: parse arguments, call one library function, render the result, map errors.

Each command group lives in its own module below; importing them registers their commands on `cli`.
"""

from __future__ import annotations

import os
import re
import sys

import click

from archive.cli import (  # noqa: F401  (register commands)
    assess_cmds,
    check_cmd,
    demo_cmd,
    filing_cmds,
    ingest_cmds,
    maintenance_cmds,
    report_cmds,
    rubric_cmds,
    serve_cmd,
)
from archive.cli.base import cli
from archive.errors import EXIT_CANCELLED, EXIT_USAGE, TaizhangError

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


GLOBAL_OPTIONS = ("--archive",)  # options of the root group that may also be written after the subcommand


def _global_options_first(args: list[str]) -> list[str]:
    """Move `--archive DIR` / `--archive=DIR` written after the subcommand to the front, where click reads it."""
    front: list[str] = []
    rest: list[str] = []
    i = 0
    while i < len(args):
        arg = args[i]
        if arg == "--":
            rest.extend(args[i:])
            break
        name = arg.split("=", 1)[0]
        if name in GLOBAL_OPTIONS and i > 0:
            if "=" in arg:
                front.append(arg)
            else:
                front.extend(args[i:i + 2])
                i += 1
        else:
            rest.append(arg)
        i += 1
    return front + rest


def _usage_message(exc: click.UsageError) -> str:
    text = exc.format_message()
    if isinstance(exc, click.MissingParameter):  # click ends "Missing option '--org'." with an English stop
        text = re.sub(r"\.(\s|$)", "。", text)
    return text


def _quiet_broken_pipe() -> int:
    """The reader went away (`taizhang list | head`): stop quietly, as a filter does, and never exit 1."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):  # stdout is not a real file (click's test runner)
        pass
    return 0


def _run(args: list[str] | None) -> int:
    args = _global_options_first(list(sys.argv[1:] if args is None else args))
    try:
        cli.main(args=args, prog_name="taizhang", standalone_mode=False)
    except BrokenPipeError:
        return _quiet_broken_pipe()
    except TaizhangError as exc:
        return _report(exc)
    except (click.exceptions.Abort, KeyboardInterrupt):  # Ctrl-C: what was done so far is kept, each step its own
        click.echo("已取消。", err=True)                    # transaction; no traceback
        return EXIT_CANCELLED
    except click.exceptions.NoArgsIsHelpError as exc:  # `taizhang rubric`: show that group's help, it is no error
        click.echo(exc.ctx.get_help())
        return 0
    except click.UsageError as exc:
        hint = f"（运行 {exc.ctx.command_path if exc.ctx else 'taizhang'} --help 查看用法）"
        click.echo(f"用法错误：{_usage_message(exc)}{hint}", err=True)
        return EXIT_USAGE
    except click.ClickException as exc:
        click.echo(f"错误：{exc.format_message()}", err=True)
        return exc.exit_code
    except click.exceptions.Exit as exc:
        return exc.exit_code
    except SystemExit as exc:
        return exc.code if isinstance(exc.code, int) else 1
    except Exception as exc:  # SQLite's "database is locked" after its busy timeout: exit 6, never a traceback
        from archive.maintenance.errors import CatalogBusy, is_locked_error

        if is_locked_error(exc):
            return _report(CatalogBusy(str(exc)))
        raise
    return 0


def main() -> None:
    """Entry point: run the CLI and map library errors to Chinese messages and exit codes."""
    code = _run(None)
    try:
        sys.stdout.flush()
    except BrokenPipeError:
        code = _quiet_broken_pipe()
    sys.exit(code)
