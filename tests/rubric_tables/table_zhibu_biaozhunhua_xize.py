"""云溪区2026年度社区党支部标准化规范化建设考核细则 (.docx), as a 区委组织部 publishes it.

PARKED (not discovered: tables.py globs table_*.py): the importer refuses this file as printed (ImportFailed
"第1个表格第29行的标准分「+2」不是数字" on the 加分项 row), and the test fixture imports every table at once, so the
whole of tests/test_rubric_tables.py would error. Without the 加分项 rows it imports, but 考核标准 is read as a
detail of 考核内容 (item text "内容：标准", scoring empty), so the scoring is lost. Rename to table_zhibu_biaozhunhua_xize.py once it imports;
labels/zhibu_biaozhunhua_xize.yaml is already written.

Title paragraph, then one table: 序号 | 考核内容 | 考核标准 | 分值 | 考核方法. Sections are full-width merged rows
("一、组织设置规范（10分）"), 序号 restarts at 1 under each, the scoring is printed in 考核标准 as deduction lines.
After the five scored sections (100 points) come a 加分项 section ("六、加分项（最多加2分）", 分值 printed "+2"/"+1")
and a 否决项 section ("七、否决项", 分值 printed "—"); both lie outside the base 100, which the model cannot say
otherwise than with 0 points for their sections and rows. A 合计 row (100) closes the table, a 注 paragraph follows.
"""

from __future__ import annotations

from pathlib import Path

from .model import Row, Section, Table, _fmt

TABLE = Table(
    name="zhibu_biaozhunhua_xize",
    fmt="docx",
    title="云溪区2026年度社区党支部标准化规范化建设考核细则",
    numbering="restart",
    sections=(
        Section("组织设置规范", "一、组织设置规范（10分）", 10, (
            Row("党支部按期换届（每五年），换届前向街道党工委请示，选举程序规范，选举结果报街道党工委批复。", 3,
                "未按期换届的扣2分；换届未请示或选举结果未报批的扣1分。", "查阅资料"),
            Row("支委会职数配备到位，支委会成员中具有大专以上学历的不少于2名，且至少有1名35周岁以下的委员。", 4,
                "支委会成员学历结构未达到要求的扣2分；无35周岁以下委员的扣1分；职数配备不到位的扣1分。", "查阅资料"),
            Row("按照便于管理、便于活动的原则划分党小组，党小组长由党性强、威信高的党员担任；建立党员花名册，党员信息"
                "采集完整、变动及时更新。", 3,
                "党小组划分不合理的酌情扣0.5—1分；无党员花名册的扣1分；党员信息不完整或未及时更新的，每人次扣0.1分。",
                "查阅资料、个别访谈"),
        )),
        Section("组织生活规范", "二、组织生活规范（30分）", 30, (
            Row("严格执行“三会一课”制度，支部党员大会每季度至少召开1次，支委会每月至少召开1次，党小组会每月至少召开"
                "1次，党课每季度至少1次。", 8,
                "党员大会、党课每少1次扣1分；支委会、党小组会每少1次扣0.5分，扣完为止。", "查阅资料"),
            Row("召开支部党员大会时党员到会率不低于80%，会议做到有通知、有签到、有记录，会议记录要素完整。", 4,
                "党员大会到会率低于80%的，每次扣0.5分；无签到的每次扣0.2分；会议记录要素不全的扣1分。", "查阅资料"),
            Row("主题党日活动每月固定1天开展，结合重要时间节点和社区重点工作确定活动主题，党员参加率超过95%，活动留存"
                "影像资料。", 5,
                "未按月开展的，每少1次扣0.5分；参加率未超过95%的，每次扣0.2分；无影像资料的扣1分。", "查阅资料"),
            Row("组织生活会和民主评议党员每年至少1次，会前广泛征求党员群众意见，会上严肃开展批评和自我批评，会后建立"
                "整改台账。", 5,
                "未召开组织生活会的扣3分；未开展民主评议党员的扣2分；未征求意见或无整改台账的，每项扣0.5分。",
                "查阅资料、个别访谈"),
            Row("支部书记与党员每年谈心谈话不少于1次，支委之间、支委与党员之间经常开展谈心谈话，谈话情况有记录。", 3,
                "支部书记未与党员开展谈心谈话的，每少1人扣0.2分；无谈话记录的扣1分。", "查阅资料、个别访谈"),
            Row("年初制定党员教育培训计划，党员每年参加集中学习不少于40小时，支部书记每年参加区级以上集中轮训不少于"
                "5天。", 5,
                "无年度培训计划的扣1分；党员学习时间不足的，每人扣0.2分，最多扣2分；支部书记未参加轮训的扣1分。",
                "查阅资料"),
        )),
        Section("党员管理规范", "三、党员管理规范（20分）", 20, (
            Row("严格按照程序发展党员，坚持成熟一个发展一个，发展党员材料齐全（入党申请书、思想汇报、政审材料、公示"
                "材料）。", 6,
                "违反规定程序发展党员的，本项不得分；发展党员材料每缺1项扣0.5分。", "查阅资料"),
            Row("党员每月足额交纳党费，有收缴台账和公示，党费专户存储、专款专用。", 5,
                "未按月足额交纳的，每人次扣0.1分；无收缴台账的扣2分；未公示的扣1分；党费使用不规范的扣1分。",
                "查阅资料"),
            Row("在职党员到社区报到率达到100%，报到党员每人每年参加社区志愿服务累计不少于12小时，服务情况登记在册。", 5,
                "在职党员未报到的，每人扣0.5分；志愿服务时长不足的，每人扣0.2分，最多扣2分；无服务登记的扣1分。",
                "查阅资料、问卷调查"),
            Row("民主评议党员结果报街道党工委备案，对评议为不合格的党员按规定进行组织处置。", 4,
                "评议结果未报备案的扣1分；对不合格党员处置不及时、不规范的扣2分。", "查阅资料"),
        )),
        Section("阵地建设规范", "四、阵地建设规范（15分）", 15, (
            Row("党员活动场所面积不少于60平方米，悬挂党支部标识牌，室内张贴党旗、入党誓词，布置整洁规范。", 5,
                "活动场所面积不达标的扣2分；标识牌、党旗、入党誓词每缺1项扣0.5分；布置不规范的扣0.5分。", "现场查看"),
            Row("党员发展、党费收缴、评先评优等党务事项每半年至少公开1次，公开内容拍照或截图存档。", 4,
                "少公开1次扣1分；无存档照片或截图的扣0.5分。", "现场查看、查阅资料"),
            Row("党建档案实行“一会一档”，“三会一课”、主题党日、组织生活会等资料齐全，按年度分类立卷、专柜保管。", 6,
                "未实行“一会一档”的扣2分；资料每缺1项扣0.5分；未分类立卷、专柜保管的扣1分，扣完为止。",
                "查阅资料、现场查看"),
        )),
        Section("作用发挥", "五、作用发挥（25分）", 25, (
            Row("与辖区内机关、企事业单位党组织开展结对共建，签订共建协议不少于2家，每半年至少联合开展1次共建活动。", 5,
                "共建协议每少1家扣1分；每半年未开展共建活动的，每次扣1分。", "查阅资料"),
            Row("建立“居民点单、支部派单、党员接单”服务机制，全年为居民办实事不少于6件，有办理台账。", 5,
                "未建立服务机制的扣1分；办实事每少1件扣0.5分；无办理台账的扣1分。", "查阅资料、个别访谈"),
            Row("每年开展1次群众满意度测评，测评问卷留存备查。", 5,
                "满意度95%以上得5分，90%—95%得4分，85%—90%得2分，85%以下不得分。", "问卷调查"),
            Row("年初制定支部年度工作要点，年终形成书面工作总结，并按时报送街道党工委。", 5,
                "无年度工作要点的扣2分；无年终工作总结的扣2分；未按时报送的扣1分。", "查阅资料"),
            Row("支部班子团结协作，在矛盾纠纷化解、文明创建等社区重点工作中发挥战斗堡垒作用，年内无越级上访事件。", 5,
                "班子不团结、作用发挥不明显的，酌情扣分；发生越级上访事件的，每起扣1分。", "个别访谈、查阅资料"),
        )),
        # Outside the base 100: 0 points in the model, "+2"/"+1" and "—" printed in 分值 (see BONUS_PRINTED).
        Section("加分项", "六、加分项（最多加2分）", 0, (
            Row("党支部或党员受到区级以上表彰。", 0, "受到区级以上表彰的加1分，最多加2分。", "查阅资料"),
            Row("支部党建工作经验做法在区级以上会议交流或被区级以上媒体刊发。", 0,
                "每交流或刊发1次加0.5分，最多加1分。", "查阅资料"),
        )),
        Section("否决项", "七、否决项", 0, (
            Row("党支部班子成员或党员发生违纪违法案件。", 0, "发生违纪违法案件的，实行一票否决。", "查阅资料"),
            Row("辖区内发生因党支部履职不力造成的重大安全责任事故或恶劣影响的群体性事件。", 0,
                "发生上述情形之一的，实行一票否决。", "查阅资料、个别访谈"),
        )),
    ),
)

