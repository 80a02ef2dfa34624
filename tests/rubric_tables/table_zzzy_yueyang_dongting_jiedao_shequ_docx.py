"""岳阳楼区洞庭街道2025年度社区党组织党建工作考核评分表 (.docx), as the 街道党工委 of 湖南 岳阳 岳阳楼区 洞庭 (its 党建办 with the 社区
治理办, the 应急办 and the 街道纪工委, a 考核组 going round the 社区 in December) scores the 社区党委 along the 洞庭湖 shore below the 岳阳楼: old
lanes of the 老城 with their 退休 党员, new 商品房 小区 with the 物业 and the 业委会, the 网格员 with their 民情日志, the 在职党员 who report from
the 机关, the 沿湖 堤段 the 党员 walk in the 汛期: a table of 考核要点 and 评分细则 whose requirements sit in the 考核要点 and whose 评分细则 score them
clause by clause, a figure printed only in the 评分细则 now and then: 组织体系建设 (a roster of the “两委” by age and 学历 with the 换届 and the
交叉任职比例, the 网格党支部 覆盖率 with two 党员中心户 a 党小组 and the 架构图, two 后备力量 with their 档案, a half-yearly 考察 and one 跟班学习,
the 物业 党组织 with the 党员比例 of the 业委会 and a quarterly 联席会议, the 年初 责任书 and 计划, a quarterly 报告 and the 年底 述职评议 with its
比例), 组织生活与党员管理 (the “三会一课” with the 书记's two 党课 and the 要素, the monthly 主题党日 on the 10th with the 参加率 and the 送学上门,
the 组织生活会 with 谈心谈话, 征求意见, 民主评议 and the 问题清单, three days of 培训 with the 参学率 and the 档案, one 积极分子 a year with the 公示,
党费 and a 一票否决, the 报到率 with four 志愿服务 a head and a quarterly 联系), 服务群众 (the 党群服务中心 with its 制度, the 值班 and the 满意率,
thirty 走访 a month with the 民情日志 and the 按期办结率, the “七一”、春节 慰问 with the 帮扶台账 and the 纪念章, the 志愿服务队 with a monthly
志愿服务 on the 洞庭湖 shore, a deduction-only line on 投诉) and 基层治理 (the “四议两公开” with a quarterly 公开 and the 审核, a monthly 排查 with
the 调解成功率 and a quarterly 议事协商, five 共建协议 with a half-yearly 联席会议 and the 项目清单, the 汛期 值守 with its 排班表, a yearly 演练 and
a 一票否决, and the 年底 满意度测评 in bands for the whole 8 points).

The title (bold, centred) and a centred "（考核对象：洞庭街道所辖各社区党委）" line above one table of FOUR columns: 考核指标 | 考核要点 | 分值 |
评分细则. There is NO 序号: items are numbered by position (1..21). The categories are MERGED CELLS down the 考核指标 column (FIRST), printed WITH
an ordinal and their points on a SECOND line, "一、组织体系建设\\n（22分）"; there is no short sub-label. 考核要点 says what is required
(`Row.text`). 分值 is a plain number BEFORE the 评分细则. There is no 考核方式 or 佐证 column. A 合计 row of 100 closes the table; a "说明："
paragraph and four numbered paragraphs follow it. Counts in figures and Chinese numerals, most in the 考核要点 ("按期", "每半年开展一次", "年内…
不少于1人次", "每季度召开一次", "年初", "每季度…报告一次", "年底", "支部委员会每月召开1次，支部党员大会每季度召开1次，党小组会每月召开1次，
党课每季度1次", "每年讲党课不少于2次", "每月10日前后", "每年召开", "每年…不少于3天或24学时", "年内…不少于1名", "不少于5个工作日", "按月",
"每年…不少于4次", "每季度至少联系一次", "每月…不少于30户", "“七一”、春节", "每月开展一次", "每季度公开一次", "每月开展一次", "每季度至少开展
一次", "每半年召开一次", "汛期（4月至9月）", "每年…不少于1次", "年底"); "不少于1名", "不少于3名", "不少于2户", "不少于2名", "不少于5家";
"百分之六十" (only in the 评分细则), "百分之五十", "百分之九十", "百分之八十五", "百分之八十", "百分之九十五", "100%"; "每缺一项扣1分" and
"缺一项扣0.5分" once each; "最高扣" caps; "酌情扣0.5分" three times and "酌情扣0.5-1分" once; one set of bands (the 满意度 for all 8 points, closed
by "80%以下的不得分"); two "实行一票否决，本项不得分"; three other plain "本项不得分"; one line is deduction-only ("（本项为扣分项）").
"""

from __future__ import annotations

from pathlib import Path

from .build_helpers import docx_centred, docx_grid_table, docx_title, docx_total_row, merge_cells
from .model import Row, Section, Table, _fmt

