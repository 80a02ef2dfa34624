"""中共佛山市南海区卫生健康局综合委员会2026年度民营医疗机构党组织党建工作考核评分表 (.xlsx), as a 广东 区卫健局综合党委
(the 行业党委 for 民营医院、门诊部 and their 联合党支部) scores each 民营医院党组织 on 组织建设、组织生活、党员管理、作用发挥、
基础保障.

A merged title row and a merged "医疗机构名称：…  党组织名称：…  党员数：…  自评得分：…" line above the header 序号 | 考核内容 |
分值 | 考核标准及扣分 | 佐证材料 | 自评分 | 考核得分. The categories are SECTION ROWS merged across the whole sheet, printed
"（一）组织建设　20分". 序号 is the FIRST column and runs 1..17 through the sheet (numeric cells). 分值 is a plain number.
佐证材料 (`Row.method`) names the papers the 医院 lays out, or "实地查看". The two score columns are blank. A 合计 row and a
merged 说明 row close the sheet.
"""

from __future__ import annotations

from pathlib import Path

from .build_helpers import xlsx_borders, xlsx_header, xlsx_line, xlsx_note, xlsx_title, xlsx_total_row, xlsx_widths
from .model import Row, Section, Table

TABLE = Table(
    name="zj_minying_yiyuan_xlsx",
    fmt="xlsx",
    title="中共佛山市南海区卫生健康局综合委员会2026年度民营医疗机构党组织党建工作考核评分表",
    numbering="printed",
    sections=(
        Section("组织建设", "（一）组织建设　20分", 20, (
            Row("有正式党员3名以上的民营医院单独建立党支部，党员50名以上的经批准设立党总支；医院章程写明党组织的设置形式、"
                "地位作用和职责任务。", 6,
                "符合条件未单独建立党组织的扣3分；章程未写入党建内容的扣2分，写入内容不完整的扣1分。", "成立批复、医院章程"),
            Row("党组织书记由医院管理层中的党员担任，或由上级党组织选派党建指导员兼任；支部委员中具有中级以上职称的不少于2名，"
                "45周岁以下的不少于1名。", 6,
                "书记人选不符合要求的扣2分；中级以上职称委员不足2名的扣1分；无45周岁以下委员的扣1分。", "支委名册、任职文件"),
            Row("建立党组织与医院管理层双向沟通机制，党组织书记列席院务会、投资人会议，医院重大决策事前听取党组织意见；每季度"
                "召开1次党政联席会议。", 8,
                "无双向沟通机制的扣2分；书记应列席未列席的，每次扣0.5分；联席会议每少1次扣1.5分。", "联席会议纪要"),
        )),
        Section("组织生活", "（二）组织生活　25分", 25, (
            Row("支部委员会每月召开1次，支部党员大会每季度召开1次，党小组会每月召开1次；按临床、医技、行政后勤合理划分"
                "党小组。", 8,
                "每少开1次扣0.5分，最多扣5分；会议记录缺少议题或决议的，每次扣0.2分。", "会议记录、签到表"),
            Row("支部书记每年至少讲1次党课，支部每季度组织1次党课；全年邀请医德医风先进典型讲课不少于1次。", 5,
                "书记未讲党课的扣2分；党课每少1次扣0.5分；未邀请先进典型讲课的扣1分。", "党课讲稿、照片"),
            Row("每月开展1次主题党日，因值班、手术不能参加的党员及时补学，党员参加率不低于80%。", 6,
                "每少1次扣0.5分；参加率每低1个百分点扣0.1分，最多扣2分。", "活动记录、照片"),
            Row("每年召开1次组织生活会，开展民主评议党员，会前开展谈心谈话，会后制定整改清单；评议为“不合格”的党员按规定"
                "处置。", 6,
                "未召开组织生活会的，本项不得分；未开展民主评议党员的扣3分；无整改清单的扣1分。", "会议记录、民主评议表、整改清单"),
        )),
        Section("党员管理", "（三）党员管理　20分", 20, (
            Row("党员按月交纳党费；离职、退休返聘党员组织关系及时转接，无“口袋党员”；党费收缴台账与党员花名册相一致。", 5,
                "未按月交纳的，每人次扣0.5分；发现“口袋党员”的，每人扣1分；台账与名册不一致的扣1分。", "党费收缴台账、党员花名册"),
            Row("注重从医疗业务骨干、学科带头人中发展党员，年内培养入党积极分子不少于2名、发展党员不少于1名。", 5,
                "积极分子每少1名扣1分；未发展党员的扣2分。", "发展党员档案"),
            Row("党员每年参加教育培训不少于32学时；新入职医务人员中的党员3个月内完成组织关系转接并编入党小组。", 4,
                "学时不足的，每人扣0.3分；未按期转接的，每人扣0.5分。", "学习培训登记表"),
            Row("开展党员“亮身份、亮承诺、亮服务”活动，党员在诊室、护士站佩戴党员徽章，党员承诺书签订率100%。", 6,
                "承诺书签订率每低10个百分点扣1分；抽查发现党员未亮身份的，每人次扣0.5分。", "承诺书、实地抽查"),
        )),
        Section("作用发挥", "（四）作用发挥　25分", 25, (
            Row("党组织牵头开展医德医风教育和“清廉医院”建设，每半年开展1次警示教育；全年无收受“红包”、回扣等违规行为，无欺诈"
                "骗取医保基金问题。", 8,
                "警示教育每少1次扣1分；党员医务人员违规收受“红包”、回扣的，每人次扣2分；被医保部门认定欺诈骗保的，实行一票"
                "否决，本项不得分。", "教育活动记录、医保部门通报"),
            Row("成立党员志愿服务队，每季度至少开展1次义诊、健康讲座等进社区（村）志愿服务活动，每名党员全年志愿服务不少于"
                "8小时。", 6,
                "活动每少1次扣1分；服务时长不足的，每人扣0.2分，最多扣2分。", "志愿服务台账、照片"),
            Row("与至少1个社区或村党组织签订党建结对共建协议，每半年开展1次共建活动，为辖区困难群众提供健康帮扶。", 5,
                "未签订共建协议的扣2分；共建活动每少1次扣1分。", "共建协议、活动照片"),
            Row("患者满意度。", 6,
                "以区卫生健康局第三方满意度调查结果计分：95%（含）以上得6分；90%（含）—95%得4分；85%（含）—90%得2分；85%以下"
                "不得分。", "第三方调查报告"),
        )),
        Section("基础保障", "（五）基础保障　10分", 10, (
            Row("医院为党组织活动提供场地，党员活动室做到有场所、有标识、有党旗、有制度、有书报；党建工作经费列入医院年度"
                "预算。", 5,
                "“五有”每缺一项扣0.5分；党建工作经费未列入预算的扣2分。", "实地查看"),
            Row("年初制定党建工作计划报综合党委备案，年中报送半年工作小结，年终形成全年工作总结，支部书记向综合党委述职。", 5,
                "计划、小结、总结每缺1项扣1分；书记未述职的扣2分。", "工作计划、半年小结、工作总结、述职报告"),
        )),
    ),
)

