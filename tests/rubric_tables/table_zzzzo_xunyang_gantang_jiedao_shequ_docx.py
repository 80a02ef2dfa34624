"""浔阳区甘棠街道2025年度社区党建工作考核评分细则 (.docx), as the 街道党工委 of 江西 九江 浔阳区 甘棠街道 (its 党建办 with the 社区治理办, the 网格化
服务管理中心, the 平安办 and the 街道纪工委, a 考核组 going round the 社区 in the second half of December, when the 甘棠湖 is grey and still and the
烟水亭 is closed for repair) scores the 社区党组织 of the old centre of 九江: the 老 机关 宿舍 and the 单位 大院 around the 甘棠湖, the 商业 streets of
the 大中路 and the 庾亮 南路, the 老旧小区 being 改造 with new 物业, the 驻区 学校、医院 and 银行, the 长江 flood season that every 网格 watches: a table
of three levels of 指标 whose 三级指标 prints what the 社区 must have done and whose 评分细则 takes points off one clause at a time, nearly always
with a "最高扣N分" cap, and scores the 人均 志愿服务时长 and the 年底 满意率 in bands: 组织体系 (the 书记 as 居委会主任 and the 交叉任职比例; the 年底
述职, its “好”等次比例 and the 整改清单; the 网格党组织 组建率 and the 组织链条; the 小区党组织 覆盖率 and the 物业 党组织 组建率; the 党员比例 of the
社区工作者, the 培训 and 24学时; three 后备干部, two under 35 and a half-yearly 轮岗), 组织生活 (the “三会一课” and the 书记's two 党课; the 主题党日 on
the first Friday with 方案、签到、照片 and the 参加率; the 组织生活会 with the 谈心谈话, the 征求意见 and the 对照检查材料; the 民主评议, its 通报 and the
不合格 党员; 党费 按月 with a half-yearly 公示, the 积分 with a quarterly 公示 and the 年底 “先锋党员”; the 流动党员 quarterly, the 报到率 and three
志愿服务), 治理服务 (sixty 户 a month, the 民情日志 and the 按期办结率; the quarterly “三方联席会议”, the 物业 满意率 and no 群体性上访; five 共建协议,
the “三张清单” and three 共建项目; a monthly 居民议事会 and its 公开, a quarterly 排查 and the 化解率; the 党群服务中心, its six days and its 错时延时
服务, the 党建品牌 and four 品牌活动; two 志愿服务队, a monthly 志愿服务 and the 人均 时长 in bands) and 群众评价 (the 年底 满意率 in bands; no 违纪违法,
no 重大安全事故 and no 群体性事件).

The title (bold, centred) and a centred "（考核对象：甘棠街道所辖各社区党委、党总支）" line above one table: 一级指标 | 二级指标 | 三级指标 | 分值 | 评分细则.
There is NO 序号: the items are numbered by position 1..20. The 一级指标 are MERGED CELLS down the FIRST column, printed WITHOUT an ordinal and WITH
their points on a SECOND line, "组织体系\\n（25分）". The 二级指标 are MERGED CELLS down the SECOND column over the rows they hold (one to three rows
each), a short name with no points (`Row.indicator`); 三级指标 (`Row.text`) says what is required; 分值 is a plain number BEFORE the 评分细则
(`Row.scoring`). A 合计 row of 100 closes the table; a "说明：" paragraph and three numbered lines follow it. Counts in figures and Chinese numerals,
nearly all in the 三级指标 ("不低于百分之五十", "年底", "百分之八十以上", "次年3月底前", "100%", "百分之九十以上", "百分之八十", "不低于百分之六十", "每年…
不少于1次", "累计不少于24学时", "不少于3名", "35周岁以下的不少于2名", "每半年…一次", "支部委员会（党委会）每月召开1次，党员大会每季度召开1次，党小组会
每月召开1次，党课每季度1次", "每年讲党课不少于2次", "每月第一个星期五", "不低于百分之八十五", "每年召开一次", "按月", "每半年公示一次", "每季度公示一次",
"年底", "每季度联系一次", "100%", "每人每年…不少于3次", "每月…不少于60户", "百分之九十五", "每季度召开一次", "百分之八十", "不少于5家", "年内…不少于3个",
"每月召开一次", "每季度开展一次", "百分之九十八", "每周开放不少于6天", "年内…不少于4次", "不少于2支", "每月开展一次", "不少于20小时", "年底", "不低于百分
之九十"); "最高扣" caps in most rules; bands of the 人均 志愿服务时长 (3 of the 6 points, closed by "10小时以下的不得分") and of the 年底 满意率 (all 10
points, closed by "80%以下的不得分"); "酌情扣1-2分" once, "酌情扣0.5-1分" twice and "酌情扣0.5分" once; one "本项不得分".
"""

from __future__ import annotations

from pathlib import Path

