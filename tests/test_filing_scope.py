"""What automation may file: only this organisation's evidence for the period an item looks at, never a template or
a photo it cannot read; and the proof it used to miss (接收预备党员 minutes, a 党课 lecture, a 小结)."""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
from pathlib import Path

import pytest
from PIL import Image

from archive.extract.base import Table
from archive.extract.classify import not_evidence
from archive.filing.features import Features
from archive.filing.ranking import Scorer
from archive.filing.scope import (
    date_words,
    item_period,
    kind_period,
    non_party_paper,
    other_org,
    other_year,
    own_org,
)
from archive.filing.targets import rubric_targets
from archive.rubric import load_rubric

OWN = own_org("滨湖街道东湖社区党委", ["东湖居委会"])

# ------------------------------------------------------------------------------------------------ organisations


@pytest.mark.parametrize("text, words", [
    ("幸福里社区党支部2025年党建工作计划\n一、三会一课……\n", "幸福里社区党支部"),
    ("党员大会会议记录\n会议内容：传达精神\n幸福里社区党支部\n2025年6月1日", "幸福里社区党支部"),
    ("会议记录\n会议内容：\n一、研究议程\n二、其他\n幸福里社区党支部于2025年4月8日召开支部委员会，研究议程。\n会议决定……\n"
     "会议要求：抓好落实。\n三、散会\n四、记录归档\n五、附件", "幸福里社区党支部于2025年4月8日召开"),
    ("会议记录\n会议地点：幸福里社区党群服务中心\n主持人：李明", "幸福里社区党群服务中心"),
    ("北京师范大学\n组织工作管理系统\n", "北京师范大学"),
])
def test_another_organisation_and_the_words_that_show_it(text, words):
    hold = other_org(text, "资料.docx", OWN)
    assert hold is not None and hold.reason == "other_org" and hold.label == "其他单位的材料"
    assert words in hold.words


@pytest.mark.parametrize("text, name", [
    ("东湖社区党委2025年党建工作计划\n", "计划.docx"),  # the archive's own
    ("党员大会会议记录\n东湖居委会\n2025年6月1日", "x.docx"),  # an alias ([filing] org_aliases)
    ("关于开展春训的通知\n各社区党组织：\n滨湖街道党工委\n2025年2月1日", "x.docx"),  # a superior
    ("党建共建协议书\n甲方：东湖社区党委  乙方：区税务局第三党支部\n", "x.docx"),  # a partner beside us
    ("一、统筹社区党建、治理和服务\n履行社区党委书记职责\n", "述职报告.docx"),  # 社区 as a word, not a name
    ("党员大会会议记录\n会议地点：党群服务中心\n", "x.docx"),  # no organisation named at all
    # a partner department whose name holds 农村 (the countryside), not a village
    ("共建活动记录\n议题：农技服务进村\n云溪区农业农村局机关第二党支部\n2025年4月24日", "4.24共建活动.docx"),
])
def test_own_superior_partner_or_none_named_is_not_another_organisation(text, name):
    assert other_org(text, name, OWN) is None


# ------------------------------------------------------------------------------------------------ periods


def test_item_periods_follow_the_item():
    targets = {t.id: t for t in rubric_targets(load_rubric("seed000"))}
    assert (item_period(targets["8"], 2025).start, item_period(targets["8"], 2025).end) == (
        dt.date(2025, 1, 1), dt.date(2025, 12, 31))
    two = item_period(targets["22"], 2025)  # 每两年至少发展1名
    assert (two.start, two.end, two.label) == (dt.date(2024, 1, 1), dt.date(2025, 12, 31), "2024—2025年")
    plan = item_period(targets["15"], 2025)  # 年初有计划，年终有总结
    assert (plan.start, plan.end) == (dt.date(2024, 12, 1), dt.date(2026, 1, 31))


# ------------------------------------------------------------------------------------------------ not evidence


@pytest.mark.parametrize("text, title, fmt, rows, name, want", [
    ("三会一课录入样表\n会议类型\t主持人\n支部党员大会\t张三", "", "xlsx", None, "[sample]三会一课录入样表.xlsx",
     ("模板或样表", "[sample]三会一课录入样表（“样表”）")),
    ("month党费报表\n党委名称：party\n交款人：reportUser\t报送日期：reportDate", "", "xlsx", None, "report.xlsx",
     ("模板中的占位符", "month、party、reportUser、reportDate")),
    ("签到表\n序号\t姓名\t签名", "", "xlsx", [["序号", "姓名", "签名"], ["1", "", ""], ["2", "", ""], ["3", "", ""]],
     "签到.xlsx", ("空白表格", "表格未填写")),
    ("党费交纳登记表\n姓名\t月份\t金额", "", "docx", None, "党费交纳登记表（空表）.docx",
     ("模板或样表", "党费交纳登记表（空表）（“空表”）")),
    ("55\n56\n57", "", "pdf", None, "《入党积极分子考察登记表》、《入党志愿书》填写要求.pdf",
     ("模板或样表", "《入党积极分子考察登记表》、《入党志愿书》填写要求（“填写要求”）")),
    ("组织工作管理与服务系统用户手册\n1 系统登录", "", "pdf", None, "用户手册-党建分册.pdf",
     ("使用手册", "用户手册-党建分册（“用户手册”）")),
    ("北京师范大学\n组织工作管理系统项目\n需求文档", "", "doc", None, "北师大组工系统需求书.doc",
     ("需求或设计文档", "北师大组工系统需求书（“需求书”）")),
    ("中国共产党发展党员工作细则\n第一章 总则", "", "pdf", None, "中国共产党发展党员工作细则.pdf",
     ("党内法规原文", "中国共产党发展党员工作细则")),
    ("第一章 总则\n第一条", "", "docx", None, "中国共产党支部工作条例（试行）.docx",
     ("党内法规原文", "中国共产党支部工作条例（试行）")),
    ("当前位置 首页\n用户名 密码 登录\n导出 刷新", "", "image", None, "截图.png", ("软件界面截图", "当前位置、首页、用户名、密码、登录")),
    ("厦门市中学生社会实践活动登记表\n姓名\n班级", "", "image", None, "demo1.jpg",
     ("照片中是一张表格", "厦门市中学生社会实践活动登记表")),
])
def test_not_evidence_rules(text, title, fmt, rows, name, want):
    tables = [Table("Sheet1", rows)] if rows else []
    assert not_evidence(text, title, fmt, tables, name, "照片" if fmt == "image" else None) == want


