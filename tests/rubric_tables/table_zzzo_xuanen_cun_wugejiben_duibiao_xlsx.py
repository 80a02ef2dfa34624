"""宣恩县2025年度村党组织“五个基本”对标考核评分表 (.xlsx), as the 中共宣恩县委组织部 of 湖北 恩施土家族苗族自治州 (each 村 scores
itself first, the 乡镇党委 then scores it, and a 县级 抽查组 of the 组织部 with the 农业农村局 and the 县纪委监委 re-checks a share of the 村 in
December) measures the 村党组织 of a mountain county on the 贡水河 against the “五个基本” (基本组织、基本队伍、基本活动、基本制度、基本保障):
土家 and 苗 村寨 with their 吊脚楼 such as 彭家寨, the 伍家台 贡茶 and the 白柚 grown on the slopes, 村 where half the people work in 浙江 and
广东, the 易地扶贫搬迁 集中安置点 at the edge of the town, the 合作社 the 村党组织 runs, the roads cut by landslides in the rains: 基本组织 (the
设置 with the 批复 and the 党小组 覆盖率, one roster of the “两委” by age and 学历 with the 备案表, the “一肩挑” and the 监委会 主任, the 权责清单
with the 村党组织 会议), 基本队伍 (the 书记's five days of 培训, the 年底 述职 and the 满意度 in bands, two 后备力量 with one under 35, the
培养台账 and one 回引, one 积极分子 a year and "每两年至少发展党员1名" with the 公示 and a 一票否决, a quarterly 联系 of the 流动党员, 党费 and
the 设岗率), 基本活动 (the “三会一课” with the monthly “主题党日+” and the 参加率, the 组织生活会 with 民主评议 and 谈心谈话, 24学时 with a yearly
冬春 轮训 and the 参学率, the 联户 with a monthly 走访 and three 实事 with their 公开), 基本制度 (the “四议两公开” with the 公开, a quarterly
监督例会 with the quarterly 村务 and monthly 财务 公开, four 制度 "缺一项" with the 公示, the 村规民约 and its 备案) and 基本保障 (the 场所 with the
坐班值班表, the income of the 集体经济 in bands with the 规划, the 项目台账, the 合作社, the 收益分配方案, the 村民代表会议 and the 公示, the
年初 计划 and 承诺, a 年中 自评, the 年底 总结 and the 经费).

A merged title row, a merged "对标对象：全县各乡镇所辖村党组织" line and a merged "乡镇： 村： 村级自评分： 乡镇评定分：" line above the
header 序号 | 对标事项 | 对标标准 | 分值 | 评分办法 | 佐证资料 | 村级自评 | 乡镇评定. Each category is a SECTION ROW merged across the whole
sheet, printed WITH an ordinal and its points on one line, "一、基本组织（18分）". 序号 (FIRST column) runs 1..17 through the whole sheet, NOT
restarting under the section rows. 对标事项 is a short sub-label (`Row.indicator`). 分值 is a plain number BEFORE the 评分办法. 佐证资料
(`Row.method`) names the papers the 村 lays out, joined by "、" (once with "现场查看" beside a paper). The two score columns are blank. A 合计
row of 100 and a merged 说明 row close the sheet. Counts in figures and Chinese numerals ("每年…不少于5天", "年底", "年内…不少于1名", "每两年
至少发展党员1名", "每季度至少联系一次", "按月", "支部委员会、党小组会每月召开1次，党员大会每季度召开1次，党课每季度1次", "每月固定一天",
"每年召开一次", "每年…不少于24学时", "每年冬春季节开展一次", "每月至少走访1次", "年内…不少于3件", "每季度至少召开一次", "村务每季度公开
一次，财务收支每月公开一次", "每天至少有1名", "年初", "年中开展一次", "年底"); "不少于7天"; "3名以上", "50名以上", "不少于1名", "不少于2名",
"不少于5户", "不少于1个"; "百分之八十", "百分之七十五", "100%"; "10万元以上"; "缺一项扣0.5分" once; "最高扣" caps; "酌情扣1分" three times,
"酌情扣0.5-1分" twice and "酌情扣1-2分" twice; two sets of bands (a 满意度 for 3 of the 6 points closed by "80%以下的不得分", an income in
万元 for 4 of the 8 points closed by "5万元以下的不得分"); one "实行一票否决，本项不得分"; two other plain "本项不得分".
"""

from __future__ import annotations

from pathlib import Path

from .build_helpers import xlsx_borders, xlsx_header, xlsx_line, xlsx_note, xlsx_title, xlsx_total_row, xlsx_widths
from .model import Row, Section, Table

