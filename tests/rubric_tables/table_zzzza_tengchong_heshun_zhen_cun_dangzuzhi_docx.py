"""腾冲市和顺镇2025年度村党组织党建工作考核评分表 (.docx), as the 镇党委 of 云南 保山 腾冲 和顺 (its 党建办 with the 农业农村服务中心, the 文旅
办, the 综治中心, the 森林防火办 and the 镇纪委, a 考核组 going round the 村 in December when the 银杏 have turned) scores the 村党总支 of the
侨乡: the 古镇 of grey 马头墙 and 洗衣亭 by the 河, the 宗祠 and the 图书馆 the 侨胞 built a hundred years ago, the 民宿 and the 农家乐 the
tourists fill in the 旅游旺季, the 火山 fields and the 稻田 of the 坝子, the 侨眷 whose kin are across the sea in 缅甸 and 东南亚, the young who
went to 昆明 and came back to open a 客栈, the 森林防火期 from January to May when the 党员 take turns on the hills: a table of 考核内容 and
评分办法, the requirements in the 考核内容, nearly every figure printed there, the 评分办法 scoring them clause by clause and printing the
rates and bands: 基层组织建设 (one roster of the “两委” by age and 学历, the 换届, two 后备力量 with a half-yearly 考察 and the 报备; the 党小组
覆盖率, the 党员中心户 and the 联系农户 覆盖率 in bands; a yearly 述职, a quarterly 报告 and the 责任书; the “四议两公开” with the 公开 and the
监委会), 组织生活与党员管理 (the “三会一课” with the 党员大会 参会率 and the 要素; the 主题党日 on the 5th with its 主题 and 备案, the 参加率 and the
“七一” 誓词; the 组织生活会 with the 民主评议, the 谈心谈话 覆盖率 and the 备案; one 积极分子 a year, the 公示 and a 一票否决; 党费 with a half-yearly
公示, the 流动党员台账 and a quarterly 联系), 推动发展 (the 经营性收入 in bands of 万元 with a yearly 清查 and its 公示; the 领办, the 亮身份 and the
承诺践诺率 and the 投诉; the 先锋岗 and 责任区, a monthly “清洁家园”, the 值守排班表 and a 一票否决; five 实事, a monthly 排查 with the 调解
成功率, the “民转刑” and a yearly 联谊) and 作风建设与群众评价 (the 值班, the 代办率 and the 经商办企业; the 年初 计划, the 年终 总结 and the 报告
to the 党员大会; the 年底 满意率 测评 in bands for the whole 8 points; a deduction-only line on 诫勉, 处分 and 软弱涣散).

The title (bold, centred), a centred "（考核对象：和顺镇所辖各村党总支）" line and a plain "村名： 考核组成员： 考核日期：" line above one table:
考核项目 | 序号 | 考核内容 | 分值 | 评分办法 | 得分. The categories are MERGED CELLS down the 考核项目 column (FIRST), printed WITH an ordinal and their
points on a SECOND line, "一、基层组织建设\\n（20分）". 序号 (SECOND column) runs 1..17 through the whole table, NOT restarting under the
categories. There is no short sub-label. 分值 is a plain number BEFORE the 评分办法; 得分 is blank. A 合计 row of 100 closes the table; a "说明："
paragraph and three numbered paragraphs follow it. Counts in figures and Chinese numerals, nearly all in the 考核内容 ("按期", "不少于1名",
"不少于2名", "不少于2名", "每半年考察一次", "100%", "不少于1户", "百分之九十五以上", "每年…述职一次", "每季度…报告一次", "年初", "支部委员会每月
召开1次，党员大会每季度召开1次，党小组会每月召开1次，党课每季度1次", "百分之八十", "每月5日", "百分之八十五", "每年“七一”前后…一次", "每年召开
一次", "100%", "年内…不少于1名", "不少于5个工作日", "按月", "每半年…公示一次", "每季度至少联系一次", "10万元以上", "年内…一次", "不少于1个",
"100%", "每月开展一次", "每年1月至5月", "年内…不少于5件", "每月开展一次", "百分之九十五", "每年…不少于1次", "百分之九十", "年初", "年终", "年底");
rates and bands only in the 评分办法 where they score ("95%以上的得2分，90%（含）—95%的得1分，90%以下的不得分" for the 联系农户 覆盖率; the
经营性收入 in 万元 for 6 of the 8 points; the 满意率 for all 8 points); "每缺一项扣0.5分" once; "最高扣" caps; "酌情扣0.5-1分" once; three sets of
bands; two "实行一票否决，本项不得分"; two other plain "本项不得分"; one line is deduction-only ("（本项为扣分项）").
"""

