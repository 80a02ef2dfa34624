"""The page tells what the command line tells: the date filter a search read, an honest "nothing found" (not a
numbered result), the nearest matches outside the dates, and no 接受 on a suggestion that is filed already."""

from __future__ import annotations

import re

import pytest
from conftest import sample_archive

pytest.importorskip("flask")


@pytest.fixture(scope="module")
def root(tmp_path_factory):
    return sample_archive(tmp_path_factory, tmp_path_factory.mktemp("truth") / "档案")


def _client(root):
    from archive.web import create_app
    from archive.workspace import open_workspace

    app = create_app(open_workspace(root))
    app.config["TESTING"] = True
    return app.test_client()


def test_a_date_word_in_the_query_is_shown_as_the_filter(root):
    html = _client(root).get("/search?q=支委会 7月").get_data(as_text=True)
    shown = re.search(r'<p class="meta" id="date-filter">(.*?)</p>', html).group(1)
    assert shown == "日期条件：2025-07-01 至 2025-07-31（由查询中的「7月」得出）"


def test_nothing_found_is_said_once_and_not_as_a_numbered_result(root):
    html = _client(root).get("/search?q=量子引力波").get_data(as_text=True)
    assert '<p class="empty" id="no-hits">没有找到与「量子引力波」相关的材料。</p>' in html
    assert "共 0 条结果" not in html and '<ol class="hits' not in html
    assert "<li>没有找到" not in html


def test_when_nothing_falls_inside_the_dates_the_nearest_are_shown_as_such(root):
    html = _client(root).get("/search?q=党费&from=2030-01-01&to=2030-12-31").get_data(as_text=True)
    assert "日期条件：2030-01-01 至 2030-12-31" in html
    assert "2030-01-01 至 2030-12-31 没有找到与「党费」相符的材料。" in html
    assert "共 0 条结果" not in html and 'id="hit-count"' not in html
    nearest = re.search(r'<h2 id="nearest">不在2030-01-01 至 2030-12-31内、日期最近的相符材料[^<]*</h2>\s*'
                        r'<ol class="hits nearest">(.*?)</ol>', html, re.S)
    assert nearest and "hit-link" in nearest.group(1)


def test_hits_inside_the_dates_are_counted(root):
    html = _client(root).get("/search?q=党费").get_data(as_text=True)
    count = int(re.search(r'共 (\d+) 条结果', html).group(1))
    assert count == len(re.findall(r'<li class="hit">', html)) > 0
    assert 'id="date-filter"' not in html


def test_a_suggestion_filed_already_offers_no_accept(root):
    from archive.web.data import ArchiveView
    from archive.workspace import open_workspace

    view = ArchiveView(open_workspace(root))
    client = _client(root)
    from archive.catalog import connect

    conn = connect(root / ".taizhang" / "catalog.sqlite")
    try:
        rows = conn.execute("SELECT id, path FROM evidence WHERE gone = 0 AND error IS NULL AND duplicate_of IS NULL "
                            "AND id NOT IN (SELECT evidence_id FROM filings) ORDER BY path").fetchall()
    finally:
        conn.close()
    eid, path, item = next((r[0], r[1], s[0]["item"]) for r in rows if (s := view.suggestions_for(r[1])))
    page = client.get(f"/evidence/{eid}").get_data(as_text=True)
    row = re.search(rf'<li class="suggestion" data-item="{item}">.*?</li>', page, re.S).group(0)
    assert "接受" in row
    token = re.search(r'name="csrf_token" value="([^"]+)"', page).group(1)
    done = client.post("/action/accept", data={"csrf_token": token, "path": path, "item": item,
                                               "next": f"/evidence/{eid}"})
    assert done.status_code == 303
    page = client.get(f"/evidence/{eid}").get_data(as_text=True)
    row = re.search(rf'<li class="suggestion" data-item="{item}">.*?</li>', page, re.S).group(0)
    assert "接受" not in row and "不是这项" not in row and "已归档到此项" in row
