"""惠城区桥东街道党工委2025年度社区党组织党建工作考核细则 (.docx), as the 街道党工委 of 广东 惠州 惠城区 桥东街道 (its 党建办 with the 社会事务办, the
综治中心, the 城市管理办, the 物业管理服务站 and the 街道纪工委, a 考核组 walking the old 社区 between the 东江 and the 西枝江 in late December, when the
湿冷 has come down the river, the 水东街 骑楼 are hung with lanterns for 元旦, the 东坡祠 is full of 研学 children and the 老旧小区 改造 scaffolding is coming
off the 楼栋 of the 平安里) scores the 社区党组织 of an old-town 街道: the 骑楼 社区 of small shops and 出租屋, the 单位宿舍 社区 of the old 国营 factories
whose 党员 are mostly 退休, the new 商品房 社区 with a 物业服务企业 in every 小区 and a 业委会 that quarrels with it: a table of 一级指标 and 二级指标 whose
考核标准 prints what the 社区 must have done, whose 评分细则 takes points off one clause at a time (scoring the “三会一课” 参会率, the 民情 按期办结率, the 平安
知晓率 and the 年底 满意率 in bands): 政治建设 (the “第一议题”, a monthly 集中学习 and 32学时; a half-yearly 研判, the 书面报告, the “三审三校” and a 一票
否决; the 年初 责任书, a quarterly 警示教育 and no 处分), 组织建设 (the 网格党支部 覆盖率 and the 党员中心户; the “三会一课”, the 书记's two 党课 and the
参会率 in bands; the 主题党日 on the first Friday with 方案、签到、照片 and one 现场教学; the 组织生活会, the 谈心谈话, the 征求意见, the 民主评议 and the
备案; two 积极分子, the 公示, 党费 按月 with a half-yearly 公示 and a "本项不得分"; the 报到率, two 志愿服务 each and a half-yearly 反馈), 治理服务 (the
组建率, the 指导员, the “三方联动” and a monthly 联席会议; the 网格员, a monthly 走访 and the 按期办结率 in bands; a quarterly 议事会, the 公开 and four 难题;
three 服务队, a monthly 志愿服务 and the 注册比例; the 关爱台账, the “七一”、春节 慰问 and a quarterly 送学上门; a monthly 排查, the 化解率, the 知晓率 in
bands and a 一票否决) and 基础保障 (the 300平方米, the 标识、制度、人员 and the 开放; the 品牌, two 报道, five 共建单位 and a half-yearly “大党委” 联席会议;
the 年初 计划, the 7月15日 半年小结, the 年底 总结 and the 年底 述职; the 年底 满意率 in bands).

The title (bold, centred) and a centred "（考核对象：桥东街道各社区党委、党总支）" line above one table: 一级指标 | 二级指标 | 考核标准 | 分值 | 评分细则.
There is NO 序号: the items are numbered by position 1..19. The 一级指标 are MERGED CELLS down the FIRST column, printed WITHOUT an ordinal and WITH their
points on a SECOND line, "政治建设\\n（15分）". The 二级指标 (SECOND column) is a short name on every row, not merged (`Row.indicator`); 考核标准
(`Row.text`) says what is required; 分值 is a plain number BEFORE the 评分细则 (`Row.scoring`); there is no 佐证 or 考核方式 column. A 合计 row of 100
closes the table; a "说明：" paragraph and four numbered lines follow it. Counts in figures and Chinese numerals, nearly all in the 考核标准 ("每月开展一次",
"每人每年…不少于32学时", "每半年开展一次", "全年", "年初", "每季度开展一次", "全年", "100%", "支部委员会每月召开1次，党员大会每季度召开1次，党小组会每月
召开1次，党课每季度1次", "每年讲党课不少于2次", "不低于百分之八十", "每月第一个星期五", "年内…不少于1次", "每年召开一次", "年内…不少于2名", "不少于5个
工作日", "按月", "每半年公示一次", "100%", "每人每年…不少于2次", "每半年…一次", "百分之八十以上", "每月召开一次", "1名", "不少于2名", "每月…不少于1遍",
"百分之九十五以上", "每季度至少…一次", "年内…不少于4件", "不少于3支", "每月开展一次", "不低于百分之七十", "“七一”、春节", "每季度…一次", "每月开展
一次", "百分之九十五", "百分之九十以上", "全年", "不少于300平方米", "每周开放不少于6天", "年内…不少于2次", "不少于5家", "每半年召开一次", "年初",
"7月15日前", "年底", "年底", "年底", "百分之九十"); "最高扣" caps; bands of the 参会率 (2 of the 7 points, closed by "80%以下的不得分"), of the 按期
办结率 (3 of the 6, closed by "90%以下的不得分"), of the 知晓率 (3 of the 8, closed by "85%以下的不得分") and of the 年底 满意率 (all 6, closed by "80%
以下的不得分"); "每低10个百分点" and "每低1个百分点" twice each, "每低5个百分点" once; "酌情扣0.5-1分" three times; two "实行一票否决，本项不得分" and one other
"本项不得分".
"""

