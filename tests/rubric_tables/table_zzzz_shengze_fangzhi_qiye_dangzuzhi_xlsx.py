"""盛泽镇2025年度纺织企业党组织“强基争先”考核评分表 (.xlsx), as the 非公经济组织综合党委 of 江苏 苏州 吴江区 盛泽镇 (the 镇 两新工委 with the
镇总工会, the 安监 and 消防 of the 镇, the 生态环境 分局 and the 纺织商会, a 党建指导员 for each 企业, a 考核组 going round the 厂 in December)
scores the 党组织 of the 规模以上 纺织 企业 of the “中国绸都”: the 喷水织机 that fill the 村 workshops and whose waste water the 镇 made them treat,
the 印染 plants moved into the 集聚区, the 后整理 and 经编 lines, the 东方丝绸市场 where the 面料 is sold, the 挡车工 from 安徽, 河南 and 四川
who work the 两班倒 and sleep in the 宿舍 above the 仓库 until the 消防 forbade the “三合一”, the 坯布 in the 仓库 that burns fast: a sheet whose
section rows are merged across the sheet, whose 考核内容 prints every requirement and figure, whose 扣分标准 gives one deduction a clause, and
which prints a 加分标准 column BESIDE the 扣分标准 for the points an 企业 may earn on top (“—” where there is none): 组织覆盖 (the 组织设置, the
换届 and the 书记; the 交叉任职比例, the 意见 before a 决策 and a half-yearly 汇报 to the 出资人; the 信息台账 of the 外来 党员, the 登记率 and one
积极分子 a year), 组织生活 (the “三会一课” with the 错时, the 要素 and no 补记; the monthly 主题党日, a quarterly “党员示范机台” 评比 and the 参加率;
the 组织生活会 with 民主评议, 谈心谈话 and the 整改措施; 24学时, a yearly 培训 of the 书记 and the 线上学习), 发挥作用 (three 先锋岗, the 攻关小组,
one 攻关 项目 and three 合理化建议 a head a year; a monthly 消防 排查, the 整改率, the “三合一”, a half-yearly 演练 and a 一票否决; the 废水, a
quarterly 环保自查, the 通报 and the 处罚; the 工会, the 劳动合同 签订率, a quarterly 恳谈会, the 回应, the 春节 关爱 and the 工资; the 结对 with a
村 or 社区, two 共建活动 a year, a quarterly 志愿服务 and the 失信) and 基础保障 (the 党员活动室 with its “六有” and a quarterly 更新; the 经费 and
党费; the 年初 计划, the 年终 总结, the 年底 述职 and the 满意率).

A merged title row, a merged "考核对象：镇非公经济组织综合党委所属规模以上纺织企业党组织" line and a merged "企业名称：  党组织书记：  党建指导员："
line above the header 序号 | 考核内容 | 分值 | 扣分标准 | 加分标准 | 得分. Each category is a SECTION ROW merged across the whole sheet, printed
WITH an ordinal and its points on one line, "一、组织覆盖（15分）". 序号 (FIRST column) runs 1..15 through the whole sheet, NOT restarting under
the section rows. There is no short sub-label: 考核内容 says what is required (`Row.text`); 分值 is a plain number BEFORE the 扣分标准
(`Row.scoring`); the 加分标准 (kept in `BONUS_RULES`, not in the rows) prints a bonus rule on eight rows and "—" on the other seven; 得分 is
blank. A 合计 row of 100 and a merged 说明 row close the sheet (the 说明 caps the 加分 at 5 points). Counts in figures and Chinese numerals,
nearly all in the 考核内容 ("3人以上", "50人以上", "按期", "不低于百分之三十", "每半年…一次", "100%", "年内…不少于1名", "支部委员会每月召开1次，
支部党员大会每季度召开1次，党小组会每月召开1次，党课每季度1次", "每月开展一次", "每季度至少一次", "每年召开一次", "每年…不少于24学时", "每年…
不少于1次", "不少于3个", "每年…不少于1项", "每人每年…不少于3条", "每月开展一次", "每半年组织一次", "每季度开展一次", "每季度召开一次", "春节
期间", "1个", "每年…不少于2次", "每季度…不少于1次", "不少于30平方米", "每季度更新一次", "百分之一", "按月", "年初", "年终", "年底"); "百分之
八十", "百分之八十五", "100%"; "“六有”每缺一项扣0.5分" once; "最高扣" caps; "酌情扣0.5分" once and "酌情扣0.5-1分" once; no bands; one
"实行一票否决，本项不得分"; four other plain "本项不得分".
"""

