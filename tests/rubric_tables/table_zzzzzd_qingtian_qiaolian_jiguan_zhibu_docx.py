"""青田县侨联机关党支部2025年度党建工作考核细则 (.docx), as the 县直机关工委 of 浙江 丽水 青田县 (its 组织科 with the 机关纪工委 and the 县委统战部's 侨务
科, a 考核组 sitting in the 侨联 offices on the 瓯江 in the second week of January, when the 侨胞 are flying home from 西班牙, 意大利 and 荷兰 for 春节, the
咖啡馆 and 红酒 shops of the 侨乡 are full, the 石雕 workshops are shipping their New Year orders and the “侨胞之家” in the 乡镇 are hanging red
lanterns) scores the 机关党支部 of the 县归国华侨联合会: a small 支部 of a dozen 党员 among the 机关 staff and the retired 老归侨, no 党小组, serving the
归侨侨眷 at home and the 侨团 abroad: a table whose 考核要点 prints what the 支部 must have done, whose 扣分办法 takes points off one clause at a time (scoring
the 涉侨 按期办结率 and the 年底 满意率 in bands) and whose 佐证资料 names the papers: 政治建设 (the “第一议题”, a monthly 集中学习, 5天或40学时 and a quarterly
研讨; a half-yearly 专题研究, the “三审三校” and a 一票否决; the 年初 责任书, a quarterly 警示教育, the 联谊、接待 and a "本项不得分"; the 年底 述职, the
“好”等次比例 and the 支委's yearly 报告), 组织建设 (the 支委会, the 党员大会 and the 党课, two 党课 by the 书记 and the 主要负责同志 and the 参会率; the
主题党日 on the first Friday, two “党员联侨” 活动 and the 现场教学; the 组织生活会, the 征求意见, the 谈心谈话 全覆盖, the 民主评议, the 整改清单 and its
通报; 党费 按月, a half-yearly 公示, the 系统, the 积分, a quarterly 公示 and the 年底 星级; the 换届, its 审批, the 书记 and the 支委's 培训; a quarterly
谈心, the “七一”、春节 慰问 and the 帮扶台账), 业务融合 (the 按期办结率 in bands, the 值班 and the 投诉; a quarterly 视频联谊会, two 回归项目, the 联系台账
and its half-yearly 更新; the 调处机制, the 答复率 and a half-yearly 宣传; the 夏令营, the 服务队, a quarterly 志愿服务 and 16小时; the 亮身份, a half-yearly
检查, four 调研 and the 调研报告; the 年底 满意率 in bands) and 基础保障 (the 年初 计划, the 半年 小结, the 年底 总结 and the “两张皮”; the 标识、党旗、制度,
the 归档, the 预算 and the 使用).

The title (bold, centred) and a centred "（考核对象：县侨联机关党支部）" line above one table: 考核项目 | 序号 | 考核要点 | 分值 | 扣分办法 | 佐证资料. The
考核项目 are MERGED CELLS down the FIRST column, printed WITHOUT an ordinal and WITH their points on a second line, "政治建设\\n（20分）"; 序号 (SECOND
column) RESTARTS at 1 beside every 考核项目 (ids "1.1" … "4.2"); there is no short sub-label. 考核要点 (`Row.text`) says what is required; 分值 is a plain
number BEFORE the 扣分办法 (`Row.scoring`); 佐证资料 (`Row.method`) last, naming the papers, joined by "、". A 合计 row of 100 closes the table; a "注："
paragraph with three numbered lines follows it. Counts in figures and Chinese numerals, nearly all in the 考核要点 ("每月开展一次", "每人每年…不少于5天或40
学时", "每季度开展一次", "每半年…一次", "全年", "年初", "每季度开展一次", "全年", "年底", "不低于百分之八十", "每年…一次", "支部委员会每月召开1次，党员大会
每季度召开1次，党课每季度1次", "每年讲党课各不少于1次", "百分之九十", "每月第一个星期五", "年内…不少于2次", "每年召开一次", "全覆盖", "按月", "每半年公示
一次", "每季度公示一次", "年底", "3名", "按期", "每年…不少于1次", "每季度至少…一次", "“七一”、春节", "百分之九十八", "每季度至少…一次", "年内…不少于2个",
"每半年更新一次", "100%", "每半年开展一次", "每年…不少于1次", "每季度开展一次", "不少于16小时", "每半年开展一次", "年内…不少于4次", "不少于1篇", "年底",
"百分之九十以上", "年初", "年中", "年底"); "最高扣" caps; bands of the 按期办结率 (3 of the 6 points, closed by "90%以下的不得分") and of the 年底 满意率
(all 6, closed by "85%以下的不得分"); "每少2小时" once; "每低5个百分点" twice; "酌情扣0.5-1分" three times and "酌情扣1-2分" once; one "实行一票否决，本项
不得分" and one other "本项不得分".
"""

