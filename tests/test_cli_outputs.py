"""What a user meets writing outputs and stopping commands: Chinese errors with their exit codes where a traceback
showed (a path through a file, a read-only folder or file, a file another program holds open, Ctrl-C during ingest
and while waiting for another writer), Chinese report names, a missing extension added, the user's umask on what we
create, item ids as every output prints them (第18项), and the page's access log in plain Chinese."""

from __future__ import annotations

import errno
import json
import os
import re
import shutil
import signal
import socket
import stat
import subprocess
import sys
import time
import urllib.error
import urllib.request
from contextlib import contextmanager
from pathlib import Path

import docx
import pytest
from conftest import sample_archive

from archive.errors import EXIT_CANCELLED, EXIT_CANNOT_WRITE, EXIT_USAGE, OutputNotWritable, OutputPathInvalid
from archive.fsutil import output_error
from archive.workspace import init_workspace

TAIZHANG = [sys.executable, "-c", "from archive.cli import main; main()"]


@pytest.fixture(scope="module")
def archive(tmp_path_factory):
    """The sample evidence, ingested without OCR (a copy of the archive built once per test run)."""
    return sample_archive(tmp_path_factory, tmp_path_factory.mktemp("outputs") / "档案")


@pytest.fixture(scope="module")
def saved_status(archive, tmp_path_factory):
    """A saved `status --json`, so each report below renders without assessing again."""
    out = subprocess.run([*TAIZHANG, "--archive", str(archive), "status", "--json"], capture_output=True, check=True)
    path = tmp_path_factory.mktemp("status") / "评估.json"
    path.write_bytes(out.stdout)
    return path


def _no_traceback(*texts: str) -> None:
    for text in texts:
        assert "Traceback" not in text and "Error:" not in text, text


@contextmanager
def _unwritable(path: Path):
    """`path` (a file or folder) made unwritable even for root: read-only bits, else the immutable flag; skips where
    neither holds (a file system without chattr)."""
    path.chmod(0o555 if path.is_dir() else 0o444)
    immutable = False
    if os.access(path, os.W_OK):
        immutable = shutil.which("chattr") and subprocess.run(["chattr", "+i", str(path)], capture_output=True).returncode == 0
        if not immutable or os.access(path, os.W_OK):
            path.chmod(0o755 if path.is_dir() else 0o644)
            pytest.skip("cannot make a path read-only here (root without chattr)")
    try:
        yield
    finally:
        if immutable:
            subprocess.run(["chattr", "-i", str(path)], check=True)
        path.chmod(0o755 if path.is_dir() else 0o644)


# ------------------------------------------------------------------------------------------- outputs


def test_an_output_path_through_a_file_is_a_usage_error(archive, saved_status, tmp_path, cli_run):
    (tmp_path / "自评表.docx").write_bytes(b"not a folder")
    for args in (["report", "自评表", "-o", str(tmp_path / "自评表.docx" / "x.docx")],
                 ["binder", "-o", str(tmp_path / "自评表.docx" / "电子台帐.pdf"), "--item", "5"],
                 ["report", "all", "-o", str(tmp_path / "自评表.docx" / "报告")]):
        code, out, err = cli_run("--archive", str(archive), *args, "--status", str(saved_status))
        assert code == EXIT_USAGE, (args, err)
        assert f"「{tmp_path / '自评表.docx'}」是一个文件，不是文件夹" in err
        _no_traceback(out, err)
    code, _, err = cli_run("--archive", str(archive), "filings", "export", str(tmp_path / "自评表.docx" / "决定.csv"))
    assert code == EXIT_USAGE and "不是文件夹" in err
    code, _, err = cli_run("--archive", str(archive), "backup", str(tmp_path / "自评表.docx" / "备份"))
    assert code == EXIT_USAGE and "不是文件夹" in err


def test_a_read_only_folder_says_so_with_exit_7(archive, saved_status, tmp_path, cli_run):
    folder = tmp_path / "只读"
    folder.mkdir()
    with _unwritable(folder):
        code, out, err = cli_run("--archive", str(archive), "report", "自评表", "-o", str(folder / "自评表.docx"),
                                 "--status", str(saved_status))
        assert code == EXIT_CANNOT_WRITE == 7
        assert f"文件夹 {folder} 是只读的" in err and "提示：" in err
        _no_traceback(out, err)
        code, _, err = cli_run("--archive", str(archive), "backup", str(folder / "备份"))
        assert code == EXIT_CANNOT_WRITE and "只读" in err


