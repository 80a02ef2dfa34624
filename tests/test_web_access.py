"""The page behind passwords: the writer's login may change things, the inspectors' read-only login may only read,
every write needs the CSRF token, logins expire; `serve --host` on the network refuses to start without a password;
passwords are stored hashed."""

from __future__ import annotations

import re
import subprocess
import sys
import urllib.error
import urllib.request

import pytest
from conftest import REPO, sample_archive

pytest.importorskip("flask")

WRITER = "档案员的密码123"
READER = "inspect-2025"


@pytest.fixture(scope="module")
def root(tmp_path_factory):
    return sample_archive(tmp_path_factory, tmp_path_factory.mktemp("access") / "档案")


@pytest.fixture(scope="module")
def hashes():
    from archive.passwords import hash_password

    return hash_password(WRITER), hash_password(READER)


class Clock:
    def __init__(self):
        self.now = 1_000_000.0

    def __call__(self) -> float:
        return self.now


def _app(root, hashes, read_only=False, clock=None, minutes=30):
    from archive.web import create_app
    from archive.web.auth import Access
    from archive.workspace import open_workspace

    access = Access(password_hash=hashes[0], read_only_password_hash=hashes[1], session_minutes=minutes,
                    clock=clock or Clock())
    app = create_app(open_workspace(root), read_only=read_only, access=access)
    app.config["TESTING"] = True
    return app


def _token(html: str) -> str:
    return re.search(r'name="csrf_token" value="([^"]+)"', html).group(1)


def _login(client, password: str):
    token = _token(client.get("/login").get_data(as_text=True))
    return client.post("/login", data={"csrf_token": token, "password": password, "next": "/"})


def _filings(root) -> set[tuple[str, str]]:
    from archive.catalog import connect

    conn = connect(root / ".taizhang" / "catalog.sqlite")
    try:
        return {(r[0], r[1]) for r in conn.execute(
            "SELECT e.path, f.item_id FROM filings f JOIN evidence e ON e.id = f.evidence_id")}
    finally:
        conn.close()


def _unfiled_path(root) -> str:
    from archive.catalog import connect

    conn = connect(root / ".taizhang" / "catalog.sqlite")
    try:
        return conn.execute("SELECT path FROM evidence WHERE gone = 0 AND error IS NULL AND duplicate_of IS NULL "
                            "AND id NOT IN (SELECT evidence_id FROM filings) ORDER BY path").fetchone()[0]
    finally:
        conn.close()


def test_every_page_needs_a_login(root, hashes):
    client = _app(root, hashes).test_client()
    for url in ("/", "/rubric", "/item/1", "/search?q=党费", "/original/taizhang.toml"):
        response = client.get(url)
        assert response.status_code == 302 and "/login" in response.headers["Location"], url
    page = client.get("/login").get_data(as_text=True)
    assert 'type="password"' in page and "登录" in page
    assert client.get("/static/style.css").status_code == 200


def test_a_wrong_password_is_refused(root, hashes):
    client = _app(root, hashes).test_client()
    response = _login(client, "not-the-password")
    assert response.status_code == 401 and "密码不正确" in response.get_data(as_text=True)
    assert client.get("/").status_code == 302


def test_the_inspectors_read_everything_and_change_nothing(root, hashes):
    client = _app(root, hashes).test_client()
    assert _login(client, READER).status_code == 303
    overview = client.get("/").get_data(as_text=True)
    assert "考核组（只读）" in overview and "只读" in overview
    path = _unfiled_path(root)
    eid = re.search(r"/evidence/(\d+)", client.get("/search?q=党费").get_data(as_text=True)).group(1)
    page = client.get(f"/evidence/{eid}").get_data(as_text=True)
    assert 'id="file-form"' not in page and "接受" not in page
    token = _token(page)  # the logout form's token: a valid token of this session
    before = _filings(root)
    for action in ("file", "unfile", "accept", "reject", "override", "clear-override"):
        response = client.post(f"/action/{action}", data={"csrf_token": token, "path": path, "item": "2",
                                                            "status": "covered", "note": "x"})
        assert response.status_code == 403, action
        assert "只读密码只能查看" in response.get_data(as_text=True)
    assert _filings(root) == before


def test_the_writer_files_with_the_token_and_not_without(root, hashes):
    client = _app(root, hashes).test_client()
    assert _login(client, WRITER).status_code == 303
    path = _unfiled_path(root)
    refused = client.post("/action/file", data={"path": path, "item": "2"})
    assert refused.status_code == 403 and "防伪令牌" in refused.get_data(as_text=True)
    assert (path, "2") not in _filings(root)
    token = _token(client.get("/").get_data(as_text=True))
    done = client.post("/action/file", data={"csrf_token": token, "path": path, "item": "2", "next": "/item/2"})
    assert done.status_code == 303
    assert (path, "2") in _filings(root)
    assert client.post("/action/unfile", data={"csrf_token": token, "path": path, "item": "2"}).status_code == 303
    assert (path, "2") not in _filings(root)


def test_a_token_from_before_the_login_is_worthless_after_it(root, hashes):
    client = _app(root, hashes).test_client()
    old = _token(client.get("/login").get_data(as_text=True))
    _login(client, WRITER)
    response = client.post("/action/file", data={"csrf_token": old, "path": _unfiled_path(root), "item": "2"})
    assert response.status_code == 403