from __future__ import annotations

from pathlib import Path

from .build_helpers import docx_centred, docx_grid_table, docx_title, docx_total_row, merge_cells
from .model import Row, Section, Table, _fmt

TABLE = Table(
    name="zzzza_tengchong_heshun_zhen_cun_dangzuzhi_docx",
    fmt="docx",
    title="腾冲市和顺镇2025年度村党组织党建工作考核评分表",
    numbering="printed",
    sections=(
        Section("基层组织建设", "一、基层组织建设\n（20分）", 20, (
            Row("村党总支按期换届；村“两委”班子成员中35周岁以下的不少于1名、高中（中专）及以上学历的不少于2名；储备村级后备力量不少于2名，每半年"
                "考察一次；村党组织书记离村外出向镇党委报备。", 6,
                "未按期换届的扣2分；班子结构每缺一项扣0.5分；后备力量每少1名扣0.5分；考察每少1次扣0.3分；外出未报备的，每次扣0.5分。"),
            Row("按自然村（村民小组）设置党支部或党小组，党小组覆盖率达到100%；推行“党小组+网格”，每个网格明确党员中心户不少于1户；党员联系农户"
                "覆盖率达到百分之九十五以上。", 5,
                "党小组覆盖率每低5个百分点扣0.5分，最高扣1.5分；党员中心户未明确的，每个网格扣0.2分，最高扣1.5分；联系农户覆盖率95%以上的得2分，"
                "90%（含）—95%的得1分，90%以下的不得分。"),
            Row("村党组织书记每年向镇党委述职一次，每季度向镇党委报告一次抓党建工作情况；年初与镇党委签订基层党建工作责任书。", 4,
                "未述职的扣2分；报告每少1次扣0.5分；未签订责任书的扣0.5分。"),
            Row("村级重大事项落实“四议两公开”，决议结果和实施结果及时公开；村务监督委员会对重大事项全程监督。", 5,
                "重大事项未履行“四议两公开”程序的，每件扣1分，最高扣3分；决议和实施结果未公开的，每件扣0.5分；村务监督委员会未参与监督的扣1分。"),
        )),
        Section("组织生活与党员管理", "二、组织生活与党员管理\n（28分）", 28, (
            Row("支部委员会每月召开1次，党员大会每季度召开1次，党小组会每月召开1次，党课每季度1次；党员大会参会率达到百分之八十（外出务工党员"
                "除外）；会议记录要素齐全。", 7,
                "“三会一课”每少1次扣0.5分，最高扣4分；党员大会参会率每低5个百分点扣0.5分，最高扣2分；会议记录要素不全的，酌情扣0.5-1分。"),
            Row("每月5日固定开展主题党日，围绕乡村旅游、侨乡文化保护、森林防火等确定活动主题，活动方案提前报镇党委备案；党员参加率不低于百分之"
                "八十五；每年“七一”前后组织党员重温入党誓词一次。", 6,
                "主题党日每少1次扣0.3分，最高扣2分；方案未报备案的，每次扣0.1分，最高扣1分；参加率每低5个百分点扣0.3分；未组织重温入党誓词的"
                "扣1分。"),
            Row("每年召开一次组织生活会，开展民主评议党员；会前村党组织书记与“两委”成员、党员之间开展谈心谈话，谈心谈话覆盖率达到100%；评议结果"
                "报镇党委备案。", 5,
                "未召开组织生活会的扣2分；未开展民主评议党员的扣1分；谈心谈话每缺1人扣0.2分，最高扣1分；评议结果未备案的扣0.5分。"),
            Row("年内确定入党积极分子不少于1名，注重从致富带头人、返乡青年、民宿经营户中培养；发展党员严格执行“五个阶段二十五个步骤”，发展对象"
                "公示不少于5个工作日。", 5,
                "未确定入党积极分子的扣1分；发展对象未公示或公示时间不足的扣1分；违反程序发展党员的，实行一票否决，本项不得分。"),
            Row("党员按月足额交纳党费，党费收缴情况每半年在村务公开栏公示一次；建立流动党员台账，外出党员每季度至少联系一次。", 5,
                "党费未按月交纳的，每人次扣0.1分，最高扣1分；公示每少1次扣0.5分；无流动党员台账的扣1分；联系每少1次扣0.2分，最高扣1分。"),
        )),
        Section("推动发展", "三、推动发展\n（27分）", 27, (
            Row("发展壮大村级集体经济，村集体年经营性收入达到10万元以上；年内开展一次集体资产资源清查，清查结果向村民公示。", 8,
                "年经营性收入30万元以上的得6分，20万元（含）—30万元的得5分，15万元（含）—20万元的得4分，10万元（含）—15万元的得3分，10万元以下"
                "的不得分；未开展清查的扣1分；清查结果未公示的扣1分。"),
            Row("村党组织领办乡村旅游、民宿或农民专业合作社不少于1个；党员经营的民宿、农家乐悬挂党员户标识、亮明身份，开展“党员诚信经营”承诺，"
                "承诺践诺率达到100%。", 6,
                "未领办的扣2分；党员经营户未亮身份的，每户扣0.2分，最高扣1分；承诺践诺率每低10个百分点扣0.5分；党员经营户被游客投诉查实的，每起"
                "扣1分。"),
            Row("设立党员先锋岗、党员责任区，组织党员参与古建筑保护和人居环境整治，每月开展一次“清洁家园”行动；森林防火期（每年1月至5月）党员轮流"
                "上山值守，建立值守排班表。", 6,
                "未设立先锋岗、责任区的扣1分；“清洁家园”行动每少1次扣0.3分，最高扣2分；无值守排班表的扣0.5分；发生森林火灾并造成较大损失的，"
                "实行一票否决，本项不得分。"),
            Row("开展“我为群众办实事”，年内为群众办实事不少于5件；每月开展一次矛盾纠纷排查，调解成功率达到百分之九十五；依托侨联每年开展侨胞联谊"
                "活动不少于1次。", 7,
                "办实事每少1件扣0.5分；排查每少1次扣0.3分，最高扣1.5分；调解成功率每低1个百分点扣0.2分，最高扣1分；发生“民转刑”案件或重大群体性"
                "事件的，本项不得分；未开展联谊活动的扣0.5分。"),
        )),
        Section("作风建设与群众评价", "四、作风建设与群众评价\n（25分）", 25, (
            Row("落实村干部坐班值班制度，村党群服务中心工作日有人值守；便民服务事项代办率达到百分之九十；村干部不得违规经商办企业、优亲厚友。", 6,
                "值班不到岗的，每次扣0.5分；代办率每低5个百分点扣0.5分；村干部违规经商办企业或优亲厚友的，每人扣2分。"),
            Row("年初制定村党组织年度工作计划；年终形成工作总结，并向党员大会报告党组织全年工作。", 5,
                "无年度计划的扣1.5分；无年终总结的扣1.5分；未向党员大会报告的扣2分。"),
            Row("年底由镇党委组织党员、群众代表对村党组织工作开展满意率测评。", 8,
                "满意率95%以上的得8分，90%（含）—95%的得6分，85%（含）—90%的得4分，80%（含）—85%的得2分，80%以下的不得分。"),
            Row("村“两委”干部违纪违法或履职不力（本项为扣分项）。", 6,
                "村干部受到诫勉谈话、通报批评的，每人扣1分；受到党纪政务处分的，每人扣3分；村党组织被确定为软弱涣散党组织的，本项不得分。"),
        )),
    ),
)

