"""三明市沙县区小吃同业公会党委2025年度异地党支部星级评定评分表 (.docx), as the 同业公会党委 of the 沙县小吃 in 福建 三明 (its 党建办 with the
区委组织部's 流动党员 管理 科, the 区市场监管局 and the 公会 秘书处, an 评定组 that travels in November to the cities where the 业主 keep their shops)
rates the 异地党支部 of the 小吃业主 far from home: the 门店 in the 城中村 of 上海, 深圳 and 北京 with the 扁肉 and the 拌面 on the board, the
husband and wife who open at six and close at midnight, the 流动党员 whose 组织关系 stays in the 乡镇 back in 沙县, the 春节 when they all come
home, the new 业主 and the 返乡 young people the old ones teach, the 市场监管 who check the 证照 and the 健康证, the 社区 where the shop stands:
组织建设 (the 换届 with the 批复, the 分工表 and the 党小组名册 by 商圈; the 花名册, a quarterly 核对 with the 流出地 and the 持证率 of the
《流动党员活动证》; two 积极分子 a year with a half-yearly 反馈; 党费 online with a half-yearly 公示 and its 截图), 组织生活 (the “三会一课”
between the 午市 and the 晚市, online with its 截图; the monthly 主题党日 with the 参加率 and a yearly 红色教育 at “七一”; the 组织生活会 at 春节
with the 民主评议 and the 征求意见; 24学时 and a yearly 培训 in 技艺 and 食品安全), 服务发展 (the “共产党员示范店” with its 比例 and the 投诉;
the 持证经营率, the 健康证持证率, a quarterly 自查 and a 一票否决; the 帮带 of new 业主 with two 开店指导 a year; the 报到 to the 社区 with a
quarterly 志愿服务; the “小吃业主之家” with the 调处率) and 作用发挥 (the 党员活动室 with its 标识, 制度 and 资料 and four 开放 a month; the 年初
计划, a half-yearly 报告, the 年底 述职 and the 年终 总结; the 年底 满意度测评, one point off for each 百分点 under 90%).

The title (bold, centred) and a centred "（评定对象：沙县区小吃同业公会党委所属各异地党支部）" line above one table: 序号 | 评定项目 | 评定内容 |
评分标准 | 分值 | 佐证材料. Each category is a SECTION ROW merged across the whole table, printed WITH an ordinal and its points on one line,
"一、组织建设（20分）". 序号 (FIRST column) RESTARTS at 1 under every section row (ids "1.1" … "4.3"). 评定项目 is a short sub-label
(`Row.indicator`); 评定内容 says what is required (`Row.text`); the 评分标准 scores it. 分值 is a plain number AFTER the 评分标准. 佐证材料
(`Row.method`) names the papers the 支部 lays out, joined by "、". A 合计 row of 100 closes the table. Under it three paragraphs: a "一票否决
事项：" paragraph with three numbered cases that bar any 星级, a "星级评定等次：" paragraph with the five tiers (95分以上 五星级 … 60分以下 一星级)
and a "说明：" paragraph. Counts in figures and Chinese numerals, nearly all in the 评定内容 ("按期", "3至5名", "每季度…核对一次", "100%", "年内
…不少于2名", "每半年书面反馈一次", "按月", "每半年公示一次", "支部委员会每月召开1次，支部党员大会每季度召开1次，党小组会每月召开1次，党课每
季度1次", "每月开展一次", "每年“七一”前后…一次", "每年召开一次", "每年…不少于24学时", "每年组织一期", "每季度组织一次", "不少于1户", "年内…
不少于2次", "每季度组织…一次", "每月至少开放4次", "年初", "每半年…报告一次", "年底", "年终", "年底"); "百分之八十", "百分之七十", "百分之九十
五", "百分之九十", "100%"; "失联超过6个月" and "每低10个百分点" only in the 评分标准; "缺一项扣0.5分" once; "最高扣" caps; "酌情扣0.5分" once,
"酌情扣1分" twice and "酌情扣0.5-1分" once; no bands (the 满意率 is scored "90%以上的得满分，每低1个百分点扣1分"); one "实行一票否决，本项不得
分" in a row and three 一票否决 cases under the table; one other plain "本项不得分".
"""

from __future__ import annotations

from pathlib import Path

from .build_helpers import docx_centred, docx_grid_table, docx_title, docx_total_row, merge_cells
from .model import Row, Section, Table, _fmt

