"""左权县麻田镇党委2025年度村党组织建设考核评分表 (.docx), as the 镇党委 of 山西 晋中 左权县 麻田镇 (its 党建办 with the 农业综合服务中心, the
乡村振兴办, the 综治中心, the 财政所 and the 镇纪委, a 考核组 of 包村 镇干部 going round the 村 in the third week of December, when the 清漳河 is frozen
at the edges, the 核桃 have been cracked and sold, the 八路军总部旧址 is quiet between the summer 研学 crowds and the old men sing 左权民歌 by the stove)
scores the 村党组织 of a 太行山 township: the 旧址 村 that lives on its 红色旅游 and 农家乐, the 核桃 and 小米 村 up the side valleys, the 光伏 村 whose
panels were built for the 脱贫 years, the hamlets emptied by the young going to 太原 and 晋中: a table of 一级指标 and 二级指标 whose 考核要点 prints what
the 村 must have done, whose 评分细则 takes points off one clause at a time (scoring the 主题党日 参会率, the 经营性收入 in 万元 and the 年底 满意率 in bands),
with a 一票否决事项 block under the 合计: 班子队伍 (the “一肩挑” and one roster of the “两委” by age and 学历, the 团结; the 年初 承诺书, the 年底 述职, the
“好”等次比例 and the 坐班; two 后备力量, a 致富能手 or 返乡大学生, a half-yearly 考察 and the 参与; 5天 of 培训, 32学时 and the 送学), 组织生活 (the “三会
一课”, the 冬训 and its 参训率; the 主题党日 on the 10th with 方案、签到、记录, two visits to the 纪念馆 and the 参会率 in bands; the 组织生活会, the 征求意见,
the 谈心谈话, the 民主评议 and the 备案; 党费 按月, a quarterly 联系 of the 流动党员, the 纳入管理率, the 积分, a quarterly 公示 and the 年底 星级; one
积极分子, the 公示 and the 材料), 产业发展 (the 经营性收入 in 万元 bands with the 统计年报 and the 增长; the 合作社, twenty 带动户, one 创业带富 项目 and the
运行; the “三资” 平台, the monthly 财务 and quarterly 党务、村务 公开 and the “四议两公开”; a monthly 返贫 排查, the 落实率, the 光伏 收益分配方案, its 通过
and its 公示) and 治理服务 (a monthly 排查, the 化解率, five 联户 each and a quarterly 走访; the 村规民约, the “三会”, a quarterly 评选, its 公布 and four
宣传; a monthly 义务劳动, the “门前三包” and the 垃圾; the 党旗、党徽、标识, the 清单, the 开放, the 坐班值班记录 and the 代办; a half-yearly 研判, the
先审后发 and the 民间信仰; the 年底 满意率 in bands).

The title (bold, centred) and a centred "（考核对象：麻田镇各村党支部、党总支）" line above one table: 一级指标 | 二级指标 | 考核要点 | 分值 | 评分细则.
There is NO 序号: the items are numbered by position 1..19. The 一级指标 are MERGED CELLS down the FIRST column, printed WITH an ordinal and WITH their
points on ONE line, "一、班子队伍（20分）". The 二级指标 (SECOND column) is a short name on every row (`Row.indicator`). 考核要点 (`Row.text`) says what is
required; 分值 is a plain number BEFORE the 评分细则 (`Row.scoring`); there is no 佐证 or 考核方式 column. A 合计 row of 100; UNDER it a 一票否决事项 block
of three rows with no points (the 一级指标 cell "一票否决事项" merged down beside them, a short 二级指标 name, the case in the 考核要点 column, the 分值 cell
blank and "年度考核直接确定为“差”等次" in the 评分细则 column; not in `sections`); a "说明：" paragraph with four numbered lines and a signature line follow
the table. Counts in figures and Chinese numerals, nearly all in the 考核要点 ("45周岁以下的不少于2名", "高中（中专）及以上学历的不少于3名", "年初", "年底",
"不低于百分之七十", "每月…不少于20天", "不少于2名", "不少于1名", "每半年…一次", "每人每年…不少于5天", "每人每年…不少于32学时", "支部委员会每月召开1次，
党员大会每季度召开1次，党小组会每月召开1次，党课每季度1次", "每年冬春季", "百分之九十", "每月10日", "年内…不少于2次", "不低于百分之八十", "每年召开一次",
"按月", "每季度至少…一次", "100%", "每季度公示…一次", "年底", "年内…不少于1名", "不少于5个工作日", "10万元以上", "不少于1个", "不少于20户", "年内…不少于
1个", "每月公开一次", "每季度公开一次", "每月开展一次", "100%", "每月开展一次", "百分之九十五", "不少于5户", "每季度…一次", "每季度开展一次", "年内…不少于4次",
"每月组织一次", "每周开放不少于5天", "每半年开展一次", "年底", "百分之九十"); "最高扣" caps; bands of the 主题党日 参会率 (1.5 of the 5 points, closed by
"60%以下的不得分"), of the 经营性收入 in 万元 (6 of the 8, closed by "3万元以下的不得分") and of the 年底 满意率 (all 5, closed by "85%以下的不得分");
"每少5户" once; "每低5个百分点" twice and "每低1个百分点" once; "酌情扣1-2分" once, "酌情扣1-1.5分" once, "酌情扣0.5-1分" four times and "酌情扣0.5分"
once; no "本项不得分" (the 一票否决 cases are printed apart).
"""

