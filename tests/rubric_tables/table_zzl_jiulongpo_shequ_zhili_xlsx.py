"""中共重庆市九龙坡区杨家坪街道工作委员会2025年度社区党组织党建引领基层治理考核评分表 (.xlsx), as a 重庆 街道党工委 (its 党建办
with the 基层治理指挥中心, the 平安办 and a 第三方 满意度 survey, a 考核组 going round each 社区 in December after the 社区 scored
itself) scores each 社区党委 in 重庆's own words: 党建统领 (the “第一议题” with monthly 集中学习, quarterly 专题研讨 and the 在线学习
完成率, 重大事项 first through the 社区党委 with the half-yearly 报告 of the 居委会 and 居务监督委员会, the 年初 项目清单 and the 年底
述职, the half-yearly 意识形态 研判 and two 红岩精神 宣讲, the 班子成员 each tied to a 网格党支部 with a monthly 走访), 组织体系 (the
“社区党委—网格党支部—楼栋党小组—党员中心户” chain with the 楼栋党小组 覆盖率, the “两委” 交叉任职 比例, one under 35 and the 社工证
持证 比例, “三会一课” with the 书记's half-yearly 党课, 主题党日 with the 参加率, 组织生活会 with 谈心谈话 and 民主评议, 党费, 32学时 and
the 流动党员 台账), 网格治理 (the “141” 基层智治体系 with a 专职网格员 per 网格, the monthly 走访 of 重点人群 and the 办结率, the “三事
分流” with its “三张清单”, the quarterly 院坝会 and the 公示, the 小区党组织 组建率 with the 业委会 党员比例 and a quarterly 物业 评议,
“双报到” with 10 hours of 志愿服务 and a yearly 书面反馈, a deduction-only 平安 line), 服务群众 (the 党群服务中心 with 延时服务 and the
服务面积 占比, six 民生实事 and a monthly 志愿服务, a 满意度 in bands) and 作风保障 (the 承诺书, the 纪检委员's quarterly 监督检查 and the
half-yearly 公开 of the 经费, the 计划 / 总结 and the 台账).

A merged title row, a merged "考核对象：街道所属各社区党委" line and a merged "社区：…  社区党委书记：…  自评分：…  考核得分：…" line
above the header 一级指标 | 序号 | 二级指标 | 考核要点 | 计分方法 | 分值 | 佐证材料 | 考核得分. The categories are MERGED CELLS down the
一级指标 column (first), printed on ONE line WITH an ordinal, "一、党建统领（20分）". 序号 (SECOND column, numeric cells) runs 1..19
through the sheet, NOT restarting. 二级指标 is a short sub-label (`Row.indicator`). 分值 comes AFTER the 计分方法, a plain number. 佐证材料
(`Row.method`) names the papers the 社区 lays out (once a way of checking, 街道平安办核实 / 实地查看): a 佐证 column. 考核得分 is blank.
A 合计 row and a merged 说明 row close the sheet. The 满意度 bands sit in the 计分方法; counts partly in Chinese numerals ("百分之九十",
"每半年…一次"); "最高扣" / "最多扣" caps; one line is deduction-only.
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
    name="zzl_jiulongpo_shequ_zhili_xlsx",
    fmt="xlsx",
    title="中共重庆市九龙坡区杨家坪街道工作委员会2025年度社区党组织党建引领基层治理考核评分表",
    numbering="printed",
    sections=(
        Section("党建统领", "一、党建统领（20分）", 20, (
            Row("落实“第一议题”制度，社区党委每月开展1次集中学习，每季度至少开展1次专题研讨；社区工作者通过“学习强国”、网络学院开展"
                "在线学习，年度学习完成率达到100%。", 5,
                "集中学习每少1次扣0.5分；专题研讨每少1次扣0.5分；在线学习完成率每低10个百分点扣0.5分，最高扣1分。",
                "学习记录、研讨发言材料、平台截图", indicator="理论武装"),
            Row("社区重大事项、重要工作由社区党委会议先行研究；社区居委会、居务监督委员会每半年向社区党委报告一次工作；社区党委书记"
                "年初报送书记抓党建项目清单，年底向街道党工委述职。", 5,
                "重大事项未经社区党委研究的，每项扣1分；报告每少1次扣0.5分；未报送项目清单的扣1分；未述职的扣2分。",
                "党委会议记录、工作报告、项目清单、述职报告", indicator="统筹领导"),
            Row("每半年分析研判一次社区意识形态形势；社区居民微信群落实群主负责制；开展红岩精神进社区宣讲每年不少于2次。", 5,
                "研判每少1次扣1分；宣讲每少1次扣0.5分；微信群出现有害信息未及时处置的，每次扣1分；造成恶劣影响的，本项不得分。",
                "研判报告、宣讲照片", indicator="意识形态"),
            Row("社区党委班子成员每人联系1个网格党支部，每月到所联系网格走访不少于1次；网格党支部书记由网格长或社区“两委”成员担任。",
                5,
                "班子成员未联系网格党支部的，每人扣0.5分；走访每少1次扣0.2分，最高扣2分；网格党支部书记配备不符合要求的，每个扣0.5分。",
                "联系网格安排表、走访记录", indicator="网格党建"),
        )),
        Section("组织体系", "二、组织体系（25分）", 25, (
            Row("按照“社区党委—网格党支部—楼栋党小组—党员中心户”设置组织，楼栋党小组覆盖率达到百分之九十以上；辖区新建小区、商务"
                "楼宇、“两新”组织党组织应建尽建。", 5,
                "楼栋党小组覆盖率每低5个百分点扣0.5分；符合条件应建未建党组织的，每个扣1分，最高扣2分。", "组织设置台账",
                indicator="组织覆盖"),
            Row("社区“两委”成员交叉任职比例达到百分之五十以上，班子成员中35周岁以下的不少于1名；社区专职工作者持有社会工作者职业资格"
                "证书的比例达到40%以上。", 5,
                "交叉任职比例未达到50%的扣1分；无35周岁以下成员的扣1分；持证比例每低5个百分点扣0.5分，最高扣2分；班子不团结的，酌情"
                "扣1分。", "“两委”成员名册、证书复印件", indicator="班子队伍"),
            Row("网格党支部严格落实“三会一课”，支委会每月1次、党员大会每季度1次、党小组会每月1次、党课每季度1次；社区党委书记每半年到"
                "网格党支部讲一次党课。", 6,
                "“三会一课”每缺1次扣0.5分，最多扣4分；书记讲党课每少1次扣1分。", "会议记录本、签到表", indicator="“三会一课”"),
            Row("每月开展一次主题党日活动，党员参加率不低于85%；每年召开组织生活会，会前开展谈心谈话，会上开展民主评议党员。", 5,
                "主题党日每少1次扣0.5分；参加率每低1个百分点扣0.1分；未召开组织生活会的扣2分；未开展谈心谈话的扣0.5分；未开展民主"
                "评议的扣1分。", "活动方案、签到表、会议记录", indicator="组织生活"),
            Row("党员按月足额交纳党费；党员每年参加集中学习培训不少于32学时；建立流动党员台账，每季度至少联系一次。", 4,
                "党费未按月交纳的，每人次扣0.1分；学时不足的，每人扣0.1分，最高扣1分；无流动党员台账的扣1分；联系每少1次扣0.2分。",
                "党费收缴台账、学时登记表、流动党员台账", indicator="党员管理"),
        )),
        Section("网格治理", "三、网格治理（30分）", 30, (
            Row("落实“141”基层智治体系，每个网格配备1名专职网格员；网格员每月走访网格内独居老人、困难群众等重点人群不少于1次；网格"
                "事件按时办结率达到95%以上。", 6,
                "专职网格员未配备到位的，每个网格扣0.5分；重点人群走访每缺1人次扣0.1分，最高扣1分；办结率每低1个百分点扣0.3分，最高扣"
                "3分。", "网格员名单、走访记录、“141”平台数据", indicator="智治网格"),
            Row("推行“大事政府办、小事社区办、私事自己办”“三事分流”工作法，建立居民需求清单、资源清单、项目清单；每季度至少召开1次"
                "院坝会或居民议事会，议定事项办结后公示。", 6,
                "“三张清单”每缺1张扣1分；院坝会（居民议事会）每少1次扣1分；议定事项未公示的，每项扣0.5分。",
                "“三张清单”、会议记录、公示照片", indicator="三事分流"),
            Row("推动住宅小区党组织应建尽建，小区党组织组建率达到80%以上；业委会成员中党员比例达到百分之五十以上；每季度组织居民开展"
                "一次物业服务质量评议，评议结果向居民公布。", 6,
                "小区党组织组建率每低10个百分点扣1分；业委会党员比例未达到50%的，每个小区扣0.5分，最高扣2分；物业服务评议每少1次扣"
                "0.5分；评议结果未公布的扣0.5分。", "小区党组织名单、评议表", indicator="物业治理"),
            Row("机关企事业单位党组织和在职党员到社区“双报到”，在职党员报到率达到100%；每名报到党员每年参加社区志愿服务不少于10小时；"
                "社区每年向报到党员所在单位书面反馈一次表现情况。", 6,
                "报到率每低1个百分点扣0.2分；志愿服务时长不足的，每人扣0.1分，最高扣2分；未书面反馈的扣1分。",
                "报到登记册、服务时长记录、反馈函", indicator="“双报到”"),
            Row("辖区全年未发生较大以上安全生产事故、火灾亡人事故和群体性事件，未发生涉稳重大负面舆情。", 6,
                "发生较大以上安全生产事故或火灾亡人事故的，本项不得分；发生群体性事件的，每起扣3分；发生越级非正常上访的，每人次扣1分。",
                "街道平安办核实", indicator="平安稳定"),
        )),
        Section("服务群众", "四、服务群众（15分）", 15, (
            Row("社区党群服务中心落实“一站式”服务和延时服务，工作日午间不断档、周末轮流值班；用于服务居民的面积占比达到百分之七十"
                "以上。", 5,
                "未落实延时服务或周末值班的，经暗访每次扣1分；服务面积占比未达标的扣1分；阵地挪作他用的，本项不得分。",
                "值班表、实地查看", indicator="阵地服务"),
            Row("围绕“一老一小”、社区助餐、托育等居民需求，每年办理民生实事不少于6件；社区志愿服务队每月开展志愿服务活动不少于1次。", 5,
                "实事每少1件扣0.5分；志愿服务活动每少1次扣0.3分。", "实事台账、活动照片", indicator="民生实事"),
            Row("街道委托第三方机构开展居民群众满意度调查，满意度达到90%以上。", 5,
                "满意度95%以上的得5分；90%（含）至95%的得4分；85%（含）至90%的得3分；80%（含）至85%的得1分；80%以下的不得分。",
                "第三方调查报告", indicator="群众评价"),
        )),
        Section("作风保障", "五、作风保障（10分）", 10, (
            Row("社区“两委”成员签订廉洁履职承诺书；社区纪检委员每季度对社区财务收支、低保评议等开展一次监督检查；服务群众专项经费"
                "使用情况每半年公开一次。", 5,
                "承诺书每缺1人扣0.2分；监督检查每少1次扣0.5分；经费使用情况未公开的，每次扣0.5分；“两委”成员受到党纪政务处分的，每人"
                "扣2分。", "承诺书、检查记录、公开照片", indicator="廉洁履职"),
            Row("年初有计划、年底有总结；党员花名册、“三会一课”记录本、党费收缴台账、主题党日记录等党建台账规范齐全，按年度归档。", 5,
                "无年度计划或总结的，每缺1项扣1分；台账每缺1项扣0.5分；台账填写不规范、归档不及时的，酌情扣0.5—1分。", "档案资料",
                indicator="基础台账"),
        )),
    ),
)

HEADER = ["一级指标", "序号", "二级指标", "考核要点", "计分方法", "分值", "佐证材料", "考核得分"]
NOTE = ("说明：1.本表由街道党工委组织考核组于每年12月实施，先由社区党委自评，再由考核组采取查阅资料、实地查看、调取“141”平台数据、"
        "入户走访相结合的方式考核；2.各项扣分以该项分值为限，扣完为止；3.考核结果分为优秀、良好、合格、不合格四个等次，与社区工作者"
        "年度绩效挂钩；4.社区党组织书记受到党纪处分或辖区发生重大安全责任事故的，当年考核不得评为优秀。")


def build(t: Table, path: Path) -> None:
    import openpyxl
    from openpyxl.styles import Alignment, Font

    ncols = len(HEADER)
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "社区党组织考核"
    center = Alignment(horizontal="center", vertical="center", wrap_text=True)
    wrap = Alignment(vertical="center", wrap_text=True)
    xlsx_title(ws, t.title, ncols, Font(name="黑体", size=15, bold=True), center)
    xlsx_line(ws, "考核对象：街道所属各社区党委", ncols)
    xlsx_line(ws, "社区：              社区党委书记：              自评分：          考核得分：", ncols)
    xlsx_header(ws, HEADER, ncols)
    first = ws.max_row
    number = 0
    for s in t.sections:
        top = ws.max_row + 1
        for i, row in enumerate(s.rows):
            number += 1
            ws.append([s.printed if i == 0 else None, number, row.indicator, row.text, row.scoring, row.points, row.method,
                       None])
            for c in (4, 5, 7):
                ws.cell(ws.max_row, c).alignment = wrap
            for c in (2, 3, 6):
                ws.cell(ws.max_row, c).alignment = center
        xlsx_merge_down(ws, 1, top, ws.max_row, center)
    xlsx_total_row(ws, t.total, 6, ncols, center)
    xlsx_borders(ws, first, ncols)
    xlsx_note(ws, NOTE, ncols, 46)
    xlsx_widths(ws, (13, 6, 11, 50, 46, 6, 22, 8))
    wb.save(str(path))
