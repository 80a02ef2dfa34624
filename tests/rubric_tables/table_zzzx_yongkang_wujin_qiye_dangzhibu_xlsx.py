"""永康市五金行业党委2025年度企业党组织党建工作考核评分表 (.xlsx), as the 五金行业党委 of 浙江 金华 永康 (the 市 两新工委 with the 行业协会,
the 总工会, the 应急管理局 and the 市纪委, a 党建指导员 for each 企业, a 考核组 going round the 厂 in December) scores the 党支部 and 党总支 of
the 规模以上 五金 企业 of the “五金之都”: the 电动工具, 保温杯 and 防盗门 lines, the 冲床 that take fingers, the 压铸 and 抛光 shops where the
铝镁粉尘 can explode, the 外省 workers from 贵州, 江西 and 河南 who stay in the 宿舍 and some of whom stay for the 春节 (“留永过年”), the 出资人
who founded the 厂 in the 1990s and whose sons now run it, the 山区 村 of 丽水 and 四川 the 企业 help, the “共富工坊” the 浙江 党委 set up in the
villages: a table whose 考核项目 is a short label, whose 考核要求 prints every requirement and figure, and whose 评分标准 gives one short
deduction a clause, mostly without repeating the figure: 组织建设 (the 组织设置, the 换届, the 书记 and two 汇报 a year to the 出资人; the 交叉任职
比例, the 征求意见 before a 重大决策, the 列席 and a monthly 指导 of the 党建指导员; the “双培养” with two 积极分子 and one 发展 a year, the 谈话 within
a month, the 公示 and a 一票否决; the 流入党员 信息台账, the 登记率 and a half-yearly 沟通 with the 流出地), 组织生活 (the “三会一课” with the
“班前会+”, the 要素 and no 补记; the monthly 主题党日 with a quarterly 车间 实践 and the 参加率; the 党徽 and the 先锋积分 with a quarterly 公示 and
the 年底 评选; the 组织生活会 with 民主评议, 谈心谈话 and the 整改清单), 发挥作用 (three 先锋岗, the 攻关小组, two 攻关 项目 and two 合理化建议 a
head; a monthly 排查 of the 冲压 and 粉尘, the 整改率, a half-yearly 演练 and a 一票否决; the 结对 of two 职工 a 党员, the 帮扶台账, the 春节 关爱,
a quarterly 座谈会 and the 反馈; two 联合 活动 a year, the 签订率 and the 工资; the 阵地, a quarterly 更新, the 审核, a yearly 主题宣传 and the 有害
信息) and 保障落实 (the 经费, 24学时 and a yearly 培训 of the 书记; the 结对 with a 山区村, two 帮扶 a year, the “共富工坊” and the 失信; the 年初
计划 and its 备案, the 半年小结, the 年终 总结, the 年底 述职 and the 满意率).

A merged title row, a merged "考核对象：行业党委所属规模以上五金企业党支部（党总支）" line and a merged "企业名称： 党组织书记： 考核时间：" line
above the header 序号 | 考核项目 | 考核要求 | 评分标准 | 分值 | 得分. Each category is a SECTION ROW merged across the whole sheet, printed WITH
an ordinal and its points on one line, "一、组织建设（20分）". 序号 (FIRST column) runs 1..16 through the whole sheet, NOT restarting under the
section rows. 考核项目 is a short sub-label (`Row.indicator`); 考核要求 says what is required (`Row.text`). The 评分标准 comes BEFORE the 分值 (a
plain number); 得分 is blank. There is no 考核方式 or 佐证 column. A 合计 row of 100 and a merged 说明 row close the sheet. Counts in figures and
Chinese numerals, nearly all in the 考核要求 ("3人以上", "50人以上", "按期", "每年…不少于2次", "每月…一次", "年内…不少于2名", "每年至少发展党员
1名", "1个月内", "不少于5个工作日", "每半年…一次", "支部委员会每月召开1次，支部党员大会每季度召开1次，党小组会每月召开1次，党课每季度1次",
"每月开展一次", "每季度至少一次", "每季度公示一次", "年底", "每年召开一次", "不少于3个", "不少于1个", "每年…不少于2项", "每人每年…不少于2条",
"每月开展一次", "每半年组织一次", "全年", "不少于2名", "春节期间", "每季度召开一次", "每年…不少于2次", "每季度…一次", "每年开展一次", "每人每年
不少于24学时", "每年…不少于1次", "每年…不少于2次", "年初", "年中", "年终", "年底"); "百分之三十", "百分之八十", "百分之一", "百分之八十五",
"100%"; "阵地缺一项扣0.5分" once; "最高扣" caps; "酌情扣0.5分" once; no bands; two "实行一票否决，本项不得分"; four other plain "本项不得分".
"""

from __future__ import annotations

from pathlib import Path

from .build_helpers import xlsx_borders, xlsx_header, xlsx_line, xlsx_note, xlsx_title, xlsx_total_row, xlsx_widths
from .model import Row, Section, Table

