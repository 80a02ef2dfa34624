"""会议记录 fields from line layouts, tab-separated table text and table rows."""

import pytest
from conftest import CORPORA_OFFICE, needs_corpus_file

from archive.extract.base import Table
from archive.extract.minutes import collapse_cells, minutes_fields

REAL = CORPORA_OFFICE  # ../shared/corpora/real-office (or TAIZHANG_TEST_SHARED's): absent from a fresh clone

LINES = """XX社区党支部支部委员会会议记录
会议名称：2025年3月支部委员会
会议时间：2025年3月12日上午9:00    会议地点：社区党群服务中心三楼会议室
主 持 人：张三        记录人：李四
应到7人，实到6人
缺席人员及原因：王五（外出务工，已请假）
议题：
1. 传达学习街道党工委会议精神
2. 研究3月份主题党日活动安排
会议内容：
张三：……
"""


def test_line_layout():
    f = minutes_fields(LINES, [])
    assert f["会议名称"] == "2025年3月支部委员会"
    assert f["会议时间"] == "2025年3月12日上午9:00"
    assert f["地点"] == "社区党群服务中心三楼会议室"
    assert f["主持人"] == "张三"
    assert f["记录人"] == "李四"
    assert f["应到人数"] == 7
    assert f["实到人数"] == 6
    assert f["缺席人员"] == "王五（外出务工，已请假）"
    assert f["议题"] == "1. 传达学习街道党工委会议精神；2. 研究3月份主题党日活动安排"


def test_labels_run_together_and_spaced():
    f = minutes_fields("主持人：张三记录人：李四 时 间：2025年3月1日\n地 点：会议室", [])
    assert f == {"主持人": "张三", "记录人": "李四", "会议时间": "2025年3月1日", "地点": "会议室"}


def test_other_labels_are_not_minutes_fields():
    f = minutes_fields("入党时间：2001年7月1日\n会议记录：见附件\n编号：2019-001", [])
    assert "会议时间" not in f and "记录人" not in f


@pytest.mark.parametrize(
    "text, expected, present",
    [
        ("应到7人，实到6人", 7, 6),
        ("应到人数：7    实到人数：6", 7, 6),
        ("应到：7人  实到：6人", 7, 6),
        ("应出席党员12名，实际出席10名", 12, 10),
        ("应到会人数12人，参加人数：11人", 12, 11),
        ("应到十二人，实到十一人", 12, 11),
        ("应到２０人，实到１９人", 20, 19),
    ],
)
def test_attendance_forms(text, expected, present):
    f = minutes_fields(text, [])
    assert (f["应到人数"], f["实到人数"]) == (expected, present)


def test_participant_count_form():
    assert minutes_fields("参加人数：9人", [])["实到人数"] == 9
    f = minutes_fields("参加人员：张三、李四", [])
    assert "实到人数" not in f and f["参加人员"] == "张三、李四"


def test_tab_separated_cells():
    text = ("会议记录\n会议名称\t支部党员大会\n时间\t2025.3.12\t地点\t会议室\n主 持 人\t张三\t记 录 人\t李四\n"
            "应到人数\t12\t实到人数\t10\n缺席人员及原因\t王五（病假）\n会议议题\t发展党员")
    f = minutes_fields(text, [])
    assert f == {
        "会议名称": "支部党员大会", "会议时间": "2025.3.12", "地点": "会议室", "主持人": "张三", "记录人": "李四",
        "应到人数": 12, "实到人数": 10, "缺席人员": "王五（病假）", "议题": "发展党员",
    }


def test_table_rows_with_merged_cell_repeats():
    rows = [
        ["会议时间", "会议时间", "会议时间", "2015/10/25 8:30---10:00", "会议地点", "会议地点", "电话会议", "电话会议"],
        ["主 持 人", "主 持 人", "徐斌", "记 录 人", "黎慈军", "黎慈军"],
        ["会议主题", "会议主题", "", "", ""],
        ["参会人员", "徐斌、黎慈军", "徐斌、黎慈军"],
        ["请假人员", "", ""],
    ]
    f = minutes_fields("", [Table("t", rows)])
    assert f == {"会议时间": "2015/10/25 8:30---10:00", "地点": "电话会议", "主持人": "徐斌", "记录人": "黎慈军",
                 "参加人员": "徐斌、黎慈军"}


