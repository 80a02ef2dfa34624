"""Evidence kind and meeting type from content: titles, minutes fields, table headers, OCR text of photos."""

import pytest

from archive.extract.base import Table
from archive.extract.classify import classify, explain, is_junk_title, title_kind
from archive.vocab import EVIDENCE_KINDS, MEETING_TYPES

JUNK = "新建 Microsoft Word 文档 (3).docx"
MONTHS = [f"{m}月" for m in range(1, 13)]


def doc(text, name=JUNK, title="", tables=None, fmt="docx"):
    return classify(text, title, fmt, tables or [], name)


# --- 会议记录 ----------------------------------------------------------------------------------------------

ZWH = """中共XX社区支部委员会
2025年3月支部委员会会议记录
会议时间：2025年3月12日上午9:00
会议地点：社区党群服务中心三楼会议室
主持人：张三（支部书记）      记录人：李四
应到5人，实到5人
议题：
1. 研究3月份党费收缴情况
2. 讨论党员大会筹备
会议内容：
张三：通报1-2月党费交纳情况，全体党员均已按时交纳党费，王五同学党费补交到位。党费收缴要做到应交尽交。
"""


def test_committee_minutes_discussing_dues_stay_minutes():
    assert doc(ZWH) == ("会议记录", "支部委员会")


def test_minutes_recognised_from_fields_when_title_is_bare():
    text = """会议记录
时间：2025年4月8日下午3点
地点：社区会议室
主持人：张三
记录人：李四
参加人员：全体党员
缺席人员及原因：王五（外出务工）
会议类型：支部党员大会
内容：学习党章，讨论发展对象。"""
    assert doc(text) == ("会议记录", "党员大会")


def test_minutes_without_any_title_line():
    text = "时间：2025年5月6日\n地点：党员活动室\n主持人：张三\n记录人：李四\n应到人数：12\n实到人数：11\n会议名称：第一党小组会\n"
    assert doc(text) == ("会议记录", "党小组会")


def test_minutes_in_table_layout():
    tables = [Table("t", [
        ["会议名称", "支委会", "支委会", "支委会"],
        ["时间", "2025.6.3", "地点", "会议室"],
        ["主 持 人", "张三", "记 录 人", "李四"],
        ["参加人员", "张三、李四、王五", "张三、李四、王五", "张三、李四、王五"],
    ])]
    text = "会议记录\n会议名称\t支委会\n时间\t2025.6.3\t地点\t会议室\n主 持 人\t张三\t记 录 人\t李四"
    assert doc(text, tables=tables) == ("会议记录", "支部委员会")


@pytest.mark.parametrize(
    "title, mtype",
    [
        ("2025年第一季度党课记录", "党课"),
        ("3月主题党日活动记录", "主题党日"),
        ("2024年度组织生活会暨民主评议党员会议记录", "组织生活会"),
        ("社区“两委”班子民主生活会会议记录", "民主生活会"),
        ("社区大党委联席会议纪要", "联席会议"),
        ("社区与XX公司党支部共建活动记录", "共建活动"),
        ("党员志愿服务活动记录", "志愿服务"),
        ("第二党小组会议记录", "党小组会"),
        ("支部党员大会会议记录", "党员大会"),
        ("支委会会议记录", "支部委员会"),
    ],
)
def test_meeting_types_from_title(title, mtype):
    text = f"{title}\n时间：2025年3月12日\n地点：会议室\n主持人：张三\n记录人：李四\n内容：……"
    assert doc(text) == ("会议记录", mtype)


def test_meeting_type_from_body_when_title_names_none():
    text = ("会议记录\n时间：2025年7月1日\n主持人：张三\n记录人：李四\n"
            "今天召开支部党员大会，全体党员参加。党员大会首先学习了党章，随后党员大会表决通过了发展对象。")
    assert doc(text) == ("会议记录", "党员大会")


def test_title_naming_only_a_meeting_is_its_record_when_it_took_place():
    text = "2025年第二季度专题党课\n6月20日下午，支部在党群服务中心举行专题党课，书记张三主讲，全体党员参加。"
    assert doc(text) == ("会议记录", "党课")


