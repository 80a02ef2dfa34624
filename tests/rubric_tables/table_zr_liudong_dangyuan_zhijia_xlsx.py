"""中共镇远县委组织部2026年度县外“流动党员之家”建设运行考核评分表 (.xlsx), as a 贵州 县委组织部 (its 组织二股, with the 县
驻外劳务工作站) scores each “流动党员之家” it has set up where the county's 务工人员 gather (浙江宁波、福建晋江、广东东莞 …),
each run by a 流动党员党支部 whose 书记 heads the 之家; the 党员 keep their 组织关系 in the home 村 (流出地党组织) or move it in,
and many only meet on line or at 春节返乡. Scored on 阵地建设、组织生活、教育管理、服务作用、保障考核.

A merged title row, a merged centred "（县委组织部组织二股　2026年4月）" line and a merged "流动党员之家名称：…  所在地：…省…市
负责人：…  登记流动党员：…名" line above the header 类别 | 序号 | 考核要点 | 分值 | 评分办法 | 佐证资料. The categories are
MERGED CELLS down the 类别 column (first), printed on one line "阵地建设（16分）" (no ordinal). 序号 is the SECOND column and
RESTARTS at 1 in every category (numeric cells; ids "1.1", "4.5" …). 分值 is a plain number. 佐证资料 (`Row.method`) names the
papers the 之家 sends in (or "视频连线查看"): a 佐证 column. There is no score column. A 合计 row and a merged 说明 row close
the sheet.
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
    name="zr_liudong_dangyuan_zhijia_xlsx",
    fmt="xlsx",
    title="中共镇远县委组织部2026年度县外“流动党员之家”建设运行考核评分表",
    numbering="restart",
    sections=(
        Section("阵地建设", "阵地建设（16分）", 16, (
            Row("依托务工集中地的企业、商会或当地党群服务站点设立流动党员之家，做到有场所、有标识、有制度、有设施，场所面积不少于"
                "40平方米。", 5,
                "无固定活动场所的扣3分；“四有”每缺1项扣0.5分。", "视频连线查看、场所照片"),
            Row("流动党员之家配备负责人1名、联络员2名以上，负责人一般由流动党员党支部书记担任；负责人、联络员名单报县委组织部"
                "备案。", 4,
                "未配备负责人或联络员不足2名的扣1分；名单未备案的扣1分。", "备案表"),
            Row("建立流动党员之家运行管理制度和值班制度，值班情况如实登记。", 3,
                "制度每缺1项扣1分；无值班登记的扣1分。", "运行管理制度、值班制度、值班登记簿"),
            Row("与务工所在地街道（园区）党组织签订党建共建协议，每半年联合开展活动不少于1次。", 4,
                "未签订共建协议的扣2分；联合活动每少1次扣1分。", "共建协议、活动照片"),
        )),
        Section("组织生活", "组织生活（24分）", 24, (
            Row("建立流动党员花名册，逐人登记流出地党组织、务工单位、居住地址、联系方式，每季度动态更新1次；流动党员信息录入"
                "全国党员管理信息系统，录入率达到100%。", 5,
                "无花名册的扣2分；未按季度更新的，每次扣0.5分；录入率每低5个百分点扣0.5分。", "流动党员花名册、系统截图"),
            Row("流动党员党支部每月召开1次支委会，每季度召开1次党员大会、上1次党课；党员分散、倒班无法集中的，可采取“线上+线下”"
                "方式召开。", 6,
                "支委会每少1次扣0.5分；党员大会、党课每少1次各扣1分。", "会议记录、线上会议截图"),
            Row("每月开展1次主题党日，流动党员参加率不低于70%；春节返乡期间与流出地党组织联合开展主题党日不少于1次。", 5,
                "主题党日每少1次扣0.5分；参加率每低10个百分点扣1分；未开展联合主题党日的扣1分。", "活动记录、签到表"),
            Row("每年召开1次组织生活会，开展民主评议党员，评议结果及时反馈流出地党组织。", 5,
                "未召开组织生活会的扣3分；未开展民主评议或评议结果未反馈的扣1分。", "会议记录、民主评议表、反馈函"),
            Row("流动党员每月通过线上或到流动党员之家交纳党费，党费收缴实行台账管理。", 3,
                "未按月交纳的，每人次扣0.2分，最多扣2分；无收缴台账的扣1分。", "党费收缴台账、转账凭证"),
        )),
        Section("教育管理", "教育管理（24分）", 24, (
            Row("每年组织流动党员集中培训不少于16学时，对不能参加集中培训的党员采取“送学上门”“线上学习”方式，做到学习全覆盖。",
                5, "集中培训学时不足的扣2分；未实现学习全覆盖的，酌情扣1—2分。", "培训签到表、线上学习截图"),
            Row("对新报到的流动党员及时登记、发放《流动党员活动证》；负责人每半年与每名流动党员谈心谈话不少于1次。", 5,
                "未发放活动证的，每人扣0.5分；谈心谈话每少1人次扣0.2分。", "活动证发放登记、谈心谈话记录"),
            Row("流动党员之家每半年向流出地党组织函告1次流动党员在外表现情况；流动党员每年向流出地党组织书面报告思想、工作情况"
                "不少于1次。", 5,
                "函告每少1次扣1分；书面报告每少1人扣0.2分，最多扣2分。", "函告材料、书面报告"),
            Row("注重在务工骨干中培养入党积极分子，每年向流出地党组织推荐入党积极分子不少于2名。", 4,
                "每少推荐1名扣1分。", "推荐函"),
            Row("流动党员联系率达到100%，对失联党员逐一排查查找，失联党员比例控制在1%以内。", 5,
                "联系率每低1个百分点扣1分；失联党员比例超过1%的扣2分。", "失联党员排查台账"),
        )),
        Section("服务作用", "服务作用（26分）", 26, (
            Row("设立“流动党员先锋岗”，党员在务工企业亮身份、当骨干，每年评选流动党员先锋岗不少于5个。", 5,
                "未设立先锋岗的扣2分；先锋岗每少1个扣0.5分。", "先锋岗名单、照片"),
            Row("为在外务工人员提供政策咨询、就业介绍、权益维护、子女入学等服务，建立服务台账，全年服务不少于100人次。", 6,
                "无服务台账的扣2分；服务人次不足的，按比例扣分。", "服务台账"),
            Row("组建流动党员志愿服务队，每季度开展1次志愿服务，协助务工所在地开展治安巡逻、文明劝导等活动。", 5,
                "未组建志愿服务队的扣2分；志愿服务每少1次扣1分。", "志愿服务队名单、活动照片"),
            Row("每年春节期间召开1次流动党员返乡座谈会，征求流动党员对家乡发展的意见建议，引导流动党员回乡创业、带动就业。", 5,
                "未召开座谈会的扣2分；未征求意见建议的扣1分；回乡创业带动成效不明显的，酌情扣分。", "座谈会记录、意见建议汇总"),
            Row("流动党员满意度（县委组织部电话抽访不少于30%的登记流动党员）。", 5,
                "满意度≥90%得5分；80%≤满意度<90%得3分；70%≤满意度<80%得1分；满意度<70%不得分。", "抽访记录"),
        )),
        Section("保障考核", "保障考核（10分）", 10, (
            Row("年初制定流动党员之家年度工作计划，每半年形成工作小结，年底向县委组织部书面报告全年工作。", 5,
                "无年度计划的扣1分；半年小结每缺1次扣1分；未书面报告全年工作的扣2分。", "工作计划、半年小结、年度报告"),
            Row("工作经费使用规范，资料分类归档，留存活动影像资料。", 5,
                "经费使用不规范的扣2分；资料归档不规范的，酌情扣0.5—1分；无活动影像资料的扣1分。", "经费使用明细、档案资料"),
        )),
    ),
)

HEADER = ["类别", "序号", "考核要点", "分值", "评分办法", "佐证资料"]
NOTE = ("说明：1.考核由县委组织部组织二股会同县驻外劳务工作站于每年12月至次年1月进行，采取书面审核、视频连线、电话抽访和春节"
        "返乡期间集中面谈相结合的方式；2.各项扣分以该项分值为限；3.考核结果分为好、较好、一般、差四个等次，评为“好”等次的流动"
        "党员之家给予工作经费奖补，评为“差”等次的调整负责人。")


def build(t: Table, path: Path) -> None:
    import openpyxl
    from openpyxl.styles import Alignment, Font

    ncols = len(HEADER)
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "流动党员之家考核"
    center = Alignment(horizontal="center", vertical="center", wrap_text=True)
    wrap = Alignment(vertical="center", wrap_text=True)
    xlsx_title(ws, t.title, ncols, Font(name="黑体", size=14, bold=True), center)
    xlsx_line(ws, "（县委组织部组织二股　2026年4月）", ncols)
    ws.cell(ws.max_row, 1).alignment = Alignment(horizontal="center")
    xlsx_line(ws, "流动党员之家名称：                      所在地：      省      市    负责人：            "
                  "登记流动党员：    名", ncols)
    xlsx_header(ws, HEADER, ncols)
    first = ws.max_row
    for s in t.sections:
        top = ws.max_row + 1
        for number, row in enumerate(s.rows, 1):
            ws.append([s.printed if number == 1 else None, number, row.text, row.points, row.scoring, row.method])
            for c in (3, 5, 6):
                ws.cell(ws.max_row, c).alignment = wrap
            for c in (2, 4):
                ws.cell(ws.max_row, c).alignment = center
        xlsx_merge_down(ws, 1, top, ws.max_row, center)
    xlsx_total_row(ws, t.total, 4, ncols, center)
    xlsx_borders(ws, first, ncols)
    xlsx_note(ws, NOTE, ncols, 46)
    xlsx_widths(ws, (11, 6, 52, 6, 46, 24))
    wb.save(str(path))
