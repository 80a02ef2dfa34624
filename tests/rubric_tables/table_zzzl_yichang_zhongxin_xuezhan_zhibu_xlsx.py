"""宜昌市中心血站党支部2025年度党建工作考核评分表 (.xlsx), as the 直属机关党委 of the 宜昌 市卫生健康委 (its 机关党委办公室 with the 医政医管科
and the 派驻纪检监察组, a 考核组 in December) scores the 党支部 of the city's 中心血站 in 湖北 宜昌: the 采血车 on the streets and the 献血屋
at 夷陵广场, the 检验科 and the 成分科 behind them, the 三峡 tourists and the 县市 hospitals it supplies, the summer and 春节 shortages of
blood, and a 党建业务融合 reckoned in 采血量: 政治建设 (the “第一议题” with a monthly 集中学习 and 32学时, the “三重一大” 议事规则 with the
支委会 研究, a half-yearly 专题研究 of the 意识形态 with the 审核), 组织建设 (the 换届 and the “双带头人” with a roster of the 支委 by age, the
“三会一课” with the monthly 主题党日 and the 参加率, the 组织生活会 with 民主评议, the 征求意见, the 审核 and the 备案, two 积极分子 a year and
"每两年至少发展党员1名" with the 公示, 党费 with a yearly 核定, a half-yearly 公开 and the 信息 准确率), 党建业务融合 (the 采血任务 完成率 in
bands with the 同比增长 and a quarterly 集体无偿献血, the 制备合格率 with a quarterly 内部审核 and a 一票否决, four 先锋岗 with the 突击队, the
志愿服务队 with twelve 宣传活动 and the 满意度, the 供应满足率 with a half-yearly 协调会) and 党风廉政 (the 年初 责任书 and 计划, a yearly 廉政
谈话, the 年底 述职 and the 年终 总结, a quarterly 廉洁教育 with a yearly 风险排查 and a 一票否决, a deduction-only line on 八项规定 and
红包回扣). Below the 合计, a small 加分项 block the 考核组 awards on its own (not part of the 100 points).

A merged title row and a merged "考核单位：市卫生健康委直属机关党委 考核时间：2025年12月" line above the header 序号 | 考核项目 | 考核内容及
要求 | 分值 | 评分标准 | 考核方式 | 得分. 序号 (FIRST column) runs 1..16 through the whole sheet, NOT restarting. The categories are MERGED
CELLS down the 考核项目 column (SECOND), printed WITH an ordinal and WITH their points on a SECOND line, "一、政治建设\n（15分）". 分值 is a
plain number BEFORE the 评分标准. 考核方式 (`Row.method`) names only ways of checking (查阅资料, 系统核查, 个别谈话, 网络巡查, 查阅会议记录,
查阅档案, 查阅党费台账, 数据核查, 实地查看, 问卷测评, 派驻纪检监察组提供). 得分 is blank. A 合计 row of 100 follows the last item; below it the 加分项 block (its category cell merged
down, two rows with 序号 "加1" and "加2", the most each adds in 分值 and the way it adds in its 评分标准), then a merged 备注 row. Counts in
figures and Chinese numerals ("每月至少开展一次", "每半年专题研究一次", "支部委员会每月1次，党员大会每季度1次，党小组会每月1次，党课每季度
1次", "每月开展一次", "每年召开一次", "年内…不少于2名", "每两年至少发展党员1名", "每年3月底前核定一次", "每半年公开一次", "每季度组织一次",
"每季度开展一次", "全年…不少于12场", "每半年召开一次", "每年…开展", "每季度开展一次", "每年不少于1次"); "不少于32学时", "24小时内";
"不少于1名", "不少于4个", "不少于5个工作日"; "百分之九十", "百分之五", "百分之九十九", "百分之九十五", "百分之九十八", "100%"; "最高扣"
caps; "酌情扣0.5-1分" once, "酌情扣1-2分" once, "酌情扣0.5分" and "酌情扣1分" once each; one set of bands (a 完成率 for 4 of the 8 points,
closed by "90%以下的不得分"); two "实行一票否决，本项不得分"; five plain "本项不得分"; one line is deduction-only.
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
    name="zzzl_yichang_zhongxin_xuezhan_zhibu_xlsx",
    fmt="xlsx",
    title="宜昌市中心血站党支部2025年度党建工作考核评分表",
    numbering="printed",
    sections=(
        Section("政治建设", "一、政治建设\n（15分）", 15, (
            Row("落实“第一议题”制度，党支部每月至少开展一次集中学习，深入学习习近平总书记关于卫生健康工作的重要论述；党员每年参加集中学习"
                "培训不少于32学时。", 6,
                "未落实“第一议题”的扣1分；集中学习每少1次扣0.5分，最高扣3分；学时不足的，每人扣0.2分，最高扣1分。", "查阅资料、系统核查"),
            Row("落实党组织参与“三重一大”事项决策机制，制定议事规则；重大事项决策、重要人事任免、重大项目安排和大额资金使用事先经党支部委员会"
                "研究讨论。", 5,
                "未制定议事规则的扣1分；“三重一大”事项未经党支部研究的，每件扣1分，最高扣3分；会议记录不规范的，酌情扣0.5-1分。",
                "查阅资料、个别谈话"),
            Row("落实意识形态工作责任制，每半年专题研究一次意识形态工作；血站网站、公众号和献血宣传资料发布落实“三审三校”。", 4,
                "专题研究每少1次扣1分；信息发布未经审核的，每次扣0.5分；发生负面舆情处置不当、造成不良影响的，本项不得分。",
                "查阅资料、网络巡查"),
        )),
        Section("组织建设", "二、组织建设\n（30分）", 30, (
            Row("党支部按期换届，支部书记由站领导班子成员担任，推行党支部书记“双带头人”培育；支委会成员中35周岁以下的不少于1名。", 5,
                "未按期换届的扣2分；支部书记非站领导班子成员的扣1分；未开展“双带头人”培育的扣0.5分；支委年龄结构不达标的扣0.5分。",
                "查阅资料"),
            Row("严格落实“三会一课”，支部委员会每月1次，党员大会每季度1次，党小组会每月1次，党课每季度1次；结合采供血排班每月开展一次主题"
                "党日，党员参加率不低于百分之九十。", 8,
                "“三会一课”每少1次扣0.5分，最高扣4分；主题党日每少1次扣0.5分；参加率每低5个百分点扣0.5分，最高扣1分；以业务会代替组织生活"
                "的，本项不得分。", "查阅会议记录"),
            Row("每年召开一次组织生活会，开展民主评议党员；会前广泛征求献血者、用血医院和职工意见，对照检查材料报直属机关党委审核；评议结果报"
                "直属机关党委备案。", 5,
                "未召开组织生活会的扣2分；未开展民主评议党员的扣1分；未征求意见的扣0.5分；对照检查材料未经审核的扣0.5分；结果未备案的扣0.5"
                "分；批评与自我批评不充分的，酌情扣0.5分。", "查阅资料、个别谈话"),
            Row("注重在业务骨干、青年医技人员中发展党员，年内培养入党积极分子不少于2名，每两年至少发展党员1名；发展对象公示不少于5个工作日。",
                6,
                "积极分子每少1名扣0.5分；两年内未发展党员的扣2分；发展对象未公示的扣1分；发展党员程序不规范的，本项不得分。", "查阅档案"),
            Row("党员按月足额交纳党费，每年3月底前核定一次交纳基数，党费收缴情况每半年公开一次；党员信息在全国党员管理信息系统中及时维护，"
                "信息准确率100%。", 6,
                "未按月交纳的，每人次扣0.1分，最高扣1.5分；未核定基数的扣0.5分；公开每少1次扣0.5分；信息维护不及时、不准确的，每人扣0.1分，"
                "最高扣1分。", "查阅党费台账、系统核查"),
        )),
        Section("党建业务融合", "三、党建业务融合\n（35分）", 35, (
            Row("全年完成市卫生健康委下达的采血任务，采血量同比增长百分之五以上；街头献血屋、采血点正常运行；每季度组织一次党员、团员集体"
                "无偿献血活动。", 8,
                "采血任务完成率100%以上的得4分，95%（含）—100%的得3分，90%（含）—95%的得2分，90%以下的不得分；同比增长未达到5%的扣1分；"
                "集体献血活动每少1次扣0.5分；献血屋、采血点无故停采的，每次扣0.5分。", "数据核查"),
            Row("严格执行血站技术操作规程，血液成分制备合格率达到百分之九十九以上；每季度开展一次质量管理内部审核；全年不发生经血传播疾病和"
                "重大血液安全事故。", 7,
                "制备合格率每低0.5个百分点扣1分；内部审核每少1次扣0.5分；质量体系外审发现严重不符合项的，每项扣1分；发生经血传播疾病或重大"
                "血液安全事故的，实行一票否决，本项不得分。", "查阅资料、数据核查"),
            Row("在采血车、献血屋、检验科等一线岗位设立党员先锋岗、党员示范岗不少于4个，党员佩戴党徽亮身份上岗；组建党员突击队，承担节假日和"
                "季节性血液紧缺期间应急采血任务。", 6,
                "先锋岗、示范岗每少1个扣0.5分；党员未亮身份的，发现1人次扣0.1分，最高扣1分；未组建突击队的扣1分；应急采血任务完成不力的，"
                "酌情扣1-2分。", "实地查看、查阅资料"),
            Row("组建献血志愿服务队，全年开展“献血进机关、进企业、进高校、进社区”宣传活动不少于12场；献血者满意度达到百分之九十五以上；献血者"
                "投诉24小时内响应。", 7,
                "未组建志愿服务队的扣1分；宣传活动每少1场扣0.3分，最高扣2分；满意度每低1个百分点扣0.5分；投诉未及时响应的，每件扣0.5分。",
                "查阅资料、问卷测评"),
            Row("保障辖区医疗机构临床用血，临床用血供应满足率达到百分之九十八以上；与用血医院每半年召开一次供用血协调会；落实血液库存预警"
                "机制。", 7,
                "供应满足率每低1个百分点扣0.5分，最高扣3分；协调会每少1次扣1分；未落实预警机制、出现血液供应中断的，本项不得分。",
                "数据核查、查阅资料"),
        )),
        Section("党风廉政", "四、党风廉政\n（20分）", 20, (
            Row("年初签订党风廉政建设责任书，制定支部年度工作计划；支部书记每年与支委、科室负责人开展廉政谈话；年底支部书记述职；年终形成党建"
                "工作总结。", 7,
                "未签订责任书的扣1分；无年度计划的扣1分；廉政谈话未全覆盖的扣1分；未述职的扣2分；无年终总结的扣1分；“一岗双责”落实不到位"
                "的，酌情扣1分。", "查阅资料、个别谈话"),
            Row("落实医疗机构工作人员廉洁从业“九项准则”，每季度开展一次廉洁教育或警示教育；对采血、检验、供血、物资采购等环节开展廉政风险"
                "排查，每年不少于1次；献血者个人信息保护到位。", 7,
                "廉洁教育每少1次扣0.5分；风险排查未开展的扣1分；发生献血者信息泄露的，每起扣2分；以血谋私、倒卖血液的，实行一票否决，本项"
                "不得分。", "查阅资料、实地查看"),
            Row("支部党员、职工违反中央八项规定精神，收受红包回扣，或因服务态度、作风问题被媒体曝光、被上级通报的（本项为扣分项）。", 6,
                "每发现1起扣2分；被上级通报的，每次扣1分；受到党纪政务处分的，本项不得分。", "派驻纪检监察组提供"),
        )),
    ),
)

HEADER = ["序号", "考核项目", "考核内容及要求", "分值", "评分标准", "考核方式", "得分"]
BONUS = (
    ("加1", "党支部获评市级以上“先进基层党组织”、党员获评市级以上“优秀共产党员”的。", 2, "市级加1分，省级以上加2分，最高加2分。",
     "表彰文件"),
    ("加2", "血站获得全国无偿献血促进奖、全国无偿献血先进城市创建工作表彰的。", 1, "加1分。", "表彰文件"),
)
NOTE = ("备注：1.本表由直属机关党委于12月组织考核，采血、供血、质量数据以省血液管理信息系统年末数据为准；2.各项扣分以该项分值为限，扣完"
        "为止；3.加分项另行计算，总分不超过103分；4.考核结果分为“好”“较好”“一般”“差”四个等次，作为评选“先进基层党组织”和支部书记"
        "抓党建述职评议的重要依据。")


def build(t: Table, path: Path) -> None:
    import openpyxl
    from openpyxl.styles import Alignment, Font

    ncols = len(HEADER)
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "党支部考核"
    center = Alignment(horizontal="center", vertical="center", wrap_text=True)
    wrap = Alignment(vertical="center", wrap_text=True)
    xlsx_title(ws, t.title, ncols, Font(name="方正小标宋简体", size=16), center)
    xlsx_line(ws, "考核单位：市卫生健康委直属机关党委                考核时间：2025年12月", ncols)
    xlsx_header(ws, HEADER, ncols)
    first = ws.max_row
    number = 0
    for s in t.sections:
        top = ws.max_row + 1
        for i, row in enumerate(s.rows):
            number += 1
            ws.append([number, s.printed if i == 0 else None, row.text, row.points, row.scoring, row.method, None])
            for c in (3, 5, 6):
                ws.cell(ws.max_row, c).alignment = wrap
            for c in (1, 4):
                ws.cell(ws.max_row, c).alignment = center
        xlsx_merge_down(ws, 2, top, ws.max_row, center)
    xlsx_total_row(ws, t.total, 4, ncols, center)
    top = ws.max_row + 1
    for i, (number_text, text, points, scoring, method) in enumerate(BONUS):
        ws.append([number_text, "加分项" if i == 0 else None, text, points, scoring, method, None])
        for c in (3, 5, 6):
            ws.cell(ws.max_row, c).alignment = wrap
    xlsx_merge_down(ws, 2, top, ws.max_row, center)
    xlsx_borders(ws, first, ncols)
    xlsx_note(ws, NOTE, ncols, 44)
    xlsx_widths(ws, (6, 12, 46, 6, 46, 16, 7))
    wb.save(str(path))
