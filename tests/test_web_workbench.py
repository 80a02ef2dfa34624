"""The archivist's workbench through Flask's test client: 添加材料 (several files, a .zip of a folder, names that would
leave the archive, refusals in Chinese, each file read back with its suggestions), 待处理 (several decisions at once,
the item's status changing), 报告 (made into the output folder, downloaded, opened with python-docx) and 近期应办 —
and that read-only users and requests without the CSRF token change nothing, and a busy archive answers 503."""

from __future__ import annotations

import io
import re
import zipfile

import pytest
from conftest import sample_archive

pytest.importorskip("flask")
pytest.importorskip("archive.filing", reason="归档模块尚未就绪")

DUTY = "幸福里社区环境卫生责任状\n为保持社区环境整洁美观，社区与辖区单位签订环境卫生责任状。\n甲方：幸福里社区居委会　乙方：幸福超市\n2025年3月6日\n"
PAIRING = "2025年4月10日 一助一结对帮扶活动记录\n社区党员与孤寡老人、残疾人、贫困户结对，开展一助一帮扶活动。\n"
MINUTES = "2025年{month}月{day}日 支部委员会会议记录\n主持人：王书记\n议题：学习贯彻党的二十大精神，研究发展党员工作。\n"
OLD_MINUTES = "2017年3月5日 支部委员会会议记录\n主持人：王书记\n议题：研究发展党员工作。\n"


@pytest.fixture(scope="module")
def root(tmp_path_factory):
    base = tmp_path_factory.mktemp("workbench")
    (base / "outside.txt").write_text("outside", encoding="utf-8")
    return sample_archive(tmp_path_factory, base / "档案")


def _app(root, read_only=False, access=None, max_bytes=None, **limits):
    from archive.web import create_app
    from archive.workspace import open_workspace

    ws = open_workspace(root)
    if max_bytes is not None:
        ws.config.limits.max_file_bytes = max_bytes
    for key, value in limits.items():
        setattr(ws.config.limits, key, value)
    app = create_app(ws, read_only=read_only, access=access)
    app.config["TESTING"] = True
    return app


def _token(client, url="/upload") -> str:
    return re.search(r'name="csrf_token" value="([^"]+)"', client.get(url).get_data(as_text=True)).group(1)


def _post_files(client, files, token=None, **fields):
    data = {"files": [(io.BytesIO(content), name) for name, content in files], **fields}
    if token is not None:
        data["csrf_token"] = token
    return client.post("/upload", data=data, content_type="multipart/form-data")


def _files(folder) -> set[str]:
    return {p.relative_to(folder).as_posix() for p in folder.rglob("*") if p.is_file() and ".taizhang" not in p.parts}


def _status(client) -> dict:
    return {it["id"]: it for it in client.get("/api/status").get_json()["items"]}


def _text(html: str) -> str:
    """The page's text without tags, runs of white space as one space."""
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", html))


def _results(html: str) -> list[str]:
    return re.findall(r'<article class="result[^"]*" data-id="\d*">.*?</article>', html, re.S)


def _zip(members: dict[str, bytes], raw_names: dict[str, bytes] | None = None) -> bytes:
    """A .zip of `members`; `raw_names` rewrites a member's name bytes as a tool on Chinese Windows writes them (GBK,
    without the UTF-8 flag)."""
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, data in members.items():
            zf.writestr(name, data)
    data = buf.getvalue()
    for placeholder, raw in (raw_names or {}).items():
        assert len(placeholder.encode()) == len(raw)
        data = data.replace(placeholder.encode(), raw)
    return data


# --- 添加材料 ---------------------------------------------------------------------------------------------------------

def test_the_upload_page_is_a_multipart_form_with_folder_and_item_choices(root):
    client = _app(root).test_client()
    page = client.get("/upload?item=第26项").get_data(as_text=True)
    assert 'enctype="multipart/form-data"' in page and re.search(r'<input type="file" name="files"[^>]* multiple', page)
    assert '<option value="2025年党建资料/三会一课">' in page  # the existing folders to choose from
    assert '<option value="26" selected>' in page  # 上传材料 from an item: it is chosen already
    assert 'id="nav-upload"' in page and 'id="nav-review"' in page and 'id="nav-reports"' in page
    assert "workbench.js" in page


