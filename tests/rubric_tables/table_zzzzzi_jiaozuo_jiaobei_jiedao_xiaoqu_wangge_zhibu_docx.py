"""解放区焦北街道党工委2025年度小区（网格）党支部工作评价细则 (.docx), as the 街道党工委 of 焦北街道 in 焦作 解放区 in 河南 (its 党建办 with the
社区治理办, the 综治中心, the 应急办, the 住建 物业科 and the 街道纪工委, an 评价组 going round the 小区 in the last fortnight of December, when the 太行山
wind comes down over the old 煤城, the 焦煤 家属院 of the 矿务局 are half-way through their 老旧小区 改造, the new 商品房 towers by the 南水北调 绿化带 fill
with young families and the 电动自行车 of the 外卖 riders stand charging in the 楼道 the 网格员 keep clearing) scores the 党支部 of a 小区 or 网格: the
矿务局 家属院 of retired 矿工 党员 whose 物业 left years ago, the 商品房 小区 with a 业委会 and a 物业 company, the 回迁 小区 of the 城中村 改造 where the
四方 meet every month in the 红色驿站: a table of 一级指标 and 二级指标 whose 评价标准 prints what the 支部 must have done and whose 评分方法 takes points
off one clause at a time (scoring the 物业服务 满意度 and the 年底 满意率 in bands): 组织健全 (the 3至5名, the 楼栋党小组 覆盖率 and a 楼栋长 each 楼栋; the
“三会一课”, the 参会率 and the 送学上门; the 主题党日 and four “红色物业”“楼道微治理” 活动; the 组织生活会, the 民主评议, the 谈心谈话 全覆盖, the 积分制度
and a quarterly 公示), 红色物业 (the 组建率, the 共建协议 and its 落实; a monthly “四方联席会议” and the 办结率; the 业委会, the 党员比例, the 把关 and the
审核; a half-yearly 评价 of the 物业, its 公示 and the 满意度 in bands), 网格治理 (the 网格长, the 上报及时率, the “民情日志” and the 巡查; a monthly 排查,
the 台账, the 调处成功率 and a "本项不得分"; the 报到率, the 岗位, four 志愿服务 each and the 年底 反馈; a quarterly 专项整治, a yearly 演练, the 整改 and a
一票否决), 服务群众 (a quarterly 议事会, four 实事 and the 公开; the 关爱台账, a monthly 探访 and the “七一”、春节 慰问; the 场所、标识、制度、人员, the 开放
and the 清单; the 年底 满意率 in bands) and 基础工作 (the 年初 计划 and 项目清单, the 年底 总结 and the 年底 述职; the “1+N” 台账 by month, the 系统, the
接转 and 党费 按月).

The title (bold, centred) and a centred "（评价对象：焦北街道各小区（网格）党支部）" line above one table: 一级指标 | 二级指标 | 评价标准 | 分值 | 评分方法.
There is NO 序号: the items are numbered by position 1..18. The 一级指标 are MERGED CELLS down the FIRST column, printed WITHOUT an ordinal and WITH their
points on ONE line, "组织健全（20分）". 二级指标 (SECOND column) is a short name on every row (`Row.indicator`); 评价标准 (`Row.text`) says what is required;
分值 is a plain number BEFORE the 评分方法 (`Row.scoring`); there is no 佐证 or 考核方式 column. A 合计 row of 100 closes the table; a "备注：" paragraph
with three numbered lines follows it. Counts in figures and Chinese numerals, nearly all in the 评价标准 ("3至5名", "100%", "1名", "支部委员会每月召开1次，党员
大会每季度召开1次，党小组会每月召开1次，党课每季度1次", "不低于百分之八十", "每月开展一次", "年内…不少于4次", "每年召开一次", "全覆盖", "每季度公示一次",
"100%", "百分之五十以上", "每月召开一次", "百分之九十", "每半年…一次", "百分之九十", "每天", "100%", "每月开展一次", "百分之九十五", "全年", "100%", "每人每年
…不少于4次", "年底", "每季度开展一次", "每年组织一次", "全年", "每季度召开一次", "年内…不少于4件", "每月至少…一次", "“七一”、春节", "每周开放不少于5天",
"年底", "百分之九十", "年初", "年底", "年底", "按月", "按月"); "最高扣" caps; bands of the 物业服务 满意度 (3 of the 6 points, closed by "70%以下的不得分")
and of the 年底 满意率 (all 6, closed by "80%以下的不得分"); "每低10个百分点" three times, "每低5个百分点" four times and "每低1个百分点" once; "酌情扣0.5-1.5分"
once, "酌情扣0.5-1分" twice and "酌情扣1-2分" twice; one "实行一票否决，本项不得分" and one other "本项不得分".
"""

from __future__ import annotations

from pathlib import Path

from .build_helpers import docx_centred, docx_grid_table, docx_title, docx_total_row, merge_cells
from .model import Row, Section, Table, _fmt


