"""洛阳市新华书店有限公司党委2025年度基层门店党支部工作考核细则 (.docx), as a 河南 洛阳 国有文化企业 党委 (its 党委办公室 with the
纪检监察室, the 发行部 and the 安全保卫部, a 考核组 going round each 门店 in the first week of January) scores the 党支部 of the city
门店 and the 县区 门店: 收银, 导购 and 配送 on shifts, the 中小学教材 sent out before each term, the 全民阅读 events of the “书香洛阳”:
政治建设 (the “第一议题” with a monthly 集中学习 and 32学时, the 进货查验 and 上架审读 of the 出版物 with a quarterly 自查, its 台账 and a
一票否决 for 非法出版物, a half-yearly 报告 of the 意识形态 with the “三审” of the 电子屏 and 微信群), 组织建设 (the “三会一课” with the
参会率 of 百分之八十五 and a “本项不得分” for 补记, the monthly 主题党日 with its 方案, 签到 and 照片, the 组织生活会 with 民主评议 and
谈心谈话, one 积极分子, the 换届 with its 请示 and 审批, 党费 with a quarterly 公示), 作用发挥 (the 党员示范岗 覆盖率 with a quarterly 评比,
twelve 全民阅读 活动 and four “红色经典” 进基层, the 教材 到书率 with a 一票否决, a half-yearly 测评 with the 满意度 in bands and the 办结率,
the 销售目标 完成率 in bands) and 基础保障 (the 年初 责任书 and 计划, the 年底 述职 and 总结, a monthly 消防 检查 with two 演练; a
deduction-only line on 供货商 礼品礼金).

The title (bold, centred) and a centred "（考核对象：公司所属各门店党支部）" line above one table: 序号 | 考核要点 | 考核细则 | 分值 | 考核方式.
Each category is a SECTION ROW merged across the table, printed WITH a bracketed ordinal and its points on one line, "（一）政治建设（20分）".
序号 RESTARTS at 1 under every section row (ids "1.1" … "4.3"). 考核细则 (the scoring words) comes BEFORE the 分值, a plain number. 考核方式
(`Row.method`) only says how the 考核组 checks (查阅资料, 现场检查, 顾客访谈, 数据核对, 公司纪检监察室提供): no papers. A 合计 row of 100 and a
说明 paragraph close the document. Counts in figures and Chinese numerals ("每季度开展一次", "每半年向公司党委报告一次", "每季度公示一次");
"百分之八十五"; "不少于12场", "不少于4次", "至少1名"; "最高扣" caps; "酌情扣1分"; two sets of bands (a 满意度 closed by "80%以下的不得分", a
完成率 closed by "90%以下的不得分"); two "实行一票否决，本项不得分"; two plain "本项不得分"; one line is deduction-only.
"""

from __future__ import annotations

from pathlib import Path

from .build_helpers import docx_centred, docx_grid_table, docx_title, docx_total_row, merge_cells
from .model import Row, Section, Table, _fmt

