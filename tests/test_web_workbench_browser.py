"""The archivist's workbench in headless Chromium (Debian's chromium + chromedriver): files chosen (and dropped) on
添加材料 are posted one at a time and read back; a suggestion accepted there changes the item's status; several
suggestions accepted from 待处理 with the keyboard; a report made on 报告 and downloaded opens in python-docx.

Screenshots of each new page at 1366×768 and 1024 wide (the whole page) land in /tmp/workbench_shots/ for a person to
look at."""

from __future__ import annotations

import io
import shutil
import threading
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest
from conftest import REPO, sample_archive

pytestmark = pytest.mark.slow

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser") or shutil.which("google-chrome")
CHROMEDRIVER = shutil.which("chromedriver")
SHOTS = REPO / "build" / "screenshots" / "workbench"  # looked at by a person; build/ is not tracked

if not (CHROMIUM and CHROMEDRIVER):
    pytest.skip("需要 chromium 和 chromedriver（Debian：apt-get install chromium chromium-driver）", allow_module_level=True)
webdriver = pytest.importorskip("selenium.webdriver")
pytest.importorskip("archive.assess", reason="评估模块尚未就绪")
pytest.importorskip("archive.filing", reason="归档模块尚未就绪")

from selenium.webdriver.common.by import By  # noqa: E402
from selenium.webdriver.common.keys import Keys  # noqa: E402
from test_web_browser import _document_complete, _navigate, _open, _wait  # noqa: E402, F401

# Every wait is on a condition; the limit only bounds a hang on a busy 2-core machine (the first upload starts the
# reading workers, the first report loads python-docx). Nothing is timed.
WAIT_S = 180
DUTY = "幸福里社区环境卫生责任状\n为保持社区环境整洁美观，社区与辖区单位签订环境卫生责任状。\n甲方：幸福里社区居委会　乙方：幸福超市\n2025年3月6日\n"
MINUTES = "2025年5月12日 支部委员会会议记录\n主持人：王书记\n议题：学习贯彻党的二十大精神，研究发展党员工作。\n"
DROPPED = "2025年6月3日 主题党日活动记录\n组织党员开展主题党日活动，学习党章。\n"


@pytest.fixture(scope="module")
def archive_root(tmp_path_factory):
    root = sample_archive(tmp_path_factory, tmp_path_factory.mktemp("workbench-browser") / "档案")
    config = root / "taizhang.toml"  # mid-June: the overview has something falling due to show
    config.write_text(config.read_text(encoding="utf-8") + '\n[assess]\nas_of = "2025-06-15"\n', encoding="utf-8")
    return root


@pytest.fixture(scope="module")
def downloads(tmp_path_factory):
    return tmp_path_factory.mktemp("downloads")


@pytest.fixture(scope="module")
def server(archive_root):
    from werkzeug.serving import make_server

    from archive.web import create_app
    from archive.workspace import open_workspace

    httpd = make_server("127.0.0.1", 0, create_app(open_workspace(archive_root)), threaded=True)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    url = f"http://127.0.0.1:{httpd.server_port}"
    deadline = time.monotonic() + WAIT_S
    while True:  # poll until it answers a cheap static file, so no page load races its start
        try:
            with urllib.request.urlopen(url + "/static/style.css", timeout=WAIT_S) as resp:
                if resp.status == 200:
                    break
        except (urllib.error.URLError, OSError):
            pass
        if time.monotonic() > deadline or not thread.is_alive():
            raise RuntimeError(f"{WAIT_S} 秒内网页服务未就绪")
        time.sleep(0.1)
    yield url
    httpd.shutdown()
    httpd.server_close()


@pytest.fixture(scope="module")
def browser(downloads):
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for arg in ("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
                "--window-size=1366,768", "--lang=zh-CN"):
        options.add_argument(arg)
    options.add_experimental_option("prefs", {"download.default_directory": str(downloads),
                                              "download.prompt_for_download": False})
    driver = webdriver.Chrome(service=Service(executable_path=CHROMEDRIVER), options=options)
    driver.execute_cdp_cmd("Page.setDownloadBehavior", {"behavior": "allow", "downloadPath": str(downloads)})
    driver.set_window_size(1366, 768)
    driver.implicitly_wait(0)
    driver.set_page_load_timeout(300)
    yield driver
    driver.quit()


def _status(root: Path) -> dict:
    from archive.assess import assess_archive
    from archive.workspace import open_workspace

    return {it["id"]: it for it in assess_archive(open_workspace(root)).to_json()["items"]}


def _shots(driver, name: str, folder: Path = SHOTS) -> None:
    """The page at 1366×768 as a person first sees it, and 1024 wide from top to bottom."""
    folder.mkdir(parents=True, exist_ok=True)
    driver.set_window_size(1366, 768)
    driver.save_screenshot(str(folder / f"{name}-1366x768.png"))
    driver.set_window_size(1024, 768)
    height = driver.execute_script("return document.documentElement.scrollHeight")
    driver.set_window_size(1024, min(int(height) + 140, 6000))
    driver.save_screenshot(str(folder / f"{name}-1024.png"))
    driver.set_window_size(1366, 768)


def _card(driver, name: str):
    return next(c for c in driver.find_elements(By.CSS_SELECTOR, "#results article.result")
                if name in c.find_element(By.CSS_SELECTOR, "td.path").text)


