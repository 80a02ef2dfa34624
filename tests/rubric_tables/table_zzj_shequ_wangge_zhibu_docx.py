"""中共天津市河西区越秀路街道平山道社区委员会2025年度网格党支部工作考评细则 (.docx), as a 天津 社区党委 (its 委员 with the 社区
纪检委员 and the 网格 居民代表, in June and December, the year's score the mean of the two) scores each of its six 网格党支部 — 支部
of 退休 党员 and 报到 在职党员 under a 网格长 who is mostly the 支部书记 — on 支部建设 (the 支委 and its 分工 with the 楼门, “三会一课”
with the 书记's 党课 and no 代记、补记, the 主题党日 in the second week with a 参加率 leaving out the 年老体弱, 组织生活会 and 民主评议
with 谈心谈话 and the 上报 of the result, one 积极分子 推荐 a year), 党员管理 (党费 with its quarterly 上交 and half-yearly 通报, the
党员信息台账 with its quarterly 更新, the in-service 党员' 志愿服务 and half-yearly 反馈, quarterly 走访 and the “七一” / 春节 慰问
with the 纪念章, the “先锋积分” with monthly 记实, quarterly 公示 and a 年终 评选), 网格治理 (the monthly “民心议事厅” with 6 问题 and
its 公开, the 网格员' daily 巡查 and monthly 走访 with the 处置率, the “战区制、主官上、权下放” quarterly 报告 with 当日 上报, 党员家庭
挂牌率 and two 先锋岗, monthly 隐患 排查 with a 本项不得分, a 满意率 in bands) and 基础工作 (计划 / 半年小结 / 总结 and the 书记's
年底 报告, the 党群服务站 “四有” with 5 days' opening and a monthly 便民服务, the 台账).

The title (bold, centred) and a centred "（考评对象：本社区第一至第六网格党支部）" line above one table: 考评项目 | 考评要点 | 评分标准
| 分值 | 备查资料 (分值 AFTER the 评分标准). There is NO 序号: items are numbered by position (1..19). The categories are MERGED CELLS
down the 考评项目 column (first), printed on TWO lines WITHOUT an ordinal, "支部建设\\n（25分）". 分值 is a plain number. 备查资料
(`Row.method`) names the papers the 支部 keeps for the 考评组: a 佐证 column. A 合计 row and a 说明 paragraph close the document. The
满意率 bands sit in the 评分标准; "最多扣" caps; counts partly in Chinese numerals ("不少于十二次", "百分之百"); a 参加率 with a
printed exclusion from its 应到人数; one count is daily ("每天巡查").
"""

from __future__ import annotations

from pathlib import Path

from .build_helpers import docx_centred, docx_grid_table, docx_title, docx_total_row, merge_cells
from .model import Row, Section, Table, _fmt

