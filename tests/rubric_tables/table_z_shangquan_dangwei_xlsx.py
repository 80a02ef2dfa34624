"""中共海口市龙华区委两新工委2026年度城市商圈党委党建工作评价计分表 (.xlsx), as the 区委两新工委 scores each 城市商圈
党委 (商圈党委 over 楼宇/街区党支部, 商户党小组, 新就业群体 riders and shop staff) on 组织覆盖、组织生活、服务发展、
基础保障.

A merged title row, a merged "被评价商圈党委：…  评价日期：…" line, and the header 一级指标 | 序号 | 二级指标 | 指标内涵 |
分值 | 评分方法 | 印证材料 | 得分. The categories are MERGED CELLS down the 一级指标 column, printed "组织覆盖\\n（20分）"
(the category name is "组织覆盖"). 序号 is printed 1..17 running through. 二级指标 is a short sub-label
(`Row.indicator`); 指标内涵 is what is asked (`Row.text`). 分值 is a plain number. 印证材料 (`Row.method`) names the
papers the 商圈党委 shows. 得分 is blank. A 合计 row and a merged 说明 row close the sheet.
"""

from __future__ import annotations

from pathlib import Path

from .build_helpers import xlsx_borders, xlsx_header, xlsx_line, xlsx_merge_down, xlsx_note, xlsx_title, xlsx_widths
from .model import Row, Section, Table

TABLE = Table(
    name="z_shangquan_dangwei_xlsx",
    fmt="xlsx",
    title="中共海口市龙华区委两新工委2026年度城市商圈党委党建工作评价计分表",
    numbering="printed",
    sections=(
        Section("组织覆盖", "组织覆盖\n（20分）", 20, (
            Row("商圈党委按“商圈党委—楼宇（街区）党支部—商户党小组”设置组织体系，党委委员中吸收商圈管委会、物业企业、"
                "龙头商户负责人兼职，委员不少于7名。", 5,
                "组织体系不健全的扣2分；委员少于7名的扣1分；无兼职委员的扣1分。", "党组织设置批复文件、委员名单",
                "组织体系"),
            Row("对商圈内规模以上商户、连锁门店开展党员摸排，每半年摸排1次，有3名以上正式党员的商户单独建立党支部，"
                "党组织覆盖率达到85%以上。", 6,
                "未开展摸排的，每次扣1分；覆盖率85%以上得4分，75%（含）—85%得2分，75%以下不得分。", "商户党员摸排台账",
                "两个覆盖"),
            Row("建立商圈流动党员、新就业群体党员花名册，对外卖骑手、快递员、网约车司机等新就业群体党员实行“双向报到”，"
                "一年两次集中亮身份。", 5,
                "无花名册的扣2分；未组织亮身份活动的，每次扣1分。", "花名册、活动照片", "新就业群体"),
            Row("向未建立党组织的商户选派党建指导员，每名指导员联系商户不超过5家，每月上门指导不少于1次。", 4,
                "指导员未全覆盖的扣2分；上门指导每少1次扣0.2分，最多扣2分。", "指导员选派文件、指导记录", "党建指导员"),
        )),
        Section("组织生活", "组织生活\n（25分）", 25, (
            Row("商圈党委每季度至少召开1次委员会会议，每半年召开1次商圈党建联席会议，研究商圈发展、商户诉求等事项。", 6,
                "委员会会议每少1次扣1分；联席会议每少1次扣2分。", "会议纪要", "议事协商"),
            Row("各支部利用商户错峰时段开展组织生活，“三会一课”可采取“线下+线上”方式，每月至少开展1次主题党日，参学率"
                "不低于80%。", 7,
                "主题党日每少1次扣0.5分；参学率每低5个百分点扣0.5分；以线上方式代替全部线下活动的，酌情扣分。",
                "签到表、活动照片、线上学习截图", "组织生活"),
            Row("党委书记每年为商圈党员讲党课不少于1次，各支部书记按季讲党课；组织商户党员参观红色教育基地，全年不少于2次。",
                6, "书记党课每少1次扣1分；红色教育每少1次扣1分。", "党课课件、照片", "党课教育"),
            Row("每年召开组织生活会，开展民主评议党员，对非公企业出资人党员同等要求。", 6,
                "未召开的扣4分；未开展民主评议的扣2分。", "会议记录、民主评议票", "组织生活会"),
        )),
        Section("服务发展", "服务发展\n（35分）", 35, (
            Row("在商圈核心区建成面积不少于300平方米的党群服务中心，每天开放时间不少于10小时，为骑手、店员提供歇脚、充电、"
                "饮水等暖心服务。", 7,
                "未建成的扣4分；服务功能不全的，每少一项扣0.5分；实地检查发现未开放的，发现一次扣1分。", "", "阵地服务"),
            Row("建立商户诉求“收集—交办—反馈”闭环机制，每月召开1次商户恳谈会，诉求办结率不低于90%。", 7,
                "未建立机制的扣2分；恳谈会每少1次扣0.5分；办结率90%以上得3分，80%（含）—90%得2分，80%以下得0分。",
                "诉求办理台账", "诉求办理"),
            Row("开展“党员诚信经营示范店”创建，亮牌示范店不少于20家，年内无重大消费投诉、食品安全事故。", 7,
                "示范店每少1家扣0.3分；发生重大消费投诉或食品安全事故的，一票否决，本项不得分。", "示范店名单、挂牌照片",
                "诚信经营"),
            Row("组建商圈党员志愿服务队，逢节假日必开展文明劝导、消费维权等志愿服务，全年累计不少于10次，党员参与率达到"
                "70%。", 7,
                "每少1次扣0.5分；参与率低于70%的扣1分。", "志愿服务记录、照片", "志愿服务"),
            Row("党建引领商圈发展，商圈年度销售额、新引进品牌数等主要经济指标完成商圈管委会下达的年度任务。", 7,
                "完成任务的得满分，未完成的由评价组结合管委会数据酌情扣2—5分。", "管委会统计数据", "发展成效"),
        )),
        Section("基础保障", "基础保障\n（20分）", 20, (
            Row("落实商圈党建工作经费，党委每年工作经费不少于10万元，专款专用，建立经费使用台账。", 5,
                "经费未落实的扣3分；无使用台账的扣1分；挪作他用的，本项不得分。", "经费拨付凭证、使用台账", "经费保障"),
            Row("配备专职党务工作者不少于2名，其中35周岁以下的不少于1名、本科及以上学历的不少于1名，每人每年参加上级培训"
                "不少于3天。", 5,
                "专职人员每少1名扣1.5分；年龄、学历结构不达标的，各扣0.5分；培训不足的扣1分。", "人员名册、培训证书",
                "队伍保障"),
            Row("健全商圈党委议事规则、联席会议制度、党建指导员工作制度，党建台账按“一支部一册”规范整理。", 5,
                "每缺一项制度扣1分；台账不规范的，酌情扣0.5—1分。", "制度文本、台账", "制度台账"),
            Row("加强商圈党建宣传，在市级以上媒体刊发宣传报道全年不少于2篇，年底报送商圈党建工作总结和特色案例。", 5,
                "报道每少1篇扣1分；未报送总结的扣1分；未报送案例的扣0.5分。获评市级以上党建示范点的加2分。",
                "报道截图、工作总结", "宣传总结"),
        )),
    ),
)

