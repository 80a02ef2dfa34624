"""柳州市螺蛳粉产业园党委2025年度非公企业党支部党建工作考核评分表 (.xlsx), as the 产业园党委 of the 螺蛳粉产业园 in the 柳南区 of 柳州 in 广西 (its
党群工作部 with the 园区 管委会's 企业服务科, the 安全生产和市场监管 联络员 and the 园区纪工委, a 考核组 going from 厂 to 厂 in the last ten days of December,
when the 预包装 lines run three shifts for the 年货节 and the 双十二 orders, the 酸笋 vats smell across the 园区 road, the 快递 trucks queue at the 仓储
中心 and the 螺蛳 and 竹笋 bases of the 三江 and 融安 villages are settling their year's accounts with the 企业) scores the 党支部 of the 入园 螺蛳粉 生产
企业 — private 食品 companies of a few hundred 员工 whose 党员 are 车间主任, 质检员, 研发 技术员 and 电商 运营 staff, with a 党建指导员 sent in by the
园区: a sheet whose 考核要点 prints what the 支部 must have done, whose 评分标准 takes points off one clause at a time (scoring the 职工 满意度 in bands)
and whose 佐证材料 names the papers: 组织覆盖 (the 换届, the 书记 and the 党建指导员; two 积极分子, one 发展 and the 比例; the 工会 and 团组织 and a
half-yearly 汇报), 组织生活 (the “三会一课” without a 党小组, the 参会率 and the 补课; the 主题党日 and one 现场教学; the 组织生活会, the 谈心谈话, the 民主评议
and the 备案; 党费 by month, a half-yearly 公示 and 24学时; the 活动室 and the 亮身份), 党建与业务融合 (three 先锋岗、责任区 and the 承诺践诺; the 抽检合格率,
a monthly 质量巡查 and a 一票否决; five 攻关项目 or 合理化建议 and three “师带徒”; the 双向培养, one 晋升 and the 党员比例; two 村企 共建协议; a quarterly
座谈会, the 按期办结率 and the 年底 满意度 in bands) and 社会责任与基础保障 (the 服务队, a quarterly 志愿服务 and two 慰问; the 经费 and the 场所; the 列席
制度 and the 听取意见; the 年初 计划, the 年底 总结 and the 述职; the 准确率 and four 篇).

A merged title row, a merged "考核对象：产业园入园螺蛳粉生产企业党支部" line and a merged "企业名称：    党支部书记：    党员人数：  名    考核日期：" line
above the header 一级指标 | 序号 | 二级指标 | 考核要点 | 评分标准 | 分值 | 佐证材料 | 自评分. The 一级指标 are MERGED CELLS down the FIRST column, printed
WITHOUT an ordinal and WITH their points on ONE line, "组织覆盖（15分）"; 序号 (SECOND column, numeric cells) runs 1..19 through the sheet, NOT restarting;
二级指标 (THIRD column) is a short name on every row (`Row.indicator`); 考核要点 (`Row.text`) says what is required; the 评分标准 (`Row.scoring`) comes
BEFORE the 分值 (a plain number, SIXTH column); 佐证材料 (`Row.method`) names the papers, joined by "、" (once a way of checking, 实地查看); 自评分 is blank.
A 合计 row of 100 and a merged 说明 row close the sheet. Counts in figures and Chinese numerals ("年内…不少于2名", "不少于1名", "逐年", "每半年…一次",
"支部委员会每月召开1次，党员大会每季度召开1次，党课每季度1次", "不低于百分之八十五", "每月开展一次", "年内…不少于1次", "每年召开一次", "按月", "每半年公示一次",
"每人每年…不少于24学时", "不少于3个", "全年", "100%", "每月开展一次", "年内…不少于5项", "不少于3对", "年内…不少于1名", "不低于百分之三十", "不少于2个",
"每季度召开一次", "百分之九十五", "年底", "百分之九十", "每季度开展一次", "不少于2次", "不少于2万元", "不少于30平方米", "年初", "年底", "年底", "100%", "年内…
不少于4篇"); "最高扣" caps; bands of the 年底 满意度 (2 of the 6 points, closed by "90%以下的不得分"); "每低5个百分点" three times; "酌情扣0.5-1分" three
times, "酌情扣1-2分" once and "酌情扣0.5分" once; one "实行一票否决，本项不得分".
"""

