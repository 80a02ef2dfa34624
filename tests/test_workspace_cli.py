"""Foundation: archive workspace, config, rubric commands, error mapping — driven through the CLI."""

import json
import os
import stat
import tomllib

import pytest
import yaml

from archive.errors import EXIT_INVALID_DATA, EXIT_NO_ARCHIVE, EXIT_USAGE, ArchiveNotFound, ConfigError
from archive.workspace import open_workspace


def test_init_creates_config_and_state_dir(tmp_path, cli_run):
    code, out, _ = cli_run("init", str(tmp_path / "a"), "--org", "幸福里社区党支部", "--year", "2025")
    assert code == 0, out
    config = tomllib.loads((tmp_path / "a" / "taizhang.toml").read_text(encoding="utf-8"))
    assert config["archive"] == {"org": "幸福里社区党支部", "year": 2025, "rubric": "seed000",
                                 "output_dirs": ["输出", "output"]}
    assert set(config["responsible"]) == {"领导班子好", "党员干部队伍好", "工作机制好", "工作业绩好", "群众反映好"}
    assert config["limits"]["max_file_bytes"] > 0
    assert (tmp_path / "a" / ".taizhang").is_dir()
    assert "已新建台帐档案" in out


def test_init_refuses_existing_archive(tmp_path, cli_run):
    assert cli_run("init", str(tmp_path), "--org", "甲", "--year", "2025")[0] == 0
    code, _, err = cli_run("init", str(tmp_path), "--org", "乙", "--year", "2025")
    assert code == EXIT_USAGE
    assert "已经是台帐档案" in err


def test_nearest_archive_upward_like_git(tmp_path, cli_run):
    cli_run("init", str(tmp_path), "--org", "甲", "--year", "2025")
    deep = tmp_path / "2025年党建资料" / "三会一课"
    deep.mkdir(parents=True)
    import os
    old = os.getcwd()
    os.chdir(deep)
    try:
        assert open_workspace().root == tmp_path.resolve()
    finally:
        os.chdir(old)


def test_command_outside_an_archive_says_so_in_chinese(tmp_path, cli_run):
    code, _, err = cli_run("list", cwd=tmp_path)
    assert code == EXIT_NO_ARCHIVE
    assert "没有台帐档案" in err and "taizhang init" in err
    with pytest.raises(ArchiveNotFound):
        open_workspace(tmp_path)


def test_limits_are_overridable_and_checked(tmp_path, cli_run):
    cli_run("init", str(tmp_path), "--org", "甲", "--year", "2025")
    cfg = tmp_path / "taizhang.toml"
    cfg.write_text(cfg.read_text(encoding="utf-8").replace("max_file_bytes = 209715200", "max_file_bytes = 1024"),
                   encoding="utf-8")
    assert open_workspace(tmp_path).config.limits.max_file_bytes == 1024
    cfg.write_text(cfg.read_text(encoding="utf-8") + "\n", encoding="utf-8")
    text = cfg.read_text(encoding="utf-8").replace("max_file_bytes = 1024", "max_file_bytes = -1")
    cfg.write_text(text, encoding="utf-8")
    with pytest.raises(ConfigError, match="必须是正数"):
        open_workspace(tmp_path)


def test_rubric_show_seed000_has_33_items_totalling_100(cli_run):
    code, out, _ = cli_run("rubric", "show", "seed000")
    assert code == 0
    assert "共 33 项，合计 100 分" in out
    code, out, _ = cli_run("rubric", "show", "seed000", "--json")
    data = json.loads(out)
    assert {"id", "title", "total", "categories"} <= set(data)
    assert data["id"] == "seed000" and data["total"] == 100
    items = [it for c in data["categories"] for it in c["items"]]
    assert len(items) == 33
    assert {"id", "text", "points"} <= set(items[0])
    assert sum(it["points"] for it in items) == 100
    assert [c["points"] for c in data["categories"]] == [20, 20, 20, 20, 20]


def test_rubric_list_names_every_bundled_rubric(cli_run):
    code, out, _ = cli_run("rubric", "list", "--json")
    assert code == 0
    ids = [r["id"] for r in json.loads(out)]
    assert "seed000" in ids


def test_rubric_validate_reports_file_item_and_field(tmp_path, cli_run):
    data = yaml.safe_load(open(_bundled("seed000"), encoding="utf-8"))
    data["categories"][1]["items"][0]["points"] = "三分"
    broken = tmp_path / "broken.yaml"
    broken.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    code, _, err = cli_run("rubric", "validate", str(broken))
    assert code == EXIT_INVALID_DATA
    assert "broken.yaml" in err
    assert "第2类「党员干部队伍好」" in err and "序号 8" in err and "points" in err


def test_rubric_validate_rejects_points_that_do_not_add_up(tmp_path, cli_run):
    data = yaml.safe_load(open(_bundled("seed000"), encoding="utf-8"))
    data["categories"][0]["items"][0]["points"] = 5
    broken = tmp_path / "sum.yaml"
    broken.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    code, _, err = cli_run("rubric", "validate", str(broken))
    assert code == EXIT_INVALID_DATA
    assert "各项标准分合计 21 分，与类别分值 20 分不符" in err


def test_rubric_validate_reports_yaml_syntax_position(tmp_path, cli_run):
    bad = tmp_path / "syntax.yaml"
    bad.write_text("id: x\ntitle: [未闭合\n", encoding="utf-8")
    code, _, err = cli_run("rubric", "validate", str(bad))
    assert code == EXIT_INVALID_DATA
    assert "不是有效的 YAML" in err and "行" in err


