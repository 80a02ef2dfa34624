"""The 评分表 page and the 设置 page through Flask's test client: a scoring table uploaded (Word, Excel) is shown item
by item — each requirement with the words it was read from, the scoring rules and the requirements they follow, what
stays for the inspectors, the items to look at — before anything changes; 使用这份评分表 writes the YAML and points
the archive at it; an item's requirements corrected in the form are validated (the line named, nothing written on
error) and survive a re-import, as `taizhang rubric import` keeps them. The settings (organisation, year, 责任人,
the organisation's other names) are saved into taizhang.toml and read back by the library. Read-only users,
requests without the CSRF token and a busy archive change nothing."""

from __future__ import annotations

import hashlib
import html
import io
import re
from pathlib import Path

import docx
import openpyxl
import pytest
from conftest import needs_soffice, sample_archive

pytest.importorskip("flask")

TITLE = "幸福里社区2025年度党建工作考核评分表"
HEADER = ("序号", "考核内容", "标准分", "评分标准")
ROWS = [("1", "每月召开1次支委会", "5", "少一次扣0.5分"),
        ("2", "党组织战斗堡垒作用发挥明显，群众评价好", "5", "酌情扣分"),
        ("3", "每季度召开一次党员大会，党员参会率不低于90%", "6", "少开一次扣1分；参会率每低5个百分点扣1分"),
        ("4", "规范管理各类台帐，资料完整", "4", "发现一处不规范扣0.5分")]


def make_table_docx(path: Path, rows=ROWS) -> Path:
    document = docx.Document()
    document.add_paragraph(TITLE)
    table = document.add_table(rows=len(rows) + 1, cols=len(HEADER))
    for r, values in enumerate([HEADER, *rows]):
        for c, value in enumerate(values):
            table.cell(r, c).text = value
    document.save(path)
    return path


def make_table_xlsx(path: Path, rows=ROWS) -> Path:
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append([TITLE])
    for values in [HEADER, *rows]:
        sheet.append(list(values))
    book.save(path)
    return path


@pytest.fixture
def root(tmp_path_factory):
    return sample_archive(tmp_path_factory, tmp_path_factory.mktemp("rubric-page") / "档案")


@pytest.fixture
def table(tmp_path) -> Path:
    return make_table_docx(tmp_path / "考核评分表.docx")


def _app(root, read_only=False, access=None):
    from archive.web import create_app
    from archive.workspace import open_workspace

    app = create_app(open_workspace(root), read_only=read_only, access=access)
    app.config["TESTING"] = True
    return app


def _token(client, url="/rubric/import") -> str:
    return re.search(r'name="csrf_token" value="([^"]+)"', client.get(url).get_data(as_text=True)).group(1)


def _text(page: str) -> str:
    """The page's main text without tags, runs of white space as one space."""
    main = page[page.index("<main>"):page.index("</main>")] if "<main>" in page else page
    return re.sub(r"\s+", " ", html.unescape(re.sub(r"<[^>]+>", " ", main)))


def _upload(client, path: Path, token: str | None):
    data = {"table": (io.BytesIO(path.read_bytes()), path.name)}
    if token is not None:
        data["csrf_token"] = token
    return client.post("/rubric/import", data=data, content_type="multipart/form-data")


def _draft(client, path: Path) -> str:
    response = _upload(client, path, _token(client))
    assert response.status_code == 303, response.get_data(as_text=True)
    return response.headers["Location"]


def _use(client, draft_url: str):
    return client.post(draft_url + "/use", data={"csrf_token": _token(client)})


def _sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _textarea(page: str) -> str:
    return html.unescape(re.search(r'<textarea name="requirements"[^>]*>(.*?)</textarea>', page, re.S).group(1))


def _card(page: str, item_id: str) -> str:
    return _text(re.search(rf'<article class="ru-item[^"]*" id="item-{re.escape(item_id)}">.*?</article>', page,
                           re.S).group(0))


# --- 评分表: what the rubric is understood to ask ---------------------------------------------------------------

def test_the_rubric_page_lists_every_item_of_the_rubric_in_use(root):
    page = _app(root).test_client().get("/rubric/import").get_data(as_text=True)
    text = _text(page)
    assert "正在使用： XX区社区党组织党建工作百分考核评分表（seed000）" in text and "内置评分表" in text
    assert len(re.findall(r'<article class="ru-item', page)) == 33
    assert "核查1 材料 有社区党组织议事规则" in _card(page, "2")
    assert 'id="import-form"' in page and 'enctype="multipart/form-data"' in page
    assert "改正本项的核查要求" not in page  # a bundled rubric is not corrected here
    assert 'id="nav-rubric"' in page and 'id="nav-settings"' in page


