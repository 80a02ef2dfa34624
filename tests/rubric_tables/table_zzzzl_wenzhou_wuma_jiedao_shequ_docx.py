"""鹿城区五马街道2025年度社区党组织党建工作考核评分表 (.docx), as the 街道党工委 of 浙江 温州 鹿城区 五马街道 (its 党建办 with the 社区服务办, the
基层治理综合信息指挥室, the 城管中队 and the 街道纪工委, a 考核组 walking the 社区 of the old city centre in late December, when the 五马街 and the
公园路 are hung with lanterns and the 江心屿 ferries are half empty) scores the 社区党组织 of the oldest quarter of 温州: the 墨池 and the 谯楼, the 老
台门 and 里弄 where 退休 党员 have lived since the 国营 factories closed, the 沿街 商铺 and the 侨 families whose children run shops in 意大利 and 西班牙,
the 老旧小区 being 改造 with new 电梯 and old 物业 quarrels, the 垃圾分类 that every 楼道 党小组 watches: a table whose 考核要点 prints what the 社区
must have done and whose 评分方法 takes points off one clause at a time and scores six rates in bands (the 主题党日 参加率, the 在职党员 报到率, the 按期
办结率, the 垃圾分类 准确率, the 年底 满意率 and the 述职 “好”等次率): 党建引领 (a monthly 集中学习, 40学时 and the 书记's two 党课; a half-yearly 研判,
the 审核 and no 重大问题; the 重大事项 first through the 党组织, the “四议两公开” and the 公示 of five days), 组织建设 (the “一肩挑”, one roster of the
“两委” by age and 学历, two 后备干部 and their 档案; the 网格党支部 覆盖率 and the “两新” 党的工作覆盖率; the “三会一课” with 签到 and no 代签; the
monthly 主题党日 and its 参加率 in bands; the 组织生活会, the 民主评议, the 谈心谈话 全覆盖 and the 不合格 党员), 党员管理 (one 积极分子, a quarterly
培养教育, the 公示 and a 一票否决; 党费 按月 with a half-yearly 公示, the 转接 and the 失联党员; the 报到率 in bands and four 志愿服务; a quarterly 积分
公示, the “七一”、春节 慰问, the 流动党员 台账 and a quarterly 联系), 服务治理 (40户 a month, the 民情日志 and the 按期办结率 in bands; a quarterly
“三方协同” 联席会议, the 小区党组织 覆盖率 and the 物业 党的工作覆盖率; the 垃圾分类 准确率 in bands and a monthly 督导; a monthly 议事协商会 and the
公开, a quarterly 排查 and the 化解率; the 年底 满意率 in bands) and 责任落实 (the 年初 计划 and 责任书, the 半年小结 by the end of June and the 总结
by 12月15日; the 年底 述职 and its 等次率 in bands; the 党群服务中心, its six days and its 延时 服务, a quarterly 品牌活动 with 照片).

The title (bold, centred) and a centred "（考核对象：五马街道所辖各社区党委、党总支）" line above one table: 序号 | 考核项目 | 考核要点 | 评分方法 | 分值.
序号 (FIRST column) runs 1..20 through the table, NOT restarting. The 考核项目 are MERGED CELLS down the SECOND column, printed WITH an ordinal and
WITH their points on a SECOND line, "一、党建引领\\n（15分）". There is no short sub-label: 考核要点 (`Row.text`) says what is required; 评分方法
(`Row.scoring`) comes BEFORE the 分值, a plain number in the LAST column. A 合计 row of 100 closes the table; a "说明：" paragraph and three numbered
lines follow it. Counts in figures and Chinese numerals, nearly all in the 考核要点 ("每月组织一次", "每年…不少于40学时", "每年讲党课不少于2次", "每半年
开展一次", "不少于5天", "35周岁以下的不少于1名", "大专及以上学历的不少于3名", "不少于2名", "100%", "百分之九十五", "支部委员会每月召开1次，党员大会每季度
召开1次，党小组会每月召开1次，党课每季度1次", "每月开展一次", "百分之九十以上", "每年召开1次", "全覆盖", "年内…不少于1名", "每季度开展一次", "不少于5个
工作日", "按月", "每半年公示一次", "百分之九十五以上", "每人每年…不少于4次", "每季度公示一次", "“七一”、春节", "每季度联系一次", "每月…不少于40户",
"百分之九十五以上", "每季度召开一次", "100%", "百分之八十", "百分之九十", "每月…一次", "每月召开一次", "每季度开展一次", "百分之九十八", "年底", "百分之
九十以上", "年初", "6月底前", "12月15日前", "年底", "百分之八十以上", "每周开放不少于6天", "每季度至少开展一次"); "最高扣" caps; bands in six rows (the
主题党日 参加率 for 3 of the 5 points, the 报到率 for 3 of the 5, the 按期办结率 for 3 of the 6, the 垃圾分类 准确率 for 2 of the 4, the 满意率 for all
5, the 述职 “好”等次率 for 2 of the 5), each closed by "…以下的不得分"; "酌情扣0.5-1分" once and "酌情扣0.5分" twice; one "实行一票否决，本项不得分";
three other "本项不得分".
"""

