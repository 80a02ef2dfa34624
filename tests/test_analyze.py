"""analyze(): kind, meeting type, date with its source, title and fields of one extracted file."""

import datetime as dt

import pytest

from archive.extract.analyze import Analysis, analyze, first_line_title
from archive.extract.base import Extracted, Table
from archive.extract.filenames import CHINA_TZ
from archive.vocab import DATE_SOURCES

D = dt.date
# 2023-11-15 in China: the day the files were copied
MTIME = dt.datetime(2023, 11, 15, 10, 0, tzinfo=CHINA_TZ).timestamp()

MINUTES = """2025年3月支部委员会会议记录
会议时间：2025年3月12日上午9:00
会议地点：社区会议室
主持人：张三    记录人：李四
应到7人，实到6人
缺席人员及原因：王五（外出）
议题：传达2月28日街道会议精神，研究2024年工作总结
"""


def test_minutes_content_date_title_fields():
    a = analyze(Extracted(format="docx", text=MINUTES, title="Microsoft Word 文档"), "2025年/新建 Microsoft Word 文档 (3).docx",
                MTIME)
    assert isinstance(a, Analysis)
    assert (a.kind, a.meeting_type) == ("会议记录", "支部委员会")
    assert (a.date, a.date_source) == (D(2025, 3, 12), "content")
    assert a.title == "2025年3月支部委员会会议记录"
    assert a.fields["主持人"] == "张三"
    assert (a.fields["应到人数"], a.fields["实到人数"]) == (7, 6)


def test_signature_date():
    text = "XX社区党支部2024年度工作总结\n一、2024年5月10日召开党员大会……\n二、……\n\nXX社区党支部\n2025年1月10日"
    a = analyze(Extracted(format="docx", text=text), "总结.docx", MTIME)
    assert (a.kind, a.date, a.date_source) == ("总结", D(2025, 1, 10), "signature")
    assert a.fields == {}


def test_photo_date_is_when_it_was_taken_not_the_day_it_shows():
    # a photo's date is EXIF DateTimeOriginal, else its file name's date, else a full date it shows
    ex = Extracted(format="image", text="2025年3月12日主题党日活动", exif_date=dt.datetime(2025, 3, 13, 9, 0))
    a = analyze(ex, "微信图片/IMG_20250314_093015.jpg", MTIME)
    assert (a.kind, a.meeting_type) == ("照片", "主题党日")
    assert (a.date, a.date_source, a.date_precision) == (D(2025, 3, 13), "exif", "day")
    a = analyze(Extracted(format="image", text="2025年3月12日主题党日活动"), "微信图片/IMG_20250314_093015.jpg", MTIME)
    assert (a.date, a.date_source) == (D(2025, 3, 14), "filename")
    a = analyze(Extracted(format="image", text="2025年3月12日主题党日活动"), "微信图片/a.jpg", MTIME)
    assert (a.date, a.date_source) == (D(2025, 3, 12), "content")


def test_notice_board_photo_keeps_its_exif_day():
    board = "东湖社区党务公开栏\n关于召开2025年度组织生活会的通知\n定于2025年1月20日召开\n东湖社区党委\n2025年1月10日"
    ex = Extracted(format="image", text=board, ocr=True, exif_date=dt.datetime(2025, 2, 3, 15, 20))
    a = analyze(ex, "公开栏/IMG_20250203_152011.jpg", MTIME)
    assert (a.kind, a.date, a.date_source) == ("照片", D(2025, 2, 3), "exif")


def test_exif_beats_filename():
    ex = Extracted(format="image", exif_date=dt.datetime(2025, 3, 13, 9, 0))
    a = analyze(ex, "IMG_20250314_093015.jpg", MTIME)
    assert (a.kind, a.date, a.date_source) == ("照片", D(2025, 3, 13), "exif")
    assert a.title == "IMG_20250314_093015"


def test_filename_beats_mtime():
    a = analyze(Extracted(format="image"), "微信图片/mmexport1741746000000.jpg", MTIME)
    assert (a.date, a.date_source) == (D(2025, 3, 12), "filename")
    a = analyze(Extracted(format="docx", text="党课学习材料\n一、……"), "2025.3.12党课.docx", MTIME)
    assert (a.date, a.date_source) == (D(2025, 3, 12), "filename")