def test_an_uploaded_table_is_shown_item_by_item_and_nothing_changes_yet(root, table):
    client = _app(root).test_client()
    config = _sha(root / "taizhang.toml")
    draft = _draft(client, table)
    page = client.get(draft).get_data(as_text=True)
    assert _sha(root / "taizhang.toml") == config and not (root / "输出").exists()
    text = _text(page)
    assert TITLE in text and "读出 1 类、4 项，合计 20 分。档案尚未改动。" in text
    assert "保存为 输出/考核评分表.yaml" in text
    first = _card(page, "1")  # the requirement, the words it came from, the rule and what it follows
    assert "核查1 次数 每月召开支委会不少于1次 每月召开1次支委会" in first
    assert "少一次扣0.5分 → 每缺1次扣0.5分 （对应核查1）" in first
    assert "留给考核组判断： 党组织战斗堡垒作用发挥明显，群众评价好。" in _card(page, "2")
    third = _card(page, "3")
    assert "核查2 比例 党员参会率不低于90% 党员参会率不低于90%" in third and "（对应核查2）" in third
    assert "需要核对的项（1项）： 第4项" in text and '<a href="#item-4">' in page
    assert "原文像是有可核查的内容" in _card(page, "4") and "（对应考核组判断）" in _card(page, "4")
    assert 'id="use-button"' in page


def test_the_page_says_what_the_command_line_prints(root, table, tmp_path, cli_run):
    code, out, _ = cli_run("rubric", "import", str(table), "-o", str(tmp_path / "cli.yaml"))
    assert code == 0
    client = _app(root).test_client()
    page = client.get(_draft(client, table)).get_data(as_text=True)
    assert "核查1〔次数〕每月召开支委会不少于1次　← 原文：每月召开1次支委会" in out
    assert "扣分：发现一处不规范扣0.5分 → 每缺1处扣0.5分（对应考核组判断）" in out
    assert "需要核对的项（1项）：第4项" in out
    for line in out.splitlines():  # every rule the command prints is on the page, in the same words
        if line.strip().startswith("扣分："):
            rule = line.strip().removeprefix("扣分：").rsplit("（对应", 1)[0]
            assert rule in _text(page), rule


def test_using_the_table_writes_the_yaml_and_points_the_archive_at_it(root, table, tmp_path, cli_run):
    from archive.rubric import load_rubric_file, rubric_to_data
    from archive.workspace import open_workspace

    client = _app(root).test_client()
    response = _use(client, _draft(client, table))
    assert response.status_code == 303 and response.headers["Location"].endswith("/rubric/import")
    written = root / "输出" / "考核评分表.yaml"
    ws = open_workspace(root)
    assert ws.config.rubric == "输出/考核评分表.yaml" and ws.rubric().title == TITLE
    cli_run("rubric", "import", str(table), "-o", str(tmp_path / "cli.yaml"))
    assert rubric_to_data(load_rubric_file(written)) == rubric_to_data(load_rubric_file(tmp_path / "cli.yaml"))
    page = client.get("/rubric/import").get_data(as_text=True)
    assert "已使用评分表「" + TITLE + "」" in page and "输出/考核评分表.yaml" in page
    assert len(re.findall(r'<article class="ru-item', page)) == 4 and "改正本项的核查要求" in page
    assert [it["id"] for it in client.get("/api/status").get_json()["items"]] == ["1", "2", "3", "4"]
    gone = _use(client, "/rubric/import/0123456789abcdef")  # used already, or never made
    assert gone.status_code == 400 and "找不到这份导入的评分表" in _text(gone.get_data(as_text=True))


def test_an_excel_table_imports_too(root, tmp_path):
    client = _app(root).test_client()
    page = client.get(_draft(client, make_table_xlsx(tmp_path / "考核评分表.xlsx"))).get_data(as_text=True)
    assert "核查1 次数 每月召开支委会不少于1次 每月召开1次支委会" in _card(page, "1")


@pytest.mark.slow
@needs_soffice
def test_an_old_word_table_imports_through_libreoffice(root, tmp_path):
    from test_rubric_import import _soffice_convert, make_docx  # a table LibreOffice keeps as a table in .doc

    (tmp_path / "doc").mkdir()
    doc = _soffice_convert(make_docx(tmp_path / "考核评分表.docx"), "doc", tmp_path / "doc")
    client = _app(root).test_client()
    page = client.get(_draft(client, doc)).get_data(as_text=True)
    assert "从 考核评分表.doc 读出 2 类、5 项" in _text(page)
    assert "核查1 次数 每月召开支委会不少于1次 每月召开支部委员会" in _card(page, "1")


