"""The inspector's page through Flask's test client: pages, escaping, path safety, CSRF and read-only mode."""

from __future__ import annotations

import re
import socket
import threading

import pytest
from conftest import init_and_ingest, sample_archive

pytest.importorskip("flask")


@pytest.fixture(scope="module")
def web_archive(tmp_path_factory):
    """The sample evidence, ingested without OCR, with a file whose text would be HTML if not escaped."""
    root = sample_archive(tmp_path_factory, tmp_path_factory.mktemp("web") / "档案")
    (root / "说明").mkdir()
    (root / "说明" / "注意事项.txt").write_text(
        "2025年3月2日 注意事项：<script>alert('x')</script> & <b>不要</b>删除原件。", encoding="utf-8")
    (root.parent / "secret.txt").write_text("档案目录之外的秘密", encoding="utf-8")
    return init_and_ingest(root, init=False)


def _app(root, read_only=False):
    from archive.web import create_app
    from archive.workspace import open_workspace

    app = create_app(open_workspace(root), read_only=read_only)
    app.config["TESTING"] = True
    return app


def _token(html: str) -> str:
    return re.search(r'name="csrf_token" value="([^"]+)"', html).group(1)


def _evidence_id(root, path: str) -> int:
    from archive.catalog import connect

    conn = connect(root / ".taizhang" / "catalog.sqlite")
    try:
        return conn.execute("SELECT id FROM evidence WHERE path = ?", (path,)).fetchone()[0]
    finally:
        conn.close()


def test_search_page_finds_the_dues_ledger_and_links_to_its_evidence_page(web_archive):
    client = _app(web_archive).test_client()
    page = client.get("/search?q=党费").get_data(as_text=True)
    assert "<mark>党费</mark>" in page
    links = re.findall(r'class="hit-link" href="(/evidence/\d+\?q=[^"]+)">([^<]+)</a>', page)
    assert links, page[:2000]
    ledger = next(href for href, title in links if "党费" in title)
    detail = client.get(ledger.replace("&amp;", "&"))
    assert detail.status_code == 200
    assert "<mark>党费</mark>" in detail.get_data(as_text=True)


def test_evidence_text_is_escaped_everywhere(web_archive):
    client = _app(web_archive).test_client()
    eid = _evidence_id(web_archive, "说明/注意事项.txt")
    for url in (f"/evidence/{eid}?q=注意事项", "/search?q=注意事项"):
        html = client.get(url).get_data(as_text=True)
        assert "<script>alert" not in html and "<b>不要</b>" not in html
        assert "&lt;script&gt;" in html


@pytest.mark.parametrize("url", [
    "/original/../secret.txt", "/original/%2e%2e%2fsecret.txt", "/original/..%2fsecret.txt",
    "/original/%2e%2e/secret.txt", "/original//etc/passwd", "/original/%2Fetc%2Fpasswd",
    "/original/.taizhang/catalog.sqlite", "/original/taizhang.toml", "/original/说明/..%2f..%2fsecret.txt",
    "/original/%5c..%5csecret.txt",
])
def test_originals_never_leave_the_archive(web_archive, url):
    client = _app(web_archive).test_client()
    response = client.get(url)
    assert response.status_code in (400, 404)
    assert "档案目录之外的秘密" not in response.get_data(as_text=True)
    assert b"SQLite format" not in response.data


def test_a_symlink_out_of_the_archive_is_not_served(web_archive, tmp_path):
    link = web_archive / "链接.txt"
    link.symlink_to(web_archive.parent / "secret.txt")
    try:
        response = _app(web_archive).test_client().get("/original/链接.txt")
        assert response.status_code == 404
    finally:
        link.unlink()


def test_raw_http_traversal_gets_no_bytes(web_archive):
    """Through a real socket, so no client library normalises the path first."""
    from werkzeug.serving import make_server

    server = make_server("127.0.0.1", 0, _app(web_archive), threaded=True)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        for raw in ("/original/../secret.txt", "/original/..%2f..%2fsecret.txt", "/../secret.txt",
                    "/original/%2e%2e%2f%2e%2e%2fsecret.txt"):
            # a generous limit: the first error page can take seconds to render on a loaded machine
            with socket.create_connection(("127.0.0.1", server.server_port), timeout=60) as s:
                s.sendall(f"GET {raw} HTTP/1.0\r\nHost: localhost\r\n\r\n".encode())
                data = b""
                while chunk := s.recv(65536):
                    data += chunk
            status = int(data.split(b" ", 2)[1])
            assert status in (400, 404), raw
            assert "档案目录之外的秘密".encode() not in data
    finally:
        server.shutdown()
        server.server_close()


