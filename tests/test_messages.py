"""What a user reads: text from files prints literally, click speaks Chinese, help is Chinese,
parser errors name the line in Chinese, piping to `head` is no error, long input is echoed cut, hits are marked 【】."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import click
import openpyxl
import pytest
import yaml

from archive.errors import EXIT_INPUTS_REJECTED, EXIT_INVALID_DATA, EXIT_USAGE

WIDE = "250"  # rich folds table cells at the terminal width; a wide one keeps each value on one line
MARKUP_NAME = "[sample_ow_partyReport]党支部考核录入样表.xlsx"
MARKUP_TITLE = "[/bold]党费收缴说明"
ENGLISH = re.compile(r"Missing|Invalid value|No such|does not exist|not in the range|unexpected extra|Usage:|"
                     r"Show this message|\[default|\[required|Error:|Try '|Options:|Commands:")


@pytest.fixture
def markup_archive(tmp_path, cli_run, monkeypatch):
    """An archive whose file names and text look like rich markup."""
    monkeypatch.setenv("COLUMNS", WIDE)
    root = tmp_path / "档案"
    assert cli_run("init", str(root), "--org", "测试社区党支部", "--year", "2025")[0] == 0
    (root / "说明.txt").write_text(f"{MARKUP_TITLE}\n本支部2025年党费按月收缴，[red]未交[/red]的党员名单见附表。\n",
                                   encoding="utf-8")
    wb = openpyxl.Workbook()
    wb.active.append(["姓名", "党费"])
    wb.active.append(["王秀兰", 30])
    wb.save(str(root / MARKUP_NAME))
    (root / "[red]坏.pdf").write_bytes(b"not a pdf at all")
    code, out, err = cli_run("--archive", str(root), "ingest", "--no-ocr")
    assert code == EXIT_INPUTS_REJECTED, out + err
    assert "[red]坏.pdf" in out  # the failure table prints the name as it is
    return root


# --- item 9: text from files prints literally ---------------------------------------------------------------


def test_list_prints_names_and_titles_literally(markup_archive, cli_run):
    code, out, err = cli_run("--archive", str(markup_archive), "list")
    assert code == 0, err
    assert MARKUP_NAME in out
    assert MARKUP_TITLE in out
    assert "[red]坏.pdf" in out


def test_search_prints_titles_and_snippets_literally(markup_archive, cli_run):
    code, out, err = cli_run("--archive", str(markup_archive), "search", "党费")
    assert code == 0, err
    assert MARKUP_TITLE in out and "[red]未交[/red]" in out and MARKUP_NAME in out


def test_rubric_show_prints_items_literally(tmp_path, cli_run, monkeypatch):
    monkeypatch.setenv("COLUMNS", WIDE)
    code, out, _ = cli_run("rubric", "show", "seed000", "--json")
    data = json.loads(out)
    data["categories"][0]["name"] = "[/bold]领导班子好"
    data["categories"][0]["items"][0]["text"] = "[/b]党组织[bold]书记[/bold]述职"
    own = tmp_path / "我的.yaml"
    own.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    code, out, err = cli_run("rubric", "show", str(own))
    assert code == 0, err
    assert "[/b]党组织[bold]书记[/bold]述职" in out and "【[/bold]领导班子好】" in out


def test_table_and_print_text_never_read_markup(capsys):
    from rich.text import Text

    from archive.render import console, print_text, styled, table

    console().print(table("[bold]标题", ["[/b]列"], [["[/bold]格"], [styled("[x]", "bold")], [None]]))
    print_text("[/red]一行", styled("[:smile:]", "cyan"))
    console().print("[/i]直接打印 :smile:")
    out = capsys.readouterr().out
    for literal in ("[bold]标题", "[/b]列", "[/bold]格", "[x]", "[/red]一行[:smile:]", "[/i]直接打印 :smile:"):
        assert literal in out
    assert isinstance(styled("x"), Text)


# --- item 10: click's messages and the help in Chinese ------------------------------------------------------


@pytest.mark.parametrize("args,chinese", [
    (["init", "x"], "缺少选项 '--org'。"),
    (["init", "x", "--org", "甲", "--year", "abc"], "'--year' 的值无效：「abc」不是有效的数字"),
    (["init", "x", "--org", "甲", "--year", "3000"], "3000 超出允许范围（1990<=x<=2100）"),
    (["nosuch"], "没有命令「nosuch」"),
    (["lst"], "是不是要输入 'list'"),
    (["list", "--bogus"], "没有选项「--bogus」"),
    (["rubric", "import", "/没有这个文件.docx", "-o", "x.yaml"], "文件「/没有这个文件.docx」不存在"),
    (["rubric", "show"], "缺少参数 'REF'"),
    (["init", "a", "b", "--org", "甲", "--year", "2025"], "多余的参数（b）"),
    (["search", "--limit"], "选项「--limit」后面需要一个值"),
])
def test_click_errors_are_chinese(tmp_path, cli_run, args, chinese):
    code, out, err = cli_run(*args, cwd=tmp_path)
    assert code == EXIT_USAGE
    assert err.startswith("用法错误：") and chinese in err, err
    assert not ENGLISH.search(err), err
    assert "--help 查看用法" in err


def _all_commands():
    from archive.cli import cli

    def walk(group: click.Group, path: list[str]):
        for name, cmd in sorted(group.commands.items()):
            yield [*path, name]
            if isinstance(cmd, click.Group):
                yield from walk(cmd, [*path, name])

    return [[]] + list(walk(cli, []))


@pytest.mark.parametrize("path", _all_commands(), ids=lambda p: " ".join(p) or "taizhang")
def test_every_help_is_chinese(cli_run, path):
    code, out, err = cli_run(*path, "--help")
    assert code == 0 and err == ""
    assert out.startswith("用法：taizhang") and "显示帮助并退出" in out
    assert not ENGLISH.search(out), out
    assert not re.search(r"\b(TEXT|INTEGER|FLOAT|PATH)\b|\[OPTIONS\]", out), out


def test_help_shows_defaults_and_required_in_chinese(cli_run):
    out = cli_run("init", "--help")[1]
    assert "[默认：seed000]" in out and "[必填]" in out and "1990～2100" in out


def test_bare_taizhang_prints_help_and_succeeds(cli_run):
    code, out, err = cli_run()
    assert code == 0 and err == ""
    assert out.startswith("用法：taizhang") and "命令：" in out and "ingest" in out
    code, out, err = cli_run("rubric")
    assert code == 0 and err == "" and "import" in out


def test_archive_option_after_the_subcommand(markup_archive, tmp_path, cli_run):
    elsewhere = tmp_path / "别处"
    elsewhere.mkdir()
    before = cli_run("--archive", str(markup_archive), "list", "--json", cwd=elsewhere)
    assert before[0] == 0
    for args in (["list", "--json", "--archive", str(markup_archive)], ["list", f"--archive={markup_archive}",
                                                                       "--json"]):
        code, out, err = cli_run(*args, cwd=elsewhere)
        assert code == 0, err
        assert json.loads(out) == json.loads(before[1])


def test_yaml_errors_are_chinese_with_the_line(tmp_path, cli_run):
    bad = tmp_path / "坏.yaml"
    bad.write_text("id: mine\ntitle: 我的评分表\n  kind: points\n", encoding="utf-8")
    code, _, err = cli_run("rubric", "validate", str(bad))
    assert code == EXIT_INVALID_DATA
    assert "不是有效的 YAML，第3行第7列：这里不能出现“键: 值”" in err
    assert "mapping values" not in err
    tab = tmp_path / "tab.yaml"
    tab.write_text("id: x\ncategories:\n\t- name: a\n", encoding="utf-8")
    err = cli_run("rubric", "validate", str(tab))[2]
    assert "第3行第1列" in err and "制表符" in err


def test_toml_errors_are_chinese_with_the_line(tmp_path, cli_run):
    root = tmp_path / "档案"
    cli_run("init", str(root), "--org", "甲", "--year", "2025")
    config = root / "taizhang.toml"
    config.write_text(config.read_text(encoding="utf-8").replace('org = "甲"', "org = 甲"), encoding="utf-8")
    line = next(n for n, text in enumerate(config.read_text(encoding="utf-8").splitlines(), 1) if "org = 甲" in text)
    code, _, err = cli_run("--archive", str(root), "list")
    assert code == EXIT_INVALID_DATA
    assert f"不是有效的 TOML，第{line}行第7列：值的写法不对（文字要加引号" in err
    assert "Invalid value" not in err and "at line" not in err


# --- item 11: pipes and long input ---------------------------------------------------------------------------


def test_piped_search_marks_hits_with_brackets(markup_archive, cli_run):
    out = cli_run("--archive", str(markup_archive), "search", "党费")[1]
    assert "【党费】" in out
    assert "【【" not in out and "\x01" not in out and "\x02" not in out


def test_marked_never_doubles_brackets():
    from archive.render import marked

    assert marked("会议讨论\x01【发展对象】\x02名单", "\x01", "\x02", terminal=False).plain == "会议讨论【发展对象】名单"
    on_terminal = marked("会议讨论\x01发展对象\x02名单", "\x01", "\x02", terminal=True)
    assert on_terminal.plain == "会议讨论发展对象名单" and on_terminal.spans


def test_a_long_query_is_echoed_cut(markup_archive, cli_run):
    query = "zqx" * 700
    code, out, _ = cli_run("--archive", str(markup_archive), "search", query)
    assert code == 0
    assert query not in out and "（共 2100 字）" in out
    assert max(len(line) for line in out.splitlines()) < 200


def _big_rubric(tmp_path: Path) -> Path:
    """A rubric YAML whose `rubric show` output is far bigger than a pipe's buffer."""
    items = [{"id": str(n), "text": f"第{n}项：按时召开支部委员会会议并留存会议记录" * 3, "points": 0.1,
              "requirements": [{"type": "judgement", "description": "由考核组判断"}]} for n in range(1, 1001)]
    data = {"id": "big", "title": "很长的评分表", "source": "测试", "kind": "points", "total": 100,
            "categories": [{"name": "全部", "points": 100, "items": items}]}
    path = tmp_path / "big.yaml"
    path.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    return path


