"""井冈山市2025年度村党组织星级评定考核评分表 (.xlsx), as the 市委组织部 of 江西 吉安 井冈山 (its 组织科 with the 乡镇党委, the 市农业农村局, the
市委政法委 and the 市纪委监委, an 评定组 going up to the 村 of the 罗霄山 in late November, when the 井冈蜜柚 and the 茶 are in) rates the 村党组织 of
the 革命摇篮: the 村 of the 茨坪 and the 黄洋界 whose 党员 guide the 红色研学 groups along the 挑粮小道, the 神山村 of the 脱贫 story with its 黄桃 and
its 竹 crafts, the 村 whose young went to 厦门 and 东莞 to work, the 红军 后代 among the old 党员, the 森林 on every slope and the 地质灾害 点 after the
summer rains: a sheet scored out of 100 that turns into stars ("95分以上评为五星"), with its 加分 rows printed UNDER the 合计 and a block of 一票否决
rows under them: 班子建设 (one roster of the “两委” by age, the 女性 成员 and the “一肩挑”; the 书记's 培训 and its 5天, the 年底 述职 and its 满意率 in
bands; three 后备力量 and a half-yearly 考察; the 坐班 值守, a quarterly 村务监督委员会 会议 and the “四议两公开”), 组织生活 (the “三会一课” with the
书记's 党课 and the 记录; the 主题党日 on the 5th with 签到 and 照片, the 外出 党员 online and a yearly 现场教学 at a 革命旧址; the 组织生活会, the 谈心
谈话 全覆盖 and the 民主评议; the 冬训, its 3天 and the 参训率), 党员队伍 (one 积极分子, "每两年至少发展党员1名" and the 公示; 党费 按月 with a
half-yearly 公示, the 积分 with a quarterly 公示 and the 年底 星级党员; the 设岗率, five 户 a 党员 and the “七一”、春节 慰问), 发展治理 (the 经营性收入 in
bands of 万元 and the 合作社; the “三资” 台账, a monthly 财务公开 and the 审核; a monthly 矛盾纠纷排查, the 化解率, the 越级上访 and a quarterly 隐患
排查; the 村规民约, the 红白理事会 and a yearly 评选; a monthly 人居环境 志愿服务) and 基础保障 (the 党群服务中心, its five days and a quarterly 公开; the
台账 “一年一档” and the 平台; the 年底 满意率).

A merged title row, a merged "评定对象：全市各乡镇（街道）村党组织" line and a merged "乡（镇）： 村： 评定组： 评定日期：" line above the header 序号 |
评星指标 | 评定内容及标准 | 分值 | 评分办法 | 得分. Each category is a SECTION ROW merged across the sheet, printed WITH an ordinal and its points on one
line, "一、班子建设（20分）". 序号 (FIRST column) runs 1..19 through the sheet, NOT restarting under the section rows. 评星指标 is a short sub-label
(`Row.indicator`); 评定内容及标准 (`Row.text`) says what is required; 分值 is a plain number BEFORE the 评分办法 (`Row.scoring`); 得分 is blank. A 合计
row of 100 follows the scored rows; under it a merged "加分项（最高加5分）" section row with two 加分 rows (no 序号, their 最高加分 in the 分值 column),
then a merged "一票否决项（有下列情形之一的，不得评定星级）" section row with four 否决 rows (no 序号, "否决" in the 分值 column), then a merged 说明 row.
Counts in figures and Chinese numerals, nearly all in the 评定内容及标准 ("5至7人", "45周岁以下的不少于2名", "女性成员不少于1名", "每年…不少于1次、累计
不少于5天", "年底", "百分之八十五", "不少于3名", "每半年考察一次", "工作日", "每季度至少召开一次", "支部委员会每月召开1次，党员大会每季度召开1次，党小组会
每月召开1次，党课每季度1次", "每年讲党课不少于1次", "每月5日", "每年…一次", "每年召开一次", "全覆盖", "每年…不少于3天", "百分之九十", "年内…不少于1名",
"每两年至少发展党员1名", "不少于7天", "按月", "每半年公示一次", "每季度公示一次", "年底", "百分之九十", "不少于5户", "“七一”、春节", "10万元以上",
"每月公开一次", "每月开展一次", "百分之九十五", "每季度开展一次", "每年…不少于1次", "每月开展一次", "每周开放不少于5天", "每季度公开一次", "年底前",
"年底", "百分之九十"); "最高扣" caps; "酌情扣0.5-1分" three times and "酌情扣1-1.5分" once; bands of the 述职 满意率 (1.5 of the 5 points, closed by "75%
以下的不得分") and of the 经营性收入 in 万元 (6 of the 8, closed by "5万元以下的不得分"); two plain "本项不得分"; the 一票否决 printed only in its own rows.
"""

