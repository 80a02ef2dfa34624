"""中国建设银行股份有限公司商洛分行党委2025年度支行党支部党建工作考核评分表 (.docx), as the 党委 of the 建设银行 branch of 商洛 in 陕西 (its 党委
办公室（党建工作部） with the 人力资源部, the 内控合规部, the 个人金融部 and the 纪委办公室, a 考核组 driving down the 秦岭 valleys to the 支行 of
商州, 洛南, 丹凤, 商南, 山阳, 镇安 and 柞水 in the middle of December, when the 丹江 is low between its stones, the 金丝峡 is shut for the winter, the
柞水 木耳 and the 核桃 are sold at the 年货 stalls outside the 营业网点 and the 柜员 are busy with the year-end 存款 campaign) scores each 支行党支部 of
the 分行: a table whose 考核要求 prints what the 支部 must have done and whose 评分标准 mixes points GIVEN ("签订责任书的得1分", "每开展1次得0.25分，最高
得3分", "参会率达到90%以上的得2分，未达到的不得分", bands of the 满意率 and the 完成率) with points TAKEN OFF ("每少1次扣0.5分", "酌情扣1—2分", "一票
否决"): 党建责任 (the “第一议题”, a monthly 集中学习 and 40学时; the 年初 责任书 and 计划, the 年底 述职 and its 等次; a quarterly 廉洁教育, a quarterly
异常行为排查, the 承诺书 and a 一票否决), 组织建设 (the “三会一课”, the 参会率 and the 补课; the 主题党日 and six 志愿服务 for 金融知识 and 反诈; the 组织
生活会, the 谈心谈话、征求意见, the 批评, the 民主评议 and its 备案; one 积极分子, one 发展 every two years and the 程序; 党费 按月, a yearly 核定, the
转接 and a quarterly 联系; the 换届, the 书记 and a yearly 培训 of the 委员), 党建与业务融合 (two 示范岗, the 挂牌 and the 满意率 in bands; a quarterly
“党建+金融服务” 活动, two 共建协议 and the 成效; the 先锋队, two 攻坚项目 and the 完成率 in bands; a monthly 合规风险排查, the 问责 and a 一票否决; the
投诉 办结率, the 有效投诉 and a half-yearly 回访) and 基础工作 (the 活动室 or 党建书屋, the “有标识、有制度、有资料” and the 阵地; a quarterly 党务公开,
the “七一” 慰问 and the 公开内容; a half-yearly 研判, the 审核登记 and a "本项不得分"; the 半年 小结, the 年底 总结, the 归档 and the 一年一册).

The title (bold, centred), a centred "（考核对象：分行辖内各支行党支部）" line and a "支行党支部：    考核人：    考核日期：" line above one table:
考核内容 | 考核要求 | 分值 | 评分标准. There is NO 序号: the items are numbered by position 1..18. The categories are SECTION ROWS merged across the
table, printed WITH an ordinal and WITH their points on ONE line, "一、党建责任（16分）". 考核内容 (FIRST column) is a short name on every row
(`Row.indicator`); 考核要求 (`Row.text`) says what is required; 分值 is a plain number BEFORE the 评分标准 (`Row.scoring`); there is no 佐证 or 考核方式
column. A 合计 row of 100 closes the scored rows; UNDER it a "加分项（最高加5分）" section row with two bonus rows (not in `sections`: README, left out
of the labels); a "备注：" paragraph with three numbered lines follows the table. Counts in figures and Chinese numerals, nearly all in the 考核要求
("每月组织一次", "不少于40学时", "年初", "年底", "每季度开展一次", "每季度一次", "支部委员会每月召开一次，党员大会每季度召开一次，党小组会每月召开一次，
党课每季度一次", "不低于百分之九十", "每月开展一次", "全年不少于6次", "每年召开一次", "年内…不少于1名", "每两年至少发展1名", "按月", "每年核定一次", "每季度
至少联系一次", "每年…不少于1次", "不少于2个", "百分之九十五以上", "每季度至少一次", "不少于2个", "不少于2个", "百分之百", "每月开展一次", "全年", "百分之
百", "每半年开展一次", "每季度一次", "“七一”", "每半年分析研判一次", "年中", "年底", "一年一册"); "最高扣" caps and "最高得" caps; bands of the 满意率
(3 of the 6 points, closed by "85%以下的不得分") and of the 完成率 (4 of the 7 points, closed by "80%以下的不得分"); "每低1个百分点" once; "酌情扣0.5—1分"
once, "酌情扣1—2分" once and "酌情扣1分" once; two "一票否决，本项不得分" and two other "本项不得分".
"""

from __future__ import annotations

from pathlib import Path

from .build_helpers import docx_centred, docx_grid_table, docx_title, docx_total_row, merge_cells
from .model import Row, Section, Table, _fmt


def _row(label: str, text: str, points: float, scoring: str) -> Row:
    """One row in the order the table prints it: 考核内容, 考核要求, 分值, 评分标准."""
    return Row(text, points, scoring, indicator=label)


