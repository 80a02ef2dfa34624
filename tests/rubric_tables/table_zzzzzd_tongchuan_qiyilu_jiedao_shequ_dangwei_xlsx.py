"""王益区七一路街道党工委2025年度社区党委党建工作考核评分表 (.xlsx), as the 街道党工委 of 陕西 铜川 王益区 七一路街道 (its 党建办 with the 社区
事务办, the 综治中心, the 应急办 and the 街道纪工委, a 考核组 going round the 社区 in mid-December, when the coal smoke of the old 矿区 has given way to the
集中供暖, the 棚户区 回迁 楼 stand finished on the slopes above the 漆水河 and the retired 矿工 sit in the sun outside the 党群服务中心) scores the 社区党委
of an old coal town: the 矿务局 家属院 社区 of 老矿工 and their widows, the 棚改 安置 社区 of new towers, the 老旧小区 with no 物业 above the 采空区: a
sheet whose 考核内容 prints what the 社区 must have done, whose 评分标准 takes points off one clause at a time (scoring the 代办 按期办结率 and the 群众
满意率 in bands) and whose 考核方式 says how the 考核组 looks ("查阅资料", "实地查看", "个别谈话", "入户走访", "网络巡查", "问卷调查"): 政治建设 (the
“第一议题”, a monthly 集中学习, 40学时 and a quarterly 送学 to the 老矿工 党员; a half-yearly 研判, the 研判报告, the 审核 and a "本项不得分"; the 年初
责任书, a half-yearly 报告, a quarterly 公开 and no 处分), 组织建设 (the “三会一课” with the 党小组会 every two months, the 书记's two 党课 and the 参会率; the
主题党日, one 现场教学 at 照金 and the “七一” 活动; the 组织生活会, the 谈心谈话 全覆盖, the 民主评议 and its 公示; 党费 按月, a half-yearly 公示, the 纳入
管理率, the 积分 and a quarterly 公示; one 积极分子, the 公示 and a 一票否决; the 覆盖率, the 党员中心户, the 报到率 and two 志愿服务 each), 服务群众 (the
开放, the 清单, the 帮办 窗口 and the 按期办结率 in bands; the 关爱台账, a monthly 走访, the “七一”、春节 慰问 and a quarterly 助老服务; two 服务队, a
monthly 志愿服务, ten “微实事” and the 公开; the 满意率 in bands and the 知晓率), 基层治理 (a monthly 排查, the 化解率, ten 联户 each and no 越级上访; the
物业 覆盖率, a quarterly 联席会议 and the 兜底; a quarterly 议事会, four 问题 and the 公示; a monthly 巡查, the 整改率, a half-yearly 演练 and a 一票否决)
and 基础保障 (three 共建协议, a half-yearly 联席会议 and three 项目; the 年初 计划, the 半年 小结, the 年底 总结 and the 年底 述职).

A merged title row, a merged "考核对象：七一路街道各社区党委" line and a merged "社区名称：    考核组成员：    考核时间：" line above the header 序号 | 考核项目 |
考核内容 | 分值 | 评分标准 | 考核方式. 序号 (FIRST column) runs 1..19 through the sheet, not restarting. The 考核项目 are MERGED CELLS down the SECOND
column, printed WITHOUT an ordinal and WITH their points on a second line, "政治建设\\n（15分）"; there is no short sub-label. 考核内容 (`Row.text`) says
what is required; 分值 is a plain number BEFORE the 评分标准 (`Row.scoring`); 考核方式 (`Row.method`) last, naming only the ways the 考核组 checks. A 合计
row of 100 and a merged 说明 row close the sheet. Counts in figures and Chinese numerals, nearly all in the 考核内容 ("每月组织一次", "每人每年…不少于40
学时", "每季度…一次", "每半年开展一次", "全年", "年初", "每半年…一次", "每季度公开一次", "全年", "支部委员会每月召开1次，党员大会每季度召开1次，党小组会
每两个月召开1次，党课每季度1次", "每年讲党课不少于2次", "百分之八十五以上", "每月固定", "年内…不少于1次", "“七一”", "每年召开一次", "全覆盖", "按月",
"每半年公示一次", "100%", "每季度公示一次", "年内…不少于1名", "不少于5个工作日", "100%", "1名", "100%", "每人每年…不少于2次", "每周开放不少于6天",
"百分之九十五", "每月至少…一次", "“七一”、春节", "每季度组织一次", "不少于2支", "每月开展一次", "年内…不少于10件", "百分之九十", "百分之八十五", "每月
开展一次", "百分之九十五以上", "不少于10户", "全年", "100%", "每季度召开一次", "每季度召开一次", "年内…不少于4件", "每月组织…一次", "100%", "每半年开展
一次", "全年", "不少于3家", "每半年召开一次", "年内…不少于3个", "年初", "年中", "年底", "年底"); "最高扣" caps; bands of the 按期办结率 (3 of the 6 points,
closed by "90%以下的不得分") and of the 满意率 (6 of the 9, closed by "80%以下的不得分"); "每低10个百分点" four times, "每低5个百分点" three times and "每低
1个百分点" once; "酌情扣0.5-1分" once; two "实行一票否决，本项不得分" and one other "本项不得分".
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


def _row(text: str, points: float, scoring: str, how: str) -> Row:
    """One row in the order the sheet prints it: 考核内容, 分值, 评分标准, 考核方式."""
    return Row(text, points, scoring, how)


TABLE = Table(
    name="zzzzzd_tongchuan_qiyilu_jiedao_shequ_dangwei_xlsx",
    fmt="xlsx",
    title="王益区七一路街道党工委2025年度社区党委党建工作考核评分表",
    numbering="printed",
    sections=(
        Section("政治建设", "政治建设\n（15分）", 15, (
            _row("落实“第一议题”制度，社区党委每月组织一次集中学习；社区“两委”成员每人每年参加集中培训不少于40学时；每季度为年老体弱、行动不便的老矿工"
                 "党员送学上门一次。", 5,
                 "集中学习每少1次扣0.3分，最高扣1.5分；学时不足的，每人扣0.2分，最高扣1分；送学上门每少1次扣0.5分；未落实“第一议题”制度的扣1分。",
                 "查阅资料"),
            _row("每半年开展一次意识形态工作分析研判，形成研判报告；社区宣传栏、电子屏、居民微信群发布信息落实审核制度；全年不发生意识形态领域负面舆情。", 5,
                 "研判每少1次扣1分；无研判报告的扣0.5分；信息未经审核发布的，每次扣0.5分，最高扣1.5分；发生负面舆情造成不良影响的，本项不得分。",
                 "查阅资料、网络巡查"),
            _row("社区党委书记年初与街道党工委签订党风廉政建设责任书，每半年向街道党工委报告一次履行“一岗双责”情况；社区“小微权力”清单、惠民资金使用"
                 "情况每季度公开一次；全年社区干部无违纪违法问题。", 5,
                 "未签订责任书的扣1分；报告每少1次扣0.5分；公开每少1次扣0.5分，最高扣1.5分；社区干部受到党纪政务处分的，每人扣2分。",
                 "查阅资料、实地查看"),
        )),
        Section("组织建设", "组织建设\n（30分）", 30, (
            _row("支部委员会每月召开1次，党员大会每季度召开1次，党小组会每两个月召开1次，党课每季度1次；社区党委书记每年讲党课不少于2次；党员参会率达到"
                 "百分之八十五以上。", 6,
                 "“三会一课”每少1次扣0.5分，最高扣3分；书记讲党课每少1次扣0.5分；参会率每低5个百分点扣0.5分，最高扣2分。", "查阅资料"),
            _row("每月固定开展主题党日活动，做到“一月一主题”；年内组织党员到照金革命旧址开展现场教学不少于1次；结合“七一”开展“光荣在党50年”纪念章颁发或"
                 "走访老党员活动。", 5,
                 "主题党日每少1次扣0.3分，最高扣2分；未开展现场教学的扣1分；未结合“七一”开展活动的扣1分。", "查阅资料"),
            _row("每年召开一次组织生活会，会前开展谈心谈话，班子成员之间谈心谈话全覆盖；会后开展民主评议党员，评定等次在社区公示栏公示。", 5,
                 "未召开组织生活会的扣2分；谈心谈话每少1人扣0.2分，最高扣1分；未开展民主评议党员的扣1.5分；评定等次未公示的扣0.5分。",
                 "查阅资料、个别谈话"),
            _row("党员按月交纳党费，党费收缴情况每半年公示一次；流动党员、“口袋党员”纳入管理率达到100%；实行党员积分制管理，积分每季度公示一次。", 5,
                 "未按月交纳党费的，每人次扣0.1分，最高扣1分；党费公示每少1次扣0.5分；纳入管理率每低10个百分点扣0.5分，最高扣1.5分；未实行积分制管理"
                 "的扣1分；积分公示每少1次扣0.3分。", "查阅资料"),
            _row("年内确定入党积极分子不少于1名，注重从社区工作者、物业从业人员、退役军人中发展党员；发展党员严格履行程序，发展对象公示不少于5个工作日。", 4,
                 "未确定积极分子的扣1.5分；发展对象未公示或公示时间不足的扣1分；违反程序发展党员的，实行一票否决，本项不得分。", "查阅资料"),
            _row("健全“社区党委—网格党支部—楼院党小组”组织体系，网格党支部覆盖率达到100%；每个楼院明确1名党员中心户；在职党员到社区报到率达到100%，每人"
                 "每年参加社区志愿服务不少于2次。", 5,
                 "覆盖率每低10个百分点扣1分，最高扣2分；党员中心户每缺1名扣0.2分，最高扣1分；报到率每低5个百分点扣0.3分，最高扣1分；在职党员志愿服务不足"
                 "2次的，每人扣0.1分，最高扣1分。", "查阅资料、实地查看"),
        )),
        Section("服务群众", "服务群众\n（25分）", 25, (
            _row("社区党群服务中心每周开放不少于6天，实行错时延时服务，服务事项清单上墙；设立老矿工、困难群众“爱心帮办”窗口，代办事项按期办结率达到"
                 "百分之九十五。", 6,
                 "开放时间不足的，酌情扣0.5-1分；服务事项清单未上墙的扣0.5分；未设立帮办窗口的扣1分；按期办结率98%以上的得3分，95%（含）—98%的得2分，"
                 "90%（含）—95%的得1分，90%以下的不得分。", "实地查看、查阅资料"),
            _row("建立独居老人、困难党员、矿区工伤残疾职工关爱台账，每月至少走访一次独居老人；“七一”、春节走访慰问困难党员和老党员；每季度组织一次"
                 "“党员+志愿者”助老服务。", 5,
                 "无关爱台账的扣1分；走访独居老人每少1次扣0.2分，最高扣1.5分；慰问每少1人扣0.1分，最高扣1分；助老服务每少1次扣0.5分。",
                 "查阅资料、入户走访"),
            _row("组建社区党员志愿服务队不少于2支，每月开展一次志愿服务活动；年内为居民办理“微实事”不少于10件，办理情况在社区公开栏公开。", 5,
                 "志愿服务队每少1支扣0.5分；志愿服务每少1次扣0.3分，最高扣2分；“微实事”每少1件扣0.2分，最高扣1分；办理情况未公开的扣0.5分。",
                 "查阅资料、实地查看"),
            _row("街道党工委组织居民对社区党委工作开展满意度问卷调查，满意率达到百分之九十；居民对社区党组织和党员中心户的知晓率达到百分之八十五。", 9,
                 "满意率95%以上的得6分，90%（含）—95%的得5分，85%（含）—90%的得3分，80%（含）—85%的得1分，80%以下的不得分；知晓率每低5个百分点扣1分，"
                 "最高扣3分。", "问卷调查"),
        )),
        Section("基层治理", "基层治理\n（20分）", 20, (
            _row("每月开展一次矛盾纠纷排查，矛盾纠纷化解率达到百分之九十五以上；落实“党员联户”，每名党员联系群众不少于10户；全年不发生越级上访。", 6,
                 "排查每少1次扣0.3分，最高扣1.5分；化解率每低1个百分点扣0.2分，最高扣1.5分；党员联户未落实的，每人扣0.1分，最高扣1分；发生越级上访的，"
                 "每起扣1分，最高扣2分。", "查阅资料、实地查看"),
            _row("推动辖区物业服务企业成立党组织或选派党建指导员，覆盖率达到100%；每季度召开一次由社区党委主持的居委会、业委会、物业服务企业联席会议；"
                 "无物业服务的老旧小区由社区兜底服务。", 5,
                 "覆盖率每低10个百分点扣0.5分，最高扣1.5分；联席会议每少1次扣0.5分，最高扣2分；老旧小区无人管理的，每个扣0.5分，最高扣1.5分。",
                 "查阅资料、实地查看"),
            _row("每季度召开一次居民议事会，年内通过协商议事解决老旧小区改造、棚户区回迁安置等问题不少于4件；议事结果公示。", 4,
                 "议事会每少1次扣0.5分；解决问题每少1件扣0.5分，最高扣1.5分；议事结果未公示的扣0.5分。", "查阅资料"),
            _row("每月组织网格员对燃气、采空区沉陷、自建房等安全隐患开展一次巡查，隐患整改率达到100%；每半年开展一次应急疏散演练；全年不发生较大以上"
                 "安全事故。", 5,
                 "巡查每少1次扣0.3分，最高扣1.5分；整改率每低10个百分点扣0.5分，最高扣1.5分；演练每少1次扣0.5分；发生较大以上安全事故的，实行一票否决，"
                 "本项不得分。", "查阅资料、实地查看"),
        )),
        Section("基础保障", "基础保障\n（10分）", 10, (
            _row("与驻区单位党组织签订共建协议不少于3家，每半年召开一次“大党委”联席会议；共建单位年内认领服务项目不少于3个。", 5,
                 "共建协议每少1家扣0.5分；联席会议每少1次扣1分；认领项目每少1个扣0.5分。", "查阅资料"),
            _row("年初制定党建工作计划，年中报送半年工作小结，年底形成工作总结；社区党委书记年底向街道党工委述职，接受党员、居民代表评议。", 5,
                 "缺计划、小结或总结的，每项扣1分；书记未述职评议的扣2分。", "查阅资料"),
        )),
    ),
)

HEADER = ["序号", "考核项目", "考核内容", "分值", "评分标准", "考核方式"]
NOTE = ("说明：1.本表由街道党工委于12月中旬组织考核，党建办牵头，社区事务办、综治中心、应急办、街道纪工委参加，考核方式栏所列方式相结合进行，以2025年1月"
        "1日至考核之日形成的资料为准；2.各项扣分以该项分值为限，扣完为止；评分标准列明得分档次的，按档次计分；3.满意率、知晓率以街道委托第三方开展的问卷"
        "调查结果为准，每个社区抽取居民不少于100户；4.考核得分90分以上的为“优秀”，80—89分的为“良好”，70—79分的为“合格”，70分以下的为“不合格”，"
        "考核结果与社区工作者年度绩效和“红旗社区党组织”评选挂钩。")


def build(t: Table, path: Path) -> None:
    import openpyxl
    from openpyxl.styles import Alignment, Font

    ncols = len(HEADER)
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "社区党委考核"
    center = Alignment(horizontal="center", vertical="center", wrap_text=True)
    wrap = Alignment(vertical="center", wrap_text=True)
    xlsx_title(ws, t.title, ncols, Font(name="方正小标宋简体", size=16), center)
    xlsx_line(ws, "考核对象：七一路街道各社区党委", ncols)
    xlsx_line(ws, "社区名称：              考核组成员：              考核时间：", ncols)
    xlsx_header(ws, HEADER, ncols)
    first = ws.max_row
    number = 0
    for s in t.sections:
        top = ws.max_row + 1
        for i, row in enumerate(s.rows):
            number += 1
            ws.append([number, s.printed if i == 0 else None, row.text, row.points, row.scoring, row.method])
            for c in (3, 5, 6):
                ws.cell(ws.max_row, c).alignment = wrap
            for c in (1, 4):
                ws.cell(ws.max_row, c).alignment = center
        xlsx_merge_down(ws, 2, top, ws.max_row, center)
    xlsx_total_row(ws, t.total, 4, ncols, center)
    xlsx_borders(ws, first, ncols)
    xlsx_note(ws, NOTE, ncols, 90)
    xlsx_widths(ws, (6, 12, 52, 6, 52, 16))
    wb.save(str(path))