from __future__ import annotations

from pathlib import Path

from .build_helpers import (
    xlsx_borders,
    xlsx_header,
    xlsx_line,
    xlsx_note,
    xlsx_title,
    xlsx_total_row,
    xlsx_widths,
)
from .model import Row, Section, Table

TABLE = Table(
    name="zzzzh_jinggangshan_cun_dangzuzhi_xingji_xlsx",
    fmt="xlsx",
    title="井冈山市2025年度村党组织星级评定考核评分表",
    numbering="printed",
    sections=(
        Section("班子建设", "一、班子建设（20分）", 20, (
            Row("村“两委”班子5至7人，成员中45周岁以下的不少于2名、女性成员不少于1名；村党组织书记、村委会主任“一肩挑”。", 5,
                "45周岁以下成员每少1名扣1分；无女性成员的扣1分；未实行“一肩挑”的扣2分。", indicator="班子结构"),
            Row("村党组织书记每年参加县级以上集中培训不少于1次、累计不少于5天；年底向乡镇党委和党员群众述职，述职评议满意率达到百分之八十五。", 5,
                "书记未参加培训的扣1分；培训时间不足5天的扣0.5分；未述职的扣2分；满意率85%以上的得1.5分，75%（含）—85%的得1分，75%以下的不得分。",
                indicator="书记队伍"),
            Row("储备村级后备力量不少于3名，其中致富能手、退役军人或返乡大学生不少于1名；乡镇党委每半年考察一次。", 4,
                "后备力量每少1名扣1分；考察每少1次扣0.5分。", indicator="后备力量"),
            Row("村干部轮流坐班，工作日村党群服务中心有人值守；村务监督委员会每季度至少召开一次会议；村级重大事项执行“四议两公开”。", 6,
                "暗访发现无人值守的，每次扣0.5分，最高扣2分；监委会会议每少1次扣0.5分；重大事项未执行“四议两公开”的，每件扣1分，最高扣2分。",
                indicator="运行机制"),
        )),
        Section("组织生活", "二、组织生活（24分）", 24, (
            Row("支部委员会每月召开1次，党员大会每季度召开1次，党小组会每月召开1次，党课每季度1次，村党组织书记每年讲党课不少于1次；会议记录真实完整。",
                8,
                "“三会一课”每少1次扣0.5分，最高扣5分；书记未讲党课的扣1分；会议记录不规范的，酌情扣0.5-1分；补记、代签的，本项不得分。",
                indicator="“三会一课”"),
            Row("每月5日为固定主题党日，每次有主题、有签到、有照片，外出党员通过“赣鄱党建云”平台参学；每年组织党员到革命旧址开展一次现场教学。", 6,
                "主题党日每少1次扣0.5分，最高扣3分；未按固定日期开展的，每次扣0.2分，最高扣1分；缺签到或照片的，每次扣0.1分，最高扣1分；未开展现场"
                "教学的扣1分。", indicator="主题党日"),
            Row("每年召开一次组织生活会，会前谈心谈话全覆盖；开展民主评议党员，评定等次。", 5,
                "未召开组织生活会的扣2分；谈心谈话未全覆盖的扣1分；未开展民主评议党员的扣2分。", indicator="组织生活会"),
            Row("每年组织党员冬训，每名党员参训不少于3天；党员参训率达到百分之九十。", 5,
                "未组织冬训的扣2分；参训时间不足的，每人扣0.1分，最高扣1分；参训率每低5个百分点扣0.5分，最高扣2分。", indicator="党员冬训"),
        )),
        Section("党员队伍", "三、党员队伍（18分）", 18, (
            Row("年内确定入党积极分子不少于1名，每两年至少发展党员1名，注重从返乡青年、致富能手中发展；发展对象公示不少于7天。", 6,
                "未确定入党积极分子的扣1分；连续两年未发展党员的扣2分；发展对象未公示或公示期不足的扣1分。", indicator="发展党员"),
            Row("党员按月交纳党费，每半年公示一次；推行党员积分制管理，每季度公示一次积分，年底评定“星级党员”。", 6,
                "党费未按月交纳的，每人次扣0.1分，最高扣1分；党费公示每少1次扣0.5分；积分公示每少1次扣0.5分；年底未评定星级党员的扣1分。",
                indicator="党员管理"),
            Row("无职党员设岗定责，设岗率达到百分之九十；党员每人联系群众不少于5户；“七一”、春节走访慰问老党员、困难党员。", 6,
                "设岗率每低10个百分点扣1分；联系群众不足5户的，每人扣0.2分，最高扣2分；走访慰问每少1次扣0.5分。", indicator="作用发挥"),
        )),
        Section("发展治理", "四、发展治理（26分）", 26, (
            Row("村集体经济年经营性收入达到10万元以上；依托红色旅游、井冈蜜柚、茶叶、竹产业等发展村级产业，村党组织领办合作社。", 8,
                "年经营性收入50万元以上的得6分，30万元（含）—50万元的得5分，10万元（含）—30万元的得4分，5万元（含）—10万元的得2分，5万元以下的不得分；"
                "未领办合作社的扣2分。", indicator="集体经济"),
            Row("建立“三资”管理台账；村级财务每月公开一次；大额资金支出经乡镇“三资”服务中心审核。", 5,
                "无“三资”台账的扣1分；财务公开每少1次扣0.3分，最高扣2分；大额支出未经审核的，每笔扣0.5分，最高扣2分。", indicator="“三资”管理"),
            Row("每月开展一次矛盾纠纷排查，化解率达到百分之九十五，不发生越级上访；每季度开展一次森林防火、地质灾害隐患排查。", 6,
                "排查每少1次扣0.3分，最高扣1.5分；化解率每低1个百分点扣0.2分，最高扣1.5分；发生越级上访的，每起扣1分；隐患排查每少1次扣0.5分。",
                indicator="平安法治"),
            Row("修订完善村规民约；红白理事会常态化运行，遏制大操大办；每年开展“好媳妇”“好婆婆”等评选不少于1次。", 4,
                "村规民约未修订的扣1分；发生大操大办被通报的，每起扣1分；未开展评选的扣1分；红白理事会运行不正常的，酌情扣0.5-1分。",
                indicator="乡风文明"),
            Row("村庄环境整洁有序，每月开展一次人居环境整治党员志愿服务活动。", 3,
                "志愿服务每少1次扣0.2分，最高扣1.5分；评定组实地查看，环境脏乱差的，酌情扣1-1.5分。", indicator="生态宜居"),
        )),
        Section("基础保障", "五、基础保障（12分）", 12, (
            Row("村党群服务中心标识规范、功能完善，每周开放不少于5天；党务、村务每季度公开一次。", 4,
                "标识不规范的扣0.5分；开放时间不足的扣1分；公开每少1次扣0.5分，最高扣2分。", indicator="阵地建设"),
            Row("党建台账分类规范，实行“一年一档”，年底前完成归档；“赣鄱党建云”平台党员信息维护准确。", 4,
                "台账不规范的，酌情扣0.5-1分；未按时归档的扣1分；平台信息不准确的，每人扣0.2分，最高扣1分；台账弄虚作假的，本项不得分。",
                indicator="基础台账"),
            Row("年底由乡镇党委组织党员群众代表开展满意度测评，满意率达到百分之九十。", 4,
                "满意率每低1个百分点扣0.2分，最高扣4分。", indicator="群众满意"),
        )),
    ),
)