TABLE = Table(
    name="zzzo_xuanen_cun_wugejiben_duibiao_xlsx",
    fmt="xlsx",
    title="宣恩县2025年度村党组织“五个基本”对标考核评分表",
    numbering="printed",
    sections=(
        Section("基本组织", "一、基本组织（18分）", 18, (
            Row("党员3名以上的村单独建立党支部，党员50名以上的设立党总支；按照便于活动的原则设置党小组，党小组覆盖率100%；在村办合作社、"
                "家庭农场等新型经营主体中建立党组织或选派党建指导员。", 6,
                "组织设置不规范的扣1分；党小组每缺1个扣0.5分；新型经营主体党的工作未覆盖的，酌情扣0.5-1分；软弱涣散村党组织整顿未按期销号"
                "的，本项不得分。", "设立批复、党小组名单", indicator="组织设置"),
            Row("村“两委”班子职数配备到位，成员中35周岁以下的不少于1名，大专及以上学历的不少于2名；推行村党组织书记、村委会主任“一肩挑”；"
                "村务监督委员会主任由村党组织纪检委员担任。", 6,
                "职数每空缺1名扣1分；年龄结构、学历结构不达标的，每项扣1分；未实行“一肩挑”的扣1分；监委会主任未由纪检委员担任的扣0.5分。",
                "“两委”成员名册、县级备案表", indicator="班子配备"),
            Row("村党组织领导村委会、村务监督委员会、村集体经济组织和群团组织，建立村级组织权责清单；村级重大事项由村党组织先行研究提出"
                "意见。", 6,
                "未建立权责清单的扣1分；重大事项未经村党组织先行研究的，每件扣1分；村党组织领导核心作用发挥不明显的，酌情扣1-2分。",
                "权责清单、村党组织会议记录", indicator="领导作用"),
        )),
        Section("基本队伍", "二、基本队伍（22分）", 22, (
            Row("村党组织书记每年参加县级以上集中培训不少于5天；年底向乡镇党委述职，接受党员和群众代表测评，满意度不低于百分之八十。", 6,
                "培训不足5天的扣1分；未述职的扣2分；满意度90%以上的得3分，80%（含）—90%的得2分，80%以下的不得分。",
                "培训证书、述职报告、测评表", indicator="书记队伍"),
            Row("每村储备村级后备力量不少于2名，其中35周岁以下的不少于1名，建立培养台账，实行乡镇班子成员“一对一”联系培养；年内从外出务工"
                "经商人员、返乡大学生、退役军人中回引人才不少于1名。", 5,
                "后备力量每少1名扣1分；无35周岁以下后备力量的扣1分；无培养台账的扣0.5分；未回引人才的扣1分。",
                "后备力量名册、培养台账", indicator="后备力量"),
            Row("年内确定入党积极分子不少于1名，每两年至少发展党员1名，注重在青年农民、致富能手和返乡创业人员中发展；发展对象公示不少于"
                "7天。", 5,
                "未确定积极分子的扣1分；两年内未发展党员的扣2分；发展对象未公示的扣1分；违反程序发展党员的，实行一票否决，本项不得分。",
                "发展党员档案、公示照片", indicator="发展党员"),
            Row("流动党员底数清楚，每季度至少联系一次；党员按月交纳党费；开展无职党员设岗定责，设岗率达到百分之八十以上。", 6,
                "流动党员联系每少1次扣0.2分，最高扣1分；党费未按月交纳的，每人次扣0.1分，最高扣1分；设岗率每低10个百分点扣0.5分；流动党员"
                "底数不清的，酌情扣1分。", "流动党员台账、党费收缴台账、设岗定责名单", indicator="党员管理"),
        )),
        Section("基本活动", "三、基本活动（24分）", 24, (
            Row("支部委员会、党小组会每月召开1次，党员大会每季度召开1次，党课每季度1次；每月固定一天开展“主题党日+”活动，党员参加率不低于"
                "百分之七十五。", 8,
                "“三会一课”每少1次扣0.5分，最高扣4分；主题党日每少1次扣0.3分；参加率低于75%的，每次扣0.2分，最高扣1分。",
                "会议记录、签到表、活动照片", indicator="“三会一课”和主题党日"),
            Row("每年召开一次组织生活会，开展民主评议党员；会前开展谈心谈话，党员之间、党员与支部委员之间谈心谈话全覆盖；评议结果运用"
                "到位。", 5,
                "未召开组织生活会的扣2分；未开展民主评议党员的扣1.5分；谈心谈话未全覆盖的扣0.5分；评定为不合格的党员未按规定组织处置的，"
                "酌情扣0.5-1分。", "会议记录、民主评议表、谈心谈话记录", indicator="组织生活会"),
            Row("党员每年参加集中学习培训不少于24学时；每年冬春季节开展一次农村党员集中轮训；运用线上平台组织党员学习，参学率达到百分之"
                "八十。", 5,
                "学时不足的，每人扣0.1分，最高扣1.5分；未开展冬春轮训的扣1.5分；参学率低于80%的扣0.5分。",
                "学时登记表、轮训通知、平台截图", indicator="党员教育"),
            Row("推行党员联系农户制度，每名党员联系农户不少于5户，每月至少走访1次；村党组织年内为群众办实事不少于3件，办理情况公开。", 6,
                "党员联系农户不足5户的，每人扣0.1分，最高扣1分；走访每少1次扣0.1分，最高扣1分；实事每少1件扣0.5分；办理情况未公开的扣"
                "0.5分；群众反映强烈的问题长期得不到解决的，酌情扣1分。", "党员联户台账、实事清单、公开照片", indicator="联系服务群众"),
        )),
        Section("基本制度", "四、基本制度（18分）", 18, (
            Row("村级重大事项严格执行“四议两公开”工作法，程序完整，决议事项和实施结果及时公开。", 6,
                "重大事项未执行“四议两公开”的，每件扣2分；程序不完整的，每件扣0.5分；决议和实施结果未公开的，每件扣0.5分。",
                "会议记录、公开照片", indicator="“四议两公开”"),
            Row("村务监督委员会每季度至少召开一次监督例会，列席村“两委”会议；村务每季度公开一次，财务收支每月公开一次。", 6,
                "监督例会每少1次扣0.5分；村务公开每少1次扣0.5分；财务公开每少1次扣0.2分，最高扣1.5分；监督流于形式的，酌情扣1分。",
                "例会记录、公开照片", indicator="村务监督"),
            Row("建立健全村党组织议事规则、党员管理制度、村干部坐班值班制度、村级财务管理制度，主要制度上墙公示；制定或修订村规民约，报乡镇"
                "党委备案。", 6,
                "制度缺一项扣0.5分；主要制度未上墙公示的扣0.5分；村规民约未制定或修订的扣1分；村规民约未备案的扣0.5分。",
                "制度汇编、村规民约、备案回执", indicator="制度建设"),
        )),
        Section("基本保障", "五、基本保障（18分）", 18, (
            Row("村级党群服务中心标识标牌规范，便民服务室工作日每天至少有1名村干部坐班；场所功能完善，不闲置、不挪作他用。", 5,
                "标识标牌不规范的扣0.5分；坐班值班不落实的，发现1次扣0.5分；场所闲置或挪作他用的，本项不得分。",
                "坐班值班表、现场查看", indicator="活动场所"),
            Row("村集体经济年经营性收入达到10万元以上；有村集体经济发展规划和项目台账；村党组织领办合作社不少于1个；收益分配方案经村民代表"
                "会议通过并公示。", 8,
                "年经营性收入30万元以上的得4分，10万元（含）—30万元的得3分，5万元（含）—10万元的得1分，5万元以下的不得分；无发展规划或项目"
                "台账的扣1分；未领办合作社的扣1分；收益分配方案未公示的扣1分。", "集体经济收支账目、项目台账、公示照片",
                indicator="集体经济"),
            Row("年初制定年度党建工作计划，村党组织书记向乡镇党委作出年度承诺；年中开展一次对标自评；年底形成年度工作总结；村级组织运转经费、"
                "党员活动经费专款专用。", 5,
                "无年度计划的扣1分；未作承诺的扣0.5分；未开展对标自评的扣1分；无年度总结的扣1分；经费挤占挪用的，酌情扣1-2分。",
                "工作计划、承诺书、自评报告、工作总结", indicator="责任和经费"),
        )),
    ),
)

