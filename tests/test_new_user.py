"""Problems a new user met following the README on a fresh clone (each test fails without its fix)."""

import json
from pathlib import Path

from conftest import init_and_ingest


def _small_archive(tmp_path: Path) -> Path:
    root = tmp_path / "档案"
    folder = root / "08 党员资料台帐"
    folder.mkdir(parents=True)
    (folder / "党员花名册.txt").write_text("幸福里社区党支部2025年党员花名册\n姓名 性别 入党时间\n王秀兰 女 1998年7月\n",
                                         encoding="utf-8")
    (root / "便条.txt").write_text("2025年3月5日 记得买打印纸\n", encoding="utf-8")
    return init_and_ingest(root)


def test_list_json_carries_filed_items(cli_run, tmp_path):
    """README: `list --json` rows have "items" (the rubric items a file is filed to), like `show --json`."""
    root = _small_archive(tmp_path)
    code, out, _ = cli_run("--archive", str(root), "file", "便条.txt", "--item", "3")
    assert code == 0
    code, out, _ = cli_run("--archive", str(root), "list", "--json")
    assert code == 0
    rows = {r["path"]: r for r in json.loads(out)}
    assert rows["便条.txt"]["items"] == ["3"]
    assert "items" in rows["08 党员资料台帐/党员花名册.txt"]
    assert isinstance(rows["08 党员资料台帐/党员花名册.txt"]["items"], list)


def test_a_misspelled_table_in_the_config_is_refused(tmp_path, cli_run):
    root = tmp_path / "档案"
    assert cli_run("init", str(root), "--org", "幸福里社区党支部", "--year", "2025")[0] == 0
    config = root / "taizhang.toml"
    config.write_text(config.read_text(encoding="utf-8") + "\n[filling]\nmin_score = 0.6\n", encoding="utf-8")
    code, _, err = cli_run("--archive", str(root), "status")
    assert code == 5
    assert "未知的设置表「[filling]」" in err and "[filing]" in err
