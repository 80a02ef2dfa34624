"""The inspector's page in headless Chromium (Debian's chromium + chromedriver, no browser download).

Screenshots at 1366×768 land in build/screenshots/ (git-ignored) so a person can look at them."""

from __future__ import annotations

import json
import shutil
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path

import pytest
from conftest import REPO, sample_archive

pytestmark = pytest.mark.slow

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser") or shutil.which("google-chrome")
CHROMEDRIVER = shutil.which("chromedriver")
SCREENSHOTS = REPO / "build" / "screenshots"

if not (CHROMIUM and CHROMEDRIVER):
    pytest.skip("需要 chromium 和 chromedriver（Debian：apt-get install chromium chromium-driver）", allow_module_level=True)
webdriver = pytest.importorskip("selenium.webdriver")
pytest.importorskip("archive.assess", reason="评估模块尚未就绪")
pytest.importorskip("archive.filing", reason="归档模块尚未就绪")

from selenium.common.exceptions import StaleElementReferenceException, WebDriverException  # noqa: E402
from selenium.webdriver.common.by import By  # noqa: E402
from selenium.webdriver.common.keys import Keys  # noqa: E402
from selenium.webdriver.support.wait import WebDriverWait  # noqa: E402

# Every wait is on a condition with a generous limit: CI runs on a busy 2-core machine where the server's first status
# or search (jieba, Whoosh) and Chromium's layout take many seconds. The limits only bound a hang; nothing is timed.
WAIT_S = 180


@pytest.fixture(scope="module")
def archive_root(tmp_path_factory):
    return sample_archive(tmp_path_factory, tmp_path_factory.mktemp("browser") / "档案")


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
        self._wait_until_serving()

    def _wait_until_serving(self) -> None:
        """Poll until the server answers a request (a cheap static file), so no page load races its start."""
        deadline = time.monotonic() + WAIT_S
        while True:
            try:
                with urllib.request.urlopen(self.url + "/static/style.css", timeout=WAIT_S) as resp:
                    if resp.status == 200:
                        return
                    problem: Exception = RuntimeError(f"{self.url} answered {resp.status}")
            except (urllib.error.URLError, OSError) as exc:
                problem = exc
            if time.monotonic() > deadline or not self.thread.is_alive():
                raise RuntimeError(f"{WAIT_S} 秒内网页服务未就绪：{problem}")
            time.sleep(0.1)

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
    driver.implicitly_wait(0)  # explicit waits on conditions only (an implicit 5 s was too short under load)
    driver.set_page_load_timeout(300)
    yield driver
    driver.quit()


def _status(root: Path) -> dict:
    from archive.assess import assess_archive
    from archive.workspace import open_workspace

    return assess_archive(open_workspace(root)).to_json()


def _wait(driver, condition, what: str):
    """Wait (up to WAIT_S) until `condition(driver)` is truthy; an element replaced meanwhile is simply re-read."""
    return WebDriverWait(driver, WAIT_S, poll_frequency=0.2,
                         ignored_exceptions=(StaleElementReferenceException,)).until(
        condition, f"{WAIT_S} 秒内未等到：{what}")


def _document_complete(driver) -> bool:
    return driver.execute_script("return document.readyState") == "complete"


def _open(driver, url: str) -> None:
    driver.get(url)
    _wait(driver, _document_complete, f"{url} 加载完成")


def _navigate(driver, action, what: str) -> None:
    """Do `action` (a click, Enter in a form) and wait until the page it leads to replaced this one and finished
    loading: a form POST and its redirect are not over when click() returns on a loaded machine."""
    old = driver.find_element(By.TAG_NAME, "html")
    action()
    _wait(driver, _gone(old), f"{what}：离开原页面")
    _wait(driver, _document_complete, f"{what}：新页面加载完成")


# What Chromium answers, instead of a stale-element error, when asked about a node while its page is being replaced.
_NODE_GONE = ("does not belong to the document", "No node with given id")


def _gone(element):
    """A condition: `element`'s page has been replaced. Chromium may report a node of the page being replaced as
    not belonging to the document rather than as stale; both mean it is gone (EC.staleness_of raised on the second)."""
    def check(_driver) -> bool:
        try:
            element.is_enabled()
        except StaleElementReferenceException:
            return True
        except WebDriverException as exc:
            if any(words in str(exc) for words in _NODE_GONE):
                return True
            raise
        return False
    return check


def _shot(driver, name: str) -> None:
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    driver.save_screenshot(str(SCREENSHOTS / f"{name}.png"))