def _row(label: str, text: str, points: float, scoring: str) -> Row:
    """One row in the order the table prints it: 二级指标, 评价标准, 分值, 评分方法."""
    return Row(text, points, scoring, indicator=label)


TABLE = Table(
    name="zzzzzi_jiaozuo_jiaobei_jiedao_xiaoqu_wangge_zhibu_docx",
    fmt="docx",
    title="解放区焦北街道党工委2025年度小区（网格）党支部工作评价细则",
    numbering="position",
    sections=(
        Section("组织健全", "组织健全（20分）", 20, (
            _row("支部设置",
                 "以住宅小区（网格）为单元设置党支部，支部委员3至5名；楼栋党小组覆盖率100%；每个楼栋明确1名党员楼栋长。", 5,
                 "支委配备不齐的扣1分；楼栋党小组覆盖率每低10个百分点扣0.5分，最高扣2分；楼栋长未明确的，每栋扣0.2分，最高扣2分。"),
            _row("三会一课",
                 "支部委员会每月召开1次，党员大会每季度召开1次，党小组会每月召开1次，党课每季度1次；党员参会率不低于百分之八十；行动不便的老党员采取送学上门"
                 "方式参加学习。", 6,
                 "“三会一课”每少1次扣0.5分，最高扣3分；参会率每低5个百分点扣0.5分，最高扣2分；送学上门未落实的扣1分。"),
            _row("主题党日",
                 "每月开展一次主题党日活动，与在职党员报到服务相结合；年内开展“红色物业”“楼道微治理”等主题活动不少于4次。", 4,
                 "主题党日每少1次扣0.3分，最高扣2分；主题活动每少1次扣0.5分。"),
            _row("组织生活",
                 "每年召开一次组织生活会，开展民主评议党员；支部书记与支部委员、党员谈心谈话全覆盖；建立党员积分管理制度，积分情况每季度公示一次。", 5,
                 "未召开组织生活会的扣1.5分；未开展民主评议党员的扣1分；谈心谈话未全覆盖的扣1分；无积分管理制度的扣1分；积分公示每少1次扣0.5分。"),
        )),
        Section("红色物业", "红色物业（25分）", 25, (
            _row("物业党建",
                 "推动小区物业服务企业建立党组织或选派党建指导员，组建率（选派率）达到100%；支部与物业服务企业签订共建协议，明确共建事项。", 6,
                 "组建率（选派率）每低10个百分点扣1分，最高扣3分；未签订共建协议的扣1.5分；协议内容空泛、共建事项未落实的，酌情扣0.5-1.5分。"),
            _row("联席会议",
                 "每月召开一次由支部牵头，居委会、业委会、物业服务企业参加的“四方联席会议”，研究解决停车、环境卫生、维修资金使用等问题；议定事项办结率达到"
                 "百分之九十。", 6,
                 "联席会议每少1次扣0.5分，最高扣3分；办结率每低5个百分点扣0.5分，最高扣2分；会议记录不完整的，酌情扣0.5-1分。"),
            _row("业委会建设",
                 "推动符合条件的小区成立业主委员会，业委会成员中党员比例达到百分之五十以上；业委会换届时候选人由支部审核把关；业委会重大事项决策前报支部审核。",
                 7,
                 "未成立业委会的扣3分；党员比例每低10个百分点扣0.5分，最高扣1.5分；候选人未经支部把关的扣1分；重大事项未报审核的，每件扣0.5分，最高扣1.5分。"),
            _row("物业评价",
                 "每半年组织居民对物业服务企业开展一次服务质量评价，物业服务满意度达到百分之九十；评价结果在小区公示，并作为物业服务企业续聘、调价的重要依据。",
                 6,
                 "评价每少1次扣2分；评价结果未公示的扣1分；物业服务满意度90%以上的得3分，80%（含）—90%的得2分，70%（含）—80%的得1分，70%以下的不得分。"),
        )),
        Section("网格治理", "网格治理（25分）", 25, (
            _row("网格管理",
                 "支部书记兼任网格长，专职网格员每天巡查网格，发现问题及时上报，上报及时率达到100%；建立网格“民情日志”。", 6,
                 "网格长未由支部书记兼任的扣1分；上报及时率每低5个百分点扣0.5分，最高扣2分；无民情日志的扣1分；网格巡查不到位的，酌情扣1-2分。"),
            _row("矛盾调处",
                 "每月开展一次矛盾纠纷排查，建立排查调处台账，邻里纠纷调处成功率达到百分之九十五；全年不发生因物业纠纷引发的群体性事件。", 7,
                 "排查每少1次扣0.5分，最高扣3分；无排查调处台账的扣1分；调处成功率每低1个百分点扣0.2分，最高扣2分；发生群体性事件的，本项不得分。"),
            _row("在职党员",
                 "在职党员到小区报到率达到100%，亮明身份，认领楼栋服务岗位；每人每年参加小区志愿服务不少于4次；报到党员表现情况年底反馈所在单位党组织。", 6,
                 "报到率每低5个百分点扣0.5分，最高扣2分；志愿服务不足4次的，每人扣0.1分，最高扣2分；年底未反馈的扣1分；未认领服务岗位的，酌情扣0.5-1分。"),
            _row("平安小区",
                 "每季度开展一次消防通道、电动自行车入户充电专项整治，发现隐患立即整改；每年组织一次消防应急疏散演练；全年不发生亡人火灾事故。", 6,
                 "专项整治每少1次扣0.5分，最高扣2分；未开展演练的扣1.5分；隐患未整改的，每处扣0.5分，最高扣2.5分；发生亡人火灾事故的，实行一票否决，本项"
                 "不得分。"),
        )),
        Section("服务群众", "服务群众（20分）", 20, (
            _row("协商议事",
                 "每季度召开一次居民议事会，年内通过协商解决加装电梯、停车难、环境整治等民生实事不少于4件；议事结果在小区公开栏公开。", 5,
                 "议事会每少1次扣0.5分；民生实事每少1件扣0.5分，最高扣2分；议事结果未公开的扣0.5分。"),
            _row("关爱服务",
                 "建立独居老人、残疾人、困难家庭关爱台账，网格员每月至少上门探访一次；“七一”、春节走访慰问生活困难党员、老党员。", 5,
                 "无关爱台账的扣1分；探访每少1次扣0.2分，最高扣2分；慰问每少1人扣0.2分，最高扣1分。"),
            _row("阵地建设",
                 "小区党群服务站（红色驿站）做到有场所、有标识、有制度、有人员，每周开放不少于5天；服务事项清单上墙。", 4,
                 "场所、标识、制度、人员每缺一项扣0.5分；开放时间不足的扣1分；服务事项清单未上墙的扣0.5分。"),
            _row("居民满意",
                 "年底由街道党工委组织小区居民代表对支部工作开展满意度测评，满意率达到百分之九十。", 6,
                 "满意率95%以上的得6分，90%（含）—95%的得5分，85%（含）—90%的得3分，80%（含）—85%的得1分，80%以下的不得分。"),
        )),
        Section("基础工作", "基础工作（10分）", 10, (
            _row("计划述职",
                 "年初制定支部年度工作计划和“一支部一特色”项目清单，年底形成工作总结；支部书记年底向街道党工委述职。", 5,
                 "缺计划、项目清单或总结的，每项扣1分；书记未述职的扣2分。"),
            _row("台账管理",
                 "建立“1+N”支部工作台账，按月整理归档；党员信息在全国党员管理信息系统中准确完整，党员组织关系接转及时；党员按月足额交纳党费。", 5,
                 "台账不全或未按月归档的，酌情扣1-2分；系统信息不准确的，每人扣0.1分，最高扣1分；组织关系接转不及时的，每人扣0.5分，最高扣1.5分；未按月交纳"
                 "党费的，每人次扣0.1分，最高扣0.5分。"),
        )),
    ),
)

