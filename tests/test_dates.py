"""Chinese date parsing: dates in text, user-typed dates, the date of a document."""

import datetime as dt

import pytest

from archive.extract.dates import PRECISION_MONTH, dated, document_date, find_dates, parse_date, parse_period

D = dt.date


@pytest.mark.parametrize(
    "text, expected",
    [
        ("2025年3月12日", D(2025, 3, 12)),
        ("二〇二五年三月十二日", D(2025, 3, 12)),
        ("二○二五年三月十二日", D(2025, 3, 12)),
        ("二零二五年三月十二日", D(2025, 3, 12)),
        ("二〇二五年十二月三十一日", D(2025, 12, 31)),
        ("二〇二五年十月二十日", D(2025, 10, 20)),
        ("2025.3.12", D(2025, 3, 12)),
        ("2025-03-12", D(2025, 3, 12)),
        ("2025/3/12", D(2025, 3, 12)),
        ("２０２５年３月１２日", D(2025, 3, 12)),
        ("２０２５．３．１２", D(2025, 3, 12)),
        ("2025 年 3 月 12 日", D(2025, 3, 12)),
        ("2025年3月12号", D(2025, 3, 12)),
    ],
)
def test_day_forms(text, expected):
    found = find_dates(f"会议于{text}召开")
    assert [f.date for f in found] == [expected]
    assert found[0].text.strip() == text.strip()
    assert found[0].precision == "day"


@pytest.mark.parametrize(
    "text, time",
    [
        ("2025年3月12日上午9:00", dt.time(9, 0)),
        ("2025年3月12日下午3点", dt.time(15, 0)),
        ("2025年3月12日下午3点半", dt.time(15, 30)),
        ("2025年3月12日 14:30", dt.time(14, 30)),
        ("2025年3月12日14时30分", dt.time(14, 30)),
        ("2025年3月12日（星期三）下午三点", dt.time(15, 0)),
        ("2025年3月12日晚上7:30", dt.time(19, 30)),
        ("２０２５年３月１２日上午９：００", dt.time(9, 0)),
        ("2015/10/25 8:30---10:00", dt.time(8, 30)),
    ],
)
def test_times(text, time):
    (found,) = find_dates(text)
    assert found.time == time
    assert found.date.year in (2015, 2025)


def test_offsets_point_into_original_text():
    text = "会议时间：２０２５年３月１２日，地点：会议室"
    (found,) = find_dates(text)
    assert text[found.start:found.end] == "２０２５年３月１２日"


def test_month_precision():
    (found,) = find_dates("2025年3月支部委员会会议记录")
    assert found.date == D(2025, 3, 1)
    assert found.precision == PRECISION_MONTH
    (cn,) = find_dates("二〇二五年三月工作安排")
    assert cn.date == D(2025, 3, 1) and cn.precision == PRECISION_MONTH


@pytest.mark.parametrize("text", ["2025年2月30日", "2025年13月1日", "2025-02-29", "2023.4.31", "二〇二五年二月三十日"])
def test_impossible_dates_rejected(text):
    assert [f for f in find_dates(text) if f.precision == "day"] == []


def test_leap_day_accepted():
    assert find_dates("2024年2月29日")[0].date == D(2024, 2, 29)


def test_not_dates():
    assert find_dates("2024年工作总结") == []
    assert find_dates("版本1.2025.3.12") == []
    assert find_dates("2025.3.12.5") == []
    assert find_dates("应到7人，实到6人") == []


def test_yearless_dates_take_nearest_year():
    found = find_dates("2024年12月30日召开会议，传达12月28日街道会议精神；2025年1月5日前完成，1月3日报送。")
    assert [f.date for f in found] == [D(2024, 12, 30), D(2024, 12, 28), D(2025, 1, 5), D(2025, 1, 3)]
    assert [f.year_inferred for f in found] == [False, True, False, True]


def test_yearless_range_and_chinese():
    found = find_dates("2025年3月12日至3月14日，三月十五日总结")
    assert [f.date for f in found] == [D(2025, 3, 12), D(2025, 3, 14), D(2025, 3, 15)]


def test_yearless_without_anchor_ignored():
    assert find_dates("传达2月28日街道会议精神") == []