TABLE = Table(
    name="zzzy_yueyang_dongting_jiedao_shequ_docx",
    fmt="docx",
    title="岳阳楼区洞庭街道2025年度社区党组织党建工作考核评分表",
    numbering="position",
    sections=(
        Section("组织体系建设", "一、组织体系建设\n（22分）", 22, (
            Row("社区党组织按期换届；社区“两委”班子成员中35周岁以下的不少于1名，大专及以上学历的不少于3名；推行社区“两委”成员交叉任职。", 5,
                "未按期换届的扣2分；班子结构每缺一项扣1分；“两委”成员交叉任职比例低于百分之六十的扣0.5分；班子不团结、工作推诿扯皮的，酌情扣"
                "0.5-1分。"),
            Row("健全“社区党委—网格党支部—楼栋党小组—党员中心户”组织体系，网格党支部覆盖率达到100%；每个楼栋党小组明确党员中心户不少于2户；"
                "组织架构图在党群服务中心公示。", 5,
                "网格党支部每少建1个扣0.5分，最高扣2分；党员中心户不足的，每个党小组扣0.2分，最高扣1分；组织架构图未公示的扣0.5分。"),
            Row("储备35周岁以下社区后备力量不少于2名，建立培养档案，每半年开展一次培养考察；年内选派后备力量到街道跟班学习不少于1人次。", 4,
                "后备力量每少1名扣1分；无培养档案的扣0.5分；培养考察每少1次扣0.5分；未跟班学习的扣0.5分。"),
            Row("在物业服务企业、业主委员会中建立党组织或选派党建指导员，业委会成员中党员比例不低于百分之五十；每季度召开一次社区党组织、业委会、"
                "物业服务企业“三方联动”联席会议。", 4,
                "未建立党组织又未选派党建指导员的，每个小区扣0.5分，最高扣1.5分；党员比例低于50%的扣0.5分；联席会议每少1次扣0.5分；联席会议"
                "议定事项未落实的，酌情扣0.5分。"),
            Row("年初与街道党工委签订党建工作责任书，制定年度党建工作计划；社区党组织书记每季度向街道党工委报告一次抓党建工作情况；年底述职评议"
                "“好”“较好”等次比例不低于百分之九十。", 4,
                "未签订责任书的扣0.5分；无年度计划的扣1分；报告每少1次扣0.5分；述职评议“好”“较好”比例低于90%的扣1分。"),
        )),
        Section("组织生活与党员管理", "二、组织生活与党员管理\n（26分）", 26, (
            Row("严格落实“三会一课”制度：支部委员会每月召开1次，支部党员大会每季度召开1次，党小组会每月召开1次，党课每季度1次；社区党组织书记"
                "每年讲党课不少于2次。", 6,
                "“三会一课”每少1次扣0.5分，最高扣3分；书记讲党课每少1次扣1分；会议记录时间、地点、人员、议题等要素不全的，每次扣0.2分，最高"
                "扣1分。"),
            Row("每月10日前后固定开展主题党日活动，党员参加率不低于百分之八十五；对年老体弱、行动不便的党员送学上门。", 4,
                "主题党日每少1次扣0.3分，最高扣2分；参加率每低5个百分点扣0.3分；未送学上门的扣0.5分。"),
            Row("每年召开组织生活会，会前普遍开展谈心谈话、广泛征求居民群众意见；开展民主评议党员；会后形成问题清单和整改台账。", 5,
                "未召开组织生活会的扣3分；未开展谈心谈话或未征求意见的扣0.5分；未开展民主评议党员的扣1分；无问题清单、整改台账的扣0.5分。"),
            Row("党员每年参加集中培训不少于3天或24学时；依托“学习强国”和湖南省党员网络学院等平台开展学习，党员平台参学率达到百分之八十。", 4,
                "集中培训不足的，每人扣0.1分，最高扣1分；参学率低于80%的扣1分；未建立党员教育培训档案的扣0.5分。"),
            Row("年内确定入党积极分子不少于1名；发展党员严格履行程序，发展对象公示不少于5个工作日；党员按月足额交纳党费。", 4,
                "未确定入党积极分子的扣1分；发展对象未公示的扣1分；党费未按月交纳的，每人次扣0.1分，最高扣1分；违反程序发展党员的，实行一票否决，"
                "本项不得分。"),
            Row("在职党员到社区报到率达到100%，报到党员每年参加社区志愿服务不少于4次；流动党员每季度至少联系一次。", 3,
                "报到率每低1个百分点扣0.1分，最高扣1分；志愿服务不足4次的，每人扣0.1分，最高扣1分；流动党员联系每少1次扣0.2分。"),
        )),
        Section("服务群众", "三、服务群众\n（22分）", 22, (
            Row("社区党群服务中心落实坐班值班和首问负责、一次性告知、限时办结制度，工作日全天开放，节假日轮流值班；办事群众满意率达到百分之"
                "九十五。", 5,
                "值班不到岗的，每发现一次扣0.5分；首问负责、一次性告知、限时办结制度缺一项扣0.5分；满意率每低1个百分点扣0.2分，最高扣1分；场所"
                "闲置或挪作他用的，本项不得分。"),
            Row("网格员每月入户走访不少于30户，民情日志记录完整；群众诉求按期办结率达到百分之九十五。", 5,
                "走访不足的，每人每月扣0.1分，最高扣1.5分；民情日志记录不完整的，酌情扣0.5分；按期办结率每低1个百分点扣0.2分，最高扣1分。"),
            Row("“七一”、春节走访慰问生活困难党员和老党员，建立困难党员帮扶台账；为党龄满50周年的老党员及时颁发“光荣在党50年”纪念章。", 3,
                "走访慰问每少1次扣1分；无帮扶台账的扣0.5分；纪念章未及时颁发的扣0.5分。"),
            Row("组建社区党员志愿服务队，每月开展一次“守护一湖碧水”洞庭湖岸线清洁、文明劝导等志愿服务活动。", 5,
                "未组建党员志愿服务队的扣1分；志愿服务每少1次扣0.3分，最高扣2分；活动无签到表、无照片的，每次扣0.1分，最高扣1分。"),
            Row("社区工作人员服务态度差、办事拖拉，被群众投诉或“12345”热线转办查实的（本项为扣分项）。", 4,
                "每件扣0.5分；被区级以上通报批评的，每次扣1分；因工作失职引发群体性事件的，本项不得分。"),
        )),
        Section("基层治理", "四、基层治理\n（30分）", 30, (
            Row("社区重大事项落实“四议两公开”；党务、居务每季度公开一次，公开内容经社区党组织审核把关。", 6,
                "重大事项未履行“四议两公开”程序的，每件扣1分；公开每少1次扣0.5分；公开内容未经审核的扣0.5分；公开栏更新不及时的，酌情扣0.5分。"),
            Row("每月开展一次矛盾纠纷排查化解，调解成功率达到百分之九十五以上；依托“红色议事厅”每季度至少开展一次居民议事协商。", 6,
                "排查每少1次扣0.3分；调解成功率每低1个百分点扣0.2分，最高扣1分；议事协商每少1次扣0.5分；发生“民转刑”案件的，本项不得分。"),
            Row("与辖区机关企事业单位签订共驻共建协议不少于5家；每半年召开一次“大党委”联席会议；共建项目实行清单化管理。", 5,
                "共建协议每少1家扣0.5分；联席会议每少1次扣1分；无共建项目清单的扣0.5分；共建流于形式的，酌情扣0.5分。"),
            Row("汛期（4月至9月）组织党员参与沿湖堤段防汛巡查值守，建立党员防汛值守排班表；每年组织防汛应急演练不少于1次。", 5,
                "无值守排班表的扣0.5分；值守不到岗的，每人次扣0.2分，最高扣1分；未组织应急演练的扣1分；出现防汛安全责任事故的，实行一票否决，"
                "本项不得分。"),
            Row("年底由街道党工委组织居民代表、驻区单位对社区党组织工作开展满意度测评。", 8,
                "满意度95%以上的得8分，90%（含）—95%的得6分，85%（含）—90%的得4分，80%（含）—85%的得2分，80%以下的不得分。"),
        )),
    ),
)

