"""The page tells the truth, as the command line does: a month in the query that holds no match is said in the
user's own words ("3月没有找到与「支委会」相符的材料"), and the nearest matches from other months follow under a heading
and with a tag that say they are not from that month; a spreadsheet is shown as a table, not tab-separated text,
with its rows capped and the cap said; a suggestion accepted already offers no 接受, on the evidence page and in
the upload's read-back."""

from __future__ import annotations

import html
import io
import re

import pytest
from conftest import sample_archive
from test_web import _evidence_id
from test_web_truth import _client

pytest.importorskip("flask")

LEDGER = "2025年党建资料/党费/2025年党费收缴台帐.xlsx"
DUTY = "幸福里社区环境卫生责任状\n为保持社区环境整洁美观，社区与辖区单位签订环境卫生责任状。\n甲方：幸福里社区居委会　乙方：幸福超市\n2025年3月6日\n"


@pytest.fixture(scope="module")
def root(tmp_path_factory):
    return sample_archive(tmp_path_factory, tmp_path_factory.mktemp("truth-more") / "档案")


def _text(fragment: str) -> str:
    return re.sub(r"\s+", " ", html.unescape(re.sub(r"<[^>]+>", " ", fragment))).strip()


def _sheet(page: str) -> str:
    start = page.index('<table class="sheet">')
    return page[start:page.index("</table>", start)]


# --- a month with nothing in it --------------------------------------------------------------------------------------

def test_a_month_without_a_match_says_so_and_labels_the_nearest_as_other_months(root, cli_run):
    page = _client(root).get("/search?q=支委会 3月").get_data(as_text=True)
    assert re.search(r'<p class="meta" id="date-filter">日期条件：2025-03-01 至 2025-03-31（由查询中的「3月」得出）</p>', page)
    assert '<p class="empty" id="no-hits">3月没有找到与「支委会」相符的材料。</p>' in page
    assert 'id="hit-count"' not in page  # nothing is offered as a March record
    heading = re.search(r'<h2 id="nearest">(.*?)</h2>\s*<ol class="hits nearest">(.*?)</ol>', page, re.S)
    assert heading and heading.group(1).startswith("不在3月内、日期最近的相符材料")
    hits = re.findall(r'<li class="hit">.*?</li>', heading.group(2), re.S)
    assert hits and all('<span class="outside">不在3月内</span>' in h for h in hits)
    assert all("2025-03" not in _text(h) for h in hits)
    assert "<mark>3月</mark>" not in heading.group(2)  # a February record's "3月5日" is not what was asked for
    code, out, _ = cli_run("--archive", str(root), "search", "支委会", "3月")
    assert code == 0 and "3月没有找到与「支委会」相符的材料。" in out
    assert "不在3月内、日期最近的相符材料（其他日期的，仅供参考）：" in out and "【3月】" not in out


def test_a_match_from_inside_the_month_is_a_hit_without_a_tag(root):
    page = _client(root).get("/search?q=三会一课 3月").get_data(as_text=True)
    assert 'id="hit-count"' in page and 'id="nearest"' not in page
    assert 'class="outside"' not in page and "2025-03-" in page


def test_a_hit_from_another_month_found_by_the_phrase_as_typed_says_why_it_is_there(root):
    page = _client(root).get("/search?q=7月党费").get_data(as_text=True)
    august = next(h for h in re.findall(r'<li class="hit">.*?</li>', page, re.S) if "8月支委会记录" in h)
    assert "日期不在7月内，列出是因为正文中写有「7月党费」" in _text(august)


def test_a_range_typed_in_the_fields_is_named_as_typed(root):
    page = _client(root).get("/search?q=党费&from=2030-01-01&to=2030-12-31").get_data(as_text=True)
    assert "2030-01-01 至 2030-12-31 没有找到与「党费」相符的材料。" in page


# --- a spreadsheet as a table ----------------------------------------------------------------------------------------

def test_a_spreadsheet_is_shown_as_a_table_with_its_cells(root):
    page = _client(root).get(f"/evidence/{_evidence_id(root, LEDGER)}?q=欠交").get_data(as_text=True)
    assert '<table class="sheet">' in page and '<pre class="fulltext">' not in page
    rows = re.findall(r"<tr>(.*?)</tr>", _sheet(page), re.S)
    cells = [re.findall(r"<td[^>]*>(.*?)</td>", r, re.S) for r in rows]
    assert 'colspan="17"' in rows[0] and "2025年党费收缴台帐" in rows[0]  # the sheet's title spans it
    header = next(c for c in cells if "姓名" in c)
    assert header[:4] == ["序号", "姓名", "月交纳标准", "1月"] and len(header) == 17
    wang = next(c for c in cells if "王秀兰" in c)
    assert len(wang) == 17 and wang.count("<mark>欠交</mark>") == 3  # every row as wide as the sheet
    assert len(rows) == 31 and "\t" not in _sheet(page)
    assert "sheet-cap" not in page  # every row shown: no cap to tell


def test_a_long_sheet_shows_its_first_rows_and_says_how_many_there_are(root, monkeypatch):
    from archive.web import data

    monkeypatch.setattr(data, "SHEET_ROWS_SHOWN", 5)
    page = _client(root).get(f"/evidence/{_evidence_id(root, LEDGER)}").get_data(as_text=True)
    assert _sheet(page).count("<tr>") == 5
    note = re.search(r'<p class="meta sheet-cap">(.*?)</p>', page, re.S).group(1)
    assert _text(note).startswith("共31行，仅显示前5行")


def test_text_evidence_keeps_its_full_text(root):
    path = "2025年党建资料/三会一课/支部委员会/10月份支委会.docx"
    page = _client(root).get(f"/evidence/{_evidence_id(root, path)}").get_data(as_text=True)
    assert '<pre class="fulltext">' in page and '<table class="sheet">' not in page


# --- a suggestion accepted already -----------------------------------------------------------------------------------

def test_a_suggestion_accepted_from_the_upload_is_not_offered_again_in_its_read_back(tmp_path_factory):
    root = sample_archive(tmp_path_factory, tmp_path_factory.mktemp("accepted") / "档案")
    client = _client(root)
    token = re.search(r'name="csrf_token" value="([^"]+)"', client.get("/upload").get_data(as_text=True)).group(1)
    page = client.post("/upload", data={"csrf_token": token, "files": [(io.BytesIO(DUTY.encode()), "责任状.txt")]},
                       content_type="multipart/form-data").get_data(as_text=True)
    eid = re.search(r'data-id="(\d+)"', page).group(1)
    offered = re.search(r'<li class="suggestion" data-item="26">.*?</li>', page, re.S).group(0)
    assert ">接受</button>" in offered
    done = client.post("/action/accept", data={"csrf_token": token, "path": "责任状.txt", "item": "26",
                                               "next": f"/upload?ids={eid}"})
    assert done.status_code == 303
    for url in (f"/upload?ids={eid}", f"/evidence/{eid}"):
        after = client.get(url).get_data(as_text=True)
        row = re.search(r'<li class="suggestion" data-item="26">.*?</li>', after, re.S).group(0)
        assert "接受" not in row and "已归档" in row, url
        assert "不是这项" not in row, url
