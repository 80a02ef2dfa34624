"""The JSON API through Flask's test client: /api/status, /api/evidence (saved, never overwriting, never leaving the
archive, limits, read at once), the reports and the binder, and the CSRF / X-Taizhang rule for every write."""

from __future__ import annotations

import io
import json
import re

import pytest
from conftest import sample_archive

pytest.importorskip("flask")

MINUTES = "2025年3月15日 支部委员会会议记录\n主持人：王书记\n议题：学习贯彻党的二十大精神，研究发展党员工作。\n"
ERROR_KEYS = {"error", "remedy"}
API = {"X-Taizhang": "1"}


@pytest.fixture(scope="module")
def root(tmp_path_factory):
    base = tmp_path_factory.mktemp("api")
    (base / "outside.txt").write_text("outside", encoding="utf-8")
    return sample_archive(tmp_path_factory, base / "档案")


def _app(root, read_only=False, access=None, max_bytes=None):
    from archive.web import create_app
    from archive.workspace import open_workspace

    ws = open_workspace(root)
    if max_bytes is not None:
        ws.config.limits.max_file_bytes = max_bytes
    app = create_app(ws, read_only=read_only, access=access)
    app.config["TESTING"] = True
    return app


def _upload(client, name: str, data: bytes, headers=API, **fields):
    return client.post("/api/evidence", headers=headers,
                       data={"file": (io.BytesIO(data), name), **fields}, content_type="multipart/form-data")


def _files(root) -> set[str]:
    return {p.relative_to(root).as_posix() for p in root.rglob("*") if p.is_file() and ".taizhang" not in p.parts}


def test_status_is_the_status_json_document(root, cli_run):
    response = _app(root).test_client().get("/api/status")
    assert response.status_code == 200 and response.mimetype == "application/json"
    code, out, _ = cli_run("--archive", str(root), "status", "--json")
    assert code == 0
    assert response.get_json() == json.loads(out)


def test_an_upload_is_saved_read_and_answered_with_its_kind_date_and_suggestions(root):
    client = _app(root).test_client()
    response = _upload(client, "支委会记录.txt", MINUTES.encode("utf-8"), folder="上传/支委会")
    assert response.status_code == 201, response.get_data(as_text=True)
    body = response.get_json()
    assert set(body) == {"path", "kind", "date", "items", "suggestions"}
    assert body["path"] == "上传/支委会/支委会记录.txt"
    assert body["kind"] == "会议记录" and body["date"] == "2025-03-15" and body["items"] == []
    assert body["suggestions"] and all(set(s) == {"item", "score", "why", "held", "filed"}
                                       for s in body["suggestions"])
    assert (root / body["path"]).read_text(encoding="utf-8") == MINUTES
    from archive.catalog import connect

    conn = connect(root / ".taizhang" / "catalog.sqlite")
    try:
        row = conn.execute("SELECT kind FROM evidence WHERE path = ?", (body["path"],)).fetchone()
    finally:
        conn.close()
    assert row[0] == "会议记录"
    # the same name again never overwrites: " (2)"
    again = _upload(client, "支委会记录.txt", (MINUTES + "补充。\n").encode("utf-8"), folder="上传/支委会")
    assert again.status_code == 201 and again.get_json()["path"] == "上传/支委会/支委会记录 (2).txt"
    assert (root / body["path"]).read_text(encoding="utf-8") == MINUTES


def test_an_upload_onto_an_item_is_filed_there(root):
    client = _app(root).test_client()
    response = _upload(client, "第二次支委会记录.txt", MINUTES.replace("3月15日", "4月16日").encode("utf-8"),
                       folder="上传", item="第2项")
    assert response.status_code == 201
    body = response.get_json()
    assert body["items"] == ["2"] and body["date"] == "2025-04-16"
    status = client.get("/api/status").get_json()
    assert body["path"] in next(it for it in status["items"] if it["id"] == "2")["evidence"]
    unknown = _upload(client, "x.txt", b"2025", item="999")
    assert unknown.status_code == 400 and set(unknown.get_json()) == ERROR_KEYS
    assert "x.txt" not in _files(root)


@pytest.mark.parametrize("name,folder", [
    ("x.txt", "../"), ("x.txt", "../../"), ("x.txt", "/etc"), ("x.txt", "C:\\Windows"), ("x.txt", "a/../../b"),
    ("x.txt", ".taizhang"), ("x.txt", "输出"), ("..", ""), ("C:x.txt", ""), (".hidden.txt", ""), ("taizhang.toml", ""),
])
def test_names_that_would_leave_the_archive_are_refused(root, name, folder):
    before = _files(root)
    response = _upload(_app(root).test_client(), name, b"2025", folder=folder)
    assert response.status_code == 400, (name, folder)
    body = response.get_json()
    assert set(body) == ERROR_KEYS and "不能" in body["error"]
    assert _files(root) == before
    assert (root.parent / "outside.txt").read_text(encoding="utf-8") == "outside"


