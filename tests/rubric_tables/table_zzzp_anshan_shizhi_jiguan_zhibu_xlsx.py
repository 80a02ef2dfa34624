"""鞍山市直机关2025年度党支部工作考核评分表 (.xlsx), as the 中共鞍山市直属机关工作委员会 of 辽宁 (its 组织部 with the 宣传部 and the 机关
纪工委, the 机关党委 of each 部门 scoring its own 党支部 first, a 市直机关工委 考核组 re-checking a share of them in December) scores the 党支部
of the 市直 部门 of the 钢都: 处室 支部 of 局 that serve the 鞍钢 and the 企业 round it, the “办事不找关系” 营商环境 every 部门 is judged by, 处级
党员干部 each 包联 a few 企业 and going out every 季度, 机关 党员 who “双报到” in the 社区 where they live and the 包联社区 of the 部门, the 雷锋
who worked at the 鞍钢 化工总厂 and the “3·5” 学雷锋纪念日 the city keeps, the “鞍山智慧党建” 平台 where each 支部 writes its 纪实 each month, the
党组 书记 who must sit in a 支部 as an ordinary 党员: 政治建设 (the “第一议题” with a monthly 集中学习, 32学时 and a quarterly 专题研讨, a half-yearly
研判 with the “三审三校”, the 支部书记's two 党课 with the 党组 书记's two 双重组织生活 and the 请示报告), 组织建设 (the 支委 with the 分工文件, the
换届 请示 and 批复, the “三会一课” with the 到会率 and the 签到表, the monthly 主题党日 with the 组织生活会, 民主评议, a yearly 谈心谈话 and the
整改清单, the 积分 with a quarterly 公布, a yearly 信息采集 and the 准确率, 党费 with a yearly 核定 and a half-yearly 公示, a monthly 纪实 on the
平台 with the 工作档案), 业务融合 (two 先锋岗 with a quarterly 走访 of the 包联企业, the 按期办结率 and the 满意率 in bands, the “一支部一品牌”
with the 年初 方案, a yearly 交流 and the 年底 成效报告, the 共建协议 with a quarterly 共建活动, the 报到率 and four 志愿服务, one 调研报告 a year
with three 实事 and the 公示, the “3·5” 学雷锋 主题党日 with the 志愿服务队 and six 志愿服务), 作风和纪律建设 (a yearly 风险点排查 with the 防控措施,
four 节前 廉洁提醒 and a half-yearly 警示教育, the “好差评” 整改率 with the 整改台账, a deduction-only line on the 八项规定 and the 纪律处分条例) and
责任落实 (the 年初 计划 and 责任清单, the 年底 述职 with the 满意度 and the 年终 总结, the 预算 and the 支出凭证 with the 党员活动室).

A merged title row, a merged "考核对象：市直机关各党支部" line and a merged "党支部： 所在单位： 考核时间：" line above the header 序号 | 考核指标 |
考核内容和要求 | 评分标准 | 分值 | 佐证材料 | 自评分 | 考核得分. Each category is a SECTION ROW merged across the whole sheet, printed WITH an
ordinal and its points on one line, "一、政治建设（18分）". 序号 (FIRST column) RESTARTS at 1 under every section row (ids "1.1" … "5.2"). 考核
指标 is a short sub-label (`Row.indicator`). 分值 is a plain number AFTER the 评分标准. 佐证材料 (`Row.method`) names the papers the 支部 lays
out, joined by "、" (once with "现场查看" beside the papers; once a way of checking: 市纪委监委派驻纪检监察组提供). The two score columns are blank.
A 合计 row of 100 and a merged 说明 row close the sheet. Counts in figures and Chinese numerals ("每月至少组织一次", "每年…不少于32学时", "每季度…
开展一次", "每半年专题研判一次", "每年讲党课不少于2次", "每年不少于2次", "支部委员会每月召开1次，支部党员大会每季度召开1次，党小组会每月召开1次，
党课每季度1次", "每月固定开展一次", "每年召开一次", "每年不少于1次", "每季度公布一次", "每年…开展", "每年7月核定一次", "每半年公示一次", "每月…
录入", "每季度走访…不少于1次", "年初", "年中开展一次", "年底", "每季度至少开展一次", "每年…不少于4次", "每年…不少于1篇", "年内…不少于3件",
"每年“3·5”学雷锋纪念日前后…一次", "全年…不少于6次", "每年开展一次", "元旦、春节、中秋、国庆等节日前", "每半年组织一次", "年初", "年底", "年终");
"3至5名", "不少于2个"; "百分之九十", "百分之九十五", "100%"; "最高扣" caps; "酌情扣0.5分" three times, "酌情扣0.5-1分" twice and "酌情扣1-2分" once;
one set of bands (a 满意率 for 3 of the 8 points, closed by "85%以下的不得分"); five plain "本项不得分"; one line is deduction-only.
"""