def test_a_read_only_file_says_so_with_exit_7(archive, saved_status, tmp_path, cli_run):
    target = tmp_path / "自评表.docx"
    target.write_bytes(b"old")
    with _unwritable(target):
        code, out, err = cli_run("--archive", str(archive), "report", "self-assessment", "-o", str(target), "--force",
                                 "--status", str(saved_status))
        assert code == EXIT_CANNOT_WRITE
        assert f"文件 {target} 是只读的，无法覆盖" in err
        _no_traceback(out, err)
        assert target.read_bytes() == b"old"


def test_a_file_another_program_holds_open_is_named_so():
    """Windows refuses to replace a file WPS or Word has open (a sharing violation, PermissionError) though the file
    and its folder are writable: that is the error this situation becomes."""
    here = Path(__file__)
    exc = output_error(here, PermissionError(errno.EACCES, "另一个程序正在使用此文件，进程无法访问。"))
    assert isinstance(exc, OutputNotWritable) and exc.exit_code == EXIT_CANNOT_WRITE
    assert exc.message == f"文件 {here} 正被其他程序打开（如 WPS、Word），请关闭后重试。"
    full = output_error(here, OSError(errno.ENOSPC, "No space left on device"))
    assert isinstance(full, OutputNotWritable) and "磁盘空间不足" in full.message
    assert isinstance(output_error(here / "x.docx", FileExistsError(errno.EEXIST, "File exists")), OutputPathInvalid)


def test_the_readme_lists_every_exit_code():
    from archive import errors

    readme = (Path(__file__).resolve().parent.parent / "README.md").read_text(encoding="utf-8")
    table = readme.split("### 退出码", 1)[1].split("###", 1)[0]
    listed = {int(n) for n in re.findall(r"^\| (\d+) \|", table, flags=re.M)}
    codes = {v for k, v in vars(errors).items() if k.startswith("EXIT_")}
    assert listed == codes


# ------------------------------------------------------------------------------------------- small ones


@pytest.mark.parametrize("name, kind", [("自评表", "self-assessment"), ("台帐目录", "catalog"),
                                        ("缺失材料清单", "gaps"), ("整改方案", "rectification")])
def test_reports_by_their_chinese_names_and_a_missing_extension_added(archive, saved_status, tmp_path, cli_run,
                                                                      name, kind):
    code, out, err = cli_run("--archive", str(archive), "report", name, "-o", str(tmp_path / "清单"),
                             "--status", str(saved_status), "--json")
    assert code == 0, err
    written = Path(json.loads(out)["written"][0])
    assert written == tmp_path / "清单.docx" and not (tmp_path / "清单").exists()
    assert docx.Document(str(written)).core_properties.title == kind  # the template of that report


def test_report_all_by_its_chinese_name_and_an_unknown_name_lists_both(archive, saved_status, tmp_path, cli_run):
    code, _, err = cli_run("--archive", str(archive), "report", "全部", "-o", str(tmp_path / "报告"),
                           "--status", str(saved_status))
    assert code == 0, err
    assert sorted(p.name for p in (tmp_path / "报告").iterdir()) == ["台帐目录.docx", "整改方案.docx", "缺失材料清单.docx",
                                                                   "自评表.docx"]
    code, _, err = cli_run("--archive", str(archive), "report", "考核表", "-o", str(tmp_path / "x.docx"))
    assert code == EXIT_USAGE and "没有名为「考核表」的报告" in err and "自评表（self-assessment）" in err


def test_binder_without_an_extension_writes_a_pdf(archive, saved_status, tmp_path, cli_run):
    code, out, err = cli_run("--archive", str(archive), "binder", "-o", str(tmp_path / "电子台帐"), "--item", "第18项",
                             "--status", str(saved_status), "--json")
    assert code == 0, err
    assert (tmp_path / "电子台帐.pdf").read_bytes()[:5] == b"%PDF-"