from .build_helpers import docx_centred, docx_grid_table, docx_title, docx_total_row, merge_cells
from .model import Row, Section, Table, _fmt


def _row(level2: str, text: str, points: float, scoring: str) -> Row:
    """One row in the order the table prints it: 二级指标, 三级指标, 分值, 评分细则."""
    return Row(text, points, scoring, indicator=level2)


TABLE = Table(
    name="zzzzo_xunyang_gantang_jiedao_shequ_docx",
    fmt="docx",
    title="浔阳区甘棠街道2025年度社区党建工作考核评分细则",
    numbering="position",
    sections=(
        Section("组织体系", "组织体系\n（25分）", 25, (
            _row("班子建设",
                 "社区党组织书记通过法定程序担任居委会主任；社区“两委”班子成员交叉任职比例不低于百分之五十。", 4,
                 "书记未担任居委会主任的扣2分；交叉任职比例未达到50%的扣1分。"),
            _row("班子建设",
                 "社区党组织书记年底向街道党工委述职，述职评议“好”等次比例达到百分之八十以上；述职反映的问题形成整改清单，次年3月底前整改到位。", 4,
                 "未述职的扣2分；“好”等次比例每低5个百分点扣0.5分，最高扣1分；无整改清单的扣1分。"),
            _row("组织覆盖",
                 "健全“社区党组织—网格党支部—楼栋党小组—党员中心户”组织链条，网格党组织组建率达到100%。", 4,
                 "网格党组织每缺1个扣0.5分，最高扣2分；组织链条不健全的，酌情扣1-2分。"),
            _row("组织覆盖",
                 "住宅小区党组织覆盖率达到百分之九十以上；辖区物业服务企业党组织组建率达到百分之八十。", 4,
                 "小区党组织覆盖率每低1个百分点扣0.2分，最高扣2分；物业服务企业应建未建党组织的，每家扣0.5分，最高扣2分。"),
            _row("队伍建设",
                 "社区工作者中党员比例不低于百分之六十；社区专职党务工作者每年参加区级以上培训不少于1次，累计不少于24学时。", 5,
                 "党员比例每低5个百分点扣0.5分，最高扣1分；未参加培训的，每人扣0.5分，最高扣2分；学时不足的，每人扣0.2分，最高扣1分。"),
            _row("队伍建设",
                 "储备社区后备干部不少于3名，其中35周岁以下的不少于2名；后备干部每半年轮岗锻炼一次。", 4,
                 "后备干部每少1名扣0.5分，最高扣1.5分；35周岁以下的每少1名扣0.5分；轮岗每少1次扣0.5分，最高扣1分。"),
        )),
        Section("组织生活", "组织生活\n（25分）", 25, (
            _row("“三会一课”",
                 "支部委员会（党委会）每月召开1次，党员大会每季度召开1次，党小组会每月召开1次，党课每季度1次；社区党组织书记每年讲党课不少于2次。", 6,
                 "“三会一课”每少1次扣0.5分，最高扣4分；书记讲党课每少1次扣1分，最高扣2分。"),
            _row("主题党日",
                 "每月第一个星期五开展主题党日活动，有方案、有签到、有照片；党员参加率不低于百分之八十五。", 4,
                 "主题党日每少1次扣0.3分，最高扣2分；缺方案、签到或照片的，每次扣0.1分，最高扣1分；参加率低于85%的扣1分。"),
            _row("组织生活会",
                 "每年召开一次组织生活会，会前开展谈心谈话、征求意见，班子成员撰写对照检查材料，查摆问题具体、整改措施明确。", 5,
                 "未召开组织生活会的扣2分；谈心谈话、征求意见每缺一项扣0.5分，最高扣1分；对照检查材料查摆问题不具体的，酌情扣0.5-1分。"),
            _row("组织生活会",
                 "开展民主评议党员，评议结果向党员通报；对评议为“不合格”的党员按规定稳妥处置。", 3,
                 "未开展民主评议党员的扣2分；评议结果未通报的扣0.5分；不合格党员处置不规范的，酌情扣0.5分。"),
            _row("党员管理",
                 "党员按月交纳党费，每半年公示一次；推行党员积分管理，积分每季度公示一次，年底依据积分评定“先锋党员”。", 4,
                 "未按月交纳党费的，每人次扣0.1分，最高扣1分；党费公示每少1次扣0.5分；积分公示每少1次扣0.3分，最高扣1分；年底未评定的扣0.5分。"),
            _row("党员管理",
                 "流动党员纳入管理，每季度联系一次；在职党员到社区报到率达到100%，报到党员每人每年参加社区志愿服务不少于3次。", 3,
                 "联系每少1次扣0.2分，最高扣0.5分；报到率每低1个百分点扣0.1分，最高扣1分；志愿服务不足3次的，每人扣0.1分，最高扣1.5分。"),
        )),
        Section("治理服务", "治理服务\n（35分）", 35, (
            _row("网格治理",
                 "网格员每月入户走访不少于60户，民情日志记录完整；居民诉求按期办结率达到百分之九十五。", 6,
                 "走访不足的，每人每月扣0.1分，最高扣2分；民情日志记录不全的，酌情扣0.5-1分；按期办结率每低1个百分点扣0.3分，最高扣3分。"),
            _row("网格治理",
                 "推进“红色物业”，每季度召开一次社区党组织、业委会、物业服务企业“三方联席会议”；物业服务满意率达到百分之八十。", 5,
                 "联席会议每少1次扣0.5分，最高扣2分；物业服务满意率低于80%的扣1分；因物业服务矛盾引发群体性上访的，每起扣1分，最高扣2分。"),
            _row("共建共治",
                 "与驻区单位签订共驻共建协议不少于5家，建立需求、资源、项目“三张清单”；年内实施共建项目不少于3个。", 6,
                 "共建协议每少1家扣0.5分，最高扣2分；未建立“三张清单”的扣1分；共建项目每少1个扣1分，最高扣3分。"),
            _row("共建共治",
                 "每月召开一次居民议事会，议事结果向居民公开；每季度开展一次矛盾纠纷排查，化解率达到百分之九十八。", 6,
                 "议事会每少1次扣0.3分，最高扣2分；议事结果未公开的扣0.5分；排查每少1次扣0.5分，最高扣1.5分；化解率每低1个百分点扣0.2分，最高扣"
                 "2分。"),
            _row("为民服务",
                 "党群服务中心每周开放不少于6天，实行错时延时服务；打造“甘棠红”社区党建品牌，年内开展品牌活动不少于4次。", 6,
                 "开放时间不足的扣1分；未实行错时延时服务的扣0.5分；未打造党建品牌的扣1分；品牌活动每少1次扣0.5分，最高扣2分。"),
            _row("为民服务",
                 "组建党员志愿服务队不少于2支，每月开展一次志愿服务；党员年人均志愿服务时长不少于20小时。", 6,
                 "服务队每少1支扣0.5分；志愿服务每少1次扣0.2分，最高扣2分；人均时长20小时以上的得3分，15小时（含）—20小时的得2分，10小时（含）—"
                 "15小时的得1分，10小时以下的不得分。"),
        )),
        Section("群众评价", "群众评价\n（15分）", 15, (
            _row("满意度测评",
                 "年底由街道党工委组织党员、居民代表对社区党组织开展满意度测评，满意率不低于百分之九十。", 10,
                 "满意率95%以上的得10分，90%（含）—95%的得8分，85%（含）—90%的得6分，80%（含）—85%的得3分，80%以下的不得分。"),
            _row("负面清单",
                 "社区党组织和“两委”成员不发生违纪违法问题；不发生因工作失职引发的重大安全事故和群体性事件。", 5,
                 "“两委”成员受到党纪政务处分的，每人扣2分，最高扣4分；发生重大安全事故或群体性事件的，本项不得分。"),
        )),
    ),
)