@pytest.mark.parametrize(
    "s, expected",
    [
        ("2025-03-12", D(2025, 3, 12)),
        ("2025.3.12", D(2025, 3, 12)),
        ("2025.3", D(2025, 3, 1)),
        ("2025-03", D(2025, 3, 1)),
        ("2025年3月", D(2025, 3, 1)),
        ("2025年3月12日", D(2025, 3, 12)),
        ("20250312", D(2025, 3, 12)),
        ("2025", D(2025, 1, 1)),
        (" ２０２５年３月 ", D(2025, 3, 1)),
        ("2025-13-01", None),
        ("2025-02-30", None),
        ("三月", None),
        ("", None),
        ("明天", None),
    ],
)
def test_parse_date(s, expected):
    assert parse_date(s) == expected


def test_parse_period():
    assert parse_period("2025.3") == (D(2025, 3, 1), D(2025, 3, 31))
    assert parse_period("2024年2月") == (D(2024, 2, 1), D(2024, 2, 29))
    assert parse_period("2025年12月") == (D(2025, 12, 1), D(2025, 12, 31))
    assert parse_period("2025") == (D(2025, 1, 1), D(2025, 12, 31))
    assert parse_period("2025-03-12") == (D(2025, 3, 12), D(2025, 3, 12))


# --- document_date -----------------------------------------------------------------------------------------

MINUTES = """XX社区党支部支部委员会会议记录
会议时间：2025年3月12日上午9:00
会议地点：社区党群服务中心会议室
主持人：张三    记录人：李四
应到7人，实到6人
议题：
一、传达2月28日街道党工委会议精神
二、讨论2024年工作总结修改意见
三、研究2025年4月主题党日活动安排，4月10日前报街道
"""


def test_labelled_meeting_date_wins_over_body_mentions():
    assert document_date(MINUTES) == (D(2025, 3, 12), "content")


def test_labelled_date_wins_even_when_body_date_comes_first():
    text = "组织生活会记录\n根据街道2025年1月3日通知要求\n召开时间：2025年1月20日下午2:30\n地点：会议室"
    assert document_date(text) == (D(2025, 1, 20), "content")


@pytest.mark.parametrize("label", ["会议时间", "时间", "日期", "活动时间", "召开时间", "时 间", "会议日期"])
def test_labels(label):
    text = f"主题党日活动记录\n{label}：2025年5月8日\n内容：参观红色教育基地（2025年4月底已报街道）"
    assert document_date(text) == (D(2025, 5, 8), "content")


def test_other_time_labels_do_not_count():
    text = "党员信息\n姓名：王五\n入党时间：2001年7月1日\n出生日期：1970年5月3日"
    assert document_date(text) is None


def test_table_layout_with_merged_cell_repeats():
    text = "会议纪要\n会议时间\t会议时间\t会议时间\t2015/10/25 8:30---10:00\t会议地点\t电话会议"
    assert document_date(text) == (D(2015, 10, 25), "content")
    text = "会议记录\n会议名称\tG02小组第三次会议\n时间\t2019.3.15\t地址\t理四421"
    assert document_date(text) == (D(2019, 3, 15), "content")


def test_date_in_title():
    assert document_date("2025年3月12日支部委员会会议记录\n主持人：张三\n传达2025年2月28日会议精神") == (
        D(2025, 3, 12), "content")
    assert document_date("二〇二五年三月十二日党员大会记录\n内容") == (D(2025, 3, 12), "content")


def test_minutes_opening_sentence():
    text = "支部党员大会记录\n2025年3月12日下午，社区党支部在会议室召开党员大会，应到12人，实到11人。"
    assert document_date(text) == (D(2025, 3, 12), "content")


def test_signature_date():
    text = (
        "XX社区党支部2024年度工作总结\n"
        "一、基本情况\n2024年，支部于2024年5月10日召开党员大会，全年召开支委会12次。\n"
        "二、存在问题\n……\n三、2025年工作打算\n……\n\n"
        "XX社区党支部\n2025年1月10日"
    )
    assert document_date(text) == (D(2025, 1, 10), "signature")


def test_signature_after_org_on_same_line_and_chinese_numerals():
    text = "关于开展主题党日活动的通知\n各党小组：\n本支部定于3月15日开展主题党日活动。\n特此通知。\nXX社区党支部  二〇二五年三月十日"
    assert document_date(text) == (D(2025, 3, 10), "signature")


def test_signature_with_seal_marker():
    text = "共建协议书\n甲方：XX社区党支部\n乙方：XX公司党支部\n第一条 ……\n甲方（盖章）\n2025年2月20日"
    assert document_date(text) == (D(2025, 2, 20), "signature")