TABLE = Table(
    name="zzzzzq_shangluo_jianhang_zhihang_dangzhibu_docx",
    fmt="docx",
    title="中国建设银行股份有限公司商洛分行党委2025年度支行党支部党建工作考核评分表",
    numbering="position",
    sections=(
        Section("党建责任", "一、党建责任（16分）", 16, (
            _row("政治学习",
                 "落实“第一议题”制度，支部每月组织一次集中学习，学习党的创新理论和中央金融工作会议精神；党员年度学习培训不少于40学时。", 5,
                 "未落实“第一议题”制度的扣1分；集中学习每少1次扣0.3分，最高扣2分；学时不足的，每人扣0.2分，最高扣2分。"),
            _row("主体责任",
                 "年初与分行党委签订党建工作责任书，制定支部年度党建工作计划；支部书记年底向分行党委述职，述职评议等次达到“好”。", 5,
                 "签订责任书的得1分；制定年度计划的得1分；书记年底述职的得1分；述职评议为“好”等次的得2分，其他等次的不得分。"),
            _row("党风廉政",
                 "落实“一岗双责”，每季度开展一次廉洁教育或警示教育；员工异常行为排查每季度一次；信贷、柜面等关键岗位人员签订廉洁从业承诺书。", 6,
                 "廉洁教育每少1次扣0.5分；异常行为排查每少1次扣0.5分；关键岗位人员未签订承诺书的，每人扣0.2分，最高扣1分；支部党员发生违纪违法、"
                 "违规经营问题被查处的，一票否决，本项不得分。"),
        )),
        Section("组织建设", "二、组织建设（30分）", 30, (
            _row("三会一课",
                 "严格落实“三会一课”制度：支部委员会每月召开一次，党员大会每季度召开一次，党小组会每月召开一次，党课每季度一次；党员参会率不低于"
                 "百分之九十，因网点值班缺席的及时补课。", 8,
                 "“三会一课”每少1次扣0.5分，最高扣5分；参会率达到90%以上的得2分，未达到的不得分；缺席党员未补课的，每人次扣0.2分，最高扣1分。"),
            _row("主题党日",
                 "每月开展一次主题党日；结合“金融知识进万家”“反诈宣传进社区”开展党员志愿服务，全年不少于6次；活动有方案、有照片。", 6,
                 "主题党日每开展1次得0.25分，最高得3分；志愿服务每开展1次得0.5分，最高得3分。"),
            _row("组织生活会",
                 "每年召开一次组织生活会，会前开展谈心谈话、征求意见，会上开展批评和自我批评；同步开展民主评议党员，评议结果报分行党委备案。", 5,
                 "未召开组织生活会的扣3分；会前未开展谈心谈话、征求意见的扣0.5分；批评和自我批评流于形式的，酌情扣0.5—1分；未开展民主评议党员的扣1分；"
                 "评议结果未备案的扣0.5分。"),
            _row("发展党员",
                 "注重在客户经理、柜员等业务骨干中发展党员，年内培养入党积极分子不少于1名；每两年至少发展1名党员，发展程序规范、材料齐全。", 4,
                 "年内培养入党积极分子的得1分；两年内发展党员的得2分；发展程序规范、材料齐全的得1分；违反程序发展党员的，本项不得分。"),
            _row("党员管理",
                 "党员按月交纳党费，交纳基数每年核定一次；党员组织关系随岗位调动及时转接；对派驻异地网点的党员每季度至少联系一次。", 4,
                 "未按月交纳党费的，每人次扣0.1分，最高扣1分；未核定交纳基数的扣1分；组织关系转接不及时的，每人扣0.5分；联系每少1次扣0.2分，最高扣1分。"),
            _row("支部班子",
                 "支部委员会按期换届，支部书记由支行行长或分管副行长中的党员担任；支部委员每年参加分行党委组织的集中培训不少于1次。", 3,
                 "未按期换届的扣1.5分；书记配备不符合要求的扣1分；委员未参加培训的，每人扣0.5分。"),
        )),
        Section("党建与业务融合", "三、党建与业务融合（34分）", 34, (
            _row("党员示范",
                 "营业网点设立党员示范岗、党员服务窗口不少于2个，党员挂牌上岗、亮明身份；党员示范岗客户服务评价满意率达到百分之九十五以上。", 6,
                 "示范岗、服务窗口每少1个扣1分；党员未挂牌上岗的，每人次扣0.2分，最高扣1分；满意率95%以上的得3分，90%（含）—95%的得2分，85%（含）—90%"
                 "的得1分，85%以下的不得分。"),
            _row("金融为民",
                 "开展“党建+金融服务”进社区、进乡村、进园区活动，每季度至少一次；与辖区社区、行政村党组织签订结对共建协议不少于2个，推进普惠金融和"
                 "乡村振兴金融服务。", 7,
                 "每开展1次活动得1分，最高得4分；共建协议每签订1个得1分，最高得2分；共建工作无实际成效的，酌情扣1分。"),
            _row("党员攻坚",
                 "围绕存款、普惠贷款、消费者权益保护等重点任务组建党员先锋队，年内完成攻坚项目不少于2个；支行重点业务指标完成率达到百分之百。", 7,
                 "未组建党员先锋队的扣1分；攻坚项目每少1个扣1分；重点业务指标完成率100%以上的得4分，90%（含）—100%的得3分，80%（含）—90%的得2分，"
                 "80%以下的不得分。"),
            _row("合规经营",
                 "党员带头落实案防和合规管理要求，每月开展一次合规风险排查；全年支行无重大案件、重大风险事件和监管处罚。", 7,
                 "风险排查每少1次扣0.5分，最高扣3分；党员违规被行内问责的，每人次扣1分；发生重大案件或被监管部门处罚的，一票否决，本项不得分。"),
            _row("消保服务",
                 "落实消费者权益保护要求，客户投诉处理及时，投诉办结率达到百分之百；每半年开展一次客户满意度回访。", 7,
                 "投诉办结率每低1个百分点扣0.5分，最高扣3分；发生有效投诉的，每件扣0.5分，最高扣2分；满意度回访每少1次扣1分。"),
        )),
        Section("基础工作", "四、基础工作（20分）", 20, (
            _row("阵地建设",
                 "支行设立党员活动室或在营业网点设立“党建书屋”，做到有标识、有制度、有资料；发挥“党建+金融”服务阵地作用。", 5,
                 "设立党员活动室或党建书屋的得2分；“有标识、有制度、有资料”每缺一项扣0.5分；服务阵地作用发挥不明显的，酌情扣1—2分。"),
            _row("党务公开",
                 "党务公开每季度一次，公开党费收缴、发展党员、评先评优等内容；“七一”前后走访慰问老党员、困难党员。", 4,
                 "党务公开每少1次扣0.5分，最高扣2分；未开展走访慰问的扣1分；公开内容不全的扣0.5分。"),
            _row("意识形态",
                 "支部每半年分析研判一次员工思想动态和意识形态工作；网点电子屏、宣传栏、员工微信群信息发布审核登记。", 5,
                 "分析研判每少1次扣1分；信息发布未审核登记的，每次扣0.5分，最高扣2分；发生负面舆情造成不良影响的，本项不得分。"),
            _row("计划总结",
                 "年中形成半年工作小结，年底形成年度党建工作总结；党建资料分类归档、一年一册。", 6,
                 "有半年小结的得1分；有年度总结的得2分；党建资料未分类归档的扣2分；未做到一年一册的扣1分。"),
        )),
    ),
)