TABLE = Table(
    name="zzzy_shaxian_xiaochi_yidi_zhibu_xingji_docx",
    fmt="docx",
    title="三明市沙县区小吃同业公会党委2025年度异地党支部星级评定评分表",
    numbering="restart",
    sections=(
        Section("组织建设", "一、组织建设（20分）", 20, (
            Row("支部按期换届，支委会由3至5名委员组成，分工明确；按小吃门店集中的商圈、市场设置党小组，党员全部纳入党小组管理。", 6,
                "未按期换届的扣2分；支委分工不明确的扣1分；党员未纳入党小组管理的，每人扣0.2分，最高扣1分。", "换届批复、支委分工表、党小组名册",
                indicator="组织设置"),
            Row("建立异地党员、入党积极分子花名册；每季度与流出地乡镇党委核对一次党员信息；《流动党员活动证》持证率达到100%。", 5,
                "无花名册的扣1分；核对每少1次扣0.5分；持证率每低10个百分点扣0.5分；党员失联超过6个月未报告的，每人扣0.5分。",
                "党员花名册、信息核对记录", indicator="党员管理"),
            Row("注重在小吃业主、青年技师中培养入党积极分子，年内推荐入党积极分子不少于2名，与流出地党组织共同培养考察，每半年书面反馈一次考察"
                "情况。", 4,
                "积极分子每少1名扣1分；未共同培养考察的扣1分；反馈每少1次扣0.5分。", "积极分子名册、考察反馈表", indicator="培养发展"),
            Row("党员通过线上方式按月足额交纳党费；每半年公示一次党费收缴情况。", 5,
                "党费未按月交纳的，每人次扣0.1分，最高扣1.5分；公示每少1次扣1分；党费收缴管理不规范的，酌情扣1分。",
                "党费收缴台账、线上交纳截图、公示截图", indicator="党费收缴"),
        )),
        Section("组织生活", "二、组织生活（25分）", 25, (
            Row("支部委员会每月召开1次，支部党员大会每季度召开1次，党小组会每月召开1次，党课每季度1次；错开午市、晚市经营高峰时段，采取“线上+"
                "线下”方式召开。", 7,
                "“三会一课”每少1次扣0.5分，最高扣4分；线上会议无截图的，每次扣0.1分，最高扣1分；会议记录不完整的，酌情扣0.5-1分。",
                "会议记录本、签到表、线上会议截图", indicator="“三会一课”"),
            Row("每月开展一次主题党日活动，党员参加率不低于百分之七十；每年“七一”前后组织党员回沙县或就近开展一次红色教育。", 6,
                "主题党日每少1次扣0.3分，最高扣2.5分；参加率低于70%的，每次扣0.2分；未组织红色教育的扣1.5分。", "活动方案、签到表、活动照片",
                indicator="主题党日"),
            Row("利用春节返乡集中时段，每年召开一次组织生活会，开展民主评议党员；会前征求小吃业主和门店顾客意见。", 6,
                "未召开组织生活会的扣3分；未开展民主评议党员的扣1.5分；未征求意见的扣1分。", "会议记录、征求意见表、民主评议测评表",
                indicator="组织生活会"),
            Row("党员每年参加学习培训不少于24学时；支部每年组织一期小吃制作技艺和食品安全知识培训。", 6,
                "学时不足的，每人扣0.1分，最高扣1.5分；未组织培训的扣2分；培训无签到表、无照片的扣0.5分。", "学时登记表、培训签到表、培训照片",
                indicator="学习培训"),
        )),
        Section("服务发展", "三、服务发展（35分）", 35, (
            Row("党员经营的小吃门店悬挂“共产党员示范店”牌匾，亮身份、亮承诺；示范店占党员门店比例不低于百分之八十；示范店诚信经营、明码标价。",
                8,
                "示范店比例低于80%的扣2分；未亮身份、亮承诺的，每店扣0.5分，最高扣2分；示范店被顾客投诉查实的，每起扣1分。", "示范店名单、门店照片",
                indicator="党员示范店"),
            Row("党员门店持证经营率达到100%，从业人员健康证持证率达到100%；每季度组织一次党员门店食品安全自查。", 8,
                "持证经营率低于100%的扣2分；健康证持证率每低1个百分点扣0.5分，最高扣2分；自查每少1次扣0.5分；党员门店发生食品安全事故的，实行"
                "一票否决，本项不得分。", "营业执照及食品经营许可证复印件、健康证登记表、自查记录", indicator="食品安全"),
            Row("党员业主与新开店业主、返乡创业青年结对，每名党员帮带不少于1户；年内协助同业公会开展开店指导、技艺培训不少于2次。", 7,
                "未开展帮带的，每人扣0.5分，最高扣2分；开店指导、技艺培训每少1次扣1分；帮带成效不明显的，酌情扣0.5分。", "结对帮带登记表、活动照片",
                indicator="帮扶带动"),
            Row("支部向所在地街道（社区）党组织报到；每季度组织党员在所在社区开展一次“爱心早餐”“敬老送餐”等志愿服务。", 6,
                "未向所在地报到的扣1分；志愿服务每少1次扣1分；活动无照片的扣0.5分。", "报到登记表、活动照片", indicator="融入属地"),
            Row("依托支部建立“小吃业主之家”，为业主提供法律咨询、纠纷调解、子女入学咨询等服务；业主矛盾纠纷调处率达到百分之九十五。", 6,
                "未建立“小吃业主之家”的扣2分；调处率每低5个百分点扣0.5分；因处置不当引发群体性事件的，本项不得分。", "服务登记台账、调解记录",
                indicator="维权服务"),
        )),
        Section("作用发挥", "四、作用发挥（20分）", 20, (
            Row("依托大型门店或同业公会驻外服务站设立党员活动室，做到有标识、有制度、有资料；活动室每月至少开放4次。", 5,
                "无党员活动室的扣2分；标识、制度、资料缺一项扣0.5分；活动室闲置的，酌情扣1分。", "活动室照片、活动登记簿", indicator="活动阵地"),
            Row("年初制定支部工作计划；每半年向同业公会党委书面报告一次工作；年底支部书记述职；年终形成工作总结。", 5,
                "无工作计划的扣1分；报告每少1次扣0.5分；未述职的扣2分；无工作总结的扣1分。", "工作计划、书面报告、述职报告、工作总结",
                indicator="责任落实"),
            Row("年底由同业公会党委组织所在地社区、市场监管部门和党员业主代表对支部进行满意度测评，满意率达到百分之九十。", 10,
                "满意率90%以上的得满分，每低1个百分点扣1分。", "满意度测评表", indicator="群众评价"),
        )),
    ),
)