def test_lecture_text_under_a_meeting_heading_is_other():
    # a 党课讲稿 (the lecture's text) is evidence for its item but not the record of a meeting
    assert doc("2025年第二季度专题党课\n学习贯彻党的二十大精神\n同志们：今天我们……") == ("其他", None)


# --- 党费台帐 ----------------------------------------------------------------------------------------------

def test_dues_ledger_from_table_header():
    tables = [Table("2025年党费", [["序号", "姓名", *MONTHS, "合计"], ["1", "张三", *(["20"] * 12), "240"]])]
    assert doc("", "新建 Microsoft Excel 工作表.xlsx", tables=tables, fmt="xlsx") == ("党费台帐", None)


def test_member_by_month_table_needs_a_dues_word():
    tables = [Table("Sheet1", [["序号", "姓名", *MONTHS]])]
    assert doc("", "a.xlsx", tables=tables, fmt="xlsx")[0] != "党费台帐"
    assert doc("党费交纳情况\t\t\n序号\t姓名\t" + "\t".join(MONTHS), "a.xlsx", fmt="xlsx") == ("党费台帐", None)


def test_dues_ledger_from_title():
    text = "XX社区党支部2025年党费交纳台帐\n序号\t姓名\t月交纳额\t1月\t2月"
    assert doc(text, fmt="xlsx") == ("党费台帐", None)


def test_dues_report_without_names():
    tables = [Table("s", [["本月应缴纳党费数", "实缴党费数", "补缴党费数"], ["100", "100", "0"]])]
    assert doc("", "report.xlsx", tables=tables, fmt="xlsx") == ("党费台帐", None)


# --- 花名册 ------------------------------------------------------------------------------------------------

def test_roster_from_header():
    tables = [Table("s", [["序号", "姓名", "性别", "出生年月", "学历", "入党时间", "联系电话"]])]
    assert doc("", "Book1.xlsx", tables=tables, fmt="xlsx") == ("花名册", None)


def test_roster_from_title():
    assert doc("XX社区党支部党员花名册（2025年）\n序号\t姓名\t性别", fmt="xlsx") == ("花名册", None)


def test_committee_roster():
    tables = [Table("s", [["序号", "职务", "姓名", "分工", "任职时间"]])]
    assert doc("", "a.xlsx", tables=tables, fmt="xlsx") == ("花名册", None)


# --- 签到表 ------------------------------------------------------------------------------------------------

def test_signin_from_header_with_meeting_type():
    text = "2025年3月主题党日活动\n序号\t姓名\t签到时间\t本人签名"
    tables = [Table("s", [["序号", "姓名", "签到时间", "本人签名"]])]
    assert doc(text, tables=tables) == ("签到表", "主题党日")


def test_signin_from_title():
    assert doc("支部党员大会签到表\n姓名\t性别\t单位", fmt="xlsx") == ("签到表", "党员大会")


def test_signin_with_sessions():
    tables = [Table("s", [["序号", "姓名", "第一节", "第二节", "第三节"]])]
    assert doc("", "a.xlsx", tables=tables, fmt="xlsx") == ("签到表", None)


# --- 计划 / 总结 --------------------------------------------------------------------------------------------

def test_plan():
    text = ("中共XX社区支部委员会\nXX社区党支部2025年党建工作计划\n一、指导思想\n二、工作目标\n"
            "每月召开支委会，每季度召开党员大会、上党课，每月开展主题党日活动。")
    assert doc(text) == ("计划", None)


def test_implementation_plan():
    assert doc("关于开展“学习二十大”主题党日活动的实施方案（草案）\n一、活动时间\n二、活动内容") == ("计划", None)


def test_summary_mentioning_committee_meetings_many_times():
    text = ("XX社区党支部2024年度工作总结\n"
            "今年以来，支部严格落实三会一课制度，全年召开支委会12次，支委会研究重大事项20项，"
            "支委会会议记录完整规范；召开党员大会4次，支部委员会会议记录、党员大会记录齐全。\n"
            "会议时间：每月10日\n主持人：书记\n"
            "二、存在的问题\n三、下一步打算")
    assert doc(text) == ("总结", None)


def test_report_is_summary():
    assert doc("2024年度党支部书记抓基层党建工作述职报告\n一、履职情况") == ("总结", None)


# --- 协议 / 制度 / 测评 / 通知 ------------------------------------------------------------------------------