from __future__ import annotations

from pathlib import Path

from .build_helpers import xlsx_borders, xlsx_header, xlsx_line, xlsx_note, xlsx_title, xlsx_total_row, xlsx_widths
from .model import Row, Section, Table

TABLE = Table(
    name="zzzp_anshan_shizhi_jiguan_zhibu_xlsx",
    fmt="xlsx",
    title="鞍山市直机关2025年度党支部工作考核评分表",
    numbering="restart",
    sections=(
        Section("政治建设", "一、政治建设（18分）", 18, (
            Row("落实“第一议题”制度，党支部每月至少组织一次集中学习；党员每年参加集中学习培训不少于32学时；每季度围绕学习贯彻党的创新理论"
                "开展一次专题研讨。", 6,
                "集中学习每少1次扣0.5分；学时不足的，每人扣0.2分，最高扣2分；专题研讨每少1次扣0.5分；“第一议题”学习不及时的，每次扣0.2分。",
                "学习记录、学时登记表、研讨发言材料", indicator="理论学习"),
            Row("落实意识形态工作责任制，党支部每半年专题研判一次意识形态形势；单位网站、政务新媒体发布信息严格执行“三审三校”；党员不在网上"
                "发表错误言论。", 6,
                "专题研判每少1次扣1分；信息发布未经审核的，每次扣0.5分，最高扣2分；出现重大错误信息或党员发表错误言论造成不良影响的，本项"
                "不得分。", "研判记录、信息审核登记表", indicator="意识形态"),
            Row("党支部书记每年讲党课不少于2次；单位党组（党委）书记以普通党员身份参加所在支部组织生活每年不少于2次；重大事项按规定向机关"
                "党委请示报告。", 6,
                "支部书记讲党课每少1次扣1分；党组（党委）书记参加双重组织生活每少1次扣1分；重大事项未请示报告的，每件扣1分。",
                "党课讲稿、组织生活记录、请示报告文件", indicator="政治要求"),
        )),
        Section("组织建设", "二、组织建设（27分）", 27, (
            Row("党支部委员会由3至5名委员组成，设书记、组织委员、纪检委员等；支部书记由本单位处级党员领导干部担任；支部按期换届，届满前向机关"
                "党委请示并经审批。", 4,
                "支委会设置不规范的扣1分；支部书记不符合任职条件的扣1分；未按期换届的扣2分；换届未经请示审批的扣1分。",
                "支委分工文件、换届请示及批复", indicator="支部班子"),
            Row("严格落实“三会一课”，支部委员会每月召开1次，支部党员大会每季度召开1次，党小组会每月召开1次，党课每季度1次；党员大会到会率"
                "不低于百分之九十。", 7,
                "“三会一课”每少1次扣0.5分，最高扣4分；到会率每低5个百分点扣0.5分，最高扣1.5分；无签到表的，每次扣0.1分；会议记录存在补记、"
                "代签的，本项不得分。", "会议记录、签到表", indicator="“三会一课”"),
            Row("每月固定开展一次主题党日活动；每年召开一次组织生活会，开展民主评议党员；支委之间、支委与党员之间、党员与党员之间谈心谈话每年"
                "不少于1次；会后制定整改清单并按期销号。", 6,
                "主题党日每少1次扣0.3分，最高扣1.5分；未召开组织生活会的扣2分；未开展民主评议党员的扣1分；谈心谈话未全覆盖的扣0.5分；无整改"
                "清单的扣0.5分；整改未按期销号的，酌情扣0.5分。", "活动记录、会议记录、谈心谈话记录、整改清单", indicator="组织生活"),
            Row("推行党员积分管理，积分情况每季度公布一次；党员组织关系转接及时规范；每年按要求开展党员信息采集更新，全国党员管理信息系统数据"
                "准确率达到100%。", 4,
                "未实行党员积分管理的扣1.5分；积分公布每少1次扣0.3分；组织关系转接不及时的，每人次扣0.2分；系统数据每错1项扣0.1分，最高扣"
                "1分。", "党员积分台账、公布截图", indicator="党员管理"),
            Row("党员按月交纳党费，每年7月核定一次交纳基数；党费收缴使用情况每半年公示一次。", 3,
                "未按月交纳的，每人次扣0.1分，最高扣1分；未按时核定基数的扣0.5分；公示每少1次扣0.5分。", "党费收缴台账、公示截图",
                indicator="党费管理"),
            Row("对照“四强”党支部标准开展标准化规范化建设；每月在“鞍山智慧党建”平台如实录入支部工作纪实；支部工作档案分类归档。", 3,
                "平台纪实每缺1个月扣0.2分，最高扣1分；档案归档不规范的，酌情扣0.5-1分；被机关工委通报为后进支部的，本项不得分。",
                "平台记录、支部工作档案", indicator="规范化建设"),
        )),
        Section("业务融合", "三、业务融合（30分）", 30, (
            Row("围绕“办事不找关系”优化营商环境，设立党员先锋岗不少于2个；处级党员干部每季度走访包联企业不少于1次，企业诉求按期办结率达到"
                "100%；服务对象满意率达到百分之九十五以上。", 8,
                "先锋岗每少1个扣0.5分；走访每少1次扣0.3分，最高扣2分；诉求逾期未办结的，每件扣0.5分，最高扣2分；满意率95%以上的得3分，90%"
                "（含）—95%的得2分，85%（含）—90%的得1分，85%以下的不得分。", "先锋岗名单、走访台账、诉求办理台账、测评表",
                indicator="党建+营商环境"),
            Row("开展“一支部一品牌”创建，年初确定品牌创建方案；年中开展一次创建推进情况交流；年底形成品牌创建成效报告。", 5,
                "年初无创建方案的扣1分；未开展年中交流的扣1分；无成效报告的扣1分；品牌特色不鲜明、与业务结合不紧密的，酌情扣1-2分。",
                "创建方案、交流材料、成效报告", indicator="支部品牌"),
            Row("党支部与包联社区党组织签订结对共建协议，每季度至少开展一次共驻共建活动；在职党员到居住地社区“双报到”报到率达到100%，每名"
                "党员每年参加社区志愿服务不少于4次。", 7,
                "未签订共建协议的扣1分；共建活动每少1次扣0.5分；报到率每低5个百分点扣0.5分；志愿服务不足4次的，每人扣0.2分，最高扣2分。",
                "共建协议、活动照片、报到登记", indicator="共驻共建"),
            Row("处级以上党员领导干部每年牵头开展调查研究，形成调研报告不少于1篇；党支部年内为基层和群众办实事不少于3件，办理结果公示。", 5,
                "调研报告每少1篇扣1分；实事每少1件扣1分；办理结果未公示的扣0.5分。", "调研报告、实事清单、公示截图",
                indicator="调研和实事"),
            Row("弘扬雷锋精神，每年“3·5”学雷锋纪念日前后组织开展一次学雷锋主题党日活动；组建党员学雷锋志愿服务队，全年开展志愿服务不少于"
                "6次。", 5,
                "未开展学雷锋主题党日的扣1分；未组建志愿服务队的扣1分；志愿服务每少1次扣0.5分。", "活动方案、服务记录、活动照片",
                indicator="学雷锋"),
        )),
        Section("作风和纪律建设", "四、作风和纪律建设（15分）", 15, (
            Row("每年开展一次廉政风险点排查，制定防控措施；元旦、春节、中秋、国庆等节日前开展廉洁提醒；每半年组织一次警示教育。", 6,
                "未开展风险点排查的扣1.5分；防控措施不具体的，酌情扣0.5-1分；节前廉洁提醒每少1次扣0.5分；警示教育每少1次扣1分。",
                "风险点排查表、防控措施、提醒通知", indicator="廉政风险防控"),
            Row("深化“庸懒散拖”问题整治，政务服务“好差评”差评整改率达到100%；窗口和服务岗位党员亮身份、亮承诺；不发生被市级以上媒体曝光的"
                "作风问题。", 5,
                "差评未整改的，每件扣0.5分，最高扣2分；党员未亮身份、亮承诺的，酌情扣0.5分；被市级以上媒体曝光的，每起扣2分。",
                "差评整改台账、现场查看", indicator="作风建设"),
            Row("党员干部违反中央八项规定精神和《中国共产党纪律处分条例》受到处理（本项为扣分项）。", 4,
                "受到诫勉、组织处理的，每人次扣1分；受到党纪政务处分的，每人次扣2分；支部委员受到党纪处分的，本项不得分。",
                "市纪委监委派驻纪检监察组提供", indicator="负面清单"),
        )),
        Section("责任落实", "五、责任落实（10分）", 10, (
            Row("党支部年初制定年度党建工作计划和责任清单；年底支部书记向机关党委述职，接受党员评议，满意度不低于百分之九十；年终形成党建工作"
                "总结。", 6,
                "无年度计划的扣1分；无责任清单的扣0.5分；未述职的扣2分；满意度每低5个百分点扣0.5分，最高扣1.5分；无年度总结的扣1分。",
                "工作计划、责任清单、述职报告、测评表、工作总结", indicator="主体责任"),
            Row("党建工作经费纳入单位年度预算，专款专用；设立党员活动室，配齐党旗、入党誓词等基本设施。", 4,
                "党建经费未纳入预算的扣1分；经费挪作他用的，本项不得分；未设立党员活动室的扣1分；设施不齐全的，酌情扣0.5分。",
                "预算文件、支出凭证、现场查看", indicator="经费和阵地"),
        )),
    ),
)