def test_user_rubric_file_works_where_a_bundled_id_does(tmp_path, cli_run):
    own = tmp_path / "my.yaml"
    own.write_text(open(_bundled("seed000"), encoding="utf-8").read().replace("id: seed000", "id: mine"),
                   encoding="utf-8")
    code, out, _ = cli_run("rubric", "show", str(own), "--json")
    assert code == 0 and json.loads(out)["id"] == "mine"
    code, _, _ = cli_run("init", str(tmp_path / "arch"), "--rubric", str(own), "--org", "甲", "--year", "2025")
    assert code == 0


def test_help_is_chinese(cli_run):
    for args in (["--help"], ["rubric", "--help"], ["rubric", "show", "--help"], ["init", "--help"],
                 ["ingest", "--help"], ["list", "--help"]):
        code, out, _ = cli_run(*args)
        assert code == 0
        assert "用法：" in out and "显示帮助并退出" in out


def test_unknown_rubric_is_a_usage_error(tmp_path, cli_run):
    """A mistyped rubric id is the user's typing (exit 2), not bad data (5)."""
    code, _, err = cli_run("rubric", "show", "nope")
    assert code == EXIT_USAGE
    assert "找不到评分表「nope」" in err and "seed000" in err
    code, _, err = cli_run("init", str(tmp_path / "x"), "--org", "甲", "--year", "2025", "--rubric", "seed999")
    assert code == EXIT_USAGE and "找不到评分表「seed999」（--rubric）" in err


def _bundled(rid):
    from importlib import resources
    return resources.files("archive.rubric") / "bundled" / f"{rid}.yaml"


def test_rubric_import_writes_yaml_that_validates(tmp_path, cli_run):
    import docx

    d = docx.Document()
    d.add_paragraph("社区党建工作考核评分表")
    t = d.add_table(rows=4, cols=4)
    for r, row in enumerate([["项目", "序号", "内容", "标准分"], ["组织建设\n6分", "1", "按时召开支委会", "4"],
                             ["组织建设\n6分", "2", "党费按月交纳", "2"], ["宣传工作（4分）", "3", "有宣传栏", "4"]]):
        for c, text in enumerate(row):
            t.cell(r, c).text = text
    src = tmp_path / "评分表.docx"
    d.save(src)
    out = tmp_path / "我的评分表.yaml"
    code, stdout, err = cli_run("rubric", "import", str(src), "-o", str(out))
    assert code == 0, err
    assert "已导入 2 类、3 项，合计 10 分" in stdout
    code, stdout, _ = cli_run("rubric", "validate", str(out))
    assert code == 0 and "3 项，总分 10 分" in stdout
    code, stdout, _ = cli_run("rubric", "show", str(out), "--json")
    data = json.loads(stdout)
    assert [(c["name"], c["points"]) for c in data["categories"]] == [("组织建设", 6), ("宣传工作", 4)]


def test_init_with_a_relative_rubric_path_is_found_later(tmp_path, cli_run, monkeypatch):
    own = tmp_path / "rubrics" / "my.yaml"
    own.parent.mkdir()
    own.write_text(open(_bundled("seed000"), encoding="utf-8").read().replace("id: seed000", "id: mine"),
                   encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    code, _, err = cli_run("init", "arch", "--rubric", "rubrics/my.yaml", "--org", "甲", "--year", "2025")
    assert code == 0, err
    assert open_workspace(tmp_path / "arch").rubric().id == "mine"


def test_init_with_a_rubric_inside_the_archive_stores_it_relative(tmp_path, cli_run):
    root = tmp_path / "档案"
    own = root / "评分表" / "我的评分表.yaml"
    own.parent.mkdir(parents=True)
    own.write_text(open(_bundled("seed000"), encoding="utf-8").read().replace("id: seed000", "id: mine"),
                   encoding="utf-8")
    code, _, err = cli_run("init", str(root), "--rubric", str(own), "--org", "甲", "--year", "2025")
    assert code == 0, err
    assert tomllib.loads((root / "taizhang.toml").read_text(encoding="utf-8"))["archive"]["rubric"] == "评分表/我的评分表.yaml"
    moved = tmp_path / "别处" / "档案"  # the whole archive moves: its rubric goes with it
    moved.parent.mkdir()
    root.rename(moved)
    assert open_workspace(moved).rubric().id == "mine"


def test_a_rubric_file_that_moved_is_named_with_the_taizhang_toml_line_to_change(tmp_path, cli_run):
    own = tmp_path / "我的评分表.yaml"
    own.write_text(open(_bundled("seed000"), encoding="utf-8").read().replace("id: seed000", "id: mine"),
                   encoding="utf-8")
    root = tmp_path / "档案"
    assert cli_run("init", str(root), "--rubric", str(own), "--org", "甲", "--year", "2025")[0] == 0
    own.rename(tmp_path / "改名了.yaml")
    code, _, err = cli_run("--archive", str(root), "status")
    assert code == 5
    assert f"找不到本档案的评分表文件 {own}" in err
    assert "taizhang.toml" in err and "rubric" in err and "请按提示修改评分表文件" not in err


@pytest.mark.skipif(os.name == "nt", reason="POSIX permission bits")
def test_taizhang_toml_gets_the_users_umask(tmp_path, cli_run):
    old = os.umask(0o022)
    try:
        assert cli_run("init", str(tmp_path / "档案"), "--org", "甲", "--year", "2025")[0] == 0
    finally:
        os.umask(old)
    assert stat.S_IMODE((tmp_path / "档案" / "taizhang.toml").stat().st_mode) == 0o644
