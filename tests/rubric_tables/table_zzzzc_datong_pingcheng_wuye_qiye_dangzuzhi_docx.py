"""平城区2025年度物业服务企业党组织党建工作考核细则 (.docx), as the 物业行业党委 of 山西 大同 平城区 (set up under the 区住建局, its 办公室 with the
区委组织部's 两新 section, the 街道 and the 社区 the 企业 serve, a 考核组 in December) scores the 党支部 and 联合党支部 of the 物业服务企业 that keep
the city's 小区: the old 单位 宿舍 inside the rebuilt 古城墙, the new towers on the 御河 east bank, the 保安 at the gate through the 冬季 that starts
in October, the 供暖 that the 业主 watch closer than anything, the 电梯 and the 二次供水, the 维修资金 the 业主大会 must vote, the 业委会 where a 党员
should sit, the 投诉 that come in through the 12345, the 独居老人 the 维修工 go up to: a 细则 whose 考核内容 prints the requirements and nearly every
figure and whose 评分标准 gives one deduction a clause (twice bands): 组织建设 (the 组织设置, the 换届, the 书记 and the 章程; the 党员花名册, the
亮身份, a half-yearly 更新 and one 积极分子; the “三会一课”, the monthly 主题党日, the 组织生活会 and 民主评议), 党建引领服务 (three 先锋岗, the 徽章,
the 年初 承诺 and the 年底 评诺; the “四方联动”, a quarterly 联席会议, a monthly 报告 to the 社区 and the 业委会; a half-yearly 公示 of the 收支, the
表决 of the 维修资金, the 投诉办结率 and the 照片; the 志愿服务队, a monthly “便民服务日”, 20小时 a head and the 上门服务; a monthly 安全巡查, the
专项检查 before the 汛期 and the 供暖期, the 满意度 in bands and a 一票否决), 基础保障 (the 活动室, the 标识 and the 经费 with its 台账; 24学时, a yearly
培训 for the 书记 and a quarterly 集中学习; the 年初 计划 with its 备案, a half-yearly 报告, the 年底 述职 and the 年终 总结) and 作风纪律 (the 公示 of the
收费, the 违规收费 and the 信用评价 in bands of 分; a deduction-only line on 处分, 上访 and 舆情 and the “黑名单”).

The title (bold, centred) and a centred "（考核对象：区物业行业党委所属物业服务企业党支部、联合党支部）" line above one table: 序号 | 考核内容 |
评分标准 | 分值 | 考核方式. Each category is a SECTION ROW merged across the whole table, printed WITH an ordinal and its points on one line,
"一、组织建设（20分）". 序号 (FIRST column) runs 1..13 through the whole table, NOT restarting under the section rows. There is no short sub-label.
分值 is a plain number AFTER the 评分标准. 考核方式 (`Row.method`) only says how the 考核组 checks (查阅资料, 实地查看, 个别谈话, 征求社区意见, 入户走访,
系统核查, 问卷测评): no papers. One row is a deduction-only line ("（本项为扣分项）"). A 合计 row of 100 closes the table; a "说明：" paragraph with three
numbered lines follows it. Counts in figures and Chinese numerals, nearly all in the 考核内容 ("3名以上", "不足3名", "按期", "每半年更新一次", "年内…
不少于1名", "支部委员会每月召开1次，支部党员大会每季度召开1次，党小组会每月召开1次，党课每季度1次", "每月开展一次", "每年召开一次", "不少于3个",
"年初", "年底", "每季度参加一次", "每月…报告一次", "每半年…公示一次", "百分之九十五", "每月开展一次", "每人每年…不少于20小时", "每月组织一次",
"汛期、冬季供暖期前", "全年", "不低于百分之八十五", "每年…不少于24学时", "每年…不少于1次", "每季度开展一次", "年初", "每半年…报告一次", "年底",
"年终", "80分以上"); "最高扣" caps; "酌情扣分" once with no figure, "酌情扣0.5分" twice and "酌情扣0.5-1分" once; two sets of bands (the 满意度 for 4
of the 10 points closed by "75%以下的不得分"; the 信用评价得分 in 分 for 3 of the 7 points closed by "70分以下的不得分"); one "实行一票否决，本项不得分";
one other plain "本项不得分"; one line is deduction-only.
"""

from __future__ import annotations

from pathlib import Path