def test_title_month_refined_by_signature_of_same_month():
    text = "2025年3月支部委员会会议记录\n主持人：张三\n内容……\nXX社区党支部\n2025年3月12日"
    assert document_date(text) == (D(2025, 3, 12), "signature")


def test_title_month_kept_when_signature_is_later():
    text = "2025年3月支部委员会会议记录\n主持人：张三\n内容……\nXX社区党支部\n2025年4月2日"
    assert document_date(text) == (D(2025, 3, 1), "content")


def test_body_mentions_alone_do_not_date_a_document():
    text = "学习材料\n一、2024年工作总结的主要内容\n二、传达2025年2月28日街道会议精神，要求各支部认真落实。\n三、其他"
    assert document_date(text) is None


def test_historic_dates_do_not_date_a_document():
    assert document_date("党课讲稿\n1921年7月1日，中国共产党成立。\n……") is None


def test_yearless_label_takes_year_from_document():
    text = "会议记录\n时间：3月12日上午9:00\n地点：会议室\n……\nXX社区党支部\n2025年3月13日"
    assert document_date(text) == (D(2025, 3, 12), "content")


def test_empty():
    assert document_date("") is None
    assert document_date("没有日期的文字") is None


# --- any labelled date field; a year alone ----------------------------------------------------------------------

@pytest.mark.parametrize("label", ["帮扶时间", "走访时间", "活动时间", "慰问时间", "时间", "活动日期", "谈话时间"])
def test_any_labelled_date_field_dates_the_document(label):
    text = f"结对帮扶记录\n帮扶对象\t许阿婆\n{label}\t2025年4月12日\n帮扶内容\t上门打扫卫生\n\n东湖社区党委\n2025年5月6日"
    assert dated(text) == (dt.date(2025, 4, 12), "content", "day")
    assert dated(f"{label}：2025.4.12\n内容：……") == (dt.date(2025, 4, 12), "content", "day")


@pytest.mark.parametrize("label", ["入党时间", "出生日期", "转正时间", "截止时间", "报名截止时间", "参加工作时间"])
def test_a_persons_particulars_or_a_deadline_do_not_date_a_document(label):
    assert dated(f"登记表\n{label}：2020年3月5日\n备注：无") is None


def test_specific_label_beats_bare_time():
    assert dated("时间：2025年3月1日\n走访时间：2025年3月9日")[0] == dt.date(2025, 3, 9)


@pytest.mark.parametrize("text", [
    "2025年党费收缴台帐\n序号\t姓名\t1月\t2月",
    "东湖社区党员花名册（2025年度）\n序号\t姓名\t性别",
    "二〇二五年度党建工作计划\n一、指导思想",
])
def test_a_year_alone_in_the_title_gives_the_year(text):
    assert dated(text) == (dt.date(2025, 1, 1), "content", "year")


def test_a_year_in_running_text_is_no_date():
    assert dated("工作总结\n在2025年，我们……") is None
    assert dated("序号\t姓名\t2025年\n1\t张三\t20") is None


def test_a_month_beats_a_year_and_a_day_beats_a_month():
    assert dated("2025年度工作计划\n2025年3月制定")[2] == "month"
    assert dated("2025年4月工作日志\n4月1日 整理台帐\n4月22日 协助拍照") == (dt.date(2025, 4, 1), "content", "month")


def test_a_date_set_apart_at_the_end_of_a_head_line():
    text = "传承雷锋精神 争做先锋党员——党课讲稿\n\n主讲人：周海燕    2025年3月20日\n同志们：今天和大家一起学习。"
    assert dated(text) == (dt.date(2025, 3, 20), "content", "day")


def test_as_of_month_under_a_roster_title():
    text = "东湖社区党员志愿服务队名册\n（截至2025年6月，社区直管党员52名，参加志愿服务20名）\n序号\t姓名\t性别"
    assert dated(text) == (dt.date(2025, 6, 1), "content", "month")


def test_signature_after_an_org_in_brackets():
    text = "关于举办2025年社区党员春训班的通知\n各社区党组织：\n街道党校定于5月15日举办春训班。\n滨湖街道党工委（街道党校）  2025年5月8日"
    assert dated(text) == (dt.date(2025, 5, 8), "signature", "day")