from __future__ import annotations

from pathlib import Path

from .build_helpers import docx_centred, docx_grid_table, docx_title, docx_total_row, merge_cells
from .model import Row, Section, Table, _fmt


def _row(label: str, text: str, points: float, scoring: str) -> Row:
    """One row in the order the table prints it: 二级指标, 考核标准, 分值, 评分细则."""
    return Row(text, points, scoring, indicator=label)


TABLE = Table(
    name="zzzzy_huizhou_qiaodong_jiedao_shequ_docx",
    fmt="docx",
    title="惠城区桥东街道党工委2025年度社区党组织党建工作考核细则",
    numbering="position",
    sections=(
        Section("政治建设", "政治建设\n（15分）", 15, (
            _row("理论学习",
                 "落实“第一议题”制度，社区党委每月开展一次集中学习；社区党员每人每年参加集中学习培训不少于32学时。", 5,
                 "未落实“第一议题”制度的扣1分；集中学习每少1次扣0.3分，最高扣2分；学时不足的，每人扣0.1分，最高扣2分。"),
            _row("意识形态",
                 "每半年开展一次意识形态工作分析研判，并向街道党工委书面报告；社区宣传栏、电子屏、微信公众号信息发布落实“三审三校”；全年不发生意识形态"
                 "责任事件。", 5,
                 "研判每少1次扣1分；未书面报告的扣0.5分；信息未经审核发布的，每次扣0.5分，最高扣1.5分；发生意识形态责任事件的，实行一票否决，本项"
                 "不得分。"),
            _row("党风廉政",
                 "社区党委书记年初与街道党工委签订党风廉政建设责任书；每季度开展一次廉政警示教育；社区“两委”成员全年无违纪违法行为。", 5,
                 "未签订责任书的扣1分；警示教育每少1次扣0.5分；“两委”成员受到党纪政务处分的，每人扣2分。"),
        )),
        Section("组织建设", "组织建设\n（30分）", 30, (
            _row("组织体系",
                 "健全“社区党委—网格党支部—楼栋党小组—党员中心户”组织体系，网格党支部覆盖率达到100%；每个楼栋明确1户党员中心户。", 5,
                 "网格党支部覆盖率每低10个百分点扣1分，最高扣2分；党员中心户每缺1户扣0.2分，最高扣1.5分；组织体系不健全的，酌情扣0.5-1分。"),
            _row("“三会一课”",
                 "支部委员会每月召开1次，党员大会每季度召开1次，党小组会每月召开1次，党课每季度1次；社区党委书记每年讲党课不少于2次；党员参会率不低于"
                 "百分之八十。", 7,
                 "“三会一课”每少1次扣0.5分，最高扣3分；书记讲党课每少1次扣0.5分；参会率90%以上的得2分，80%（含）—90%的得1分，80%以下的不得分。"),
            _row("主题党日",
                 "每月第一个星期五开展主题党日活动，活动有方案、有签到、有照片；年内组织党员到东江纵队纪念馆等红色教育基地开展现场教学不少于1次。", 4,
                 "主题党日每少1次扣0.3分，最高扣2分；缺方案、签到或照片的，每次扣0.1分，最高扣1分；未开展现场教学的扣1分。"),
            _row("组织生活会",
                 "每年召开一次组织生活会，会前开展谈心谈话、征求群众意见；会后开展民主评议党员，评议结果报街道党工委备案。", 5,
                 "未召开组织生活会的扣2分；未开展谈心谈话的扣0.5分；未征求群众意见的扣0.5分；未开展民主评议党员的扣1分；评议结果未备案的扣0.5分。"),
            _row("发展党员",
                 "年内确定入党积极分子不少于2名，注重从社区工作者、网格员、物业骨干中培养；发展对象公示不少于5个工作日；党员按月交纳党费，每半年公示一次"
                 "党费收缴情况。", 5,
                 "积极分子每少1名扣0.5分；发展对象未公示的扣1分；未按月交纳的，每人次扣0.1分，最高扣1分；党费公示每少1次扣0.5分；违反程序发展党员的，"
                 "本项不得分。"),
            _row("双报到",
                 "机关企事业单位在职党员到社区报到率达到100%，每人每年参加社区志愿服务不少于2次；报到党员表现情况每半年向所在单位党组织反馈一次。", 4,
                 "报到率每低1个百分点扣0.1分，最高扣1分；志愿服务不足2次的，每人扣0.1分，最高扣1.5分；反馈每少1次扣0.5分。"),
        )),
        Section("治理服务", "治理服务\n（35分）", 35, (
            _row("红色物业",
                 "辖区物业服务企业党组织组建率达到百分之八十以上，暂不具备组建条件的选派党建指导员；建立社区党委、业委会、物业服务企业“三方联动”机制，"
                 "联席会议每月召开一次。", 6,
                 "组建率每低10个百分点扣0.5分，最高扣2分；未选派党建指导员的扣1分；未建立“三方联动”机制的扣1分；联席会议每少1次扣0.2分，最高扣2分。"),
            _row("网格治理",
                 "每个网格配备1名专职网格员和不少于2名党员兼职网格员；网格员每月走访网格内住户不少于1遍；民情事项按期办结率达到百分之九十五以上。", 6,
                 "党员兼职网格员每缺1名扣0.2分，最高扣1分；走访每少1遍扣0.3分，最高扣2分；按期办结率98%以上的得3分，95%（含）—98%的得2分，90%（含）—"
                 "95%的得1分，90%以下的不得分。"),
            _row("议事协商",
                 "每季度至少召开一次居民议事会或“居民说事”会，议事结果公开；年内通过协商解决加装电梯、停车管理等民生难题不少于4件。", 5,
                 "议事会每少1次扣0.5分；议事结果未公开的扣0.5分；解决难题每少1件扣0.5分；协商流于形式的，酌情扣0.5-1分。"),
            _row("志愿服务",
                 "组建党员志愿服务队不少于3支，每月开展一次志愿服务活动；在“志愿惠州”平台注册的党员志愿者占社区党员总数的比例不低于百分之七十。", 5,
                 "服务队每少1支扣0.5分；志愿服务每少1次扣0.2分，最高扣1.5分；注册比例每低5个百分点扣0.3分，最高扣1.5分。"),
            _row("关爱服务",
                 "建立困难党员、独居老人、留守儿童关爱台账；“七一”、春节走访慰问困难党员、老党员；对80岁以上和行动不便的老党员每季度送学上门一次。", 5,
                 "无关爱台账的扣1分；慰问每少1人扣0.1分，最高扣1.5分；送学上门每少1次扣0.3分，最高扣1.5分。"),
            _row("平安建设",
                 "每月开展一次矛盾纠纷排查，矛盾纠纷化解率达到百分之九十五；辖区居民对平安建设、反电诈宣传的知晓率达到百分之九十以上；全年不发生重大安全"
                 "事故和群体性事件。", 8,
                 "排查每少1次扣0.3分，最高扣1.5分；化解率每低1个百分点扣0.2分，最高扣1.5分；知晓率95%以上的得3分，90%（含）—95%的得2分，85%（含）—"
                 "90%的得1分，85%以下的不得分；发生重大安全事故或群体性事件的，实行一票否决，本项不得分。"),
        )),
        Section("基础保障", "基础保障\n（20分）", 20, (
            _row("阵地建设",
                 "社区党群服务中心面积不少于300平方米，有标识、有制度、有人员；每周开放不少于6天，节假日有人值班。", 4,
                 "标识、制度、人员每缺一项扣0.5分；开放时间不足或节假日无人值班的，酌情扣0.5-1分。"),
            _row("品牌共建",
                 "打造“一社区一品牌”党建品牌，年内在市级以上媒体宣传报道不少于2次；与辖区单位党组织签订共建协议不少于5家，每半年召开一次“大党委”联席"
                 "会议。", 5,
                 "未打造品牌的扣1分；宣传报道每少1次扣0.5分；共建单位每少1家扣0.3分，最高扣1.5分；联席会议每少1次扣0.5分。"),
            _row("计划述职",
                 "年初制定党建工作计划，7月15日前报送半年工作小结，年底形成全年工作总结；社区党委书记年底向街道党工委述职。", 5,
                 "缺计划、小结或总结的，每项扣1分；未按时报送的，每次扣0.5分；未述职的扣2分。"),
            _row("群众满意",
                 "年底由街道党工委委托第三方开展居民满意度测评，满意率达到百分之九十。", 6,
                 "满意率95%以上的得6分，90%（含）—95%的得5分，85%（含）—90%的得3分，80%（含）—85%的得1分，80%以下的不得分。"),
        )),
    ),
)

HEADER = ["一级指标", "二级指标", "考核标准", "分值", "评分细则"]
NOTES = (
    "说明：",
    "1.本细则由街道党工委于12月下旬组织考核，采取听取汇报、查阅资料、实地查看、入户走访、第三方测评相结合的方式进行，以2025年1月1日至考核之日形成"
    "的资料为准。",
    "2.各项扣分以该项分值为限，扣完为止；评分细则列明得分档次的，按档次计分；参会率以全年“三会一课”平均参会率计算。",
    "3.按期办结率以惠州市网格化服务管理平台数据为准，知晓率、满意率以第三方测评报告为准。",
    "4.考核得分90分以上的为“好”，80—89分的为“较好”，70—79分的为“一般”，70分以下的为“差”，考核结果与社区工作者绩效奖励挂钩。",
)


def build(t: Table, path: Path) -> None:
    import docx

    ncols = len(HEADER)
    n_rows = 1 + sum(len(s.rows) for s in t.sections) + 1
    document = docx.Document()
    docx_title(document, t.title, 16)
    docx_centred(document, "（考核对象：桥东街道各社区党委、党总支）")
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