def test_agreement():
    assert doc("社区党支部与XX公司党支部结对共建协议书\n甲方：XX社区党支部\n乙方：XX公司党支部") == ("协议", None)


def test_agreement_from_parties_only():
    assert doc("为加强区域化党建，经协商：\n甲方负责提供活动场地；\n乙方负责组织党员志愿者。") == ("协议", None)


def test_rules():
    assert doc("XX社区党支部“三重一大”事项议事规则\n第一条 为规范……\n第二条 ……") == ("制度", None)
    assert doc("党员发展工作制度\n一、……") == ("制度", None)


def test_rules_from_articles_in_body():
    assert doc("为规范组织生活，特作如下规定：\n第一条 ……\n第二条 ……\n第三条 本制度自发布之日起施行。") == ("制度", None)


def test_survey():
    tables = [Table("s", [["序号", "姓名", "优秀", "合格", "基本合格", "不合格"]])]
    assert doc("2024年度民主评议党员测评表\n序号\t姓名\t优秀\t合格\t基本合格\t不合格", tables=tables) == ("测评", None)
    assert doc("社区党组织服务群众满意度调查问卷\n1. 您对……？ A.满意 B.基本满意 C.不满意") == ("测评", None)


def test_notice_about_a_meeting_is_a_notice():
    text = """关于召开2024年度组织生活会和开展民主评议党员的通知
各党小组：
经研究，定于2025年1月15日召开组织生活会。
时间：2025年1月15日上午9:00
地点：社区会议室
主持人：张三
参加人员：全体党员
特此通知。
XX社区党支部
2025年1月8日"""
    assert doc(text) == ("通知", None)


def test_notice_with_spaced_title_and_quoted_rules():
    assert doc("通 知\n各位党员：……") == ("通知", None)
    assert doc("关于印发《XX社区党支部党费收缴管理制度》的通知\n各党小组：") == ("通知", None)


# --- 照片 --------------------------------------------------------------------------------------------------

def test_photo_without_text():
    assert classify("", "", "image", [], "IMG_20250312_093015.jpg") == ("照片", None)
    assert classify("ll |", "", "image", [], "mmexport1741746000000.jpg") == ("照片", None)


def test_photo_banner_gives_meeting_type():
    assert classify("XX社区党支部2025年3月主题党日活动", "", "image", [], "IMG_1.jpg") == ("照片", "主题党日")
    assert classify("学习贯彻党的二十大精神\n专题党课", "", "image", [], "IMG_2.jpg") == ("照片", "党课")
    assert classify("“我为群众办实事”志愿服务", "", "image", [], "IMG_3.jpg") == ("照片", "志愿服务")


def test_photo_banner_naming_a_record_is_still_a_photo():
    assert classify("支部委员会会议", "", "image", [], "微信图片_20250415102233.jpg") == ("照片", "支部委员会")


def test_photographed_document():
    body = "甲方：XX社区党支部 乙方：XX物业公司党支部。" + "双方本着优势互补、资源共享的原则，共同开展党建活动。" * 6
    kind, _ = classify("委托协议书\n" + body, "", "image", [], "IMG_20250312_093015.jpg")
    assert kind == "协议"


def test_photo_meeting_type_from_filename_when_no_text():
    assert classify("", "", "image", [], "主题党日活动1.jpg") == ("照片", "主题党日")


# --- file names and properties are weak hints ---------------------------------------------------------------

def test_filename_hint_when_content_says_nothing():
    assert doc("一、……\n二、……", name="2025年工作计划.docx") == ("计划", None)
    assert doc("一、……\n二、……", name="2025年3月12日支部委员会.docx") == ("会议记录", "支部委员会")


def test_content_beats_filename():
    assert doc("XX社区党支部2024年度工作总结\n一、……", name="会议记录.docx") == ("总结", None)


def test_properties_title_used_after_content():
    assert doc("一、……\n二、……", title="党员大会会议记录") == ("会议记录", "党员大会")
    assert doc("一、……\n二、……", title="Microsoft Word 文档") == ("其他", None)


def test_other():
    assert doc("敬爱的党组织：\n我志愿加入中国共产党……") == ("其他", None)
    assert doc("") == ("其他", None)