@pytest.mark.skipif(os.name == "nt", reason="POSIX permission bits")
def test_outputs_get_the_users_umask_and_a_replaced_file_keeps_its_mode(archive, saved_status, tmp_path, cli_run):
    old = os.umask(0o022)
    try:
        assert cli_run("--archive", str(archive), "report", "gaps", "-o", str(tmp_path / "清单.docx"),
                       "--status", str(saved_status))[0] == 0
        assert cli_run("--archive", str(archive), "filings", "export", str(tmp_path / "决定.csv"))[0] == 0
        assert stat.S_IMODE((tmp_path / "清单.docx").stat().st_mode) == 0o644
        assert stat.S_IMODE((tmp_path / "决定.csv").stat().st_mode) == 0o644
        (tmp_path / "清单.docx").chmod(0o640)
        assert cli_run("--archive", str(archive), "report", "gaps", "-o", str(tmp_path / "清单.docx"), "--force",
                       "--status", str(saved_status))[0] == 0
        assert stat.S_IMODE((tmp_path / "清单.docx").stat().st_mode) == 0o640
    finally:
        os.umask(old)


def test_item_ids_as_every_output_prints_them(archive, cli_run):
    code, out, _ = cli_run("--archive", str(archive), "status", "--item", "18", "--json")
    assert code == 0
    plain = json.loads(out)
    for typed in ("第18项", "18项", "第 18 项", "１８", "第十八项"):
        code, out, err = cli_run("--archive", str(archive), "status", "--item", typed, "--json")
        assert code == 0, (typed, err)
        assert json.loads(out)["id"] == plain["id"] == "18"
    for command in (["list"], ["search", "联席会议"]):
        code, out, err = cli_run("--archive", str(archive), *command, "--item", "第18项", "--json")
        assert code == 0, err
        assert json.loads(out) == json.loads(cli_run("--archive", str(archive), *command, "--item", "18", "--json")[1])
    code, _, err = cli_run("--archive", str(archive), "status", "--item", "第99项")
    assert code == EXIT_USAGE and "「99」" in err


def test_the_page_takes_an_item_id_as_printed(archive):
    pytest.importorskip("flask")
    from archive.web import create_app
    from archive.workspace import open_workspace

    client = create_app(open_workspace(archive)).test_client()
    answer = client.get("/item/第18项")
    assert answer.status_code == 302 and answer.headers["Location"].endswith("/item/18")
    assert client.get("/item/第99项").status_code == 404


def test_file_unfile_and_override_take_item_ids_as_printed(tmp_path, tmp_path_factory, cli_run):
    root = sample_archive(tmp_path_factory, tmp_path / "档案")
    path = "2025年党建资料/三会一课/党员大会/2025年第二季度党员大会记录.docx"
    code, out, err = cli_run("--archive", str(root), "file", path, "--item", "第18项", "--item", "20项", "--json")
    assert code == 0, err
    assert sorted(r["item"] for r in json.loads(out)) == ["18", "20"]
    code, out, err = cli_run("--archive", str(root), "unfile", path, "--item", "第20项")
    assert code == 0 and "第20项" in out, err
    code, out, err = cli_run("--archive", str(root), "override", "第7项", "--status", "已达标", "--note", "谈话了解", "--json")
    assert code == 0, err
    assert json.loads(out)["item"] == "7"
    code, out, _ = cli_run("--archive", str(root), "status", "--item", "7", "--json")
    assert json.loads(out)["override"]["note"] == "谈话了解"


# ------------------------------------------------------------------------------------------- Ctrl-C


def _interrupt(proc: subprocess.Popen) -> tuple[int, str, str]:
    os.killpg(proc.pid, signal.SIGINT)  # as a terminal sends Ctrl-C: to every process of the group
    out, err = proc.communicate(timeout=120)
    return proc.returncode, out.decode("utf-8", "replace"), err.decode("utf-8", "replace")


def _catalogued(root: Path, suffix: str) -> bool:
    import sqlite3

    try:
        conn = sqlite3.connect(f"{(root / '.taizhang' / 'catalog.sqlite').as_uri()}?mode=ro", uri=True, timeout=5)
        try:
            return conn.execute("SELECT count(*) FROM evidence WHERE path LIKE ?", (f"%{suffix}",)).fetchone()[0] > 0
        finally:
            conn.close()
    except sqlite3.Error:
        return False


