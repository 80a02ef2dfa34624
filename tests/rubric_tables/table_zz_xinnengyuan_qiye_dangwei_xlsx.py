"""中共宜宾三江新区非公有制经济组织工作委员会2026年度新能源企业党委党建工作考核细则 (.xlsx), as a 四川 新区 非公工委 (its
办公室 running the check with the 新区 总工会 and 安监 staff) scores each 新能源企业党委（党总支） — 动力电池, 光伏, 储能 makers
with thousands of 一线 workers on shifts, many of them young 外来务工 staff, 党员 in the 车间 and the 研发 teams — on 组织体系
(the “党委—车间党支部—班组党小组” chain, “双向进入” and the 专职副书记, 党建入章 and the 党委会, “双培养”), 组织生活 (the
支部' “三会一课” by 班次 with the 党委's 抽查, 主题党日, 组织生活会 of 支部 and 党委班子, 学时 and 书记轮训), 融合发展 (先锋岗 on
the 生产线, 技术攻关队, 安全生产 with the 锂电 消防 rules, 产业链党建联盟, 工会 / 共青团 and 职代会, 员工关爱) and 保障评价
(党群服务中心 and 1% 经费, 工作要点 / 推进会 / 总结 / 述职, 品牌 and 信息, a 员工 测评).

A merged title row, a merged "考核对象：新区动力电池、光伏、储能等新能源企业党委（党总支）" line and a right-aligned "单位：分"
line above the header 序号 | 考核指标 | 考核内容 | 评分细则 | 分值 | 考核方式及佐证材料 | 自评得分 | 考核得分. The categories are
SECTION ROWS merged across the sheet, printed with a bracketed ordinal, "（一）组织体系（20分）". 序号 (first column, numeric
cells) runs 1..18 through the sheet, NOT restarting under the section rows. 考核指标 is a short sub-label (`Row.indicator`).
分值 is a plain number. 考核方式及佐证材料 (`Row.method`) names the papers the 党委 lays out, with a way of checking now and then
(现场查看, 实地查看): a 佐证 column. The two score columns are blank. A 合计 row and a merged 备注 row close the sheet.
"""

from __future__ import annotations

from pathlib import Path

from .build_helpers import xlsx_borders, xlsx_header, xlsx_line, xlsx_note, xlsx_title, xlsx_total_row, xlsx_widths
from .model import Row, Section, Table

