"""平昌县驷马镇党委2025年度村党组织星级评定评分表 (.xlsx), as the 镇党委 of 驷马镇 in 平昌县 of 巴中 in 四川 (its 党建办 with the 农业综合服务中心, the
经管站, the 综治办, the 应急办 and the 镇纪委, a 评定组 of 联村 镇干部 going round the 村 in the second half of December, when the 巴河 runs clear and
low below the 驷马水乡 terraces, the 青花椒 has long been dried and sold, the 江口青 茶 rows are pruned for the winter, the 外出务工 党员 are starting to come
home from 广东 and 浙江 for the 春节 and the 地灾 监测员 of the 大巴山 slopes walk their 隐患点 once more) rates the 村党组织 of a hill town by stars: the 村
with a 合作社 of 青花椒 and 黄花, the 村 whose 茶园 climb the 山 behind the 场镇, the 村 up the slopes whose young work away and whose 留守老人 the 党员 visit:
a sheet of 评定项目 whose 评星条件 prints what the 村 must have done, whose 评分标准 takes points off one clause at a time (scoring the 书记's 述职评议 等次比例,
the 经营性收入 in 万元, the 调处成功率 and the 年底 满意率 in bands) and whose 佐证资料 names the papers, with a 一票否决 block of rows before the 合计: 班子过硬
(the “一肩挑”, one member under 35 and two with 大专, the 团结; two 后备力量, the “一对一” 联系, 3天 and a half-yearly 书面报告; the 年初 承诺, the 年底 述职
and its 等次比例 in bands; the 坐班值班制度, the 值班, the “四议两公开” and its 会议记录 and no 处分), 党员管理 (the “三会一课”, the 书记's 党课, the 参会率 and
the 记录; the 主题党日 on the 5th with 方案、签到、记录、照片 and the 返乡党员 学习 at the 春节; the 积分 by month, a quarterly 公示, the 年底 星级, the 公布 and
the 党费 by month; the 组织生活会, the 谈心谈话, the 对照检查材料, the 民主评议 and the 备案), 产业发展 (the 经营性收入 in 万元 bands; the 合作社, three 致富
带头人 and five 带动 户 each; the “村账镇管”, a quarterly 财务 公开, the “三资” 台账, the 年底 清产核资 and the 决议; a monthly 监测排查, the 落实率, the 结对
帮扶 and a monthly 入户走访), 治理有效 (the 体系, the 设岗率 and ten 户 for each 中心户 and the 挂牌; a quarterly 法治宣传, a monthly 排查, the 调处成功率 in
bands and a "本项不得分"; the 村规民约, the 红白理事会, a yearly 评选, its 公布 and the 大操大办; a monthly “清洁日”, the 汛前 排查, the 监测员 and 预案, the
环境 and a "本项不得分") and 服务群众 (the 开放, the 代办制度, the 代办台账 and the 办结率; the 关爱台账, a monthly 上门探访, the “七一”、春节 慰问, the 服务队
and a quarterly 志愿服务; the 年底 满意率 in bands).

A merged title row, a merged "评定对象：驷马镇各村党组织" line and a merged "村名：    评定组：    评定日期：" line above the header 评定项目 | 序号 |
评星条件 | 分值 | 评分标准 | 佐证资料. The 评定项目 are MERGED CELLS down the FIRST column, printed WITH an ordinal and WITH their points on a SECOND line,
"一、班子过硬\\n（20分）"; 序号 (SECOND column) RESTARTS at 1 in every 评定项目 (ids "1.1" … "5.3"); there is no short sub-label. 评星条件 (`Row.text`)
says what is required; 分值 is a plain number BEFORE the 评分标准 (`Row.scoring`); 佐证资料 (`Row.method`) last, naming the papers, joined by "、". AFTER
the last 评定项目 and BEFORE the 合计 row, a 一票否决 block of three rows with no points (the 评定项目 cell "一票否决" merged down beside them, the 序号 and
分值 cells blank, the case in the 评星条件 column, "实行一票否决，不予评星。" in the 评分标准 column and the deciding body in the 佐证资料 column; not in
`sections`); a 合计 row of 100; a merged 说明 row closes the sheet (the star bands). Counts in figures and Chinese numerals, nearly all in the 评星条件
("35周岁以下的不少于1名", "大专及以上学历的不少于2名", "不少于2名", "每人每年…不少于3天", "每半年…一次", "年初", "年底", "百分之八十五以上", "支部委员会
每月召开1次，党员大会每季度召开1次，党小组会每季度召开1次，党课每季度1次", "每年讲党课不少于1次", "不低于百分之八十", "每月5日", "春节前后…不少于1次",
"按月", "每季度…一次", "年底", "按月", "每年召开一次", "5万元以上", "不少于1个", "不少于3名", "不少于5户", "每季度公开一次", "年底", "每月开展一次", "100%",
"每月至少…一次", "百分之九十", "不少于10户", "每季度开展一次", "每月开展一次", "百分之九十五", "全年", "每年开展一次", "每月组织一次", "汛期前", "全年",
"每周开放不少于5天", "百分之九十五以上", "每月至少…一次", "“七一”、春节", "每季度…不少于1次", "年底", "百分之九十以上"); "最高扣" caps; bands of the 述职评议
“好”和“较好”等次比例 (2 of the 5 points, closed by "85%以下的不得分"), of the 经营性收入 in 万元 (all 8, closed by "3万元以下的不得分"), of the 调处成功率
(1.5 of the 5, closed by "90%以下的不得分") and of the 年底 满意率 (all 5, closed by "80%以下的不得分"); "每低10个百分点" once and "每低5个百分点" twice;
"酌情扣1-2分" once, "酌情扣0.5-1分" twice, "酌情扣1分" once and "酌情扣0.5分" once; two "本项不得分".
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


def _row(text: str, points: float, scoring: str, proof: str) -> Row:
    """One row in the order the sheet prints it: 评星条件, 分值, 评分标准, 佐证资料."""
    return Row(text, points, scoring, proof)


TABLE = Table(
    name="zzzzzk_pingchang_sima_zhen_cun_xingji_pingding_xlsx",
    fmt="xlsx",
    title="平昌县驷马镇党委2025年度村党组织星级评定评分表",
    numbering="restart",
    sections=(
        Section("班子过硬", "一、班子过硬\n（20分）", 20, (
            _row("村党组织书记、村委会主任“一肩挑”；村“两委”班子成员中35周岁以下的不少于1名，大专及以上学历的不少于2名；班子团结协作，凝聚力、战斗力强。",
                 5,
                 "未实行“一肩挑”的扣1分；无35周岁以下成员的扣1分；大专及以上学历成员每少1名扣0.5分，最高扣1分；班子不团结、工作推不动的，酌情扣1-2分。",
                 "村“两委”成员花名册"),
            _row("储备村级后备力量不少于2名，由镇党委班子成员“一对一”联系培养；村“两委”成员每人每年参加县、镇组织的集中培训不少于3天；村党组织书记每半年"
                 "向镇党委书面报告一次抓党建工作情况。", 5,
                 "后备力量每少1名扣1分；未落实联系培养的扣0.5分；培训不足3天的，每人扣0.2分，最高扣1分；书面报告每少1次扣0.5分。",
                 "后备力量名册、培训通知、书面报告"),
            _row("村党组织书记年初向镇党委和党员群众作出公开承诺；年底向镇党委述职，并在党员大会上接受党员和群众代表评议，述职评议“好”和“较好”等次比例达到"
                 "百分之八十五以上。", 5,
                 "未作出公开承诺的扣1分；年底未述职的扣2分；“好”和“较好”等次比例90%以上的得2分，85%（含）—90%的得1分，85%以下的不得分。",
                 "承诺书、述职报告、评议汇总表"),
            _row("落实村干部坐班值班制度，村党群服务中心每天有人值班；村级重大事项决策落实“四议两公开”，各环节会议记录完整；村“两委”成员全年无违纪违法问题。",
                 5,
                 "无坐班值班制度的扣1分；实地查看无人值班的，每次扣0.5分，最高扣1分；重大事项未落实“四议两公开”的，每件扣1分，最高扣2分；村“两委”成员受到"
                 "党纪政务处分的，每人扣2分。",
                 "坐班值班表、“四议两公开”会议记录"),
        )),
        Section("党员管理", "二、党员管理\n（20分）", 20, (
            _row("严格落实“三会一课”制度：支部委员会每月召开1次，党员大会每季度召开1次，党小组会每季度召开1次，党课每季度1次；村党组织书记每年讲党课不少于"
                 "1次；党员参会率不低于百分之八十。", 6,
                 "“三会一课”每少1次扣0.5分，最高扣3分；书记未讲党课的扣1分；参会率每低5个百分点扣0.5分，最高扣1.5分；会议记录要素不全的，酌情扣0.5分。",
                 "会议记录本、签到表"),
            _row("每月5日固定开展主题党日活动，做到有方案、有签到、有记录、有照片；春节前后组织返乡的外出务工党员集中学习不少于1次。", 5,
                 "主题党日每少1次扣0.3分，最高扣2分；未按固定日期开展的，每次扣0.1分，最高扣0.5分；方案、签到、记录、照片每缺一项扣0.2分，最高扣1分；未组织"
                 "返乡党员集中学习的扣1分。",
                 "活动方案、签到表、活动照片"),
            _row("实行党员积分管理，按月记分，每季度在村务公开栏公示一次积分情况；年底根据积分评定“星级党员”，评定结果张榜公布；党员按月足额交纳党费。", 5,
                 "未实行积分管理的扣1.5分；积分公示每少1次扣0.3分，最高扣1.2分；年底未评定星级党员的扣1分；评定结果未公布的扣0.5分；未按月交纳党费的，每人次"
                 "扣0.1分，最高扣1分。",
                 "党员积分台账、公示照片、党费收缴台账"),
            _row("每年召开一次组织生活会，会前开展谈心谈话，村“两委”班子成员撰写对照检查材料；会后开展民主评议党员，评议结果报镇党委备案。", 4,
                 "未召开组织生活会的扣1.5分；未开展谈心谈话的扣0.5分；对照检查材料每缺1份扣0.2分，最高扣0.5分；未开展民主评议党员的扣1分；评议结果未备案的"
                 "扣0.5分。",
                 "会议记录、对照检查材料、民主评议测评表"),
        )),
        Section("产业发展", "三、产业发展\n（25分）", 25, (
            _row("村集体经济年经营性收入达到5万元以上。", 8,
                 "经营性收入20万元以上的得8分，10万元（含）—20万元的得6分，5万元（含）—10万元的得4分，3万元（含）—5万元的得2分，3万元以下的不得分。",
                 "村集体经济收支台账、农经统计年报"),
            _row("村党组织领办村集体经济合作社不少于1个，发展青花椒、茶叶、黄花等特色产业；培育党员致富带头人不少于3名，每名带头人联系带动农户不少于5户。",
                 6,
                 "未领办合作社的扣2分；合作社无实际经营、“空壳”运行的，酌情扣1分；党员致富带头人每少1名扣0.5分；带动农户不足5户的，每人扣0.2分，最高扣1分。",
                 "合作社章程、带动农户名单"),
            _row("落实“村账镇管”，村级财务每季度公开一次；建立集体资金、资产、资源台账，年底完成清产核资；集体资产资源发包、出租经村民代表会议决议。", 5,
                 "财务公开每少1次扣0.5分，最高扣1.5分；无“三资”台账的扣1分；年底未完成清产核资的扣1分；资产资源发包、出租未经决议的，每项扣0.5分，最高扣1.5分。",
                 "财务公开照片、“三资”台账、村民代表会议记录"),
            _row("每月开展一次防止返贫动态监测排查，监测对象帮扶措施落实率100%；党员干部与监测户结对帮扶，每月至少入户走访一次。", 6,
                 "监测排查每少1次扣0.3分，最高扣1.5分；帮扶措施落实率每低5个百分点扣0.5分，最高扣2分；结对帮扶未落实的，每户扣0.3分，最高扣1.5分；入户走访"
                 "每少1次扣0.1分，最高扣1分。",
                 "监测排查台账、结对帮扶名单、走访记录"),
        )),
        Section("治理有效", "四、治理有效\n（20分）", 20, (
            _row("健全“村党组织—村民小组党小组—党员中心户”组织体系；开展党员设岗定责，有劳动能力的党员设岗率达到百分之九十；党员中心户挂牌亮身份，每户联系"
                 "群众不少于10户。", 5,
                 "组织体系不健全的，酌情扣0.5-1分；设岗率每低10个百分点扣0.5分，最高扣1.5分；党员中心户联系群众不足10户的，每户扣0.2分，最高扣1.5分；党员"
                 "中心户未挂牌的扣1分。",
                 "组织架构图、设岗定责名单、党员中心户联系台账"),
            _row("落实“一村一辅警”“一村一法律顾问”，每季度开展一次法治宣传；每月开展一次矛盾纠纷排查，矛盾纠纷调处成功率达到百分之九十五；全年无“民转刑”案件"
                 "和群体性事件。", 5,
                 "法治宣传每少1次扣0.5分；排查每少1次扣0.3分，最高扣1.5分；调处成功率95%以上的得1.5分，90%（含）—95%的得1分，90%以下的不得分；发生“民转刑”"
                 "案件或群体性事件的，本项不得分。",
                 "法治宣传照片、矛盾纠纷排查台账、调解卷宗"),
            _row("修订完善村规民约，成立红白理事会，推进移风易俗；每年开展一次“好家风”“文明家庭”评选，评选结果在村务公开栏公布；全年无因大操大办、高价彩礼被"
                 "通报的问题。", 5,
                 "村规民约未修订完善的扣1分；未成立红白理事会的扣1分；未开展评选的扣1分；评选结果未公布的扣0.5分；因大操大办、高价彩礼被县镇通报的，每起扣1分。",
                 "村规民约、红白理事会章程、评选结果公示照片"),
            _row("每月组织一次党员参与人居环境整治“清洁日”活动；汛期前完成地质灾害隐患点排查，落实隐患点监测员和转移避险预案；全年无较大以上安全生产事故。",
                 5,
                 "“清洁日”活动每少1次扣0.3分，最高扣1.5分；汛前排查未开展的扣1分；监测员或转移避险预案未落实的扣1分；实地查看人居环境脏乱差的，酌情扣0.5-1分；"
                 "发生较大以上安全生产事故的，本项不得分。",
                 "活动照片、隐患点排查台账、转移避险预案"),
        )),
        Section("服务群众", "五、服务群众\n（15分）", 15, (
            _row("村党群服务中心每周开放不少于5天，落实首问负责和全程代办制度；建立为民服务代办台账，群众代办事项按时办结率达到百分之九十五以上。", 5,
                 "开放时间不足的扣1分；无代办制度的扣1分；无代办台账的扣1分；办结率每低5个百分点扣0.5分，最高扣2分。",
                 "代办台账、服务中心照片"),
            _row("建立留守老人、留守儿童、残疾人等特殊群体关爱台账，党员干部每月至少上门探访一次；“七一”、春节走访慰问生活困难党员和老党员；组建党员志愿服务"
                 "队，每季度开展志愿服务不少于1次。", 5,
                 "无关爱台账的扣1分；上门探访每少1次扣0.1分，最高扣1分；走访慰问每少1人扣0.2分，最高扣1分；未组建志愿服务队的扣1分；志愿服务每少1次扣0.5分。",
                 "关爱台账、慰问名单、志愿服务记录"),
            _row("年底由镇党委组织党员群众代表对村党组织开展满意度测评，群众满意率达到百分之九十以上。", 5,
                 "满意率95%以上的得5分，90%（含）—95%的得4分，85%（含）—90%的得2.5分，80%（含）—85%的得1分，80%以下的不得分。",
                 "满意度测评表"),
        )),
    ),
)

HEADER = ["评定项目", "序号", "评星条件", "分值", "评分标准", "佐证资料"]
VETO_HEAD = "一票否决"
VETO = (
    "村“两委”班子成员受到留党察看以上党纪处分或被依法追究刑事责任的。",
    "违反程序发展党员，或村“两委”换届选举中出现拉票贿选问题的。",
    "发生重大安全生产事故、群体性事件或森林火灾造成人员伤亡的。",
)
VETO_RULE = "实行一票否决，不予评星。"
VETO_BY = "镇纪委、综治办、应急办认定"
NOTE = ("说明：1.本表由镇党委于12月中下旬组织评定，镇党建办牵头，农业综合服务中心、经管站、综治办、应急办、镇纪委参加，采取听取汇报、查阅佐证资料、"
        "实地查看、入户走访、问卷测评相结合的方式进行，以2025年1月1日至评定之日形成的资料为准；2.各项扣分以该项分值为限，扣完为止；评分标准列明得分档次"
        "的，按档次计分；经营性收入以县农业农村局审定的农经统计年报为准；3.评定得分90分以上的为“五星级村党组织”，80—89分的为“四星级”，70—79分的为"
        "“三星级”，60—69分的为“二星级”，60分以下的为“一星级”；有一票否决情形的不予评星；4.星级实行动态管理，评定结果与村干部绩效报酬和评先评优挂钩。")


def build(t: Table, path: Path) -> None:
    import openpyxl
    from openpyxl.styles import Alignment, Font

    ncols = len(HEADER)
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "星级评定"
    center = Alignment(horizontal="center", vertical="center", wrap_text=True)
    wrap = Alignment(vertical="center", wrap_text=True)
    xlsx_title(ws, t.title, ncols, Font(name="方正小标宋简体", size=16), center)
    xlsx_line(ws, "评定对象：驷马镇各村党组织", ncols)
    xlsx_line(ws, "村名：              评定组：              评定日期：", ncols)
    xlsx_header(ws, HEADER, ncols)
    first = ws.max_row
    for s in t.sections:
        top = ws.max_row + 1
        for i, row in enumerate(s.rows, 1):
            ws.append([s.printed if i == 1 else None, i, row.text, row.points, row.scoring, row.method])
            for c in (3, 5, 6):
                ws.cell(ws.max_row, c).alignment = wrap
            for c in (2, 4):
                ws.cell(ws.max_row, c).alignment = center
        xlsx_merge_down(ws, 1, top, ws.max_row, center)
    top = ws.max_row + 1
    for case in VETO:
        ws.append([VETO_HEAD if ws.max_row + 1 == top else None, None, case, None, VETO_RULE, VETO_BY])
        for c in (3, 5, 6):
            ws.cell(ws.max_row, c).alignment = wrap
    xlsx_merge_down(ws, 1, top, ws.max_row, center)
    xlsx_total_row(ws, t.total, 4, ncols, center)
    xlsx_borders(ws, first, ncols)
    xlsx_note(ws, NOTE, ncols, 95)
    xlsx_widths(ws, (12, 6, 52, 6, 54, 22))
    wb.save(str(path))