def test_an_original_inside_the_archive_is_served(web_archive):
    client = _app(web_archive).test_client()
    response = client.get("/original/说明/注意事项.txt")
    assert response.status_code == 200
    assert "注意事项".encode() in response.data
    download = client.get("/original/说明/注意事项.txt?download=1")
    assert "attachment" in download.headers["Content-Disposition"]


def test_a_pdf_gets_a_first_page_preview(web_archive):
    client = _app(web_archive).test_client()
    eid = _evidence_id(web_archive, "扫描件/扫描件_0012.pdf")
    response = client.get(f"/preview/{eid}.img")
    assert response.status_code == 200 and response.data.startswith(b"\x89PNG")


def test_writes_need_the_csrf_token(web_archive):
    client = _app(web_archive).test_client()
    response = client.post("/action/file", data={"path": "说明/注意事项.txt", "item": "2"})
    assert response.status_code == 403


def test_read_only_hides_write_controls_and_refuses_forged_posts(web_archive):
    writable = _app(web_archive).test_client()
    eid = _evidence_id(web_archive, "说明/注意事项.txt")
    token = _token(writable.get(f"/evidence/{eid}").get_data(as_text=True))
    client = _app(web_archive, read_only=True).test_client()
    html = client.get(f"/evidence/{eid}").get_data(as_text=True)
    assert "<form method=\"post\"" not in html and "csrf_token" not in html
    assert "只读" in html
    for action in ("file", "unfile", "accept", "reject", "override", "clear-override"):
        response = client.post(f"/action/{action}", data={"csrf_token": token, "path": "说明/注意事项.txt",
                                                            "item": "2", "status": "covered", "note": "x"})
        assert response.status_code == 403, action


def test_unknown_pages_and_items_are_404(web_archive):
    client = _app(web_archive).test_client()
    assert client.get("/evidence/999999").status_code == 404
    assert client.get("/nosuch").status_code == 404


def test_dates_read_as_the_archivist_wrote_them(web_archive):
    from archive.web.app import date_label

    client = _app(web_archive).test_client()
    eid = _evidence_id(web_archive, "2025年党建资料/党费/2025年党费收缴台帐.xlsx")
    html = client.get(f"/evidence/{eid}").get_data(as_text=True)
    assert "<td>2025年</td>" in html and "2025-01-01" not in html

    class Doc:
        date, date_precision, date_source = __import__("datetime").date(2025, 3, 1), "month", "content"

    assert date_label(Doc) == "2025年3月"
    Doc.date_precision, Doc.date_source = "day", "mtime"
    assert date_label(Doc) == "2025-03-01（修改时间，仅供参考）"
    Doc.date = None
    assert date_label(Doc) == "日期不明"


def test_overview_shows_the_estimate_with_its_range_and_what_items_with_nothing_lack(web_archive):
    from archive.assess import assess_archive
    from archive.workspace import open_workspace

    status = assess_archive(open_workspace(web_archive)).to_json()
    rng = status["total"]["score_range"]
    assert rng["min"] < rng["max"] == status["total"]["score"]
    html = _app(web_archive).test_client().get("/").get_data(as_text=True)
    assert f'<span id="total-range"><span class="range">（得分范围 {rng["min"]:g}～{rng["max"]:g} 分）</span></span>' in html
    nothing = [it for it in status["items"] if it["status"] == "missing" and it["points"] and not it["score"]]
    assert nothing
    for it in nothing:  # listed with their deduction and why, not with 扣分 0 and an empty 差距
        row = re.search(rf'<tr><td><a href="/item/{it["id"]}">.*?</tr>', html, flags=re.S).group(0)
        assert f'<td class="num">{it["deduction"]:g}</td>' in row and "尚无归档材料，按 0 分估算" in row
    item = next(it for it in status["items"] if it["score_range"]["min"] < it["score_range"]["max"])
    page = _app(web_archive).test_client().get(f"/item/{item['id']}").get_data(as_text=True)
    r = item["score_range"]
    assert f"（得分范围 {r['min']:g}～{r['max']:g} 分）" in page