TABLE = Table(
    name="zzzx_yongkang_wujin_qiye_dangzhibu_xlsx",
    fmt="xlsx",
    title="永康市五金行业党委2025年度企业党组织党建工作考核评分表",
    numbering="printed",
    sections=(
        Section("组织建设", "一、组织建设（20分）", 20, (
            Row("职工中有正式党员3人以上的建立党支部，党员50人以上的建立党总支，按期换届；党组织书记由企业中层以上管理人员中的党员担任；企业"
                "出资人每年听取党建工作汇报不少于2次。", 5,
                "组织设置不规范的扣1分；未按期换届的扣2分；书记不符合要求的扣1分；出资人听取汇报每少1次扣0.5分。", indicator="组织设置"),
            Row("党组织班子成员与企业管理层“双向进入、交叉任职”的比例不低于百分之三十；企业重大经营决策前征求党组织意见，党组织书记列席企业"
                "经营管理会议；党建指导员每月到企业指导一次。", 5,
                "交叉任职比例每低10个百分点扣0.5分；重大决策未征求党组织意见的，每次扣0.5分，最高扣1.5分；书记未列席的扣0.5分；党建指导员指导"
                "每少1次扣0.2分。", indicator="双向进入"),
            Row("实施“双培养”，把生产技术骨干培养成党员、把党员培养成管理骨干；年内确定入党积极分子不少于2名，每年至少发展党员1名；入党申请人"
                "递交申请后1个月内派人谈话；发展对象公示不少于5个工作日。", 6,
                "积极分子每少1名扣0.5分；全年未发展党员的扣2分；未按时谈话的，每人扣0.3分；未公示的扣1分；违反程序发展党员的，实行一票否决，"
                "本项不得分。", indicator="发展党员"),
            Row("建立流入党员信息台账，组织关系不在企业的党员亮明身份、纳入管理，流入党员登记率达到100%；每半年与流出地党组织沟通一次党员表现"
                "情况。", 4,
                "无信息台账的扣1分；登记率每低10个百分点扣0.5分；沟通每少1次扣0.5分。", indicator="流入党员管理"),
        )),
        Section("组织生活", "二、组织生活（20分）", 20, (
            Row("支部委员会每月召开1次，支部党员大会每季度召开1次，党小组会每月召开1次，党课每季度1次；倒班党员可采取“班前会+”、线上学习等方式"
                "错时参加；会议记录要素齐全。", 6,
                "每少1次扣0.5分，最高扣3分；会议记录要素不全的，每次扣0.2分，最高扣1分；补记、代签的，本项不得分。", indicator="“三会一课”"),
            Row("每月开展一次主题党日，每季度至少一次走进车间开展“亮身份、当先锋”实践；党员参加率不低于百分之八十。", 5,
                "主题党日每少1次扣0.3分，最高扣2分；车间实践每少1次扣0.5分；参加率每低5个百分点扣0.3分。", indicator="主题党日"),
            Row("党员在工位佩戴党员徽章、设置党员标识牌；推行党员“先锋积分”管理，积分每季度公示一次；年底按积分评选“星级党员”，并与企业评先"
                "评优挂钩。", 5,
                "党员身份未亮明的，酌情扣0.5分；未推行积分管理的扣1.5分；积分公示每少1次扣0.3分；年底未评选的扣1分。", indicator="积分管理"),
            Row("每年召开一次组织生活会，开展民主评议党员；会前党组织书记与每名党员谈心谈话，会后形成问题整改清单。", 4,
                "未召开组织生活会的扣2分；未开展民主评议的扣1分；未开展谈心谈话的扣0.5分；无整改清单的扣0.5分。", indicator="组织生活会"),
        )),
        Section("发挥作用", "三、发挥作用（40分）", 40, (
            Row("在冲压、压铸、抛光、装配等生产环节设立党员先锋岗不少于3个；组建党员技术攻关小组不少于1个，每年完成技术攻关或工艺改进项目不少于"
                "2项；党员每人每年提出合理化建议不少于2条。", 8,
                "先锋岗每少1个扣1分；未组建攻关小组的扣1分；攻关项目每少1项扣1分；合理化建议不足的，每人扣0.1分，最高扣1分。",
                indicator="先锋岗和技术攻关"),
            Row("党员带头落实安全生产责任制，每月开展一次冲压设备、铝镁粉尘防爆安全隐患排查，隐患整改率达到100%；每半年组织一次应急演练；全年"
                "不发生较大以上生产安全事故。", 8,
                "隐患排查每少1次扣0.5分，最高扣2分；整改率每低5个百分点扣0.5分；应急演练每少1次扣1分；发生较大以上生产安全事故的，实行一票否决，"
                "本项不得分。", indicator="安全生产"),
            Row("党员与困难职工、新入职外来职工结对，每名党员结对不少于2名；建立困难职工帮扶台账；春节期间为留永过年职工开展关爱活动；每季度召开"
                "一次职工座谈会，收集职工诉求并反馈办理结果。", 8,
                "结对不足的，每人扣0.2分，最高扣1分；无帮扶台账的扣1分；未开展春节关爱活动的扣1分；座谈会每少1次扣0.5分；职工诉求未反馈的，"
                "每件扣0.2分。", indicator="关爱职工"),
            Row("党组织领导工会、共青团、妇联组织，每年联合开展职工技能比武、文体活动不少于2次；劳动合同签订率达到100%；不拖欠职工工资，劳资"
                "纠纷及时调处。", 8,
                "群团组织未建立的，每个扣0.5分；联合活动每少1次扣0.5分；劳动合同签订率每低1个百分点扣0.3分，最高扣1.5分；拖欠工资引发群体性"
                "事件的，本项不得分。", indicator="党建带群建"),
            Row("党员活动室、党建宣传栏、企业微信公众号等阵地齐全；每季度更新党建宣传内容一次；宣传内容发布前经党组织审核，抵制错误思潮和有害"
                "信息；每年开展一次“企业发展、党员先行”主题宣传。", 8,
                "阵地缺一项扣0.5分；宣传内容更新每少1次扣0.3分；内容未经审核发布的，每次扣0.5分；未开展主题宣传的扣1分；发布有害信息造成不良"
                "影响的，本项不得分。", indicator="宣传和意识形态"),
        )),
        Section("保障落实", "四、保障落实（20分）", 20, (
            Row("党建工作经费按上年度职工工资总额百分之一的比例纳入企业管理费用；党员每人每年参加教育培训不少于24学时；党组织书记每年参加行业"
                "党委培训不少于1次。", 6,
                "经费未纳入管理费用的扣2分；学时不足的，每人扣0.1分，最高扣1分；书记未参加培训的扣1分。", indicator="经费和培训"),
            Row("企业党组织与1个山区村党组织结对帮扶，每年开展帮扶活动不少于2次；参与“共富工坊”建设，吸纳周边群众就业；依法纳税、诚信经营。", 6,
                "未结对的扣1.5分；帮扶活动每少1次扣0.5分；未参与“共富工坊”建设的扣1分；企业被列入严重违法失信名单的，本项不得分。",
                indicator="社会责任"),
            Row("年初制定党组织年度工作计划，报行业党委备案；年中报送半年工作小结；年终形成工作总结；党组织书记年底向行业党委述职，职工代表评议"
                "满意率不低于百分之八十五。", 8,
                "无年度计划的扣1.5分；计划未备案的扣0.5分；无半年小结的扣1分；无年终总结的扣1.5分；未述职的扣2分；满意率低于85%的扣1.5分。",
                indicator="责任落实"),
        )),
    ),
)

