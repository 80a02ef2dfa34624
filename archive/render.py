"""Terminal rendering for the CLI: Chinese help, JSON, literal text and tables that align East Asian text.

Everything a command prints may hold text from a user's file or rubric (file names like `[sample_ow]…`, a first line
`[/bold]…`, `[/b]` in a rubric item). So nothing here reads rich markup unless a caller asks for it in so many words:
`console()` has markup and emoji codes off, `table()` makes every cell and the title a literal `Text`, and
`print_text()` prints literally. Style goes on `Text` objects (`styled()`), never into strings.
"""

from __future__ import annotations

import json
import re
import unicodedata
from typing import TYPE_CHECKING, Any

import click

if TYPE_CHECKING:  # rich is imported by what prints with it, not by every `taizhang` start (`--help`, `--json`)
    from rich.console import Console, RenderableType
    from rich.table import Table
    from rich.text import Text

_HEADINGS = {"Options": "选项", "Commands": "命令", "Arguments": "参数"}
ECHO_MAX_CHARS = 60  # a query or other user input echoed back longer than this is cut, with its length
HIT_OPEN_PIPED, HIT_CLOSE_PIPED = "【", "】"  # search hits when output is not a terminal (no colours there)


# click's metavars and usage words, as the help shows them
_METAVARS = {"INTEGER RANGE": "整数", "FLOAT RANGE": "数字", "INTEGER": "整数", "FLOAT": "数字", "TEXT": "文字",
             "PATH": "路径", "FILENAME": "文件", "BOOLEAN": "是/否"}
_USAGE_WORDS = {"[OPTIONS]": "[选项]", "COMMAND": "命令", "[ARGS]...": "[参数]...", "ARGS": "参数"}
_METAVAR_RE = re.compile(r"(?<=[ =])(" + "|".join(re.escape(k) for k in _METAVARS) + r")(?=$|[ .,\]])")
_RANGE_RE = re.compile(r"(-?\d+(?:\.\d+)?)<=x<=(-?\d+(?:\.\d+)?)")


def _help_words(text: str) -> str:
    return _RANGE_RE.sub(r"\1～\2", _METAVAR_RE.sub(lambda m: _METAVARS[m.group(1)], text))


_NO_LINE_START = "，。；：、）」』】！？…,.;:)"  # punctuation that never starts a wrapped line


def _cells(text: str) -> int:
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def _wrap_cells(text: str, width: int) -> list[str]:
    """Wrap by terminal cells; breaks anywhere in CJK text, at spaces in Latin text when it can."""
    lines: list[str] = []
    line = ""
    for ch in text:
        if _cells(line + ch) > width and ch not in _NO_LINE_START:
            cut = line.rfind(" ")
            if cut > width // 2 and not ch.isspace():
                lines.append(line[:cut])
                line = line[cut + 1:]
            else:
                lines.append(line)
                line = ""
            if ch.isspace():
                continue
        line += ch
    lines.append(line)
    return lines or [""]


class ChineseHelpFormatter(click.HelpFormatter):
    def write_usage(self, prog: str, args: str = "", prefix: str | None = None) -> None:
        args = " ".join(_USAGE_WORDS.get(word, word) for word in args.split(" "))
        super().write_usage(prog, _help_words(args), prefix="用法：" if prefix is None else prefix)

    def write_heading(self, heading: str) -> None:
        self.write(f"{'':>{self.current_indent}}{_HEADINGS.get(heading, heading)}：\n")

    def write_dl(self, rows, col_max: int = 30, col_spacing: int = 2) -> None:
        """click's definition list, measured in terminal cells (a CJK character is two) so the help lines up."""
        rows = [(_help_words(a), _help_words(b).replace("; ", "；")) for a, b in rows]
        first = min(max((_cells(a) for a, _ in rows), default=0), col_max) + col_spacing
        for term, text in rows:
            self.write(f"{'':>{self.current_indent}}{term}")
            if not text:
                self.write("\n")
                continue
            pad = first - _cells(term)
            if pad >= col_spacing:
                self.write(" " * pad)
            else:
                self.write("\n" + " " * (first + self.current_indent))
            width = max(self.width - first - self.current_indent, 10)
            lines = _wrap_cells(text, width)
            self.write(lines[0] + "\n")
            for line in lines[1:]:
                self.write(f"{'':>{first + self.current_indent}}{line}\n")