from __future__ import annotations

from pathlib import Path

from .build_helpers import xlsx_borders, xlsx_header, xlsx_line, xlsx_note, xlsx_title, xlsx_total_row, xlsx_widths
from .model import Row, Section, Table

TABLE = Table(
    name="zzzz_shengze_fangzhi_qiye_dangzuzhi_xlsx",
    fmt="xlsx",
    title="盛泽镇2025年度纺织企业党组织“强基争先”考核评分表",
    numbering="printed",
    sections=(
        Section("组织覆盖", "一、组织覆盖（15分）", 15, (
            Row("企业有正式党员3人以上的单独建立党支部，党员50人以上的建立党总支，不足3人的与上下游企业组建联合党支部；党组织按期换届；党组织"
                "书记由企业中层以上管理人员中的党员担任。", 5,
                "组织设置不规范的扣1分；未按期换届的扣2分；书记人选不符合要求的扣1分。"),
            Row("党组织班子成员与企业管理层“双向进入、交叉任职”比例不低于百分之三十；企业重大经营决策前听取党组织意见；企业出资人每半年听取"
                "一次党建工作汇报。", 5,
                "交叉任职比例低于30%的扣1分；重大决策未听取党组织意见的，每次扣0.5分，最高扣1.5分；听取汇报每少1次扣0.5分。"),
            Row("建立外来务工党员信息台账，组织关系不在本企业的党员亮明身份、纳入管理，登记率达到100%；注重从一线挡车工、技术骨干中培养入党"
                "积极分子，年内确定入党积极分子不少于1名。", 5,
                "无信息台账的扣1分；登记率每低10个百分点扣0.5分；未确定入党积极分子的扣1分。"),
        )),
        Section("组织生活", "二、组织生活（20分）", 20, (
            Row("支部委员会每月召开1次，支部党员大会每季度召开1次，党小组会每月召开1次，党课每季度1次；两班倒党员按班组错时参加；会议记录要素"
                "齐全。", 6,
                "“三会一课”每少1次扣0.5分，最高扣3分；会议记录要素不全的，酌情扣0.5-1分；发现补记、代签的，本项不得分。"),
            Row("每月开展一次主题党日，每季度至少一次在织造车间开展“党员示范机台”评比；党员参加率不低于百分之八十。", 5,
                "主题党日每少1次扣0.3分，最高扣2分；示范机台评比每少1次扣0.5分；参加率每低5个百分点扣0.3分。"),
            Row("每年召开一次组织生活会，开展民主评议党员；会前党组织书记与党员逐一谈心谈话；会后制定整改措施。", 4,
                "未召开组织生活会的扣2分；未开展民主评议的扣1分；未开展谈心谈话的扣0.5分；无整改措施的扣0.5分。"),
            Row("党员每年参加教育培训不少于24学时；党组织书记每年参加镇综合党委集中培训不少于1次；利用“学习强国”等平台组织党员开展线上学习。", 5,
                "学时不足的，每人扣0.1分，最高扣1分；书记未参加集中培训的扣1分；未组织线上学习的，酌情扣0.5分。"),
        )),
        Section("发挥作用", "三、发挥作用（45分）", 45, (
            Row("在织造、印染、后整理等车间设立党员先锋岗不少于3个；组建党员技术攻关小组，每年完成技术攻关或工艺改进项目不少于1项；党员每人每年"
                "提出合理化建议不少于3条。", 8,
                "先锋岗每少1个扣0.5分；未组建攻关小组的扣1分；攻关项目未完成的扣1.5分；合理化建议不足的，每人扣0.1分，最高扣1分。"),
            Row("党员带头落实安全生产责任，每月开展一次车间、仓库消防安全隐患排查，隐患整改率达到100%；员工宿舍不得与生产、仓储场所“三合一”；"
                "每半年组织一次消防应急演练。", 10,
                "隐患排查每少1次扣0.5分，最高扣2分；整改率每低5个百分点扣0.5分；存在“三合一”场所的扣2分；演练每少1次扣1分；发生较大以上生产"
                "安全事故或亡人火灾的，实行一票否决，本项不得分。"),
            Row("落实喷水织机废水治理和印染企业集聚提升要求，废水经处理达标排放；党员带头节能降耗，每季度开展一次环保自查。", 8,
                "环保自查每少1次扣0.5分；被生态环境部门通报的，每次扣1分；因环境违法被立案处罚的，本项不得分。"),
            Row("党组织推动企业建立工会组织，劳动合同签订率达到100%；按时足额发放职工工资；每季度召开一次职工恳谈会，职工诉求件件有回应；春节"
                "期间为留盛过年职工开展关爱活动。", 9,
                "未建立工会的扣1分；劳动合同签订率每低1个百分点扣0.2分，最高扣1分；恳谈会每少1次扣0.5分；职工诉求未回应的，每件扣0.2分；"
                "未开展春节关爱活动的扣1分；拖欠工资引发群体性事件的，本项不得分。"),
            Row("企业党组织与1个村（社区）党组织结对共建，每年开展共建活动不少于2次；组建党员志愿服务队，每季度开展志愿服务不少于1次；依法纳税、"
                "诚信经营。", 10,
                "未结对共建的扣1分；共建活动每少1次扣0.5分；志愿服务每少1次扣0.5分；企业被列入严重违法失信名单的，本项不得分。"),
        )),
        Section("基础保障", "四、基础保障（20分）", 20, (
            Row("设立面积不少于30平方米的党员活动室，做到有场所、有设施、有标识、有党旗、有书报、有制度；党建宣传栏每季度更新一次。", 6,
                "无党员活动室的扣2分；“六有”每缺一项扣0.5分；宣传栏更新每少1次扣0.3分。"),
            Row("党组织工作经费按上年度职工工资总额百分之一的比例纳入企业管理费用列支；党员按月交纳党费。", 5,
                "工作经费未落实的扣2分；党费未按月交纳的，每人次扣0.1分，最高扣1分。"),
            Row("年初制定党组织年度工作计划；年终形成工作总结；党组织书记年底向镇综合党委述职；职工对党组织工作满意率不低于百分之八十五。", 9,
                "无年度计划的扣1分；无工作总结的扣1分；未述职的扣2分；满意率低于85%的扣2分。"),
        )),
    ),
)