def test_mtime_is_the_last_resort():
    a = analyze(Extracted(format="docx", text="学习材料\n一、……"), "新建 Microsoft Word 文档 (3).docx", MTIME)
    assert (a.date, a.date_source) == (D(2023, 11, 15), "mtime")
    assert a.date_source in DATE_SOURCES


def test_title_falls_back_to_properties_then_stem():
    a = analyze(Extracted(format="docx", text="", title="2025年党员大会记录"), "a/新建文档.docx", MTIME)
    assert a.title == "2025年党员大会记录"
    a = analyze(Extracted(format="docx", text="", title="Microsoft Word 文档"), "a/党课记录.docx", MTIME)
    assert a.title == "党课记录"
    a = analyze(Extracted(format="pdf", text="", title="《入党志愿书》填写要求.pdf"), "x.pdf", MTIME)
    assert a.title == "《入党志愿书》填写要求"


def test_title_skips_sheet_names_page_numbers_field_lines():
    assert first_line_title("Sheet1\nXX社区党员花名册\n姓名\t性别") == "XX社区党员花名册"
    assert first_line_title("\n- 1 -\n第 2 页\n文档编号：A-01\n北京师范大学\n") == "北京师范大学"
    assert first_line_title("2025年3月12日\n支部委员会会议记录") == "支部委员会会议记录"
    assert first_line_title("会 议 记 录\t会 议 记 录\n时间\t2025.3.1") == "会 议 记 录"
    # a table before any title: no title from the text
    assert first_line_title("序号\t姓名\t性别\n1\t张三\t男") is None


def test_dues_ledger_member_count():
    months = [f"{m}月" for m in range(1, 13)]
    rows = [["XX社区党支部2025年党费交纳台帐"], ["序号", "姓 名", *months],
            ["1", "张三", *["20"] * 12], ["2", "李四", *["10"] * 12], ["3", "王小五", *["5"] * 12], ["", "合计"]]
    text = "\n".join("\t".join(r) for r in rows)
    a = analyze(Extracted(format="xlsx", text=text, tables=[Table("2025", rows)]), "党费.xlsx", MTIME)
    assert a.kind == "党费台帐"
    assert a.fields == {"人数": 3}
    assert a.title == "XX社区党支部2025年党费交纳台帐"


def test_long_text_head_and_tail():
    body = "这是正文内容，" * 800_000  # ~5.6 million characters, one line
    text = "2024年度XX社区党支部工作总结\n" + body + "\nXX社区党支部\n2025年1月6日"
    a = analyze(Extracted(format="docx", text=text), "a.docx", MTIME)
    assert (a.kind, a.date, a.date_source) == ("总结", D(2025, 1, 6), "signature")


def test_unparsable_mtime():
    a = analyze(Extracted(format="docx"), "空白.docx", float("nan"))
    assert a.date is None and a.date_source == "mtime"
    assert a.kind == "其他" and a.title == "空白"


# --- cases found on sample_evidence/ -------------------------------------------------------------------------------

def test_yearless_date_opening_a_body_line_does_not_date_a_summary():
    text = ("幸福里社区党支部2025年度党建工作总结\n\n2025年，在街道党工委的坚强领导下，现将全年工作总结如下。\n"
            "一、组织生活规范开展\n全年召开支部委员会10次。\n二、党员队伍建设\n"
            "6月27日支部党员大会讨论通过，接收陈晓雯同志为中共预备党员。\n三、存在问题\n党课未做到每季度一次。\n\n"
            "中共城东区和平街道幸福里社区支部委员会\n2025年12月20日")
    a = analyze(Extracted(format="docx", text=text), "总结.docx", 0)
    assert (a.kind, a.date, a.date_source) == ("总结", dt.date(2025, 12, 20), "signature")