def test_several_files_are_saved_read_and_shown_with_kind_date_and_suggestions(root):
    client = _app(root).test_client()
    before = _files(root.parent)
    response = _post_files(client, [("环境卫生责任状.txt", DUTY.encode()),
                                    ("支委会记录.txt", MINUTES.format(month=5, day=12).encode()),
                                    ("支委会记录.txt", MINUTES.format(month=6, day=9).encode()),
                                    ("../x.txt", b"2025"), ("setup.exe", b"MZ\x90\x00")],
                           _token(client), folder="网页上传")
    assert response.status_code == 200
    page = response.get_data(as_text=True)
    cards = _results(page)
    assert len(cards) == 3
    duty = next(c for c in cards if "环境卫生责任状" in c)
    assert "网页上传/环境卫生责任状.txt" in duty
    assert "协议" in duty and "2025-03-06（来自落款）" in duty  # the date at its foot: its 落款
    assert 'data-item="26"' in duty and ">接受</button>" in duty and "都不是" in duty
    # a name clash within the archive gets " (2)"; the first file is untouched
    assert (root / "网页上传" / "支委会记录.txt").read_text(encoding="utf-8") == MINUTES.format(month=5, day=12)
    assert (root / "网页上传" / "支委会记录 (2).txt").read_text(encoding="utf-8") == MINUTES.format(month=6, day=9)
    assert any("网页上传/支委会记录 (2).txt" in c and "2025-06-09（来自正文）" in c and "支部委员会" in c for c in cards)
    # the refusals are listed in Chinese; `../x.txt` never leaves the archive
    refusals = _text(page[page.index('class="refusals"'):])
    assert "未保存（2 个）" in refusals
    assert "../x.txt" in refusals and "不能使用" in refusals
    assert "setup.exe" in refusals and "无法读取，没有保存" in refusals
    added = _files(root.parent) - before
    assert added == {"档案/网页上传/环境卫生责任状.txt", "档案/网页上传/支委会记录.txt", "档案/网页上传/支委会记录 (2).txt"}
    assert (root.parent / "outside.txt").read_text(encoding="utf-8") == "outside"
    # each card's 接受 comes back to this page showing the same files
    ids = re.findall(r'data-id="(\d+)"', page)
    assert f'name="next" value="/upload?ids={",".join(ids)}"' in page


def test_a_zip_of_a_folder_is_unpacked_inside_the_archive_and_its_bad_members_refused(root):
    client = _app(root).test_client()
    before = _files(root.parent)
    data = _zip({"2025材料/支委会/7月支委会.txt": MINUTES.format(month=7, day=8).encode(),
                 "2025材料/../../evil.txt": b"evil", "/etc/evil.txt": b"evil", "C:/evil.txt": b"evil",
                 "2025材料/说明.exe": b"MZ", "2025材料/里面.zip": b"PK\x05\x06" + b"\x00" * 18,
                 "__MACOSX/2025材料/._x": b"junk", "AAAAAA/BBBBBBBB.txt": "2025年党费收缴情况 党费台帐\n".encode()},
                raw_names={"AAAAAA/BBBBBBBB.txt": "材料夹/党费台帐.txt".encode("gbk")})
    response = _post_files(client, [("2025年材料.zip", data)], _token(client), folder="压缩包")
    assert response.status_code == 200
    page = response.get_data(as_text=True)
    added = _files(root.parent) - before
    # several top folders: unpacked into a folder named after the zip, as Windows' 全部解压缩 does
    assert added == {"档案/压缩包/2025年材料/2025材料/支委会/7月支委会.txt", "档案/压缩包/2025年材料/材料夹/党费台帐.txt"}
    cards = _results(page)
    assert len(cards) == 2 and any("党费台帐" in c and "2025年（来自正文）" in c for c in cards)
    refusals = _text(page[page.index('class="refusals"'):])
    for bad in ("2025材料/../../evil.txt", "/etc/evil.txt", "C:/evil.txt"):
        assert f"2025年材料.zip/{bad}" in refusals
    assert "说明.exe" in refusals and "压缩包中的压缩包" in refusals and "__MACOSX" not in refusals
    assert not (root.parent / "evil.txt").exists() and not (root / "evil.txt").exists()


