"""Command: serve, the archive's local web page (and, behind passwords, the inspectors' on the office network)."""

from __future__ import annotations

import ipaddress
import os
import socket
import threading

import click

from archive.cli.base import _help_option, _workspace, cli
from archive.errors import PasswordInvalid, PasswordRequired, UsageError

LOOPBACK = "127.0.0.1"
LOOPBACK_NAMES = ("localhost",)
PASSWORD_ENV = "TAIZHANG_PASSWORD"
READ_ONLY_PASSWORD_ENV = "TAIZHANG_READ_ONLY_PASSWORD"
LISTEN_BACKLOG = 128


def is_loopback(host: str) -> bool:
    if host.lower() in LOOPBACK_NAMES:
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def _listen(host: str, port: int) -> socket.socket:
    """A socket bound to host:port and listening (OSError, with its reason, when the port is taken or the address
    is not this computer's)."""
    from werkzeug.serving import get_sockaddr, select_address_family

    family = select_address_family(host, port)
    sock = socket.socket(family, socket.SOCK_STREAM)
    try:
        if os.name != "nt":  # on Windows SO_REUSEADDR would let two servers share a port
            sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        sock.bind(get_sockaddr(host, port, family))
        sock.listen(LISTEN_BACKLOG)
    except OSError:
        sock.close()
        raise
    return sock


def _set_password(ctx: click.Context, read_only: bool) -> None:
    from archive.passwords import hash_password
    from archive.workspace import store_serve_password

    ws = _workspace(ctx)
    who = "考核组只读密码" if read_only else "写入密码（档案员）"
    password = click.prompt(f"请输入新的{who}", hide_input=True, confirmation_prompt="请再输入一次",
                            prompt_suffix="：")
    path = store_serve_password(ws, hash_password(password), read_only=read_only)
    click.echo(f"已保存{who}（只保存哈希值，不保存明文）：{path}")


@cli.command("serve")
@click.option("--port", type=click.IntRange(0, 65535), default=8000, help="端口（默认 8000）。")
@click.option("--host", default=LOOPBACK, help="监听地址（默认只允许本机访问：127.0.0.1）；其他地址须设密码。")
@click.option("--read-only", is_flag=True, help="只读模式（供考核组查看）：隐藏并拒绝一切修改。")
@click.option("--open", "open_browser", is_flag=True, help="启动后自动用浏览器打开页面。")
@click.option("--password", envvar=PASSWORD_ENV, help=f"本次运行的写入密码（也可用环境变量 {PASSWORD_ENV}）。")
@click.option("--read-only-password", envvar=READ_ONLY_PASSWORD_ENV,
              help=f"本次运行的考核组只读密码（也可用环境变量 {READ_ONLY_PASSWORD_ENV}）。")
@click.option("--set-password", "set_password", is_flag=True, help="设置写入密码，哈希后保存到 taizhang.toml，然后退出。")
@click.option("--set-read-only-password", "set_read_only_password", is_flag=True,
              help="设置考核组只读密码，哈希后保存到 taizhang.toml，然后退出。")
@_help_option
@click.pass_context
def serve_cmd(ctx: click.Context, port: int, host: str, read_only: bool, open_browser: bool, password: str | None,
              read_only_password: str | None, set_password: bool, set_read_only_password: bool) -> None:
    """打开台帐页面：评分项按状态着色、逐项查看佐证材料、全文检索；--open 同时打开浏览器。"""
    if set_password or set_read_only_password:
        if set_password:
            _set_password(ctx, read_only=False)
        if set_read_only_password:
            _set_password(ctx, read_only=True)
        return
    from werkzeug.serving import make_server

    from archive.passwords import hash_password
    from archive.web import create_app
    from archive.web.access_log import ChineseRequestHandler
    from archive.web.auth import Access, LoginThrottle
    from archive.workspace import serve_settings

    ws = _workspace(ctx)
    settings = serve_settings(ws.config, ws.config_path)
    access = Access(password_hash=hash_password(password) if password else settings.password_hash,
                    read_only_password_hash=(hash_password(read_only_password) if read_only_password
                                             else settings.read_only_password_hash),
                    session_minutes=settings.session_minutes,
                    throttle=LoginThrottle(settings.login_max_failures, settings.login_window_minutes,
                                           settings.login_lockout_minutes))
    if password and read_only_password and password == read_only_password:
        raise PasswordInvalid("写入密码和只读密码不能相同。", remedy="请给考核组另设一个只读密码。")
    if not is_loopback(host) and not (access.password_hash or (read_only and access.read_only_password_hash)):
        raise PasswordRequired(f"页面要在 {host} 上供其他电脑访问，但没有设置写入密码，任何人都可以修改档案，已拒绝启动。")
    app = create_app(ws, read_only=read_only, access=access)
    explicit_port = ctx.get_parameter_source("port") == click.core.ParameterSource.COMMANDLINE
    try:
        sock = _listen(host, port)
    except OSError as exc:
        if not open_browser or explicit_port:
            raise UsageError(f"无法在 {host}:{port} 上启动页面：{exc.strerror or exc}。",
                             remedy="该端口可能已被占用，请用 --port 换一个端口。") from exc
        sock = _listen(host, 0)  # --open for a person: any free port rather than an error
    try:  # werkzeug takes the listening socket as it is (its own bind would print in English and exit)
        server = make_server(host, sock.getsockname()[1], app, threaded=True,
                             request_handler=ChineseRequestHandler, fd=sock.fileno())
    finally:
        sock.close()  # the server holds its own duplicate of the descriptor
    shown = "localhost" if is_loopback(host) else host
    url = f"http://{shown}:{server.port}/"
    click.echo(f"台帐页面已启动：{url}" + ("（只读）" if read_only else ""))
    if not is_loopback(host):
        click.echo("注意：已允许其他电脑访问本页面（须输入密码），请只在可信的局域网中使用。")
    if access.required:
        click.echo("已启用密码登录" + ("（含考核组只读密码）" if access.read_only_password_hash else "") + "。")
    click.echo("按 Ctrl+C 停止。")
    if open_browser:  # the socket is listening since make_server returned: the browser's request waits in its queue
        import webbrowser

        local = url if is_loopback(host) else f"http://localhost:{server.port}/"
        threading.Thread(target=webbrowser.open, args=(local,), daemon=True).start()
    try:
        server.serve_forever()  # werkzeug's returns on Ctrl-C (it catches KeyboardInterrupt itself)
    except KeyboardInterrupt:
        pass
    finally:
        server.server_close()
    click.echo("页面已停止。")
