"""彭阳县2025年度村党组织党建工作目标责任考核评分细则 (.xlsx), as the 县委组织部 of 宁夏 固原 彭阳 (with the 县委农办, the 县农业农村局, the 县乡村
振兴局, the 县信访局, the 县应急管理局 and the 乡镇党委, a 考核组 going from 村 to 村 along the 茹河 and up the loess 梯田 in November, when the
红梅杏 orchards are bare and the 肉牛 are in the 棚) scores the 村党组织 of a dry hill county of the 六盘山 region: the 生态移民 村 built below the
hills, the 肉牛 养殖 and the 红梅杏 of the 合作社 the 村党组织 runs, the young gone to 银川 and the 闽宁 factories to work and joining the 主题党日 on
their phones, the old 党员 in the 窑洞 villages, the 监测户 of the 防返贫 list, the 红白事理事会 that fights the 高价彩礼: a sheet whose 考核指标
prints the requirement with its figures, whose 考核方法 names only the ways of checking, and whose 评分细则 takes points off one clause at a time,
with bands of 万元 and of the 满意度 and a 一票否决 now and then: 班子队伍 (one roster of the “两委” by age and 学历, the “一肩挑” and the 备案 of the
书记; a yearly 培训 of the 书记, 40学时 for the “两委”, three 后备力量 and a half-yearly 考察; the 坐班值班 制度, the yearly 述职述廉, no 经商办企业 and
no 处分), 组织生活 (the “三会一课” and the 主题党日 on the 10th with the 外出 党员 online, no 补记; the 组织生活会 with the 民主评议, three days of
冬春训 and the 参训率; one 积极分子, "每两年至少发展党员1名", the 纪实 and a 一票否决; the 党费 按月 with a half-yearly 公示, the 帮扶台账 and the
“七一”、春节 慰问), 发展治理 (the 经营性收入 in bands of 万元, the 合同, the “三资” 台账 and a yearly 清产核资; the 合作社 and the 帮带 of two 户; a
monthly 走访排查, the 落实率, the 后续扶持 and a 一票否决; the 积分制, a quarterly 公示, the 村规民约 and the 高价彩礼; a monthly 矛盾纠纷排查, the
化解率, the 越级访, a quarterly 隐患排查 and no 群体性事件) and 民主管理与群众满意 (the “四议两公开”, a quarterly 公开, a monthly 财务公开 and a
quarterly 村务监督委员会 会议; the “小微权力” 清单, the 审核 of 大额 支出 and a 一票否决; the 年初 计划, the 半年小结, the 年底 总结 and 述职; the 年底
满意度 in bands).

A merged title row, a merged "考核对象：全县各乡镇所辖村党组织（含生态移民村）" line and a merged "乡（镇）： 村： 考核组组长： 考核时间：" line above
the header 考核类别 | 序号 | 考核指标 | 分值 | 考核方法 | 评分细则 | 得分. The categories are MERGED CELLS down the 考核类别 column (FIRST), printed
WITH an ordinal and their points on one line, "一、班子队伍（18分）". 序号 (SECOND column) runs 1..16 through the whole sheet, NOT restarting.
There is no short sub-label: the 考核指标 column says what is required (`Row.text`). 分值 is a plain number BEFORE the 考核方法 (`Row.method`, only
ways of checking: "查阅资料", "实地查看", "系统核查", "入户走访", "部门提供", "个别谈话", "问卷测评", joined by "、") and the 评分细则; 得分 is blank.
A 合计 row of 100 follows the scored rows; under it two 加分项 rows (a merged "加分项" category, no 序号, "每项加1分，最高加2分"), then a merged
说明 row. Counts in figures and Chinese numerals, nearly all in the 考核指标 ("45周岁以下的不少于2名", "大专及以上学历的不少于2名", "每年…不少于
1次", "每年…不少于40学时", "不少于3名", "每半年开展一次", "工作日", "每年…一次", "支部委员会每月召开1次，支部党员大会每季度召开1次，党小组会每月
召开1次，党课每季度1次", "每月10日", "每年召开一次", "不少于3天", "百分之九十", "年内…不少于1名", "每两年至少发展党员1名", "按月", "每半年公示
一次", "“七一”、春节", "10万元以上", "每年开展一次", "不少于2户", "每月走访排查一次", "100%", "每季度公示一次", "每月开展一次", "百分之九十五以上",
"每季度开展一次", "每季度公开一次", "每月公开一次", "每季度至少召开一次", "年初", "年中", "年底", "百分之八十五以上"); "最高扣" caps; "酌情扣1-2分"
twice; bands of 万元 for the 经营性收入 (6 of the 9 points, closed by "5万元以下的不得分") and of the 满意度 (all 6 points, closed by "80%以下的不得分");
three "实行一票否决，本项不得分"; three other plain "本项不得分".
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
    name="zzzzd_pengyang_xian_cun_dangzuzhi_xlsx",
    fmt="xlsx",
    title="彭阳县2025年度村党组织党建工作目标责任考核评分细则",
    numbering="printed",
    sections=(
        Section("班子队伍", "一、班子队伍（18分）", 18, (
            Row("村“两委”成员中45周岁以下的不少于2名、大专及以上学历的不少于2名；村党组织书记通过法定程序担任村委会主任；村党组织书记报县委组织部"
                "备案管理。", 6,
                "45周岁以下成员每少1名扣1分；大专及以上学历成员每少1名扣0.5分；未实行“一肩挑”的扣1分（依法依规不宜兼任的除外）；书记未备案的扣1分。",
                "查阅资料、系统核查"),
            Row("村党组织书记每年参加县级以上集中培训不少于1次，村“两委”成员每年参加培训不少于40学时；储备村级后备力量不少于3名，乡镇党委每半年开展"
                "一次考察。", 6,
                "书记未参加培训的扣1.5分；培训学时不足的，每人扣0.2分，最高扣1分；后备力量每少1名扣0.5分；考察每少1次扣0.5分。", "查阅资料、个别谈话"),
            Row("村干部落实坐班值班制度，村党群服务中心工作日有人值守；村“两委”成员每年向党员群众述职述廉一次；村干部不违规经商办企业、不优亲厚友。",
                6,
                "检查时无人值守的，每次扣0.5分，最高扣1.5分；未述职述廉的扣1.5分；村干部违规经商办企业、优亲厚友被查实的，每起扣2分；村干部受到"
                "党纪政务处分的，本项不得分。", "实地查看、入户走访"),
        )),
        Section("组织生活", "二、组织生活（22分）", 22, (
            Row("支部委员会每月召开1次，支部党员大会每季度召开1次，党小组会每月召开1次，党课每季度1次；每月10日固定开展主题党日，外出务工党员通过"
                "微信群线上参加。", 8,
                "“三会一课”每少1次扣0.5分，最高扣4分；主题党日每少1次扣0.3分，最高扣2分；外出党员未参加且无补学记录的，每人次扣0.1分，最高扣1分；"
                "会议记录补记、代签的，本项不得分。", "查阅资料"),
            Row("每年召开一次组织生活会，开展民主评议党员；农闲时节组织党员冬春训，每名党员参训时间不少于3天，参训率达到百分之九十。", 6,
                "未召开组织生活会的扣2分；未开展民主评议党员的扣1分；参训时间不足的，每人扣0.1分，最高扣1分；参训率每低5个百分点扣0.5分，最高扣"
                "1.5分。", "查阅资料、个别谈话"),
            Row("年内确定入党积极分子不少于1名，每两年至少发展党员1名，注重从致富带头人、返乡大学生、退役军人中发展；发展党员全程纪实，严格执行发展"
                "党员工作程序。", 5,
                "未确定入党积极分子的扣1分；连续两年未发展党员的扣1.5分；发展党员纪实材料不全的，每人扣0.5分；违反程序发展党员的，实行一票否决，本项"
                "不得分。", "查阅资料"),
            Row("党员按月交纳党费，村党组织每半年公示一次党费收缴情况；建立困难党员、老党员帮扶台账，“七一”、春节走访慰问困难党员和老党员。", 3,
                "未按月交纳的，每人次扣0.1分，最高扣1分；公示每少1次扣0.5分；无帮扶台账的扣0.5分；走访慰问每少1次扣0.5分。", "查阅资料、入户走访"),
        )),
        Section("发展治理", "三、发展治理（36分）", 36, (
            Row("发展壮大村集体经济，年经营性收入达到10万元以上；集体资产资源发包租赁签订书面合同，建立“三资”管理台账，每年开展一次清产核资。", 9,
                "年经营性收入50万元以上的得6分，20万元（含）—50万元的得5分，10万元（含）—20万元的得4分，5万元（含）—10万元的得2分，5万元以下的不"
                "得分；合同不规范的，每份扣0.2分，最高扣1分；无“三资”管理台账的扣1分；未开展清产核资的扣1分。", "查阅资料、部门提供"),
            Row("村党组织领办合作社，带动肉牛养殖、红梅杏种植等特色产业；党员致富带头人每人结对帮带农户不少于2户。", 6,
                "未领办合作社的扣2分；合作社运行不规范、空壳运营的，酌情扣1-2分；结对帮带不足的，每人扣0.2分，最高扣1分。", "实地查看、入户走访"),
            Row("落实防止返贫动态监测帮扶机制，村干部每月走访排查一次，监测户帮扶措施落实率达到100%；生态移民安置户后续扶持措施落实到位。", 7,
                "走访排查每少1次扣0.5分，最高扣2分；落实率每低1个百分点扣0.5分，最高扣2分；后续扶持措施不到位的，酌情扣1-2分；出现规模性返贫的，"
                "实行一票否决，本项不得分。", "入户走访、系统核查"),
            Row("推行乡村治理积分制，每季度公示一次农户积分；修订完善村规民约，红白事理事会有效运转，不发生高价彩礼、大操大办问题。", 7,
                "未推行积分制的扣1.5分；积分公示每少1次扣0.5分；村规民约未修订完善的扣1分；发生高价彩礼、大操大办被通报的，每起扣1分。",
                "查阅资料、入户走访"),
            Row("每月开展一次矛盾纠纷排查，化解率达到百分之九十五以上；不发生越级访和群体性事件；每季度开展一次安全隐患排查。", 7,
                "排查每少1次扣0.3分，最高扣1.5分；化解率每低1个百分点扣0.2分，最高扣1分；发生越级访的，每起扣1分；隐患排查每少1次扣0.5分；发生"
                "群体性事件或较大以上安全事故的，本项不得分。", "查阅资料、部门提供"),
        )),
        Section("民主管理与群众满意", "四、民主管理与群众满意（24分）", 24, (
            Row("村级重大事项落实“四议两公开”；党务、村务每季度公开一次，财务每月公开一次；村务监督委员会每季度至少召开一次会议。", 7,
                "重大事项未履行“四议两公开”程序的，每件扣1分，最高扣3分；党务、村务公开每少1次扣0.5分；财务公开每少1次扣0.3分；村务监督委员会"
                "会议每少1次扣0.5分。", "查阅资料、实地查看"),
            Row("公布村级“小微权力”清单；村级资金支出实行“村账乡代管”，大额资金支出经乡镇审核。", 6,
                "未公布“小微权力”清单的扣1分；大额资金支出未经审核的，每笔扣0.5分，最高扣2分；村干部侵占挪用集体资金被查实的，实行一票否决，本项"
                "不得分。", "查阅资料、部门提供"),
            Row("年初制定村党组织年度工作计划；年中报送半年工作小结；年底形成工作总结，村党组织书记向乡镇党委和党员群众述职。", 5,
                "缺一项扣1分。", "查阅资料"),
            Row("年底由乡镇党委组织党员、群众代表对村党组织开展满意度测评，满意度达到百分之八十五以上。", 6,
                "满意度95%以上的得6分，90%（含）—95%的得5分，85%（含）—90%的得4分，80%（含）—85%的得2分，80%以下的不得分。", "问卷测评"),
        )),
    ),
)

HEADER = ["考核类别", "序号", "考核指标", "分值", "考核方法", "评分细则", "得分"]
BONUS = (
    ("村党组织获评市级以上先进基层党组织，或村党组织书记获评市级以上优秀共产党员、优秀党务工作者的。", 2, "查阅表彰文件",
     "每项加1分，最高加2分。"),
    ("村级党建引领乡村振兴经验做法在市级以上会议交流或被市级以上媒体推广的。", 1, "查阅资料", "每次加0.5分，最高加1分。"),
)
NOTE = ("说明：1.本细则由县委组织部会同县委农办、县农业农村局、县乡村振兴局等部门于11月组织考核，乡镇党委配合，采取查阅资料、实地查看、入户"
        "走访、个别谈话、问卷测评、部门提供相结合的方式进行；2.各项扣分以该项分值为限，扣完为止；3.村集体经营性收入以县农业农村局审核的年度"
        "收支报表为准，信访事项以县信访局登记为准；4.一票否决事项：违反程序发展党员，出现规模性返贫，村干部侵占挪用集体资金被查实的，所在项目"
        "不得分，村党组织年度考核不得评为“好”等次；5.加分项另行计算，总分不超过103分；考核得分90分以上的为“好”，80—89分的为“较好”，70—79分"
        "的为“一般”，70分以下的为“差”。")


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
    xlsx_line(ws, "考核对象：全县各乡镇所辖村党组织（含生态移民村）", ncols)
    xlsx_line(ws, "乡（镇）：              村：              考核组组长：              考核时间：", ncols)
    xlsx_header(ws, HEADER, ncols)
    first = ws.max_row
    number = 0
    for s in t.sections:
        top = ws.max_row + 1
        for i, row in enumerate(s.rows):
            number += 1
            ws.append([s.printed if i == 0 else None, number, row.text, row.points, row.method, row.scoring, None])
            for c in (3, 6):
                ws.cell(ws.max_row, c).alignment = wrap
            for c in (2, 4, 5):
                ws.cell(ws.max_row, c).alignment = center
        xlsx_merge_down(ws, 1, top, ws.max_row, center)
    xlsx_total_row(ws, t.total, 4, ncols, center)
    top = ws.max_row + 1
    for i, (text, points, method, scoring) in enumerate(BONUS):
        ws.append(["加分项" if i == 0 else None, None, text, points, method, scoring, None])
        for c in (3, 6):
            ws.cell(ws.max_row, c).alignment = wrap
    xlsx_merge_down(ws, 1, top, ws.max_row, center)
    xlsx_borders(ws, first, ncols)
    xlsx_note(ws, NOTE, ncols, 90)
    xlsx_widths(ws, (14, 6, 48, 6, 14, 52, 7))
    wb.save(str(path))