from __future__ import annotations

from pathlib import Path

from .build_helpers import docx_centred, docx_grid_table, docx_title, docx_total_row, merge_cells
from .model import Row, Section, Table, _fmt

TABLE = Table(
    name="zzzzl_wenzhou_wuma_jiedao_shequ_docx",
    fmt="docx",
    title="鹿城区五马街道2025年度社区党组织党建工作考核评分表",
    numbering="printed",
    sections=(
        Section("党建引领", "一、党建引领\n（15分）", 15, (
            Row("社区党组织每月组织一次集中学习；社区“两委”成员每年参加集中培训不少于40学时；社区党组织书记每年讲党课不少于2次。", 5,
                "集中学习每少1次扣0.3分，最高扣2分；学时不足的，每人扣0.2分，最高扣1分；书记讲党课每少1次扣1分。"),
            Row("落实意识形态工作责任制，每半年开展一次意识形态分析研判；社区宣传栏、电子屏、微信公众号信息发布严格审核；不发生意识形态领域重大"
                "问题。", 5,
                "研判每少1次扣1分；信息发布未经审核的，每次扣0.5分；发生意识形态领域重大问题的，本项不得分。"),
            Row("社区重大事项、重要工作先由社区党组织研究讨论；落实“四议两公开”，决议和实施结果公示不少于5天。", 5,
                "重大事项未经党组织研究的，每件扣1分，最高扣3分；未执行“四议两公开”的，每件扣0.5分；决议和实施结果未公示的扣1分。"),
        )),
        Section("组织建设", "二、组织建设\n（25分）", 25, (
            Row("社区党组织书记、居委会主任“一肩挑”；社区“两委”成员中35周岁以下的不少于1名、大专及以上学历的不少于3名；储备后备干部不少于2名，"
                "建立培养档案。", 5,
                "未实行“一肩挑”的扣1分；35周岁以下成员缺额的扣1分；大专及以上学历成员每少1名扣0.5分；后备干部每少1名扣0.5分；无培养档案的扣"
                "0.5分。"),
            Row("健全“社区党组织—网格党支部—楼道党小组—党员中心户”组织体系，网格党支部覆盖率达到100%；辖区“两新”组织党的工作覆盖率达到百分之"
                "九十五。", 4,
                "网格党支部每缺1个扣0.5分；党的工作覆盖率每低1个百分点扣0.2分，最高扣2分。"),
            Row("严格落实“三会一课”：支部委员会每月召开1次，党员大会每季度召开1次，党小组会每月召开1次，党课每季度1次；会议有签到、有记录。", 6,
                "“三会一课”每少1次扣0.5分，最高扣4分；无签到的，每次扣0.1分，最高扣1分；会议记录代签、补记的，本项不得分。"),
            Row("每月开展一次主题党日活动，党员参加率达到百分之九十以上。", 5,
                "主题党日每少1次扣0.3分，最高扣2分；参加率90%以上的得3分，80%（含）—90%的得2分，70%（含）—80%的得1分，70%以下的不得分。"),
            Row("每年召开1次组织生活会，开展民主评议党员；会前谈心谈话全覆盖；对评议为“不合格”的党员按程序稳妥处置。", 5,
                "未召开组织生活会的扣2分；未开展民主评议党员的扣1.5分；谈心谈话每少1人扣0.1分，最高扣1分；不合格党员处置不规范的，酌情扣0.5分。"),
        )),
        Section("党员管理", "三、党员管理\n（20分）", 20, (
            Row("年内确定入党积极分子不少于1名，每季度开展一次培养教育；发展对象公示不少于5个工作日；预备党员按期转正。", 5,
                "未确定入党积极分子的扣1分；培养教育每少1次扣0.3分；发展对象未公示的扣1分；违反程序发展党员的，实行一票否决，本项不得分。"),
            Row("党员按月交纳党费，每半年公示一次收缴情况；党员组织关系转接及时，失联党员排查到位。", 4,
                "未按月交纳的，每人次扣0.1分，最高扣1.5分；公示每少1次扣0.5分；组织关系转接不及时的，每人扣0.3分；失联党员未排查的，每人扣0.5分。"),
            Row("在职党员到社区报到率达到百分之九十五以上，报到党员每人每年参加社区志愿服务不少于4次。", 5,
                "报到率95%以上的得3分，90%（含）—95%的得2分，85%（含）—90%的得1分，85%以下的不得分；志愿服务不足4次的，每人扣0.1分，最高扣2分。"),
            Row("推行党员积分管理，每季度公示一次积分；“七一”、春节走访慰问老党员、困难党员；建立流动党员台账，每季度联系一次外出流动党员。", 6,
                "积分公示每少1次扣0.5分；走访慰问每少1次扣1分；无流动党员台账的扣1分；联系每少1次扣0.3分。"),
        )),
        Section("服务治理", "四、服务治理\n（25分）", 25, (
            Row("网格员每月走访网格内居民户不少于40户，民情日志记录完整；“12345”热线等居民诉求按期办结率达到百分之九十五以上。", 6,
                "走访不足的，每人每月扣0.1分，最高扣1.5分；民情日志不完整的，酌情扣0.5-1分；按期办结率98%以上的得3分，95%（含）—98%的得2分，"
                "90%（含）—95%的得1分，90%以下的不得分。"),
            Row("推动小区党组织、业委会、物业服务企业“三方协同”，每季度召开一次联席会议；住宅小区党组织覆盖率达到100%；物业服务企业党的工作覆盖率"
                "达到百分之八十。", 5,
                "联席会议每少1次扣0.5分，最高扣2分；小区党组织未全覆盖的，每缺1个扣0.5分；物业服务企业党的工作覆盖率低于80%的扣1分。"),
            Row("深化生活垃圾分类“党员先行”，党员户垃圾分类准确率达到百分之九十；每月组织党员开展一次垃圾分类督导志愿服务。", 4,
                "准确率90%以上的得2分，80%（含）—90%的得1分，80%以下的不得分；督导志愿服务每少1次扣0.2分，最高扣2分。"),
            Row("每月召开一次居民议事协商会，协商结果向居民公开；每季度开展一次矛盾纠纷排查化解，化解率达到百分之九十八；不发生因处置不当引发的群体性"
                "事件。", 5,
                "议事协商会每少1次扣0.3分，最高扣2分；协商结果未公开的扣0.5分；排查每少1次扣0.5分；化解率每低1个百分点扣0.3分，最高扣1.5分；发生"
                "群体性事件的，本项不得分。"),
            Row("年底由街道党工委组织辖区党员、居民代表对社区党组织开展满意度测评，满意率达到百分之九十以上。", 5,
                "满意率95%以上的得5分，90%（含）—95%的得4分，85%（含）—90%的得3分，80%（含）—85%的得1分，80%以下的不得分。"),
        )),
        Section("责任落实", "五、责任落实\n（15分）", 15, (
            Row("年初制定社区党建工作计划，与街道党工委签订党建工作责任书；6月底前报送半年工作小结，12月15日前报送年度工作总结。", 5,
                "缺计划、责任书、小结或总结的，每项扣1分；未按时报送的，每项扣0.3分。"),
            Row("社区党组织书记年底向街道党工委述职，接受党员群众代表评议，述职评议“好”等次率达到百分之八十以上。", 5,
                "未述职的扣3分；“好”等次率80%以上的得2分，60%（含）—80%的得1分，60%以下的不得分。"),
            Row("社区党群服务中心每周开放不少于6天，提供延时、错时服务；每季度至少开展一次“红色议事厅”“五马红色讲堂”等品牌活动，活动有照片。", 5,
                "开放时间不足的扣1分；未提供延时、错时服务的，酌情扣0.5分；品牌活动每少1次扣0.5分；活动无照片的，每次扣0.2分。"),
        )),
    ),
)