def test_filled_in_papers_are_evidence():
    minutes = "支部委员会会议记录\n会议时间：2025年4月8日\n主持人：周海燕\n记录人：孙立新\n议题：研究二季度工作安排"
    assert not_evidence(minutes, "", "docx", [], "4月支委会.docx", "会议记录") is None
    sheet = Table("Sheet1", [["序号", "姓名", "签名"], ["1", "周海燕", "周海燕"], ["2", "孙立新", "孙立新"]])
    assert not_evidence("党课签到表", "", "xlsx", [sheet], "签到表.xlsx", "签到表") is None
    # an organisation's own rule names the organisation; a regulation's name quoted in minutes is no heading
    rule = "中国共产党文庙社区总支部委员会议事规则\n第一条 为规范总支委员会议事"
    assert not_evidence(rule, "", "docx", [], "议事规则.docx", "制度") is None
    study = "主题党日活动记录\n内容：学习《中国共产党纪律处分条例》"
    assert not_evidence(study, "", "docx", [], "9月主题党日.docx", "会议记录") is None


# ------------------------------------------------------------------------------------------------ proof it missed


def _features(path: str, kind: str, title: str, body: str, meeting_type: str | None = None) -> Features:
    from archive.indexer.analysis import normalize

    return Features(id=1, path=path, sha256=None, kind=kind, meeting_type=meeting_type, title=normalize(title),
                    body=normalize(body))


def test_minutes_admitting_a_member_serve_the_development_item():
    scorer = Scorer(rubric_targets(load_rubric("seed000")))
    f = _features("q2.docx", "会议记录", "党员大会记录", "议题：讨论接收陈晓雯同志为中共预备党员\n"
                  "经表决，同意接收陈晓雯同志为中共预备党员。", "党员大会")
    ranked = {s.item: s for s in scorer.rank(f, set())}
    assert ranked["22"].score >= 0.85 and "会议决定：接收陈晓雯同志为中共预备党员 → 第22项" in ranked["22"].why
    assert max(ranked.values(), key=lambda s: s.score).item == "8"  # first of all the meeting itself
    # a committee passing the case on to the 党员大会 decides nothing yet
    zwh = _features("zwh.docx", "会议记录", "支部委员会会议记录", "议题：讨论接收陈晓雯同志为预备党员，同意提交党员大会讨论",
                    "支部委员会")
    assert all("会议决定" not in s.why for s in scorer.rank(zwh, set()))


def test_a_lecture_serves_the_party_class_item_and_a_half_year_review_the_summary_item():
    scorer = Scorer(rubric_targets(load_rubric("seed003")))
    lecture = _features("讲稿.docx", "其他", "传承雷锋精神——党课讲稿", "同志们：今天这堂党课……")
    best = scorer.rank(lecture, set())[0]
    assert best.item == "18" and best.score >= 0.6 and "会议类型：党课" in best.why
    review = _features("小结.docx", "总结", "2025年上半年党建品牌工作小结", "上半年，社区党建品牌……")
    assert scorer.rank(review, set())[0].item == "10"
    seed000 = Scorer(rubric_targets(load_rubric("seed000")))
    summary = seed000.rank(_features("小结.docx", "总结", "2025年上半年党建工作小结", "上半年……"), set())[0]
    assert summary.item == "15" and "党建工作总结" in summary.why


def test_a_plan_issued_by_a_body_other_than_a_party_organisation_is_not_the_party_plan():
    scorer = Scorer(rubric_targets(load_rubric("seed000")))
    body = "在社区党委领导下，居委会依法履行自治职责。一、每季度召开一次居民代表会议。二、支持社区妇联、团支部开展活动。"
    ranked = scorer.rank(_features("新建 Microsoft Word 文档 (22).docx", "计划", "东湖社区居民委员会2025年工作要点", body),
                         set())
    assert ranked[0].item == "4"  # 社区自治组织、群团组织健全
    assert "15" not in {s.item for s in ranked if s.score >= 0.5}  # 年初有计划: the Party organisation's own plan
    party = scorer.rank(_features("要点.docx", "计划", "东湖社区党委2025年党建工作要点", "一、加强班子建设。"), set())
    assert party[0].item == "15"


def test_another_bodys_committee_and_a_notice_passing_on_a_superiors_plan_are_not_this_bodys_papers():
    scorer = Scorer(rubric_targets(load_rubric("seed000")))
    roster = scorer.rank(_features("团员花名册.xlsx", "花名册", "共青团柳塘村支部委员会团员花名册", "序号 姓名 入团时间"), set())
    assert roster[0].item == "4" and all(s.item != "8" for s in roster if s.score >= 0.5)
    notice = scorer.rank(_features("通知.docx", "通知", "关于印发《石桥镇2025年党建工作要点》的通知",
                                   "各村党组织：现将《石桥镇2025年党建工作要点》印发给你们。"), set())
    assert all(s.score < 0.5 for s in notice)


def test_a_resolution_admitting_a_member_serves_the_development_item_first():
    scorer = Scorer(rubric_targets(load_rubric("seed000")))
    body = ("2025年5月20日，青石村党支部召开党员大会，讨论王丽同志的入党问题。\n经无记名投票表决，赞成30票。\n"
            "党员大会决定：接收王丽同志为中共预备党员，预备期一年。")
    ranked = scorer.rank(_features("党员大会决议.docx", "会议记录", "青石村党支部党员大会决议", body, "党员大会"), set())
    assert [s.item for s in ranked[:2]] == ["22", "8"]  # the decision first, the meeting second
    assert "决议所议事项：接收王丽同志为中共预备党员" in ranked[0].why and ranked[1].score >= 0.85
    # the minutes of the same meeting are first of all the meeting's record
    minutes = scorer.rank(_features("党员大会记录.docx", "会议记录", "党员大会记录", body, "党员大会"), set())
    assert [s.item for s in minutes[:2]] == ["8", "22"]