HEADER = ["序号", "评星指标", "评定内容及标准", "分值", "评分办法", "得分"]
BONUS_HEAD = "加分项（最高加5分）"
BONUS = (
    ("表彰奖励", "村党组织或村党组织书记获评市级以上表彰的。", 3, "市级加1分，省级加2分，国家级加3分。"),
    ("产业带动", "村集体经济年经营性收入突破100万元，或红色旅游、特色产业党建经验被吉安市以上推广的。", 2, "每项加1分，最高加2分。"),
)
VETO_HEAD = "一票否决项（有下列情形之一的，不得评定星级）"
VETO = (
    "村“两委”成员违纪违法，受到党纪重处分或被追究刑事责任的。",
    "违反程序发展党员，造成不良影响的。",
    "发生群体性事件、较大以上安全生产事故或森林火灾的。",
    "发生意识形态领域重大问题的。",
)
NOTE = ("说明：1.本表由市委组织部会同乡镇党委于11月下旬组织评定，采取查阅资料、实地查看、入户走访、个别谈话、问卷测评相结合的方式进行；"
        "2.各项扣分以该项分值为限，扣完为止；3.村集体经营性收入以市农业农村局审核的年度收支报表为准；4.总分（含加分）95分以上的评为五星，"
        "85—94分的评为四星，75—84分的评为三星，65—74分的评为二星，65分以下的评为一星；三星以下的村党组织列入后进整顿排查范围。")