HEADER = ["一级指标", "二级指标", "三级指标", "分值", "评分细则"]
NOTES = (
    "说明：",
    "1.本细则由街道党工委于12月下旬组织考核，采取听取汇报、查阅资料、实地查看、入户走访、问卷测评相结合的方式进行，以2025年1月1日至考核之日"
    "形成的资料为准。",
    "2.各项扣分以该项分值为限，扣完为止；评分细则列明得分档次的，按档次计分；按期办结率以区网格化服务管理平台数据为准。",
    "3.考核得分90分以上的为“优秀”，80—89分的为“良好”，70—79分的为“一般”，70分以下的为“较差”，考核结果与社区工作者绩效报酬挂钩。",
)


def build(t: Table, path: Path) -> None:
    import docx

    ncols = len(HEADER)
    n_rows = 1 + sum(len(s.rows) for s in t.sections) + 1
    document = docx.Document()
    docx_title(document, t.title, 16)
    docx_centred(document, "（考核对象：甘棠街道所辖各社区党委、党总支）")
    tbl = docx_grid_table(document, n_rows, ncols, HEADER)
    r = 1
    for s in t.sections:
        top = r
        group_top, group = r, None
        for row in s.rows:
            if row.indicator != group:
                if group is not None:
                    merge_cells(tbl, group_top, 1, r - 1, 1, group)
                group_top, group = r, row.indicator
            for c, v in ((2, row.text), (3, _fmt(row.points)), (4, row.scoring)):
                tbl.cell(r, c).text = v
            r += 1
        merge_cells(tbl, group_top, 1, r - 1, 1, group)
        merge_cells(tbl, top, 0, r - 1, 0, s.printed)
    docx_total_row(tbl, r, 3, t.total)
    for line in NOTES:
        document.add_paragraph(line)
    document.save(str(path))