def test_a_zip_with_one_top_folder_keeps_it(root):
    client = _app(root).test_client()
    data = _zip({"三季度/主题党日.txt": "2025年8月1日 主题党日活动记录\n".encode()})
    response = _post_files(client, [("三季度.zip", data)], _token(client))
    assert response.status_code == 200
    assert (root / "三季度" / "主题党日.txt").is_file() and not (root / "三季度" / "三季度").exists()


def test_a_zip_beyond_ingests_limits_is_refused_and_nothing_is_unpacked(root):
    client = _app(root, zip_max_members=2).test_client()
    before = _files(root.parent)
    data = _zip({f"很多/{n}.txt": b"2025" for n in range(5)})
    page = _post_files(client, [("很多.zip", data)], _token(client)).get_data(as_text=True)
    refusals = _text(page[page.index('class="refusals"'):])
    assert "很多.zip" in refusals and "没有解压" in refusals and "上限" in refusals
    assert _files(root.parent) == before


def test_a_file_over_the_size_limit_is_refused_in_chinese_and_the_others_are_saved(root):
    client = _app(root, max_bytes=1000).test_client()
    page = _post_files(client, [("大文件.txt", b"2025" * 1000), ("小文件.txt", MINUTES.format(month=8, day=2).encode())],
                       _token(client), folder="限额").get_data(as_text=True)
    refusals = _text(page[page.index('class="refusals"'):])
    assert "大文件.txt" in refusals and "MB 的上限，没有保存" in refusals
    assert not (root / "限额" / "大文件.txt").exists() and (root / "限额" / "小文件.txt").is_file()


def test_no_file_chosen_says_what_to_do(root):
    client = _app(root).test_client()
    response = client.post("/upload", data={"csrf_token": _token(client)}, content_type="multipart/form-data")
    assert response.status_code == 400 and "请先选择要上传的文件" in response.get_data(as_text=True)


def test_the_pages_script_gets_one_file_back_as_a_fragment_and_the_page_reads_it_again_by_id(root):
    client = _app(root).test_client()
    response = _post_files(client, [("片段.txt", MINUTES.format(month=9, day=1).encode())], _token(client),
                           folder="片段", fragment="1")
    assert response.status_code == 200
    fragment = response.get_data(as_text=True)
    assert "<html" not in fragment and len(_results(fragment)) == 1
    eid = re.search(r'data-id="(\d+)"', fragment).group(1)
    again = client.get(f"/upload?ids={eid}").get_data(as_text=True)
    assert len(_results(again)) == 1 and "片段/片段.txt" in again and "2025-09-01（来自正文）" in again


def test_an_upload_onto_an_item_is_filed_there(root):
    client = _app(root).test_client()
    page = _post_files(client, [("第二份责任状.txt", DUTY.replace("幸福超市", "幸福药店").encode())], _token(client),
                       folder="网页上传", item="第26项").get_data(as_text=True)
    (card,) = _results(page)
    assert re.search(r'<a href="/item/26">第26项</a>', card)
    assert "网页上传/第二份责任状.txt" in _status(client)["26"]["evidence"]