HEADER = ["序号", "考核指标", "考核内容和要求", "评分标准", "分值", "佐证材料", "自评分", "考核得分"]
NOTE = ("说明：1.本表采取支部自评、部门机关党委初评、市直机关工委抽查复核的方式进行，12月底前完成；2.各项扣分以该项分值为限，扣完为止；3.考核"
        "得分90分以上的为“好”，80—89分的为“较好”，70—79分的为“一般”，70分以下的为“差”；4.考核结果作为“四强”党支部和“模范机关”评定的"
        "重要依据。")


def build(t: Table, path: Path) -> None:
    import openpyxl
    from openpyxl.styles import Alignment, Font

    ncols = len(HEADER)
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "党支部考核"
    center = Alignment(horizontal="center", vertical="center", wrap_text=True)
    wrap = Alignment(vertical="center", wrap_text=True)
    xlsx_title(ws, t.title, ncols, Font(name="黑体", size=16, bold=True), center)
    xlsx_line(ws, "考核对象：市直机关各党支部", ncols)
    xlsx_line(ws, "党支部：                所在单位：                考核时间：", ncols)
    xlsx_header(ws, HEADER, ncols)
    first = ws.max_row
    for s in t.sections:
        xlsx_line(ws, s.printed, ncols)
        ws.cell(ws.max_row, 1).font = Font(bold=True)
        for number, row in enumerate(s.rows, 1):
            ws.append([number, row.indicator, row.text, row.scoring, row.points, row.method, None, None])
            for c in (3, 4, 6):
                ws.cell(ws.max_row, c).alignment = wrap
            for c in (1, 2, 5):
                ws.cell(ws.max_row, c).alignment = center
    xlsx_total_row(ws, t.total, 5, ncols, center)
    xlsx_borders(ws, first, ncols)
    xlsx_note(ws, NOTE, ncols, 46)
    xlsx_widths(ws, (6, 12, 46, 46, 6, 20, 8, 8))
    wb.save(str(path))