HEADER = ["一级指标", "二级指标", "评价标准", "分值", "评分方法"]
NOTES = (
    "备注：",
    "1.本细则由街道党工委于12月中下旬组织评价，党建办牵头，社区治理办、综治中心、应急办、物业科、街道纪工委参加，采取查阅资料、实地查看、入户走访、"
    "问卷测评相结合的方式进行，以2025年1月1日至评价之日形成的资料为准。",
    "2.各项扣分以该项分值为限，扣完为止；评分方法列明得分档次的，按档次计分；无物业服务企业的小区，“物业评价”一项按社区兜底服务情况评价。",
    "3.评价得分95分以上的评为“五星党支部”，90—94分的为“四星”，85—89分的为“三星”，85分以下的不评星，评价结果作为社区党委年度考核和“红色物业示范"
    "小区”评选的重要依据。",
)


def build(t: Table, path: Path) -> None:
    import docx

    ncols = len(HEADER)
    n_rows = 1 + sum(len(s.rows) for s in t.sections) + 1
    document = docx.Document()
    docx_title(document, t.title, 16)
    docx_centred(document, "（评价对象：焦北街道各小区（网格）党支部）")
    tbl = docx_grid_table(document, n_rows, ncols, HEADER)
    r = 1
    for s in t.sections:
        top = r
        for row in s.rows:
            cells = ((1, row.indicator), (2, row.text), (3, _fmt(row.points)), (4, row.scoring))
            for c, v in cells:
                tbl.cell(r, c).text = v
            r += 1
        merge_cells(tbl, top, 0, r - 1, 0, s.printed)
    docx_total_row(tbl, r, 3, t.total)
    for line in NOTES:
        document.add_paragraph(line)
    document.save(str(path))