# The 加分标准 column, printed beside the 扣分标准 of each item in 序号 order ("—" where the item has none).
BONUS_RULES = (
    "—",
    "企业出资人是党员并担任党组织书记的，加0.5分。",
    "年内发展一线职工入党的，每发展1名加0.5分，最高加1分。",
    "—",
    "—",
    "—",
    "党组织书记在区级以上党建工作会议上作交流发言的，加0.5分。",
    "党员攻关项目获得发明专利或区级以上科技奖励的，每项加1分，最高加2分。",
    "—",
    "企业获评省级以上“绿色工厂”的，加1分。",
    "企业获评区级以上“和谐劳动关系企业”的，加0.5分。",
    "企业年度公益慈善捐赠50万元以上的，加1分。",
    "—",
    "—",
    "党组织获评区级以上“先锋企业党组织”的，加1分。",
)
HEADER = ["序号", "考核内容", "分值", "扣分标准", "加分标准", "得分"]
NOTE = ("说明：1.本表由镇非公经济组织综合党委于12月组织考核，党建指导员协助，采取查阅资料、实地查看、个别谈话、职工问卷相结合的方式进行；"
        "2.各项扣分以该项分值为限，扣完为止；3.加分按“加分标准”所列事项计算，累计最高加5分，总分不超过105分；4.安全生产事故、亡人火灾以"
        "应急管理、消防救援部门认定为准，环境违法处罚以生态环境部门立案为准；5.考核得分90分以上的为“五星”，80—89分的为“四星”，70—79分的"
        "为“三星”，70分以下的列入整顿提升对象，考核结果作为党建工作经费补助和“先锋企业党组织”评选的重要依据。")


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
    xlsx_line(ws, "考核对象：镇非公经济组织综合党委所属规模以上纺织企业党组织", ncols)
    xlsx_line(ws, "企业名称：                党组织书记：                党建指导员：", ncols)
    xlsx_header(ws, HEADER, ncols)
    first = ws.max_row
    number = 0
    for s in t.sections:
        xlsx_line(ws, s.printed, ncols)
        ws.cell(ws.max_row, 1).font = Font(bold=True)
        for row in s.rows:
            number += 1
            ws.append([number, row.text, row.points, row.scoring, BONUS_RULES[number - 1], None])
            for c in (2, 4, 5):
                ws.cell(ws.max_row, c).alignment = wrap
            for c in (1, 3):
                ws.cell(ws.max_row, c).alignment = center
    xlsx_total_row(ws, t.total, 3, ncols, center)
    xlsx_borders(ws, first, ncols)
    xlsx_note(ws, NOTE, ncols, 64)
    xlsx_widths(ws, (6, 50, 6, 46, 30, 7))
    wb.save(str(path))
