"""The page's access log in Chinese, one line a request ("10:02:03 127.0.0.1 查看 /item/18 → 200 成功"), coloured only
on a terminal: werkzeug's own is English and always carries ANSI colour codes, which a log file or a Windows console
shows as ←[33m."""

from __future__ import annotations

import sys
import time

import click
from werkzeug.serving import WSGIRequestHandler

METHODS = {"GET": "查看", "HEAD": "查看", "POST": "提交"}
STATUS_WORDS = {200: "成功", 206: "部分内容", 301: "转到", 302: "转到", 303: "转到", 304: "未改变", 400: "请求有误",
                403: "禁止", 404: "未找到", 405: "不允许的操作", 413: "内容过大", 429: "尝试过多", 500: "出错", 503: "档案正忙"}
STATUS_COLOURS = {"3": "cyan", "4": "yellow", "5": "red"}


def status_text(code: int | str) -> str:
    try:
        number = int(code)
    except (TypeError, ValueError):
        return str(code)
    return f"{number} {STATUS_WORDS.get(number, '')}".strip()


class ChineseRequestHandler(WSGIRequestHandler):
    """werkzeug's request handler with its log lines in Chinese and plain unless stderr is a terminal."""

    def _write(self, text: str, colour: str | None = None) -> None:
        stream = sys.stderr
        line = f"{time.strftime('%Y-%m-%d %H:%M:%S')} {self.address_string()} {text}"
        if colour and stream.isatty():
            line = click.style(line, fg=colour)
        click.echo(line, file=stream)

    def log_request(self, code: int | str = "-", size: int | str = "-") -> None:
        path = getattr(self, "path", "") or ""
        method = METHODS.get(getattr(self, "command", "") or "", getattr(self, "command", "") or "请求")
        text = f"{method} {path.translate(self._control_char_table)} → {status_text(code)}"
        self._write(text, STATUS_COLOURS.get(str(code)[:1]))

    def log_error(self, format: str, *args) -> None:  # noqa: A002 - the name BaseHTTPRequestHandler uses
        self._write("请求出错：" + (format % args if args else format), "red")

    def log_message(self, format: str, *args) -> None:  # noqa: A002
        self._write(format % args if args else format)