@pytest.mark.parametrize("text, expected, time", [
    ("时间：25年3月12日 上午9:00", dt.date(2025, 3, 12), dt.time(9, 0)),
    ("24年11月15日", dt.date(2024, 11, 15), None),
    ("00年1月5日", dt.date(2000, 1, 5), None),
    ("２５年３月１２日下午3点", dt.date(2025, 3, 12), dt.time(15, 0)),
])
def test_two_digit_years_in_the_2000s(text, expected, time):
    found = find_dates(text)
    assert [(f.date, f.time, f.precision) for f in found] == [(expected, time, "day")]


@pytest.mark.parametrize("text", [
    "党龄25年3月12日转正",  # not a year after 党龄
    "第25年3月1日",
    "50年代初",
    "25年党龄",
    "参加工作25年3个月",
    "25年3月",  # a two-digit year needs its day
    "98年7月1日",  # 1998: not read as 2098
    "125年3月1日",
    "25年13月1日",
    "25年2月30日",
])
def test_two_digit_years_that_are_no_dates(text):
    assert find_dates(text) == []


def test_a_two_digit_year_anchors_yearless_dates_and_dates_a_record():
    assert [f.date for f in find_dates("25年1月10日开会，定于1月22日开组织生活会")] == [
        dt.date(2025, 1, 10), dt.date(2025, 1, 22)]
    text = "会 议 记 录\n2024年度组织生活会暨民主评议党员\n时间：25年1月22日 上午9:00\n地点：党员活动室"
    assert dated(text) == (dt.date(2025, 1, 22), "content", "day")


_SURVEY = ("Sheet\n2025年度党员群众满意度测评统计\n发放测评表180份，收回176份\n测评对象\t满意\t基本满意\n"
           "支部工作\t158\t12\n支部书记\t150\t17\n党员\t150\t17\n")


def test_a_closing_day_in_the_year_of_the_title_beats_the_bare_year():
    assert dated(_SURVEY + "统计：赵秀兰  2025年12月16日") == (dt.date(2025, 12, 16), "signature", "day")
    assert dated(_SURVEY + "2025年12月16日") == (dt.date(2025, 12, 16), "signature", "day")


@pytest.mark.parametrize("tail", [
    "统计：赵秀兰  2024年12月16日",  # another year than the title's
    "会议于2025年12月16日召开",  # inside a sentence
    "统计于2025年12月16日",  # not set apart
    "统计：赵秀兰  2025年12月",  # a month only
])
def test_the_bare_year_stays_without_a_closing_day_of_its_year(tail):
    assert dated(_SURVEY + tail) == (dt.date(2025, 1, 1), "content", "year")


def test_an_opinion_closed_by_its_day_in_brackets_is_a_signature():
    text = ("入党积极分子培养考察登记\n姓名\t吴丽娜\t单位\t梧桐巷社区卫生服务站\n申请入党时间\t2024-10-08\t确定为积极分子\t2025-03-12\n"
            "培养联系人\t王建国、赵秀兰\n考察意见\t按时交思想汇报，表现积极。\n支部意见\t同意继续培养。（2025年12月10日）")
    assert dated(text) == (dt.date(2025, 12, 10), "signature", "day")


@pytest.mark.parametrize("last", [
    "支部意见\t同意继续培养（2025年12月10日）",  # no sentence closed before the bracket
    "支部意见\t同意继续培养。（2025年12月10日前报送）",  # something after the date
])
def test_a_bracketed_day_that_closes_no_opinion_is_no_signature(last):
    text = "入党积极分子培养考察登记\n姓名\t吴丽娜\n培养联系人\t王建国\n一、……\n二、……\n三、……\n" + last
    found = dated(text)
    assert found is None or found[1] != "signature"


_TRAINEES = ("Sheet\n南湖街道党校2025年春季党员轮训班参训名单（云锦大厦联合党支部）\n序号\t姓名\t单位\t参训日期\t结业\n"
             + "".join(f"{i}\t党员{i}\t某公司\t2025-03-08\t已结业\n" for i in range(1, 6)))


def test_a_list_of_the_year_whose_rows_share_one_day_is_dated_by_that_day():
    assert dated(_TRAINEES) == (dt.date(2025, 3, 8), "content", "day")


@pytest.mark.parametrize("text", [
    _TRAINEES.replace("5\t党员5\t某公司\t2025-03-08", "5\t党员5\t某公司\t2025-03-09"),  # two days
    _TRAINEES.replace("2025-03-08", "2024-03-08"),  # another year than the title's
])
def test_the_bare_year_stays_when_rows_do_not_share_one_day_of_it(text):
    assert dated(text) == (dt.date(2025, 1, 1), "content", "year")