def test_a_path_in_the_file_name_is_reduced_to_its_name_and_stays_inside(root):
    """Browsers and curl send only the base name; werkzeug keeps a sent path, which must not be followed."""
    response = _upload(_app(root).test_client(), "../../evil.txt", b"2025", folder="")
    assert response.status_code == 400
    assert not (root.parent / "evil.txt").exists() and not (root.parent.parent / "evil.txt").exists()


def test_types_ingest_cannot_read_and_archives_are_refused(root):
    client = _app(root).test_client()
    for name in ("setup.exe", "材料.zip", "无扩展名"):
        response = _upload(client, name, b"MZ\x90\x00")
        assert response.status_code == 415, name
        assert set(response.get_json()) == ERROR_KEYS
        assert name not in _files(root)


def test_a_file_over_the_limit_is_refused_and_nothing_is_left(root):
    client = _app(root, max_bytes=1000).test_client()
    response = _upload(client, "大文件.txt", b"2025" * 1000, folder="上传")
    assert response.status_code == 413
    assert set(response.get_json()) == ERROR_KEYS and "上限" in response.get_json()["error"]
    assert "上传/大文件.txt" not in _files(root)


def test_a_write_without_the_token_or_the_header_is_refused(root):
    client = _app(root).test_client()
    before = _files(root)
    response = _upload(client, "伪造.txt", b"2025", headers={})
    assert response.status_code == 403 and set(response.get_json()) == ERROR_KEYS
    assert "X-Taizhang" in response.get_json()["remedy"]
    assert _files(root) == before
    # the page's CSRF token does as well as the header
    token = re.search(r'name="csrf_token" value="([^"]+)"', client.get("/item/2").get_data(as_text=True)).group(1)
    ok = _upload(client, "令牌.txt", MINUTES.encode("utf-8"), headers={}, csrf_token=token)
    assert ok.status_code == 201


def test_read_only_refuses_every_api_write(root):
    response = _upload(_app(root, read_only=True).test_client(), "只读.txt", b"2025")
    assert response.status_code == 403 and set(response.get_json()) == ERROR_KEYS
    assert "只读.txt" not in _files(root)


def test_behind_passwords_the_api_needs_the_writers_login(root):
    from werkzeug.datastructures import Authorization

    from archive.passwords import hash_password
    from archive.web.auth import Access

    access = Access(password_hash=hash_password("writer-pass"), read_only_password_hash=hash_password("reader-pass"))
    client = _app(root, access=access).test_client()
    anonymous = client.get("/api/status")
    assert anonymous.status_code == 401 and set(anonymous.get_json()) == ERROR_KEYS
    reader = Authorization("basic", {"username": "", "password": "reader-pass"})
    assert client.get("/api/status", auth=reader).status_code == 200
    assert client.get("/reports/gaps.docx", auth=reader).status_code == 200
    refused = client.post("/api/evidence", headers=API, auth=reader, content_type="multipart/form-data",
                          data={"file": (io.BytesIO(b"2025"), "r.txt")})
    assert refused.status_code == 403
    writer = Authorization("basic", {"username": "", "password": "writer-pass"})
    done = client.post("/api/evidence", headers=API, auth=writer, content_type="multipart/form-data",
                       data={"file": (io.BytesIO(MINUTES.encode("utf-8")), "w.txt"), "folder": "上传"})
    assert done.status_code == 201
    wrong = Authorization("basic", {"username": "", "password": "nope-nope"})
    assert client.get("/api/status", auth=wrong).status_code == 401


@pytest.mark.parametrize("kind", ["self-assessment", "catalog", "gaps", "rectification"])
def test_each_report_downloads_as_a_word_document(root, kind):
    import docx

    from archive.generators.settings import REPORT_TITLES

    response = _app(root).test_client().get(f"/reports/{kind}.docx")
    assert response.status_code == 200
    assert "attachment" in response.headers["Content-Disposition"]
    assert response.mimetype.endswith("wordprocessingml.document")
    text = "\n".join(p.text for p in docx.Document(io.BytesIO(response.data)).paragraphs)
    assert "幸福里社区党支部" in text or REPORT_TITLES[kind] in text


def test_an_unknown_report_is_404_json(root):
    response = _app(root).test_client().get("/reports/nosuch.docx")
    assert response.status_code == 404 and set(response.get_json()) == ERROR_KEYS


def test_the_binder_downloads_as_a_pdf(root):
    response = _app(root).test_client().get("/binder.pdf")
    assert response.status_code == 200 and response.data.startswith(b"%PDF")
    assert response.mimetype == "application/pdf"
