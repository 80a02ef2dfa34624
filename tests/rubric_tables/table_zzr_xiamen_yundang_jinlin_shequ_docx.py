"""中共厦门市思明区筼筜街道工作委员会2025年度社区“近邻党建”工作考核细则 (.docx), as a 福建 厦门 岛内 街道党工委 (its 党建办 with
the 社区建设办, the 平安办 and the 街道纪工委, a 考核组 going round each 社区 in December with a 测评 of 党员群众代表 at the 述职) scores
each 社区党委 on the 思明 “近邻” way of 党建引领 治理: 组织领导 (the quarterly 专题会议 with the 年初 工作要点, the 书记's 年底 述职
with a 满意率 in Chinese numerals, the half-yearly 意识形态 研判 with the “三审三校”), 近邻党建 (the 小区党支部 覆盖率 with the
交叉任职比例, the 党员近邻服务队 with ten 户 for each 党员 and a monthly 志愿服务, the quarterly 联席会议 with the 共建协议, the “三张
清单” and four 共建项目, the 报到党员's two services and one “微心愿” with the yearly 反馈, the half-yearly 小区协商议事会 with its 公示 and
ten 急难愁盼 问题), 组织生活 (the 小区（网格）党支部's “三会一课” with the 平台, the monthly 主题党日 with its 参加率 and a yearly
现场教学, the 组织生活会 with the 对照检查, 民主评议 and its 备案, the 书记's yearly 谈心谈话 and the “七一” / 春节 慰问), 党员队伍
(a yearly 入党积极分子 with the 公示, 32学时 with a quarterly 通报, 党费 with its half-yearly 公布 and the 流动党员 台账 with a quarterly
联系) and 阵地保障 (the 邻里中心 open six days with twelve 党群活动, the 年初 预算 and 年底 决算 with their 公开, 计划 / 小结 / 总结, the
监委会's quarterly 监督检查 and the quarterly “三务” 公开).

The title (bold, centred), a centred "（考核对象：筼筜街道所辖各社区党委）" line and a "社区：…  社区党委书记：…  考核组：…  考核时间：…"
line above one table: 序号 | 考核要点 | 考核细则 | 分值 | 备查资料. The categories are SECTION ROWS merged across the whole table,
printed with a BRACKETED ordinal on one line, "（一）组织领导（15分）". 序号 (first column) RESTARTS at 1 under every section row (ids
"1.1" … "5.4"). 分值 comes AFTER the 考核细则, a plain number. 备查资料 (`Row.method`) names the papers the 社区 lays out: a 佐证 column.
There is no 得分 column. A 合计 row and a 说明 paragraph close the document. Counts partly in Chinese numerals ("百分之九十", "每季度至少
召开一次", "每半年…一次"); "最高扣" caps; one rule "酌情扣0.5—1分", one bare "酌情扣分"; one 开放时间 ("每周开放不少于6天") to be seen on
site.
"""

from __future__ import annotations

from pathlib import Path

from .build_helpers import docx_centred, docx_grid_table, docx_title, docx_total_row, merge_cells
from .model import Row, Section, Table, _fmt

