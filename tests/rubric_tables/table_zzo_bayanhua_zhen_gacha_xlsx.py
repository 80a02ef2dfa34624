"""中共西乌珠穆沁旗巴彦花镇委员会2025年度嘎查党组织党建工作考核评分表 (.xlsx), as a 内蒙古 锡林郭勒 牧区 镇党委 (its 党建办 with
the 包联 领导, the 农牧业综合服务中心 and the 镇纪委, a 考核组 riding round each 嘎查 in December, the 满意度 taken at the 述职 meeting)
scores each 嘎查党支部（党总支） on four heads: 组织建设 (the “一肩挑” with one under 35 and two with a 大专, “三会一课” with 分片集中
and online study for scattered 牧民党员, the monthly 主题党日 under “北疆党旗红” with its 参加率 in Chinese numerals, 组织生活会 with
民主评议 and its 备案, one member in three years with the quarterly 思想汇报 of the 积极分子, 党费 with its half-yearly 公布 and the
流动党员 台账 with a quarterly 联系), 思想建设 (a monthly 集中学习 with 32学时 and 送学上门, the half-yearly 民族团结进步 主题教育 and
the 书记's yearly 专题党课 on 铸牢中华民族共同体意识, the quarterly 政策宣讲 to every 牧户), 生态保护和产业发展 (the 草畜平衡 责任书 with
its 签订率 and no 超载 or 非法开垦, 集体经济 income scored per 万元 short of 10万元, the 领办 牧民专业合作社 of 30 户 with a yearly
公开 of 财务 and 分红, three 技术培训 and the 结对帮带, the 储草台账 and the 党员突击队 for 雪灾) and 基层治理 (“四议两公开” with the
quarterly 三务 公开, the “党员中心户+十户联防” with a monthly 走访, the monthly 草场纠纷 排查 and the 调处成功率, the 党群服务中心, the
计划 / 总结 and the 书记's 年终 述职 with a 满意度).

A merged title row, a merged "考核对象：全镇各嘎查党支部（党总支）" line and a merged "嘎查：…  党支部书记：…  考核得分：…" line above
the header 一级指标 | 二级指标 | 考核标准 | 分值 | 计分方法 | 考核方式 | 得分. There is NO 序号: items are numbered by position (1..18).
The categories are MERGED CELLS down the 一级指标 column (first), printed on TWO lines WITHOUT an ordinal, "组织建设\\n（25分）". 二级
指标 is a short sub-label (`Row.indicator`). 分值 (before the 计分方法) is a plain number. 考核方式 (`Row.method`) says only how the
考核组 checks (查阅资料, 查阅会议记录, 实地查看, 入户走访, 查阅账目, 个别谈话, 问卷测评, 向旗林草局核实); it is no 佐证 column. 得分 is
blank. A 合计 row and a merged 备注 row close the sheet. The income is scored per 万元 short ("每少1万元扣0.5分"); counts partly in
Chinese numerals ("百分之八十五", "每年召开一次", "每半年…一次"); "扣完为止" and "最高扣" caps; one threshold (the 签订率) is printed in
both columns.
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
    name="zzo_bayanhua_zhen_gacha_xlsx",
    fmt="xlsx",
    title="中共西乌珠穆沁旗巴彦花镇委员会2025年度嘎查党组织党建工作考核评分表",
    numbering="position",
    sections=(
        Section("组织建设", "组织建设\n（25分）", 25, (
            Row("嘎查党组织书记和嘎查委员会主任“一肩挑”；嘎查“两委”班子成员中35周岁以下的不少于1名，大专及以上学历的不少于2名。", 4,
                "未实行“一肩挑”的扣1分；年龄、学历结构不达标的，每项扣1分；班子成员缺额6个月以上未补选的扣1分。", "查阅资料",
                indicator="班子建设"),
            Row("落实“三会一课”制度，支委会每月1次、党员大会每季度1次、党小组会每月1次、党课每季度1次；牧民党员居住分散的，可采取分片"
                "集中、线上学习等方式。", 5,
                "每少1次扣0.5分，扣完为止；会议记录要素不全的，每次扣0.1分，最高扣1分。", "查阅会议记录", indicator="“三会一课”"),
            Row("每月固定一天开展主题党日，结合“北疆党旗红”主题开展活动；党员参加率不低于百分之八十五。", 4,
                "主题党日每少1次扣0.5分；参加率每低5个百分点扣0.5分。", "查阅资料", indicator="主题党日"),
            Row("每年召开一次组织生活会，开展民主评议党员，评议结果报镇党委备案。", 4,
                "未召开组织生活会的扣2分；未开展民主评议党员的扣1.5分；评议结果未备案的扣0.5分。", "查阅会议记录",
                indicator="组织生活"),
            Row("注重在青年牧民、致富带头人、返乡大学生中发展党员，三年内至少发展党员1名；入党积极分子每季度向党组织书面汇报一次思想。", 4,
                "三年内未发展党员的扣2分；思想汇报缺失的，每次扣0.2分，最高扣1分；发展程序违规的，本项不得分。", "查阅资料",
                indicator="发展党员"),
            Row("党员按月交纳党费，党支部每半年公布一次党费收缴情况；对外出放牧、异地居住的流动党员建立台账，每季度至少联系一次。", 4,
                "党费未按月交纳的，每人次扣0.1分；未公布的扣0.5分；无流动党员台账的扣1分；联系每少1次扣0.2分。", "查阅资料",
                indicator="党员管理"),
        )),
        Section("思想建设", "思想建设\n（15分）", 15, (
            Row("嘎查党组织每月组织党员集中学习1次；党员每年参加集中学习培训不少于32学时；对年老体弱、居住偏远的党员送学上门。", 5,
                "集中学习每少1次扣0.5分；学时不足的，每人扣0.2分，最高扣1分；未送学上门的扣0.5分。", "查阅资料、入户走访",
                indicator="理论学习"),
            Row("把铸牢中华民族共同体意识作为党员教育的重要内容，每半年至少开展一次民族团结进步主题教育活动；嘎查党组织书记每年讲授"
                "铸牢中华民族共同体意识专题党课不少于1次。", 5,
                "主题教育活动每少1次扣1分；书记未讲专题党课的扣1分；发生影响民族团结问题的，本项不得分。", "查阅资料、个别谈话",
                indicator="民族团结"),
            Row("嘎查每季度组织一次惠农惠牧政策宣讲，宣讲覆盖全体牧户；宣讲有记录、有照片。", 5,
                "宣讲每少1次扣1分；无记录或照片的，每次扣0.2分；宣讲未覆盖全体牧户的，酌情扣0.5—1分。", "查阅资料、入户走访",
                indicator="政策宣讲"),
        )),
        Section("生态保护和产业发展", "生态保护和产业发展\n（35分）", 35, (
            Row("落实草原禁牧休牧和草畜平衡制度，党员户带头签订草畜平衡责任书，签订率100%；全年无非法开垦、非法占用草原案件。", 8,
                "责任书签订率每低1个百分点扣0.2分；党员户超载过牧的，每户扣1分；发生非法开垦、非法占用草原案件的，每起扣2分。",
                "查阅资料、实地查看、向旗林草局核实", indicator="草原保护"),
            Row("发展壮大嘎查集体经济，嘎查集体经济年经营性收入达到10万元以上，且较上年有所增长。", 8,
                "达到10万元的得满分；未达到的，每少1万元扣0.5分；收入较上年下降的扣1分。", "查阅账目", indicator="集体经济"),
            Row("推行“党支部+合作社+牧户”模式，嘎查党组织领办牧民专业合作社，入社牧户不少于30户；合作社每年向社员公开一次财务和分红"
                "情况。", 7,
                "未领办合作社的扣3分；入社牧户不足30户的扣1分；未公开财务和分红情况的扣1分。", "查阅资料、入户走访",
                indicator="合作社"),
            Row("每年组织牧民开展畜牧养殖、疫病防控、饲草种植等技术培训不少于3期；每名有能力的党员结对帮带1至2户困难牧户。", 6,
                "培训每少1期扣1分；结对帮带未落实的，每户扣0.5分。", "查阅资料、入户走访", indicator="技术服务"),
            Row("入冬前组织党员排查牧户储草备料情况，建立储草台账；雪灾等灾害发生时，党员突击队第一时间开展救助，保障人畜安全。", 6,
                "无储草台账的扣1分；未组建党员突击队的扣2分；灾害救助不及时造成重大损失的，本项不得分。", "查阅资料、实地查看",
                indicator="防灾减灾"),
        )),
        Section("基层治理", "基层治理\n（25分）", 25, (
            Row("嘎查重大事项落实“四议两公开”；党务、嘎查务、财务每季度公开一次；嘎查务监督委员会全程监督。", 6,
                "未落实“四议两公开”的，每项扣1分；公开每少1次扣0.5分；监督委员会未履职的扣1分。", "查阅资料、实地查看",
                indicator="民主管理"),
            Row("推行“党员中心户+十户联防”，每10户左右设1名党员中心户；党员中心户每月走访所联系牧户一次，收集反映群众诉求。", 6,
                "党员中心户设置不到位的扣1分；走访每少1次扣0.2分，最高扣2分；群众诉求未及时反映处理的，每件扣0.5分。",
                "查阅资料、入户走访", indicator="十户联防"),
            Row("每月开展一次草场边界、草牧场流转等矛盾纠纷排查，矛盾纠纷调处成功率达到95%以上；全年无越级上访和群体性事件。", 6,
                "排查每少1次扣0.5分；调处成功率每低1个百分点扣0.2分；发生越级上访的，每起扣1分；发生群体性事件的，本项不得分。",
                "查阅资料", indicator="矛盾调处"),
            Row("嘎查党群服务中心常态化开放，嘎查干部坐班值班；年初制定党建工作计划，年终形成工作总结；党组织书记年终向党员和牧民代表"
                "述职，满意度不低于90%。", 7,
                "服务中心未正常开放的扣1分；无计划或总结的，每缺1项扣1分；未述职的扣2分；满意度低于90%的扣1分。",
                "实地查看、查阅资料、问卷测评", indicator="阵地和述职"),
        )),
    ),
)

HEADER = ["一级指标", "二级指标", "考核标准", "分值", "计分方法", "考核方式", "得分"]
NOTE = ("备注：1.本表由镇党委组织考核组于每年12月对各嘎查党组织进行考核，采取查阅资料、实地查看、入户走访、问卷测评相结合的方式；"
        "2.各项扣分以该项分值为限，扣完为止；3.考核结果分为“好”“较好”“一般”“差”四个等次，与嘎查“两委”成员绩效报酬挂钩；4.嘎查"
        "党组织书记受到党纪处分的，当年考核不得评为“好”等次。")


def build(t: Table, path: Path) -> None:
    import openpyxl
    from openpyxl.styles import Alignment, Font

    ncols = len(HEADER)
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "嘎查党组织考核"
    center = Alignment(horizontal="center", vertical="center", wrap_text=True)
    wrap = Alignment(vertical="center", wrap_text=True)
    xlsx_title(ws, t.title, ncols, Font(name="宋体", size=16, bold=True), center)
    xlsx_line(ws, "考核对象：全镇各嘎查党支部（党总支）", ncols)
    xlsx_line(ws, "嘎查：                党支部书记：                考核得分：", ncols)
    xlsx_header(ws, HEADER, ncols)
    first = ws.max_row
    for s in t.sections:
        top = ws.max_row + 1
        for i, row in enumerate(s.rows):
            ws.append([s.printed if i == 0 else None, row.indicator, row.text, row.points, row.scoring, row.method, None])
            for c in (3, 5, 6):
                ws.cell(ws.max_row, c).alignment = wrap
            for c in (2, 4):
                ws.cell(ws.max_row, c).alignment = center
        xlsx_merge_down(ws, 1, top, ws.max_row, center)
    xlsx_total_row(ws, t.total, 4, ncols, center)
    xlsx_borders(ws, first, ncols)
    xlsx_note(ws, NOTE, ncols, 44)
    xlsx_widths(ws, (12, 11, 52, 6, 46, 18, 7))
    wb.save(str(path))