class ChineseContext(click.Context):
    formatter_class = ChineseHelpFormatter


_console_class: type | None = None


def _console_type() -> type:
    global _console_class
    if _console_class is None:
        from rich.console import Console

        class _Console(Console):
            def on_broken_pipe(self) -> None:
                """The reader went away (`| head`): rich would exit 1; let the CLI's one handler end quietly."""
                self.quiet = True
                raise BrokenPipeError

        _console_class = _Console
    return _console_class


def console(err: bool = False) -> Console:
    """A console that prints strings literally: `[x]` in a file's name or text is never taken as markup."""
    return _console_type()(stderr=err, highlight=False, soft_wrap=False, markup=False, emoji=False)


def styled(text: Any, style: str = "") -> Text:
    """Literal text with a style (the only way to style user text: never format it into markup)."""
    from rich.text import Text

    return Text("" if text is None else str(text), style=style)


def print_text(*parts: Any, style: str = "", err: bool = False) -> None:
    """Print text from anywhere (a user's file, a rubric) literally; parts may be str or `Text`, joined directly."""
    from rich.text import Text

    line = Text()
    for part in parts:
        line.append(part if isinstance(part, Text) else styled(part))
    if style:
        line.stylize(style)
    console(err=err).print(line, soft_wrap=True)  # a long path stays on one line, as click.echo would print it


def clip(text: str, limit: int = ECHO_MAX_CHARS) -> str:
    """User input echoed back: at most `limit` characters, saying how long it was when cut."""
    text = text.replace("\n", " ")
    if len(text) <= limit:
        return text
    return f"{text[:limit]}…（共 {len(text)} 字）"


def marked(snippet: str, open_mark: str, close_mark: str, terminal: bool, style: str = "bold yellow") -> Text:
    """A snippet whose hits sit between `open_mark`/`close_mark`: styled on a terminal, between 【】 when piped."""
    from rich.text import Text

    out = Text()
    rest = snippet
    while rest:
        start = rest.find(open_mark)
        if start < 0:
            out.append(rest)
            break
        end = rest.find(close_mark, start + len(open_mark))
        if end < 0:
            out.append(rest.replace(open_mark, ""))
            break
        out.append(rest[:start])
        hit = rest[start + len(open_mark):end]
        if terminal:
            out.append(hit, style=style)
        else:
            inner = hit.strip(HIT_OPEN_PIPED + HIT_CLOSE_PIPED)  # never 【【词】】 when the text holds 【词】 itself
            out.append(f"{HIT_OPEN_PIPED}{inner}{HIT_CLOSE_PIPED}")
        rest = rest[end + len(close_mark):]
    return out


def print_json(data: Any) -> None:
    click.echo(json.dumps(data, ensure_ascii=False, indent=2, default=str))


def _cell(value: Any) -> RenderableType:
    from rich.text import Text

    if isinstance(value, Text):
        return value
    return styled(value)


def table(title: str | Text | None, columns: list[str], rows: list[list[Any]], **column_opts: dict) -> Table:
    """A rich table of literal text (cells may be `Text` for style); rich measures CJK as two cells wide."""
    from rich.table import Table

    t = Table(title=_cell(title) if title is not None else None, show_lines=False, header_style="bold",
              title_justify="left")
    for name in columns:
        t.add_column(_cell(name), **{"overflow": "fold", **column_opts.get(name, {})})
    for row in rows:
        t.add_row(*[_cell(v) for v in row])
    return t