def test_a_joint_meeting_is_the_meeting_named_before_ji():
    scorer = Scorer(rubric_targets(load_rubric("seed000")))
    photo = _features("mmexport1737525900000.jpg", "照片", "2024年度组织生活会暨民主评议党员大会 mmexport1737525900000",
                      "2024年度组织生活会暨民主评议党员大会", "组织生活会")
    ranked = scorer.rank(photo, set())
    assert ranked[0].item == "9" and ranked[0].score >= 0.6
    assert all(s.score < 0.6 for s in ranked if s.item == "8")  # no 党员大会 of the 三会一课
    plain = scorer.rank(_features("IMG_1.jpg", "照片", "第二季度党员大会 IMG_1", "第二季度党员大会", "党员大会"), set())
    assert plain[0].item == "8"


def test_a_keyword_made_of_a_names_tail_and_the_genre_names_nothing():
    scorer = Scorer(rubric_targets(load_rubric("seed000")))
    body = "甲方：青石村党支部    乙方：青石茶业有限公司党支部\n双方结成对子，每半年交流一次党建工作。"
    ranked = scorer.rank(_features("共驻共建/结对共建协议书.docx", "协议", "村企党组织结对共建协议书", body), set())
    assert ranked[0].item == "17"  # 结对共建: the 协议 of a pairing, not a 共建协议 (16)
    assert all(s.score < 0.85 for s in ranked if s.item == "16")
    joint = scorer.rank(_features("协议.docx", "协议", "社区单位共建协议书", "甲方：青石村党支部 乙方：县供电公司党支部"), set())
    assert joint[0].item == "16"


def test_a_photo_of_boards_with_no_heading_reads_its_first_line_of_text():
    scorer = Scorer(rubric_targets(load_rubric("seed000")))
    boards = _features("DCIM/Camera/IMG_20250226_102210.jpg", "照片", "IMG_20250226_102210",
                       "青石村综合宣传栏\t群众意见箱\n一、……\t二、……")
    best = scorer.rank(boards, set())[0]
    assert best.item == "30" and best.score >= 0.6  # 宣传栏、意见箱 on the wall
    # a photo with a heading of its own (a banner) is read on that heading; the lines below stay the body
    banner = _features("微信图片_20250227110803.jpg", "照片", "党员服务站服务项目 微信图片_20250227110803",
                       "党员服务站服务项目\n组织关系转接 困难党员帮扶 志愿服务登记")
    assert all(s.score < 0.6 for s in scorer.rank(banner, set()) if s.item in ("13", "32"))


def test_a_photo_is_never_ranked_on_being_a_photo():
    scorer = Scorer(rubric_targets(load_rubric("seed003")))  # its 党员挂牌上岗 item asks for photos
    assert scorer.rank(_features("微信图片_20250301.jpg", "照片", "微信图片_20250301", ""), set()) == []


# ------------------------------------------------------------------------------------------------ end to end

MINUTES_Q2 = """党员大会会议记录
会议时间：2025年6月24日上午9:30
会议地点：东湖社区党群服务中心
主持人：周海燕  记录人：孙立新
应到人数：40人  实到人数：36人
议题：讨论接收陈晓雯同志为中共预备党员
会议内容：经无记名投票表决，同意接收陈晓雯同志为中共预备党员，预备期一年。
"""

FILES = {
    "资料/党员大会6月.txt": MINUTES_Q2,
    "资料/工作计划.txt": "东湖社区党委2017年党建工作计划\n一、三会一课：支部委员会每月召开一次。\n东湖社区党委\n2017年2月4日\n",
    "资料/兄弟社区计划.txt": "幸福里社区党支部2025年党建工作计划\n一、三会一课：支部委员会每月召开一次。\n"
                       "幸福里社区党支部\n2025年1月8日\n",
    "资料/党员花名册样表.txt": "党员花名册（样表）\n序号 姓名 性别 出生年月\n1 张三 男 1980.01\n",
}


def _photo(path: Path, when: dt.datetime | None) -> None:
    from labelled_year import render

    path.parent.mkdir(parents=True, exist_ok=True)
    render.save_jpeg(Image.new("RGB", (640, 480), (120, 130, 140)), path, when, model="HUAWEI P40")


@pytest.fixture
def messy(tmp_path, cli_run) -> Path:
    root = tmp_path / "archive"
    assert cli_run("init", str(root), "--org", "东湖社区党委", "--year", "2025")[0] == 0
    for rel, text in FILES.items():
        (root / rel).parent.mkdir(parents=True, exist_ok=True)
        (root / rel).write_text(text, encoding="utf-8")
    _photo(root / "照片/IMG_20250624_100000.jpg", dt.datetime(2025, 6, 24, 10, 0))  # the day of the 党员大会
    _photo(root / "照片/IMG_20250811_160000.jpg", dt.datetime(2025, 8, 11, 16, 0))  # nothing that day
    assert cli_run("--archive", str(root), "ingest", "--no-ocr", "--json")[0] in (0, 3)
    return root


def _filed(root: Path) -> set[tuple[str, str]]:
    conn = sqlite3.connect(root / ".taizhang" / "catalog.sqlite")
    try:
        return {tuple(r) for r in conn.execute(
            "SELECT e.path, f.item_id FROM filings f JOIN evidence e ON e.id = f.evidence_id")}
    finally:
        conn.close()