def test_network_protocol_title_is_not_an_agreement():
    assert doc("基于机器学习方法的未知网络协议识别与分类系统的设计与实现\n分工：……") == ("其他", None)


def test_results_are_in_the_model_vocabulary():
    for text in (ZWH, "XX社区党支部2024年度工作总结", "", "通 知"):
        kind, mtype = doc(text)
        assert kind in EVIDENCE_KINDS
        assert mtype is None or mtype in MEETING_TYPES


@pytest.mark.parametrize(
    "title, kind",
    [
        ("2025年党费收缴工作计划", "计划"),
        ("党费交纳记录", "党费台帐"),
        ("通讯录及考勤表", "签到表"),
        ("2024年度组织生活开展情况统计表", "总结"),
        ("XX社区党建工作制度汇编", "制度"),
        ("考勤记录", "签到表"),
        ("工作简报", None),
    ],
)
def test_title_kind_rightmost_noun(title, kind):
    assert title_kind(title) == kind


@pytest.mark.parametrize("title", ["", "Microsoft Word 文档", "新建 Microsoft Word 文档 (3)", "Document1", "文档1", "${title}",
                                   "Sheet1", "无标题"])
def test_junk_titles(title):
    assert is_junk_title(title)


def test_real_title_not_junk():
    assert not is_junk_title("2025年3月支部委员会会议记录")


def test_a_feature_table_mentioning_dues_is_not_a_ledger():
    from archive.extract.base import Table
    rows = [["功能模块", "说明"], ["党费管理", "党员党费缴纳记录查询与统计"], ["组织关系", "转入转出"]]
    text = "组织工作管理系统需求文档\n功能模块\t说明\n党费管理\t党员党费缴纳记录查询与统计\n组织关系\t转入转出"
    kind, _ = classify(text, "", "docx", [Table(name="", rows=rows)], "需求书.docx")
    assert kind != "党费台帐"


# --- kinds as an archivist files them -------------------------------------------------------------------------

BLANK_MINUTES = "支部委员会会议记录\n会议时间：    年   月   日\n会议地点：\n主持人：          记录人：\n应到人数：    人   实到人数：    人\n缺席人员及原因：\n议题：\n会议内容："


def test_blank_minutes_template_is_never_minutes():
    assert doc(BLANK_MINUTES) == ("其他", None)
    rows = [["会议时间", "", "会议地点", ""], ["主持人", "", "记录人", ""], ["应到人数", "", "实到人数", ""],
            ["缺席人员", ""], ["会议议题", ""], ["会议内容", ""]]
    text = "会议记录\n" + "\n".join("\t".join(r) for r in rows)
    assert doc(text, name="文档1.docx", tables=[Table("表格1", rows)]) == ("其他", None)


def test_filled_minutes_form_is_minutes():
    rows = [["会议时间", "2025年6月18日下午2:30", "会议地点", "议事厅"], ["主持人", "周海燕", "记录人", "柳佳慧"],
            ["应到人数", "9", "实到人数", "8"], ["会议议题", "研究七一活动安排"]]
    text = "会议记录\n" + "\n".join("\t".join(r) for r in rows)
    assert doc(text, tables=[Table("表格1", rows)])[0] == "会议记录"


def test_blank_signin_sheet_is_other():
    rows = [["序号", "姓名", "单位", "签到"], ["1", "", "", ""], ["2", "", "", ""], ["3", "", "", ""]]
    text = "签到表\n" + "\n".join("\t".join(r) for r in rows)
    assert doc(text, tables=[Table("表格1", rows)]) == ("其他", None)


@pytest.mark.parametrize("text", [
    "传承雷锋精神 争做先锋党员——党课讲稿\n主讲人：周海燕    2025年3月20日\n同志们：今天和大家一起学习雷锋精神。",
    "学习全会精神 推动社区治理\n2025年11月\n同志们：\n一、全会的主要精神。",
    "备忘（2025年3月3日）\n1. 周三前把社保卡信息变更表交街道。\n2. 通知5幢业主周五开会（电梯）。\n3. 收党费。",
    "柳佳慧工作日志（2025年4月）\n4月1日 整理3月份台帐，扫描支委会记录。\n4月7日 参加街道业务培训会。\n4月22日 协助党小组活动拍照。",
])
def test_lecture_memo_and_work_log_are_other(text):
    assert doc(text) == ("其他", None)