def test_files_chosen_are_read_one_by_one_and_an_accepted_suggestion_changes_the_items_status(
        archive_root, server, browser, tmp_path):
    assert _status(archive_root)["26"]["status"] == "missing"
    files = []
    for name, text in (("环境卫生责任状.txt", DUTY), ("支委会记录.txt", MINUTES)):
        files.append(tmp_path / name)
        files[-1].write_text(text, encoding="utf-8")
    _open(browser, server + "/upload")
    browser.find_element(By.ID, "files").send_keys("\n".join(str(f) for f in files))
    _wait(browser, lambda d: d.find_element(By.ID, "chosen-count").text == "已选择 2 个文件", "已选择 2 个文件")
    browser.find_element(By.ID, "upload-button").click()
    _wait(browser, lambda d: d.find_element(By.ID, "progress").text.startswith("已读取 2 个文件"), "两个文件读取完毕")
    cards = browser.find_elements(By.CSS_SELECTOR, "#results article.result")
    assert len(cards) == 2
    duty = _card(browser, "环境卫生责任状.txt")
    assert duty.find_element(By.CSS_SELECTOR, "td.kind").text == "协议"
    assert duty.find_element(By.CSS_SELECTOR, "td.date").text == "2025-03-06（来自落款）"
    minutes = _card(browser, "支委会记录.txt")
    assert minutes.find_element(By.CSS_SELECTOR, "td.date").text == "2025-05-12（来自正文）"
    assert "/upload?ids=" in browser.current_url  # a reload shows the same files again
    _shots(browser, "upload")

    accept = duty.find_element(By.CSS_SELECTOR, 'li.suggestion[data-item="26"] button.accept')
    _navigate(browser, accept.click, "接受第26项")
    duty = _card(browser, "环境卫生责任状.txt")
    filed = duty.find_element(By.CSS_SELECTOR, "td.filed-items")
    assert "第26项" in filed.text and "缺少材料" not in filed.text
    assert duty.find_element(By.CSS_SELECTOR, 'li.suggestion[data-item="26"] .filed-note').text == "已归档"
    _open(browser, server + "/item/26")
    assert "缺少材料" not in browser.find_element(By.CSS_SELECTOR, "h1 .status").text
    assert _status(archive_root)["26"]["status"] != "missing"


def test_a_file_dropped_on_the_drop_zone_is_read(archive_root, server, browser):
    _open(browser, server + "/upload")
    browser.execute_script("""
        const dt = new DataTransfer();
        dt.items.add(new File([arguments[0]], '主题党日.txt', {type: 'text/plain'}));
        document.getElementById('dropzone').dispatchEvent(new DragEvent('drop', {dataTransfer: dt, bubbles: true}));
    """, DROPPED)
    _wait(browser, lambda d: d.find_element(By.ID, "chosen-count").text == "已选择 1 个文件", "拖入的文件已选择")
    browser.find_element(By.ID, "upload-button").click()
    _wait(browser, lambda d: d.find_element(By.ID, "progress").text.startswith("已读取 1 个文件"), "拖入的文件读取完毕")
    card = _card(browser, "主题党日.txt")
    assert card.find_element(By.CSS_SELECTOR, "td.date").text == "2025-06-03（来自正文）"
    assert (archive_root / "主题党日.txt").is_file()


def test_several_suggestions_are_accepted_from_the_review_page_with_the_keyboard(archive_root, server, browser):
    _open(browser, server + "/review")
    _shots(browser, "review")
    before = _status(archive_root)
    boxes = browser.find_elements(By.CSS_SELECTOR, '#unfiled input[name="pick"]')
    wanted = [b for b in boxes if before[b.get_attribute("value").partition("|")[0]]["status"] == "missing"][:2]
    assert len(wanted) == 2
    values = [b.get_attribute("value") for b in wanted]
    for box in wanted:
        box.send_keys(Keys.SPACE)  # a checkbox is ticked with the space bar
    assert all(b.is_selected() for b in wanted)
    button = browser.find_element(By.ID, "accept-selected")
    _navigate(browser, lambda: button.send_keys(Keys.ENTER), "接受所选")
    assert "已归档 2 条" in browser.find_element(By.CSS_SELECTOR, "p.note").text
    after = _status(archive_root)
    for value in values:
        item, _, path = value.partition("|")
        assert path in after[item]["evidence"] and after[item]["status"] != "missing"
    left = {b.get_attribute("value") for b in browser.find_elements(By.CSS_SELECTOR, '#unfiled input[name="pick"]')}
    assert not left & set(values)


def test_a_report_is_made_on_the_reports_page_and_downloads(archive_root, server, browser, downloads):
    import docx

    _open(browser, server + "/")
    assert browser.find_elements(By.CSS_SELECTOR, "#due li"), browser.find_element(By.ID, "due").text
    _shots(browser, "overview")
    _open(browser, server + "/reports")
    row = browser.find_element(By.ID, "out-self-assessment")
    assert "尚未生成" in row.text
    _navigate(browser, row.find_element(By.CSS_SELECTOR, "form.make button").click, "生成自评表")
    assert "已生成：自评表.docx" in browser.find_element(By.CSS_SELECTOR, "p.note").text
    row = browser.find_element(By.ID, "out-self-assessment")
    assert row.find_element(By.CSS_SELECTOR, ".made-at").text[:4] == time.strftime("%Y")
    _shots(browser, "reports")
    row.find_element(By.CSS_SELECTOR, "a.download").click()
    target = downloads / "自评表.docx"
    _wait(browser, lambda d: target.is_file() and not list(downloads.glob("*.crdownload")), "自评表.docx 下载完成")
    document = docx.Document(io.BytesIO(target.read_bytes()))
    cells = [c.text for t in document.tables for r in t.rows for c in r.cells]
    assert any("环境卫生责任状" in c or "社区环境整洁美观" in c for c in cells)
    assert target.read_bytes() == (archive_root / "输出" / "自评表.docx").read_bytes()