def test_accept_files_only_this_years_own_evidence_and_review_says_why(messy, cli_run):
    code, out, _ = cli_run("--archive", str(messy), "suggest", "--json")
    assert code == 0
    by_path = {e["path"]: e for e in json.loads(out)}
    plan = by_path["资料/工作计划.txt"]
    assert plan["held"] is None and plan["suggestions"][0]["item"] == "15"
    assert plan["suggestions"][0]["held"] == {
        "reason": "other_year", "label": "其他年度的材料", "words": "2017年2月4日",
        "detail": "日期为2017年2月4日（“2017年2月4日”），不在考核期（2024年12月至2025年12月）内"}
    assert by_path["资料/兄弟社区计划.txt"]["held"]["label"] == "其他单位的材料"
    assert by_path["资料/党员花名册样表.txt"]["held"]["label"] == "不是证明材料"
    photo = by_path["照片/IMG_20250624_100000.jpg"]["suggestions"][0]
    assert photo["item"] == "8" and photo["why"].startswith("同日党员大会记录《党员大会6月.txt》（6月24日）")
    assert by_path["照片/IMG_20250811_160000.jpg"]["suggestions"] == []

    code, out, _ = cli_run("--archive", str(messy), "file", "--accept", "--json")
    assert code == 0 and json.loads(out)["held"] == 3
    assert _filed(messy) == {("资料/党员大会6月.txt", "8"), ("资料/党员大会6月.txt", "22"),
                             ("照片/IMG_20250624_100000.jpg", "8")}

    entries = json.loads(cli_run("--archive", str(messy), "review", "--json")[1])
    first = [(e["type"], e["path"], e["words"]) for e in entries[:4]]
    assert first == [
        ("other_year", "资料/工作计划.txt", "2017年2月4日"),
        ("other_org", "资料/兄弟社区计划.txt", "幸福里社区党支部"),
        ("not_evidence", "资料/党员花名册样表.txt", "党员花名册样表（“样表”）"),
        ("photo_unread", "照片/IMG_20250811_160000.jpg", None),
    ]
    assert entries[0]["label"] == "其他年度的材料" and entries[0]["detail"].startswith("未自动归档：其他年度的材料——")
    assert entries[3]["label"] == "无法判断的照片"


def test_org_aliases_are_the_archives_own(messy, cli_run):
    toml = messy / "taizhang.toml"
    toml.write_text(toml.read_text(encoding="utf-8") + '\n[filing]\norg_aliases = ["幸福里社区党支部"]\n',
                    encoding="utf-8")
    code, out, _ = cli_run("--archive", str(messy), "suggest", "--json", "资料/兄弟社区计划.txt")
    assert code == 0 and json.loads(out)[0]["held"] is None
    toml.write_text(toml.read_text(encoding="utf-8").replace('["幸福里社区党支部"]', '"幸福里"'), encoding="utf-8")
    code, _, err = cli_run("--archive", str(messy), "suggest")
    assert code != 0 and "org_aliases 必须是名称列表" in err


def test_last_years_papers_are_known_by_their_opening_date_or_their_headings_year():
    minutes = "党员大会记录\n2024年9月24日上午8:30，在村部二楼会议室召开全体党员大会。应到44人，实到37人，缺席：外出务工请假。由杨秀兰同志主持。"
    assert date_words(minutes, "x.docx", dt.date(2024, 9, 24), "day", "content").startswith("2024年9月24日")
    ledger = "Sheet\n柳塘村党总支2024年度党员交纳党费登记表\n序号\t姓名\t月交纳额"
    assert date_words(ledger, "dangfei_2024.xlsx", dt.date(2024, 1, 1), "year", "content") == "柳塘村党总支2024年度党员交纳党费登记表"
    # a date inside a long line of a roster is still nobody's paper date
    roster = "花名册\n1\t张三\t男\t1990年5月\t大专\t2015年7月入党\t居民\t联系电话\t备注"
    assert date_words(roster, "x.xlsx", dt.date(1990, 5, 1), "month", "content") == ""


def test_last_decembers_summary_is_last_years_though_the_plan_item_looks_back_to_december():
    plan_item = item_period(next(t for t in rubric_targets(load_rubric("seed000")) if t.id == "15"), 2025)
    summary = kind_period(plan_item, "总结")
    assert (summary.start, summary.end) == (dt.date(2025, 1, 1), dt.date(2026, 1, 31))
    assert other_year(summary, dt.date(2024, 12, 18), "day", "signature", "2024年12月18日") is not None
    assert other_year(kind_period(plan_item, "计划"), dt.date(2024, 12, 20), "day", "signature", "x") is None


def test_last_years_admission_minutes_rank_the_two_year_development_item_first():
    from archive.filing.config import FilingConfig
    from archive.filing.suggest import EvidenceSuggestions, Suggestion, _year_holds

    targets = {t.id: t for t in rubric_targets(load_rubric("seed000"))}
    periods = {i: item_period(targets[i], 2025) for i in ("8", "22")}
    f = _features("往年资料/2024年三季度党员大会（接收王丽）.docx", "会议记录", "2024年三季度党员大会", "")
    f.date, f.date_precision, f.date_source = dt.date(2024, 9, 24), "day", "content"
    f.date_words = "2024年9月24日"
    ranked = [Suggestion("8", 0.95, "会议类型：党员大会"), Suggestion("22", 0.86, "会议决定：接收王丽同志为中共预备党员")]
    _year_holds(ranked, f, periods, 0.6)
    assert [s.item for s in ranked] == ["22", "8"] and ranked[1].held.reason == "other_year"  # 8: this year's only
    # what automation takes is unchanged: 22, which is sure enough as the runner-up by score
    es = EvidenceSuggestions(f.path, 1, ranked)
    assert [s.item for s in es.automatic(0.6, FilingConfig())] == ["22"]
    # a weak item of the paper's period is no reason to rank the strong held one after it
    weak = [Suggestion("8", 0.95, ""), Suggestion("22", 0.1, "")]
    _year_holds(weak, f, periods, 0.6)
    assert [s.item for s in weak] == ["8", "22"]


def test_a_probation_application_is_the_development_items_paper():
    scorer = Scorer(rubric_targets(load_rubric("seed000")))
    body = "转正申请书\n敬爱的党组织：\n我于2024年9月24日被批准为中共预备党员，预备期一年。现郑重向党组织提出转正申请。\n申请人：王丽"
    best = scorer.rank(_features("转正申请书（王丽）.docx", "其他", "转正申请书", body), set())[0]
    assert best.item == "22" and best.score >= 0.6
    # an employee's probation is no Party business
    staff = scorer.rank(_features("转正申请.docx", "其他", "员工转正申请", "本人于2025年3月入职，试用期满，申请转正。"), set())
    assert all(s.item != "22" for s in staff)