def test_a_file_that_is_no_scoring_table_is_refused_in_chinese_and_nothing_changes(root, tmp_path):
    client = _app(root).test_client()
    token = _token(client)
    config = _sha(root / "taizhang.toml")
    text_file = tmp_path / "说明.txt"
    text_file.write_text("不是评分表", encoding="utf-8")
    response = _upload(client, text_file, token)
    assert response.status_code == 400 and "不是 Word 或 Excel 评分表" in _text(response.get_data(as_text=True))
    empty = tmp_path / "空白.docx"
    docx.Document().save(empty)
    response = _upload(client, empty, token)
    assert response.status_code == 400 and "没有找到评分表" in _text(response.get_data(as_text=True))
    assert client.post("/rubric/import", data={"csrf_token": token}).status_code == 400
    assert _sha(root / "taizhang.toml") == config and not (root / "输出").exists()
    assert client.get("/rubric/import/0123456789abcdef").status_code == 404


# --- 评分表: an item corrected -------------------------------------------------------------------------------------

@pytest.fixture
def own(root, table):
    """The sample archive using the test table, imported and used on the page."""
    client = _app(root).test_client()
    assert _use(client, _draft(client, table)).status_code == 303
    return root / "输出" / "考核评分表.yaml"


def test_the_correction_form_shows_the_items_requirements_as_yaml(root, own):
    page = _app(root).test_client().get("/rubric/item/1").get_data(as_text=True)
    text = _textarea(page)
    assert text.startswith("requirements:\n- id: r1\n  type: count\n") and "per: month" in text
    assert "deductions:\n- text: 少一次扣0.5分" in text
    assert "每月召开1次支委会" in _text(page) and 'id="save-button"' in page


def test_a_wrong_correction_names_the_line_and_writes_nothing(root, own):
    client = _app(root).test_client()
    token = _token(client, "/rubric/item/1")
    text = _textarea(client.get("/rubric/item/1").get_data(as_text=True))
    before = _sha(own)
    line = text.splitlines().index("  per: month") + 1
    response = client.post("/rubric/item/1", data={"csrf_token": token,
                                                   "requirements": text.replace("per: month", "per: monthly")})
    page = response.get_data(as_text=True)
    assert response.status_code == 400
    problems = _text(re.search(r'<div class="error-box" id="problems".*?</div>', page, re.S).group(0))
    assert f"第{line}行，requirements 第1条：字段「per」的值「monthly」无效" in problems
    assert "per: monthly" in _textarea(page)  # what was typed stays in the form
    broken = client.post("/rubric/item/1", data={"csrf_token": token, "requirements": "requirements:\n- type: count\n per: x"})
    assert broken.status_code == 400 and re.search(r"第\d+行第\d+列", _text(broken.get_data(as_text=True)))
    unknown = client.post("/rubric/item/1", data={"csrf_token": token, "requirements": text + "points: 9\n"})
    assert unknown.status_code == 400 and "未知字段「points」" in _text(unknown.get_data(as_text=True))
    dangling = text.replace("requirement: r1", "requirement: r7")
    response = client.post("/rubric/item/1", data={"csrf_token": token, "requirements": dangling})
    assert response.status_code == 400 and "指向不存在的要求「r7」" in _text(response.get_data(as_text=True))
    assert _sha(own) == before


def test_a_correction_is_saved_and_kept_when_the_same_table_is_imported_again(root, own, table, cli_run):
    from archive.rubric import load_rubric_file

    client = _app(root).test_client()
    token = _token(client, "/rubric/item/1")
    text = _textarea(client.get("/rubric/item/1").get_data(as_text=True))
    corrected = text.replace("  per: month\n", "  per: month\n  min: 2\n").replace("不少于1次", "不少于2次")
    response = client.post("/rubric/item/1", data={"csrf_token": token, "requirements": corrected})
    assert response.status_code == 303
    page = client.get(response.headers["Location"]).get_data(as_text=True)
    assert "第1项的核查要求已保存" in page and "每月召开支委会不少于2次" in _card(page, "1")
    listed = client.get("/rubric/import").get_data(as_text=True)
    assert "已人工改正" in _card(listed, "1") and "已人工改正" not in _card(listed, "2")
    assert load_rubric_file(own).item("1").requirements[0].min == 2
    # the page's re-import says what the command line says, and keeps the correction
    draft = _draft(client, table)
    page = client.get(draft).get_data(as_text=True)
    assert "输出/考核评分表.yaml 中人工改过的1项将保留：第1项" in _text(page)
    assert "保留您的改正" in _card(page, "1") and "不少于2次" in _card(page, "1")
    assert _use(client, draft).status_code == 303
    assert load_rubric_file(own).item("1").requirements[0].min == 2
    code, out, _ = cli_run("rubric", "import", str(table), "-o", str(own), "--force")
    assert code == 0 and "人工改过的1项已保留：第1项" in out
    assert load_rubric_file(own).item("1").requirements[0].min == 2