@pytest.mark.parametrize("json_flag", [[], ["--json"]], ids=["table", "json"])
def test_piping_into_head_is_no_error(tmp_path, json_flag):
    """`taizhang rubric show big.yaml | head -1`: the reader goes away; taizhang stops quietly with 0."""
    big = _big_rubric(tmp_path)
    proc = subprocess.Popen([sys.executable, "-m", "archive", "rubric", "show", str(big), *json_flag],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, cwd=tmp_path)
    assert proc.stdout is not None and proc.stderr is not None
    assert proc.stdout.read(100)
    proc.stdout.close()
    err = proc.stderr.read().decode("utf-8", "replace")
    assert proc.wait(timeout=120) == 0, err
    assert "Traceback" not in err and "BrokenPipe" not in err and "Exception ignored" not in err


# --- item 12: init ------------------------------------------------------------------------------------------


@pytest.mark.parametrize("org", ["", "   "])
def test_init_refuses_an_empty_org(tmp_path, cli_run, org):
    code, _, err = cli_run("init", str(tmp_path / "a"), "--org", org, "--year", "2025")
    assert code == EXIT_USAGE and "单位名称（--org）不能为空" in err
    assert not (tmp_path / "a").exists()


def test_init_inside_an_archive_is_refused(tmp_path, cli_run):
    outer = tmp_path / "档案"
    assert cli_run("init", str(outer), "--org", "甲", "--year", "2025")[0] == 0
    inner = outer / "2025年" / "新档案"
    code, _, err = cli_run("init", str(inner), "--org", "乙", "--year", "2025")
    assert code == EXIT_USAGE
    assert f"位于已有的台帐档案 {outer.resolve()} 之内" in err
    assert not inner.exists()
    code, _, err = cli_run("init", "--org", "乙", "--year", "2025", cwd=outer)  # `init` in the archive itself
    assert code == EXIT_USAGE and "已经是台帐档案" in err