def test_overview_item_search_and_filing_in_a_browser(archive_root, browser):
    server = LiveServer(archive_root, read_only=False)
    try:
        status = _status(archive_root)
        _open(browser, server.url + "/")
        assert "幸福里社区党支部" in browser.title
        total = browser.find_element(By.ID, "total-score").text
        assert total == f"{status['total']['score']:g}"
        _shot(browser, "overview")

        # the rubric tree → an item with evidence → its evidence is listed
        _navigate(browser, browser.find_element(By.LINK_TEXT, "评分项").click, "评分项")
        with_evidence = next(it for it in status["items"] if it["evidence"])
        link = browser.find_element(By.CSS_SELECTOR, f'a.item-link[href="/item/{with_evidence["id"]}"]')
        _navigate(browser, link.click, f"第{with_evidence['id']}项")
        assert f"第{with_evidence['id']}项" in browser.find_element(By.TAG_NAME, "h1").text
        cards = browser.find_elements(By.CSS_SELECTOR, ".card")
        assert len(cards) == len(with_evidence["evidence"])
        _shot(browser, "item")

        # one search box: 党费 reaches the dues ledger
        box = browser.find_element(By.ID, "q")
        box.clear()
        box.send_keys("党费")
        _navigate(browser, lambda: box.send_keys(Keys.ENTER), "检索 党费")
        links = browser.find_elements(By.CSS_SELECTOR, "a.hit-link")
        assert links, browser.find_element(By.TAG_NAME, "main").text[:1000]
        ledger = next(a for a in links if "党费" in a.text)
        _navigate(browser, ledger.click, "党费台帐")
        assert "党费" in browser.find_element(By.TAG_NAME, "h1").text
        # the words searched for are marked: in the full text, or in the cells of a spreadsheet's table
        assert browser.find_elements(By.CSS_SELECTOR, "pre.fulltext mark, table.sheet mark")
        _shot(browser, "search-evidence")

        # file an unfiled piece of evidence to a missing item and see its status change
        missing = next(it for it in status["items"] if it["status"] == "missing")
        _open(browser, server.url + f"/item/{missing['id']}")
        assert "缺少材料" in browser.find_element(By.CSS_SELECTOR, "h1 .status").text
        _navigate(browser, browser.find_element(By.CSS_SELECTOR, "#file-form button").click, "归档（POST 后重定向）")
        badge = browser.find_element(By.CSS_SELECTOR, "h1 .status").text
        assert "缺少材料" not in badge
        assert len(browser.find_elements(By.CSS_SELECTOR, ".card")) == 1
        assert _status(archive_root)["items"][status["items"].index(missing)]["status"] != "missing"
    finally:
        server.close()


def test_read_only_page_has_no_write_controls_and_refuses_a_forged_post(archive_root, browser):
    writable = LiveServer(archive_root, read_only=False)
    try:
        _open(browser, writable.url + f"/item/{_status(archive_root)['items'][0]['id']}")
        token = browser.find_element(By.NAME, "csrf_token").get_attribute("value")
    finally:
        writable.close()
    server = LiveServer(archive_root, read_only=True)
    try:
        item = _status(archive_root)["items"][0]
        _open(browser, server.url + f"/item/{item['id']}")
        assert "只读" in browser.find_element(By.CSS_SELECTOR, "header").text
        assert not browser.find_elements(By.CSS_SELECTOR, "form[method=post]")
        assert not browser.find_elements(By.CSS_SELECTOR, "button.secondary")
        body = urllib.parse.urlencode({"csrf_token": token, "path": "x", "item": item["id"]}).encode()
        with pytest.raises(urllib.error.HTTPError) as refused:
            urllib.request.urlopen(urllib.request.Request(server.url + "/action/file", data=body), timeout=WAIT_S)
        assert refused.value.code == 403
        assert json.dumps(_status(archive_root)["items"][0]) == json.dumps(item)
    finally:
        server.close()


def test_login_with_the_inspectors_password_reads_and_cannot_write(archive_root, browser):
    """Behind passwords (as on the office network): the login page, the inspectors' password, a read-only page."""
    from werkzeug.serving import make_server

    from archive.passwords import hash_password
    from archive.web import create_app
    from archive.web.auth import Access
    from archive.workspace import open_workspace

    access = Access(password_hash=hash_password("writer-secret"), read_only_password_hash=hash_password("inspect-2025"))
    server = make_server("127.0.0.1", 0, create_app(open_workspace(archive_root), access=access), threaded=True)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    url = f"http://127.0.0.1:{server.server_port}"
    try:
        item = _status(archive_root)["items"][0]
        _open(browser, url + f"/item/{item['id']}")
        assert "/login" in browser.current_url
        box = browser.find_element(By.ID, "password")
        box.send_keys("wrong-password")
        _navigate(browser, lambda: box.send_keys(Keys.ENTER), "错误密码")
        assert "密码不正确" in browser.find_element(By.ID, "login-error").text
        box = browser.find_element(By.ID, "password")
        box.send_keys("inspect-2025")
        _navigate(browser, lambda: box.send_keys(Keys.ENTER), "只读密码登录")
        assert f"第{item['id']}项" in browser.find_element(By.TAG_NAME, "h1").text
        header = browser.find_element(By.CSS_SELECTOR, "header").text
        assert "考核组（只读）" in header and "退出登录" in header
        assert not browser.find_elements(By.ID, "file-form")
        _shot(browser, "login-read-only")
    finally:
        server.shutdown()
        server.server_close()