from .build_helpers import docx_centred, docx_grid_table, docx_title, docx_total_row, merge_cells
from .model import Row, Section, Table, _fmt

TABLE = Table(
    name="zzzzc_datong_pingcheng_wuye_qiye_dangzuzhi_docx",
    fmt="docx",
    title="平城区2025年度物业服务企业党组织党建工作考核细则",
    numbering="printed",
    sections=(
        Section("组织建设", "一、组织建设（20分）", 20, (
            Row("有3名以上正式党员的物业服务企业单独建立党支部，不足3名的按街道片区组建联合党支部；党支部按期换届；支部书记由企业负责人或管理层中的"
                "党员担任；企业章程写入党建工作内容。", 6,
                "组织设置不规范的扣1分；未按期换届的扣1.5分；书记人选不符合要求的扣1分；企业章程未写入党建工作内容的扣1分。", "查阅资料"),
            Row("建立党员花名册，摸清员工中党员底数，组织关系不在本企业的党员亮明身份、纳入管理；党员信息每半年更新一次；年内确定入党积极分子不少于"
                "1名，注重从项目经理和保安、保洁、维修一线员工中培养。", 7,
                "无党员花名册的扣1分；党员未亮身份、未纳入管理的，每人扣0.2分，最高扣1分；信息更新每少1次扣0.5分；未确定入党积极分子的扣1.5分。",
                "查阅资料、个别谈话"),
            Row("支部委员会每月召开1次，支部党员大会每季度召开1次，党小组会每月召开1次，党课每季度1次；每月开展一次主题党日，结合小区服务开展“党员"
                "进楼栋”活动；每年召开一次组织生活会，开展民主评议党员。", 7,
                "“三会一课”每少1次扣0.3分，最高扣2.5分；主题党日每少1次扣0.3分，最高扣2分；未召开组织生活会的扣1.5分；未开展民主评议党员的扣1分。",
                "查阅资料"),
        )),
        Section("党建引领服务", "二、党建引领服务（45分）", 45, (
            Row("在项目服务中心（物业服务处）设立党员先锋岗不少于3个，党员员工佩戴党员徽章上岗；党员年初公开服务承诺，年底评诺。", 8,
                "先锋岗每少1个扣1分；党员未佩戴徽章上岗的，每人次扣0.2分，最高扣1分；未公开承诺的扣1分；年底未评诺的扣1分。", "实地查看、查阅资料"),
            Row("建立社区党组织、居委会、业委会、物业服务企业“四方联动”机制，每季度参加一次社区组织的联席会议；物业项目负责人每月到所在社区报告一次"
                "服务情况；推动符合条件的企业党员通过法定程序进入业委会。", 10,
                "未建立“四方联动”机制的扣2分；联席会议每少1次扣1分，最高扣3分；报告每少1次扣0.3分，最高扣2分；党员进入业委会工作推进不力的，"
                "酌情扣分。", "查阅资料、征求社区意见"),
            Row("物业服务费收支、公共收益收支情况每半年在小区显著位置公示一次；维修资金使用方案经业主大会表决；党员带头落实“接诉即办”，物业服务投诉"
                "办结率达到百分之九十五。", 9,
                "公示每少1次扣1分；维修资金使用未经表决的，每项扣1分；办结率每低1个百分点扣0.3分，最高扣3分；公示无照片留存的，每次扣0.2分。",
                "实地查看、系统核查"),
            Row("组建党员志愿服务队，每月开展一次“红色物业·便民服务日”活动，为独居老人、残疾人等特殊群体提供上门维修服务；党员员工每人每年志愿服务"
                "时长不少于20小时。", 8,
                "未组建志愿服务队的扣1分；便民服务日每少1次扣0.5分，最高扣3分；志愿服务时长不足的，每人扣0.2分，最高扣2分；特殊群体上门服务不到位"
                "的，酌情扣0.5-1分。", "查阅资料、入户走访"),
            Row("党支部参与小区安全管理，每月组织一次消防设施、电梯、二次供水安全巡查；汛期、冬季供暖期前开展专项检查；全年不发生因物业管理责任导致"
                "的安全事故；住宅小区物业服务满意度不低于百分之八十五。", 10,
                "安全巡查每少1次扣0.5分，最高扣3分；未开展专项检查的，每次扣1分；满意度85%以上的得4分，80%（含）—85%的得3分，75%（含）—80%的得"
                "2分，75%以下的不得分；发生因物业管理责任导致的安全事故造成人员伤亡的，实行一票否决，本项不得分。", "查阅资料、问卷测评"),
        )),
        Section("基础保障", "三、基础保障（20分）", 20, (
            Row("企业为党组织活动提供场所和经费，设立党员活动室，悬挂党旗和入党誓词；党建工作经费在企业管理费中列支，建立经费使用台账。", 6,
                "无党员活动室的扣2分；活动室标识不规范的，酌情扣0.5分；党建工作经费未落实或无使用台账的扣2分。", "实地查看、查阅资料"),
            Row("党员每年参加学习培训不少于24学时；支部书记每年参加区物业行业党委组织的培训不少于1次；每季度开展一次集中学习，内容结合《民法典》物业"
                "服务合同、消防安全等业务知识。", 6,
                "学时不足的，每人扣0.2分，最高扣2分；书记未参加培训的扣1分；集中学习每少1次扣0.5分。", "查阅资料"),
            Row("年初制定党建工作计划，报区物业行业党委备案；每半年向区物业行业党委报告一次党建工作；年底支部书记向区物业行业党委和企业出资人述职；"
                "年终形成工作总结。", 8,
                "无工作计划的扣1分；计划未备案的扣0.5分；报告每少1次扣1分；未述职的扣2分；无工作总结的扣1分；总结内容空泛、与实际不符的，酌情扣0.5分。",
                "查阅资料"),
        )),
        Section("作风纪律", "四、作风纪律（15分）", 15, (
            Row("物业服务收费项目、收费标准、服务内容在小区显著位置公示，不擅自提高收费标准、不违规收取费用；企业纳入市物业服务企业信用评价，年度"
                "信用评价得分达到80分以上。", 7,
                "收费项目、标准未公示的扣1分；擅自提高收费标准或违规收费被查实的，每起扣2分；信用评价得分90分以上的得3分，80分（含）—90分的得2分，"
                "70分（含）—80分的得1分，70分以下的不得分。", "实地查看、系统核查"),
            Row("党员员工遵守党纪国法，企业不发生因物业纠纷引发的群体性上访和重大负面舆情（本项为扣分项）。", 8,
                "党员受到党纪政务处分的，每人扣2分；因物业纠纷引发群体性上访、重大负面舆情的，每起扣3分；企业被列入物业服务企业“黑名单”的，本项"
                "不得分。", "系统核查"),
        )),
    ),
)

