"""Command: serve, the inspector's local web page."""

from __future__ import annotations

import threading

import click

from archive.cli.base import _help_option, _workspace, cli
from archive.errors import UsageError

LOOPBACK = "127.0.0.1"


@cli.command("serve")
@click.option("--port", type=click.IntRange(1, 65535), default=8000, help="端口（默认 8000）。")
@click.option("--host", default=LOOPBACK, help="监听地址（默认只允许本机访问：127.0.0.1）。")
@click.option("--read-only", is_flag=True, help="只读模式（供考核组查看）：隐藏并拒绝一切修改。")
@click.option("--open", "open_browser", is_flag=True, help="启动后自动打开浏览器。")
@_help_option
@click.pass_context
def serve_cmd(ctx: click.Context, port: int, host: str, read_only: bool, open_browser: bool) -> None:
    """在本机打开台帐查看页面：评分项按状态着色、逐项查看佐证材料、全文检索。"""
    from werkzeug.serving import make_server

    from archive.web import create_app
    from archive.web.access_log import ChineseRequestHandler

    ws = _workspace(ctx)
    app = create_app(ws, read_only=read_only)
    try:
        server = make_server(host, port, app, threaded=True, request_handler=ChineseRequestHandler)
    except OSError as exc:
        raise UsageError(f"无法在 {host}:{port} 上启动页面：{exc.strerror or exc}。",
                         remedy="该端口可能已被占用，请用 --port 换一个端口。") from exc
    url = f"http://{'localhost' if host in (LOOPBACK, 'localhost') else host}:{server.server_port}/"
    click.echo(f"台帐页面已启动：{url}" + ("（只读）" if read_only else ""))
    if host not in (LOOPBACK, "localhost", "::1"):
        click.echo("注意：已允许其他电脑访问本页面，请只在可信的局域网中使用。")
    click.echo("按 Ctrl+C 停止。")
    if open_browser:
        import webbrowser

        threading.Timer(0.5, webbrowser.open, (url,)).start()
    try:
        server.serve_forever()  # werkzeug's returns on Ctrl-C (it catches KeyboardInterrupt itself)
    except KeyboardInterrupt:
        pass
    finally:
        server.server_close()
    click.echo("页面已停止。")