HEADER = ["考核指标", "考核要点", "分值", "评分细则"]
NOTES = (
    "说明：",
    "1.本表由街道党工委于12月组织考核，采取听取汇报、查阅资料、实地查看、入户走访、问卷测评相结合的方式进行。",
    "2.各项扣分以该项分值为限，扣完为止；考核资料以2025年1月1日至12月31日形成的原始资料为准。",
    "3.“12345”热线工单以区政务服务热线平台统计为准，满意度测评由街道党建办委托第三方组织实施。",
    "4.考核得分90分以上的为“优秀”，80—89分的为“良好”，70—79分的为“合格”，70分以下的为“不合格”，考核结果与社区工作者绩效报酬和社区"
    "评先评优挂钩。",
)


def build(t: Table, path: Path) -> None:
    import docx

    ncols = len(HEADER)
    n_rows = 1 + sum(len(s.rows) for s in t.sections) + 1
    document = docx.Document()
    docx_title(document, t.title, 16)
    docx_centred(document, "（考核对象：洞庭街道所辖各社区党委）")
    tbl = docx_grid_table(document, n_rows, ncols, HEADER)
    r = 1
    for s in t.sections:
        top = r
        for row in s.rows:
            for c, v in ((1, row.text), (2, _fmt(row.points)), (3, row.scoring)):
                tbl.cell(r, c).text = v
            r += 1
        merge_cells(tbl, top, 0, r - 1, 0, s.printed)
    docx_total_row(tbl, r, 2, t.total)
    for line in NOTES:
        document.add_paragraph(line)
    document.save(str(path))