def test_a_paper_whose_best_item_is_a_near_tie_is_held_for_review():
    from archive.filing.config import FilingConfig
    from archive.filing.suggest import EvidenceSuggestions, _hold_tie

    scorer = Scorer(rubric_targets(load_rubric("seed000")))
    labels = {t.id: t.label for t in scorer.targets}
    body = "一、党员按责任区联系群众。\n二、每名党员结对帮扶1户困难家庭，每月走访一次。"
    paper = _features("安排.docx", "其他", "党员责任区与结对帮扶工作安排", body)
    ranked = scorer.rank(paper, set())
    assert {s.item for s in ranked[:2]} == {"12", "32"} and ranked[0].score - ranked[1].score < 0.03
    _hold_tie(ranked, labels, 0.6, FilingConfig())
    assert ranked[0].held.reason == "ambiguous" and ranked[0].held.label == "评分项难以确定的材料"
    assert "得分几乎相同，请人工确定归入哪一项" in ranked[0].held.detail
    assert EvidenceSuggestions(paper.path, 1, ranked).automatic(0.6, FilingConfig()) == []
    # a clear best item is filed as before
    clear = scorer.rank(_features("记录.docx", "其他", "禁毒宣传活动记录", "开展禁毒宣传。"), set())
    _hold_tie(clear, labels, 0.6, FilingConfig())
    assert clear[0].held is None and clear[0].item == "24"


# ------------------------------------------------------------------------------------------------ a tower's branch

TOWER = own_org("云锦大厦联合党支部")


@pytest.mark.parametrize("text, name, words", [
    ("金茂中心联合党支部2025年工作计划\n一、规范三会一课。\n金茂中心联合党支部\n2025年1月20日", "计划.docx", "金茂中心联合党支部"),
    ("第二季度党员大会记录\n会议名称\t金茂中心联合党支部党员大会\n会议时间\t2025-06-26", "x.docx", "金茂中心联合党支部"),
    ("党员大会记录\n会议内容：学习\n", "星澜传媒有限公司党支部党员大会.docx", "星澜传媒有限公司党支部"),
    ("三会一课记录\n议题：学习\n中共江川云图科技有限公司支部委员会\n2025年3月1日", "x.docx", "中共江川云图科技有限公司支部委员会"),
])
def test_another_party_organisation_named_by_its_own_name_is_another_organisation(text, name, words):
    hold = other_org(text, name, TOWER)
    assert hold is not None and hold.reason == "other_org" and hold.words == words


@pytest.mark.parametrize("text", [
    "云锦大厦党支部2025年工作计划\n",  # the archive's own, without 联合
    "关于开展述职评议的通知\n各两新组织党组织：\n南湖街道两新组织综合党委\n2025年11月28日",  # a superior
    "南湖街道党工委\n关于春训的通知\n",  # a superior
    "加强党支部建设\n楼宇企业党支部\n机关党支部\n第一党支部会议记录\n",  # actions and kinds, no names
])
def test_a_superior_a_kind_of_branch_or_an_action_is_no_other_party_organisation(text):
    assert other_org(text, "x.docx", TOWER) is None


# ------------------------------------------------------------------------------------------------ genre and topic


def _scored(rubric: str = "seed000"):
    return Scorer(rubric_targets(load_rubric(rubric)))


def test_a_superiors_circular_proves_only_what_an_item_asks_a_notice_for():
    scorer = _scored()
    review = scorer.rank(_features("上级来文/述职评议通知.docx", "通知", "关于开展2025年度两新组织党组织书记抓党建述职评议的通知",
                                   "各两新组织党组织：\n12月下旬开展述职评议。述职报告不超过2500字，12月20日前报送。\n"
                                   "南湖街道两新组织综合党委"), set())
    assert all(s.score < 0.6 for s in review)  # 两新组织 is whom it is sent to; no item asks for this notice
    assert any("上级来文（各两新组织党组织:）" in s.why for s in review)
    school = scorer.rank(_features("上级来文/党校通知.docx", "通知", "关于举办南湖街道党校2025年春季党员轮训班的通知",
                                   "各基层党组织：\n街道党校定于3月1日举办春季党员轮训班。"), set())
    assert school[0].item == "10" and school[0].score >= 0.85  # the 党校 item asks for its notice


def _rule(title: str, body: str = "一、……", kind: str = "制度", source: str | None = "content") -> Features:
    f = _features(f"制度/{title}.docx", kind, title, body)
    f.date_source = source
    return f


def test_a_rule_about_a_meeting_is_a_rule_not_the_meetings_record():
    scorer = _scored()
    rules = scorer.rank(_rule("支部委员会议事规则", "第二条 支委会每月召开一次。"), set())
    assert rules[0].item == "2" and all(s.item != "8" for s in rules if s.score >= 0.35)
    # a rule no other item names is one of 各项规章制度 (item 2) — when its issuer dated it
    life = scorer.rank(_rule("组织生活会制度", "支部每年召开一次组织生活会。"), set())
    assert life[0].item == "2" and life[0].score == pytest.approx(0.65) and "规章制度 → 第2项" in life[0].why
    assert all(s.item != "9" for s in life if s.score >= 0.35)
    copied = scorer.rank(_rule("党建审批类别及规则", "党支部审核 -> 分党委审核", source="mtime"), set())
    assert all(s.score < 0.6 for s in copied)
    charter = scorer.rank(_rule("红白理事会章程", "第一条 本会……"), set())  # a society's charter, not the Party's rules
    assert all(s.score < 0.6 for s in charter if s.item == "2")
    # the item asking for a rule about the meeting still takes it
    assert scorer.rank(_rule("楼宇党建联席会议制度"), set())[0].item == "18"


