"""苦水镇2025年度村党组织党建工作目标管理考核评分细则 (.xlsx), as the 镇党委 of 甘肃 兰州 永登 苦水 (its 党建办 with the 农经站, the 综治中心,
the 乡村振兴工作站, the 派出所 and the 镇纪委, a 考核组 going from 村 to 村 down the 庄浪河 valley in late November, when the 玫瑰 are cut back and
the 冬春训 is about to begin) scores the 村党组织 of the 玫瑰之乡: the 玫瑰 种植 and 精油 加工 the 合作社 of the 村党组织 run, the 引大入秦 water
on the terraces, the young gone to 兰州新区 and the 兰州 城区 to work and joining the 主题党日 on the “甘肃党建” 平台, the old 党员 in the 山区 村, the
监测户 of the 防返贫 list, the 红白理事会 that fights the 高价彩礼, the 地质灾害 点 on the loess slopes: a sheet whose 考核内容 prints the requirement
with its figures, whose 评分标准 takes points off one clause at a time and scores the 经营性收入 and the 满意度 in bands, and whose 佐证材料 column
names the papers the 村 lays out: 班子建设 (one roster of the “两委” by age and 学历, the 女性 成员 and the “一肩挑”; a yearly 培训 of the 书记, 5 days
for the “两委”, two 后备力量 and a half-yearly 考察; the 坐班值班 制度, the 年底 述职述廉 and no 违纪; a quarterly 村务监督委员会 会议 and the “四议两
公开”), 组织生活 (the “三会一课”, the 书记's 党课 and the 主题党日 on the 5th with the 外出 党员 online; the 组织生活会 with the 谈心谈话, the 对照检查
材料, the 民主评议 and the 备案; the 冬春训 of 3 days, the 参训率 and the 送学上门; one 积极分子, "每两年至少发展党员1名", the 公示 and a 一票否决),
发展治理 (the 经营性收入 in bands of 万元 and the 合作社; the “三资” 台账, the 合同, a monthly 财务公开 and the 审核 of 大额 支出; a monthly 走访排查,
the 落实率, three 户 a 党员 and a 一票否决; the 积分制 with a quarterly 公示, the 村规民约 and the 高价彩礼; a monthly 矛盾纠纷排查, the 化解率, the
越级上访 and a quarterly 隐患排查) and 党员管理与群众评价 (the 党群服务中心 five days a week with its 标识 and 制度, a quarterly 公开; the 党费 按月 with a
half-yearly 公示 and the “七一”、春节 慰问; the 年初 计划, the 年中 半年小结 and the 年底 总结; the 年底 满意度 in bands).

A merged title row, a merged "考核对象：苦水镇所辖各村党总支、党支部" line and a merged "村名： 考核组： 考核时间：" line above the header 考核项目 | 序号 |
考核内容 | 分值 | 评分标准 | 佐证材料 | 得分. The categories are MERGED CELLS down the 考核项目 column (FIRST), printed WITH an ordinal and their points on
one line, "一、班子建设（20分）". 序号 (SECOND column) RESTARTS at 1 under every category (ids "1.1" … "4.4"). There is no short sub-label: 考核内容
(`Row.text`) says what is required; 分值 is a plain number BEFORE the 评分标准 (`Row.scoring`); 佐证材料 (`Row.method`) names the papers, joined by "、";
得分 is blank. A 合计 row of 100 follows the scored rows; under it two 加分项 rows (a merged "加分项" category, no 序号), then a merged "一票否决事项："
row and a merged 说明 row. Counts in figures and Chinese numerals, nearly all in the 考核内容 ("45周岁以下的不少于2名", "大专及以上学历的不少于1名",
"女性成员不少于1名", "每年…不少于1次", "每年…不少于5天", "不少于2名", "每半年考察一次", "工作日", "年底", "每季度至少召开一次", "支部委员会每月召开1次，
党员大会每季度召开1次，党小组会每月召开1次，党课每季度1次", "每年讲党课不少于1次", "每月5日", "每年召开一次", "11月至次年3月", "不少于3天", "百分之
九十", "年内…不少于1名", "每两年至少发展党员1名", "不少于5个工作日", "5万元以上", "每月公开一次", "每月开展一次", "100%", "不少于3户", "每季度公示一次",
"每月开展一次", "百分之九十五以上", "每季度开展一次", "每周开放不少于5天", "每季度公开一次", "按月", "每半年公示一次", "“七一”、春节", "年初", "年中",
"年底", "年底", "百分之八十五以上"); "最高扣" caps; "酌情扣1分" once and "酌情扣0.5-1分" once; bands of 万元 for the 经营性收入 (5 of the 8 points,
closed by "5万元以下的不得分") and of the 满意度 (all 6 points, closed by "75%以下的不得分"); two "实行一票否决，本项不得分"; three other plain "本项
不得分".
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
    name="zzzzg_yongdeng_kushui_zhen_cun_dangzuzhi_xlsx",
    fmt="xlsx",
    title="苦水镇2025年度村党组织党建工作目标管理考核评分细则",
    numbering="restart",
    sections=(
        Section("班子建设", "一、班子建设（20分）", 20, (
            Row("村“两委”班子成员中45周岁以下的不少于2名、大专及以上学历的不少于1名，女性成员不少于1名；村党组织书记通过法定程序担任村委会主任。", 6,
                "45周岁以下成员每少1名扣1分；大专及以上学历成员不足的扣1分；无女性成员的扣0.5分；未实行“一肩挑”的扣1分。",
                "村“两委”成员花名册"),
            Row("村党组织书记每年参加县级以上集中培训不少于1次，村“两委”成员每年参加培训不少于5天；储备村级后备力量不少于2名，镇党委每半年考察一次。", 5,
                "书记未参加培训的扣1分；培训时间不足的，每人扣0.2分，最高扣1分；后备力量每少1名扣1分；考察每少1次扣0.5分。",
                "培训通知、后备力量名册、考察材料"),
            Row("村干部执行坐班值班制度，工作日村党群服务中心有人值守；村“两委”成员年底向党员群众述职述廉，接受民主评议；村干部不违规经商办企业、"
                "不优亲厚友。", 5,
                "值班制度未落实、检查时无人值守的，每次扣0.5分；未述职述廉的扣1.5分；村干部违纪违法被查处的，本项不得分。", "值班记录、述职述廉报告"),
            Row("村务监督委员会每季度至少召开一次会议，列席村“两委”重要会议；村级重大事项落实“四议两公开”。", 4,
                "监委会会议每少1次扣0.5分；重大事项未履行“四议两公开”程序的，每件扣1分，最高扣2分。", "监委会会议记录、“四议两公开”记录本"),
        )),
        Section("组织生活", "二、组织生活（25分）", 25, (
            Row("支部委员会每月召开1次，党员大会每季度召开1次，党小组会每月召开1次，党课每季度1次，村党组织书记每年讲党课不少于1次；每月5日为固定"
                "主题党日，外出务工党员通过“甘肃党建”平台线上参加。", 8,
                "“三会一课”每少1次扣0.5分，最高扣4分；书记未讲党课的扣1分；主题党日每少1次扣0.3分，最高扣2分；会议记录补记、代签的，本项不得分。",
                "会议记录本、签到表、“甘肃党建”平台截图"),
            Row("每年召开一次组织生活会，会前开展谈心谈话，党员撰写对照检查材料；开展民主评议党员，评议结果报镇党委备案。", 6,
                "未召开组织生活会的扣2分；无谈心谈话记录的扣0.5分；缺对照检查材料的，每人扣0.1分，最高扣1分；未开展民主评议党员的扣1分；评议结果"
                "未备案的扣0.5分。", "组织生活会记录、对照检查材料、民主评议测评表"),
            Row("农闲时节（11月至次年3月）组织党员冬春训，每名党员参训不少于3天，党员参训率达到百分之九十；对年老体弱党员送学上门。", 5,
                "参训时间不足的，每人扣0.1分，最高扣1分；参训率每低5个百分点扣0.5分；未送学上门的扣0.5分。", "冬春训签到表、学习笔记"),
            Row("年内确定入党积极分子不少于1名，每两年至少发展党员1名；发展对象在村务公开栏公示不少于5个工作日；严格执行发展党员工作程序。", 6,
                "未确定入党积极分子的扣1分；连续两年未发展党员的扣1.5分；发展对象未公示的扣1分；违反程序发展党员的，实行一票否决，本项不得分。",
                "发展党员档案、公示照片"),
        )),
        Section("发展治理", "三、发展治理（35分）", 35, (
            Row("发展壮大村集体经济，年经营性收入达到5万元以上；村党组织领办玫瑰种植、加工专业合作社，带动农户增收。", 8,
                "年经营性收入20万元以上的得5分，10万元（含）—20万元的得4分，5万元（含）—10万元的得3分，5万元以下的不得分；未领办合作社的扣2分；"
                "合作社空壳运行的，酌情扣1分。", "村集体经济收支报表、合作社章程"),
            Row("落实“三资”管理制度，建立“三资”管理台账，集体资产资源发包签订书面合同；村级财务每月公开一次，大额资金支出经镇农经站审核。", 6,
                "无“三资”管理台账的扣1分；合同不规范的，每份扣0.2分，最高扣1分；财务公开每少1次扣0.3分；大额支出未经审核的，每笔扣0.5分，最高扣"
                "2分。", "“三资”管理台账、发包合同、财务公开照片"),
            Row("落实防止返贫动态监测帮扶机制，每月开展一次走访排查，监测对象帮扶措施落实率达到100%；每名党员联系农户不少于3户。", 7,
                "走访排查每少1次扣0.5分，最高扣2分；落实率每低1个百分点扣0.5分；联系农户不足的，每人扣0.2分，最高扣1分；出现规模性返贫的，实行一票"
                "否决，本项不得分。", "走访排查台账、党员联系户登记表"),
            Row("推行乡村治理积分制管理，每季度公示一次农户积分；修订完善村规民约；红白理事会发挥作用，遏制高价彩礼、大操大办。", 7,
                "未推行积分制的扣1.5分；积分公示每少1次扣0.5分；村规民约未修订的扣1分；发生高价彩礼、大操大办被通报的，每起扣1分。",
                "积分管理台账、村规民约文本"),
            Row("每月开展一次矛盾纠纷排查，化解率达到百分之九十五以上；不发生越级上访、群体性事件和较大以上安全事故；每季度开展一次地质灾害、用电用气"
                "安全隐患排查。", 7,
                "矛盾纠纷排查每少1次扣0.3分，最高扣1.5分；化解率每低1个百分点扣0.2分；发生越级上访的，每起扣1分；隐患排查每少1次扣0.5分；发生"
                "群体性事件或较大以上安全事故的，本项不得分。", "矛盾纠纷排查调处台账、隐患排查记录"),
        )),
        Section("党员管理与群众评价", "四、党员管理与群众评价（20分）", 20, (
            Row("村党群服务中心标识规范、制度上墙，每周开放不少于5天；党务、村务每季度公开一次。", 6,
                "标识、制度每缺一项扣0.5分；开放时间不足的扣1分；党务、村务公开每少1次扣0.5分。", "服务中心照片、公开栏照片"),
            Row("党员按月交纳党费，村党组织每半年公示一次党费收缴情况；“七一”、春节走访慰问困难党员和老党员。", 4,
                "未按月交纳的，每人次扣0.1分，最高扣1分；公示每少1次扣0.5分；走访慰问每少1次扣0.5分。", "党费收缴台账、慰问照片"),
            Row("年初制定村党组织年度工作计划；年中报送半年工作小结；年底形成工作总结。", 4,
                "缺一项扣1分；计划与实际脱节的，酌情扣0.5-1分。", "工作计划、半年小结、工作总结"),
            Row("年底由镇党委组织党员、群众代表对村党组织开展满意度测评，满意度达到百分之八十五以上。", 6,
                "满意度90%以上的得6分，85%（含）—90%的得4分，75%（含）—85%的得2分，75%以下的不得分。", "满意度测评表"),
        )),
    ),
)

HEADER = ["考核项目", "序号", "考核内容", "分值", "评分标准", "佐证材料", "得分"]
BONUS = (
    ("村党组织或村党组织书记获评市级以上表彰的。", 2, "市级加1分，省级以上加2分。", "表彰文件"),
    ("村集体经济年经营性收入突破50万元，或玫瑰产业党建经验被市级以上推广的。", 1, "加1分。", "财务报表、推广文件"),
)
VETO = ("一票否决事项：违反程序发展党员的；出现规模性返贫的；村干部侵占挪用集体资金被查实的。有上述情形之一的，村党组织年度考核不得评为"
        "“好”等次。")
NOTE = ("说明：1.本细则由镇党委于11月下旬组织考核，采取查阅资料、实地查看、入户走访、个别谈话、问卷测评相结合的方式进行；2.各项扣分以该项分值"
        "为限，扣完为止；3.村集体经营性收入以县农业农村局审核的年度收支报表为准；4.加分项另行计算，总分不超过103分；5.考核得分90分以上的为"
        "“好”，80—89分的为“较好”，70—79分的为“一般”，70分以下的为“差”。")


def build(t: Table, path: Path) -> None:
    import openpyxl
    from openpyxl.styles import Alignment, Font

    ncols = len(HEADER)
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "村党组织考核"
    center = Alignment(horizontal="center", vertical="center", wrap_text=True)
    wrap = Alignment(vertical="center", wrap_text=True)
    xlsx_title(ws, t.title, ncols, Font(name="方正小标宋简体", size=16), center)
    xlsx_line(ws, "考核对象：苦水镇所辖各村党总支、党支部", ncols)
    xlsx_line(ws, "村名：              考核组：              考核时间：", ncols)
    xlsx_header(ws, HEADER, ncols)
    first = ws.max_row
    for s in t.sections:
        top = ws.max_row + 1
        for i, row in enumerate(s.rows):
            ws.append([s.printed if i == 0 else None, i + 1, row.text, row.points, row.scoring, row.method, None])
            for c in (3, 5, 6):
                ws.cell(ws.max_row, c).alignment = wrap
            for c in (2, 4):
                ws.cell(ws.max_row, c).alignment = center
        xlsx_merge_down(ws, 1, top, ws.max_row, center)
    xlsx_total_row(ws, t.total, 4, ncols, center)
    top = ws.max_row + 1
    for i, (text, points, scoring, method) in enumerate(BONUS):
        ws.append(["加分项" if i == 0 else None, None, text, points, scoring, method, None])
        for c in (3, 5, 6):
            ws.cell(ws.max_row, c).alignment = wrap
    xlsx_merge_down(ws, 1, top, ws.max_row, center)
    xlsx_line(ws, VETO, ncols)
    ws.cell(ws.max_row, 1).alignment = Alignment(wrap_text=True, vertical="top")
    ws.row_dimensions[ws.max_row].height = 30
    xlsx_borders(ws, first, ncols)
    xlsx_note(ws, NOTE, ncols, 62)
    xlsx_widths(ws, (14, 6, 46, 6, 50, 22, 7))
    wb.save(str(path))