from __future__ import annotations

from pathlib import Path

from .build_helpers import docx_centred, docx_grid_table, docx_title, docx_total_row, merge_cells
from .model import Row, Section, Table, _fmt


def _row(text: str, points: float, scoring: str, proof: str) -> Row:
    """One row in the order the table prints it: 考核要点, 分值, 扣分办法, 佐证资料."""
    return Row(text, points, scoring, proof)


TABLE = Table(
    name="zzzzzd_qingtian_qiaolian_jiguan_zhibu_docx",
    fmt="docx",
    title="青田县侨联机关党支部2025年度党建工作考核细则",
    numbering="restart",
    sections=(
        Section("政治建设", "政治建设\n（20分）", 20, (
            _row("落实“第一议题”制度，支部每月开展一次集中学习；党员每人每年参加集中学习培训不少于5天或40学时；每季度开展一次专题研讨。", 6,
                 "集中学习每少1次扣0.3分，最高扣2分；学习培训不足5天或40学时的，每人扣0.2分，最高扣1.5分；专题研讨每少1次扣0.5分；未落实“第一议题”制度"
                 "的扣1分。", "学习记录、研讨材料"),
            _row("每半年专题研究一次意识形态工作；加强涉侨舆情监测，侨联网站、微信公众号、海外侨团联络群发布信息落实“三审三校”；全年不发生涉侨意识形态"
                 "负面事件。", 5,
                 "专题研究每少1次扣1分；信息未经审核发布的，每次扣0.5分，最高扣1.5分；发生涉侨意识形态负面事件的，实行一票否决，本项不得分。",
                 "会议记录、审核记录"),
            _row("年初签订党风廉政建设责任书；每季度开展一次廉政警示教育；严格执行中央八项规定精神，侨界联谊、出访接待活动规范；全年党员无违纪违法问题。", 5,
                 "未签订责任书的扣1分；警示教育每少1次扣0.5分；联谊、接待活动不规范的，每次扣1分；党员受到党纪政务处分的，本项不得分。",
                 "责任书、警示教育记录"),
            _row("支部书记年底向县直机关工委述职，述职评议“好”等次比例不低于百分之八十；支部委员每年向党员大会报告一次履职情况。", 4,
                 "未述职的扣2分；“好”等次比例低于80%的扣1分；支部委员未报告履职情况的，每人扣0.5分。", "述职报告、测评统计表"),
        )),
        Section("组织建设", "组织建设\n（35分）", 35, (
            _row("支部委员会每月召开1次，党员大会每季度召开1次，党课每季度1次（支部不设党小组）；支部书记、侨联主要负责同志每年讲党课各不少于1次；党员参会"
                 "率达到百分之九十。", 7,
                 "“三会一课”每少1次扣0.5分，最高扣3分；讲党课每少1人次扣1分；参会率每低5个百分点扣0.5分，最高扣2分。", "会议记录本、签到表"),
            _row("每月第一个星期五开展主题党日活动；年内结合“侨胞之家”建设开展“党员联侨”主题活动不少于2次；组织党员到青田华侨历史陈列馆开展现场教学。", 5,
                 "主题党日每少1次扣0.3分，最高扣2分；“党员联侨”活动每少1次扣0.5分；未开展现场教学的扣1分。", "活动方案、签到表、活动照片"),
            _row("每年召开一次组织生活会，会前广泛征求意见，班子成员之间、班子成员与党员之间谈心谈话全覆盖；会后开展民主评议党员，制定整改清单并按期整改，"
                 "整改情况在支部内通报。", 6,
                 "未召开组织生活会的扣2分；未征求意见的扣0.5分；谈心谈话每少1人扣0.2分，最高扣1分；未开展民主评议党员的扣1.5分；无整改清单或未通报的扣"
                 "1分。", "会议记录、征求意见表、谈心谈话记录、整改清单"),
            _row("党员按月交纳党费，党费收缴情况每半年公示一次；全国党员管理信息系统信息维护及时准确；实行党员积分制管理，积分每季度公示一次，年底评定星级"
                 "党员。", 6,
                 "未按月交纳党费的，每人次扣0.1分，最高扣1分；党费公示每少1次扣0.5分；系统信息维护不及时的，酌情扣0.5-1分；未实行积分制管理的扣1分；积分"
                 "公示每少1次扣0.3分，最高扣1分；年底未评定星级党员的扣0.5分。", "党费收缴台账、公示照片、积分台账"),
            _row("支部委员会由3名委员组成，按期换届，换届选举前报县直机关工委审批；支部书记由机关主要负责人担任；支部委员每年参加县直机关工委组织的集中培训"
                 "不少于1次。", 5,
                 "未按期换届的扣2分；换届未报批的扣1分；支部书记不是机关主要负责人的扣1分；支部委员培训每少1人次扣0.5分。", "换届选举批复、培训通知"),
            _row("支部委员每季度至少与所联系党员谈心一次；“七一”、春节走访慰问困难党员、老党员和困难归侨；建立困难归侨侨眷帮扶台账。", 6,
                 "谈心每少1人次扣0.2分，最高扣1.5分；慰问每少1人扣0.2分，最高扣1.5分；无帮扶台账的扣1分。", "谈心记录、慰问名单、帮扶台账"),
        )),
        Section("业务融合", "业务融合\n（35分）", 35, (
            _row("依托“侨胞之家”“为侨服务中心”为归侨侨眷和海外侨胞提供政策咨询、代办服务，涉侨服务事项按期办结率达到百分之九十八；党员轮流在为侨服务"
                 "窗口值班。", 6,
                 "按期办结率98%以上的得3分，95%（含）—98%的得2分，90%（含）—95%的得1分，90%以下的不得分；党员未落实窗口值班的，每人次扣0.3分，最高扣1.5分；"
                 "侨胞投诉经查实的，每起扣0.5分，最高扣1.5分。", "服务台账、值班表、办结统计"),
            _row("加强与海外侨团的联络，每季度至少召开一次海外侨团视频联谊会；年内引导侨资侨智回归项目不少于2个；建立海外侨团、侨领联系台账，每半年更新"
                 "一次。", 6,
                 "视频联谊会每少1次扣0.5分，最高扣2分；回归项目每少1个扣1分；无联系台账的扣1分；台账更新每少1次扣0.5分。",
                 "联谊会记录、项目签约资料、联系台账"),
            _row("建立涉侨矛盾纠纷调处机制，涉侨信访件按期答复率达到100%；每半年开展一次“法律进侨家”宣传活动。", 5,
                 "未建立调处机制的扣1分；按期答复率每低5个百分点扣0.5分，最高扣2分；宣传活动每少1次扣1分。", "信访答复材料、活动照片"),
            _row("每年举办“寻根之旅”海外华裔青少年夏令营或侨乡文化交流活动不少于1次；组建侨界党员志愿服务队，每季度开展一次志愿服务；党员年人均志愿服务"
                 "时长不少于16小时。", 6,
                 "未举办夏令营或交流活动的扣2分；未组建志愿服务队的扣1分；志愿服务每少1次扣0.5分，最高扣2分；人均时长每少2小时扣0.2分，最高扣1分。",
                 "活动方案、服务队名单、志愿服务记录"),
            _row("开展“模范机关”创建，党员亮身份、作承诺；每半年开展一次作风建设监督检查；年内开展“走侨乡、访侨情”调研不少于4次，形成调研报告不少于1篇。",
                 6,
                 "党员未亮身份、作承诺的，每人扣0.2分，最高扣1分；监督检查每少1次扣0.5分；调研每少1次扣0.5分，最高扣2分；无调研报告的扣1分；调研报告质量"
                 "不高的，酌情扣0.5-1分。", "承诺书、检查记录、调研报告"),
            _row("年底由县直机关工委组织服务对象、归侨侨眷代表开展满意度测评，满意率达到百分之九十以上。", 6,
                 "满意率95%以上的得6分，90%（含）—95%的得4分，85%（含）—90%的得2分，85%以下的不得分。", "测评统计表"),
        )),
        Section("基础保障", "基础保障\n（10分）", 10, (
            _row("年初制定支部党建工作计划，年中报送半年工作小结，年底形成工作总结；党建工作与侨联业务工作同部署、同考核。", 5,
                 "缺计划、小结或总结的，每项扣1分；党建与业务“两张皮”的，酌情扣1-2分。", "工作计划、半年小结、工作总结"),
            _row("支部活动室做到有标识、有党旗、有制度；党建资料按年度分类归档；支部党建工作经费纳入机关预算，专款专用。", 5,
                 "标识、党旗、制度每缺一项扣0.5分；资料未按年度归档的扣1分；党建工作经费未纳入预算的扣1.5分；经费使用不规范的，酌情扣0.5-1分。",
                 "活动室照片、档案目录、预算文件"),
        )),
    ),
)