def test_a_list_of_the_committee_is_the_leaderships_and_a_list_of_a_team_the_teams():
    scorer = _scored()
    members = scorer.rank(_features("支委成员情况一览表.docx", "花名册", "云锦大厦联合党支部支部委员会成员情况一览表",
                                    "姓名 性别 出生年月 学历 支部职务"), set())
    assert members[0].item == "5" and members[0].score >= 0.85
    assert all(s.score < 0.6 for s in members if s.item == "8")
    youth = scorer.rank(_features("团委名单.docx", "花名册", "共青团云锦大厦支部委员会成员名单", "姓名 职务"), set())
    assert youth[0].item == "4" and all(s.item != "5" for s in youth)  # a 团支部's committee is no 班子
    team = scorer.rank(_features("党员志愿服务队名册.xlsx", "花名册", "党员志愿服务队名册", "序号 姓名 服务项目"), set())
    assert team[0].item == "13" and team[0].score >= 0.6


def test_a_self_examination_and_a_pledge_of_integrity_are_the_leaderships_self_discipline():
    scorer = _scored()
    exam = scorer.rank(_features("对照检查.docx", "其他", "支委班子2024年度组织生活会对照检查材料",
                                 "一、存在问题：组织生活形式单一。\n三、整改措施：……"), set())
    assert exam[0].item == "7" and "批评与自我批评" in exam[0].why
    assert all(s.score < 0.35 for s in exam if s.item == "9")  # no record of the 组织生活会
    pledge = scorer.rank(_features("承诺书.docx", "其他", "支部委员廉洁从业承诺书", "作为支部委员，我们郑重承诺……"), set())
    assert pledge[0].item == "7" and "廉洁自律" in pledge[0].why
    rule = scorer.rank(_rule("党员廉洁从业承诺制度", "一、支委和党员每年签订廉洁从业承诺书。"), set())
    assert rule[0].item == "2"  # a rule about pledges is a rule


def test_one_activitys_plan_is_that_activitys_not_the_years_plan():
    scorer = _scored()
    plan = scorer.rank(_features("方案.docx", "计划", "云锦大厦2025年“文明楼宇”创建活动方案",
                                 "为营造文明楼宇文化，开展创建活动。"), set())
    assert plan[0].item == "25" and plan[0].score >= 0.6
    assert all(s.score < 0.35 for s in plan if s.item == "15")
    year = scorer.rank(_features("计划.docx", "计划", "云锦大厦联合党支部2025年工作计划", "一、规范三会一课。"), set())
    assert year[0].item == "15"


@pytest.mark.parametrize("title, kind, item", [
    ("云锦大厦消防疏散演练记录", "会议记录", "24"),  # a fire drill is 平安建设
    ("楼宇白领和企业代表意见征求座谈会记录", "会议记录", "27"),  # 意见征求 is 征求意见
    ("11月党课提纲（顾雅琴）", "其他", "9"),  # a lecture's outline is its text
    ("云锦大厦党群服务站服务事项清单", "其他", "19"),  # a 党群服务站 is a 党员服务站
    ("党群服务站功能和面积说明", "制度", "20"),  # a room's 面积: the item setting a floor area in 平米 (TEXT_TOPICS)
])
def test_a_title_in_other_words_for_an_items_topic(title, kind, item):
    assert _scored().rank(_features("x.docx", kind, title, "……"), set())[0].item == item


def test_minutes_recording_an_admission_are_first_the_meetings_record():
    body = ("2025年6月27日，支部召开支部党员大会。\n会议议题：讨论接收陶思远同志为中共预备党员\n"
            "支部大会决议：接收陶思远同志为中共预备党员，预备期一年。")
    ranked = _scored().rank(_features("第二季度党员大会（接收预备党员）.docx", "会议记录",
                                      "第二季度支部党员大会纪要 第二季度党员大会（接收预备党员）", body, "党员大会"), set())
    assert [s.item for s in ranked[:2]] == ["8", "22"] and ranked[1].score >= 0.85


@pytest.mark.parametrize("own, text", [
    (TOWER, "入党积极分子培养教育考察登记\n姓名\t温婧\t单位\t启航教育科技有限公司\n考察意见\t表现积极。"),  # a person's employer
    (TOWER, "非公企业党组织覆盖情况摸排表\n序号\t企业名称\t党员数\n1\t博远知识产权代理有限公司\t1\t—\n"),  # a roster's row
    (TOWER, "共建活动记录\n会议地点\t云锦大厦党群服务站\n纪要内容\t共建双方走访南湖社区困难家庭6户。"),  # visited, not the author
    (TOWER, "义诊进社区活动记录\n会议时间\t2025-05-17\n会议地点\t南湖社区文化广场\n"),  # where it went, not who held it
    (TOWER, "义诊进社区活动记录\n会议地点：南湖社区文化广场\n"),
    (TOWER, "党组织结对交流活动记录\n议题：交流\n"),  # the file name below names a partner ("与…结对")
    (TOWER, "结对交流活动记录\n会议议题\t交流\n结对单位\t江川区人民医院第二党支部\n参加人数\t22人"),  # a partner field
    (own_org("柳塘村党总支"), "支委会会议记录\n会议要求村干部和党员骨干汛期24小时值守。\n会议梳理村民代表提出的意见。"),  # 村干部, 村民
    (own_org("柳塘村党总支"), "村道拓宽方案意见汇总\n序号\t意见内容\n4\t保留村口老樟树\n"),  # 村口
    (own_org("柳塘村党总支"), "下塘党小组会议记录\n时间：2025.4.22\n地点：下塘自然村老年活动室\n"),  # a part of our village
])
def test_a_table_row_a_visited_place_or_a_word_with_cun_is_no_other_organisation(own, text):
    assert other_org(text, "0528 与区人民医院第二党支部结对交流.docx", own) is None


def test_a_paper_a_non_party_body_provided_is_that_bodys():
    ranked = _scored().rank(_features("待归档/入驻企业名录（物业提供）.xlsx", "其他", "云锦大厦入驻企业名录（物业） 入驻企业名录（物业提供）",
                                      "楼层 企业名称 租赁面积 联系人\n5F 江川云锦物业服务有限公司"), set())
    assert all(s.score < 0.35 for s in ranked)  # 物业 names who provided the list, not our work with the 物业