HEADER = ["序号", "考核内容", "分值", "考核标准及扣分", "佐证材料", "自评分", "考核得分"]
NOTE = ("说明：1.考核采取医疗机构自评、综合党委实地检查复核相结合的方式进行；2.各项扣分以该项分值为限，扣完为止；3.考核结果"
        "作为民营医疗机构等级评审、校验和评先评优的参考依据，得分60分以下的党组织由综合党委约谈党组织书记和医院主要负责人。")


def build(t: Table, path: Path) -> None:
    import openpyxl
    from openpyxl.styles import Alignment, Font

    ncols = len(HEADER)
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "民营医院党建考核"
    center = Alignment(horizontal="center", vertical="center", wrap_text=True)
    wrap = Alignment(vertical="center", wrap_text=True)
    xlsx_title(ws, t.title, ncols, Font(name="黑体", size=15, bold=True), center)
    xlsx_line(ws, "医疗机构名称：                      党组织名称：                      党员数：    名    自评得分：", ncols)
    xlsx_header(ws, HEADER, ncols)
    first = ws.max_row
    number = 0
    for s in t.sections:
        xlsx_line(ws, s.printed, ncols)
        ws.cell(ws.max_row, 1).font = Font(bold=True)
        for row in s.rows:
            number += 1
            ws.append([number, row.text, row.points, row.scoring, row.method, None, None])
            for c in (2, 4, 5):
                ws.cell(ws.max_row, c).alignment = wrap
            for c in (1, 3):
                ws.cell(ws.max_row, c).alignment = center
    xlsx_total_row(ws, t.total, 3, ncols, center)
    xlsx_borders(ws, first, ncols)
    xlsx_note(ws, NOTE, ncols, 44)
    xlsx_widths(ws, (6, 50, 7, 46, 22, 8, 8))
    wb.save(str(path))