def build(t: Table, path: Path) -> None:
    import openpyxl
    from openpyxl.styles import Alignment, Font

    ncols = len(HEADER)
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "村党组织星级评定"
    center = Alignment(horizontal="center", vertical="center", wrap_text=True)
    wrap = Alignment(vertical="center", wrap_text=True)
    left = Alignment(horizontal="left", vertical="center")
    xlsx_title(ws, t.title, ncols, Font(name="方正小标宋简体", size=16), center)
    xlsx_line(ws, "评定对象：全市各乡镇（街道）村党组织", ncols)
    xlsx_line(ws, "乡（镇）：              村：              评定组：              评定日期：", ncols)
    xlsx_header(ws, HEADER, ncols)
    first = ws.max_row
    number = 0
    for s in t.sections:
        xlsx_line(ws, s.printed, ncols)
        ws.cell(ws.max_row, 1).font = Font(bold=True)
        ws.cell(ws.max_row, 1).alignment = left
        for row in s.rows:
            number += 1
            ws.append([number, row.indicator, row.text, row.points, row.scoring, None])
            for c in (3, 5):
                ws.cell(ws.max_row, c).alignment = wrap
            for c in (1, 2, 4):
                ws.cell(ws.max_row, c).alignment = center
    xlsx_total_row(ws, t.total, 4, ncols, center)
    xlsx_line(ws, BONUS_HEAD, ncols)
    ws.cell(ws.max_row, 1).font = Font(bold=True)
    for label, text, points, scoring in BONUS:
        ws.append([None, label, text, points, scoring, None])
        for c in (3, 5):
            ws.cell(ws.max_row, c).alignment = wrap
    xlsx_line(ws, VETO_HEAD, ncols)
    ws.cell(ws.max_row, 1).font = Font(bold=True)
    for text in VETO:
        ws.append([None, "否决情形", text, "否决", "实行一票否决，当年不得评定星级。", None])
        ws.cell(ws.max_row, 3).alignment = wrap
    xlsx_borders(ws, first, ncols)
    xlsx_note(ws, NOTE, ncols, 62)
    xlsx_widths(ws, (6, 12, 50, 6, 52, 7))
    wb.save(str(path))