def test_accepting_a_suggestion_after_the_upload_files_it_and_the_items_status_changes(tmp_path_factory):
    root = sample_archive(tmp_path_factory, tmp_path_factory.mktemp("accept") / "档案")
    client = _app(root).test_client()
    assert _status(client)["26"]["status"] == "missing"
    page = _post_files(client, [("环境卫生责任状.txt", DUTY.encode())], _token(client)).get_data(as_text=True)
    eid = re.search(r'data-id="(\d+)"', page).group(1)
    form = re.search(r'<form method="post" action="/action/accept".*?</form>', page, re.S).group(0)
    fields = dict(re.findall(r'name="(\w+)" value="([^"]*)"', form))
    assert fields["item"] == "26" and fields["next"] == f"/upload?ids={eid}"
    done = client.post("/action/accept", data=fields)
    assert done.status_code == 303 and done.headers["Location"].endswith(f"/upload?ids={eid}")
    after = client.get(f"/upload?ids={eid}").get_data(as_text=True)
    assert re.search(r'<a href="/item/26">第26项</a> <span class="status s-(?!missing)', after)
    assert "已归档" in after and "缺少材料" not in _results(after)[0]
    item = _status(client)["26"]
    assert item["status"] != "missing" and "环境卫生责任状.txt" in item["evidence"]


def test_none_of_these_says_no_to_every_suggestion_of_the_file(root):
    client = _app(root).test_client()
    page = _post_files(client, [("一助一.txt", PAIRING.encode())], _token(client), folder="帮扶").get_data(as_text=True)
    eid = re.search(r'data-id="(\d+)"', page).group(1)
    form = re.search(r'<form method="post" action="/action/decide" class="none-of-these">.*?</form>', page, re.S).group(0)
    picks = re.findall(r'name="pick" value="([^"]+)"', form)
    assert "32|帮扶/一助一.txt" in picks
    done = client.post("/action/decide", data={"csrf_token": _token(client), "next": f"/upload?ids={eid}",
                                                "decision": "reject", "pick": picks})
    assert done.status_code == 303
    after = client.get(f"/upload?ids={eid}").get_data(as_text=True)
    assert 'data-item="32"' not in after  # never suggested there again
    assert "已记为“不是这项”" in after  # the note of what was done


# --- 待处理 -----------------------------------------------------------------------------------------------------------

def _picks(page: str, section: str) -> list[str]:
    start = page.index(f'<section id="{section}"')
    return re.findall(r'name="pick" value="([^"]+)"', page[start:page.index("</section>", start)])


def test_the_review_page_lists_unfiled_files_with_suggestions_held_back_files_and_items_without_evidence(root):
    client = _app(root).test_client()
    _post_files(client, [("2017年支委会记录.txt", OLD_MINUTES.encode())], _token(client), folder="旧材料")
    response = client.get("/review")
    assert response.status_code == 200
    page = response.get_data(as_text=True)
    assert 'id="review-form"' in page and 'value="accept"' in page and 'value="reject"' in page
    unfiled = _picks(page, "unfiled")
    assert any(p.startswith("8|2025年党建资料/三会一课/") for p in unfiled)
    held = page[page.index('<section id="held"'):]
    held = held[:held.index("</section>")]
    assert "2017年支委会记录.txt" in held and "其他年度的材料" in held and "2017年3月5日" in held
    assert "8|旧材料/2017年支委会记录.txt" in _picks(page, "held")
    unserved = page[page.index('<section id="unserved"'):]
    assert 'href="/upload?item=1"' in unserved  # 上传材料 straight onto an item that has none
    assert "8|旧材料/2017年支委会记录.txt" not in unfiled  # held back: not offered as an ordinary suggestion


def test_several_suggestions_accepted_at_once_are_filed_and_the_items_status_changes(tmp_path_factory):
    root = sample_archive(tmp_path_factory, tmp_path_factory.mktemp("review") / "档案")
    client = _app(root).test_client()
    before = _status(client)
    page = client.get("/review").get_data(as_text=True)
    wanted, items = [], set()
    for pick in _picks(page, "unfiled"):  # suggestions for two items that have no evidence yet
        item = pick.partition("|")[0]
        if before[item]["status"] == "missing" and item not in items and len(items) < 2:
            wanted.append(pick)
            items.add(item)
    assert len(wanted) == 2, "the sample has unfiled files suggested for items without evidence"
    token = re.search(r'name="csrf_token" value="([^"]+)"', page).group(1)
    done = client.post("/action/decide", data={"csrf_token": token, "next": "/review", "decision": "accept",
                                                "pick": wanted})
    assert done.status_code == 303 and done.headers["Location"].endswith("/review")
    after_page = client.get("/review").get_data(as_text=True)
    assert "已归档 2 条" in after_page
    assert not set(wanted) & set(_picks(after_page, "unfiled"))
    after = _status(client)
    for pick in wanted:
        item, _, path = pick.partition("|")
        assert path in after[item]["evidence"]
        assert after[item]["status"] != "missing", (item, after[item]["status"])
    unserved = after_page[after_page.index('<section id="unserved"'):]
    assert not any(f'href="/item/{item}"' in unserved for item in items)