def test_a_bundled_rubric_is_not_corrected_here(root):
    client = _app(root).test_client()
    page = client.get("/rubric/item/2").get_data(as_text=True)
    assert 'id="correct-form"' not in page and "内置评分表，不能在这里改正" in _text(page)
    config = _sha(root / "taizhang.toml")
    response = client.post("/rubric/item/2", data={"csrf_token": _token(client), "requirements": "requirements: []"})
    assert response.status_code == 400 and "内置评分表" in _text(response.get_data(as_text=True))
    assert _sha(root / "taizhang.toml") == config
    assert client.get("/rubric/item/999").status_code == 404


# --- 设置 ------------------------------------------------------------------------------------------------------------

def _settings_form(client, **changes) -> dict:
    page = client.get("/settings").get_data(as_text=True)
    fields = {name: html.unescape(value) for name, value in
              re.findall(r'<input name="([^"]+)"[^>]*? value="([^"]*)"', page)}
    fields["org_aliases"] = _text(re.search(r'<textarea name="org_aliases"[^>]*>(.*?)</textarea>', page,
                                            re.S).group(1)).strip()
    fields["csrf_token"] = re.search(r'name="csrf_token" value="([^"]+)"', page).group(1)
    fields.update(changes)
    return fields


def test_the_settings_page_shows_the_archives_settings(root):
    page = _app(root).test_client().get("/settings").get_data(as_text=True)
    assert 'name="org" id="org" value="幸福里社区党支部"' in page and 'value="2025"' in page
    for role in ("党组织书记", "组织委员", "宣传委员", "纪检委员"):
        assert f'name="role:{role}"' in page
    assert 'name="category:领导班子好"' in page and 'name="org_aliases"' in page


def test_settings_are_saved_into_taizhang_toml_and_read_back_by_the_library(root):
    from archive.filing.config import filing_config
    from archive.generators.measures import ORGANISER, Measure
    from archive.generators.rectification import person_for
    from archive.workspace import open_workspace

    config = root / "taizhang.toml"
    config.write_text(config.read_text(encoding="utf-8") + '\n[check]\ncopy_similarity = 0.9\n', encoding="utf-8")
    client = _app(root).test_client()
    form = _settings_form(client, org="幸福里社区党委", year="2024", **{"role:组织委员": "张伟", "role:纪检委员": "王芳",
                                                                   "category:领导班子好": "李书记"},
                          org_aliases="幸福里社区\n幸福里居委会、幸福里社区")
    response = client.post("/settings", data=form)
    assert response.status_code == 303
    ws = open_workspace(root)
    assert (ws.config.org, ws.config.year) == ("幸福里社区党委", 2024)
    assert ws.config.responsible["组织委员"] == "张伟" and ws.config.responsible["领导班子好"] == "李书记"
    assert "党组织书记" not in ws.config.responsible  # left empty: not written
    assert filing_config(ws).org_aliases == ("幸福里社区", "幸福里居委会")
    assert ws.config.section("check") == {"copy_similarity": 0.9}  # what the page does not show stays
    assert person_for(Measure("…", "一个月内", ORGANISER), "党员干部队伍好", ws.config.responsible, "", {}) == \
        "组织委员\n（张伟）"
    page = client.get("/settings").get_data(as_text=True)
    assert "设置已保存到 taizhang.toml。" in page and 'value="幸福里社区党委"' in page
    assert "幸福里社区党委 · 2024 年度党建台帐" in page  # the page's heading follows at once
    assert client.get("/api/status").get_json()["year"] == 2024


def test_wrong_settings_are_named_field_by_field_and_nothing_is_written(root):
    client = _app(root).test_client()
    before = _sha(root / "taizhang.toml")
    response = client.post("/settings", data=_settings_form(client, org=" ", year="20x5",
                                                            **{"role:宣传委员": "很长" * 20}))
    page = response.get_data(as_text=True)
    assert response.status_code == 400
    problems = _text(re.search(r'<div class="error-box" id="problems".*?</div>', page, re.S).group(0))
    assert "有 3 处需要改正，设置没有保存" in problems and "单位名称不能为空" in problems
    assert "考核年度应为 1990—2100 之间的四位数年份（如 2025），现为「20x5」" in problems
    assert "责任人「宣传委员」应为一行文字，不超过 30 个字" in problems
    assert 'value="20x5"' in page  # what was typed stays in the form
    assert _sha(root / "taizhang.toml") == before