def test_a_democratic_review_of_members_serves_the_item_asking_members_to_fulfil_their_duties():
    scorer = _scored()
    results = scorer.rank(_features("民主评议党员结果.xlsx", "测评", "2024年度民主评议党员结果", "序号 姓名 自评 互评等次"), set())
    assert results[0].item == "12" and results[0].score >= 0.6  # 党员自觉履行义务
    joint = scorer.rank(_features("x.docx", "会议记录", "2024年度组织生活会暨民主评议党员", "会议议题：民主评议党员",
                                  "组织生活会"), set())
    assert {s.item for s in joint if s.score >= 0.85} == {"9", "12"}
    rule = scorer.rank(_rule("组织生活会和民主评议党员制度", "支部每年召开一次组织生活会，同时开展民主评议党员。"), set())
    assert rule[0].item == "2" and all(s.score < 0.6 for s in rule if s.item == "12")  # a rule about the review


def test_a_superiors_plan_a_provided_list_and_a_rule_on_an_items_topic():
    scorer = _scored()
    plan = scorer.rank(_features("上级文件/鼓楼街道2025年党建工作要点.pdf", "计划", "鼓楼街道2025年党建工作要点", "一、加强…"), set())
    assert all(s.score < 0.6 for s in plan)  # the 街道's plan, not ours
    plan = scorer.rank(_features("要点.pdf", "计划", "中共清河区鼓楼街道工作委员会2025年党建工作要点", "一、…"), set())
    assert all(s.score < 0.6 for s in plan)
    own = scorer.rank(_features("计划.docx", "计划", "滨湖街道东湖社区党委2025年党建工作计划", "一、…"), set())
    assert own[0].item == "15" and own[0].score >= 0.85
    fees = scorer.rank(_features("物业费收缴明细（物业给的）.xlsx", "其他", "物业费收缴明细 物业费收缴明细（物业给的）", "户号 金额"),
                       set())
    assert all(s.score < 0.6 for s in fees)  # provided by the 物业: its paper
    rule = scorer.rank(_rule("廉洁自律制度", "一、班子成员廉洁自律。"), set())
    assert rule[0].item == "2" and all(s.score < 0.6 for s in rule if s.item == "7")  # a rule, not the 班子's record


def test_a_screenshot_is_never_ranked_on_the_records_of_its_day(messy, cli_run):
    from labelled_year import render

    shot = messy / "截图/Screenshot_20250624-100000.jpg"  # taken the 党员大会's day
    shot.parent.mkdir(parents=True, exist_ok=True)
    render.save_jpeg(Image.new("RGB", (640, 480), (20, 200, 90)), shot, dt.datetime(2025, 6, 24, 10, 0), model="HUAWEI P40")
    saved = messy / "照片/微信图片_20250624100000.png"  # a graphic saved from WeChat that day: phones save those as PNG
    Image.new("RGB", (640, 480), (200, 90, 20)).save(saved)
    assert cli_run("--archive", str(messy), "ingest", "--no-ocr", "--json")[0] in (0, 3)
    code, out, _ = cli_run("--archive", str(messy), "suggest", "--json")
    by_path = {e["path"]: e for e in json.loads(out)}
    assert any(s["score"] >= 0.6 for s in by_path["照片/IMG_20250624_100000.jpg"]["suggestions"])  # a camera's photo
    assert all(s["score"] < 0.35 for s in by_path["截图/Screenshot_20250624-100000.jpg"]["suggestions"])
    assert all(s["score"] < 0.35 for s in by_path["照片/微信图片_20250624100000.png"]["suggestions"])


@pytest.mark.parametrize("text, signer", [
    ("关于下半年维修基金使用情况的公告\n全体业主：\n楼道灯改造支出2.1万元……\n\n桂香园小区业主委员会\n2025年10月8日", "桂香园小区业主委员会"),
    ("温馨提示\n各位住户：明日上午电梯维保。\n恒安物业服务有限公司  2025年5月6日", "恒安物业服务有限公司"),
    ("关于开展垃圾分类桶边督导的通知\n各楼栋长：……\n南湖社区居民委员会\n2025.06.03", "南湖社区居民委员会"),
    ("2024年度收益分配方案\n经理事会研究，每股分红1580元。\n桃湾股份经济合作社理事会\n2025年2月12日", "桃湾股份经济合作社理事会"),
])
def test_a_paper_a_non_party_body_signed_and_naming_no_party_organisation_is_that_bodys(text, signer):
    held = non_party_paper(text)
    assert held is not None and held.reason == "other_org" and held.words == signer
    assert held.detail == f"落款是“{signer}”，通篇没有提到党组织：是该单位自己的材料"


@pytest.mark.parametrize("text", [
    "文明小区创建方案\n……\n桂香园小区党支部  桂香园小区业主委员会\n2025年3月1日",  # signed jointly with the branch
    "联席会议记录\n社区党委书记主持，业委会、物业参加。\n桂香园小区业主委员会",  # names the Party organisation
    "业委会换届选举工作方案\n……业主委员会的组成……\n2025年3月1日",  # the body is the topic, no signer
])
def test_a_paper_the_party_organisation_signs_or_names_is_not_held_as_a_non_party_bodys(text):
    assert non_party_paper(text) is None


def test_a_non_party_bodys_notice_in_an_items_folder_is_held_for_review(tmp_path, cli_run):
    root = tmp_path / "archive"
    assert cli_run("init", str(root), "--org", "桂香园小区党支部", "--year", "2025")[0] == 0
    notice = root / "为民服务" / "业委会 公共收益公告.txt"
    notice.parent.mkdir(parents=True)
    notice.write_text("关于公共收益收支情况的公告\n全体业主：\n上半年停车位租金收入3.2万元，用于业委会办公和绿化。\n\n"
                      "桂香园小区业主委员会\n2025年7月20日", encoding="utf-8")
    assert cli_run("--archive", str(root), "ingest", "--no-ocr", "--json")[0] in (0, 3)
    code, out, _ = cli_run("--archive", str(root), "suggest", "--json")
    entry = json.loads(out)[0]
    assert code == 0 and entry["held"]["label"] == "其他单位的材料"
    assert entry["held"]["words"] == "桂香园小区业主委员会"
    code, out, _ = cli_run("--archive", str(root), "file", "--accept", "--json")
    assert code == 0 and _filed(root) == set()
    review = json.loads(cli_run("--archive", str(root), "review", "--json")[1])
    assert [(e["type"], e["path"]) for e in review if e["path"]] == [("other_org", "为民服务/业委会 公共收益公告.txt")]