from __future__ import annotations

from pathlib import Path

from .build_helpers import docx_centred, docx_grid_table, docx_title, merge_cells
from .model import Row, Section, Table, _fmt


def _row(label: str, text: str, points: float, scoring: str) -> Row:
    """One row in the order the table prints it: 二级指标, 考核要点, 分值, 评分细则."""
    return Row(text, points, scoring, indicator=label)


TABLE = Table(
    name="zzzzzd_zuoquan_matian_zhen_cun_dangzuzhi_docx",
    fmt="docx",
    title="左权县麻田镇党委2025年度村党组织建设考核评分表",
    numbering="position",
    sections=(
        Section("班子队伍", "一、班子队伍（20分）", 20, (
            _row("班子结构",
                 "村党组织书记、村委会主任“一肩挑”；村“两委”班子成员中45周岁以下的不少于2名，高中（中专）及以上学历的不少于3名；班子团结，运转有序。",
                 5,
                 "未实行“一肩挑”的扣1分；45周岁以下成员每少1名扣0.5分；高中（中专）及以上学历成员每少1名扣0.5分，最高扣1.5分；班子不团结、工作推不动的，"
                 "酌情扣1-2分。"),
            _row("书记履职",
                 "村党组织书记年初向镇党委递交抓党建工作承诺书，年底向镇党委述职并接受党员群众评议，评议“好”等次比例不低于百分之七十；书记每月在村坐班"
                 "不少于20天。", 5,
                 "未递交承诺书的扣1分；未述职评议的扣2分；“好”等次比例低于70%的扣1分；坐班天数不足的，酌情扣0.5-1分。"),
            _row("后备力量",
                 "每村储备村级后备力量不少于2名，其中致富能手、返乡大学生不少于1名；村党组织每半年对后备力量培养情况考察一次，安排后备力量参与村务工作。",
                 5,
                 "后备力量每少1名扣1分；无致富能手或返乡大学生的扣0.5分；考察每少1次扣0.5分；后备力量未参与村务工作的，酌情扣0.5分。"),
            _row("教育培训",
                 "村“两委”成员每人每年参加县、镇集中培训不少于5天；党员每人每年参加集中学习培训不少于32学时，年老体弱党员送学上门。", 5,
                 "“两委”成员培训不足5天的，每人扣0.3分，最高扣1.5分；党员学时不足的，每人扣0.1分，最高扣2分；未落实送学上门的扣1分。"),
        )),
        Section("组织生活", "二、组织生活（25分）", 25, (
            _row("三会一课",
                 "支部委员会每月召开1次，党员大会每季度召开1次，党小组会每月召开1次，党课每季度1次；每年冬春季开展农村党员冬训，党员参训率达到百分之九十。",
                 6,
                 "“三会一课”每少1次扣0.5分，最高扣3分；未开展冬训的扣1.5分；参训率每低5个百分点扣0.5分，最高扣1.5分。"),
            _row("主题党日",
                 "每月10日开展主题党日活动，有方案、有签到、有记录；年内组织党员到麻田八路军总部纪念馆开展党性教育不少于2次；党员参会率不低于百分之八十。",
                 5,
                 "主题党日每少1次扣0.3分，最高扣1.5分；缺方案、签到或记录的，每次扣0.1分，最高扣1分；党性教育每少1次扣0.5分；参会率80%以上的得1.5分，"
                 "70%（含）—80%的得1分，60%（含）—70%的得0.5分，60%以下的不得分。"),
            _row("组织生活会",
                 "每年召开一次组织生活会，会前广泛征求意见，支委之间、支委与党员之间开展谈心谈话；会后开展民主评议党员，评议结果报镇党委备案。", 5,
                 "未召开组织生活会的扣2分；未征求意见的扣0.5分；未开展谈心谈话的扣0.5分；未开展民主评议党员的扣1.5分；评议结果未备案的扣0.5分。"),
            _row("党员管理",
                 "党员按月交纳党费；外出流动党员每季度至少联系一次，纳入管理率达到100%；实行党员积分制管理，每季度公示积分一次，年底评定星级党员。", 5,
                 "未按月交纳党费的，每人次扣0.1分，最高扣1分；流动党员联系每少1人次扣0.1分，最高扣1分；纳入管理率低于100%的扣0.5分；未实行积分制管理的"
                 "扣1分；积分公示每少1次扣0.3分；年底未评定星级党员的扣0.5分。"),
            _row("发展党员",
                 "年内发展党员或确定入党积极分子不少于1名，注重从青年农民、外出务工经商人员中发展党员；发展对象公示不少于5个工作日，发展党员材料规范完整。",
                 4,
                 "未发展党员且未确定积极分子的扣2分；发展对象未公示的扣1分；发展党员材料不规范的，酌情扣0.5-1分。"),
        )),
        Section("产业发展", "三、产业发展（25分）", 25, (
            _row("集体经济",
                 "村集体经济经营性收入达到10万元以上，较上年有增长；收入以县农业农村局审定的农村集体经济统计年报为准。", 8,
                 "经营性收入20万元以上的得6分，10万元（含）—20万元的得5分，5万元（含）—10万元的得3分，3万元（含）—5万元的得1分，3万元以下的不得分；较上年"
                 "未增长的扣2分。"),
            _row("产业带动",
                 "村党组织领办专业合作社或村集体经济实体不少于1个，带动脱贫户、监测户增收不少于20户；依托八路军总部旧址等红色资源发展红色研学、农家乐，"
                 "年内实施党员创业带富项目不少于1个。", 6,
                 "未领办合作社或经济实体的扣2分；带动户数每少5户扣0.5分，最高扣1.5分；未实施创业带富项目的扣1分；合作社空壳运行的，酌情扣1-1.5分。"),
            _row("三资管理",
                 "村集体“三资”清产核资结果录入县农村产权交易平台；村级财务每月公开一次，党务、村务每季度公开一次；村级重大事项落实“四议两公开”。", 5,
                 "“三资”未录入平台的扣1分；财务公开每少1次扣0.2分，最高扣1分；党务、村务公开每少1次扣0.5分，最高扣1.5分；重大事项未落实“四议两公开”的，"
                 "每件扣0.5分，最高扣1.5分。"),
            _row("防止返贫",
                 "落实防止返贫动态监测和帮扶机制，村级每月开展一次排查，监测对象帮扶措施落实率达到100%；光伏电站收益分配方案经村民代表会议通过并公示。", 6,
                 "排查每少1次扣0.3分，最高扣2分；落实率每低5个百分点扣1分，最高扣2分；收益分配方案未经村民代表会议通过的扣1分；未公示的扣1分。"),
        )),
        Section("治理服务", "四、治理服务（30分）", 30, (
            _row("矛盾化解",
                 "每月开展一次矛盾纠纷排查，调处化解率达到百分之九十五；推行“党员联户”，每名党员联系群众不少于5户，每季度走访联系户一次。", 6,
                 "排查每少1次扣0.3分，最高扣1.5分；化解率每低1个百分点扣0.3分，最高扣2分；党员联户未落实的，每人扣0.1分，最高扣1分；走访每少1次扣0.3分，"
                 "最高扣1.5分。"),
            _row("乡风文明",
                 "修订完善村规民约，红白理事会、村民议事会、道德评议会健全；每季度开展一次“好媳妇”“好婆婆”等评选，评选结果张榜公布；年内开展移风易俗"
                 "宣传不少于4次。", 5,
                 "村规民约未修订的扣1分；红白理事会、村民议事会、道德评议会每缺一个扣0.5分；评选每少1次扣0.5分，最高扣1.5分；评选结果未公布的扣0.5分；"
                 "宣传每少1次扣0.2分。"),
            _row("人居环境",
                 "党员带头开展人居环境整治，每月组织一次党员义务劳动，落实“门前三包”；村内主干道、房前屋后无垃圾乱堆乱放。", 5,
                 "义务劳动每少1次扣0.3分，最高扣2分；“门前三包”未落实的扣1分；实地查看发现垃圾乱堆乱放的，每处扣0.2分，最高扣2分。"),
            _row("阵地服务",
                 "村党群服务中心规范设置党旗、党徽、标识，便民服务事项清单上墙，每周开放不少于5天；村“两委”干部轮流坐班值班，代办服务按期办结。", 5,
                 "党旗、党徽、标识每缺一项扣0.5分；清单未上墙的扣0.5分；开放时间不足的，酌情扣0.5-1分；无坐班值班记录的扣1分；代办服务未按期办结的，"
                 "每件扣0.2分，最高扣1分。"),
            _row("意识形态",
                 "每半年开展一次意识形态工作分析研判；村级微信群实行“群主+管理员”负责制，信息发布先审后发；加强民间信仰活动场所管理。", 4,
                 "研判每少1次扣1分；信息未经审核发布的，每次扣0.5分，最高扣1分；民间信仰活动场所管理不到位的，酌情扣0.5-1分。"),
            _row("群众满意",
                 "年底由镇党委组织党员、群众代表对村党组织工作进行满意度测评，满意率达到百分之九十。", 5,
                 "满意率95%以上的得5分，90%（含）—95%的得4分，85%（含）—90%的得2分，85%以下的不得分。"),
        )),
    ),
)