def test_several_suggestions_rejected_at_once_are_never_offered_again(root):
    client = _app(root).test_client()
    page = client.get("/review").get_data(as_text=True)
    picks = [p for p in _picks(page, "unfiled") if p.startswith("8|2025年党建资料/三会一课/党课/")][:2]
    assert len(picks) == 2
    token = re.search(r'name="csrf_token" value="([^"]+)"', page).group(1)
    client.post("/action/decide", data={"csrf_token": token, "next": "/review", "decision": "reject", "pick": picks})
    after = client.get("/review").get_data(as_text=True)
    assert "已记为“不是这项” 2 条" in after
    assert not set(picks) & set(_picks(after, "unfiled"))
    status = _status(client)
    assert not any(p.partition("|")[2] in status["8"]["evidence"] for p in picks)


def test_a_decision_without_a_ticked_box_says_so(root):
    client = _app(root).test_client()
    token = _token(client, "/review")
    done = client.post("/action/decide", data={"csrf_token": token, "next": "/review", "decision": "accept"})
    assert done.status_code == 303
    assert "没有勾选任何一条" in client.get("/review").get_data(as_text=True)


def test_a_low_score_filing_is_confirmed_or_taken_off_from_the_review_page(tmp_path_factory):
    from archive.filing import accept_suggestions
    from archive.handle import Archive
    from archive.workspace import open_workspace

    root = sample_archive(tmp_path_factory, tmp_path_factory.mktemp("lowscore") / "档案")
    ws = open_workspace(root)
    with Archive(ws).writing("test") as conn:
        accept_suggestions(ws, conn, min_score=0.3)
    client = _app(root).test_client()
    page = client.get("/review").get_data(as_text=True)
    confirm = _picks(page, "confirm")
    assert len(confirm) >= 2, page[page.find('id="confirm"'):][:2000]
    token = re.search(r'name="csrf_token" value="([^"]+)"', page).group(1)
    client.post("/action/decide", data={"csrf_token": token, "decision": "accept", "pick": confirm[0]})
    client.post("/action/decide", data={"csrf_token": token, "decision": "reject", "pick": confirm[1]})
    after = client.get("/review").get_data(as_text=True)
    assert "已从评分项移除 1 条" in after
    left = _picks(after, "confirm") if 'id="confirm"' in after else []
    assert confirm[0] not in left and confirm[1] not in left
    status = _status(client)
    kept, dropped = (p.partition("|") for p in confirm[:2])
    assert kept[2] in status[kept[0]]["evidence"] and dropped[2] not in status[dropped[0]]["evidence"]


# --- 报告 and 近期应办 ----------------------------------------------------------------------------------------------

def test_each_report_is_made_into_the_output_folder_and_downloads_as_word(root):
    import docx

    from archive.generators.settings import REPORT_KINDS, REPORT_TITLES

    client = _app(root).test_client()
    page = client.get("/reports").get_data(as_text=True)
    assert page.count("尚未生成") == 5 and "/action/make-report" in page
    token = re.search(r'name="csrf_token" value="([^"]+)"', page).group(1)
    for kind in REPORT_KINDS:
        done = client.post("/action/make-report", data={"csrf_token": token, "kind": kind})
        assert done.status_code == 303
        name = f"{REPORT_TITLES[kind]}.docx"
        assert (root / "输出" / name).is_file()
        download = client.get(f"/output/{name}")
        assert download.status_code == 200 and "attachment" in download.headers["Content-Disposition"]
        document = docx.Document(io.BytesIO(download.data))
        cells = [c.text for t in document.tables for row in t.rows for c in row.cells]
        assert cells, kind
        if kind == "self-assessment":
            assert any("党组织设置合理" in c for c in cells)  # item 8's text in its row of the table
    page = client.get("/reports").get_data(as_text=True)
    assert page.count("尚未生成") == 1 and "已生成：整改方案.docx" in page
    assert re.search(r'<tr id="out-self-assessment">.*?class="made-at">\d{4}-\d\d-\d\d \d\d:\d\d<', page, re.S)
    assert client.get("/output/../taizhang.toml").status_code == 404
    assert client.get("/output/taizhang.toml").status_code == 404


