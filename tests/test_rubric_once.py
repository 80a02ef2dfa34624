"""The archive's rubric is parsed once per command (`Workspace.rubric` keeps it for the open workspace), and a rubric
file edited while the workspace is open is read again."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from conftest import one_meeting_archive

import archive.rubric
from archive.assess import assess_archive
from archive.rubric import loader
from archive.workspace import open_workspace


@pytest.fixture()
def arc(tmp_path: Path) -> Path:
    return one_meeting_archive(tmp_path / "幸福里")


@pytest.fixture()
def counted(monkeypatch) -> dict[str, int]:
    """Counts of `load_rubric` calls and of YAML parses (the loader's own parse cache emptied first)."""
    counts = {"load": 0, "parse": 0}
    load, parse = archive.rubric.load_rubric, loader._parse_rubric_file

    def counting_load(*args, **kwargs):
        counts["load"] += 1
        return load(*args, **kwargs)

    def counting_parse(*args, **kwargs):
        counts["parse"] += 1
        return parse(*args, **kwargs)

    monkeypatch.setattr(archive.rubric, "load_rubric", counting_load)
    monkeypatch.setattr(loader, "_parse_rubric_file", counting_parse)
    monkeypatch.setattr(loader, "_PARSED", {})
    return counts


@pytest.mark.parametrize("command", [["status", "--json"], ["report", "all", "-o", "报告"], ["suggest"],
                                     ["file", "--accept"]])
def test_a_command_parses_the_rubric_once(arc, counted, cli_run, command):
    code, _, _ = cli_run("--archive", str(arc), *command, cwd=arc)
    assert code == 0
    assert counted == {"load": 1, "parse": 1}


def test_the_status_and_the_reports_of_one_workspace_share_one_rubric(arc, counted):
    from archive.generators import write_all_reports

    ws = open_workspace(arc)
    status = assess_archive(ws).to_json()
    write_all_reports(ws, arc / "报告", status)
    assert counted == {"load": 1, "parse": 1}
    assert ws.rubric() is ws.rubric()


def test_an_edited_rubric_file_is_read_again(arc):
    own = arc / "评分表" / "本社区.yaml"
    own.parent.mkdir()
    own.write_text(loader.dump_rubric_yaml(archive.rubric.load_rubric("seed000")), encoding="utf-8")
    config = arc / "taizhang.toml"
    config.write_text(config.read_text(encoding="utf-8").replace('rubric = "seed000"', 'rubric = "评分表/本社区.yaml"'),
                      encoding="utf-8")
    ws = open_workspace(arc)
    first = ws.rubric()
    assert ws.rubric() is first
    title = assess_archive(ws).to_json()["rubric_title"]
    assert title == first.title
    text = own.read_text(encoding="utf-8")
    assert f"title: {title}" in text
    before = own.stat().st_mtime_ns
    own.write_text(text.replace(f"title: {title}", "title: 幸福里社区自定评分表"), encoding="utf-8")
    os.utime(own, ns=(before + 1_000_000_000, before + 1_000_000_000))  # a later time even on a coarse clock
    assert ws.rubric().title == "幸福里社区自定评分表"
    assert assess_archive(ws).to_json()["rubric_title"] == "幸福里社区自定评分表"
