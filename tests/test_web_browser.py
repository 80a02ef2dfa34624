"""The inspector's page in headless Chromium (Debian's chromium + chromedriver, no browser download).

Screenshots at 1366×768 land in build/screenshots/ (git-ignored) so a person can look at them."""

from __future__ import annotations

import json
import shutil
import threading
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path

import pytest
from conftest import REPO, SAMPLE, init_and_ingest

pytestmark = pytest.mark.slow

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser") or shutil.which("google-chrome")
CHROMEDRIVER = shutil.which("chromedriver")
SCREENSHOTS = REPO / "build" / "screenshots"

if not (CHROMIUM and CHROMEDRIVER):
    pytest.skip("需要 chromium 和 chromedriver（Debian：apt-get install chromium chromium-driver）", allow_module_level=True)
webdriver = pytest.importorskip("selenium.webdriver")
pytest.importorskip("archive.assess", reason="评估模块尚未就绪")
pytest.importorskip("archive.filing", reason="归档模块尚未就绪")

from selenium.webdriver.common.by import By  # noqa: E402


@pytest.fixture(scope="module")
def archive_root(tmp_path_factory):
    root = tmp_path_factory.mktemp("browser") / "档案"
    shutil.copytree(SAMPLE, root)
    return init_and_ingest(root)


class LiveServer:
    def __init__(self, root: Path, read_only: bool):
        from werkzeug.serving import make_server

        from archive.web import create_app
        from archive.workspace import open_workspace

        self.server = make_server("127.0.0.1", 0, create_app(open_workspace(root), read_only=read_only),
                                  threaded=True)
        self.url = f"http://127.0.0.1:{self.server.server_port}"
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        self.thread.start()

    def close(self):
        self.server.shutdown()
        self.server.server_close()


@pytest.fixture(scope="module")
def browser():
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for arg in ("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
                "--window-size=1366,768", "--lang=zh-CN"):
        options.add_argument(arg)
    driver = webdriver.Chrome(service=Service(executable_path=CHROMEDRIVER), options=options)
    driver.set_window_size(1366, 768)
    driver.implicitly_wait(5)
    yield driver
    driver.quit()


def _status(root: Path) -> dict:
    from archive.assess import assess_archive
    from archive.workspace import open_workspace

    return assess_archive(open_workspace(root)).to_json()


def _shot(driver, name: str) -> None:
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    driver.save_screenshot(str(SCREENSHOTS / f"{name}.png"))


def test_overview_item_search_and_filing_in_a_browser(archive_root, browser):
    server = LiveServer(archive_root, read_only=False)
    try:
        status = _status(archive_root)
        browser.get(server.url + "/")
        assert "幸福里社区党支部" in browser.title
        total = browser.find_element(By.ID, "total-score").text
        assert total == f"{status['total']['score']:g}"
        _shot(browser, "overview")

        # the rubric tree → an item with evidence → its evidence is listed
        browser.find_element(By.LINK_TEXT, "评分项").click()
        with_evidence = next(it for it in status["items"] if it["evidence"])
        browser.find_element(By.CSS_SELECTOR, f'a.item-link[href="/item/{with_evidence["id"]}"]').click()
        assert f"第{with_evidence['id']}项" in browser.find_element(By.TAG_NAME, "h1").text
        cards = browser.find_elements(By.CSS_SELECTOR, ".card")
        assert len(cards) == len(with_evidence["evidence"])
        _shot(browser, "item")

        # one search box: 党费 reaches the dues ledger
        box = browser.find_element(By.ID, "q")
        box.clear()
        box.send_keys("党费\n")
        links = browser.find_elements(By.CSS_SELECTOR, "a.hit-link")
        assert links
        ledger = next(a for a in links if "党费" in a.text)
        ledger.click()
        assert "党费" in browser.find_element(By.TAG_NAME, "h1").text
        assert browser.find_elements(By.CSS_SELECTOR, "pre.fulltext mark")
        _shot(browser, "search-evidence")

        # file an unfiled piece of evidence to a missing item and see its status change
        missing = next(it for it in status["items"] if it["status"] == "missing")
        browser.get(server.url + f"/item/{missing['id']}")
        assert "缺少材料" in browser.find_element(By.CSS_SELECTOR, "h1 .status").text
        browser.find_element(By.CSS_SELECTOR, "#file-form button").click()
        badge = browser.find_element(By.CSS_SELECTOR, "h1 .status").text
        assert "缺少材料" not in badge
        assert len(browser.find_elements(By.CSS_SELECTOR, ".card")) == 1
        assert _status(archive_root)["items"][status["items"].index(missing)]["status"] != "missing"
    finally:
        server.close()


def test_read_only_page_has_no_write_controls_and_refuses_a_forged_post(archive_root, browser):
    writable = LiveServer(archive_root, read_only=False)
    try:
        browser.get(writable.url + f"/item/{_status(archive_root)['items'][0]['id']}")
        token = browser.find_element(By.NAME, "csrf_token").get_attribute("value")
    finally:
        writable.close()
    server = LiveServer(archive_root, read_only=True)
    try:
        item = _status(archive_root)["items"][0]
        browser.get(server.url + f"/item/{item['id']}")
        assert "只读" in browser.find_element(By.CSS_SELECTOR, "header").text
        assert not browser.find_elements(By.CSS_SELECTOR, "form[method=post]")
        assert not browser.find_elements(By.CSS_SELECTOR, "button.secondary")
        body = urllib.parse.urlencode({"csrf_token": token, "path": "x", "item": item["id"]}).encode()
        with pytest.raises(urllib.error.HTTPError) as refused:
            urllib.request.urlopen(urllib.request.Request(server.url + "/action/file", data=body), timeout=10)
        assert refused.value.code == 403
        assert json.dumps(_status(archive_root)["items"][0]) == json.dumps(item)
    finally:
        server.close()