TABLE = Table(
    name="zz_xinnengyuan_qiye_dangwei_xlsx",
    fmt="xlsx",
    title="中共宜宾三江新区非公有制经济组织工作委员会2026年度新能源企业党委党建工作考核细则",
    numbering="printed",
    sections=(
        Section("组织体系", "（一）组织体系（20分）", 20, (
            Row("按照“党委—车间（部门）党支部—班组党小组”设置组织体系，生产车间党支部覆盖率达到100%；党员人数超过50人的党支部"
                "及时调整设置。", 5,
                "车间党支部覆盖率每低10个百分点扣1分；组织设置不合理的，酌情扣1分。", "组织架构图、设立批复",
                indicator="组织设置"),
            Row("党委委员与企业管理层“双向进入、交叉任职”；党委书记由企业出资人或高管中的党员担任，配备专职副书记不少于1名；"
                "党委按期换届。", 5,
                "未实行双向进入的扣2分；未配备专职副书记的扣1分；未按期换届的扣2分。", "任职文件、换届选举材料",
                indicator="班子建设"),
            Row("党建工作要求写入企业章程，明确党组织参与企业重大问题决策的程序；党委会每月召开不少于1次。", 4,
                "未写入章程的扣2分；党委会每少1次扣0.2分。", "企业章程、党委会会议记录", indicator="党建入章"),
            Row("实施“双培养”工程，把技术骨干培养成党员、把党员培养成技术骨干；年内发展党员中一线生产技术人员占比不低于60%，35岁"
                "以下的不少于2名。", 6,
                "一线人员占比每低10个百分点扣1分；35岁以下的发展党员不足2名的扣1分；发展程序不规范的，本项不得分。",
                "发展党员档案、“双培养”名册", indicator="双培养"),
        )),
        Section("组织生活", "（二）组织生活（20分）", 20, (
            Row("所属党支部严格落实“三会一课”，支委会、党小组会每月召开，党员大会、党课每季度召开；倒班车间可按班次分批开展；"
                "党委每半年抽查一次支部记录。", 6,
                "抽查发现“三会一课”每缺1次扣0.3分，最多扣4分；党委未开展抽查的扣1分。", "支部会议记录、抽查记录",
                indicator="“三会一课”"),
            Row("每月固定一天开展主题党日，与“安全生产月”“质量月”等活动结合；党员参加率不低于85%。", 5,
                "主题党日每少1次扣0.5分；参加率每低5个百分点扣0.5分。", "活动照片、签到表", indicator="主题党日"),
            Row("各党支部每年召开一次组织生活会、开展民主评议党员，党委班子每年召开一次专题组织生活会；评议结果与员工绩效考核"
                "挂钩。", 5,
                "党支部未召开组织生活会的，每个扣1分；党委班子未召开的扣2分；评议结果未运用的扣1分。", "会议记录、评议结果通报",
                indicator="组织生活会"),
            Row("党员每年参加集中学习培训不少于24学时；党委每年举办一期党务干部培训班，党支部书记轮训率达到100%。", 4,
                "学时不足的，每人扣0.1分，最多扣1分；未举办培训班的扣1.5分；轮训率未达到100%的扣0.5分。", "培训通知、学时登记表",
                indicator="教育培训"),
        )),
        Section("融合发展", "（三）融合发展（40分）", 40, (
            Row("在电芯、模组、PACK等生产线设立党员先锋岗、党员责任区，设岗党员占一线党员人数的比例不低于80%，实行亮牌上岗。", 6,
                "设岗比例每低10个百分点扣1分；未亮牌上岗的，每发现1人次扣0.2分。", "先锋岗台账、现场查看",
                indicator="先锋岗"),
            Row("组建党员技术攻关队不少于3支，围绕降本增效、良率提升开展项目攻关；年内完成攻关项目不少于5项，形成专利或技术成果"
                "不少于2项。", 8,
                "攻关队每少1支扣1分；攻关项目每少1项扣0.5分；成果每少1项扣1分。", "攻关队名单、项目立项书、成果证明",
                indicator="技术攻关"),
            Row("党委每季度专题研究一次安全生产工作，党员带头落实锂电池生产消防安全管理规定；每月开展一次党员安全隐患排查；全年"
                "未发生一般及以上生产安全事故。", 8,
                "专题研究每少1次扣1分；隐患排查每少1次扣0.5分；发生一般生产安全事故的扣4分；发生较大及以上生产安全事故的，本项"
                "不得分。", "党委会会议记录、隐患排查台账", indicator="安全生产"),
            Row("牵头或参与新能源产业链党建联盟，与上下游企业党组织签订共建协议不少于3家，每半年开展一次联建活动，协调解决供应链"
                "问题。", 6,
                "协议每少1家扣1分；联建活动每少1次扣1分；联盟作用发挥不明显的，酌情扣1分。", "共建协议、活动照片",
                indicator="产业链党建"),
            Row("党建带工建、带团建，企业建立工会、共青团组织；职工代表大会每年至少召开1次；员工劳动合同签订率达到100%。", 6,
                "未建工会或团组织的，各扣1分；职代会未召开的扣2分；合同签订率每低1个百分点扣0.5分，最多扣2分。",
                "职代会决议、劳动合同台账", indicator="群团建设"),
            Row("建立党员联系员工制度，每名党员联系不少于5名一线员工，每季度至少谈心一次；开展外来务工青年“暖心行动”，年内为员工"
                "办实事不少于10件。", 6,
                "未建立联系制度的扣2分；谈心每少1次扣0.1分，最多扣1分；实事每少1件扣0.5分。", "联系名册、办实事清单",
                indicator="员工关爱"),
        )),
        Section("保障评价", "（四）保障评价（20分）", 20, (
            Row("企业党群服务中心面积不少于200平方米，功能分区合理；党组织工作经费按上年度职工工资总额1%的比例纳入管理费用，专款"
                "专用。", 5,
                "场所面积不达标的扣2分；经费未按比例列支的扣2分；挪用党建经费的，本项不得分。", "实地查看、财务凭证",
                indicator="阵地经费"),
            Row("年初制定党委工作要点，年中召开一次工作推进会，年底形成年度工作总结；党委书记年底向非公工委述职。", 5,
                "每缺1项扣1分；述职评议满意率低于80%的扣1分。", "工作要点、推进会记录、工作总结、述职报告",
                indicator="计划总结"),
            Row("打造企业党建品牌，年内在市级以上媒体宣传报道不少于2次；每季度向非公工委报送一次党建工作信息。", 4,
                "无党建品牌的扣1分；报道每少1次扣0.5分；信息报送每少1次扣0.5分。", "报道截图、信息报送记录",
                indicator="品牌宣传"),
            Row("非公工委随机抽取不少于50名员工对企业党委工作进行测评，满意率90%以上的得6分，80%—90%的得4分，70%—80%的得2分，"
                "70%以下的不得分。", 6,
                "以测评结果为准。", "员工测评表", indicator="员工评议"),
        )),
    ),
)

HEADER = ["序号", "考核指标", "考核内容", "评分细则", "分值", "考核方式及佐证材料", "自评得分", "考核得分"]
NOTE = ("备注：1.考核由新区非公工委于每年12月组织，会同新区总工会、应急管理部门采取查阅资料、现场查看、员工访谈、问卷测评相"
        "结合的方式进行；2.各项扣分以该项分值为限，扣完为止；3.企业发生重大安全生产责任事故或重大劳资纠纷群体性事件的，年度"
        "考核实行一票否决；4.考核结果作为评选“双强六好”非公企业党组织的主要依据。")


def build(t: Table, path: Path) -> None:
    import openpyxl
    from openpyxl.styles import Alignment, Font

    ncols = len(HEADER)
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "新能源企业党委考核"
    center = Alignment(horizontal="center", vertical="center", wrap_text=True)
    wrap = Alignment(vertical="center", wrap_text=True)
    xlsx_title(ws, t.title, ncols, Font(name="方正小标宋简体", size=15), center)
    xlsx_line(ws, "考核对象：新区动力电池、光伏、储能等新能源企业党委（党总支）", ncols)
    xlsx_line(ws, "单位：分", ncols)
    ws.cell(ws.max_row, 1).alignment = Alignment(horizontal="right")
    xlsx_header(ws, HEADER, ncols)
    first = ws.max_row
    number = 0
    for s in t.sections:
        xlsx_line(ws, s.printed, ncols)
        ws.cell(ws.max_row, 1).font = Font(bold=True)
        for row in s.rows:
            number += 1
            ws.append([number, row.indicator, row.text, row.scoring, row.points, row.method, None, None])
            for c in (3, 4, 6):
                ws.cell(ws.max_row, c).alignment = wrap
            for c in (1, 2, 5):
                ws.cell(ws.max_row, c).alignment = center
    xlsx_total_row(ws, t.total, 5, ncols, center)
    xlsx_borders(ws, first, ncols)
    xlsx_note(ws, NOTE, ncols, 48)
    xlsx_widths(ws, (6, 11, 50, 44, 6, 22, 8, 8))
    wb.save(str(path))
