"""`taizhang serve --open`: the page starts on loopback and the browser is opened on it once the server listens.
The browser is a stand-in named by $BROWSER (Python's webbrowser honours it) that fetches the page it is given."""

from __future__ import annotations

import os
import stat
import subprocess
import sys
import time

import pytest
from conftest import REPO

pytest.importorskip("flask")
pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="the stand-in browser is a POSIX script")

WAIT_S = 120  # bounds a hang only; the test waits on conditions, nothing is timed

FAKE_BROWSER = """#!{python}
import sys, urllib.request
url = sys.argv[1]
with urllib.request.urlopen(url, timeout=60) as r:
    body = r.read().decode("utf-8")
with open({out!r}, "w", encoding="utf-8") as f:
    f.write(url + "\\n" + str(r.status) + "\\n" + body)
"""


def test_serve_open_starts_on_loopback_and_opens_the_page(tmp_path, cli_run):
    root = tmp_path / "档案"
    code, _, _ = cli_run("init", str(root), "--org", "幸福里社区党支部", "--year", "2025")
    assert code == 0
    seen = tmp_path / "browser-saw.txt"
    browser = tmp_path / "fake-browser"
    browser.write_text(FAKE_BROWSER.format(python=sys.executable, out=str(seen)), encoding="utf-8")
    browser.chmod(browser.stat().st_mode | stat.S_IXUSR)
    env = {**os.environ, "BROWSER": str(browser), "DISPLAY": ""}
    proc = subprocess.Popen([sys.executable, "-m", "archive", "--archive", str(root), "serve", "--open", "--port", "0"],
                            cwd=REPO, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                            encoding="utf-8")
    try:
        first = proc.stdout.readline()
        assert first.startswith("台帐页面已启动：http://localhost:"), first + proc.stderr.read()
        deadline = time.monotonic() + WAIT_S
        while not (seen.exists() and seen.stat().st_size) and proc.poll() is None and time.monotonic() < deadline:
            time.sleep(0.1)
        url, status, body = seen.read_text(encoding="utf-8").split("\n", 2)
        assert url == first.split("：", 1)[1].strip()
        assert status == "200" and "幸福里社区党支部" in body and "概览" in body
    finally:
        proc.terminate()
        proc.wait()


def test_serve_open_falls_back_to_a_free_port_when_8000_is_taken(tmp_path, cli_run, monkeypatch):
    """A second double-click on the .bat (or another program on 8000) must not end in an error for a person."""
    import socket

    root = tmp_path / "档案"
    cli_run("init", str(root), "--org", "幸福里社区党支部", "--year", "2025")
    blocker = socket.socket()
    try:
        blocker.bind(("127.0.0.1", 8000))
    except OSError:
        pass  # 8000 is taken already: just as good
    blocker.listen(1)
    seen = tmp_path / "browser-saw.txt"
    browser = tmp_path / "fake-browser"
    browser.write_text(FAKE_BROWSER.format(python=sys.executable, out=str(seen)), encoding="utf-8")
    browser.chmod(browser.stat().st_mode | stat.S_IXUSR)
    env = {**os.environ, "BROWSER": str(browser), "DISPLAY": ""}
    proc = subprocess.Popen([sys.executable, "-m", "archive", "--archive", str(root), "serve", "--open"],
                            cwd=REPO, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                            encoding="utf-8")
    try:
        first = proc.stdout.readline()
        assert first.startswith("台帐页面已启动：http://localhost:") and ":8000/" not in first, first
        deadline = time.monotonic() + WAIT_S
        while not (seen.exists() and seen.stat().st_size) and proc.poll() is None and time.monotonic() < deadline:
            time.sleep(0.1)
        assert seen.read_text(encoding="utf-8").split("\n")[1] == "200"
    finally:
        proc.terminate()
        proc.wait()
        blocker.close()


def test_serve_without_open_on_a_taken_port_says_so_in_chinese(tmp_path, cli_run):
    import socket

    root = tmp_path / "档案"
    cli_run("init", str(root), "--org", "幸福里社区党支部", "--year", "2025")
    with socket.socket() as blocker:
        blocker.bind(("127.0.0.1", 0))
        blocker.listen(1)
        port = blocker.getsockname()[1]
        code, _, err = cli_run("--archive", str(root), "serve", "--port", str(port))
    assert code == 2 and "该端口可能已被占用" in err