# What the 分值 cell of the rows outside the base 100 shows, by section name.
BONUS_PRINTED = {"加分项": ["+2", "+1"], "否决项": ["—", "—"]}


def _merge(tbl, r0: int, c0: int, r1: int, c1: int, text: str) -> None:
    merged = tbl.cell(r0, c0).merge(tbl.cell(r1, c1))
    merged.text = text


def build(t: Table, path: Path) -> None:
    import docx
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Pt

    header = ["序号", "考核内容", "考核标准", "分值", "考核方法"]
    n_rows = 1 + len(t.sections) + sum(len(s.rows) for s in t.sections) + 1
    document = docx.Document()
    document.add_paragraph("附件2")
    title = document.add_paragraph()
    title.alignment = WD_ALIGN_PARAGRAPH.CENTER
    run = title.add_run(t.title)
    run.bold = True
    run.font.size = Pt(16)
    tbl = document.add_table(rows=n_rows, cols=len(header))
    tbl.style = "Table Grid"
    for c, head in enumerate(header):
        tbl.cell(0, c).text = head
    r = 1
    for s in t.sections:
        _merge(tbl, r, 0, r, len(header) - 1, s.printed)
        r += 1
        printed = BONUS_PRINTED.get(s.name)
        for i, row in enumerate(s.rows):
            points = printed[i] if printed else _fmt(row.points)
            for c, v in enumerate((str(i + 1), row.text, row.scoring, points, row.method)):
                tbl.cell(r, c).text = v
            r += 1
    _merge(tbl, r, 0, r, 2, "合计")
    tbl.cell(r, 3).text = _fmt(t.total)
    document.add_paragraph("注：1.基础分100分，加分项最多加2分；2.各项扣分以该项分值为限，扣完为止；3.有否决项情形之一的，"
                           "年度考核直接评定为“不合格”等次。")
    document.save(str(path))
