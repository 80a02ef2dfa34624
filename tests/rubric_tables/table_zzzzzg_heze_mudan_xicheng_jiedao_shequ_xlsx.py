"""牡丹区西城街道党工委2025年度社区党组织党建工作考核评分表 (.xlsx), as the 街道党工委 of 西城街道 in the old town of 菏泽 牡丹区 in 山东 (its 党建办
with the 社区建设办, the 综治中心, the 应急办, the 城管办 and the 街道纪工委, a 考核组 going round the 社区 in the third week of December, when the 牡丹 beds
of the 曹州牡丹园 are cut back under straw, the 老城 平房 of the 棚改 片区 have come down for the 安置 towers, the 电动自行车 stand in rows in the 楼道 the
网格员 keep clearing and the 老党员 of the old 纺织厂 家属院 warm themselves in the 党群服务中心) scores the 社区党委 of a 老城区 街道: the 家属院 社区 of
retired 工人, the 棚改 安置 社区 of new towers and 回迁 families, the 商品房 社区 whose 在职党员 must come to 报到 and whose 物业 needs a 党组织: a sheet whose
考核要点 prints what the 社区党委 must have done, whose 评分标准 takes points off one clause at a time (scoring the 参会率, the 代办 按期办结率 and the 年底
满意率 in bands) and whose 备查资料 names the papers the 考核组 asks to see: 政治建设 (the “第一议题”, a monthly 集中学习, 5天 for the “两委” and 32学时 for
the 党员; a half-yearly 专题会议, the “三审” and a "本项不得分"; the 年初 责任书, a quarterly 警示教育, the 清单 公开 and no 处分), 组织建设 (the four-level
组织体系, the 覆盖率 and the 楼栋长; the “三会一课”, the 书记's two 党课 and the 参会率 in bands; the 主题党日 on a fixed day with 方案、签到、记录 and one
现场教学 at the 冀鲁豫边区革命纪念馆; the 组织生活会, the 谈心谈话, the 对照检查材料, the 民主评议, its 测评表 and the 公示; 党费 按月 with a half-yearly
公示, the 积分, a quarterly 公示, the 年底 星级 and a quarterly 联系 of the 流动党员; one 发展 or 积极分子, the 公示, the “一人一档” and a 一票否决; the
报到率, two 志愿服务 and the 年底 反馈), 服务群众 (the 开放, the 清单, the 代办帮办 and the 办结率 in bands; the 关爱台账, a monthly 探访, the “七一”、春节
慰问 and a quarterly 为民服务; a monthly 议事会, six 实事 and the 公开; three 服务队, two 志愿服务 a month and the 注册比例; the 年底 满意率 in bands),
基层治理 (a monthly 排查, the 台账, the 化解率 and a 一票否决; the 物业 组建率, a quarterly “红色物业” 联席会议 and the 兜底; a monthly 隐患排查, the 整改率,
a yearly 演练 and a "本项不得分") and 基础保障 (the 年初 计划 and 项目清单, the 年底 总结 and the 年底 述职; a quarterly 党务 公开, the 经费 台账 and the 年底
公开).

A merged title row, a merged "考核对象：西城街道各社区党委" line and a merged "社区名称：    考核组：    考核日期：" line above the header 序号 | 考核项目 |
考核要点 | 分值 | 评分标准 | 备查资料. 序号 (FIRST column) runs 1..20 through the sheet, not restarting. The 考核项目 are MERGED CELLS down the SECOND
column, printed WITH an ordinal and WITH their points on ONE line, "一、政治建设（15分）"; there is no short sub-label. 考核要点 (`Row.text`) says what is
required; 分值 is a plain number BEFORE the 评分标准 (`Row.scoring`); 备查资料 (`Row.method`) last, naming the papers, joined by "、". A 合计 row of 100 and
a merged 说明 row close the sheet. Counts in figures and Chinese numerals, nearly all in the 考核要点 ("每月至少开展一次", "每人每年…不少于5天", "每人每年…
不少于32学时", "每半年召开一次", "全年", "年初", "每季度开展一次", "全年", "100%", "1名", "支部委员会每月召开1次，党员大会每季度召开1次，党小组会每月召开1次，
党课每季度1次", "每年讲党课不少于2次", "不低于百分之八十五", "每月固定一天", "年内…不少于1次", "每年召开一次", "按月", "每半年公示一次", "每季度公示一次",
"年底", "每季度至少…一次", "年内…不少于1名", "不少于5个工作日", "100%", "每人每年…不少于2次", "年底", "每周开放不少于6天", "百分之九十五以上", "每月至少…
一次", "“七一”、春节", "每季度开展一次", "每月召开一次", "年内…不少于6件", "不少于3支", "每月不少于2次", "百分之十", "年底", "百分之九十", "每月开展一次",
"百分之九十五以上", "全年", "100%", "每季度召开一次", "每月…开展一次", "100%", "每年开展一次", "全年", "年初", "年底", "年底", "每季度公开一次", "年底");
"最高扣" caps; bands of the 参会率 (2 of the 7 points, closed by "75%以下的不得分"), of the 代办 按期办结率 (3.5 of the 6, closed by "90%以下的不得分") and of
the 年底 满意率 (all 5, closed by "80%以下的不得分"); "每低10个百分点" twice, "每低5个百分点" once and "每低1个百分点" once; "酌情扣0.5-1分" once; two
"实行一票否决，本项不得分" and two other "本项不得分".
"""