HEADER = ["序号", "对标事项", "对标标准", "分值", "评分办法", "佐证资料", "村级自评", "乡镇评定"]
NOTE = ("说明：1.本表采取村级自评、乡镇评定、县委组织部抽查复核的方式进行，12月底前完成；2.各项扣分以该项分值为限，扣完为止；3.对标得分90分"
        "以上的为“五个基本”达标示范村，75—89分的为达标村，75分以下的为不达标村，列入整顿提升范围；4.佐证资料须为当年度原始资料，自评"
        "分与评定分相差10分以上的，由县委组织部复核。")


def build(t: Table, path: Path) -> None:
    import openpyxl
    from openpyxl.styles import Alignment, Font

    ncols = len(HEADER)
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "五个基本对标"
    center = Alignment(horizontal="center", vertical="center", wrap_text=True)
    wrap = Alignment(vertical="center", wrap_text=True)
    xlsx_title(ws, t.title, ncols, Font(name="方正小标宋简体", size=16), center)
    xlsx_line(ws, "对标对象：全县各乡镇所辖村党组织", ncols)
    xlsx_line(ws, "乡镇：              村：              村级自评分：              乡镇评定分：", ncols)
    xlsx_header(ws, HEADER, ncols)
    first = ws.max_row
    number = 0
    for s in t.sections:
        xlsx_line(ws, s.printed, ncols)
        ws.cell(ws.max_row, 1).font = Font(bold=True)
        for row in s.rows:
            number += 1
            ws.append([number, row.indicator, row.text, row.points, row.scoring, row.method, None, None])
            for c in (3, 5, 6):
                ws.cell(ws.max_row, c).alignment = wrap
            for c in (1, 2, 4):
                ws.cell(ws.max_row, c).alignment = center
    xlsx_total_row(ws, t.total, 4, ncols, center)
    xlsx_borders(ws, first, ncols)
    xlsx_note(ws, NOTE, ncols, 46)
    xlsx_widths(ws, (6, 12, 46, 6, 46, 20, 8, 8))
    wb.save(str(path))
