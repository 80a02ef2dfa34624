"""陈埭镇非公有制企业党委2025年度鞋服企业党支部党建工作考核评分表 (.xlsx), as the 非公企业党委 of 福建 晋江 陈埭 (the 镇 两新 党委 with the
镇 党建办, the 工会, the 安监站 and the 镇纪委, and a 党建指导员 for each 企业, a 考核组 going round the 厂 in December) scores the 党支部 of
the 规模以上 鞋服 企业 of the “中国鞋都”: the 裁断, 针车 and 成型 lines where the 胶水 and the 有机溶剂 stand in the 车间, the 外省 workers from
贵州, 四川 and 江西 who live in the 宿舍 and go home for the 春节, the 党员 among them whose 组织关系 stayed at home (the “口袋党员”), the 出资人
who must be won over, the 技能比武 and the “师带徒”, the 劳资纠纷 at the year's end: a table whose 考核内容 prints the requirements and whose 评分
标准 prints a figure again beside each deduction: 组织覆盖和班子建设 (the 换届 and the 3至5人 with the 批复, the 书记 and the 党建指导员, the
承诺书 of the 出资人 and the 分工, the 党小组 of each 车间 with three 党员, the 工会 and 团组织, the 党员比例 of the 管理人员, the “双培养” with two
积极分子 and one 发展 a year and the 公示, the 流动党员 台账 with a half-yearly 排查 and a quarterly 联系), 组织生活 (the “三会一课” with the 要素
and no 补记, the monthly 主题党日 with a quarterly 车间 实践 and the 参加率, the 方案, 签到 and 照片, the 组织生活会 with the 民主评议, 谈心谈话 and
the 整改清单, 24学时 and 党费 with a half-yearly 公示 and the 经费), 发挥作用 (three 示范岗 with the 挂牌率 and a half-yearly 评选, two 技能比武 a
year with the 带徒, one 合理化建议 a head and the 台账, a monthly 隐患排查 with the 整改率, the 危化品, a half-yearly 演练 and a 一票否决, the
劳动合同 签订率 with a quarterly 思想动态 分析, the 帮扶台账 with the “七一”、春节 慰问, the “职工之家”, two 关爱 活动 a year and the 满意度 in
bands) and 责任落实 (the 年初 计划 with its 备案, the 半年小结, the 年终 总结 and its 通报, the 年底 述职 with its 评价率 and two 汇报 a year to the
出资人, the “六有”, a quarterly 宣传 and the 档案, a deduction-only line on 违纪 and 失信).

A merged title row, a merged "考核对象：陈埭镇规模以上鞋服企业党支部" line and a merged "企业名称： 党支部书记： 考核日期：" line above the header 序号 |
考核项目 | 考核内容 | 分值 | 评分标准 | 佐证材料 | 自评分 | 考核得分. 序号 (FIRST column) runs 1..17 through the whole sheet, NOT restarting. The
categories are MERGED CELLS down the 考核项目 column (SECOND), printed WITHOUT an ordinal and WITH their points on one line, "组织覆盖和班子建设
（20分）". 分值 is a plain number BEFORE the 评分标准. 佐证材料 (`Row.method`) names the papers the 支部 lays out, joined by "、" (once "实地查看"
beside them, once "镇纪委、市场监管所提供"). 自评分 and 考核得分 are blank. A 合计 row of 100, then two 加分项 rows UNDER it (序号 "加1", "加2", a
"加分项" cell merged down the 考核项目 column), and a merged 说明 row close the sheet. Counts in figures and Chinese numerals, in the 考核内容 and
again in the 评分标准 ("按期", "3至5人", "3人以上", "年内…不少于2名", "每年至少发展党员1名", "不少于5个工作日", "每半年开展一次", "每季度至少…
联系一次", "支部委员会每月召开1次，支部党员大会每季度召开1次，党小组会每月召开1次，党课每季度1次", "每月开展一次", "每季度至少组织一次", "每年
召开一次", "每年…不少于24学时", "按月", "每半年公示一次", "每半年评选一次", "每年…不少于2次", "不少于2名", "每人每年…不少于1条", "每月开展
一次", "每半年组织一次", "全年", "每季度分析一次", "“七一”、春节期间", "每年…不少于2次", "年初", "年中", "年终", "年底", "每年…不少于2次", "每
季度…不少于1次"); "不少于3个"; "百分之二十", "百分之八十", "百分之八十五", "100%"; "每项扣0.5分" once and "“六有”缺一项扣0.3分"
once; "最高扣" caps; "酌情扣0.5-1分" three times; one set of bands (a 职工 满意度 for 2 of the 7 points closed by "85%以下的不得分"); one "实行一票否决，
本项不得分"; four other plain "本项不得分"; one line is deduction-only.
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
    name="zzzv_jinjiang_chendai_xieye_qiye_zhibu_xlsx",
    fmt="xlsx",
    title="陈埭镇非公有制企业党委2025年度鞋服企业党支部党建工作考核评分表",
    numbering="printed",
    sections=(
        Section("组织覆盖和班子建设", "组织覆盖和班子建设（20分）", 20, (
            Row("党支部按期换届，支部委员会由3至5人组成；支部书记由企业中高层管理人员中的党员担任，或由镇非公企业党委选派的党建指导员兼任；企业"
                "出资人支持党建工作，与镇非公企业党委签订党建工作承诺书；支部委员分工明确。", 5,
                "未按期换届的扣2分；书记非企业中高层管理人员且未选派党建指导员的扣1分；出资人未签订承诺书的扣1分；支部委员分工不明确的扣0.5分。",
                "换届批复、承诺书、委员分工文件"),
            Row("党员3人以上的生产车间建立党小组；企业工会、团组织在党支部领导下开展工作，实现党建带群建；企业中层以上管理人员中党员比例达到百分"
                "之二十。", 5,
                "党员3人以上的车间未建立党小组的，每个扣0.5分；未建立工会或团组织的，每项扣0.5分；管理人员中党员比例低于20%的，每低5个百分点扣"
                "0.5分，最高扣1.5分。", "党小组设置文件、工会及团组织成立文件"),
            Row("实施“双培养”工程，把生产技术骨干培养成党员、把党员培养成管理骨干；年内确定入党积极分子不少于2名，每年至少发展党员1名；发展对象"
                "公示不少于5个工作日。", 5,
                "积极分子每少1名扣0.5分；全年未发展党员的扣1.5分；发展对象未公示的扣0.5分；无“双培养”名单和措施的扣0.5分；违反程序发展党员的，"
                "本项不得分。", "“双培养”名单、发展党员档案、公示照片"),
            Row("建立外省籍流动党员信息台账，每半年开展一次“口袋党员”排查；组织关系不在企业的党员纳入支部管理，参加组织生活；流入党员每季度至少"
                "与流出地党组织联系一次。", 5,
                "无流动党员信息台账的扣1分；“口袋党员”排查每少1次扣0.5分；流入党员未纳入支部管理的，每人扣0.2分，最高扣1分；与流出地党组织联系"
                "每少1次扣0.2分。", "流动党员信息台账、排查登记表"),
        )),
        Section("组织生活", "组织生活（25分）", 25, (
            Row("支部委员会每月召开1次，支部党员大会每季度召开1次，党小组会每月召开1次，党课每季度1次；倒班车间党员可错时分批参加；会议记录要素"
                "齐全。", 7,
                "“三会一课”每少1次扣0.5分，最高扣3.5分；会议记录要素不全的，每次扣0.2分，最高扣1分；补记、代签会议记录的，本项不得分。",
                "会议记录本、签到表"),
            Row("每月开展一次主题党日活动；每季度至少组织一次党员进车间“亮身份、作表率”实践活动；党员参加率达到百分之八十以上。", 6,
                "主题党日每少1次扣0.4分；车间实践活动每少1次扣0.5分；参加率每低5个百分点扣0.3分，最高扣1分；活动无照片的，每次扣0.1分，最高扣"
                "0.5分。", "活动方案、签到表、活动照片"),
            Row("每年召开一次组织生活会，开展批评和自我批评；开展民主评议党员；会前开展谈心谈话，会后建立整改清单。", 6,
                "未召开组织生活会的扣3分；未开展民主评议党员的扣1分；未开展谈心谈话的扣0.5分；无整改清单的扣0.5分；批评和自我批评流于形式的，"
                "酌情扣0.5-1分。", "会议记录、谈心谈话记录、整改清单"),
            Row("党员每年参加集中学习培训不少于24学时，可利用“晋江智慧党建”平台和班前会学习；党员按月交纳党费，党费收缴情况每半年公示一次；支部"
                "工作经费纳入企业管理费用列支。", 6,
                "学时不足的，每人扣0.1分，最高扣1.5分；党费未按月交纳的，每人次扣0.1分，最高扣1分；党费公示每少1次扣0.5分；工作经费未纳入企业"
                "管理费用列支的扣1分。", "学时统计表、党费收缴台账、公示照片"),
        )),
        Section("发挥作用", "发挥作用（35分）", 35, (
            Row("在裁断、针车、成型等生产线设立“党员示范岗”“党员责任区”不少于3个；党员在岗位亮身份，挂牌率100%；每半年评选一次“党员先锋”。", 7,
                "示范岗、责任区每少1个扣1分；挂牌率每低10个百分点扣0.5分；评选每少1次扣0.5分；党员所在岗位发生产品质量或安全生产问题被通报的，"
                "每起扣1分；示范岗作用发挥不明显的，酌情扣0.5-1分。", "示范岗名单、挂牌照片、评选结果"),
            Row("每年组织党员技术骨干开展技能比武或“师带徒”活动不少于2次，每名党员技术骨干带徒不少于2名；党员每人每年提出合理化建议不少于1条，"
                "被采纳的建议建立台账。", 7,
                "技能比武或“师带徒”活动每少1次扣1分；带徒不足2名的，每人扣0.2分，最高扣1分；合理化建议不足的，每人扣0.1分，最高扣1分；无合理化"
                "建议台账的扣0.5分。", "活动照片、师徒结对协议、合理化建议台账"),
            Row("党员带头落实安全生产责任制，每月开展一次安全隐患排查，隐患整改率100%；胶粘剂、有机溶剂等危险化学品规范存放；每半年组织一次消防"
                "应急演练；全年不发生较大以上生产安全事故和突发环境事件。", 7,
                "隐患排查每少1次扣0.3分，最高扣1.5分；整改率每低5个百分点扣0.5分；危险化学品存放不规范的扣1分；演练每少1次扣1分；发生较大以上"
                "生产安全事故或突发环境事件的，实行一票否决，本项不得分。", "隐患排查台账、演练方案、演练照片"),
            Row("推动企业依法与职工签订劳动合同，签订率达到100%；按时足额发放工资；党员参与劳资纠纷调处，每季度分析一次职工思想动态；企业不发生"
                "群体性劳资纠纷事件。", 7,
                "劳动合同签订率每低1个百分点扣0.3分，最高扣1.5分；思想动态分析每少1次扣0.5分；拖欠工资被人社部门查处的，每起扣2分；发生群体性"
                "劳资纠纷事件的，本项不得分。", "劳动合同台账、思想动态分析记录"),
            Row("建立困难职工、困难党员帮扶台账，“七一”、春节期间走访慰问；建设“职工之家”和党员活动室；每年开展“春风行动”“暖心返乡”等关爱外来"
                "务工人员活动不少于2次；职工满意度达到百分之八十五以上。", 7,
                "无帮扶台账的扣1分；慰问每少1次扣0.5分；未建设“职工之家”或党员活动室的扣1分；关爱活动每少1次扣0.5分；职工满意度90%以上的得2分，"
                "85%（含）—90%的得1分，85%以下的不得分。", "帮扶台账、慰问照片、满意度测评表"),
        )),
        Section("责任落实", "责任落实（20分）", 20, (
            Row("年初制定党支部年度工作计划，经支部委员会研究后报镇非公企业党委备案；年中形成半年工作小结；年终形成工作总结，并向全体党员通报。",
                5,
                "无年度计划的扣1分；计划未备案的扣0.5分；无半年小结的扣0.5分；无年终总结的扣1分；总结未向党员通报的扣0.5分。",
                "工作计划、半年小结、工作总结"),
            Row("年底支部书记向镇非公企业党委述职，接受党员和职工代表评议，“好”和“较好”评价率不低于百分之八十；企业出资人（负责人）每年听取"
                "党建工作汇报不少于2次。", 5,
                "未述职的扣2分；评价率低于80%的扣1分；出资人听取汇报每少1次扣0.5分。", "述职报告、评议表、汇报会议记录"),
            Row("党员活动室做到“六有”（有场所、有党旗、有标识、有制度、有书报、有台账）；每季度在企业内刊、宣传栏或微信公众号更新党建宣传内容"
                "不少于1次；党建档案分类归档。", 5,
                "“六有”缺一项扣0.3分，最高扣1.5分；宣传内容每少更新1次扣0.3分；档案归档不规范的，酌情扣0.5-1分。",
                "实地查看、宣传截图、档案目录"),
            Row("企业党员违纪违法，或企业因严重失信被列入严重违法失信名单（本项为扣分项）。", 5,
                "党员受到党纪政务处分的，每人扣2分；企业被列入严重违法失信名单的，本项不得分。", "镇纪委、市场监管所提供"),
        )),
    ),
)

HEADER = ["序号", "考核项目", "考核内容", "分值", "评分标准", "佐证材料", "自评分", "考核得分"]
BONUS = (
    ("加1", "支部或党员获评泉州市级以上“先进基层党组织”“优秀共产党员”，或企业获评晋江市“党建示范企业”的。", 2,
     "晋江市级加1分，泉州市级以上加2分，最高加2分。", "荣誉证书"),
    ("加2", "企业党建工作经验被晋江市级以上推广，或在市级以上媒体宣传报道的。", 1, "加1分。", "推广文件、报道截图"),
)
NOTE = ("说明：1.本表由镇非公有制企业党委于12月组织考核，党建指导员协助，采取查阅资料、实地查看、个别谈话、职工问卷相结合的方式进行；2.各项扣分"
        "以该项分值为限，扣完为止；3.安全生产、环境事件以镇安监站、生态环境部门认定为准；4.加分项另行计算，总分不超过103分；5.考核得分90分以上"
        "的为“五星”，80—89分的为“四星”，70—79分的为“三星”，70分以下的列入“两个覆盖”质量提升整顿对象，考核结果作为党建经费补助的重要依据。")


def build(t: Table, path: Path) -> None:
    import openpyxl
    from openpyxl.styles import Alignment, Font

    ncols = len(HEADER)
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "企业党支部考核"
    center = Alignment(horizontal="center", vertical="center", wrap_text=True)
    wrap = Alignment(vertical="center", wrap_text=True)
    xlsx_title(ws, t.title, ncols, Font(name="黑体", size=16, bold=True), center)
    xlsx_line(ws, "考核对象：陈埭镇规模以上鞋服企业党支部", ncols)
    xlsx_line(ws, "企业名称：                党支部书记：                考核日期：", ncols)
    xlsx_header(ws, HEADER, ncols)
    first = ws.max_row
    number = 0
    for s in t.sections:
        top = ws.max_row + 1
        for i, row in enumerate(s.rows):
            number += 1
            ws.append([number, s.printed if i == 0 else None, row.text, row.points, row.scoring, row.method, None, None])
            for c in (3, 5, 6):
                ws.cell(ws.max_row, c).alignment = wrap
            for c in (1, 4):
                ws.cell(ws.max_row, c).alignment = center
        xlsx_merge_down(ws, 2, top, ws.max_row, center)
    xlsx_total_row(ws, t.total, 4, ncols, center)
    top = ws.max_row + 1
    for i, (number_text, text, points, scoring, evidence) in enumerate(BONUS):
        ws.append([number_text, "加分项" if i == 0 else None, text, points, scoring, evidence, None, None])
        for c in (3, 5, 6):
            ws.cell(ws.max_row, c).alignment = wrap
    xlsx_merge_down(ws, 2, top, ws.max_row, center)
    xlsx_borders(ws, first, ncols)
    xlsx_note(ws, NOTE, ncols, 62)
    xlsx_widths(ws, (6, 12, 46, 6, 48, 22, 7, 8))
    wb.save(str(path))