HEADER = ["序号", "考核内容", "评分标准", "分值", "考核方式"]
NOTES = (
    "说明：",
    "1.本细则由区物业行业党委于12月组织考核，采取查阅资料、实地查看、入户走访、征求社区意见、问卷测评相结合的方式进行；各项扣分以该项分值"
    "为限，扣完为止；标注“本项为扣分项”的，未发生相关情形的得满分。",
    "2.信用评价得分以市住房和城乡建设局发布的年度物业服务企业信用评价结果为准，投诉办结率以市12345政务服务便民热线平台数据为准。",
    "3.考核得分90分以上的为“五星”，80—89分的为“四星”，70—79分的为“三星”，70分以下的列入整顿提升对象，考核结果作为物业服务企业评先评优和"
    "党建工作经费补助的重要依据。",
)


def build(t: Table, path: Path) -> None:
    import docx

    ncols = len(HEADER)
    n_rows = 1 + len(t.sections) + sum(len(s.rows) for s in t.sections) + 1
    document = docx.Document()
    docx_title(document, t.title, 16)
    docx_centred(document, "（考核对象：区物业行业党委所属物业服务企业党支部、联合党支部）")
    tbl = docx_grid_table(document, n_rows, ncols, HEADER)
    r = 1
    number = 0
    for s in t.sections:
        merge_cells(tbl, r, 0, r, ncols - 1, s.printed)
        r += 1
        for row in s.rows:
            number += 1
            cells = ((0, str(number)), (1, row.text), (2, row.scoring), (3, _fmt(row.points)), (4, row.method))
            for c, v in cells:
                tbl.cell(r, c).text = v
            r += 1
    docx_total_row(tbl, r, 3, t.total)
    for line in NOTES:
        document.add_paragraph(line)
    document.save(str(path))