HEADER = ["序号", "评定项目", "评定内容", "评分标准", "分值", "佐证材料"]
NOTES = (
    "一票否决事项：评定年度内有下列情形之一的，实行一票否决，不予评定星级：1.支部书记或支委成员受到党纪政务处分或有违法犯罪行为的；2.党员"
    "门店发生重大食品安全事故，造成恶劣社会影响的；3.支部党员组织或参与群体性事件的。",
    "星级评定等次：评定得分95分以上的为“五星级党支部”，85—94分的为“四星级党支部”，75—84分的为“三星级党支部”，60—74分的为“二星级党支部”，"
    "60分以下的为“一星级党支部”。五星级、四星级党支部由同业公会党委命名授牌，实行动态管理，次年复评不达标的摘牌降级。",
    "说明：本表由同业公会党委于11月组织评定，采取查阅资料、实地查看、走访所在地社区和市场监管部门、电话回访党员业主相结合的方式进行；各项"
    "扣分以该项分值为限，扣完为止。",
)


def build(t: Table, path: Path) -> None:
    import docx

    ncols = len(HEADER)
    n_rows = 1 + len(t.sections) + sum(len(s.rows) for s in t.sections) + 1
    document = docx.Document()
    docx_title(document, t.title, 16)
    docx_centred(document, "（评定对象：沙县区小吃同业公会党委所属各异地党支部）")
    tbl = docx_grid_table(document, n_rows, ncols, HEADER)
    r = 1
    for s in t.sections:
        merge_cells(tbl, r, 0, r, ncols - 1, s.printed)
        r += 1
        for number, row in enumerate(s.rows, 1):
            cells = ((0, str(number)), (1, row.indicator), (2, row.text), (3, row.scoring), (4, _fmt(row.points)), (5, row.method))
            for c, v in cells:
                tbl.cell(r, c).text = v
            r += 1
    docx_total_row(tbl, r, 4, t.total)
    for line in NOTES:
        document.add_paragraph(line)
    document.save(str(path))