from __future__ import annotations

from pathlib import Path

from .build_helpers import (
    xlsx_borders,
    xlsx_header,
    xlsx_line,
    xlsx_merge_down,
    xlsx_note,
    xlsx_title,
    xlsx_total_row,
    xlsx_widths,
)
from .model import Row, Section, Table


def _row(label: str, text: str, scoring: str, points: float, papers: str) -> Row:
    """One row in the order the sheet prints it: 二级指标, 考核要点, 评分标准, 分值, 佐证材料."""
    return Row(text, points, scoring, papers, indicator=label)


TABLE = Table(
    name="zzzzzl_liuzhou_luosifen_chanyeyuan_feigong_qiye_zhibu_xlsx",
    fmt="xlsx",
    title="柳州市螺蛳粉产业园党委2025年度非公企业党支部党建工作考核评分表",
    numbering="printed",
    sections=(
        Section("组织覆盖", "组织覆盖（15分）", 15, (
            _row("组织设置",
                 "党支部按期换届，支委会委员配备齐全；支部书记由企业中层以上管理人员中的党员担任；产业园党委选派党建指导员驻企指导。",
                 "未按期换届的扣1.5分；委员配备不齐的扣0.5分；书记不符合任职要求的扣1分；党建指导员未到位的扣1分。", 4,
                 "换届选举批复、支委分工名单"),
            _row("党员发展",
                 "注重在生产一线技术骨干、销售骨干中培养发展党员，年内确定入党积极分子不少于2名，发展党员不少于1名；员工中党员比例逐年提高。",
                 "入党积极分子每少1名扣1分；未发展党员的扣2分；发展党员程序不规范的，每例扣0.5分；员工中党员比例低于上年的扣1分。", 6,
                 "发展党员档案"),
            _row("党建带群建",
                 "党建带工建、带团建，企业建立工会、共青团组织；支部每半年听取一次工会、团组织工作汇报。",
                 "未建立工会或团组织的，每项扣1分；听取汇报每少1次扣0.5分；群团组织无活动的，酌情扣0.5-1分。", 5,
                 "支部会议记录"),
        )),
        Section("组织生活", "组织生活（25分）", 25, (
            _row("“三会一课”",
                 "支部委员会每月召开1次，党员大会每季度召开1次，党课每季度1次；结合生产排班灵活安排，党员参会率不低于百分之八十五，因倒班缺席的党员及时补课。",
                 "“三会一课”每少1次扣0.5分，最高扣3分；参会率每低5个百分点扣0.5分，最高扣2分；缺席党员未补课的，每人次扣0.1分，最高扣1分。", 7,
                 "会议记录、签到表"),
            _row("主题党日",
                 "每月开展一次主题党日活动，活动内容结合企业生产经营实际；年内组织党员到柳州工业博物馆等红色教育基地开展现场教学不少于1次。",
                 "主题党日每少1次扣0.3分，最高扣2分；未开展现场教学的扣1分；活动内容与企业生产经营脱节、形式单一的，酌情扣0.5-1分。", 5,
                 "活动记录、活动照片"),
            _row("组织生活会",
                 "每年召开一次组织生活会，开展谈心谈话和批评与自我批评；开展民主评议党员，评议结果报产业园党委备案。",
                 "未召开组织生活会的扣2分；未开展谈心谈话的扣0.5分；未开展民主评议党员的扣1.5分；评议结果未备案的扣0.5分。", 5,
                 "会议记录、民主评议测评表"),
            _row("教育管理",
                 "党员按月交纳党费，党费收缴情况每半年公示一次；党员每人每年参加集中学习培训不少于24学时，倒班党员可通过“学习强国”线上补学。",
                 "未按月交纳的，每人次扣0.1分，最高扣1分；党费公示每少1次扣0.5分；学时不足的，每人扣0.2分，最高扣1.5分。", 5,
                 "党费收缴台账、学时登记表"),
            _row("阵地建设",
                 "建立党员活动室，做到有标识、有制度、有党旗；党员在生产车间、销售门店佩戴党员徽章，公开承诺。",
                 "活动室标识、制度、党旗每缺一项扣0.5分；党员未亮身份的，酌情扣0.5-1分。", 3,
                 "活动室照片"),
        )),
        Section("党建与业务融合", "党建与业务融合（35分）", 35, (
            _row("先锋岗位",
                 "在原料预处理、汤料熬制、包装等关键工序设立党员先锋岗、党员责任区不少于3个；开展“党员身边无次品、无事故”承诺践诺。",
                 "先锋岗、责任区每少1个扣1分；未开展承诺践诺的扣1分；党员责任区内发生质量安全事故的，每起扣2分。", 6,
                 "先锋岗名单、承诺书"),
            _row("食品安全",
                 "党员带头落实食品安全主体责任，企业全年产品监督抽检合格率100%；党员质量监督岗每月开展一次质量巡查。",
                 "监督抽检不合格的，每批次扣2分；质量巡查每少1次扣0.3分，最高扣1.5分；发生重大食品安全事故的，实行一票否决，本项不得分。", 7,
                 "监督抽检报告、巡查记录"),
            _row("创新攻关",
                 "支部组织党员技术骨干围绕产品研发、工艺改进开展攻关，年内完成攻关项目或提出被采纳的合理化建议不少于5项，推动成果转化应用；党员技术骨干与"
                 "青年员工结对“师带徒”不少于3对。",
                 "攻关项目或合理化建议每少1项扣0.5分，最高扣2分；成果未转化应用的，酌情扣0.5分；“师带徒”每少1对扣0.5分。", 6,
                 "攻关项目清单、师带徒结对名单"),
            _row("双向培养",
                 "实行“把骨干培养成党员、把党员培养成骨干、把党员骨干培养成管理人员”双向培养机制，年内党员员工晋升为班组长以上管理人员不少于1名；企业中层以上"
                 "管理人员中党员比例不低于百分之三十。",
                 "未建立双向培养机制的扣1分；年内无党员晋升的扣1分；党员比例每低5个百分点扣0.5分，最高扣1.5分。", 5,
                 "双向培养对象名单、任职文件"),
            _row("联农带农",
                 "支部牵头与螺蛳、竹笋种植基地所在村党组织开展村企结对共建，签订共建协议不少于2个，带动农户增收。",
                 "共建协议每少1个扣1分；结对共建无实质性活动的，酌情扣1-2分。", 5,
                 "共建协议、活动照片"),
            _row("和谐劳动关系",
                 "支部协助企业构建和谐劳动关系，每季度召开一次职工座谈会，员工诉求按期办结率达到百分之九十五；年底开展职工对党组织满意度测评，满意度达到百分之"
                 "九十。",
                 "职工座谈会每少1次扣0.5分；办结率每低5个百分点扣0.5分，最高扣1.5分；满意度95%以上的得2分，90%（含）—95%的得1分，90%以下的不得分；发生欠薪或"
                 "群体性劳资纠纷的，每起扣2分。", 6,
                 "座谈会记录、诉求办理台账、测评统计表"),
        )),
        Section("社会责任与基础保障", "社会责任与基础保障（25分）", 25, (
            _row("志愿服务",
                 "组建党员志愿服务队，每季度开展一次志愿服务；春节、“三月三”等节日期间走访慰问困难群众不少于2次。",
                 "未组建志愿服务队的扣1分；志愿服务每少1次扣0.5分；走访慰问每少1次扣0.5分。", 5,
                 "志愿服务记录、活动照片"),
            _row("经费场所",
                 "企业将党建工作经费纳入管理费用列支，年度党建工作经费不少于2万元；党员活动场所面积不少于30平方米。",
                 "未落实党建工作经费的扣2分；经费不足2万元的扣1分；活动场所面积不达标的扣1分。", 5,
                 "经费使用明细、实地查看"),
            _row("参与决策",
                 "建立党支部书记列席企业管理层会议制度，企业发展规划、员工薪酬福利等重大事项决策前听取党支部意见。",
                 "未建立列席制度的扣2分；重大事项决策前未听取党支部意见的，每次扣1分。", 5,
                 "制度文件、管理层会议纪要"),
            _row("计划述职",
                 "年初制定支部年度工作计划，年底形成工作总结；支部书记年底向产业园党委述职。",
                 "缺计划或总结的，每项扣1分；书记未述职的扣2分；述职评议为“一般”及以下的扣1分。", 5,
                 "工作计划、工作总结、述职报告"),
            _row("信息宣传",
                 "及时报送党员信息变动、组织关系转接等信息，党员信息准确率100%；年内在区级以上媒体或“柳州非公党建”公众号刊发企业党建信息不少于4篇。",
                 "信息准确率低于100%的扣1分；信息报送不及时的，每次扣0.2分，最高扣1分；刊发信息每少1篇扣0.5分。", 5,
                 "系统截图、刊发截图"),
        )),
    ),
)

