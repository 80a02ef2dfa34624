"""深圳市社会组织党委2025年度基金会党组织党建工作考核评分表 (.docx), as the 社会组织党委 of 广东 深圳 (under the 市委社会工作部, with the 市
民政局 社会组织管理 and the 慈善事业 处, a 考核组 visiting the 基金会 offices in the 福田 and 南山 towers in December, when the 年度 捐赠 close and
the “99公益日” money is spent) scores the 党支部 and 联合党支部 of the 慈善基金会 registered in the city: the 企业 基金会 of the tech firms, the
社区 基金会 of the old 村 turned 股份公司, the 公募 基金会 that raise on the 互联网 平台, the 项目 teams out in the 对口帮扶 counties of 广西 and
贵州, the young 社工 and 项目官员 who came from the universities, the 理事会 of 企业家 and the 秘书长 who runs the office, the 境外 donations the
登记管理机关 must know of: a table whose 考核项目 are merged down the first column, whose 考核要点 prints what the 党组织 and the 基金会 must have
done, whose 扣分办法 takes points off one clause at a time (scoring the 志愿服务时长 and the 满意度 in bands), and whose 佐证材料 column names the
papers: 组织建设 (the 单独 or 联合 组建, the 章程 and the 书记 in the 理事会; the 换届, 3至5人, the 书记 人选 and 24学时 "每少4学时"; the 信息台账,
the 转入率 and the 亮身份; the 重大事项 前置 and the 备案 of 境外捐赠), 组织生活 (the “三会一课” without a 党小组会, the 书记's two 党课 and the 参会率;
the monthly 主题党日 and a yearly one at the 项目点; the 组织生活会, the 对照检查, the 民主评议 and the 谈心谈话 全覆盖; 党费 按月 with a half-yearly
公示, one 积极分子 and the 人均 志愿服务时长 in bands of 小时), 业务引领 (the 年度检查 and the 等级评估; the 年度工作报告 and 财务会计报告 and the
three-monthly 募捐 公开; the 支出比例, the 管理费用 and the 审批; the 项目负责人 比例, two 示范项目 and the 年底 评估; two 共建协议 and a half-yearly
共建活动; the 年底 满意度 in bands) and 基础保障 (the 场所 with its 制度, the 经费 and its 台账; the 年初 计划, the 半年小结 by 7月15日, the 年度总结 by
12月10日, the 年底 述职 and its 满意率; the 境外资助, the 跨境活动, a quarterly 警示教育, the 处分 and a 一票否决).

The title (bold, centred) and a centred "（考核对象：市社会组织党委所属基金会党支部、联合党支部）" line above one table: 考核项目 | 考核要点 | 分值 |
扣分办法 | 佐证材料 | 得分. There is NO 序号: the items are numbered by position 1..17. The 考核项目 are MERGED CELLS down the first column, printed
WITHOUT an ordinal and WITH their points on a SECOND line, "组织建设\\n（22分）". There is no short sub-label: 考核要点 (`Row.text`) says what is
required; 分值 is a plain number BEFORE the 扣分办法 (`Row.scoring`); 佐证材料 (`Row.method`) names the papers, joined by "、"; 得分 is blank. A 合计
row of 100 closes the table; a "说明：" paragraph with three numbered lines follows it. Counts in figures and Chinese numerals, nearly all in the
考核要点 ("3名以上", "不足3名", "按期", "3至5人", "每年…不少于24学时", "3个月内", "百分之九十", "50万元以上", "支部委员会每月召开1次，党员大会每季度
召开1次，党课每季度1次", "每年讲党课不少于2次", "不低于百分之九十", "每月开展一次", "每年…一次", "每年召开", "按月", "每半年公示一次", "年内…不少于
1名", "不少于20小时", "每年", "3A以上", "每年5月31日前", "每三个月公开一次", "百分之七十", "百分之十", "百分之五十", "不少于2个", "年底", "年内…不少于
2份", "每半年开展一次", "年底", "百分之九十", "每年", "年初", "7月15日前", "12月10日前", "年底", "不低于百分之八十五", "每季度开展一次"); "最高扣" caps;
"每少4学时扣0.5分" once; bands of the 人均 志愿服务时长 in 小时 (2 of the 6 points, closed by "10小时以下的不得分") and of the 满意度 (all 5 points,
closed by "85%以下的不得分"); "酌情扣1分" twice; two "实行一票否决，本项不得分"; four other plain "本项不得分".
"""

from __future__ import annotations

from pathlib import Path

from .build_helpers import docx_centred, docx_grid_table, docx_title, docx_total_row, merge_cells
from .model import Row, Section, Table, _fmt