HEADER = ["考核内容", "考核要求", "分值", "评分标准"]
BONUS_TITLE = "加分项（最高加5分）"
BONUS = (
    ("荣誉表彰", "支部或党员获得总行、省分行及以上党委表彰的。", 3, "总行级每项加2分，省分行级每项加1分，最高加3分。"),
    ("品牌推广", "支部党建品牌或“党建+金融”案例被省分行及以上推广的。", 2, "每篇（个）加1分，最高加2分。"),
)
NOTES = (
    "备注：",
    "1.本表由分行党委于2025年12月中旬组织考核，党委办公室（党建工作部）牵头，人力资源部、内控合规部、个人金融部参加，纪委办公室派员监督，采取听取"
    "汇报、查阅资料、现场检查、调阅业务系统数据、客户回访相结合的方式进行，以2025年1月1日至考核之日为准。",
    "2.评分标准列明“得分”的，按达到的情形计分；列明“扣分”的，在该项分值内扣减，扣完为止；业务指标完成率以分行年度考核办法口径为准。",
    "3.考核得分与加分合计90分以上的为“优秀”，80—89分的为“良好”，70—79分的为“一般”，70分以下的为“较差”；考核结果纳入支行领导班子年度综合考评，"
    "占党建工作分值的百分之四十。",
)


def build(t: Table, path: Path) -> None:
    import docx

    ncols = len(HEADER)
    n_rows = 1 + sum(1 + len(s.rows) for s in t.sections) + 1 + 1 + len(BONUS)
    document = docx.Document()
    docx_title(document, t.title, 16)
    docx_centred(document, "（考核对象：分行辖内各支行党支部）")
    document.add_paragraph("支行党支部：                        考核人：                    考核日期：      年    月    日")
    tbl = docx_grid_table(document, n_rows, ncols, HEADER)
    r = 1
    for s in t.sections:
        merge_cells(tbl, r, 0, r, ncols - 1, s.printed)
        r += 1
        for row in s.rows:
            for c, v in ((0, row.indicator), (1, row.text), (2, _fmt(row.points)), (3, row.scoring)):
                tbl.cell(r, c).text = v
            r += 1
    docx_total_row(tbl, r, 2, t.total)
    r += 1
    merge_cells(tbl, r, 0, r, ncols - 1, BONUS_TITLE)
    r += 1
    for label, case, most, rule in BONUS:
        for c, v in ((0, label), (1, case), (2, _fmt(most)), (3, rule)):
            tbl.cell(r, c).text = v
        r += 1
    for line in NOTES:
        document.add_paragraph(line)
    document.save(str(path))