HEADER = ["考核项目", "序号", "考核要点", "分值", "扣分办法", "佐证资料"]
NOTES = (
    "注：",
    "1.本细则由县直机关工委于次年1月中旬组织考核，组织科牵头，机关纪工委、县委统战部侨务科参加，采取听取汇报、查阅佐证资料、个别谈话、民主测评相结合"
    "的方式进行，以2025年1月1日至12月31日形成的资料为准。",
    "2.各项扣分以该项分值为限，扣完为止；扣分办法列明得分档次的，按档次计分；按期办结率以县为侨服务中心系统数据为准。",
    "3.考核得分90分以上的为“好”，80—89分的为“较好”，70—79分的为“一般”，70分以下的为“差”，考核结果作为评选“五星级党支部”“模范机关”的依据。",
)


def build(t: Table, path: Path) -> None:
    import docx

    ncols = len(HEADER)
    n_rows = 1 + sum(len(s.rows) for s in t.sections) + 1
    document = docx.Document()
    docx_title(document, t.title, 16)
    docx_centred(document, "（考核对象：县侨联机关党支部）")
    tbl = docx_grid_table(document, n_rows, ncols, HEADER)
    r = 1
    for s in t.sections:
        top = r
        for i, row in enumerate(s.rows, 1):
            cells = ((1, str(i)), (2, row.text), (3, _fmt(row.points)), (4, row.scoring), (5, row.method))
            for c, v in cells:
                tbl.cell(r, c).text = v
            r += 1
        merge_cells(tbl, top, 0, r - 1, 0, s.printed)
    docx_total_row(tbl, r, 3, t.total)
    for line in NOTES:
        document.add_paragraph(line)
    document.save(str(path))