TABLE = Table(
    name="zzzzi_shenzhen_cishan_jijinhui_zhibu_docx",
    fmt="docx",
    title="深圳市社会组织党委2025年度基金会党组织党建工作考核评分表",
    numbering="position",
    sections=(
        Section("组织建设", "组织建设\n（22分）", 22, (
            Row("有3名以上正式党员的基金会单独建立党支部，不足3名的纳入联合党支部；基金会章程载明党的建设有关内容；党组织书记进入理事会或列席理事会"
                "会议。", 6,
                "符合条件未单独建立党支部的扣2分；章程未载明党建内容的扣2分；书记未进入理事会也未列席理事会会议的扣2分。",
                "党组织成立批复、基金会章程、理事会成员名单"),
            Row("支部按期换届，支委会由3至5人组成；支部书记由基金会秘书长或理事会中的党员担任；支部书记每年参加社会组织党委组织的培训不少于24学时。", 5,
                "未按期换届的扣2分；书记人选不符合要求的扣1分；培训学时每少4学时扣0.5分，最高扣2分。", "换届批复、培训证书"),
            Row("建立党员信息台账，新入职工作人员中的党员3个月内转入组织关系，党员组织关系转入率达到百分之九十；项目执行团队中的党员亮明身份。", 5,
                "无党员信息台账的扣1分；转入率每低10个百分点扣1分，最高扣2分；党员未亮明身份的，酌情扣1分。", "党员信息台账、组织关系介绍信存根"),
            Row("年度工作计划、重大公益项目立项、50万元以上大额资金使用、接受境外捐赠等重大事项，经党组织研究讨论后提交理事会决定；接受境外捐赠报登记"
                "管理机关备案。", 6,
                "重大事项未经党组织研究讨论的，每件扣2分，最高扣4分；接受境外捐赠未备案的，本项不得分。", "党组织会议记录、理事会会议纪要"),
        )),
        Section("组织生活", "组织生活\n（24分）", 24, (
            Row("支部委员会每月召开1次，党员大会每季度召开1次，党课每季度1次；支部书记每年讲党课不少于2次；党员参会率不低于百分之九十，外地执行项目的"
                "党员线上参会。", 7,
                "“三会一课”每少1次扣0.5分，最高扣4分；书记讲党课每少1次扣1分；参会率每低5个百分点扣0.5分，最高扣1分；会议记录补记、代签的，本项"
                "不得分。", "会议记录本、签到表"),
            Row("每月开展一次主题党日，可与公益项目所在地村（社区）党组织联合开展；每年组织党员到公益项目点开展一次现场主题党日。", 5,
                "主题党日每少1次扣0.5分，最高扣3分；未开展项目点现场主题党日的扣1分；缺活动照片的，每次扣0.1分，最高扣1分。", "活动方案、活动照片"),
            Row("每年召开组织生活会，开展批评和自我批评，党员撰写对照检查材料；开展民主评议党员，评议结果运用于评先评优；会前支部书记与每名党员谈心"
                "谈话。", 6,
                "未召开组织生活会的扣2分；缺对照检查材料的，每人扣0.3分，最高扣1.5分；未开展民主评议党员的扣1.5分；谈心谈话未全覆盖的扣1分。",
                "组织生活会记录、民主评议测评表、谈心谈话记录"),
            Row("党员按月交纳党费，每半年公示一次；年内确定入党积极分子不少于1名，注重在项目骨干、青年社工中发展；党员年人均志愿服务时长不少于20小时。",
                6,
                "党费未按月交纳的，每人次扣0.1分，最高扣1分；公示每少1次扣0.5分；未确定入党积极分子的扣1分；人均志愿服务时长20小时以上的得2分，"
                "10小时（含）—20小时的得1分，10小时以下的不得分；违反程序发展党员的，实行一票否决，本项不得分。", "党费收缴台账、志愿服务时长记录"),
        )),
        Section("业务引领", "业务引领\n（36分）", 36, (
            Row("依法依章程开展活动，每年按时参加登记管理机关年度检查，年检结论为“合格”；参加社会组织等级评估，评估等级达到3A以上。", 7,
                "未按时参加年度检查的扣2分；年检结论为“基本合格”的扣3分；年检结论为“不合格”的，本项不得分；未参加等级评估或评估等级低于3A的扣2分。",
                "年检结论通知书、评估等级证书"),
            Row("在“慈善中国”平台公开年度工作报告和财务会计报告（每年5月31日前）；公开募捐活动持续期间每三个月公开一次募捐情况和项目实施情况。", 7,
                "年度工作报告、财务会计报告未按时公开的，每项扣1分；募捐和项目实施情况每少公开1次扣1分，最高扣3分；公开信息失实被查处的，本项不得分。",
                "平台公开截图"),
            Row("年度慈善活动支出不低于上年总收入的百分之七十，管理费用不超过当年总支出的百分之十；项目资金专款专用，每笔支出有审批手续。", 6,
                "慈善活动支出比例每低5个百分点扣1分，最高扣3分；管理费用超过规定比例的扣2分；资金未专款专用或无审批手续的，每笔扣0.5分。",
                "年度审计报告"),
            Row("党员带头参与公益项目执行，党员担任项目负责人的比例达到百分之五十；设立党员示范项目不少于2个，年底开展项目成效评估。", 6,
                "比例每低10个百分点扣0.5分，最高扣2分；示范项目每少1个扣1分；年底未开展成效评估的扣1分。", "项目负责人名单、示范项目材料、评估报告"),
            Row("围绕乡村振兴、“一老一小”、困难群众救助等开展党建引领公益项目；年内与帮扶地区或社区党组织签订共建协议不少于2份，每半年开展一次共建"
                "活动。", 5,
                "共建协议每少1份扣1分；共建活动每少1次扣0.5分；公益项目与党建工作结合不紧的，酌情扣1分。", "共建协议、活动照片"),
            Row("年底由社会组织党委组织捐赠人、受益对象和工作人员代表开展满意度测评，满意度达到百分之九十。", 5,
                "满意度95%以上的得5分，90%（含）—95%的得4分，85%（含）—90%的得2分，85%以下的不得分。", "满意度测评表"),
        )),
        Section("基础保障", "基础保障\n（18分）", 18, (
            Row("有固定活动场所或与其他社会组织共享党群服务阵地，做到有标识、有党旗、有制度；基金会每年从管理费用中安排党建工作经费，建立经费使用台账。",
                5,
                "无活动场所的扣1分；标识、党旗、制度每缺一项扣0.5分；未安排党建工作经费的扣1.5分；无经费使用台账的扣1分。", "场所照片、经费使用台账"),
            Row("年初制定党建工作计划，7月15日前报送半年工作小结，12月10日前报送年度工作总结；支部书记年底向社会组织党委述职，述职评议满意率不低于百分之"
                "八十五。", 6,
                "缺一项扣1分；未按时报送的，每项扣0.5分；未述职的扣2分；评议满意率低于85%的扣1分。", "工作计划、半年小结、年度总结、述职报告"),
            Row("不接受危害国家安全的境外资助，不开展未经批准的跨境活动；每季度开展一次警示教育；工作人员廉洁从业，不发生违规募捐、利益输送等问题。", 7,
                "警示教育每少1次扣0.5分；开展未经批准的跨境活动的扣3分；党员受到党纪政务处分的，每人扣2分；发生违规募捐、利益输送等问题被查处的，"
                "实行一票否决，本项不得分。", "警示教育记录"),
        )),
    ),
)