# --- who may change the rubric and the settings ----------------------------------------------------------------

def test_read_only_users_see_the_rubric_but_change_nothing(root, own, table):
    from werkzeug.datastructures import Authorization

    from archive.passwords import hash_password
    from archive.web.auth import Access

    writable = _app(root).test_client()
    token = _token(writable)
    draft = _draft(writable, table)
    before = (_sha(own), _sha(root / "taizhang.toml"))
    client = _app(root, read_only=True).test_client()
    with client.session_transaction() as sess:
        sess["csrf"] = token
    page = client.get("/rubric/import").get_data(as_text=True)
    assert page.count('<article class="ru-item') == 4 and 'id="import-form"' not in page
    assert "改正本项的核查要求" not in page and 'id="nav-settings"' not in page
    item = client.get("/rubric/item/1").get_data(as_text=True)
    assert 'id="correct-form"' not in item and "requirements:" in item
    for url in (draft, "/settings"):
        response = client.get(url)
        assert response.status_code == 403 and "只读模式" in _text(response.get_data(as_text=True)), url
    posts = [("/rubric/import", {"table": (io.BytesIO(table.read_bytes()), table.name)}),
             (draft + "/use", {}), ("/rubric/item/1", {"requirements": "requirements: []"}),
             ("/settings", {"org": "只读", "year": "2025"})]
    for url, data in posts:
        response = client.post(url, data={"csrf_token": token, **data}, content_type="multipart/form-data")
        assert response.status_code == 403 and "只读模式" in _text(response.get_data(as_text=True)), url
    access = Access(password_hash=hash_password("writer-pass"), read_only_password_hash=hash_password("reader-pass"))
    reader = Authorization("basic", {"username": "", "password": "reader-pass"})
    inspectors = _app(root, access=access).test_client()
    assert inspectors.get("/rubric/import", auth=reader).status_code == 200
    assert inspectors.get("/settings", auth=reader).status_code == 403
    response = inspectors.post("/settings", auth=reader, headers={"X-Taizhang": "1"}, data={"org": "x", "year": "2025"})
    assert response.status_code == 403 and "考核组的只读密码只能查看" in _text(response.get_data(as_text=True))
    assert (_sha(own), _sha(root / "taizhang.toml")) == before


def test_every_rubric_and_settings_write_needs_the_csrf_token(root, own, table):
    client = _app(root).test_client()
    draft = _draft(client, table)
    before = (_sha(own), _sha(root / "taizhang.toml"))
    for url, data in [("/rubric/import", lambda: {"table": (io.BytesIO(table.read_bytes()), table.name)}),
                      (draft + "/use", dict), ("/rubric/item/1", lambda: {"requirements": "requirements: []"}),
                      ("/settings", lambda: {"org": "伪造", "year": "2025"})]:
        response = client.post(url, data=data(), content_type="multipart/form-data")
        assert response.status_code == 403 and "防伪令牌" in _text(response.get_data(as_text=True)), url
        wrong = client.post(url, data={**data(), "csrf_token": "not-the-token"}, content_type="multipart/form-data")
        assert wrong.status_code == 403, url
    assert (_sha(own), _sha(root / "taizhang.toml")) == before


def test_a_busy_archive_answers_503_and_nothing_is_written(root, own, table, monkeypatch):
    from archive.handle import Archive
    from archive.web import data
    from archive.workspace import open_workspace

    monkeypatch.setattr(data, "WEB_WRITE_WAIT_SECONDS", 0.2)
    client = _app(root).test_client()
    draft = _draft(client, table)
    token = _token(client)
    text = _textarea(client.get("/rubric/item/1").get_data(as_text=True))
    before = (_sha(own), _sha(root / "taizhang.toml"))
    with Archive(open_workspace(root)).writing("ingest"):  # another writer holds the lock meanwhile
        for url, data_ in [(draft + "/use", {}), ("/rubric/item/1", {"requirements": text.replace("per: month", "per: quarter")}),
                           ("/settings", _settings_form(client, org="忙"))]:
            response = client.post(url, data={"csrf_token": token, **data_})
            assert response.status_code == 503, url
            assert "稍后再试" in _text(response.get_data(as_text=True)), url
    assert (_sha(own), _sha(root / "taizhang.toml")) == before
    assert client.get(draft).status_code == 200  # the draft is still there to use once the archive is free