TABLE = Table(
    name="zzza_luoyang_xinhua_shudian_mendian_zhibu_docx",
    fmt="docx",
    title="洛阳市新华书店有限公司党委2025年度基层门店党支部工作考核细则",
    numbering="restart",
    sections=(
        Section("政治建设", "（一）政治建设（20分）", 20, (
            Row("支部每月组织一次集中学习，落实“第一议题”制度；党员每年参加集中学习培训不少于32学时。", 6,
                "集中学习每缺1次扣0.5分；学时不足的，每人扣0.2分，最高扣2分；“第一议题”落实不到位的，酌情扣1分。", "查阅资料"),
            Row("严格执行出版物进货查验和上架审读规定，门店陈列、销售的出版物导向正确；每季度开展一次出版物内容自查，建立自查台账。", 8,
                "自查每缺1次扣1分；无自查台账的扣1分；经营销售非法出版物或存在导向问题的出版物的，实行一票否决，本项不得分。",
                "查阅资料、现场检查"),
            Row("支部每半年向公司党委报告一次意识形态工作情况；门店电子屏、宣传栏、读者微信群发布内容实行“三审”。", 6,
                "报告每缺1次扣1分；发布内容未经审核的，每次扣0.5分，最高扣2分。", "查阅资料、现场检查"),
        )),
        Section("组织建设", "（二）组织建设（30分）", 30, (
            Row("支委会每月召开1次，党员大会每季度召开1次，党小组会每月召开1次，党课每季度不少于1次；门店倒班党员可分批参加，参会率不低于"
                "百分之八十五。", 8,
                "“三会一课”每缺1次扣0.5分，最高扣4分；参会率每低5个百分点扣0.5分；会议记录补记、代记的，本项不得分。", "查阅资料"),
            Row("每月开展一次主题党日，结合“书香洛阳”全民阅读开展党员志愿服务；做到有方案、有签到、有照片。", 5,
                "主题党日每缺1次扣0.4分；方案、签到、照片不全的，每次扣0.1分。", "查阅资料"),
            Row("每年召开一次组织生活会，认真开展批评和自我批评；开展民主评议党员，会前开展谈心谈话。", 6,
                "未召开组织生活会的扣3分；未开展民主评议党员的扣2分；未开展谈心谈话的扣1分。", "查阅资料"),
            Row("每年培养入党积极分子至少1名，注重从门店店长、业务骨干中培养；发展党员程序规范。", 4,
                "未培养入党积极分子的扣2分；发展党员程序不规范的，每人扣1分。", "查阅资料"),
            Row("支部委员会按期换届，换届前向公司党委请示，选举结果报公司党委审批；支委分工明确。", 4,
                "未按期换届的扣2分；未请示或未报审批的扣1分；支委分工不明确的扣1分。", "查阅资料"),
            Row("党员按月足额交纳党费，党费收缴情况每季度公示一次。", 3,
                "未按月交纳的，每人次扣0.1分，最高扣1分；未公示的，每次扣0.5分。", "查阅资料"),
        )),
        Section("作用发挥", "（三）作用发挥（35分）", 35, (
            Row("在门店收银、导购、配送等岗位设立党员示范岗，党员示范岗覆盖率达到100%；开展“星级服务员”评比，每季度评比一次。", 6,
                "未设立党员示范岗的扣2分；覆盖率未达100%的扣1分；评比每缺1次扣0.5分。", "现场检查、查阅资料"),
            Row("围绕“书香洛阳”建设，全年组织读书分享会、作家签售、亲子阅读等全民阅读活动不少于12场；每年开展“红色经典进社区、进校园、"
                "进乡村”活动不少于4次。", 8,
                "阅读活动每少1场扣0.5分，最高扣4分；“红色经典”进基层活动每少1次扣1分。", "查阅资料"),
            Row("落实中小学教材发行“课前到书、人手一册”，春季、秋季教材到书率均达到100%；教材征订、发行零差错。", 8,
                "到书率每低1个百分点扣1分；发生教材发行差错被通报的，每次扣2分；因教材发行不到位造成学生开学无书、引发舆情的，实行一票否决，"
                "本项不得分。", "数据核对、查阅资料"),
            Row("门店服务规范，每半年开展一次顾客满意度测评，满意度达到90%以上；顾客投诉按时办结率100%。", 7,
                "测评每缺1次扣1分；满意度90%以上的得3分，85%（含）至90%的得2分，80%（含）至85%的得1分，80%以下的不得分；投诉未按时"
                "办结的，每件扣0.5分。", "顾客访谈、查阅资料"),
            Row("支部围绕门店年度经营目标开展党员攻坚活动，门店年度销售目标完成率达到100%。", 6,
                "完成率100%以上的得6分，95%（含）至100%的得4分，90%（含）至95%的得2分，90%以下的不得分。", "数据核对"),
        )),
        Section("基础保障", "（四）基础保障（15分）", 15, (
            Row("支部书记年初与公司党委签订党建工作责任书，年底述职；支部年初制定工作计划，年终形成工作总结。", 5,
                "未签订责任书的扣1分；未述职的扣2分；计划、总结每缺一项扣1分。", "查阅资料"),
            Row("门店落实消防安全责任制，每月开展一次消防安全检查；党员带头参加消防演练，每年不少于2次；不发生火灾事故。", 5,
                "检查每缺1次扣0.3分；演练每少1次扣1分；发生火灾事故的，本项不得分。", "现场检查、查阅资料"),
            Row("支部党员违反中央八项规定精神，违规收受供货商礼品礼金（扣分项）。", 5,
                "党员受到党纪处分的，每人次扣3分；被公司通报批评的，每人次扣1分。", "公司纪检监察室提供"),
        )),
    ),
)

HEADER = ["序号", "考核要点", "考核细则", "分值", "考核方式"]
NOTE = ("说明：1.考核由公司党委组织，党委办公室、纪检监察室、发行部、安全保卫部参加，于次年1月上旬进行；2.各项扣分以该项分值为限，扣完"
        "为止；3.考核得分90分以上为“优秀”，80分至89分为“良好”，70分至79分为“一般”，70分以下为“较差”；4.本细则由公司党委办公室负责"
        "解释。")


def build(t: Table, path: Path) -> None:
    import docx

    ncols = len(HEADER)
    n_rows = 1 + len(t.sections) + sum(len(s.rows) for s in t.sections) + 1
    document = docx.Document()
    docx_title(document, t.title, 16)
    docx_centred(document, "（考核对象：公司所属各门店党支部）")
    tbl = docx_grid_table(document, n_rows, ncols, HEADER)
    r = 1
    for s in t.sections:
        merge_cells(tbl, r, 0, r, ncols - 1, s.printed)
        r += 1
        for number, row in enumerate(s.rows, 1):
            cells = ((0, str(number)), (1, row.text), (2, row.scoring), (3, _fmt(row.points)), (4, row.method))
            for c, v in cells:
                tbl.cell(r, c).text = v
            r += 1
    docx_total_row(tbl, r, 3, t.total)
    document.add_paragraph(NOTE)
    document.save(str(path))