@pytest.mark.slow
@pytest.mark.skipif(not hasattr(os, "killpg"), reason="POSIX process groups")
def test_ctrl_c_during_ingest_ends_quietly_with_yiquxiao(tmp_path):
    """Ctrl-C while one worker reads a photo (OCR) and the other waits for work ends with 已取消 and exit 130, and
    no process prints a KeyboardInterrupt traceback (before, a waiting worker printed "Process ForkServerProcess-2 …
    KeyboardInterrupt")."""
    from PIL import Image, ImageDraw

    root = tmp_path / "档案"
    root.mkdir()
    im = Image.new("RGB", (2000, 1500), "white")
    draw = ImageDraw.Draw(im)
    for line in range(40):
        draw.text((40, 30 + line * 36), "branch meeting minutes attendance " * 5, fill="black")
    im.save(root / "会议照片.png")
    (root / "说明.txt").write_text("2025年3月2日 党员大会通知", encoding="utf-8")
    init_workspace(root, "seed000", "测试社区", 2025)
    proc = subprocess.Popen([*TAIZHANG, "--archive", str(root), "ingest", "--jobs", "2"], stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, start_new_session=True)
    thumbs = root / ".taizhang" / "thumbs"
    # one worker is reading the photo (its thumbnail is written before OCR), the other has read the text and waits
    while proc.poll() is None and not (any(thumbs.glob("*.jpg")) and _catalogued(root, ".txt")):
        time.sleep(0.02)
    assert proc.poll() is None, "ingest finished before it could be interrupted"
    code, out, err = _interrupt(proc)
    assert code == EXIT_CANCELLED == 130
    assert err.strip() == "已取消。"
    _no_traceback(out, err)
    assert "KeyboardInterrupt" not in err


@pytest.mark.skipif(not hasattr(os, "killpg"), reason="POSIX process groups")
def test_ctrl_c_while_waiting_for_another_writer_ends_with_yiquxiao(tmp_path):
    from archive.locking import writer_lock
    from archive.workspace import open_workspace

    root = tmp_path / "档案"
    init_workspace(root, "seed000", "测试社区", 2025)
    with writer_lock(open_workspace(root), command="ingest"):
        proc = subprocess.Popen([*TAIZHANG, "--archive", str(root), "override", "7", "--status", "covered",
                                 "--note", "谈话了解"], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                                start_new_session=True)
        waited = b""
        while proc.poll() is None and "正在等待".encode() not in waited:  # it says it waits, then we press Ctrl-C
            waited += os.read(proc.stderr.fileno(), 4096)
        code, out, err = _interrupt(proc)
    err = waited.decode("utf-8", "replace") + err
    assert code == EXIT_CANCELLED
    assert err.rstrip().endswith("已取消。")
    _no_traceback(out, err)


# ------------------------------------------------------------------------------------------- serve


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def test_serve_logs_each_request_in_plain_chinese(archive):
    port = _free_port()
    proc = subprocess.Popen([*TAIZHANG, "--archive", str(archive), "serve", "--port", str(port)],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, start_new_session=True)
    try:
        started = b""
        while proc.poll() is None and "台帐页面已启动".encode() not in started:
            started += os.read(proc.stdout.fileno(), 4096)
        with urllib.request.urlopen(f"http://127.0.0.1:{port}/", timeout=60) as answer:
            assert answer.status == 200
        with pytest.raises(urllib.error.HTTPError):
            urllib.request.urlopen(f"http://127.0.0.1:{port}/nosuch", timeout=60)
    finally:
        code, out, err = _interrupt(proc)
    assert "页面已停止" in out
    lines = [line for line in err.splitlines() if line.strip()]
    assert any(re.fullmatch(r"\d{4}-\d\d-\d\d \d\d:\d\d:\d\d 127\.0\.0\.1 查看 / → 200 成功", line) for line in lines), lines
    assert any("→ 404 未找到" in line for line in lines), lines
    assert "\x1b[" not in err and "HTTP/1.1" not in err and "GET" not in err
