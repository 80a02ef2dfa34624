"""Guessing the password from the network: after LOGIN_MAX_FAILURES wrong passwords from one address within the
window, that address may not try again for a while (told so in Chinese, HTTP 429), the right password included;
the login form and HTTP Basic count alike; other addresses are not affected; a right password clears the count; the
limits are [serve] keys of taizhang.toml. Time is the test's clock: nothing sleeps."""

from __future__ import annotations

import re

import pytest
from conftest import sample_archive

pytest.importorskip("flask")

WRITER = "档案员的密码123"
HERE = {"REMOTE_ADDR": "192.168.1.20"}
ELSEWHERE = {"REMOTE_ADDR": "192.168.1.30"}


@pytest.fixture(scope="module")
def root(tmp_path_factory):
    return sample_archive(tmp_path_factory, tmp_path_factory.mktemp("login-limit") / "档案")


@pytest.fixture(scope="module")
def writer_hash():
    from archive.passwords import hash_password

    return hash_password(WRITER)


class Clock:
    def __init__(self):
        self.now = 1_000_000.0

    def __call__(self) -> float:
        return self.now


def _client(root, writer_hash, clock, environ=HERE, **limits):
    from archive.web import create_app
    from archive.web.auth import Access, LoginThrottle
    from archive.workspace import open_workspace

    access = Access(password_hash=writer_hash, clock=clock, throttle=LoginThrottle(**limits))
    app = create_app(open_workspace(root), access=access)
    app.config["TESTING"] = True
    client = app.test_client()
    client.environ_base.update(environ)
    return client, app


def _login(client, password: str):
    token = re.search(r'name="csrf_token" value="([^"]+)"', client.get("/login").get_data(as_text=True)).group(1)
    return client.post("/login", data={"csrf_token": token, "password": password, "next": "/"})


def test_after_too_many_wrong_passwords_the_address_waits_even_with_the_right_one(root, writer_hash):
    from archive.workspace import LOGIN_LOCKOUT_MINUTES, LOGIN_MAX_FAILURES

    clock = Clock()
    client, _ = _client(root, writer_hash, clock)
    for _ in range(LOGIN_MAX_FAILURES - 1):
        response = _login(client, "guess")
        assert response.status_code == 401 and "密码不正确" in response.get_data(as_text=True)
    response = _login(client, "guess")
    page = response.get_data(as_text=True)
    assert response.status_code == 429
    assert f"密码输错次数过多（10 分钟内 {LOGIN_MAX_FAILURES} 次），这台电脑暂时不能登录，请 {LOGIN_LOCKOUT_MINUTES} 分钟后再试。" in page
    clock.now += 60
    refused = _login(client, WRITER)  # the right password waits too: a guess that happens to be right tells nothing
    assert refused.status_code == 429 and f"请 {LOGIN_LOCKOUT_MINUTES - 1} 分钟后再试" in refused.get_data(as_text=True)
    assert client.get("/").status_code == 302
    clock.now += LOGIN_LOCKOUT_MINUTES * 60
    assert _login(client, WRITER).status_code == 303
    assert client.get("/").status_code == 200


def test_other_addresses_may_still_log_in(root, writer_hash):
    clock = Clock()
    client, app = _client(root, writer_hash, clock, max_failures=2)
    for _ in range(2):
        _login(client, "guess")
    assert _login(client, WRITER).status_code == 429
    other = app.test_client()
    other.environ_base.update(ELSEWHERE)
    assert _login(other, WRITER).status_code == 303


def test_mistakes_spread_beyond_the_window_do_not_add_up_and_a_right_password_clears_them(root, writer_hash):
    clock = Clock()
    client, _ = _client(root, writer_hash, clock, max_failures=3, window_minutes=10)
    for _ in range(5):  # one mistake every six minutes: never three within ten
        assert _login(client, "guess").status_code == 401
        clock.now += 6 * 60
    clock.now += 10 * 60
    _login(client, "guess")
    _login(client, "guess")
    assert _login(client, WRITER).status_code == 303  # two mistakes, then the right one: the count starts again
    client.post("/logout", data={"csrf_token": re.search(r'name="csrf_token" value="([^"]+)"', client.get("/").get_data(
        as_text=True)).group(1)})
    assert _login(client, "guess").status_code == 401
    assert _login(client, "guess").status_code == 401
    assert _login(client, "guess").status_code == 429


def test_passwords_sent_by_a_program_count_too(root, writer_hash):
    from werkzeug.datastructures import Authorization

    clock = Clock()
    client, _ = _client(root, writer_hash, clock, max_failures=2)
    wrong = Authorization("basic", {"username": "", "password": "guess"})
    right = Authorization("basic", {"username": "", "password": WRITER})
    assert client.get("/api/status", auth=wrong).status_code == 401
    response = client.get("/api/status", auth=wrong)
    assert response.status_code == 429 and "密码输错次数过多" in response.get_json()["error"]
    assert client.get("/api/status", auth=right).status_code == 429
    assert _login(client, WRITER).status_code == 429  # the form and the header share the count
    clock.now += 16 * 60
    assert client.get("/api/status", auth=right).status_code == 200


def test_the_limits_are_serve_keys_of_taizhang_toml(tmp_path):
    from archive.errors import ConfigError
    from archive.workspace import LOGIN_MAX_FAILURES, init_workspace, open_workspace, serve_settings

    root = init_workspace(tmp_path / "档案", rubric="seed000", org="幸福里社区党支部", year=2025).root
    settings = serve_settings(open_workspace(root).config)
    assert (settings.login_max_failures, settings.login_window_minutes, settings.login_lockout_minutes) == (
        LOGIN_MAX_FAILURES, 10, 15)
    config = root / "taizhang.toml"
    text = config.read_text(encoding="utf-8")
    config.write_text(text + "\n[serve]\nlogin_max_failures = 3\nlogin_window_minutes = 5\nlogin_lockout_minutes = 60\n",
                      encoding="utf-8")
    settings = serve_settings(open_workspace(root).config)
    assert (settings.login_max_failures, settings.login_window_minutes, settings.login_lockout_minutes) == (3, 5, 60)
    config.write_text(text + "\n[serve]\nlogin_max_failures = 0\n", encoding="utf-8")
    with pytest.raises(ConfigError, match="login_max_failures 必须是正整数"):
        serve_settings(open_workspace(root).config)
