"""沂南县岸堤镇2025年度村党组织星级评定考核评分表 (.xlsx), as the 镇党委 of 山东 临沂 沂南县 岸堤镇 (its 党建办 with the 经管站, the 综治中心,
the 应急办 and the 镇纪委, an 评定组 led by the 包村 镇领导 going out to the 村 of the 沂蒙山 after the 地瓜 and the 花生 are in, in late November)
rates the 村党组织 of a 红色 township: the 村 beside the 抗大一分校 旧址 and the 岸堤水库, the “红嫂” 后人 who still make the 煎饼 for the 研学 groups,
the 土地股份合作社 and the 劳务合作社 the 村党支部 set up, the 留守 old people and children whose sons and parents work in 青岛 and 上海, the 山林
and the 汛期: a sheet of five 星 of 20 points each ("支部过硬星", "发展富民星", "治理有效星", "服务群众星", "乡风文明星"), each item's 扣分细则 taking points
off one clause at a time, one item scored by bands of 万元, and a block of 加分项 rows printed UNDER the 合计: 支部过硬星 (the 书记's 培训 and one
roster of the “两委” by age and 学历; the “三会一课” and the 主题党日 on the 5th; the 组织生活会 with the 民主评议 and the 不合格 党员; 党费 按月, one
积极分子, "每两年至少发展1名" and the 公示), 发展富民星 (the 经营性收入 in bands; one 合作社; a quarterly 财务公开, the “四议两公开” and the 公示; two
户 a 党员 and a quarterly 培训), 治理有效星 (a quarterly 村务监督委员会 会议; a monthly 排查, the 化解率, no 越级上访 and no 群体性事件; the 网格, ten
户 a 党员 and a monthly 走访; a quarterly 隐患排查 with its 台账), 服务群众星 (the 坐班 and the 代办 登记; the 志愿服务队, a monthly 志愿服务 and its
照片; the “七一”、春节 慰问 and two 拥军优属 活动; the 年底 满意率), 乡风文明星 (the 村规民约 and the “一约四会”; a yearly 评选 and its 公布; a monthly
文明实践 活动 and two 红色教育; a monthly 人居环境 整治 and the “三包”).

A merged title row, a merged "评定对象：岸堤镇各村党支部（党总支）" line and a merged "村名：    包村领导：    评定日期：" line above the header 评星项目 |
序号 | 考核内容 | 分值 | 扣分细则 | 村自评 | 镇评定. The 评星项目 are MERGED CELLS down the FIRST column, printed WITHOUT an ordinal and WITH their points on a
SECOND line, "支部过硬星\\n（20分）". 序号 (SECOND column) runs 1..20 through the sheet, NOT restarting. There is no short sub-label: 考核内容
(`Row.text`) says what is required; 分值 is a plain number BEFORE the 扣分细则 (`Row.scoring`); 村自评 and 镇评定 are blank. A 合计 row of 100 follows
the scored rows; UNDER it three 加分 rows with "加分项" merged down the first column (no 序号, their 最高加分 in the 分值 column, the 加分办法 in the
扣分细则 column), then a merged 说明 row. Counts in figures and Chinese numerals, nearly all in the 考核内容 ("年内…不少于1次", "45周岁以下的不少于2名",
"高中（中专）及以上学历的不少于3名", "支部委员会每月召开1次，党员大会每季度召开1次，党小组会每季度至少召开1次，党课每季度1次", "每月5日", "每年召开
一次", "按月", "年内…不少于1名", "每两年至少发展1名", "不少于7天", "10万元以上", "不少于1个", "每季度公开一次", "不少于7天", "不少于2户", "每季度至少开展
一次", "每季度召开一次", "每月开展一次", "百分之九十五", "不少于10户", "每月走访一次", "每季度开展一次", "每周开放不少于5天", "每月至少开展一次",
"“七一”、春节", "年内…不少于2次", "年底", "百分之九十", "每年…不少于1次", "每月开展一次", "年内…不少于2次", "每月组织一次"); "最高扣" caps; "酌情扣1分"
once, "酌情扣0.5-1分" once and "酌情扣1-2分" four times; bands of the 经营性收入 in 万元 (all 8 points, closed by "10万元以下的不得分"); two "本项不得分".
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
    name="zzzzk_yinan_andi_zhen_cun_xingji_xlsx",
    fmt="xlsx",
    title="沂南县岸堤镇2025年度村党组织星级评定考核评分表",
    numbering="printed",
    sections=(
        Section("支部过硬星", "支部过硬星\n（20分）", 20, (
            Row("村党组织书记年内参加县级以上集中培训不少于1次；村“两委”成员中45周岁以下的不少于2名、高中（中专）及以上学历的不少于3名。", 5,
                "书记未参加培训的扣1分；45周岁以下成员每少1名扣1分；高中（中专）及以上学历成员每少1名扣0.5分。"),
            Row("严格落实“三会一课”：支部委员会每月召开1次，党员大会每季度召开1次，党小组会每季度至少召开1次，党课每季度1次；每月5日开展主题党日。",
                6, "“三会一课”每少1次扣0.5分，最高扣4分；主题党日每少1次扣0.2分，最高扣2分。"),
            Row("每年召开一次组织生活会，开展民主评议党员，评定等次；对评为“不合格”的党员按规定稳妥处置。", 4,
                "未召开组织生活会的扣2分；未开展民主评议党员的扣2分；不合格党员处置不到位的，酌情扣1分。"),
            Row("党员按月交纳党费；年内确定入党积极分子不少于1名，每两年至少发展1名35周岁以下党员；发展对象公示不少于7天。", 5,
                "党费未按月交纳的，每人次扣0.1分，最高扣1分；未确定入党积极分子的扣1分；连续两年未发展党员的扣2分；发展对象未公示的扣1分。"),
        )),
        Section("发展富民星", "发展富民星\n（20分）", 20, (
            Row("村级集体经济年经营性收入达到10万元以上。", 8,
                "年经营性收入30万元以上的得8分，20万元（含）—30万元的得6分，10万元（含）—20万元的得4分，10万元以下的不得分。"),
            Row("村党组织领办土地股份合作社、劳务合作社等合作经济组织不少于1个，带动农户增收。", 4,
                "未领办合作社的扣2分；合作社运行不规范、带动作用不明显的，酌情扣1-2分。"),
            Row("落实村级“三资”管理，财务收支每季度公开一次；村级重大事项执行“四议两公开”，决议结果公示不少于7天。", 4,
                "财务公开每少1次扣0.5分；重大事项未执行“四议两公开”的，每件扣1分，最高扣2分；决议结果未公示的扣1分。"),
            Row("党员中的致富带头人每人联系帮带脱贫户（监测户）不少于2户；每季度至少开展一次农业技术培训或就业信息发布。", 4,
                "帮带不足2户的，每人扣0.2分，最高扣1分；培训或信息发布每少1次扣0.5分。"),
        )),
        Section("治理有效星", "治理有效星\n（20分）", 20, (
            Row("健全党组织领导的自治、法治、德治相结合的乡村治理体系；村务监督委员会每季度召开一次会议，监督村务公开和财务收支。", 5,
                "监委会会议每少1次扣0.5分；村务监督流于形式的，酌情扣1-2分。"),
            Row("每月开展一次矛盾纠纷排查，做到“小事不出村”，矛盾纠纷化解率达到百分之九十五；全年无越级上访、无群体性事件。", 5,
                "排查每少1次扣0.3分；化解率每低1个百分点扣0.2分，最高扣1分；发生越级上访的，每起扣1分；发生群体性事件的，本项不得分。"),
            Row("划分村级网格，党员担任网格员或网格信息员，每名党员联系农户不少于10户，每月走访一次。", 5,
                "党员联系农户不足10户的，每人扣0.2分，最高扣1.5分；走访每少1次扣0.1分，最高扣1.5分。"),
            Row("每季度开展一次安全生产、防汛、森林防火隐患排查，建立排查整改台账。", 5,
                "隐患排查每少1次扣1分；无整改台账的扣1分；发生较大安全事故的，本项不得分。"),
        )),
        Section("服务群众星", "服务群众星\n（20分）", 20, (
            Row("村党群服务中心规范运行，村干部轮流坐班，代办、帮办群众事项有登记；每周开放不少于5天。", 5,
                "暗访发现无人值守的，每次扣0.5分，最高扣2分；代办事项无登记的扣1分；开放时间不足的扣1分。"),
            Row("组建党员志愿服务队，每月至少开展一次志愿服务活动，重点服务留守老人、留守儿童，活动有照片、有记录。", 5,
                "无志愿服务队的扣2分；志愿服务每少1次扣0.3分，最高扣2分；活动无照片的，每次扣0.1分。"),
            Row("“七一”、春节走访慰问老党员、困难党员和困难群众；发挥“沂蒙红嫂”志愿服务队作用，年内开展拥军优属活动不少于2次。", 5,
                "走访慰问每少1次扣1分；拥军优属活动每少1次扣1分。"),
            Row("年底由镇党委组织党员群众代表对村“两委”班子进行满意度测评，满意率达到百分之九十。", 5,
                "满意率每低1个百分点扣0.3分，扣完为止。"),
        )),
        Section("乡风文明星", "乡风文明星\n（20分）", 20, (
            Row("村规民约修订完善并经村民代表会议通过；红白理事会、道德评议会、禁毒禁赌会、村民议事会“一约四会”正常运行。", 5,
                "未修订村规民约的扣1分；“一约四会”缺一项扣0.5分；运行不正常的，酌情扣0.5-1分。"),
            Row("每年开展“好媳妇”“好婆婆”“沂蒙新红嫂”评选不少于1次，评选结果张榜公布。", 5,
                "未开展评选的扣2分；评选结果未公布的扣1分；评选走过场的，酌情扣1-2分。"),
            Row("依托新时代文明实践站，每月开展一次文明实践活动；利用抗大一分校旧址等红色资源，年内开展红色教育不少于2次。", 5,
                "文明实践活动每少1次扣0.3分，最高扣2分；红色教育每少1次扣1分。"),
            Row("村庄环境干净整洁，每月组织一次党员群众参加的人居环境整治活动；沿街农户门前“三包”落实到位。", 5,
                "评定组实地查看，环境脏乱差的，酌情扣1-2分；整治活动每少1次扣0.3分，最高扣2分；“三包”落实不到位的扣1分。"),
        )),
    ),
)

HEADER = ["评星项目", "序号", "考核内容", "分值", "扣分细则", "村自评", "镇评定"]
BONUS = (
    ("村党组织或村党组织书记获得县级以上表彰的。", 3, "县级加1分，市级加2分，省级以上加3分。"),
    ("村集体经济年经营性收入超过100万元的。", 2, "加2分。"),
    ("村级党建、产业发展经验在县级以上会议作典型发言或被县级以上媒体宣传推广的。", 1, "加1分。"),
)
NOTE = ("说明：1.本表由镇党委组织包村领导、管区书记和镇直有关部门人员组成评定组，于11月下旬进村评定，采取查阅资料、实地查看、入户走访、"
        "问卷测评相结合的方式进行；2.各项扣分以该项分值为限，扣完为止；3.村集体经营性收入以镇经管站审核的年度收支报表为准；4.总分（含加分）"
        "95分以上的评为五星，85—94分的评为四星，75—84分的评为三星，65—74分的评为二星，65分以下的评为一星；5.村“两委”成员受到党纪重处分、违规"
        "发展党员或发生重大安全事故的，当年不得评定三星以上。")


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
    xlsx_line(ws, "评定对象：岸堤镇各村党支部（党总支）", ncols)
    xlsx_line(ws, "村名：              包村领导：              评定日期：", ncols)
    xlsx_header(ws, HEADER, ncols)
    first = ws.max_row
    number = 0
    for s in t.sections:
        top = ws.max_row + 1
        for i, row in enumerate(s.rows):
            number += 1
            ws.append([s.printed if i == 0 else None, number, row.text, row.points, row.scoring, None, None])
            for c in (3, 5):
                ws.cell(ws.max_row, c).alignment = wrap
            for c in (2, 4):
                ws.cell(ws.max_row, c).alignment = center
        xlsx_merge_down(ws, 1, top, ws.max_row, center)
    xlsx_total_row(ws, t.total, 4, ncols, center)
    top = ws.max_row + 1
    for i, (text, points, scoring) in enumerate(BONUS):
        ws.append(["加分项" if i == 0 else None, None, text, points, scoring, None, None])
        for c in (3, 5):
            ws.cell(ws.max_row, c).alignment = wrap
    xlsx_merge_down(ws, 1, top, ws.max_row, center)
    xlsx_borders(ws, first, ncols)
    xlsx_note(ws, NOTE, ncols, 70)
    xlsx_widths(ws, (12, 6, 50, 6, 50, 8, 8))
    wb.save(str(path))