def test_table_row_pairs():
    f = minutes_fields("", [Table("t", [["主持人", "张三", "记录人", "李四"], ["应到人数：7", "实到人数：六"]])])
    assert f == {"主持人": "张三", "记录人": "李四", "应到人数": 7, "实到人数": 6}


def test_header_row_over_value_row():
    rows = [
        ["所在党支部", "会议类型", "主持人姓名", "记录人姓名", "会议名称", "实际会议时间", "会议地点", "应到人数", "实到人数"],
        ["XX党支部", "支部党员大会", "张三", "李四", "支部党员大会", "2019/2/3 14:30", "党员活动室101", "20", "19"],
    ]
    f = minutes_fields("", [Table("Sheet1", rows)])
    assert f["会议类型"] == "支部党员大会"
    assert f["主持人"] == "张三" and f["记录人"] == "李四"
    assert f["会议时间"] == "2019/2/3 14:30"
    assert (f["应到人数"], f["实到人数"]) == (20, 19)
    # the same sheet as tab-separated text
    g = minutes_fields("\n".join("\t".join(r) for r in rows), [])
    assert g == f


def test_first_value_wins_and_empty_values_skipped():
    f = minutes_fields("主持人：\n主持人：张三\n主持人：王五", [])
    assert f["主持人"] == "张三"


def test_checkbox_junk_and_stop_labels():
    f = minutes_fields("会议类别：■          编号：2019---001\n整理：       审核：", [])
    assert f == {}


def test_empty():
    assert minutes_fields("", []) == {}
    assert minutes_fields("这是一段没有字段的文字。", []) == {}


def test_collapse_cells():
    assert collapse_cells(["a", "a", " a ", "b", "a"]) == ["a", "b", "a"]


def _docx_tables(path):
    docx = pytest.importorskip("docx")
    d = docx.Document(str(path))
    return [Table("t", [[c.text for c in r.cells] for r in t.rows]) for t in d.tables]


@needs_corpus_file("real-office", "3.15号会议记录.docx")
def test_real_student_minutes_table():
    f = minutes_fields("会议记录", _docx_tables(REAL / "3.15号会议记录.docx"))
    assert f["会议名称"] == "SE2019 春-G02小组第三次会议"
    assert f["会议时间"] == "2019.3.15"
    assert f["地点"] == "理四421"
    assert (f["主持人"], f["记录人"]) == ("高兴欣", "倪嘉玲")
    assert f["缺席人员"] == "无"


@needs_corpus_file("real-office", "会议纪要.docx")
def test_real_company_minutes_template():
    f = minutes_fields("会议纪要\n会议类别：■     编号：2019---001", _docx_tables(REAL / "会议纪要.docx"))
    assert f["会议时间"] == "2015/10/25 8:30---10:00"
    assert (f["主持人"], f["记录人"]) == ("徐斌", "黎慈军")
    assert "会议类型" not in f


@pytest.mark.parametrize("text, expected, present", [
    ("支部委员会议纪要\n时间：2025年3月5日\n出席：党员33名\n缺席：5名\n议题：学习", 38, 33),
    ("党员大会纪要\n开会时间：2025年4月2日\n全体党员38名，到会31名。\n主持：王强", 38, 31),
    ("支委会\n日期：2025年5月6日\n参加人员：张三、李四、王五、赵六、钱七（5人）\n缺席：无\n", 5, 5),
    ("会议记录\n参加人员：张三、李四\n缺席：王五\n", None, None),  # names only: nothing guessed
])
def test_attendance_written_without_the_words_ying_dao_shi_dao(text, expected, present):
    from archive.extract.minutes import minutes_fields

    fields = minutes_fields(text)
    assert fields.get("应到人数") == expected
    assert fields.get("实到人数") == present
