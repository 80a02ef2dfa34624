"""新县田铺乡2025年度村党支部“五星”支部创建评星考核细则 (.xlsx), as the 乡党委 of 河南 信阳 新县 田铺 (its 党建办 with the 农业服务中心, the
综治中心, the 乡村振兴办, the 派出所 and the 乡纪委, a 考核组 going round the villages in the 大别山 in late November) scores the 村党支部 of the
乡 under the “五星”支部 创建: the 村 of the old 红军 paths with their 传统村落 and 民宿, the 茶 and 油茶 on the slopes, the 稻虾 in the valley, the
young who work in 上海 and 广东 and come home at 春节, the 留守 老人 and 儿童, the 护林员 in the 防火期, the 网格员 who walk the 湾子: a sheet of 评定内容
and 评分细则 under five 星 (支部过硬星, 产业兴旺星, 生态宜居星, 平安法治星, 文明幸福星), the 集体经济 scored in bands of 万元, with 加分项 rows under the
合计 and a row of 一票否决 事项: 支部过硬星 (one roster of the “两委” by age and 学历, the “一肩挑” and the 换届; the “三会一课” and the 主题党日 on the
5th; the 组织生活会, the 民主评议 and the “四议两公开”; 发展 every two years, one 积极分子, two 后备力量 and a 一票否决; 党费 按月, a quarterly 联系
and a half-yearly 公示 of the 积分), 产业兴旺星 (the 经营性收入 in bands; three 示范基地, the 合作社 and the 入社; two 户 a 党员, a quarterly 入户 and
a 一票否决 on 返贫), 生态宜居星 (a monthly 红黑榜 评比 with its 公示, the 责任区 and the 排名; four 巡查 a month and the 通报; ten 示范户), 平安法治星
(the 网格员, their 党员比例 and a monthly 走访; a monthly 排查, the 调解成功率, the 上访 and a 一票否决; three “法律明白人”, four 法治宣传 and the 村规
民约) and 文明幸福星 (a quarterly 评选 with its 公布 and the 红白理事会; the 志愿服务队, a monthly 志愿服务, the 关爱台账 and the 照片; the 满意度 in
bands).

A merged title row, a merged "考核对象：田铺乡所辖各村党支部" line and a merged "村名： 考核组： 考核日期：" line above the header 序号 | 星级类别 |
评定内容 | 分值 | 评分细则 | 考核方式 | 得分. The 星级类别 are MERGED CELLS down the SECOND column, printed WITHOUT an ordinal and WITH their points on a
SECOND line, "支部过硬星\\n（30分）". 序号 (FIRST column) runs 1..17 through the whole sheet, NOT restarting under the categories. There is no short
sub-label. 评定内容 (`Row.text`) says what is required; 分值 is a plain number BEFORE the 评分细则; 考核方式 (`Row.method`) only says how the 考核组
checks (查阅资料, 查阅会议记录, 查阅档案, 查阅台账, 查阅财务报表, 实地查看, 入户走访, 部门提供, 问卷测评): no papers; 得分 is blank. A 合计 row of 100,
then three 加分项 rows under it (no 序号, "加分项" merged down the 星级类别 column, their maximum in the 分值 column), then a merged "一票否决事项：…"
row and a merged 说明 row close the sheet. Counts in figures and Chinese numerals, nearly all in the 评定内容 ("35周岁以下的不少于1名", "大专及以上
学历的不少于2名", "按期", "支部委员会每月召开1次，党员大会每季度召开1次，党小组会每月召开1次，党课每季度1次", "每月5日", "每年召开", "每两年至少
发展党员1名", "年内…不少于1名", "不少于2名", "按月", "每季度…一次", "每半年公示一次", "10万元以上", "不少于3个", "不少于2户", "每季度入户不少于1次",
"每月评比一次", "每月巡查不少于4次", "年内…不少于10户", "1名", "百分之六十", "每月走访…一轮", "每月开展一次", "百分之九十五", "不少于3名", "每年…不少
于4次", "每季度开展一次", "每月…不少于1次", "百分之九十"); the 经营性收入 scored in bands of 万元 (all 10 points, closed by "5万元以下的不得分");
"最高扣" caps; "酌情扣1-2分" once; one set of bands for the 满意度 (all 5 points, closed by "80%以下的不得分"); three "实行一票否决，本项不得分"; two
other plain "本项不得分".
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
    name="zzzze_xinxian_tianpu_xiang_cun_wuxing_zhibu_xlsx",
    fmt="xlsx",
    title="新县田铺乡2025年度村党支部“五星”支部创建评星考核细则",
    numbering="printed",
    sections=(
        Section("支部过硬星", "支部过硬星\n（30分）", 30, (
            Row("村“两委”班子结构合理，成员中35周岁以下的不少于1名、大专及以上学历的不少于2名；村党支部书记、村委会主任“一肩挑”；按期完成换届。", 6,
                "班子结构每缺一项扣1分；未实行“一肩挑”的扣1分；未按期换届的扣2分。", "查阅资料"),
            Row("严格落实“三会一课”制度，支部委员会每月召开1次，党员大会每季度召开1次，党小组会每月召开1次，党课每季度1次；每月5日固定开展主题党日"
                "活动。", 8,
                "“三会一课”每少1次扣0.5分，最高扣4分；主题党日每少1次扣0.3分，最高扣2分；会议记录补记、代签的，本项不得分。", "查阅会议记录"),
            Row("每年召开组织生活会，开展民主评议党员；村级重大事项严格执行“四议两公开”，决策过程记录完整。", 6,
                "未召开组织生活会的扣2分；未开展民主评议党员的扣1分；重大事项未执行“四议两公开”的，每件扣1分，最高扣3分。", "查阅资料"),
            Row("每两年至少发展党员1名，年内确定入党积极分子不少于1名；村级后备力量不少于2名。", 5,
                "近两年未发展党员的扣2分；未确定入党积极分子的扣1分；后备力量每少1名扣0.5分；违反程序发展党员的，实行一票否决，本项不得分。",
                "查阅档案"),
            Row("党员按月交纳党费；每季度与外出流动党员联系一次；推行党员积分管理，每半年公示一次积分。", 5,
                "党费未按月交纳的，每人次扣0.1分，最高扣1分；联系每少1次扣0.2分；积分公示每少1次扣0.5分。", "查阅台账"),
        )),
        Section("产业兴旺星", "产业兴旺星\n（20分）", 20, (
            Row("村集体经济年经营性收入达到10万元以上，收支纳入乡“三资”监管平台管理。", 10,
                "年经营性收入50万元以上的得10分，20万元（含）—50万元的得8分，10万元（含）—20万元的得6分，5万元（含）—10万元的得3分，5万元以下的"
                "不得分。", "查阅财务报表"),
            Row("发展茶叶、油茶、稻虾、乡村民宿等特色产业，建立党员示范基地（示范户）不少于3个；村党支部领办合作社，党员带头入社。", 5,
                "示范基地（示范户）每少1个扣0.5分；未领办合作社的扣2分；党员未带头入社的扣1分。", "实地查看"),
            Row("开展党员“结对帮带”，每名有帮带能力的党员联系脱贫户、监测户不少于2户，每季度入户不少于1次；守住不发生规模性返贫底线。", 5,
                "结对不足的，每户扣0.2分，最高扣1分；入户每少1次扣0.2分，最高扣1分；出现规模性返贫的，实行一票否决，本项不得分。", "入户走访"),
        )),
        Section("生态宜居星", "生态宜居星\n（15分）", 15, (
            Row("落实人居环境整治“红黑榜”制度，每月评比一次并张榜公示；党员划分卫生责任区，带头清洁庭院。", 6,
                "评比每少1次扣0.5分，最高扣3分；未公示的扣0.5分；党员未划分责任区的扣1分；在乡月度人居环境检查中排名末位的，每次扣0.5分。",
                "实地查看"),
            Row("落实林长制、河长制，护林员、河道巡查员每月巡查不少于4次；秸秆禁烧、违法占地零发生。", 5,
                "巡查每少1次扣0.2分，最高扣2分；发生森林火灾或违法占地被通报的，本项不得分。", "部门提供"),
            Row("开展“美丽庭院”创建，年内新增示范户不少于10户。", 4,
                "示范户每少1户扣0.4分。", "实地查看"),
        )),
        Section("平安法治星", "平安法治星\n（20分）", 20, (
            Row("村党支部领导网格化管理，每个网格配备1名网格员，党员网格员比例达到百分之六十；网格员每月走访农户一轮。", 6,
                "网格员未配齐的扣1分；党员网格员比例每低10个百分点扣1分；走访每少1轮扣0.5分，最高扣2分。", "查阅资料"),
            Row("每月开展一次矛盾纠纷排查，调解成功率达到百分之九十五；无越级上访、集体访。", 7,
                "排查每少1次扣0.5分；调解成功率每低1个百分点扣0.2分，最高扣2分；发生越级上访、集体访的，每起扣2分；发生刑事案件或较大安全事故的，"
                "实行一票否决，本项不得分。", "部门提供"),
            Row("培育“法律明白人”不少于3名，每年开展法治宣传不少于4次；修订完善村规民约并公示。", 7,
                "“法律明白人”每少1名扣0.5分；法治宣传每少1次扣0.5分；村规民约未修订或未公示的扣1分。", "查阅资料"),
        )),
        Section("文明幸福星", "文明幸福星\n（15分）", 15, (
            Row("每季度开展一次“好媳妇”“好婆婆”“文明家庭”评选，评选结果张榜公布；红白理事会作用发挥明显，婚丧事宜简办。", 5,
                "评选每少1次扣0.5分；结果未公布的扣0.5分；红白理事会作用发挥不明显的，酌情扣1-2分。", "入户走访"),
            Row("组建党员志愿服务队，每月开展志愿服务不少于1次；建立留守老人、留守儿童关爱台账。", 5,
                "志愿服务每少1次扣0.3分，最高扣2分；无关爱台账的扣1分；活动无照片的，每次扣0.1分。", "查阅资料"),
            Row("群众对村党支部工作满意度达到百分之九十。", 5,
                "满意度95%以上的得5分，90%（含）—95%的得4分，80%（含）—90%的得2分，80%以下的不得分。", "问卷测评"),
        )),
    ),
)

HEADER = ["序号", "星级类别", "评定内容", "分值", "评分细则", "考核方式", "得分"]
BONUS = (
    ("村党支部获评县级以上先进基层党组织的。", 2, "县级加1分，市级以上加2分。", "查阅表彰文件"),
    ("村集体经济年经营性收入突破100万元的。", 2, "加2分。", "查阅财务报表"),
    ("村级党建、乡村治理经验被省级以上媒体报道或被上级推广的。", 1, "每次加0.5分，最高加1分。", "查阅资料"),
)
VETO = ("一票否决事项：违反程序发展党员或“带病入党”的；出现规模性返贫的；发生刑事案件或较大安全事故的；村干部侵占挪用集体资金被查处的；"
        "发生森林火灾造成重大损失的。有上述情形之一的，当年不得评星。")
NOTE = ("说明：1.本细则由乡党委于11月下旬组织考核，采取查阅资料、实地查看、入户走访、问卷测评、部门提供相结合的方式进行；2.各项扣分以该项分值"
        "为限，扣完为止；3.村集体经济收入以县农业农村局审核的年度收支报表为准；4.加分项另行计算，总分不超过105分；5.某一星级类别得分达到该类别"
        "分值90%的，授予该星；总分90分以上且获得五颗星的评为“五星”支部，由乡党委报县委组织部审核认定。")


def build(t: Table, path: Path) -> None:
    import openpyxl
    from openpyxl.styles import Alignment, Font

    ncols = len(HEADER)
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "五星支部评星"
    center = Alignment(horizontal="center", vertical="center", wrap_text=True)
    wrap = Alignment(vertical="center", wrap_text=True)
    xlsx_title(ws, t.title, ncols, Font(name="方正小标宋简体", size=16), center)
    xlsx_line(ws, "考核对象：田铺乡所辖各村党支部", ncols)
    xlsx_line(ws, "村名：              考核组：              考核日期：", ncols)
    xlsx_header(ws, HEADER, ncols)
    first = ws.max_row
    number = 0
    for s in t.sections:
        top = ws.max_row + 1
        for i, row in enumerate(s.rows):
            number += 1
            ws.append([number, s.printed if i == 0 else None, row.text, row.points, row.scoring, row.method, None])
            for c in (3, 5):
                ws.cell(ws.max_row, c).alignment = wrap
            for c in (1, 4, 6):
                ws.cell(ws.max_row, c).alignment = center
        xlsx_merge_down(ws, 2, top, ws.max_row, center)
    xlsx_total_row(ws, t.total, 4, ncols, center)
    top = ws.max_row + 1
    for i, (text, points, scoring, method) in enumerate(BONUS):
        ws.append([None, "加分项" if i == 0 else None, text, points, scoring, method, None])
        for c in (3, 5):
            ws.cell(ws.max_row, c).alignment = wrap
    xlsx_merge_down(ws, 2, top, ws.max_row, center)
    xlsx_line(ws, VETO, ncols)
    ws.cell(ws.max_row, 1).alignment = Alignment(wrap_text=True, vertical="top")
    ws.row_dimensions[ws.max_row].height = 36
    xlsx_borders(ws, first, ncols)
    xlsx_note(ws, NOTE, ncols, 62)
    xlsx_widths(ws, (6, 12, 46, 6, 52, 14, 7))
    wb.save(str(path))