def test_a_login_expires(root, hashes):
    clock = Clock()
    client = _app(root, hashes, clock=clock, minutes=30).test_client()
    _login(client, WRITER)
    clock.now += 29 * 60
    assert client.get("/").status_code == 200
    clock.now += 2 * 60
    response = client.get("/")
    assert response.status_code == 302 and "expired=1" in response.headers["Location"]
    assert "登录已过期" in client.get(response.headers["Location"]).get_data(as_text=True)
    assert client.get("/").status_code == 302  # the expired session is gone, not revived


def test_the_read_only_mode_refuses_even_the_writer(root, hashes):
    client = _app(root, hashes, read_only=True).test_client()
    _login(client, WRITER)
    token = _token(client.get("/").get_data(as_text=True))
    response = client.post("/action/file", data={"csrf_token": token, "path": _unfiled_path(root), "item": "2"})
    assert response.status_code == 403 and "只读模式" in response.get_data(as_text=True)


def test_logout_ends_the_session(root, hashes):
    client = _app(root, hashes).test_client()
    _login(client, READER)
    token = _token(client.get("/").get_data(as_text=True))
    assert client.post("/logout", data={"csrf_token": token}).status_code == 303
    assert client.get("/").status_code == 302


def test_passwords_are_stored_hashed_and_checked():
    from archive.passwords import check_password, hash_password

    stored = hash_password(WRITER)
    assert WRITER not in stored and stored.startswith("scrypt$")
    assert hash_password(WRITER) != stored  # salted
    assert check_password(stored, WRITER) and not check_password(stored, WRITER + "x")
    assert not check_password("plain-text", "plain-text")


def test_serve_on_the_network_refuses_to_start_without_a_password(tmp_path, cli_run):
    from archive.errors import EXIT_USAGE

    code, _, _ = cli_run("init", str(tmp_path / "档案"), "--org", "幸福里社区党支部", "--year", "2025")
    assert code == 0
    code, out, err = cli_run("--archive", str(tmp_path / "档案"), "serve", "--host", "0.0.0.0", "--port", "0")
    assert code == EXIT_USAGE
    assert "没有设置写入密码" in err and "taizhang serve --set-password" in err
    # --read-only with only the inspectors' password is not enough outside --read-only
    code, _, err = cli_run("--archive", str(tmp_path / "档案"), "serve", "--host", "0.0.0.0", "--port", "0",
                           "--read-only-password", READER)
    assert code == EXIT_USAGE and "没有设置写入密码" in err


def test_a_short_password_is_refused(tmp_path, cli_run):
    cli_run("init", str(tmp_path / "档案"), "--org", "幸福里社区党支部", "--year", "2025")
    code, _, err = cli_run("--archive", str(tmp_path / "档案"), "serve", "--set-password", input="abc\nabc\n")
    assert code == 2 and "密码至少" in err


def test_a_plain_text_password_in_the_toml_is_refused(tmp_path, cli_run):
    root = tmp_path / "档案"
    cli_run("init", str(root), "--org", "幸福里社区党支部", "--year", "2025")
    with (root / "taizhang.toml").open("a", encoding="utf-8") as f:
        f.write('\n[serve]\npassword_hash = "123456"\n')
    code, _, err = cli_run("--archive", str(root), "serve", "--host", "0.0.0.0", "--port", "0")
    assert code == 5 and "密码不能以明文写在配置文件中" in err


def test_set_password_then_serve_on_the_network_asks_for_it(tmp_path, cli_run):
    root = tmp_path / "档案"
    cli_run("init", str(root), "--org", "幸福里社区党支部", "--year", "2025")
    code, out, _ = cli_run("--archive", str(root), "serve", "--set-password", input=f"{WRITER}\n{WRITER}\n")
    assert code == 0 and "只保存哈希值" in out
    toml = (root / "taizhang.toml").read_text(encoding="utf-8")
    assert WRITER not in toml and 'password_hash = "scrypt$' in toml
    proc = subprocess.Popen([sys.executable, "-m", "archive", "--archive", str(root), "serve", "--host", "0.0.0.0",
                             "--port", "0"], cwd=REPO, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                            encoding="utf-8")
    try:
        line = proc.stdout.readline()  # blocks until the server printed its address (it is listening by then)
        port = re.search(r":(\d+)/", line).group(1)
        with urllib.request.urlopen(f"http://127.0.0.1:{port}/") as response:  # follows the redirect
            assert "/login" in response.url
            assert 'type="password"' in response.read().decode("utf-8")
        with pytest.raises(urllib.error.HTTPError) as refused:
            urllib.request.urlopen(urllib.request.Request(f"http://127.0.0.1:{port}/action/file", data=b"path=x&item=2"))
        assert refused.value.code == 401
    finally:
        proc.terminate()
        proc.wait()


def test_a_request_between_the_login_form_and_its_post_keeps_the_form_valid(root, hashes):
    """Browsers fetch /favicon.ico (redirected to the login) while the form is open: its token must stay good."""
    client = _app(root, hashes).test_client()
    token = _token(client.get("/login").get_data(as_text=True))
    assert client.get("/favicon.ico").status_code == 302
    response = client.post("/login", data={"csrf_token": token, "password": READER, "next": "/"})
    assert response.status_code == 303