HEADER = ["序号", "考核项目", "考核要点", "评分方法", "分值"]
NOTES = (
    "说明：",
    "1.本表由街道党工委于12月下旬组织考核，采取听取汇报、查阅资料、实地查看、入户走访、问卷测评相结合的方式进行，以2025年1月1日至考核之日"
    "形成的资料为准。",
    "2.各项扣分以该项分值为限，扣完为止；评分方法列明得分档次的，按档次计分；按期办结率以区基层治理“四平台”数据为准。",
    "3.考核得分90分以上的为“优秀”，80—89分的为“良好”，70—79分的为“一般”，70分以下的为“较差”，考核结果与社区专职工作者绩效报酬挂钩。",
)


def build(t: Table, path: Path) -> None:
    import docx

    ncols = len(HEADER)
    n_rows = 1 + sum(len(s.rows) for s in t.sections) + 1
    document = docx.Document()
    docx_title(document, t.title, 16)
    docx_centred(document, "（考核对象：五马街道所辖各社区党委、党总支）")
    tbl = docx_grid_table(document, n_rows, ncols, HEADER)
    r = 1
    number = 0
    for s in t.sections:
        top = r
        for row in s.rows:
            number += 1
            cells = ((0, str(number)), (2, row.text), (3, row.scoring), (4, _fmt(row.points)))
            for c, v in cells:
                tbl.cell(r, c).text = v
            r += 1
        merge_cells(tbl, top, 1, r - 1, 1, s.printed)
    docx_total_row(tbl, r, 4, t.total)
    for line in NOTES:
        document.add_paragraph(line)
    document.save(str(path))