TABLE = Table(
    name="zzj_shequ_wangge_zhibu_docx",
    fmt="docx",
    title="中共天津市河西区越秀路街道平山道社区委员会2025年度网格党支部工作考评细则",
    numbering="position",
    sections=(
        Section("支部建设", "支部建设\n（25分）", 25, (
            Row("网格党支部委员会设书记1名、委员2至4名，网格长一般由网格党支部书记担任；支委分工明确，每名支委联系1—2个楼门。",
                3, "支委配备不齐的扣1分；网格长与支部书记未交叉任职且无正当理由的扣1分；支委联系楼门不落实的扣1分。", "支委分工表"),
            Row("落实“三会一课”：支委会每月1次、党员大会每季度1次、党小组会每月1次、党课每季度1次；支部书记每年至少讲1次党课。",
                7, "每少开1次扣0.5分，最多扣5分；书记未讲党课的扣1分；会议记录代记、补记的，发现1次扣1分。",
                "会议记录本、签到簿、党课讲稿"),
            Row("每月第二周周六开展主题党日活动，全年不少于十二次；党员参加率不低于80%（年老体弱、行动不便的党员不计入应到人数）。",
                5, "主题党日每少1次扣0.5分；参加率低于80%的，每次扣0.3分。", "活动方案、活动照片"),
            Row("每年开展一次组织生活会和民主评议党员；会前支部书记与支委、支委与党员之间开展谈心谈话；民主评议结果报社区党委。",
                5, "未召开组织生活会的扣2分；未开展民主评议党员的扣2分；谈心谈话未全覆盖的扣0.5分；评议结果未上报的扣0.5分。",
                "会议记录、谈心谈话记录、民主评议测评表"),
            Row("网格党支部每年向社区党委推荐入党积极分子不少于1名，由支委一对一培养联系。",
                5, "未推荐的扣2分；培养联系人未落实的扣1分；培养考察记录不全的，酌情扣0.5—1分。", "积极分子推荐表、培养考察登记表"),
        )),
        Section("党员管理", "党员管理\n（25分）", 25, (
            Row("党员按月交纳党费，支部每季度将党费上交社区党委一次；每半年在党员大会上通报一次党费收缴情况。",
                4, "党费未按月交纳的，每人次扣0.1分；上交不及时的，每次扣0.5分；未通报的扣1分。", "党费收缴登记表"),
            Row("建立网格党员信息台账，在册党员、报到在职党员、流动党员底数清楚，信息每季度核对更新一次。",
                4, "无信息台账的扣2分；核对更新每少1次扣0.5分；信息与实际不符的，每人扣0.2分。", "党员信息台账"),
            Row("到网格报到的在职党员每年参加网格志愿服务不少于4次；支部每半年向报到党员所在单位党组织反馈一次表现情况。",
                5, "志愿服务次数不足的，每人扣0.2分，最多扣2分；反馈每少1次扣1分。", "报到党员名册、服务记录、反馈函"),
            Row("对高龄、患病、困难党员每季度走访一次，“七一”、春节慰问全覆盖；为党龄满50年的党员及时颁发“光荣在党50年”纪念章。",
                5, "走访每少1次扣0.5分；节日慰问每漏1人扣0.2分；纪念章未及时颁发的扣1分。", "走访记录、慰问照片"),
            Row("推行党员“先锋积分”管理，按月记实积分，每季度公示一次；年终根据积分评选“先锋党员”。",
                7, "未实行积分管理的扣3分；记实每少1个月扣0.2分；公示每少1次扣0.5分；年终未评选的扣1分。", "积分记实台账、公示照片"),
        )),
        Section("网格治理", "网格治理\n（35分）", 35, (
            Row("网格党支部牵头每月召开一次“民心议事厅”议事会，协商解决停车、环境、加装电梯等居民关心的问题，全年解决问题不少于6件；"
                "议事结果及时向居民公开。",
                6, "议事会每少1次扣0.5分；解决问题每少1件扣0.5分；议事结果未向居民公开的扣1分。", "议事记录、公开照片"),
            Row("专职网格员每天巡查网格，每月入户走访全覆盖；发现问题及时上报，网格事件按时处置率达到95%以上。",
                7, "走访未全覆盖的，酌情扣1—2分；处置率每低1个百分点扣0.5分，最多扣3分；瞒报漏报造成不良影响的，每起扣1分。",
                "走访台账、系统截图"),
            Row("落实“战区制、主官上、权下放”机制，网格党支部书记每季度向社区党委报告一次网格治理工作；疑难问题当日上报社区党委协调"
                "解决。",
                5, "报告每少1次扣1分；疑难问题未当日上报的，每件扣0.5分。", "书面报告"),
            Row("网格内党员家庭挂牌率达到百分之百，党员带头参与垃圾分类、文明养犬、控烟禁烟等文明实践；网格内设立党员先锋岗不少于"
                "2个。",
                5, "挂牌率未达到100%的扣1分；先锋岗每少1个扣1分；党员不文明行为被投诉查实的，每人次扣0.5分。", "挂牌登记、先锋岗名单"),
            Row("每月开展一次安全隐患排查，重点关注独居老人、群租房、电动自行车违规充电等；网格内全年未发生较大以上安全事故。",
                6, "排查每少1次扣0.5分；发现隐患未跟踪整改的，每处扣0.5分；发生较大以上安全事故的，本项不得分。", "排查台账"),
            Row("社区党委年底组织网格居民代表对网格党支部工作进行测评，满意率达到90%以上。",
                6, "满意率95%以上的得6分；90%（含）至95%的得5分；85%（含）至90%的得3分；80%（含）至85%的得1分；80%以下的不得分。",
                "测评表"),
        )),
        Section("基础工作", "基础工作\n（15分）", 15, (
            Row("年初制定网格党支部工作计划报社区党委，年中形成半年小结，年底形成全年总结；支部书记年底向党员大会报告工作。",
                5, "计划、小结、总结每缺1项扣1分；书记未报告工作的扣2分。", "工作计划、半年小结、年度总结"),
            Row("网格党群服务站有场所、有标识、有制度、有活动，每周开放不少于5天；每月至少开展1次便民服务活动。",
                5, "“四有”每缺1项扣0.5分；开放时间不足的扣1分；便民服务每少1次扣0.5分。", "值班表、活动照片"),
            Row("党员花名册、会议记录、党费收缴登记表、活动记录等按年度分类整理，做到真实、完整、规范。",
                5, "台账每缺1项扣1分；资料补写、造假的，本项不得分；整理不规范的，酌情扣0.5—1分。", "台账资料"),
        )),
    ),
)

HEADER = ["考评项目", "考评要点", "评分标准", "分值", "备查资料"]
NOTE = ("说明：1.本细则由社区党委组织实施，每年6月、12月各考评一次，全年得分取两次考评的平均分；2.各项扣分以该项分值为限，扣完为止；"
        "3.考评结果作为评定“五星网格党支部”、网格党支部书记年度补贴发放和评先评优的依据；4.网格内党员发生严重违纪违法问题的，该"
        "网格党支部当年不得评为“五星网格党支部”。")


def build(t: Table, path: Path) -> None:
    import docx

    ncols = len(HEADER)
    n_rows = 1 + sum(len(s.rows) for s in t.sections) + 1
    document = docx.Document()
    docx_title(document, t.title, 16)
    docx_centred(document, "（考评对象：本社区第一至第六网格党支部）")
    tbl = docx_grid_table(document, n_rows, ncols, HEADER)
    r = 1
    for s in t.sections:
        top = r
        for row in s.rows:
            cells = ((1, row.text), (2, row.scoring), (3, _fmt(row.points)), (4, row.method))
            for c, v in cells:
                tbl.cell(r, c).text = v
            r += 1
        merge_cells(tbl, top, 0, r - 1, 0, s.printed)
    docx_total_row(tbl, r, 3, t.total)
    document.add_paragraph(NOTE)
    document.save(str(path))
