"""中共皖江证券股份有限公司委员会2025年度分支机构党支部“党建+合规”考核评分表 (.xlsx), as a 证券公司 党委 (its 党委组织部 with the
合规管理部, the 客户服务中心 and the 公司纪委, a 考核组 checking each 分公司 / 证券营业部 党支部 in January) scores each 支部, its 党员
being 投资顾问, 客户经理 and 柜台 staff, on 党建 and 合规 together in a 金融 企业's own words: 政治建设 (a monthly 集中学习 with a quarterly
专题研讨 and 32学时, the 书记's 年初 “一岗双责” 责任状 and 年底 述职 with the half-yearly 专题研究, the “第一议题” and the 支部's 前置研究
of the “三重一大”, the half-yearly 研判 with the “三审三校” of the 投教 资料), 组织建设 (“三会一课” with the 书记's 党课 and the 补学, the
monthly 主题党日 with a quarterly 投教 志愿服务 and its 参加率 in Chinese numerals, 签到表 and 方案, the 组织生活会 with 谈心谈话, the 问题
清单, 民主评议 and the 备案, a yearly 积极分子, 党费 with its quarterly 公布, the “双培养” 计划 with the 党员比例 of the 中层), 党建+合规 (the
“党员合规示范岗” with its 挂牌率 and a yearly “合规之星” 评选, the quarterly 合规警示教育 with the 承诺书 签署率 and a 一票否决 on 行政处罚,
the 适当性 回访覆盖率, the 投诉 办结率 and a 满意度 in bands, the half-yearly 反洗钱 宣传 with the 报送率, two 共建协议 with four 志愿服务,
the 党员's quarterly 回访 of their 重点客户 with the 反馈) and 清廉建设 (the half-yearly 廉洁警示教育 with the yearly 廉洁谈话 and the 轮岗,
a deduction-only line on 代客理财, the 年初 计划, the 半年小结, the 年度总结 and the 花名册).

A merged title row, a merged "考核对象：公司各分公司、证券营业部党支部（联合党支部）" line and a merged "党支部：…  支部书记：…  党员人数：…
考核时间：2026年1月" line above the header 考核项目 | 序号 | 考核要点 | 计分方法 | 分值 | 备查资料 | 得分. The categories are MERGED CELLS
down the 考核项目 column (FIRST), printed WITHOUT an ordinal on TWO lines, "政治建设\\n（20分）". 序号 (SECOND column, numeric cells)
RESTARTS at 1 in every category (ids "1.1" … "4.3"). 分值 comes AFTER the 计分方法, a plain number. 备查资料 (`Row.method`) names the
papers the 支部 lays out (once a way of checking, 公司纪委、合规部核实): a 佐证 column. 得分 is blank. A 合计 row and a merged 说明 row
close the sheet. Counts partly in Chinese numerals ("百分之九十", "每半年…一次", "每季度公布一次"); "最高扣" caps; a 满意度 in bands
("85%以下的不得分" closing them); one rule "酌情扣0.5—1分"; one rule "实行一票否决，本项不得分"; one line is deduction-only.
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

TABLE = Table(
    name="zzu_wanjiang_zhengquan_yingyebu_zhibu_xlsx",
    fmt="xlsx",
    title="中共皖江证券股份有限公司委员会2025年度分支机构党支部“党建+合规”考核评分表",
    numbering="restart",
    sections=(
        Section("政治建设", "政治建设\n（20分）", 20, (
            Row("支部每月组织一次集中学习，每季度至少开展一次专题研讨，学习中央金融工作会议精神和“合规、诚信、专业、稳健”行业文化；"
                "党员年度学习培训不少于32学时。",
                5, "集中学习每少1次扣0.5分；专题研讨每少1次扣0.5分；学时不足的，每人扣0.2分，最高扣1分。",
                "学习记录、研讨材料、学时登记表"),
            Row("支部书记年初与公司党委签订党建工作和党风廉政建设“一岗双责”责任状，年底述职；支部委员会每半年至少专题研究一次党风"
                "廉政和意识形态工作。",
                5, "未签订责任状的扣1分；未述职的扣2分；专题研究每少1次扣0.5分。", "责任状、述职报告、支委会会议记录"),
            Row("落实“第一议题”制度，支委会会议首先学习传达习近平总书记关于金融工作的重要论述和上级部署；营业部“三重一大”事项决策"
                "前由支部前置研究。",
                5, "未落实“第一议题”的，每次扣0.5分，最高扣3分；“三重一大”事项未经支部前置研究的，每项扣1分。",
                "支委会会议记录、“三重一大”决策记录"),
            Row("落实意识形态工作责任制，每半年分析研判一次意识形态形势；营业部自媒体、投资者教育资料实行“三审三校”，全年无意识形态"
                "和声誉风险负面事件。",
                5, "研判每少1次扣0.5分；未执行“三审三校”的，每次扣0.5分；发生意识形态或声誉风险负面事件的，本项不得分。",
                "研判记录、审校单"),
        )),
        Section("组织建设", "组织建设\n（30分）", 30, (
            Row("支委会每月召开1次，党员大会每季度召开1次，党小组会每月召开1次，党课每季度1次，支部书记每年讲党课不少于1次；因客户"
                "服务、外出展业缺席的党员及时补学。",
                7, "“三会一课”每少1次扣0.5分，最高扣4分；书记未讲党课的扣1分；未补学的，每人次扣0.1分，最高扣1分。",
                "会议记录、补学记录"),
            Row("每月开展一次主题党日活动，每季度至少1次结合“投资者教育进社区、进校园”开展志愿服务；党员参加率不低于百分之九十。",
                6, "主题党日每少1次扣0.5分；结合投教开展志愿服务每少1次扣0.3分；参加率低于90%的，每次扣0.2分。",
                "活动方案、签到表、活动照片"),
            Row("每年召开一次组织生活会，会前开展谈心谈话，查摆问题形成清单并整改；同步开展民主评议党员，评议结果报公司党委组织部"
                "备案。",
                6,
                "未召开组织生活会的扣3分；未开展谈心谈话的扣1分；无问题清单的扣0.5分；未开展民主评议党员的扣1分；未备案的扣0.5分。", "会议记录、谈心谈话记录、问题清单、民主评议表"),
            Row("注重从投资顾问、客户经理等业务骨干中发展党员，每年至少确定1名入党积极分子；党员按月交纳党费，支部每季度公布一次。",
                5,
                "未确定入党积极分子的扣1分；发展程序不规范的，每处扣0.5分；党费未按月交纳的，每人次扣0.2分；未公布的，每次扣0.3分。", "发展党员档案、党费收缴台账、公布截图"),
            Row("落实“双培养”机制，把业务骨干培养成党员、把党员培养成业务骨干，营业部中层以上管理人员中党员比例达到50%以上。",
                6, "未建立“双培养”机制的扣2分；党员比例每低10个百分点扣1分。", "“双培养”计划、中层以上人员名单"),
        )),
        Section("党建+合规", "党建+合规\n（35分）", 35, (
            Row("在营业部柜台、投资顾问等岗位设立“党员合规示范岗”，党员亮身份挂牌率达到100%；每年开展一次“合规之星”评选。",
                6, "未设立示范岗的扣2分；挂牌率未达到100%的扣1分；未开展评选的扣1分。", "示范岗名单、挂牌照片、评选通报"),
            Row("支部每季度至少开展一次合规警示教育或合规培训，党员带头签署《合规执业承诺书》，签署率100%；全年营业部未被监管部门采"
                "取行政监管措施或行政处罚。",
                8, "合规教育或培训每少1次扣0.5分；承诺书签署率未达到100%的扣1分；被采取出具警示函等行政监管措施的，每次扣2分；受到行"
                "政处罚的，实行一票否决，本项不得分。", "培训记录、承诺书、监管函件（由合规部核实）"),
            Row("党员带头落实投资者适当性管理和“双录”要求，适当性回访覆盖率达到100%；投资者投诉按期办结率100%，客户满意度达到95%以"
                "上。",
                7, "回访覆盖率每低1个百分点扣0.5分，最高扣2分；投诉未按期办结的，每件扣0.5分；满意度95%以上的得3分，90%（含）至95%的"
                "得2分，85%（含）至90%的得1分，85%以下的不得分。", "回访记录、投诉处理台账、满意度调查表"),
            Row("开展反洗钱和打击非法证券期货活动宣传，每半年至少组织一次进社区、进企业宣传活动；反洗钱可疑交易报告按时报送率100%。",
                5, "宣传活动每少1次扣1分；可疑交易报告迟报、漏报的，每笔扣0.5分。", "活动照片、宣传记录、反洗钱报送记录"),
            Row("支部与所在地社区、村党组织结对共建，签订共建协议不少于2个；每年开展“金融知识进乡村”“防范养老诈骗”等志愿服务不少"
                "于4次。",
                5, "共建协议每少1个扣1分；志愿服务每少1次扣0.5分。", "共建协议、活动照片"),
            Row("建立党员联系客户制度，每名党员联系重点客户不少于10户，每季度至少回访一次，收集意见建议并反馈处理。",
                4, "未建立联系制度的扣1分；回访每少1次扣0.2分，最高扣1.5分；意见建议未反馈的，每条扣0.2分。", "联系客户名单、回访记录"),
        )),
        Section("清廉建设", "清廉建设\n（15分）", 15, (
            Row("推进“清廉金融”文化建设，支部每半年开展一次廉洁警示教育；对投资顾问、柜台业务等关键岗位人员每年开展一次廉洁谈话，关"
                "键岗位人员按规定轮岗。",
                5, "警示教育每少1次扣1分；廉洁谈话未覆盖的，每人扣0.2分；未按规定轮岗的扣1分。", "教育记录、谈话记录、轮岗记录"),
            Row("党员员工严禁代客理财、私下接受客户委托、向客户承诺收益、违规买卖股票（本项为扣分项）。",
                5, "经查实存在违规行为的，每起扣3分；被公司通报批评的，每次扣1分；党员受到党纪处分或被监管部门采取市场禁入措施的，本项"
                "不得分。", "公司纪委、合规部核实"),
            Row("年初制定支部工作计划，年中形成半年小结，年底形成年度总结；党员花名册、组织关系转接等基础资料完整规范。",
                5, "无计划、半年小结或年度总结的，每缺1项扣1分；基础资料不完整的，酌情扣0.5—1分。",
                "工作计划、半年小结、年度总结、党员花名册"),
        )),
    ),
)

HEADER = ["考核项目", "序号", "考核要点", "计分方法", "分值", "备查资料", "得分"]
NOTE = ("说明：1.本表由公司党委组织部于次年1月组织考核，合规管理部、客户服务中心、公司纪委参加，采取查阅资料、调取业务系统数据、个别谈话、"
        "客户回访相结合的方式；2.各项扣分以该项分值为限，扣完为止；3.考核结果分为“优秀”“良好”“一般”“较差”四个等次，与支部书记和"
        "营业部负责人年度绩效挂钩；4.营业部受到行政处罚或发生重大合规风险事件的，支部考核直接定为“较差”等次。")


def build(t: Table, path: Path) -> None:
    import openpyxl
    from openpyxl.styles import Alignment, Font

    ncols = len(HEADER)
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "支部考核"
    center = Alignment(horizontal="center", vertical="center", wrap_text=True)
    wrap = Alignment(vertical="center", wrap_text=True)
    xlsx_title(ws, t.title, ncols, Font(name="黑体", size=15, bold=True), center)
    xlsx_line(ws, "考核对象：公司各分公司、证券营业部党支部（联合党支部）", ncols)
    xlsx_line(ws, "党支部：                  支部书记：              党员人数：        考核时间：2026年1月", ncols)
    xlsx_header(ws, HEADER, ncols)
    first = ws.max_row
    for s in t.sections:
        top = ws.max_row + 1
        for number, row in enumerate(s.rows, 1):
            ws.append([s.printed if number == 1 else None, number, row.text, row.scoring, row.points, row.method, None])
            for c in (3, 4, 6):
                ws.cell(ws.max_row, c).alignment = wrap
            for c in (2, 5):
                ws.cell(ws.max_row, c).alignment = center
        xlsx_merge_down(ws, 1, top, ws.max_row, center)
    xlsx_total_row(ws, t.total, 5, ncols, center)
    xlsx_borders(ws, first, ncols)
    xlsx_note(ws, NOTE, ncols, 52)
    xlsx_widths(ws, (12, 6, 50, 46, 6, 22, 7))
    wb.save(str(path))