HEADER = ["考核项目", "序号", "考核内容", "分值", "评分办法", "得分"]
NOTES = (
    "说明：",
    "1.本表由镇党委于12月组织考核，采取听取汇报、查阅资料、实地查看、入户走访、问卷测评相结合的方式进行，各项扣分以该项分值为限，扣完为止。",
    "2.村集体经营性收入以市农业农村局审核的年度财务报表为准；标注“本项为扣分项”的，未发生相关情形的得满分。",
    "3.考核得分90分以上的为“好”，80—89分的为“较好”，70—79分的为“一般”，70分以下的为“差”，考核结果与村干部绩效报酬和“五星”村党组织评定"
    "挂钩。",
)


def build(t: Table, path: Path) -> None:
    import docx

    ncols = len(HEADER)
    n_rows = 1 + sum(len(s.rows) for s in t.sections) + 1
    document = docx.Document()
    docx_title(document, t.title, 16)
    docx_centred(document, "（考核对象：和顺镇所辖各村党总支）")
    document.add_paragraph("村名：                考核组成员：                考核日期：")
    tbl = docx_grid_table(document, n_rows, ncols, HEADER)
    r = 1
    number = 0
    for s in t.sections:
        top = r
        for row in s.rows:
            number += 1
            cells = ((1, str(number)), (2, row.text), (3, _fmt(row.points)), (4, row.scoring))
            for c, v in cells:
                tbl.cell(r, c).text = v
            r += 1
        merge_cells(tbl, top, 0, r - 1, 0, s.printed)
    docx_total_row(tbl, r, 3, t.total)
    for line in NOTES:
        document.add_paragraph(line)
    document.save(str(path))