TABLE = Table(
    name="zzr_xiamen_yundang_jinlin_shequ_docx",
    fmt="docx",
    title="中共厦门市思明区筼筜街道工作委员会2025年度社区“近邻党建”工作考核细则",
    numbering="restart",
    sections=(
        Section("组织领导", "（一）组织领导（15分）", 15, (
            Row("社区党委每季度至少召开一次党建工作专题会议，研究部署“近邻党建”工作；年初制定社区党建工作要点。", 5,
                "专题会议每少1次扣1分；无年度工作要点的扣1分。", "会议记录、工作要点"),
            Row("社区党组织书记落实抓党建第一责任人职责，年底向街道党工委述职，并接受党员群众代表测评，测评满意率不低于百分之九十。", 5,
                "未述职的扣2分；满意率每低1个百分点扣0.2分，最高扣2分。", "述职报告、测评汇总表"),
            Row("落实意识形态工作责任制，每半年分析研判一次意识形态形势；社区公众号、居民微信群发布信息落实“三审三校”。", 5,
                "分析研判每少1次扣1分；未落实“三审三校”的，每次扣0.5分；出现意识形态问题造成不良影响的，本项不得分。",
                "研判记录、信息审核登记表"),
        )),
        Section("近邻党建", "（二）近邻党建（30分）", 30, (
            Row("以小区为单元建立小区党支部（党小组），小区党组织覆盖率达到100%；推动小区党支部书记通过法定程序担任业委会主任，交叉任职"
                "比例达到60%以上。", 6,
                "覆盖率每低5个百分点扣1分；交叉任职比例每低10个百分点扣1分。", "小区党组织名册、业委会成员名单"),
            Row("组建党员近邻服务队，每名党员联系服务居民不少于10户；服务队每月至少开展一次志愿服务活动。", 6,
                "未组建服务队的扣2分；党员联系户数不足的，每人扣0.1分，最高扣1分；志愿服务每少1次扣0.3分。",
                "服务队名单、联系户台账、活动照片"),
            Row("每季度召开一次“近邻”共建联席会议，与辖区单位签订共建协议，形成需求、资源、项目“三张清单”，全年实施共建项目不少于"
                "4个。", 6,
                "联席会议每少1次扣0.5分；无共建协议的扣1分；无“三张清单”的扣1分；共建项目每少1个扣0.5分。",
                "会议记录、共建协议、项目清单"),
            Row("在职党员到社区报到后，每人每年参加社区志愿服务不少于2次、认领“微心愿”不少于1个；社区每年向报到党员所在单位反馈一次"
                "表现情况。", 6,
                "参加志愿服务不足2次的，每人扣0.1分，最高扣1.5分；未认领“微心愿”的，每人扣0.1分，最高扣1分；未反馈的扣1分。",
                "报到台账、微心愿认领登记"),
            Row("推进小区“微治理”，每个小区每半年至少召开一次小区协商议事会，协商结果及时公示；全年解决小区急难愁盼问题不少于10件。", 6,
                "议事会每少1次扣0.5分；协商结果未公示的，每次扣0.2分；解决问题每少1件扣0.2分。",
                "议事记录、公示照片、问题清单"),
        )),
        Section("组织生活", "（三）组织生活（20分）", 20, (
            Row("小区（网格）党支部按规定落实“三会一课”，支委会、党小组会每月召开1次，党员大会、党课每季度1次；会议情况当月录入智慧党建"
                "平台。", 6,
                "每少1次扣0.4分，最高扣4分；未及时录入平台的，每次扣0.1分，最高扣1分；会议记录不规范的，酌情扣0.5—1分。",
                "会议记录本、平台截图"),
            Row("每月开展主题党日活动，党员参加率不低于85%；年内至少组织一次到红色教育基地开展现场教学。", 5,
                "主题党日每少1次扣0.5分；参加率每低5个百分点扣0.5分；未开展现场教学的扣1分。",
                "活动记录、签到表、活动照片"),
            Row("每年召开组织生活会，支部班子和党员逐一对照检查，开展民主评议党员，评议结果报社区党委备案。", 5,
                "未召开组织生活会的扣3分；未开展民主评议党员的扣1分；评议结果未备案的扣1分。",
                "会议记录、对照检查材料、民主评议测评表"),
            Row("支部书记每年与每名支部委员、党员谈心谈话不少于1次；“七一”、春节期间走访慰问困难党员、老党员。", 4,
                "谈心谈话未全覆盖的，每缺1人扣0.1分，最高扣1分；未开展走访慰问的，每次扣1分。",
                "谈心谈话记录、慰问照片"),
        )),
        Section("党员队伍", "（四）党员队伍（15分）", 15, (
            Row("注重在小区业委会成员、物业骨干、网格员中培养入党积极分子，每年至少确定1名；发展党员严格执行公示制度。", 5,
                "未确定入党积极分子的扣2分；未公示的，每人次扣1分；违规发展党员的，本项不得分。",
                "发展党员档案、公示材料"),
            Row("党员年度学习培训不少于32学时；社区党委每季度通报一次党员学习情况。", 5,
                "学时不足的，每人扣0.1分，最高扣2分；未通报的，每次扣0.5分。", "学时登记表、通报文件"),
            Row("党员按月交纳党费，每半年公布一次党费收缴情况；建立流动党员台账，每季度联系一次流动党员，无失联党员。", 5,
                "未按月交纳的，每人次扣0.1分；未公布的，每次扣0.5分；无流动党员台账的扣1分；联系每少1次扣0.2分；出现失联党员的，每人扣"
                "0.5分。", "党费收缴台账、流动党员台账"),
        )),
        Section("阵地保障", "（五）阵地保障（20分）", 20, (
            Row("社区党群服务中心（邻里中心）每周开放不少于6天，实行错时延时服务；全年开展“邻里节”等党群活动不少于12场。", 5,
                "开放时间不达标的扣1分；党群活动每少1场扣0.2分；阵地被挤占、闲置的，本项不得分。", "值班表、活动照片"),
            Row("服务群众专项经费专款专用，年初有预算、年底有决算，使用情况向居民公开。", 5,
                "无预算或决算的，每项扣1分；未向居民公开的扣1分；违规使用经费的，本项不得分。", "预算决算表、公开照片"),
            Row("年初有计划、年中有小结、年末有总结，党建资料分类建档、专人管理。", 5,
                "计划、小结、总结每缺1项扣1分；资料建档不规范的，酌情扣分。", "工作计划、半年小结、年度总结"),
            Row("居务监督委员会每季度至少开展一次监督检查；党务、居务、财务每季度公开一次，接受居民监督。", 5,
                "监督检查每少1次扣0.5分；“三务”公开每少1次扣0.5分；社区“两委”成员受到党纪政务处分的，本项不得分。",
                "监督检查记录、公开栏照片"),
        )),
    ),
)

HEADER = ["序号", "考核要点", "考核细则", "分值", "备查资料"]
NOTE = ("说明：1.考核由街道党工委组织，采取听取汇报、查阅资料、实地查看、走访居民、测评相结合的方式进行；2.各项扣分以该项分值为限，"
        "扣完为止；3.考核结果分为优秀、良好、合格、不合格四个等次，优秀等次比例不超过社区总数的30%；4.考核结果作为社区党组织评星定级、"
        "社区党组织书记评优评先和绩效奖励的重要依据。")


def build(t: Table, path: Path) -> None:
    import docx

    ncols = len(HEADER)
    n_rows = 1 + len(t.sections) + sum(len(s.rows) for s in t.sections) + 1
    document = docx.Document()
    docx_title(document, t.title, 16)
    docx_centred(document, "（考核对象：筼筜街道所辖各社区党委）")
    document.add_paragraph("社区：              社区党委书记：              考核组：              考核时间：")
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