def test_pairing_and_visit_records_are_other():
    for head, label in (("结对帮扶记录", "帮扶时间"), ("走访记录", "走访时间")):
        rows = [["帮扶对象", "许阿婆（孤寡老人）"], ["帮扶党员", "孙立新"], [label, "2025年4月12日"],
                ["帮扶内容", "上门打扫卫生，代购降压药。"], ["对象签字", "（签字）"]]
        text = head + "\n" + "\n".join("\t".join(r) for r in rows)
        assert doc(text, tables=[Table("表格1", rows)]) == ("其他", None)
        # without a heading its fields still make no meeting
        assert doc("\n".join("\t".join(r) for r in rows), tables=[Table("表格1", rows)]) == ("其他", None)


def test_survey_result_report_to_the_street_is_a_survey():
    text = ("关于东湖社区2025年度党建工作满意度测评结果的报告\n滨湖街道党工委：\n12月1日至5日，社区党委开展了年度满意度测评。\n"
            "党员群众对社区党建工作的满意度为93.0%，对书记的满意率为88.4%。\n存在的问题：停车难。\n\n东湖社区党委\n2025年12月12日")
    assert doc(text) == ("测评", None)


def test_feedback_letter_is_a_notice():
    text = "关于在职党员参加社区活动表现情况的反馈函\n区税务局第三党支部：\n贵单位在职党员……\n特此函告。\n东湖社区党委\n2025年12月16日"
    assert doc(text) == ("通知", None)


def test_staff_phone_list_is_not_a_roster():
    rows = [["东湖社区工作人员通讯录"], ["序号", "姓名", "职务", "办公电话", "手机"], ["1", "周海燕", "书记", "6688001", "13900000001"],
            ["2", "孙立新", "副书记", "6688002", "13900000002"]]
    text = "Sheet1\n" + "\n".join("\t".join(r) for r in rows)
    assert doc(text, name="通讯录.xlsx", tables=[Table("Sheet1", rows)], fmt="xlsx")[0] != "花名册"
    rows[0] = ["工作人员联系表"]
    assert doc("", name="Book1.xlsx", tables=[Table("Sheet1", rows)], fmt="xlsx")[0] != "花名册"


def test_one_person_registration_form_is_not_a_roster():
    rows = [["姓名", "贾卫东", "性别", "男", "出生年月", "1996.05"], ["民族", "汉", "学历", "本科", "籍贯", "临江"],
            ["申请入党时间", "2023.03.01", "确定积极分子时间", "2024.04.10"], ["培养联系人", "周海燕、孙立新"]]
    text = "入党积极分子培养考察登记表\n" + "\n".join("\t".join(r) for r in rows)
    assert doc(text, tables=[Table("表格1", rows)]) == ("其他", None)
    # no heading: the form's structure (one person, values beside labels) still makes no roster
    assert doc("\n".join("\t".join(r) for r in rows), tables=[Table("表格1", rows)])[0] != "花名册"


def test_roster_lists_members_with_their_particulars():
    rows = [["序号", "姓名", "性别", "出生年月", "学历", "职务"], ["1", "周海燕", "女", "1978.03", "本科", "书记"],
            ["2", "孙立新", "男", "1985.07", "大专", "副书记"]]
    assert doc("", name="Book1.xlsx", tables=[Table("Sheet1", rows)], fmt="xlsx") == ("花名册", None)


def test_list_of_non_members_is_not_a_roster():
    rows = [["姓名", "性别", "人员类别", "培训项目"], ["吴某某", "女", "下岗职工", "家政服务"], ["丁某某", "男", "待业青年", "电工"]]
    text = "推荐参加再就业技能培训人员名单\n" + "\n".join("\t".join(r) for r in rows)
    assert doc(text, tables=[Table("表格1", rows)])[0] != "花名册"
    assert title_kind("东湖社区党委班子成员名单") == "花名册"


def test_explain_names_the_deciding_rule():
    from archive.extract.classify import DOCUMENT_RULES, explain

    assert explain(BLANK_MINUTES, "", "docx", [], JUNK) == ("其他", None, "空白模板")
    assert explain(ZWH, "", "docx", [], JUNK)[2] == "标题"
    assert len({name for name, _ in DOCUMENT_RULES}) == len(DOCUMENT_RULES)