def test_the_folder_a_file_lies_in_counts_beside_its_title(tmp_path, cli_run):
    """"共驻共建/结对/0610结对交流": the archivist put it under 结对, as its title says; the outer folder (共驻共建) and
    the classifier's meeting type (共建活动) only hint at the 共建 item."""
    root = tmp_path / "archive"
    assert cli_run("init", str(root), "--org", "桂香园小区党支部", "--year", "2025")[0] == 0
    minutes = root / "共驻共建" / "结对" / "0610结对交流.txt"
    minutes.parent.mkdir(parents=True)
    minutes.write_text("会议记录\n与市自来水公司第三党支部结对交流\n时间：2025年6月10日下午\n地点：桂香园小区党员活动室\n"
                       "参加：18人\n内容：两个支部交流主题党日做法，自来水公司党员为老人检修水龙头12户。", encoding="utf-8")
    assert cli_run("--archive", str(root), "ingest", "--no-ocr", "--json")[0] in (0, 3)
    code, out, _ = cli_run("--archive", str(root), "suggest", "--json")
    ranked = [(s["item"], s["why"]) for s in json.loads(out)[0]["suggestions"]]
    assert code == 0 and ranked[0][0] == "17" and ranked[1][0] == "16", ranked


def test_a_branchs_name_says_whose_paper_not_what_it_is_about():
    # the 离退休党员支部's and the 在职党员支部's minutes are minutes: their names are no proof of the items on
    # 退休党员 (23) or 在职党员 (11), in the title or in the folder they lie in
    scorer = _scored()
    retired = _features("三会一课/离退休党员支部/离退休党员支部第二季度党员大会记录.docx", "会议记录",
                        "离退休党员支部第二季度党员大会记录", "会议时间：2025年6月20日\n议题：学习党章", "党员大会")
    retired.place = "三会一课 离退休党员支部"
    ranked = scorer.rank(retired, set())
    assert ranked[0].item == "8" and all(s.item != "23" for s in ranked)
    working = _features("三会一课/机关在职党员支部/机关在职党员支部委员会会议记录（2025.6.17）.docx", "会议记录",
                        "机关在职党员支部委员会会议记录", "议题：研究七一活动安排", "支部委员会")
    working.place = "三会一课 机关在职党员支部"
    ranked = scorer.rank(working, set())
    assert ranked[0].item == "8" and all(s.item != "11" for s in ranked)
    # the words outside a name still count: a report on the 在职党员's 报到 serves the 在职党员 item
    report = _features("在职党员支部关于在职党员到社区报到情况的报告.docx", "其他",
                       "在职党员支部关于在职党员双向联系情况的报告", "在职党员参加社区活动表现情况")
    assert scorer.rank(report, set())[0].item == "11"


def test_a_committee_named_as_a_body_is_not_its_meeting():
    # its members' duties, and a 民主生活会 it holds, are no 支部委员会 meeting
    scorer = _scored()
    duties = _features("组织设置/委员分工.docx", "其他", "中共文庙社区总支部委员会委员分工",
                       "书记：主持全面工作\n组织委员：负责组织发展", "支部委员会")
    ranked = scorer.rank(duties, set())
    assert ranked[0].item == "6" and all(s.score < 0.6 for s in ranked if s.item == "8")
    review = _features("组织生活会/民主生活会记录.docx", "会议记录", "中共文庙社区总支部委员会2024年度民主生活会记录",
                       "会议时间：2025年1月16日\n开展批评与自我批评", "民主生活会")
    ranked = scorer.rank(review, set())
    assert ranked[0].item == "7" and all(s.item != "8" for s in ranked if s.score >= 0.6)
    # its own meeting still is one
    minutes = _features("支委会/3月.docx", "会议记录", "中共文庙社区总支部委员会会议记录", "议题：研究发展党员", "支部委员会")
    assert scorer.rank(minutes, set())[0].item == "8"


def test_a_titles_head_noun_breaks_a_tie_between_items_it_names():
    # "党群服务中心轮值表" is a 轮值表: the rota item (30) before the service centre's (19)
    scorer = _scored()
    rota = _features("年度/轮值表.xlsx", "其他", "桃湾社区党群服务中心社区工作者轮值表", "星期一 张三 星期二 李四")
    ranked = scorer.rank(rota, set())
    assert [s.item for s in ranked[:2]] == ["30", "19"] and ranked[0].score - ranked[1].score < 0.01


def test_a_meeting_held_comes_before_its_theme_and_both_are_taken():
    scorer = _scored()
    banner = _features("03月/IMG_20250305_083508.jpg", "照片", "3月主题党日 学雷锋志愿服务 IMG_20250305_083508",
                       "3月主题党日 学雷锋志愿服务", "主题党日")
    ranked = scorer.rank(banner, set())
    assert ranked[0].item == "9" and ranked[1].item == "13" and ranked[1].score >= 0.6
    # a photo of that day's 主题党日 (its record filed): what its own text shows first, its theme's item second
    photo = _features("04月/IMG_20250403_091508.jpg", "照片", "IMG_20250403_091508", "文明祭扫移风易俗\n桃湾社区党委4月主题党日",
                      "主题党日")
    ranked = scorer.rank(photo, set(), {"9": (0.65, "同日主题党日记录已归入此项")})
    assert ranked[0].item == "9" and ranked[1].item == "25" and ranked[1].score >= 0.6
    # its title (the banner's first line) names only the theme; the classifier read the meeting from the next line
    photo = _features("03月/IMG_20250305_083508.jpg", "照片", "学雷锋志愿服务进家园 IMG_20250305_083508",
                      "学雷锋志愿服务进家园\n桃湾社区党委3月主题党日", "主题党日")
    ranked = scorer.rank(photo, set(), {"9": (0.65, "同日主题党日记录已归入此项")})
    assert ranked[0].item == "9" and ranked[1].item == "13" and ranked[1].score >= 0.6