HEADER = ["一级指标", "二级指标", "考核要点", "分值", "评分细则"]
VETO_HEAD = "一票否决事项"
VETO = (
    ("违纪违法", "村“两委”班子成员发生严重违纪违法问题，造成恶劣影响的。"),
    ("发展党员", "违反程序发展党员，或发生“带病入党”问题的。"),
    ("返贫稳定", "发生规模性返贫，或发生重大安全生产事故、群体性事件的。"),
)
VETO_RULE = "年度考核直接确定为“差”等次。"
NOTES = (
    "说明：",
    "1.本表由镇党委于12月中下旬组织考核，镇党建办牵头，农业综合服务中心、乡村振兴办、综治中心、财政所、镇纪委参加，采取听取汇报、查阅资料、实地"
    "查看、入户走访、问卷测评相结合的方式进行，以2025年1月1日至考核之日形成的资料为准。",
    "2.各项扣分以该项分值为限，扣完为止；评分细则列明得分档次的，按档次计分。",
    "3.村集体经济经营性收入以县农业农村局审定的统计年报为准；一票否决事项由镇纪委、综治中心、乡村振兴办提供认定意见。",
    "4.考核得分90分以上的为“好”，80—89分的为“较好”，70—79分的为“一般”，70分以下的为“差”，考核结果与村干部绩效报酬和“五星支部”创建挂钩。",
)
SIGN = "考核组成员（签字）：                    村党组织书记（签字）：                    考核日期：    年  月  日"


def build(t: Table, path: Path) -> None:
    import docx

    ncols = len(HEADER)
    n_rows = 1 + sum(len(s.rows) for s in t.sections) + 1 + len(VETO)
    document = docx.Document()
    docx_title(document, t.title, 16)
    docx_centred(document, "（考核对象：麻田镇各村党支部、党总支）")
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
    merge_cells(tbl, r, 0, r, 2, "合计")
    tbl.cell(r, 3).text = _fmt(t.total)
    r += 1
    top = r
    for name, case in VETO:
        tbl.cell(r, 1).text = name
        tbl.cell(r, 2).text = case
        tbl.cell(r, 4).text = VETO_RULE
        r += 1
    merge_cells(tbl, top, 0, r - 1, 0, VETO_HEAD)
    for line in NOTES:
        document.add_paragraph(line)
    document.add_paragraph(SIGN)
    document.save(str(path))
