"""上犹县营前镇2025年度村级党组织建设工作考核评分表 (.xlsx), as the 镇党委 of 江西 赣州 上犹县 营前镇 (its 党建办 with the 农业农村办, the 财政所,
the 综治中心 and the 应急办, a 考核组 led by the 挂点 镇领导 going up the valleys to the 村 at the end of November, when the 茶园 are pruned and the
脐橙 are picked) scores the 村党组织 of a mountain township of the 赣南 老区: the 村 strung along the 上犹江 above the 陡水湖, the 茶叶 and the 油茶
合作社 the 村党支部 runs, the 脱贫户 and 监测户 the 党员 visit every month, the young people gone to 广东 and 厦门 who join the 主题党日 from their
phones, the 汛期 and the 地质灾害 points on the slopes: a sheet whose 一级指标 are merged cells, whose 二级指标 name each part, whose 计分办法 takes points
off one clause at a time and scores the 经营性收入 in bands of 万元: 班子队伍建设 (the 书记's 培训 of 5天 or 40学时, the 述职 and its 满意率; one roster
of the “两委” by age and 学历 and a 女性 member; three 后备力量 with two under 35, the 档案 and a half-yearly 谈话; the 坐班值班, its 记录 and the 公示 of
the 考核结果), 组织生活 (the “三会一课” and the 书记's two 党课; the 主题党日 on the 15th and the 参加率; the 组织生活会, the 民主评议 and the 谈心谈话
全覆盖; 党费 按月, the 流动党员 档案 with a quarterly 联系, one 积极分子 and "每两年至少发展1名"; the 积分 with a quarterly 公示 and the 年底 评星),
发展治理 (the 经营性收入 in bands; one 合作社 or 产业基地; a quarterly 公开 and the “四议两公开” with its 记录 and 公示; a monthly 走访 of the 脱贫户 and a
一票否决 on 返贫; a monthly 排查, the 化解率 and a yearly 汛前 排查; a monthly 整治, the 村规民约 and one 评选), 服务阵地 (the 代办 登记 and the 回访;
the 志愿服务队, a quarterly 志愿服务 and the “七一”、春节 慰问; the 台账 and the 平台; the 年底 满意率).

A merged title row, a merged "考核对象：营前镇各村党支部（党总支）" line and a merged "村名：              挂点领导：              考核日期：" line
above the header 一级指标 | 序号 | 二级指标 | 考核内容 | 分值 | 计分办法 | 得分. The 一级指标 are MERGED CELLS down the FIRST column, printed WITH an
ordinal and WITH their points on a SECOND line, "一、班子队伍建设\\n（20分）". 序号 (SECOND column) RESTARTS at 1 under every 一级指标 (ids "1.1" …
"4.4"). 二级指标 is a short sub-label (`Row.indicator`); 考核内容 (`Row.text`) says what is required; 分值 is a plain number BEFORE the 计分办法
(`Row.scoring`); 得分 is blank. A 合计 row of 100 and a merged 说明 row close the sheet. Counts in figures and Chinese numerals, nearly all in the
考核内容 ("年内…不少于1次", "不少于5天或40学时", "年底", "不低于百分之八十五", "35周岁以下的不少于1名", "大专及以上学历的不少于2名", "至少有1名",
"不少于3名", "35周岁以下的不少于2名", "每半年…一次", "每天至少1名", "年度", "每月至少召开1次", "每季度至少召开1次", "每季度至少召开1次", "每季度至少1次",
"每年讲党课不少于2次", "每月15日", "不低于百分之八十", "每年召开一次", "全覆盖", "按月", "每季度至少联系一次", "年内…不少于1名", "每两年至少发展1名",
"每季度…公示一次", "年底", "10万元以上", "不少于1个", "每季度公开一次", "每月走访一次", "全年", "每月开展一次", "百分之九十以上", "汛期前…一次", "全年",
"每月组织一次", "年内…不少于1次", "工作日全天", "每季度开展不少于1次", "“七一”、春节", "年底", "百分之九十"); "最高扣" caps; bands of the 经营性收入 in
万元 (all 8 points, closed by "5万元以下的不得分"); "酌情扣1-2分" four times and "酌情扣0.5-1分" twice; one "实行一票否决，本项不得分"; one "本项不得分".
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

TABLE = Table(
    name="zzzzm_shangyou_yingqian_zhen_cun_dangzuzhi_xlsx",
    fmt="xlsx",
    title="上犹县营前镇2025年度村级党组织建设工作考核评分表",
    numbering="restart",
    sections=(
        Section("班子队伍建设", "一、班子队伍建设\n（20分）", 20, (
            Row("村党组织书记年内参加县级以上示范培训不少于1次，累计不少于5天或40学时；年底向镇党委述职，述职评议满意率不低于百分之八十五。", 6,
                "未参加培训的扣1分；培训时间不足的扣1分；未述职的扣2分；满意率每低5个百分点扣0.5分，最高扣2分。", indicator="书记队伍"),
            Row("村“两委”班子成员中35周岁以下的不少于1名、大专及以上学历的不少于2名，至少有1名女性成员；班子团结、运转顺畅。", 5,
                "35周岁以下成员缺额的扣1分；大专及以上学历成员每少1名扣0.5分；无女性成员的扣0.5分；班子不团结、影响工作开展的，酌情扣1-2分。",
                indicator="班子结构"),
            Row("储备村级后备力量不少于3名，其中35周岁以下的不少于2名，建立后备力量培养档案；村党组织每半年对后备力量开展一次培养谈话。", 4,
                "后备力量每少1名扣1分；35周岁以下的每少1名扣0.5分；无培养档案的扣1分；培养谈话每少1次扣0.3分。", indicator="后备力量"),
            Row("落实村干部坐班值班制度，工作日每天至少1名村干部在村党群服务中心值班，值班有记录；村干部年度考核结果在村务公开栏公示。", 5,
                "暗访发现无人值班的，每次扣0.5分，最高扣2分；无值班记录的扣1分；考核结果未公示的扣1分；村干部受到党纪政务处分的，每人扣2分。",
                indicator="村干部管理"),
        )),
        Section("组织生活", "二、组织生活\n（25分）", 25, (
            Row("严格落实“三会一课”：支部委员会每月至少召开1次，党员大会每季度至少召开1次，党小组会每季度至少召开1次，党课每季度至少1次；村党组织"
                "书记每年讲党课不少于2次。", 7,
                "“三会一课”每少1次扣0.5分，最高扣5分；书记讲党课每少1次扣1分。", indicator="“三会一课”"),
            Row("每月15日开展主题党日活动，外出流动党员通过微信群线上参加；党员参加率不低于百分之八十。", 5,
                "主题党日每少1次扣0.3分，最高扣3分；参加率每低10个百分点扣0.5分，最高扣2分。", indicator="主题党日"),
            Row("每年召开一次组织生活会，开展民主评议党员；会前书记与班子成员、班子成员与党员之间谈心谈话全覆盖。", 5,
                "未召开组织生活会的扣2分；未开展民主评议党员的扣2分；谈心谈话未全覆盖的扣1分。", indicator="组织生活会"),
            Row("党员按月交纳党费；外出流动党员建立档案，每季度至少联系一次；年内确定入党积极分子不少于1名，每两年至少发展1名35周岁以下党员。", 5,
                "党费未按月交纳的，每人次扣0.1分，最高扣1分；流动党员未建档的扣0.5分；联系每少1次扣0.2分；未确定入党积极分子的扣1分；两年内未发展"
                "党员的扣1.5分。", indicator="党员管理"),
            Row("推行农村党员积分制管理，积分每季度在村务公开栏公示一次，年底评星定级。", 3,
                "未实行积分管理的，本项不得分；积分公示每少1次扣0.5分；年底未评星定级的扣1分。", indicator="积分管理"),
        )),
        Section("发展治理", "三、发展治理\n（35分）", 35, (
            Row("村级集体经济年经营性收入达到10万元以上，有稳定增收项目。", 8,
                "年经营性收入50万元以上的得8分，20万元（含）—50万元的得6分，10万元（含）—20万元的得4分，5万元（含）—10万元的得2分，5万元以下的"
                "不得分。", indicator="集体经济"),
            Row("村党组织领办合作社或联办产业基地不少于1个，推行“党支部+合作社+农户”模式，带动脱贫户（监测户）增收。", 5,
                "未领办合作社或产业基地的扣3分；带动作用不明显的，酌情扣1-2分。", indicator="产业带动"),
            Row("落实村级“三资”管理，村务、财务每季度公开一次；重大事项落实“四议两公开”，有会议记录、有公示。", 5,
                "村务、财务公开每少1次扣0.5分；重大事项未落实“四议两公开”的，每件扣1分，最高扣3分；缺会议记录或公示的，每件扣0.5分。",
                indicator="“三资”管理"),
            Row("党员干部结对联系脱贫户、监测户，每月走访一次，帮扶措施落实到户；全年不发生规模性返贫。", 6,
                "走访每少1次扣0.2分，最高扣2分；帮扶措施未落实的，每户扣0.5分，最高扣2分；发生规模性返贫的，实行一票否决，本项不得分。",
                indicator="巩固衔接"),
            Row("每月开展一次矛盾纠纷排查，矛盾纠纷化解率达到百分之九十以上；汛期前开展一次地质灾害和防汛隐患排查；全年无越级上访、无群体性事件。", 5,
                "矛盾纠纷排查每少1次扣0.3分，最高扣2分；化解率每低1个百分点扣0.2分，最高扣2分；汛前隐患排查未开展的扣1分；发生越级上访、群体性事件"
                "的，每起扣1分。", indicator="平安建设"),
            Row("每月组织一次党员带头的人居环境集中整治；修订完善村规民约，推进移风易俗，红白理事会正常运行；年内开展“最美家庭”等评选不少于1次。", 6,
                "人居环境整治每少1次扣0.3分，最高扣2分；村规民约未修订的扣1分；红白理事会未正常运行的，酌情扣0.5-1分；未开展评选的扣1分；实地查看"
                "村容村貌脏乱差的，酌情扣1-2分。", indicator="乡风文明"),
        )),
        Section("服务阵地", "四、服务阵地\n（20分）", 20, (
            Row("村党群服务中心实行“一站式”服务，工作日全天开放；推行便民服务代办，代办事项有登记、有回访。", 5,
                "服务中心运行不规范的，酌情扣1-2分；代办事项无登记的扣1分；未回访的扣0.5分。", indicator="阵地服务"),
            Row("组建党员志愿服务队，每季度开展不少于1次志愿服务活动；“七一”、春节期间走访慰问老党员、困难党员。", 5,
                "未组建志愿服务队的扣1分；志愿服务每少1次扣0.5分；走访慰问每少1次扣1分。", indicator="志愿服务"),
            Row("村级党建台账规范、分类归档；“赣鄱党建云”平台信息及时录入，远程教育终端正常使用。", 4,
                "台账不规范的，酌情扣0.5-1分；平台信息录入不及时的，每次扣0.2分，最高扣1分；远程教育终端不能正常使用的扣0.5分。",
                indicator="基础台账"),
            Row("年底镇党委组织党员群众代表对村“两委”班子开展满意度测评，满意率达到百分之九十。", 6,
                "满意率每低1个百分点扣0.3分，扣完为止。", indicator="群众满意"),
        )),
    ),
)

HEADER = ["一级指标", "序号", "二级指标", "考核内容", "分值", "计分办法", "得分"]
NOTE = ("说明：1.本表由镇党委组织挂点领导、党建办和镇直相关部门人员组成考核组，于11月下旬进村考核，采取查阅资料、实地查看、入户走访、问卷测评相结合的"
        "方式进行；2.各项扣分以该项分值为限，扣完为止；3.村集体经营性收入以镇财政所（农经站）审核数据为准；4.考核得分90分以上的为“好”，80—89分的"
        "为“较好”，70—79分的为“一般”，70分以下的为“差”；村党组织书记受到党纪处分、发生违规发展党员或重大安全责任事故的，年度考核直接定为“差”"
        "等次。")


def build(t: Table, path: Path) -> None:
    import openpyxl
    from openpyxl.styles import Alignment, Font

    ncols = len(HEADER)
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "村级党建考核"
    center = Alignment(horizontal="center", vertical="center", wrap_text=True)
    wrap = Alignment(vertical="center", wrap_text=True)
    xlsx_title(ws, t.title, ncols, Font(name="方正小标宋简体", size=16), center)
    xlsx_line(ws, "考核对象：营前镇各村党支部（党总支）", ncols)
    xlsx_line(ws, "村名：              挂点领导：              考核日期：", ncols)
    xlsx_header(ws, HEADER, ncols)
    first = ws.max_row
    for s in t.sections:
        top = ws.max_row + 1
        for i, row in enumerate(s.rows, 1):
            ws.append([s.printed if i == 1 else None, i, row.indicator, row.text, row.points, row.scoring, None])
            for c in (4, 6):
                ws.cell(ws.max_row, c).alignment = wrap
            for c in (2, 3, 5):
                ws.cell(ws.max_row, c).alignment = center
        xlsx_merge_down(ws, 1, top, ws.max_row, center)
    xlsx_total_row(ws, t.total, 5, ncols, center)
    xlsx_borders(ws, first, ncols)
    xlsx_note(ws, NOTE, ncols, 70)
    xlsx_widths(ws, (12, 6, 10, 48, 6, 50, 7))
    wb.save(str(path))
