"""中共安吉县天荒坪镇委员会2025年度村级党组织党建工作考核评分细则 (.xlsx), as a 浙江 湖州 安吉 山区 镇党委 (its 党建办 with the 农业
农村办, the 生态办, the 综治中心 and the 镇纪委, a 考核组 going round each 村 in December) scores the 村党委, 党总支 and 党支部 of the 竹乡
where the “绿水青山就是金山银山” was first said: 竹林 and 白茶 on the hills, 民宿 and 农家乐 in every lane, the 强村公司 that rent out the
闲置农房, the 河长制 on the 西苕溪 streams: 组织力提升 (one roster of the “两委” by age and 学历 and one of the 后备干部, the “三会一课” with
a 党小组会 every two months, the 主题党日 on the 15th with the 参加率, the 组织生活会 with 民主评议 and 谈心谈话, the 党群服务中心 with the
坐班值班 and two 党群活动 a month), 党员队伍 (“每两年至少发展1名” with the “三审三公示”, 32学时 and a 现场教学 at the 余村, 党费 with the
流动党员台账, a quarterly 联系 and a half-yearly 积分 公示, the 联户 with a monthly 走访), 强村富民 (the 经营性收入 in bands in 万元, the
强村公司 with one new “两山” 转化项目, the 民宿 党小组 with a half-yearly 培训, the 检查覆盖率 and a 一票否决, the “共富工坊” with the 结对帮扶
覆盖率), 美丽乡村与治理 (the “五议两公开” with the quarterly “三务” 公开 and a monthly 监督 by the 村务监督委员会, two 巡河巡林 a month with a
一票否决, the 垃圾分类 准确率 with a monthly 志愿服务, the 调解成功率) and 廉洁村居 (the 年初 责任书, 年底 述职 with the 满意度 and the
半年小结; a deduction-only line on 优亲厚友 and 违规发包); then, outside the 100, a 加分项 of two bonus rows on a second sheet.

A merged title row, a merged "考核对象：全镇各行政村党组织（党委、党总支、党支部）" line and a merged "村名：…  村党组织书记：…  考核组：…"
line above the header 一级指标 | 序号 | 二级指标 | 考核内容 | 分值 | 评分标准 | 佐证资料 | 自评分 | 考核得分. The categories are MERGED CELLS
down the 一级指标 column (FIRST), printed WITHOUT an ordinal on ONE line, "组织力提升（25分）". 序号 (SECOND column, numeric cells) RESTARTS at
1 in every category (items 1.1 … 5.2). 二级指标 is a short label (`Row.indicator`). 分值 comes BEFORE the 评分标准, a plain number. 佐证资料
(`Row.method`) names the papers the 村 lays out, joined by "、" (once a way of checking, 镇纪委提供). 自评分 and 考核得分 are blank. A 合计 row
of 100 and a merged 说明 row close the first sheet; the 加分项 stand on a second sheet "加分项" (`BONUS`: 序号 | 加分内容 | 加分标准 | 最高
加分 | 佐证资料), no scored items of the 100. Counts in figures and Chinese numerals ("每月至少走访联系户一次", "每季度至少联系一次", "每半年
公示一次", "每两年至少发展1名"); "2次以上"; "不少于32学时"; "最高扣" caps; "酌情扣1-2分" twice, "酌情扣0.5-1分", "酌情扣1-3分" and
"酌情扣1分"; income bands in 万元 ("30万元以下的不得分" closing them); two rules "一票否决，本项不得分"; four plain "本项不得分"; one line
is deduction-only.
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
    name="zzza_anji_tianhuangping_cun_dangzuzhi_xlsx",
    fmt="xlsx",
    title="中共安吉县天荒坪镇委员会2025年度村级党组织党建工作考核评分细则",
    numbering="restart",
    sections=(
        Section("组织力提升", "组织力提升（25分）", 25, (
            Row("村“两委”班子成员中35周岁以下的不少于1名，大专及以上学历的不少于3名；储备35周岁以下的村级后备干部不少于2名。", 6,
                "35周岁以下成员缺员的扣1分；大专及以上学历成员每少1名扣0.5分；后备干部每少1名扣1分；班子不团结、软弱涣散的，本项不得分。",
                "“两委”成员名册、后备干部名册", indicator="班子队伍"),
            Row("严格落实“三会一课”，支部委员会每月召开1次，党员大会每季度召开1次，党小组会每两个月召开1次，党课每季度1次；每月15日开展"
                "“主题党日”，党员参加率达到85%以上。", 8,
                "“三会一课”每少1次扣0.5分，最高扣4分；主题党日每少1次扣0.5分；参加率低于85%的，每次扣0.2分。",
                "会议记录本、签到表、活动照片", indicator="组织生活"),
            Row("每年召开一次组织生活会，开展民主评议党员，对评定为“不合格”的党员按程序稳妥处置；村党组织书记与班子成员、党员谈心谈话"
                "全覆盖。", 5,
                "未召开组织生活会的扣2分；未开展民主评议的扣1分；谈心谈话未全覆盖的扣1分；不合格党员处置不规范的，酌情扣1分。",
                "会议记录、民主评议表、谈心谈话记录", indicator="组织生活会"),
            Row("村级党群服务中心标识规范、功能齐全，落实村干部坐班值班和“全程代办”；每月开展党群活动不少于2次。", 6,
                "标识不规范、功能不全的，酌情扣1-2分；未落实坐班值班的扣1分；党群活动每少1次扣0.25分，最高扣2分。",
                "值班记录、活动记录、活动照片", indicator="阵地建设"),
        )),
        Section("党员队伍", "党员队伍（15分）", 15, (
            Row("坚持“控制总量、优化结构、提高质量”，每两年至少发展1名35周岁以下党员；发展党员严格执行“三审三公示”。", 4,
                "两年内未发展党员的扣2分；未落实“三审三公示”的，每人扣1分；违规发展党员的，本项不得分。", "发展党员档案",
                indicator="发展党员"),
            Row("党员每年参加集中学习培训不少于32学时；利用“两山”理念诞生地余村等红色资源开展现场教学，全年不少于1次。", 4,
                "学时不足的，每人扣0.1分，最高扣1.5分；未开展现场教学的扣1分。", "学时登记表、现场教学照片", indicator="教育培训"),
            Row("党员按月交纳党费；建立流动党员台账，每季度至少联系一次外出流动党员；推行党员积分制管理，积分情况每半年公示一次。", 4,
                "党费未按月交纳的，每人次扣0.1分；无流动党员台账的扣1分；联系每少1次扣0.2分；积分未公示的，每次扣0.5分。",
                "党费收缴台账、流动党员台账、积分公示照片", indicator="日常管理"),
            Row("推行党员联户，每名党员联系农户5至10户，每月至少走访联系户一次；党员带头参与垃圾分类和“美丽庭院”创建。", 3,
                "联户未落实的扣1分；走访每少1次扣0.2分，最高扣1分；党员带头作用不明显的，酌情扣0.5-1分。", "联户名单、走访记录",
                indicator="作用发挥"),
        )),
        Section("强村富民", "强村富民（30分）", 30, (
            Row("发展壮大村级集体经济，村集体经营性收入达到50万元以上。", 10,
                "经营性收入100万元以上的得10分，80万元（含）至100万元的得8分，50万元（含）至80万元的得6分，30万元（含）至50万元的得3分，"
                "30万元以下的不得分。", "村级财务报表", indicator="集体经济"),
            Row("村党组织领办强村公司或股份经济合作社，盘活闲置农房、竹林、山塘等资源，年内新增“两山”转化项目不少于1个；带动村民就业"
                "增收。", 8,
                "未领办强村公司或合作社的扣2分；未新增转化项目的扣2分；带动村民增收成效不明显的，酌情扣1-3分。",
                "强村公司营业执照、项目合同", indicator="两山转化"),
            Row("对辖区民宿、农家乐开展行业党建，建立民宿党小组或联合党支部；每半年组织一次民宿经营户培训，内容包括服务规范、消防安全、"
                "食品安全；民宿（农家乐）消防安全检查覆盖率达到100%。", 6,
                "未建立党小组或联合党支部的扣1分；培训每少1次扣1分；检查覆盖率每低10个百分点扣1分；发生民宿亡人火灾事故的，一票否决，"
                "本项不得分。", "培训签到表、检查台账", indicator="民宿党建"),
            Row("建设“共富工坊”，带动低收入农户家门口就业，低收入农户人均可支配收入增幅不低于全县平均水平；党员干部结对帮扶低收入农户"
                "全覆盖。", 6,
                "未建“共富工坊”的扣2分；低收入农户收入增幅低于全县平均水平的扣2分；结对帮扶未全覆盖的，每户扣0.5分。",
                "共富工坊台账、结对帮扶名单", indicator="共同富裕"),
        )),
        Section("美丽乡村与治理", "美丽乡村与治理（20分）", 20, (
            Row("村级重大事项严格执行“五议两公开”；党务、村务、财务每季度公开一次；村务监督委员会每月开展一次监督。", 6,
                "重大事项未履行“五议两公开”程序的，每件扣1分；“三务”公开每少1次扣0.5分；村务监督委员会未履行监督职责的，酌情扣1-2分。",
                "会议记录、公开栏照片、监督记录", indicator="民主管理"),
            Row("落实河长制、林长制，村党员干部每月巡河巡林2次以上；不发生破坏生态环境、违法占用林地耕地等重大问题。", 6,
                "巡查每少1次扣0.2分，最高扣2分；被县级以上督查通报的，每次扣2分；发生重大生态环境破坏、违法用地问题的，一票否决，本项"
                "不得分。", "巡查记录", indicator="生态保护"),
            Row("深化农村生活垃圾分类，分类准确率达到90%以上；每月组织一次党员志愿服务，参与村庄环境整治。", 4,
                "分类准确率每低5个百分点扣0.5分；志愿服务每少1次扣0.3分。", "志愿服务记录、活动照片", indicator="人居环境"),
            Row("坚持和发展新时代“枫桥经验”，村级矛盾纠纷调解成功率达到98%以上，不发生越级上访和群体性事件。", 4,
                "调解成功率每低1个百分点扣0.5分；发生赴省进京越级上访的，每起扣2分；发生群体性事件的，本项不得分。", "调解台账",
                indicator="平安建设"),
        )),
        Section("廉洁村居", "廉洁村居（10分）", 10, (
            Row("村党组织书记年初签订党建工作责任书，年底向镇党委述职，接受党员群众测评，满意度达到90%以上；年中报送半年工作小结。", 5,
                "未签订责任书的扣1分；未述职的扣2分；满意度低于90%的扣1分；未报送半年小结的扣1分。",
                "责任书、述职报告、测评表、半年小结", indicator="责任落实"),
            Row("村干部违反廉洁纪律、优亲厚友、违规发包工程项目（本项为扣分项）。", 5,
                "受到党纪政务处分的，每人次扣3分；被镇纪委约谈、通报的，每人次扣1分；村党组织书记受到处分的，本项不得分。", "镇纪委提供",
                indicator="廉洁纪律"),
        )),
    ),
)

BONUS_HEADER = ["序号", "加分内容", "加分标准", "最高加分", "佐证资料"]
BONUS = (
    Row("村党组织工作创新举措被市级以上媒体宣传报道，或在县级以上推广。", 3,
        "国家级媒体报道或省级推广的加3分；省级媒体报道或市级推广的加2分；市级媒体报道或县级推广的加1分；同一事项不重复加分。",
        "报道截图、推广文件"),
    Row("村党组织获评县级以上“五星级党组织”或先进基层党组织。", 2, "获评市级以上的加2分，县级的加1分。", "表彰文件"),
)
HEADER = ["一级指标", "序号", "二级指标", "考核内容", "分值", "评分标准", "佐证资料", "自评分", "考核得分"]
NOTE = ("说明：1.考核由镇党委于12月组织，镇纪委、农业农村办、生态办、综治中心参加，采取查阅资料、实地察看、入户走访、民主测评相结合"
        "的方式；2.基本分100分，另设加分项（见“加分项”表），最高加5分；各项扣分以该项分值为限，扣完为止；3.得分95分以上的评为“五星”，"
        "85—94分的评为“四星”，75—84分的评为“三星”，75分以下的列入软弱涣散村党组织排查范围；4.村发生重大安全生产事故、重大生态环境"
        "破坏或村干部严重违纪违法的，实行一票否决，年度考核不得评为“四星”以上。")


def build(t: Table, path: Path) -> None:
    import openpyxl
    from openpyxl.styles import Alignment, Font

    ncols = len(HEADER)
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "考核评分细则"
    center = Alignment(horizontal="center", vertical="center", wrap_text=True)
    wrap = Alignment(vertical="center", wrap_text=True)
    xlsx_title(ws, t.title, ncols, Font(name="方正小标宋简体", size=16), center)
    xlsx_line(ws, "考核对象：全镇各行政村党组织（党委、党总支、党支部）", ncols)
    xlsx_line(ws, "村名：                村党组织书记：                考核组：", ncols)
    xlsx_header(ws, HEADER, ncols)
    first = ws.max_row
    for s in t.sections:
        top = ws.max_row + 1
        for number, row in enumerate(s.rows, 1):
            ws.append([s.printed if number == 1 else None, number, row.indicator, row.text, row.points, row.scoring,
                       row.method, None, None])
            for c in (4, 6, 7):
                ws.cell(ws.max_row, c).alignment = wrap
            for c in (2, 3, 5):
                ws.cell(ws.max_row, c).alignment = center
        xlsx_merge_down(ws, 1, top, ws.max_row, center)
    xlsx_total_row(ws, t.total, 5, ncols, center)
    xlsx_borders(ws, first, ncols)
    xlsx_note(ws, NOTE, ncols, 60)
    xlsx_widths(ws, (12, 6, 11, 46, 6, 46, 22, 7, 8))

    bonus = wb.create_sheet("加分项")
    nb = len(BONUS_HEADER)
    xlsx_title(bonus, "加分项（基本分之外，最高加5分）", nb, Font(name="黑体", size=14), center)
    xlsx_header(bonus, BONUS_HEADER, nb)
    top = bonus.max_row
    for number, row in enumerate(BONUS, 1):
        bonus.append([number, row.text, row.scoring, row.points, row.method])
        for c in (2, 3, 5):
            bonus.cell(bonus.max_row, c).alignment = wrap
    xlsx_borders(bonus, top, nb)
    xlsx_widths(bonus, (6, 40, 50, 9, 20))
    wb.save(str(path))