from __future__ import annotations

from pathlib import Path

from .build_helpers import (
    xlsx_borders,
    xlsx_header,
    xlsx_line,
    xlsx_merge_down,
    xlsx_note,
    xlsx_title,
    xlsx_total_row,
    xlsx_widths,
)
from .model import Row, Section, Table


def _row(text: str, points: float, scoring: str, papers: str) -> Row:
    """One row in the order the sheet prints it: 考核要点, 分值, 评分标准, 备查资料."""
    return Row(text, points, scoring, papers)


TABLE = Table(
    name="zzzzzg_heze_mudan_xicheng_jiedao_shequ_xlsx",
    fmt="xlsx",
    title="牡丹区西城街道党工委2025年度社区党组织党建工作考核评分表",
    numbering="printed",
    sections=(
        Section("政治建设", "一、政治建设（15分）", 15, (
            _row("落实“第一议题”制度，社区党委每月至少开展一次集中学习；社区“两委”成员每人每年参加集中培训不少于5天；党员每人每年参加学习培训不少于32"
                 "学时。", 5,
                 "未落实“第一议题”制度的扣1分；集中学习每少1次扣0.3分，最高扣1.5分；“两委”成员培训不足5天的，每人扣0.2分，最高扣1分；党员学时不足的，"
                 "每人扣0.1分，最高扣1.5分。",
                 "学习记录、签到表、培训证书"),
            _row("每半年召开一次意识形态工作专题会议；社区微信公众号、居民微信群发布信息实行“三审”制度；全年不发生意识形态领域负面事件。", 5,
                 "专题会议每少1次扣1分；信息未经审核发布的，每次扣0.5分，最高扣1.5分；发生意识形态领域负面事件造成不良影响的，本项不得分。",
                 "会议记录、审核记录、微信群管理台账"),
            _row("社区党委书记年初与街道党工委签订全面从严治党责任书；每季度开展一次廉政警示教育；社区“小微权力”清单在社区公开栏公开；社区“两委”成员全年"
                 "无违纪违法问题。", 5,
                 "未签订责任书的扣1分；警示教育每少1次扣0.5分；清单未公开的扣0.5分；“两委”成员受到党纪政务处分的，每人扣2分。",
                 "责任书、警示教育记录、公开栏照片"),
        )),
        Section("组织建设", "二、组织建设（35分）", 35, (
            _row("健全“社区党委—网格党支部—楼栋党小组—党员中心户”组织体系，网格党支部覆盖率达到100%；每个楼栋明确1名楼栋长，优先由党员担任。", 4,
                 "组织体系不健全的扣1分；覆盖率每低10个百分点扣0.5分，最高扣1.5分；楼栋长未明确的，每栋扣0.1分，最高扣1分。",
                 "组织架构图、网格党支部名单、楼栋长名册"),
            _row("支部委员会每月召开1次，党员大会每季度召开1次，党小组会每月召开1次，党课每季度1次；社区党委书记每年讲党课不少于2次；党员参会率不低于百分之"
                 "八十五。", 7,
                 "“三会一课”每少1次扣0.5分，最高扣3分；书记讲党课每少1次扣0.5分；参会率85%以上的得2分，75%（含）—85%的得1分，75%以下的不得分。",
                 "会议记录本、签到表、党课讲稿"),
            _row("每月固定一天开展主题党日活动，有方案、有签到、有记录；年内组织党员到冀鲁豫边区革命纪念馆开展现场教学不少于1次。", 5,
                 "主题党日每少1次扣0.3分，最高扣2分；缺方案、签到或记录的，每次扣0.1分，最高扣1分；未开展现场教学的扣1分。",
                 "活动方案、签到表、活动照片"),
            _row("每年召开一次组织生活会，会前开展谈心谈话，班子成员撰写对照检查材料；会后开展民主评议党员，民主评议测评表存档，评定结果在党务公开栏公示。",
                 5,
                 "未召开组织生活会的扣2分；未开展谈心谈话的扣0.5分；对照检查材料每缺1份扣0.2分，最高扣1分；未开展民主评议党员的扣1分；评定结果未公示的"
                 "扣0.5分。",
                 "会议记录、谈心谈话记录、对照检查材料、民主评议测评表"),
            _row("党员按月交纳党费，党费收缴情况每半年公示一次；实行党员积分管理，积分每季度公示一次，年底评定“星级党员”；外出流动党员每季度至少联系"
                 "一次。", 5,
                 "未按月交纳党费的，每人次扣0.1分，最高扣1分；党费公示每少1次扣0.5分；未实行积分管理的扣1分；积分公示每少1次扣0.3分；年底未评定星级党员的"
                 "扣0.5分；流动党员联系每少1人次扣0.1分，最高扣1分。",
                 "党费收缴台账、积分台账、公示照片、流动党员联系台账"),
            _row("年内发展党员或确定入党积极分子不少于1名，注重从网格员、快递小哥、退役军人中发展；发展对象公示不少于5个工作日；发展党员档案实行“一人一档”。",
                 4,
                 "未发展党员且未确定积极分子的扣1.5分；发展对象未公示的扣1分；档案材料每缺一项扣0.2分，最高扣1分；违反程序发展党员的，实行一票否决，本项"
                 "不得分。",
                 "发展党员档案、公示照片"),
            _row("在职党员到社区报到率达到100%，每人每年参加社区志愿服务不少于2次；报到党员表现情况年底反馈所在单位党组织。", 5,
                 "报到率每低5个百分点扣0.5分，最高扣1.5分；志愿服务不足2次的，每人扣0.1分，最高扣2分；未反馈的扣1分。",
                 "报到登记台账、志愿服务记录、反馈函"),
        )),
        Section("服务群众", "三、服务群众（25分）", 25, (
            _row("社区党群服务中心每周开放不少于6天，实行错时延时服务，便民服务事项清单上墙；为老年人、残疾人提供代办帮办服务，代办事项按期办结率达到"
                 "百分之九十五以上。", 6,
                 "开放时间不足的，酌情扣0.5-1分；清单未上墙的扣0.5分；未开展代办帮办服务的扣1分；办结率98%以上的得3.5分，95%（含）—98%的得2.5分，90%"
                 "（含）—95%的得1分，90%以下的不得分。",
                 "阵地照片、服务事项清单、代办服务台账"),
            _row("建立独居老人、空巢老人、困难家庭关爱台账，网格员每月至少上门探访一次；“七一”、春节走访慰问老党员、困难党员；每季度开展一次“党员+志愿者”"
                 "为民服务活动。", 5,
                 "无关爱台账的扣1分；上门探访每少1次扣0.2分，最高扣1.5分；走访慰问每少1人扣0.2分，最高扣1分；为民服务活动每少1次扣0.5分。",
                 "关爱台账、探访记录、慰问照片"),
            _row("每月召开一次居民议事会，年内通过协商议事解决停车难、加装电梯、老旧小区改造等民生实事不少于6件；议事过程和结果在社区公开栏公开。", 5,
                 "议事会每少1次扣0.3分，最高扣1.5分；民生实事每少1件扣0.5分，最高扣2分；议事结果未公开的扣0.5分。",
                 "议事记录、民生实事台账、公开栏照片"),
            _row("组建党员志愿服务队不少于3支，常态化开展“牡丹红”志愿服务，每月不少于2次；社区注册志愿者占常住人口比例达到百分之十。", 4,
                 "服务队每少1支扣0.5分；志愿服务每少1次扣0.2分，最高扣2分；注册志愿者比例低于10%的扣1分。",
                 "服务队名单、志愿服务记录、活动照片"),
            _row("年底由街道党工委组织居民代表对社区党组织工作开展满意度测评，满意率达到百分之九十。", 5,
                 "满意率95%以上的得5分，90%（含）—95%的得4分，85%（含）—90%的得2.5分，80%（含）—85%的得1分，80%以下的不得分。",
                 "测评统计表"),
        )),
        Section("基层治理", "四、基层治理（15分）", 15, (
            _row("每月开展一次矛盾纠纷排查，建立排查化解台账；矛盾纠纷化解率达到百分之九十五以上；全年不发生重大群体性事件和“民转刑”案件。", 5,
                 "排查每少1次扣0.3分，最高扣1.5分；无排查化解台账的扣1分；化解率每低1个百分点扣0.2分，最高扣1.5分；发生重大群体性事件或“民转刑”案件的，"
                 "实行一票否决，本项不得分。",
                 "排查化解台账、调解卷宗"),
            _row("推进物业服务企业党的组织和工作覆盖，物业服务企业党组织组建率或党建指导员选派率达到100%；每季度召开一次社区党委、业委会、物业服务企业"
                 "“红色物业”联席会议；无物业小区由社区兜底管理。", 5,
                 "组建率（选派率）低于100%的扣1分；联席会议每少1次扣0.5分，最高扣2分；无物业小区无人管理的，每个扣0.5分，最高扣1.5分。",
                 "物业企业党建台账、联席会议纪要"),
            _row("每月组织网格员开展一次燃气、电动自行车充电、消防通道等安全隐患排查，隐患整改率达到100%；每年开展一次消防应急疏散演练；全年不发生较大"
                 "以上安全事故。", 5,
                 "隐患排查每少1次扣0.3分，最高扣1.5分；整改率每低10个百分点扣0.5分，最高扣1.5分；未开展演练的扣1分；发生较大以上安全事故的，本项不得分。",
                 "巡查台账、整改台账、演练照片"),
        )),
        Section("基础保障", "五、基础保障（10分）", 10, (
            _row("年初制定社区党建工作计划和党建项目清单，年底形成工作总结；社区党委书记年底向街道党工委述职，接受党员群众评议。", 5,
                 "缺计划、项目清单或总结的，每项扣1分；书记未述职的扣2分。",
                 "工作计划、项目清单、工作总结、述职报告"),
            _row("社区党务每季度公开一次，重大事项随时公开；社区党建工作经费、为民服务专项经费专款专用，建立经费使用台账，年底公开经费使用情况。", 5,
                 "党务公开每少1次扣0.5分；经费未专款专用的扣2分；无经费使用台账的扣1分；年底未公开经费使用情况的扣0.5分。",
                 "公开栏照片、经费使用台账"),
        )),
    ),
)

