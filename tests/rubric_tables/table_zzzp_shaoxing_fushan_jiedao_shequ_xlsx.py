"""越城区府山街道2025年度社区党建工作目标考核评分表 (.xlsx), as the 街道党工委 of 浙江 绍兴 越城区 府山 (its 党建办 with the 社会治理中心, the
城市管理办 and the 街道纪工委, a 考核组 going round the 社区 in December) scores the 社区党委 of the old walled city round the 府山: 台门 and
墙门 where a dozen households share one courtyard and one wooden staircase, the 鲁迅故里 and the 书圣故里 with their crowds each “五一” and
“国庆”, the 历史文化街区 where no new 违建 may go up, the 河道 that run past the back doors with a 党员 “小河长” for each, the 枫桥经验 that
came out of 诸暨 next door and the “基层治理四平台” every 事件 goes through: 党建引领 (one roster of the 班子 by age and 学历 with the “一肩挑” and
the 交叉任职比例, the 网格党支部 覆盖率 with the “台门长”, the “三会一课” with the 书记's two 党课 and the 到会率 in bands, the monthly 主题党日
with the 组织生活会, 民主评议 and 谈心谈话, two 积极分子 a year and "每两年至少发展党员1名" with 党费 and a quarterly 公开, the “第一议题” with a
monthly 集体学习, 32学时 and a half-yearly 专题研讨), 基层治理 (a monthly 排查 with the 排查化解台账, the 调解工作室, the 调解成功率 and a 一票否决,
two 违建 巡查 a month with a quarterly 消防安全检查 and the 配备率, fifty 走访 a month with the 准确率 and the 按期办结率, the 业委会 党员比例 with a
quarterly 联席会议, a quarterly 议事协商会 with the 公示 and five 实事, four 巡河 a month with the 巡河日志), 服务群众 (the 党群服务中心 with two
党群活动 a month and the 满意度 in bands, the 关爱台账 with two 探访 a month and the 假日学校, the 报到率 with 12小时 and a half-yearly 反馈, the
先锋岗 of the “五一” and “国庆” with four 志愿服务) and 责任落实 (the 年初 工作要点 and 责任书, a 年中 自查, the 年底 述职 with the 满意度 and the
年度总结, a quarterly 公开 with the “两委” 联席会议, a deduction-only line on 八项规定 and 吃拿卡要).

A merged title row and a merged "考核对象：府山街道所辖各社区党委 考核时间：2025年12月" line above the header 序号 | 考核项目 | 考核指标 | 考核
细则 | 分值 | 扣分办法 | 考核方式 | 得分. 序号 (FIRST column) RESTARTS at 1 under every category (ids "1.1" … "4.3"). The categories are MERGED
CELLS down the 考核项目 column (SECOND), printed WITH an ordinal and WITH their points on a SECOND line, "一、党建引领\\n（30分）". 考核指标 is
a short sub-label (`Row.indicator`). 分值 is a plain number BEFORE the 扣分办法. The 扣分办法 cell prints its rules as NUMBERED LINES, one rule a
line, "①…；\\n②…；\\n③…。". 考核方式 (`Row.method`) only says how the 考核组 checks (查阅资料, 实地查看, 查阅会议记录, 个别访谈, 查阅档案,
查阅台账, 抽查学时, 系统核查, 入户抽查, 问卷测评, 街道纪工委提供): no papers. 得分 is blank. A 合计 row of 100, then two 加分项 rows UNDER the
合计 row (序号 "加1", "加2", a "加分项" cell merged down the 考核项目 column), and a merged 备注 row close the sheet. Counts in figures and
Chinese numerals ("支部委员会每月召开1次，党员大会每季度召开1次，党小组会每月召开1次，党课每季度至少1次", "每年…讲党课不少于2次", "每月开展
一次", "每年召开一次", "年内…不少于2名", "每两年至少发展党员1名", "每季度公开一次", "每月开展一次", "每年…不少于32学时", "每半年…开展一次",
"每月开展一次", "每月组织不少于2次", "24小时内", "每季度开展一次", "每月入户走访不少于50户", "每季度至少召开一次", "每季度至少召开一次", "年内…
不少于5件", "每月巡河不少于4次", "每月至少开展2次", "每月探访不少于2次", "暑期…不少于1期", "每年…不少于12小时", "每半年…反馈一次", "“五一”
“国庆”假期", "每年…不少于4次", "年初", "年中开展一次", "年底", "年终", "每季度公开一次", "年底前"); "每周开放不少于6天"; "不少于1名", "不少于
2名"; "百分之五十", "百分之八十五", "百分之九十八", "百分之九十五", "百分之九十", "100%"; "最高扣" caps; "酌情扣0.5-1分" three times and "酌情扣1分"
once; two sets of bands (a 到会率 for 2 of the 7 points closed by "75%以下的不得分", a 满意度 for 3 of the 6 points closed by "85%以下的不得分");
one "实行一票否决，本项不得分"; five other plain "本项不得分"; one line is deduction-only.
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
    name="zzzp_shaoxing_fushan_jiedao_shequ_xlsx",
    fmt="xlsx",
    title="越城区府山街道2025年度社区党建工作目标考核评分表",
    numbering="restart",
    sections=(
        Section("党建引领", "一、党建引领\n（30分）", 30, (
            Row("社区党委班子成员中35周岁以下的不少于1名，大学本科及以上学历的不少于2名；社区党委书记、居委会主任“一肩挑”；社区“两委”成员"
                "交叉任职比例达到百分之五十以上。", 5,
                "①年龄结构不达标的扣1分；\n②学历结构不达标的扣1分；\n③未实行“一肩挑”的扣1.5分；\n④交叉任职比例每低10个百分点扣0.5分。",
                "查阅资料", indicator="班子建设"),
            Row("健全“社区党委—网格党支部—微网格（台门）党小组”三级组织体系，网格党支部覆盖率达到100%；每个台门、院落确定1名党员“台门长”；"
                "网格党支部书记由社区“两委”成员兼任。", 4,
                "①网格党支部每缺1个扣0.5分；\n②台门长未全覆盖的，酌情扣0.5-1分；\n③网格党支部书记未由“两委”成员兼任的，每个扣0.2分。",
                "查阅资料、实地查看", indicator="组织体系"),
            Row("严格落实“三会一课”，支部委员会每月召开1次，党员大会每季度召开1次，党小组会每月召开1次，党课每季度至少1次；社区党委书记每年"
                "为党员讲党课不少于2次；党员大会到会率不低于百分之八十五。", 7,
                "①“三会一课”每少1次扣0.5分，最高扣3分；\n②书记讲党课每少1次扣0.5分；\n③到会率85%以上的得2分，75%（含）—85%的得1分，"
                "75%以下的不得分；\n④会议记录要素不全的，每次扣0.1分，最高扣0.5分。", "查阅会议记录", indicator="“三会一课”"),
            Row("每月开展一次主题党日活动；每年召开一次组织生活会，开展民主评议党员，会前支委与党员之间谈心谈话全覆盖；对评定为不合格的党员"
                "按规定组织处置。", 6,
                "①主题党日每少1次扣0.3分，最高扣1.5分；\n②未召开组织生活会的，本项不得分；\n③未开展民主评议党员的扣2分；\n④谈心谈话未全"
                "覆盖的扣0.5分；\n⑤不合格党员未按规定处置的，酌情扣1分。", "查阅资料、个别访谈", indicator="组织生活"),
            Row("年内确定入党积极分子不少于2名，每两年至少发展党员1名，发展党员严格执行“五个必谈”“三级联审”；党员按月足额交纳党费，党费收缴"
                "情况每季度公开一次。", 5,
                "①积极分子每少1名扣0.5分；\n②两年内未发展党员的扣1分；\n③违反程序发展党员的，本项不得分；\n④党费未按月交纳的，每人次扣0.1"
                "分，最高扣1分；\n⑤党费收缴情况未按季公开的，每次扣0.3分。", "查阅档案、查阅台账", indicator="发展党员和党费"),
            Row("落实“第一议题”制度，每月开展一次集体学习；党员每年参加学习培训不少于32学时；每半年围绕新时代“枫桥经验”等主题开展一次专题"
                "研讨。", 3,
                "①集体学习每少1次扣0.2分；\n②学时不足的，每人扣0.1分，最高扣1分；\n③专题研讨每少1次扣0.5分。", "查阅资料、抽查学时",
                indicator="理论学习"),
        )),
        Section("基层治理", "二、基层治理\n（35分）", 35, (
            Row("坚持和发展新时代“枫桥经验”，每月开展一次矛盾纠纷排查，建立排查化解台账；设立党员调解工作室，矛盾纠纷调解成功率达到百分之"
                "九十八以上，做到“小事不出网格、大事不出社区”；辖区不发生重大群体性事件和“民转刑”案件。", 8,
                "①排查每少1次扣0.5分；\n②无排查化解台账的扣1分；\n③未设立党员调解工作室的扣1分；\n④调解成功率每低1个百分点扣0.5分，"
                "最高扣2分；\n⑤矛盾纠纷越级上访的，每起扣0.5分；\n⑥发生重大群体性事件或“民转刑”案件的，实行一票否决，本项不得分。",
                "查阅台账、实地查看", indicator="“枫桥经验”"),
            Row("落实历史文化街区保护要求，社区每月组织不少于2次违章搭建巡查，发现新增违建24小时内上报；每季度开展一次台门、墙门消防安全检查，"
                "台门消防器材配备率达到100%；不发生亡人火灾事故。", 7,
                "①违建巡查每少1次扣0.3分，最高扣1.5分；\n②新增违建未及时上报的，每处扣0.5分；\n③消防安全检查每少1次扣0.5分；\n④消防器材"
                "配备率每低5个百分点扣0.5分；\n⑤发生亡人火灾事故的，本项不得分。", "查阅资料、实地查看", indicator="古城保护和安全"),
            Row("网格员每月入户走访不少于50户，人口、房屋等基础信息采集准确率达到百分之九十五以上；群众诉求通过“基层治理四平台”流转处置，"
                "按期办结率达到100%。", 6,
                "①入户走访不足50户的，每人每月扣0.1分，最高扣2分；\n②信息采集准确率每低1个百分点扣0.2分，最高扣1.5分；\n③事件逾期未办结"
                "的，每件扣0.2分，最高扣2分。", "系统核查、入户抽查", indicator="网格服务"),
            Row("有物业的住宅小区建立业委会或物管会，业委会成员中党员比例不低于百分之五十；社区党委每季度至少召开一次业委会、物业服务企业联席"
                "会议；对无物业的老旧台门实行“红色管家”托底服务。", 6,
                "①业委会（物管会）每缺1个扣0.5分；\n②党员比例每低10个百分点扣0.5分；\n③联席会议每少1次扣0.5分；\n④无物业台门托底服务未"
                "落实的，酌情扣0.5-1分。", "查阅资料、实地查看", indicator="物业治理"),
            Row("推行“众人的事情由众人商量”，每季度至少召开一次居民议事协商会，协商议题和结果公示；年内为群众办理民生实事不少于5件。", 5,
                "①议事协商会每少1次扣0.5分；\n②议题和结果未公示的，每次扣0.3分；\n③民生实事每少1件扣0.5分。", "查阅资料",
                indicator="民主协商"),
            Row("每条河道明确1名党员“小河长”，每月巡河不少于4次，记录巡河日志；河道沿线无违规排污、乱倒垃圾现象。", 3,
                "①河道未明确党员小河长的扣0.5分；\n②巡河每少1次扣0.1分，最高扣1分；\n③无巡河日志的扣0.5分；\n④发现问题未及时处理的，每处扣"
                "0.2分。", "查阅资料、实地查看", indicator="党员河长"),
        )),
        Section("服务群众", "三、服务群众\n（20分）", 20, (
            Row("社区党群服务中心每周开放不少于6天，节假日轮流值班；每月至少开展2次党群活动；群众对党群服务中心满意度达到百分之九十以上。", 6,
                "①开放时间不足的扣1分；\n②党群活动每少1次扣0.2分，最高扣1.5分；\n③满意度95%以上的得3分，90%（含）—95%的得2分，85%（含）"
                "—90%的得1分，85%以下的不得分。", "实地查看、问卷测评", indicator="阵地服务"),
            Row("建立独居、空巢老人和困境儿童关爱台账，每月探访不少于2次；依托居家养老服务照料中心开展老年助餐服务；暑期开办“红领巾假日学校”"
                "不少于1期。", 5,
                "①无关爱台账的扣1分；\n②探访每少1次扣0.1分，最高扣1.5分；\n③未开展助餐服务的扣1分；\n④未开办假日学校的扣1分。",
                "查阅台账、实地查看", indicator="一老一小"),
            Row("在职党员到社区“双报到”报到率达到100%，每名报到党员每年参加社区志愿服务不少于12小时；社区每半年向报到党员所在单位党组织反馈"
                "一次表现情况。", 5,
                "①报到率每低5个百分点扣0.5分；\n②服务时长不足12小时的，每人扣0.1分，最高扣2分；\n③未按时反馈的，每次扣0.5分。",
                "系统核查、查阅资料", indicator="“双报到”"),
            Row("鲁迅故里、书圣故里等景区周边社区在“五一”“国庆”假期设立党员先锋岗，组织党员志愿者开展游客引导、文明劝导服务；每年开展“红色"
                "文化”讲解等志愿服务不少于4次。", 4,
                "①假期未设立党员先锋岗的，每次扣1分；\n②志愿服务每少1次扣0.5分。", "查阅资料、实地查看", indicator="志愿服务"),
        )),
        Section("责任落实", "四、责任落实\n（15分）", 15, (
            Row("社区党委年初制定年度党建工作要点，书记签订抓党建工作责任书；年中开展一次责任落实情况自查；年底书记向街道党工委述职，述职测评"
                "满意度不低于百分之八十五；年终报送年度党建工作总结。", 6,
                "①无工作要点的扣1分；\n②未签订责任书的扣0.5分；\n③未开展年中自查的扣0.5分；\n④未述职的，本项不得分；\n⑤满意度低于85%"
                "的扣1分；\n⑥无年度总结的扣1分。", "查阅资料、问卷测评", indicator="主体责任"),
            Row("党务、居务、财务每季度公开一次；社区工作经费、为民服务专项经费使用经社区“两委”联席会议集体研究；党建资料年底前整理归档。", 5,
                "①公开每少1次扣0.5分；\n②经费使用未经集体研究的，每笔扣0.5分，最高扣2分；\n③资料未整理归档的，酌情扣0.5-1分。", "查阅资料",
                indicator="公开和经费"),
            Row("社区“两委”成员、社区工作者违反中央八项规定精神，或在拆迁安置、困难救助中优亲厚友、吃拿卡要（本项为扣分项）。", 4,
                "①每发现1起扣2分；\n②受到党纪政务处分的，本项不得分。", "街道纪工委提供", indicator="负面清单"),
        )),
    ),
)

HEADER = ["序号", "考核项目", "考核指标", "考核细则", "分值", "扣分办法", "考核方式", "得分"]
BONUS = (
    ("加1", "创新示范", "社区党建工作经验被区级以上党委推广，或社区党委获评市级以上“先进基层党组织”的。", 2, "区级加1分，市级以上加2分，"
     "最高加2分。", "查阅文件"),
    ("加2", "“枫桥式”创建", "社区获评省级“枫桥式”平安社区的。", 1, "加1分。", "查阅文件"),
)
NOTE = ("备注：1.本表由街道党工委于12月组织考核，各项扣分以该项分值为限，扣完为止；2.加分项另行计算，总分不超过103分；3.考核得分90分以上的"
        "为“优秀”，80—89分的为“良好”，70—79分的为“一般”，70分以下的为“较差”；4.考核结果与社区专职工作者年度绩效挂钩。")


def build(t: Table, path: Path) -> None:
    import openpyxl
    from openpyxl.styles import Alignment, Font

    ncols = len(HEADER)
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "社区党建目标考核"
    center = Alignment(horizontal="center", vertical="center", wrap_text=True)
    wrap = Alignment(vertical="center", wrap_text=True)
    xlsx_title(ws, t.title, ncols, Font(name="方正小标宋简体", size=16), center)
    xlsx_line(ws, "考核对象：府山街道所辖各社区党委                考核时间：2025年12月", ncols)
    xlsx_header(ws, HEADER, ncols)
    first = ws.max_row
    for s in t.sections:
        top = ws.max_row + 1
        for i, row in enumerate(s.rows, 1):
            ws.append([i, s.printed if i == 1 else None, row.indicator, row.text, row.points, row.scoring, row.method, None])
            for c in (4, 6, 7):
                ws.cell(ws.max_row, c).alignment = wrap
            for c in (1, 3, 5):
                ws.cell(ws.max_row, c).alignment = center
        xlsx_merge_down(ws, 2, top, ws.max_row, center)
    xlsx_total_row(ws, t.total, 5, ncols, center)
    top = ws.max_row + 1
    for i, (number_text, indicator, text, points, scoring, method) in enumerate(BONUS):
        ws.append([number_text, "加分项" if i == 0 else None, indicator, text, points, scoring, method, None])
        for c in (4, 6, 7):
            ws.cell(ws.max_row, c).alignment = wrap
    xlsx_merge_down(ws, 2, top, ws.max_row, center)
    xlsx_borders(ws, first, ncols)
    xlsx_note(ws, NOTE, ncols, 46)
    xlsx_widths(ws, (6, 12, 11, 46, 6, 46, 14, 7))
    wb.save(str(path))
