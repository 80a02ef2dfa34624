"""The 评分表 and 设置 pages in headless Chromium (Debian's chromium + chromedriver): a scoring table chosen and
uploaded is shown item by item, used, one item's requirements corrected in the form (a mistake first: the line is
named and nothing saved), the correction seen saved; the settings saved. The server, the browser and the waits are
the workbench's (tests/test_web_workbench_browser.py): every wait is on a condition, nothing is timed.

Screenshots of each new page at 1366×768 and 1024 wide (the whole page) land in /tmp/workbench_shots2/ for a person
to look at."""

from __future__ import annotations

import shutil

import pytest
from conftest import REPO, sample_archive

pytestmark = pytest.mark.slow

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser") or shutil.which("google-chrome")
CHROMEDRIVER = shutil.which("chromedriver")
SHOTS = REPO / "build" / "screenshots" / "rubric"  # looked at by a person; build/ is not tracked

if not (CHROMIUM and CHROMEDRIVER):
    pytest.skip("需要 chromium 和 chromedriver（Debian：apt-get install chromium chromium-driver）", allow_module_level=True)
pytest.importorskip("selenium.webdriver")
pytest.importorskip("archive.assess", reason="评估模块尚未就绪")

from selenium.webdriver.common.by import By  # noqa: E402
from test_web import _evidence_id  # noqa: E402
from test_web_rubric_settings import TITLE, make_table_docx  # noqa: E402

# the workbench's waits and fixtures (pytest finds them here): its page server, over this module's archive_root, and
# its browser
from test_web_workbench_browser import _navigate, _open, _shots, _wait, browser, downloads, server  # noqa: E402, F401

LEDGER = "2025年党建资料/党费/2025年党费收缴台帐.xlsx"


@pytest.fixture(scope="module")
def archive_root(tmp_path_factory):
    return sample_archive(tmp_path_factory, tmp_path_factory.mktemp("rubric-browser") / "档案")


def _shot(driver, name: str) -> None:
    _shots(driver, name, SHOTS)


def _note(driver) -> str:
    return driver.find_element(By.CSS_SELECTOR, "p.note").text


def test_a_table_is_uploaded_used_and_one_item_corrected(archive_root, server, browser, tmp_path):  # noqa: F811
    from archive.rubric import load_rubric_file

    table = make_table_docx(tmp_path / "考核评分表.docx")
    _open(browser, server + "/rubric/import")
    _shot(browser, "rubric_import_bundled")
    browser.find_element(By.ID, "table").send_keys(str(table))
    _navigate(browser, browser.find_element(By.ID, "import-button").click, "上传评分表")
    assert browser.find_element(By.TAG_NAME, "h1").text == TITLE
    first = browser.find_element(By.ID, "item-1")
    assert "每月召开支委会不少于1次" in first.text and "每月召开1次支委会" in first.text
    assert "少一次扣0.5分 → 每缺1次扣0.5分" in first.text
    assert "第4项" in browser.find_element(By.ID, "unsure").text
    _shot(browser, "rubric_draft")

    _navigate(browser, browser.find_element(By.ID, "use-button").click, "使用这份评分表")
    assert "已使用评分表「" + TITLE + "」" in _note(browser)
    assert (archive_root / "输出" / "考核评分表.yaml").is_file()
    _shot(browser, "rubric_import")

    link = browser.find_element(By.CSS_SELECTOR, "#item-1 .ru-edit a")
    _navigate(browser, link.click, "改正第1项")
    area = browser.find_element(By.ID, "requirements")
    text = area.get_attribute("value")
    line = text.splitlines().index("  per: month") + 1
    area.clear()
    area.send_keys(text.replace("per: month", "per: monthly"))
    _navigate(browser, browser.find_element(By.ID, "save-button").click, "保存（有错）")
    problems = browser.find_element(By.ID, "problems").text
    assert f"第{line}行，requirements 第1条：字段「per」的值「monthly」无效" in problems
    assert load_rubric_file(archive_root / "输出" / "考核评分表.yaml").item("1").requirements[0].per == "month"
    _shot(browser, "rubric_item_error")

    area = browser.find_element(By.ID, "requirements")
    area.clear()
    area.send_keys(text.replace("  per: month\n", "  per: month\n  min: 2\n").replace("不少于1次", "不少于2次"))
    _navigate(browser, browser.find_element(By.ID, "save-button").click, "保存改正")
    assert "第1项的核查要求已保存" in _note(browser)
    assert "每月召开支委会不少于2次" in browser.find_element(By.ID, "item-1").text
    assert load_rubric_file(archive_root / "输出" / "考核评分表.yaml").item("1").requirements[0].min == 2
    _shot(browser, "rubric_item")


def test_the_settings_are_saved_from_the_page(archive_root, server, browser):  # noqa: F811
    from archive.workspace import open_workspace

    _open(browser, server + "/settings")
    _shot(browser, "settings")
    field = browser.find_element(By.NAME, "role:组织委员")
    field.clear()
    field.send_keys("张伟")
    year = browser.find_element(By.ID, "year")
    year.clear()
    year.send_keys("20x5")
    _navigate(browser, browser.find_element(By.ID, "save-settings").click, "保存设置（有错）")
    assert "考核年度应为" in browser.find_element(By.ID, "problems").text
    _shot(browser, "settings_error")
    year = browser.find_element(By.ID, "year")
    year.clear()
    year.send_keys("2025")
    _navigate(browser, browser.find_element(By.ID, "save-settings").click, "保存设置")
    assert "设置已保存" in _note(browser)
    assert open_workspace(archive_root).config.responsible["组织委员"] == "张伟"


def test_screenshots_of_the_search_and_a_spreadsheet(archive_root, server, browser):  # noqa: F811
    _open(browser, server + "/search?q=支委会 3月")
    assert browser.find_element(By.ID, "no-hits").text == "3月没有找到与「支委会」相符的材料。"
    _wait(browser, lambda d: d.find_elements(By.CSS_SELECTOR, "#nearest + ol .outside"), "不在3月内的标记")
    _shot(browser, "search_month")
    _open(browser, f"{server}/evidence/{_evidence_id(archive_root, LEDGER)}?q=欠交")
    assert browser.find_elements(By.CSS_SELECTOR, "table.sheet td mark")
    _shot(browser, "evidence_sheet")