HEADER = ["一级指标", "序号", "二级指标", "考核要点", "评分标准", "分值", "佐证材料", "自评分"]
NOTE = ("说明：1.本表由产业园党委于12月下旬组织考核，党群工作部牵头，园区企业服务科、安全生产和市场监管联络员、园区纪工委参加，先由企业党支部对照自评，"
        "再由考核组采取查阅佐证材料、实地查看、职工访谈相结合的方式评定；2.各项扣分以该项分值为限，扣完为止；评分标准列明得分档次的，按档次计分；3.考核"
        "得分90分以上的为“五星”，80—89分的为“四星”，70—79分的为“三星”，60—69分的为“二星”，60分以下的为“一星”，星级结果作为评选“双强六好”非公企业党组织"
        "和落实党建工作经费补助的依据。")


def build(t: Table, path: Path) -> None:
    import openpyxl
    from openpyxl.styles import Alignment, Font

    ncols = len(HEADER)
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "企业党支部考核"
    center = Alignment(horizontal="center", vertical="center", wrap_text=True)
    wrap = Alignment(vertical="center", wrap_text=True)
    xlsx_title(ws, t.title, ncols, Font(name="黑体", size=16, bold=True), center)
    xlsx_line(ws, "考核对象：产业园入园螺蛳粉生产企业党支部", ncols)
    xlsx_line(ws, "企业名称：                党支部书记：            党员人数：    名        考核日期：", ncols)
    xlsx_header(ws, HEADER, ncols)
    first = ws.max_row
    number = 0
    for s in t.sections:
        top = ws.max_row + 1
        for i, row in enumerate(s.rows):
            number += 1
            ws.append([s.printed if i == 0 else None, number, row.indicator, row.text, row.scoring, row.points, row.method,
                       None])
            for c in (4, 5, 7):
                ws.cell(ws.max_row, c).alignment = wrap
            for c in (2, 3, 6):
                ws.cell(ws.max_row, c).alignment = center
        xlsx_merge_down(ws, 1, top, ws.max_row, center)
    xlsx_total_row(ws, t.total, 6, ncols, center)
    xlsx_borders(ws, first, ncols)
    xlsx_note(ws, NOTE, ncols, 70)
    xlsx_widths(ws, (12, 6, 12, 48, 48, 6, 22, 8))
    wb.save(str(path))