def test_a_banners_lines_are_one_text_the_meeting_before_its_theme():
    from archive.extract.classify import explain

    assert explain("学雷锋志愿服务进家园\n桃湾社区党委3月主题党日", "", "image", [], "IMG_20250305_083508.jpg")[1] == "主题党日"
    assert explain("清理楼道堆物 共建美丽家园\n纺机新村党员志愿服务队", "", "image", [], "IMG_1.jpg")[1] == "志愿服务"


@pytest.mark.parametrize("title, mtype", [
    ("学雷锋主题党日活动记录", "主题党日"),  # what it was about (志愿服务) yields to which meeting it was
    ("开展志愿服务主题党日活动", "主题党日"),
    ("社区党委委员会议记录", "支部委员会"),
    ("中共梧桐社区委员会会议纪要", "支部委员会"),  # a 社区党委 by its formal name
    ("中国共产党桂香园小区支部委员会扩大会议记录", "支部委员会"),
    ("梧桐社区居民委员会会议记录", None),  # the residents' committee, no Party committee
    ("社区与XX公司党支部共建活动记录", "共建活动"),
    ("清理楼道堆物 共建美丽家园 纺机新村党员志愿服务队", "志愿服务"),  # a slogan of building together
    ("共建共治共享 社区议事协商会", None),
])
def test_meeting_type_prefers_the_meeting_over_its_theme(title, mtype):
    from archive.extract.classify import meeting_type_in

    assert meeting_type_in(title) == mtype


def test_volunteers_mentioned_in_a_body_make_no_volunteer_meeting():
    text = ("社区妇联“巾帼心向党”三八节活动记录\n时间：2025年3月7日下午2:00\n主持：柳佳慧    记录：章小满\n"
            "参加人员：妇女代表48人\n实到人数：48人\n主要内容：表彰巾帼志愿者8名，邀请律师开展妇女权益法律讲座。")
    assert doc(text) == ("会议记录", None)


@pytest.mark.parametrize("title, kind", [
    ("门前环境卫生责任状", "协议"),
    ("为民办实事项目完成情况登记表", "其他"),
    ("党员信息登记表", "花名册"),
    ("党费交纳登记表", "党费台帐"),
    ("电脑报修单", "其他"),
])
def test_more_title_nouns(title, kind):
    assert title_kind(title) == kind


def test_photographed_signin_sheet_is_a_signin_sheet():
    text = "党课签到表2025年9月19日\n1\t周海燕\n2\t孙立新\n3\t陆晓峰\n4\t马国栋"
    assert classify(text, "", "image", [], "IMG_20250919_143022.jpg") == ("签到表", "党课")
    # a banner naming a sign-in desk, with no names below it, stays a photo
    assert classify("党员大会签到处", "", "image", [], "IMG_1.jpg")[0] == "照片"


def test_service_board_listing_volunteer_registration_names_no_meeting():
    text = "党员服务站服务项目\n组织关系转接  党员电教\n困难党员帮扶  志愿服务登记\n开放时间：周一至周六 8:30-17:30"
    assert classify(text, "", "image", [], "微信图片_20250227110803.jpg") == ("照片", None)


def test_a_friendly_reminder_is_a_notice():
    assert title_kind("关于老年人流感疫苗接种的温馨提示") == "通知"


def test_a_party_committees_minutes_under_its_formal_name_are_its_committee_meeting():
    """"中共…委员会会议纪要" whose agenda names a 民主生活会 and a 共建 signing: the committee met and decided on them."""
    text = ("中共梧桐社区委员会会议纪要\n〔2025〕第1期\n时间：2025年1月6日下午3:00\n地点：社区党群服务中心二楼会议室\n"
            "主持：顾海峰\n出席：党委委员7人全部出席\n会议议题：\n1. 安排党委班子民主生活会\n2. 与区第二医院党委签订共建协议\n"
            "议定事项：\n一、民主生活会定于1月21日召开。\n二、共建协议2月签订，共建活动每季度1次。")
    kind, mtype, _ = explain(text, "中共梧桐社区委员会会议纪要", "docx", [], "2025.01.06 党委会纪要.docx")
    assert (kind, mtype) == ("会议记录", "支部委员会")