HEADER = ["一级指标", "序号", "二级指标", "指标内涵", "分值", "评分方法", "印证材料", "得分"]
NOTE = ("说明：1.评价采取听取汇报、查阅资料、实地查看、走访商户和骑手相结合的方式进行；2.各项扣分不超过该项分值，加分项"
        "加分后总分不超过100分；3.评价结果分为优秀（90分以上）、良好（80—89分）、一般（70—79分）、较差（70分以下）"
        "四个等次。")


def build(t: Table, path: Path) -> None:
    import openpyxl
    from openpyxl.styles import Alignment, Font

    ncols = len(HEADER)
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "商圈党委评价"
    center = Alignment(horizontal="center", vertical="center", wrap_text=True)
    wrap = Alignment(vertical="center", wrap_text=True)
    xlsx_title(ws, t.title, ncols, Font(name="方正小标宋简体", size=16, bold=True), center)
    xlsx_line(ws, "被评价商圈党委：                              评价日期：2026年   月   日", ncols)
    xlsx_header(ws, HEADER, ncols)
    first = ws.max_row
    number = 1
    for s in t.sections:
        top = ws.max_row + 1
        for row in s.rows:
            ws.append([s.printed if ws.max_row + 1 == top else None, number, row.indicator, row.text, row.points,
                       row.scoring, row.method or None, None])
            for c in (4, 6, 7):
                ws.cell(ws.max_row, c).alignment = wrap
            for c in (2, 3, 5):
                ws.cell(ws.max_row, c).alignment = center
            number += 1
        xlsx_merge_down(ws, 1, top, ws.max_row, center)
    ws.append(["合计", None, None, None, t.total, None, None, None])
    ws.merge_cells(start_row=ws.max_row, start_column=1, end_row=ws.max_row, end_column=4)
    ws.cell(ws.max_row, 1).alignment = center
    xlsx_borders(ws, first, ncols)
    xlsx_note(ws, NOTE, ncols, 50)
    xlsx_widths(ws, (10, 6, 12, 48, 6, 44, 22, 7))
    wb.save(str(path))