def test_the_binder_is_made_and_downloads_as_a_pdf(root):
    client = _app(root).test_client()
    token = _token(client, "/reports")
    assert client.post("/action/make-report", data={"csrf_token": token, "kind": "binder"}).status_code == 303
    download = client.get("/output/电子台帐.pdf")
    assert download.status_code == 200 and download.data.startswith(b"%PDF")
    assert 'href="/output/%E7%94%B5%E5%AD%90%E5%8F%B0%E5%B8%90.pdf"' in client.get("/reports").get_data(as_text=True)


def test_a_report_made_before_a_change_is_marked_for_making_again(tmp_path_factory):
    root = sample_archive(tmp_path_factory, tmp_path_factory.mktemp("stale") / "档案")
    client = _app(root).test_client()
    token = _token(client, "/reports")
    client.post("/action/make-report", data={"csrf_token": token, "kind": "gaps"})
    assert "之后档案有改动" not in client.get("/reports").get_data(as_text=True)
    _post_files(client, [("新材料.txt", MINUTES.format(month=10, day=3).encode())], token)
    # the catalog's times are to the second: the change must be seen as later than the file, whatever the clock
    import os
    import time

    made = root / "输出" / "缺失材料清单.docx"
    os.utime(made, (time.time() - 5, time.time() - 5))
    assert "之后档案有改动" in client.get("/reports").get_data(as_text=True)


def test_the_overview_lists_what_falls_due_this_month_first(tmp_path_factory):
    root = sample_archive(tmp_path_factory, tmp_path_factory.mktemp("due") / "档案")
    config = root / "taizhang.toml"
    config.write_text(config.read_text(encoding="utf-8") + '\n[assess]\nas_of = "2025-06-15"\n', encoding="utf-8")
    client = _app(root).test_client()
    status = client.get("/api/status").get_json()
    assert status["due"], "the sample archive has something due in mid-June"
    page = client.get("/").get_data(as_text=True)
    section = page[page.index('<section id="due">'):]
    section = section[:section.index("</section>")]
    assert "近期应办" in section
    lines = re.findall(r"<li><a href=\"/item/(\w+)\">第\1项</a>　([^<]+)</li>", section)
    assert {(d["item"], d["text"]) for d in status["due"]} == set(lines)
    assert ("14", "6月党费尚待收缴登记") in lines
    firsts = [n for n, (_, text) in enumerate(lines) if text.startswith(("本月", "6月"))]
    assert firsts and firsts == list(range(len(firsts)))  # this month's first, the year's last
    assert not lines[-1][1].startswith(("本月", "6月", "本季度"))
    # read-only users are not shown the archivist's to-do list
    assert 'id="due"' not in _app(root, read_only=True).test_client().get("/").get_data(as_text=True)


def test_a_finished_year_says_nothing_falls_due(root):
    page = _app(root).test_client().get("/").get_data(as_text=True)
    assert "考核年度已结束" in page


# --- who may write -----------------------------------------------------------------------------------------------

