"""中共南漳县委组织部2025年度城市社区党组织党建工作考核细则 (.xlsx), as the 组织部 of 南漳县 in 襄阳 in 湖北 (its 组织二股 with the 城关镇 and
武安镇 党委, the 县委社会工作部 and the 县民政局, a 考核组 going round the 城区 社区 in the first half of January, when the 蛮河 runs low and clear
under the 县城 bridges, the 水镜庄 hills are bare, the 南漳 大头菜 is drying on the 社区 balconies for the 春节 and the 社区 offices are stacking
their binders in the 党群服务中心 for the 考核组) scores each 城市社区党委（党总支） of the 县: a sheet whose 考核内容及标准 prints what the 社区 must have
done (and, for the 满意度, the score bands themselves), whose 扣分办法 takes points off one clause at a time and whose 备查资料 names the papers the
社区 lays out: 党建责任 (the 年初 工作要点 and its 备案, a quarterly 专题研究 and the 约谈; the 年底 述职, the 评议等次 and a half-yearly “一岗双责”
报告; a half-yearly 意识形态 研判, the 群 and the 审核, a 一票否决), 组织体系 (the 组织体系, the 小区党支部 组建率 and the 批复; the 业委会 党员比例, the
“三方联席会议” 制度 and a quarterly meeting; the 党建指导员 覆盖率, a half-yearly 走访 of the “两新” and the 底数), 队伍建设 (the 35周岁以下 and 大专
members, the “一肩挑” and the 团结; the 持证率, a yearly 培训 and two 后备力量; the 年底 评星, the 制度 on the wall and the 投诉), 组织生活 (the “三会一课”
and the 书记's 党课; the 主题党日 on a fixed day, the 方案 and the “双报到” with two 志愿服务 each; the 组织生活会, the 谈心谈话, the 民主评议, the 公示 and
the 不合格党员; 党费 按月, a half-yearly 公开 and the 流动党员 台账 with a quarterly 联系), 党员队伍 (one 发展, the 公示 and a half-yearly 考察; five
先锋岗、责任区 and the “七一”、春节 慰问), 服务治理 (the 开放, the 错时延时, the 面积 and the 清单; the 网格员, the monthly 走访, the 覆盖率, the 民情台账
and the 办结率; a 居民议事会 every two months, the 公示 and a quarterly 公开; three 共建协议, the “三张清单” and four 共建活动; the 满意率 in bands) and
基础保障 (the 年初 经费使用计划, the 台账, the 集体研究 and the 公开; the 归档 and the 年底 总结).

A merged title row and a merged "被考核单位：____（盖章）    考核日期：2026年1月  日" fill-in line above the header 考核项目 | 考核内容及标准 | 分值 |
扣分办法 | 备查资料. There is NO 序号: the items are numbered by position 1..22. The 考核项目 are MERGED CELLS down the FIRST column, printed WITHOUT an
ordinal and WITH their points on a SECOND line, "党建责任\\n（14分）"; there is no short sub-label. 考核内容及标准 (`Row.text`) says what is required;
分值 is a plain number BEFORE the 扣分办法 (`Row.scoring`); 备查资料 (`Row.method`) last, naming the papers, joined by "、". The last item of 服务治理
prints its score bands in the 考核内容及标准 and only "按第三方测评结果计分" in the 扣分办法. A 合计 row of 100 and a merged 说明 row close the sheet.
Counts in figures and Chinese numerals, nearly all in the 考核内容及标准 ("年初", "每季度至少召开一次", "年底", "每半年…报告一次", "每半年分析研判
一次", "百分之百", "百分之五十以上", "每季度召开一次", "百分之百", "每半年走访一次", "35周岁以下的不少于1名", "大专及以上学历的不少于3名", "不低于百分之
五十", "每年…不少于1次", "不少于2名", "年底", "支委会每月召开1次，党员大会每季度召开1次，党小组会每月召开1次，党课每季度1次", "每年至少讲一次", "每月
固定一天", "每人每年…不少于2次", "每年召开一次", "按月", "每半年…公开一次", "每季度联系一次", "年内…不少于1名", "不少于5个工作日", "每半年考察一次",
"不少于5个", "“七一”、春节", "每周开放不少于6天", "不超过百分之三十", "每月", "百分之百", "百分之九十五以上", "每两个月至少召开一次", "每季度公开一次",
"不少于3家", "年内…不少于4次", "年底", "90%以上", "年初", "一年一册", "年底"); "最高扣" caps; bands of the 满意率 (all 4 points, closed by "70%以下的
不得分"); "每低10个百分点" once, "每低5个百分点" once and "每低1个百分点" once; "酌情扣0.5—1分" twice and "酌情扣1—2分" once; one "实行一票否决，本项
不得分".
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


def _row(text: str, points: float, scoring: str, papers: str) -> Row:
    """One row in the order the sheet prints it: 考核内容及标准, 分值, 扣分办法, 备查资料."""
    return Row(text, points, scoring, papers)


TABLE = Table(
    name="zzzzzq_nanzhang_xianwei_zuzhibu_shequ_dangzuzhi_xlsx",
    fmt="xlsx",
    title="中共南漳县委组织部2025年度城市社区党组织党建工作考核细则",
    numbering="position",
    sections=(
        Section("党建责任", "党建责任\n（14分）", 14, (
            _row("社区党组织书记履行抓基层党建第一责任人职责，年初制定党建工作要点并报街道（镇）党（工）委备案；社区党组织每季度至少召开一次会议"
                 "专题研究党建工作。", 5,
                 "无年度工作要点的扣1分，未报备案的扣0.5分；专题研究每少1次扣0.5分，最高扣2分；书记履职不到位被县委组织部约谈的扣1.5分。",
                 "工作要点、会议记录"),
            _row("社区党组织书记年底向街道（镇）党（工）委述职并接受评议；社区“两委”班子成员每半年向社区党组织书面报告一次履行“一岗双责”情况。", 4,
                 "未述职的扣2分；述职评议等次为“一般”及以下的扣1分；书面报告每少1人次扣0.2分，最高扣1分。",
                 "述职报告、评议结果通报、履职报告"),
            _row("落实意识形态工作责任制，每半年分析研判一次社区意识形态领域情况；社区居民微信群、公众号落实“谁建群谁负责”，信息发布先审后发。", 5,
                 "分析研判每少1次扣1分；网络群组管理责任未落实的扣1分；信息发布未经审核的，每次扣0.5分；发生意识形态领域重大问题的，实行一票否决，"
                 "本项不得分。",
                 "研判记录、信息发布审核登记表"),
        )),
        Section("组织体系", "组织体系\n（15分）", 15, (
            _row("健全“社区党组织—网格党支部—楼栋党小组（党员中心户）”组织体系，网格党支部应建尽建；符合条件的住宅小区党支部组建率达到百分之百。", 5,
                 "组织体系不健全的扣2分；小区党支部组建率每低10个百分点扣1分，最高扣3分。",
                 "组织设置批复文件"),
            _row("推进党建引领“红色物业”，小区业主委员会成员中党员比例达到百分之五十以上；建立社区党组织、业委会、物业服务企业“三方联席会议”"
                 "制度，每季度召开一次联席会议。", 6,
                 "党员比例未达到50%的，每个小区扣0.5分，最高扣2分；未建立三方联席会议制度的扣1.5分；联席会议每少1次扣0.5分，最高扣2分。",
                 "业委会成员名单、联席会议记录"),
            _row("推动辖区“两新”组织党的组织和工作覆盖，对暂不具备组建条件的选派党建指导员，指导员覆盖率达到百分之百；社区每半年走访一次辖区"
                 "“两新”组织。", 4,
                 "指导员未覆盖的，每缺1个组织扣0.5分，最高扣2分；走访每少1次扣1分；辖区“两新”组织底数不清的扣1分。",
                 "党建指导员选派名单、走访台账"),
        )),
        Section("队伍建设", "队伍建设\n（13分）", 13, (
            _row("社区“两委”班子结构合理，成员中35周岁以下的不少于1名、大专及以上学历的不少于3名；社区党组织书记、居委会主任“一肩挑”；班子团结"
                 "协作。", 5,
                 "班子结构每项不达标的扣1分；未实行“一肩挑”的扣1分；班子不团结、工作推诿扯皮的，酌情扣1—2分。",
                 "社区“两委”成员名册"),
            _row("社区工作者社会工作者职业资格持证率不低于百分之五十；社区工作者每年参加县级以上业务培训不少于1次；储备社区后备力量不少于2名。", 5,
                 "持证率每低5个百分点扣0.5分，最高扣2分；未参加培训的，每人扣0.2分，最高扣1分；后备力量每少1名扣1分。",
                 "持证人员名单、培训登记表、后备力量名单"),
            _row("落实社区工作者星级化管理，年底开展一次考核评星；坐班值班、首问负责、限时办结等制度上墙公开。", 3,
                 "未开展考核评星的扣1.5分；制度未上墙的扣1分；社区工作者被群众投诉查实的，每次扣0.5分。",
                 "考核评星结果、制度上墙照片"),
        )),
        Section("组织生活", "组织生活\n（20分）", 20, (
            _row("严格落实“三会一课”制度，支委会每月召开1次，党员大会每季度召开1次，党小组会每月召开1次，党课每季度1次；社区党组织书记每年至少"
                 "讲一次党课。", 6,
                 "“三会一课”每少1次扣0.5分，最高扣4分；书记未讲党课的扣1分；会议记录不完整、不规范的，酌情扣0.5—1分。",
                 "会议记录本、签到表"),
            _row("每月固定一天开展主题党日活动，活动有主题、有方案、有记录；在职党员到居住地社区“双报到”，每人每年参加社区志愿服务不少于2次。", 5,
                 "主题党日每少1次扣0.3分，最高扣2分；无活动方案的，每次扣0.1分，最高扣1分；在职党员参加志愿服务不足2次的，每人扣0.1分，最高扣2分。",
                 "活动方案、活动照片、“双报到”登记台账"),
            _row("每年召开一次组织生活会，会前开展谈心谈话；开展民主评议党员，评议结果在社区公示栏公示；对评定为“不合格”的党员按规定稳妥处置。", 5,
                 "未召开组织生活会的扣2分；未开展谈心谈话的扣1分；未开展民主评议党员的扣1分；评议结果未公示的扣0.5分；不合格党员处置不当的扣0.5分。",
                 "会议记录、谈心谈话记录、民主评议测评表"),
            _row("党员按月足额交纳党费，党费收缴、使用情况每半年向党员公开一次；建立流动党员管理台账，每季度联系一次外出流动党员。", 4,
                 "未按月交纳党费的，每人次扣0.1分，最高扣1分；党费公开每少1次扣0.5分；无流动党员管理台账的扣1分；联系每少1次扣0.2分，最高扣1分。",
                 "党费收缴台账、流动党员管理台账"),
        )),
        Section("党员队伍", "党员队伍\n（8分）", 8, (
            _row("年内发展党员不少于1名，注重从社区工作者、网格员、青年志愿者中发展；发展对象公示不少于5个工作日；入党积极分子每半年考察一次。", 5,
                 "未完成发展任务的扣2分；发展对象未公示的扣1分；考察每少1次扣0.5分；违反程序发展党员的，本项不得分。",
                 "发展党员档案"),
            _row("设立党员先锋岗、党员责任区不少于5个，党员亮身份、作表率；“七一”、春节走访慰问生活困难党员和老党员。", 3,
                 "先锋岗、责任区每少1个扣0.5分；走访慰问每少1次扣0.5分。",
                 "设岗名单、慰问照片"),
        )),
        Section("服务治理", "服务治理\n（23分）", 23, (
            _row("社区党群服务中心每周开放不少于6天，实行错时延时、节假日轮值服务；办公用房面积不超过服务中心总面积的百分之三十；服务事项清单上墙"
                 "公开。", 5,
                 "未落实错时延时服务的扣1分；办公面积超标的扣1分；服务事项清单未公开的扣1分；工作时间大门紧闭、群众办事找不到人的，发现一次扣1分。",
                 "值班表、现场查看"),
            _row("推行网格化管理，每个网格配备1名专职网格员；网格员每月入户走访，走访覆盖率达到百分之百，走访情况记入网格民情台账；群众诉求办结率"
                 "达到百分之九十五以上。", 6,
                 "网格员配备不到位的，每个网格扣0.5分，最高扣1.5分；走访覆盖率每低1个百分点扣0.1分，最高扣2分；无民情台账的扣1分；诉求办结率低于"
                 "95%的扣1.5分。",
                 "网格员名单、民情台账、诉求办理记录"),
            _row("落实“党建引领、居民议事”机制，每两个月至少召开一次居民议事会，议事结果向居民公示；居务、财务每季度公开一次。", 5,
                 "议事会每少1次扣0.5分，最高扣2分；议事结果未公示的扣1分；居务、财务公开每少1次扣0.5分，最高扣2分。",
                 "议事会记录、公开栏照片"),
            _row("与辖区机关企事业单位党组织签订共建协议不少于3家，建立需求、资源、项目“三张清单”；年内联合开展共建活动不少于4次。", 3,
                 "共建协议每少1家扣0.5分；未建立“三张清单”的扣1分；共建活动每少1次扣0.5分。",
                 "共建协议、三张清单、活动照片"),
            _row("年底由县委组织部委托第三方开展社区群众满意度测评：满意率90%以上的得4分，80%（含）至90%的得3分，70%（含）至80%的得2分，70%以下的"
                 "不得分。", 4,
                 "按第三方测评结果计分。",
                 "第三方测评报告"),
        )),
        Section("基础保障", "基础保障\n（7分）", 7, (
            _row("落实社区服务群众专项经费，年初制定经费使用计划，建立经费使用台账；重大支出经社区“两委”联席会议集体研究，使用情况向居民公开。", 4,
                 "无使用计划的扣1分；无使用台账的扣1分；重大支出未经集体研究的，每笔扣0.5分，最高扣1.5分；使用情况未公开的扣0.5分。",
                 "经费使用计划、经费使用台账、会议记录"),
            _row("党建工作资料按年度分类归档、一年一册；年底形成年度党建工作总结，报街道（镇）党（工）委。", 3,
                 "资料归档不规范的，酌情扣0.5—1分；无年度总结的扣1分；总结未按时报送的扣0.5分。",
                 "党建档案、年度工作总结"),
        )),
    ),
)

HEADER = ["考核项目", "考核内容及标准", "分值", "扣分办法", "备查资料"]
NOTE = ("说明：1.本细则由县委组织部于2026年1月上旬组织考核，组织二股牵头，县委社会工作部、县民政局和所在镇党委参加，采取听取汇报、查阅资料、实地查看、"
        "随机走访相结合的方式进行，以2025年1月1日至12月31日形成的资料为准；2.各项扣分以该项分值为限，扣完为止；3.群众满意度测评由第三方机构入户开展，"
        "每个社区有效样本不少于100份；4.考核结果分为“好”“较好”“一般”“差”四个等次，作为社区党组织书记绩效报酬、评先评优和“星级社区”评定的重要依据。")


def build(t: Table, path: Path) -> None:
    import openpyxl
    from openpyxl.styles import Alignment, Font

    ncols = len(HEADER)
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "社区党组织考核细则"
    center = Alignment(horizontal="center", vertical="center", wrap_text=True)
    wrap = Alignment(vertical="center", wrap_text=True)
    xlsx_title(ws, t.title, ncols, Font(name="方正小标宋简体", size=18), center)
    xlsx_line(ws, "被考核单位：________________（盖章）                考核日期：2026年1月    日", ncols)
    xlsx_header(ws, HEADER, ncols)
    first = ws.max_row
    for s in t.sections:
        top = ws.max_row + 1
        for i, row in enumerate(s.rows):
            ws.append([s.printed if i == 0 else None, row.text, row.points, row.scoring, row.method])
            for c in (2, 4, 5):
                ws.cell(ws.max_row, c).alignment = wrap
            ws.cell(ws.max_row, 3).alignment = center
        xlsx_merge_down(ws, 1, top, ws.max_row, center)
    xlsx_total_row(ws, t.total, 3, ncols, center)
    xlsx_borders(ws, first, ncols)
    xlsx_note(ws, NOTE, ncols, 70)
    xlsx_widths(ws, (12, 58, 6, 56, 24))
    wb.save(str(path))
