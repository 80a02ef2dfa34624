"""路北区钓鱼台街道凤凰新城社区党委2025年度网格（小区）党支部考核评分表 (.xlsx), as a 河北 唐山 路北区 社区党委 (its 书记 with the 组织
委员 and two 社区工作者, a 考核小组 going round the eight 网格 in December) scores the 网格党支部 it set up in the 小区 of a 震后 rebuilt 城区:
many 离退休 党员, 在职 党员 who have reported to the 网格, old 楼栋 with 地下室 and a few new 商品房 小区 with 物业 and 业委会: 支部建设 (one
roster of the 支委 by age with the 分工表, the 楼栋 党小组 with the 备案 and the 党员中心户 亮户, the “三会一课” with the 书记's 党课, the
monthly 主题党日 with a quarterly “楼道微党课”, the 参加率 and the 送学), 党员管理 (the 组织生活会 with 民主评议, 谈心谈话 and the 评议结果,
the 网格 花名册 with a half-yearly 更新, 党费 with the 收缴凭证, four 网格服务 for each 在职 党员 with a half-yearly 表现情况 and the 报到名册,
the 关爱清单 with a monthly 探望 and the “七一”、春节 慰问), 网格服务 (twenty 走访 a month with the 民情台账, the 办结率 and the 满意度 in
bands, a 小区议事会 every two months with its 公示, a monthly 志愿服务 with the 小分队 and the 参与率, the “7·28” 防震减灾 宣传 or 演练, the
汛期 排查 and a quarterly 充电 排查) and 作用发挥 (a quarterly 整治, the 年初 计划, the 半年小结, the 年底 报告 with the 满意率 in bands; a
deduction-only line on 违纪, 越级上访 and 负面舆情).

A merged title row, a merged "考核对象：凤凰新城社区第一至第八网格党支部" line and a merged "网格党支部：…支部书记：…考核日期：…" line above
the header 考核项目 | 考核内容 | 分值 | 评分标准 | 佐证资料 | 得分. There is NO 序号: items are numbered by position (1..17). The categories are
MERGED CELLS down the 考核项目 column (FIRST), printed WITH an ordinal and the points on ONE line, "一、支部建设（20分）". 分值 comes BEFORE
the 评分标准, a plain number. 佐证资料 (`Row.method`) names the papers the 支部 lays out, joined by "、" (once a way of checking: 街道、社区
通报情况). 得分 is blank. A 合计 row of 100, a merged 备注 row and a merged signature line close the sheet. Counts in figures and Chinese
numerals ("每月召开1次", "每年讲党课不少于1次", "每月按时参加", "每季度至少组织一次", "每年召开一次", "每半年更新一次", "按月收缴", "每年…不少于
4次", "每半年…报送一次", "每月至少上门探望一次", "每月走访…不少于20户", "每两个月…召开一次", "每月至少开展一次", "每年…组织一次", "汛期前
…开展一次", "每季度开展一次", "每季度至少开展一次"); "不少于1名", "2至4名", "1至2名"; "3个月内", "24小时内"; "最高扣" caps; "酌情扣0.5-1分"
twice and "酌情扣1-2分"; two sets of bands (a 满意度 for 2 of the 7 points closed by "85%以下的不得分", a 满意率 for 4.5 of the 8 points
closed by "75%以下的不得分"); three plain "本项不得分"; one line is deduction-only.
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
    name="zzzf_tangshan_fenghuang_shequ_wangge_zhibu_xlsx",
    fmt="xlsx",
    title="路北区钓鱼台街道凤凰新城社区党委2025年度网格（小区）党支部考核评分表",
    numbering="position",
    sections=(
        Section("支部建设", "一、支部建设（20分）", 20, (
            Row("网格党支部设书记1名、委员2至4名，支委会成员中55周岁以下的不少于1名；支部书记由网格长、楼长或党员骨干担任，支委分工"
                "明确。", 5,
                "支委配备不齐的扣1分；55周岁以下支委空缺的扣1分；分工不明确的扣0.5分；支部书记长期不在岗、不履职的，本项不得分。",
                "支委分工表"),
            Row("按楼栋（单元）设立党小组，党小组长名单报社区党委备案；每个楼栋明确1至2名党员中心户，挂牌亮户、联系邻里。", 5,
                "党小组设置不规范的扣1分；党小组长名单未备案的扣0.5分；党员中心户未明确或未挂牌的，每栋扣0.3分，最高扣2分。",
                "党小组长名单、亮户照片"),
            Row("支部委员会每月召开1次，支部党员大会每季度召开1次，党小组会每月召开1次，党课每季度1次；支部书记每年讲党课不少于1次。", 5,
                "“三会一课”每少1次扣0.5分，最高扣3分；书记未讲党课的扣1分；会议记录不规范、补记代签的，酌情扣0.5-1分。",
                "会议记录本、签到表"),
            Row("每月按时参加社区党委统一组织的主题党日；每季度至少组织一次“楼道微党课”，由党员中心户、老党员轮流讲；党员参加率达到80%以上，"
                "对行动不便的党员送学上门。", 5,
                "主题党日每缺1次扣0.5分；“楼道微党课”每少1次扣0.5分；参加率每低5个百分点扣0.3分；未落实送学上门的扣0.5分。",
                "签到表、活动照片"),
        )),
        Section("党员管理", "二、党员管理（25分）", 25, (
            Row("每年召开一次组织生活会，开展民主评议党员；会前支部书记与每名支委、党员谈心谈话；评议结果报社区党委。", 5,
                "未召开组织生活会的扣2分；未开展民主评议党员的扣1.5分；谈心谈话每少1人扣0.1分，最高扣1分；评议结果未上报的扣0.5分。",
                "会议记录、谈心谈话记录"),
            Row("建立网格党员花名册，在职、离退休、流动、年老体弱党员分类管理，花名册每半年更新一次；新迁入小区的党员3个月内纳入网格管理。", 5,
                "无党员花名册的扣1分；未分类管理的扣1分；更新每少1次扣0.5分；新迁入党员未及时纳入管理的，每人扣0.2分。", "党员花名册"),
            Row("协助社区党委按月收缴党费，离退休党员党费由支部专人代收，当月上交社区党委，收缴凭证齐全。", 5,
                "党费未按月收缴的，每人次扣0.1分，最高扣2分；未上交或上交不及时的，每次扣0.5分；收缴凭证不全的扣0.5分。",
                "党费收缴登记表、收缴凭证"),
            Row("在职党员到网格报到后编入楼栋党小组，每人每年参加网格服务不少于4次；网格党支部每半年向社区党委报送一次在职党员表现情况。", 5,
                "在职党员未编入党小组的，每人扣0.2分；参加网格服务不足4次的，每人扣0.1分，最高扣2分；表现情况每少报送1次扣0.5分。",
                "在职党员报到名册、服务记录"),
            Row("对生病住院、生活困难和高龄党员建立关爱清单，支委每月至少上门探望一次；“七一”、春节期间配合社区党委开展走访慰问。", 5,
                "无关爱清单的扣1分；上门探望每少1次扣0.2分，最高扣2分；未开展走访慰问的扣1分。", "关爱清单、探望记录、慰问照片"),
        )),
        Section("网格服务", "三、网格服务（35分）", 35, (
            Row("支部委员按“一委员包联一楼栋”走访居民，每月走访包联楼栋居民不少于20户；建立民情台账，居民反映的问题做到“小事不出网格”。", 7,
                "走访每少1户扣0.1分，最高扣2分；无民情台账的扣1分；问题久拖不决、引发越级上访的，酌情扣1-2分。", "走访记录、民情台账"),
            Row("居民诉求网格内能办的及时办理，需上报的24小时内报社区；网格诉求办结率达到95%以上，居民满意度达到90%以上。", 7,
                "诉求未按时上报的，每件扣0.2分；办结率每低1个百分点扣0.2分，最高扣2分；满意度90%以上的得2分，85%（含）—90%的得1分，85%以下"
                "的不得分。", "诉求登记台账"),
            Row("每两个月组织召开一次小区议事会，物业服务企业、业委会和居民代表参加，协调解决停车、加装电梯、环境卫生等问题；议定事项在楼道"
                "公示。", 7,
                "议事会每少1次扣0.5分；议定事项未公示的，每次扣0.3分；议而不决、落实不到位的，酌情扣0.5-1分。", "议事会记录、公示照片"),
            Row("组建网格党员志愿服务小分队，每月至少开展一次志愿服务；党员志愿者参与率达到70%以上。", 7,
                "未组建志愿服务小分队的扣1分；志愿服务每少1次扣0.3分；参与率每低10个百分点扣0.5分。", "小分队名单、活动照片"),
            Row("每年“7·28”唐山大地震纪念日前后组织一次防震减灾知识宣传或应急疏散演练；汛期前对地下室、低洼楼栋开展一次隐患排查；每季度开展"
                "一次楼道堆物、电动自行车违规充电排查。", 7,
                "防震减灾宣传或演练未开展的扣1.5分；汛前排查未开展的扣1分；充电排查每少1次扣0.3分，最高扣1.5分；网格内因排查不到位发生安全"
                "事故的，本项不得分。", "演练方案、排查记录、活动照片"),
        )),
        Section("作用发挥", "四、作用发挥（20分）", 20, (
            Row("发动党员带头参与垃圾分类、楼道清理、文明养犬等文明创建，网格内每季度至少开展一次环境卫生集中整治；党员家庭无私搭乱建、楼道"
                "堆物。", 6,
                "集中整治每少1次扣0.5分；党员家庭存在私搭乱建、楼道堆物的，每户扣0.5分；网格环境卫生在社区月度检查中排名末位的，每次扣"
                "0.5分。", "整治照片"),
            Row("网格党支部年初制定年度工作计划，年中报送半年小结；年底向社区党委报告全年工作，接受党员和居民代表测评，测评满意率达到85%"
                "以上。", 8,
                "无年度工作计划的扣1分；未报送半年小结的扣0.5分；未报告工作的扣2分；满意率95%以上的得4.5分，85%（含）—95%的得3分，75%（含）"
                "—85%的得1.5分，75%以下的不得分。", "工作计划、半年小结、测评表"),
            Row("网格内发生党员违纪违法、越级上访、重大安全事故或负面舆情（本项为扣分项）。", 6,
                "党员受到党纪处分的，每人次扣2分；发生越级上访的，每起扣1分；发生重大安全事故或造成恶劣影响的负面舆情的，本项不得分。",
                "街道、社区通报情况"),
        )),
    ),
)

HEADER = ["考核项目", "考核内容", "分值", "评分标准", "佐证资料", "得分"]
NOTE = ("备注：1.本表由社区党委于12月组织考核，采取查阅资料、入户走访、楼栋查看、党员和居民代表测评相结合的方式，网格党支部先自查；2.各项"
        "扣分以该项分值为限，扣完为止；3.考核得分90分以上的网格党支部评为“红旗网格党支部”，推荐参加街道“五星级”党支部评选；4.考核结果"
        "与网格员绩效补贴挂钩。")


def build(t: Table, path: Path) -> None:
    import openpyxl
    from openpyxl.styles import Alignment, Font

    ncols = len(HEADER)
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "网格党支部考核"
    center = Alignment(horizontal="center", vertical="center", wrap_text=True)
    wrap = Alignment(vertical="center", wrap_text=True)
    xlsx_title(ws, t.title, ncols, Font(name="黑体", size=15, bold=True), center)
    xlsx_line(ws, "考核对象：凤凰新城社区第一至第八网格党支部", ncols)
    xlsx_line(ws, "网格党支部：            支部书记：            考核日期：", ncols)
    xlsx_header(ws, HEADER, ncols)
    first = ws.max_row
    for s in t.sections:
        top = ws.max_row + 1
        for i, row in enumerate(s.rows):
            ws.append([s.printed if i == 0 else None, row.text, row.points, row.scoring, row.method, None])
            for c in (2, 4, 5):
                ws.cell(ws.max_row, c).alignment = wrap
            ws.cell(ws.max_row, 3).alignment = center
        xlsx_merge_down(ws, 1, top, ws.max_row, center)
    xlsx_total_row(ws, t.total, 3, ncols, center)
    xlsx_borders(ws, first, ncols)
    xlsx_note(ws, NOTE, ncols, 46)
    xlsx_line(ws, "考核小组成员签字：                              网格党支部书记签字：", ncols)
    xlsx_widths(ws, (13, 48, 6, 46, 20, 7))
    wb.save(str(path))