HEADER = ["序号", "考核项目", "考核要求", "评分标准", "分值", "得分"]
NOTE = ("说明：1.本表由五金行业党委于12月组织考核，党建指导员协助，采取查阅资料、实地查看、个别谈话、职工问卷相结合的方式进行；2.各项扣分以"
        "该项分值为限，扣完为止；3.安全生产事故以市应急管理局认定为准，严重违法失信名单以“信用中国”公示为准；4.考核得分90分以上的为“五星”，"
        "80—89分的为“四星”，70—79分的为“三星”，70分以下的列入整顿提升对象，考核结果作为党建工作经费补助和“红色工匠”企业评选的重要依据。")


def build(t: Table, path: Path) -> None:
    import openpyxl
    from openpyxl.styles import Alignment, Font

    ncols = len(HEADER)
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "企业党组织考核"
    center = Alignment(horizontal="center", vertical="center", wrap_text=True)
    wrap = Alignment(vertical="center", wrap_text=True)
    xlsx_title(ws, t.title, ncols, Font(name="黑体", size=16, bold=True), center)
    xlsx_line(ws, "考核对象：行业党委所属规模以上五金企业党支部（党总支）", ncols)
    xlsx_line(ws, "企业名称：                党组织书记：                考核时间：", ncols)
    xlsx_header(ws, HEADER, ncols)
    first = ws.max_row
    number = 0
    for s in t.sections:
        xlsx_line(ws, s.printed, ncols)
        ws.cell(ws.max_row, 1).font = Font(bold=True)
        for row in s.rows:
            number += 1
            ws.append([number, row.indicator, row.text, row.scoring, row.points, None])
            for c in (3, 4):
                ws.cell(ws.max_row, c).alignment = wrap
            for c in (1, 2, 5):
                ws.cell(ws.max_row, c).alignment = center
    xlsx_total_row(ws, t.total, 5, ncols, center)
    xlsx_borders(ws, first, ncols)
    xlsx_note(ws, NOTE, ncols, 60)
    xlsx_widths(ws, (6, 12, 50, 52, 6, 7))
    wb.save(str(path))