def test_read_only_mode_hides_and_refuses_every_workbench_write(root):
    writable = _app(root).test_client()
    token = _token(writable)  # a token taken from a writable page: read-only mode refuses it all the same
    client = _app(root, read_only=True).test_client()
    with client.session_transaction() as sess:
        sess["csrf"] = token
    overview = client.get("/").get_data(as_text=True)
    assert 'id="nav-upload"' not in overview and 'id="nav-review"' not in overview and 'id="nav-reports"' in overview
    for url in ("/upload", "/review"):
        response = client.get(url)
        assert response.status_code == 403 and "只读" in response.get_data(as_text=True), url
    before = _files(root.parent)
    posts = [("/upload", {"files": (io.BytesIO(DUTY.encode()), "只读.txt")}),
             ("/action/decide", {"decision": "accept", "pick": "8|2025年党建资料/三会一课/党课/2025年第一季度党课记录.docx"}),
             ("/action/make-report", {"kind": "gaps"})]
    for url, data in posts:
        response = client.post(url, data={"csrf_token": token, **data}, content_type="multipart/form-data")
        assert response.status_code == 403 and "只读模式" in response.get_data(as_text=True), url
    assert _files(root.parent) == before
    reports = client.get("/reports").get_data(as_text=True)
    assert "/action/make-report" not in reports and "<form" not in reports.split("<main>")[1].split("</main>")[0]


def test_the_inspectors_read_only_password_cannot_use_the_workbench(root):
    from werkzeug.datastructures import Authorization

    from archive.passwords import hash_password
    from archive.web.auth import Access

    access = Access(password_hash=hash_password("writer-pass"), read_only_password_hash=hash_password("reader-pass"))
    client = _app(root, access=access).test_client()
    reader = Authorization("basic", {"username": "", "password": "reader-pass"})
    refused = client.get("/upload", auth=reader)
    assert refused.status_code == 403 and "考核组的只读密码只能查看" in refused.get_data(as_text=True)
    assert client.get("/review", auth=reader).status_code == 403
    assert client.get("/reports", auth=reader).status_code == 200
    post = client.post("/action/make-report", auth=reader, headers={"X-Taizhang": "1"}, data={"kind": "gaps"})
    assert post.status_code == 403
    writer = Authorization("basic", {"username": "", "password": "writer-pass"})
    assert client.get("/upload", auth=writer).status_code == 200


def test_every_workbench_write_needs_the_csrf_token(root):
    client = _app(root).test_client()
    client.get("/upload")  # the session has a token; the forged requests below do not send it
    before = _files(root.parent)
    for url, data in [("/upload", lambda: {"files": (io.BytesIO(DUTY.encode()), "伪造.txt")}),
                      ("/action/decide", lambda: {"decision": "reject",
                                                  "pick": "8|2025年党建资料/三会一课/党课/2025年第一季度党课记录.docx"}),
                      ("/action/make-report", lambda: {"kind": "self-assessment"})]:
        response = client.post(url, data=data(), content_type="multipart/form-data")
        assert response.status_code == 403 and "防伪令牌" in response.get_data(as_text=True), url
        wrong = client.post(url, data={**data(), "csrf_token": "not-the-token"}, content_type="multipart/form-data")
        assert wrong.status_code == 403, url
    assert _files(root.parent) == before


def test_a_busy_archive_answers_503_in_chinese_and_nothing_is_saved(root, monkeypatch):
    from archive.handle import Archive
    from archive.web import data
    from archive.workspace import open_workspace

    monkeypatch.setattr(data, "WEB_WRITE_WAIT_SECONDS", 0.2)
    client = _app(root).test_client()
    token = _token(client)
    before = _files(root.parent)
    with Archive(open_workspace(root)).writing("ingest"):  # another writer holds the lock meanwhile
        for url, data_ in [("/upload", {"files": (io.BytesIO(DUTY.encode()), "忙.txt")}),
                           ("/action/decide", {"decision": "accept",
                                               "pick": "8|2025年党建资料/三会一课/党课/2025年第一季度党课记录.docx"}),
                           ("/action/make-report", {"kind": "gaps"})]:
            response = client.post(url, data={"csrf_token": token, **data_}, content_type="multipart/form-data")
            assert response.status_code == 503, url
            assert "稍后再试" in response.get_data(as_text=True), url
    assert _files(root.parent) == before