HEADER = ["序号", "考核项目", "考核要点", "分值", "评分标准", "备查资料"]
NOTE = ("说明：1.本表由街道党工委于12月中下旬组织考核，党建办牵头，社区建设办、综治中心、应急办、城管办、街道纪工委参加，采取听取汇报、查阅备查资料、"
        "实地查看、入户走访、问卷测评相结合的方式进行，以2025年1月1日至考核之日形成的资料为准；2.各项扣分以该项分值为限，扣完为止；评分标准列明得分档次"
        "的，按档次计分；3.满意率由街道党工委委托第三方入户测评，每个社区测评居民不少于80户；4.考核得分90分以上的为“好”，80—89分的为“较好”，70—79分"
        "的为“一般”，70分以下的为“差”，考核结果与社区工作者年度绩效和“红旗社区党组织”评选挂钩。")


def build(t: Table, path: Path) -> None:
    import openpyxl
    from openpyxl.styles import Alignment, Font

    ncols = len(HEADER)
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "社区党组织考核"
    center = Alignment(horizontal="center", vertical="center", wrap_text=True)
    wrap = Alignment(vertical="center", wrap_text=True)
    xlsx_title(ws, t.title, ncols, Font(name="方正小标宋简体", size=16), center)
    xlsx_line(ws, "考核对象：西城街道各社区党委", ncols)
    xlsx_line(ws, "社区名称：              考核组：              考核日期：", ncols)
    xlsx_header(ws, HEADER, ncols)
    first = ws.max_row
    number = 0
    for s in t.sections:
        top = ws.max_row + 1
        for i, row in enumerate(s.rows):
            number += 1
            ws.append([number, s.printed if i == 0 else None, row.text, row.points, row.scoring, row.method])
            for c in (3, 5, 6):
                ws.cell(ws.max_row, c).alignment = wrap
            for c in (1, 4):
                ws.cell(ws.max_row, c).alignment = center
        xlsx_merge_down(ws, 2, top, ws.max_row, center)
    xlsx_total_row(ws, t.total, 4, ncols, center)
    xlsx_borders(ws, first, ncols)
    xlsx_note(ws, NOTE, ncols, 90)
    xlsx_widths(ws, (6, 14, 52, 6, 52, 22))
    wb.save(str(path))