def test_month_only_signature_with_revision_note_dates_a_rule():
    text = ("幸福里社区党建工作联席会议制度\n\n为整合辖区党建资源，制定本制度。\n一、成员单位\n联席会议由社区党支部牵头。\n"
            "二、会议制度\n联席会议原则上每季度召开一次。\n\n中共城东区和平街道幸福里社区支部委员会\n2023年3月制定  2025年1月修订")
    a = analyze(Extracted(format="docx", text=text), "制度.docx", 0)
    assert (a.kind, a.date, a.date_source) == ("制度", dt.date(2025, 1, 1), "signature")


def test_exif_day_beats_a_month_on_a_banner():
    ex = Extracted(format="image", text="幸福里社区2025年4月主题党日活动\n革命烈士永垂不朽", ocr=True,
                   exif_date=dt.datetime(2025, 4, 15, 10, 15, 3))
    a = analyze(ex, "活动照片/IMG_20250415_101503.jpg", 0)
    assert (a.kind, a.meeting_type, a.date, a.date_source) == ("照片", "主题党日", dt.date(2025, 4, 15), "exif")
    a = analyze(Extracted(format="image", text="幸福里社区2025年4月主题党日活动", ocr=True),
                "微信图片/微信图片_20250415102233.jpg", 0)
    assert (a.date, a.date_source) == (dt.date(2025, 4, 15), "filename")


def test_survey_result_report_is_a_survey_not_a_summary():
    text = ("幸福里社区2025年度党员群众满意度测评结果报告\n\n现将结果报告如下。\n满意率为96.5%。\n\n"
            "中共城东区和平街道幸福里社区支部委员会\n2025年12月18日")
    assert analyze(Extracted(format="docx", text=text), "测评.docx", 0).kind == "测评"


def test_workbook_title_is_its_title_row_not_its_sheet_name():
    rows = [["幸福里社区党支部2025年党费收缴台帐", "", ""], ["姓名", "1月", "2月"], ["王秀兰", "2", "欠交"]]
    ex = Extracted(format="xlsx", text="2025年党费\n幸福里社区党支部2025年党费收缴台帐\n姓名\t1月\t2月\n王秀兰\t2\t欠交",
                   tables=[Table(name="2025年党费", rows=rows)])
    assert analyze(ex, "党费.xlsx", 0).title == "幸福里社区党支部2025年党费收缴台帐"


def test_ocr_noise_is_never_a_title():
    from archive.extract.analyze import first_line_title

    assert first_line_title("A3 党]4费 ._\n东湖社区主题党日活动\n", image=True) == "东湖社区主题党日活动"
    assert first_line_title("党 员\n1 2 3\n", image=True) is None
    assert first_line_title("党课\n", image=False) == "党课"  # typed text keeps its short titles


def _workbook(*sheets: tuple[str, str]) -> Extracted:
    tables = [Table(name=name, rows=[[title], ["序号", "姓名", "应交", "实交"], ["1", "刘桂芬", "48", "48"]])
              for name, title in sheets]
    text = "\n\n".join(f"{t.name}\n" + "\n".join("\t".join(r) for r in t.rows) for t in tables)
    return Extracted(format="xlsx", text=text, tables=tables)


def test_a_workbook_with_a_sheet_per_month_is_dated_by_its_year():
    ex = _workbook(("1月", "纺机新村党支部2024年1月党费收缴登记"), ("2月", "纺机新村党支部2024年2月党费收缴登记"))
    a = analyze(ex, "U盘旧文件/2024/党费2024.xlsx", MTIME)
    assert (a.date, a.date_source, a.date_precision) == (dt.date(2024, 1, 1), "content", "year")


@pytest.mark.parametrize("sheets", [
    [("1月", "2025年1月党费收缴登记")],  # one sheet: its month
    [("1月", "2025年1月党费收缴登记"), ("汇总", "党费汇总")],  # one month among the sheets
    [("12月", "2024年12月党费收缴登记"), ("1月", "2025年1月党费收缴登记")],  # two years
])
def test_other_workbooks_keep_their_month(sheets):
    a = analyze(_workbook(*sheets), "党费.xlsx", MTIME)
    assert a.date_precision == "month"