HEADER = ["考核项目", "考核要点", "分值", "扣分办法", "佐证材料", "得分"]
NOTES = (
    "说明：",
    "1.本表由市社会组织党委于12月组织考核，市民政局社会组织管理部门配合，采取查阅资料、实地查看、个别访谈、问卷测评、平台核查相结合的方式进行。",
    "2.各项扣分以该项分值为限，扣完为止；年检结论、等级评估结果以登记管理机关公布为准，信息公开情况以“慈善中国”平台为准。",
    "3.考核得分90分以上的为“好”，80—89分的为“较好”，70—79分的为“一般”，70分以下的为“差”，考核结果作为社会组织评估、评优和政府购买服务的"
    "参考。",
)


def build(t: Table, path: Path) -> None:
    import docx

    ncols = len(HEADER)
    n_rows = 1 + sum(len(s.rows) for s in t.sections) + 1
    document = docx.Document()
    docx_title(document, t.title, 16)
    docx_centred(document, "（考核对象：市社会组织党委所属基金会党支部、联合党支部）")
    tbl = docx_grid_table(document, n_rows, ncols, HEADER)
    r = 1
    for s in t.sections:
        top = r
        for row in s.rows:
            cells = ((1, row.text), (2, _fmt(row.points)), (3, row.scoring), (4, row.method))
            for c, v in cells:
                tbl.cell(r, c).text = v
            r += 1
        merge_cells(tbl, top, 0, r - 1, 0, s.printed)
    docx_total_row(tbl, r, 2, t.total)
    for line in NOTES:
        document.add_paragraph(line)
    document.save(str(path))
