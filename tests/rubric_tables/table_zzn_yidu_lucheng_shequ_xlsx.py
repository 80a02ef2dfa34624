"""中共宜都市陆城街道工作委员会2025年度社区党组织党建引领基层治理考核评分表 (.xlsx), as a 湖北 宜昌 county-level city's 街道党工委
(its 党建办 with the 综治中心, the 城管 / 住建 物业 专班 and the 12345 热线 data, a 考核组 going round each 社区 in December after a
民主测评 at the 述职 meeting) scores each 社区党委（党总支） in 湖北's own words: 政治引领 (the “第一议题” with monthly 集中学习 and a
half-yearly 宣讲 进小区, 重大事项 前置研究 with “四议两公开” and two 报告 of the 居委会 and 居务监督委员会, the 书记's 年初 “三张清单”
and 年底 述职 with a 满意度 in Chinese numerals), 组织建设 (小区党支部 覆盖率 with the 交叉任职 比例 of 小区党支部 and 业委会, the “两委”
with two under 45 and three with a 大专, the 后备力量, “三会一课” with the monthly 主题党日 and its 参加率, the 专题组织生活会 with 谈心
谈话, the 整改清单 and 民主评议, a yearly 发展党员 with 党费, the quarterly 核对 and 32学时), 共同缔造 (美好环境与幸福生活共同缔造 “五共”
with a quarterly 居民议事会 (“板凳会”) in each 小区 and the 公示, 下沉党员 “双报到” with a quarterly 志愿服务, 积分管理 and its 年底
反馈, “红色物业” with the 组建率, a monthly “四方联席会议” and two 满意度测评, “网格+警格” with a monthly 排查, the 化解率, the 12345
办结率 and 满意率, a deduction-only 平安 line), 服务保障 (the “全科社工” 一窗通办 with the 代办 台账, “我为群众办实事” with the “三张
清单”, four 实事 and a monthly 走访, the 年初 经费使用计划 with its 审批 and half-yearly 公开, 计划 / 总结 and the 资料) and 廉洁自律 (the
责任书, the 纪检委员's quarterly 监督检查 and the quarterly “三务” 公开, a 公示率 with deductions for 处分 and 吃拿卡要).

A merged title row, a merged "考核对象：陆城街道所辖各社区党委（党总支）" line and a merged "社区：…  社区党组织书记：…  自评得分：…
考核组：…" line above the header 序号 | 考核指标 | 考核要点 | 扣分办法 | 分值 | 考核方式 | 得分 (分值 AFTER the 扣分办法). The categories
are SECTION ROWS merged across the sheet, printed with an ordinal on one line, "一、政治引领（15分）". 序号 (first column, numeric cells)
RESTARTS at 1 under every section row (ids "1.1" … "5.2"). 考核指标 is a short sub-label (`Row.indicator`). 分值 is a plain number.
考核方式 (`Row.method`) says only how the 考核组 checks (查阅资料, 查阅会议记录, 民主测评, 实地查看, 入户走访, 平台核查, 调取热线数据,
查阅账目, 街道综治中心核实, 向街道纪工委核实); it is no 佐证 column. 得分 is blank. A 合计 row and a merged 说明 row close the sheet.
Counts partly in Chinese numerals ("百分之九十", "百分之百", "百分之五十", "每半年至少…1次"); "最高扣" caps; one 巡查 runs daily (outside
the model's periods); one line is deduction-only.
"""

from __future__ import annotations

from pathlib import Path

from .build_helpers import xlsx_borders, xlsx_header, xlsx_line, xlsx_note, xlsx_title, xlsx_total_row, xlsx_widths
from .model import Row, Section, Table

TABLE = Table(
    name="zzn_yidu_lucheng_shequ_xlsx",
    fmt="xlsx",
    title="中共宜都市陆城街道工作委员会2025年度社区党组织党建引领基层治理考核评分表",
    numbering="restart",
    sections=(
        Section("政治引领", "一、政治引领（15分）", 15, (
            Row("落实“第一议题”制度和社区党委理论学习制度，每月开展1次集中学习；每半年至少组织1次党的创新理论专题宣讲进小区。", 5,
                "集中学习每少1次扣0.5分；专题宣讲每少1次扣1分；学习流于形式、记录不全的，酌情扣0.5—1分。", "查阅资料",
                indicator="理论学习"),
            Row("社区重大事项决策坚持社区党委前置研究，落实“四议两公开”；社区居委会、居务监督委员会每年向社区党委报告工作不少于2次。", 5,
                "重大事项未经社区党委研究的，每项扣1分；未落实“四议两公开”的，每项扣0.5分；报告每少1次扣0.5分。", "查阅会议记录",
                indicator="领导核心"),
            Row("社区党组织书记年初列出抓党建问题、任务、责任“三张清单”，年底向街道党工委述职并接受评议，述职评议满意度达到百分之九十"
                "以上。", 5,
                "未列“三张清单”的扣1分；未述职的扣2分；满意度每低1个百分点扣0.2分。", "查阅资料、民主测评", indicator="书记责任"),
        )),
        Section("组织建设", "二、组织建设（25分）", 25, (
            Row("在住宅小区建立党支部，小区党支部覆盖率达到百分之百；推动小区党支部成员与业委会成员双向进入、交叉任职，交叉任职比例达到"
                "60%以上。", 5,
                "覆盖率每低5个百分点扣0.5分；交叉任职比例每低10个百分点扣0.5分，最高扣2分；小区党支部未实体运转的，每个扣0.5分。",
                "查阅资料、实地查看", indicator="小区党支部"),
            Row("社区“两委”成员中45周岁以下的不少于2名，具有大专及以上学历的不少于3名；建立社区后备干部队伍，储备后备力量不少于2名。", 4,
                "年龄、学历结构每项不达标扣1分；后备力量每少1名扣0.5分；班子不团结、作用发挥差的，本项不得分。", "查阅资料、个别谈话",
                indicator="班子队伍"),
            Row("严格落实“三会一课”制度，支委会每月1次、党员大会每季度1次、党小组会每月1次、党课每季度1次；每月开展主题党日活动，党员"
                "参加率达到80%以上。", 6,
                "“三会一课”每缺1次扣0.3分，最高扣3分；主题党日每少1次扣0.3分；参加率每低5个百分点扣0.5分；会议记录不规范的扣0.5分。",
                "查阅会议记录、平台核查", indicator="组织生活"),
            Row("每年召开一次专题组织生活会，会前开展谈心谈话，会后列出问题整改清单；每年开展一次民主评议党员，对评为不合格的党员稳妥"
                "处置。", 5,
                "未召开组织生活会的扣2分；未开展谈心谈话的扣0.5分；无整改清单的扣0.5分；未开展民主评议党员的扣1.5分；不合格党员处置"
                "不当的扣0.5分。", "查阅会议记录", indicator="组织生活会"),
            Row("年内至少发展党员1名，发展程序规范、档案完整；党员按月交纳党费，社区党委每季度核对一次党费收缴情况；党员年度集中学习"
                "培训不少于32学时。", 5,
                "未发展党员的扣1分；发展程序不规范的，每人扣1分；党费未按月交纳的，每人次扣0.1分；核对每少1次扣0.2分；学时不足的，每人"
                "扣0.1分，最高扣1分。", "查阅资料、平台核查", indicator="党员管理"),
        )),
        Section("共同缔造", "三、共同缔造（30分）", 30, (
            Row("以小区为单元开展美好环境与幸福生活共同缔造活动，坚持决策共谋、发展共建、建设共管、效果共评、成果共享；每个小区每季度"
                "至少召开一次居民议事会（“板凳会”），议定事项及办理结果向居民公示。", 7,
                "未开展共同缔造活动的，每个小区扣1分；居民议事会每少1次扣0.5分，最高扣3分；议定事项未公示的，每项扣0.5分。",
                "查阅资料、实地查看", indicator="五共机制"),
            Row("机关企事业单位在职党员下沉社区“双报到”，报到率达到百分之百；下沉党员每季度参加社区志愿服务不少于1次，实行积分管理，"
                "积分结果年底反馈所在单位。", 6,
                "报到率每低1个百分点扣0.2分；志愿服务每人每少1次扣0.1分，最高扣2分；未实行积分管理的扣1分；未反馈积分结果的扣1分。",
                "平台核查、查阅资料", indicator="下沉党员"),
            Row("推进“红色物业”全覆盖，物业服务企业党组织组建率（含选派党建指导员）达到100%；社区党委、小区党支部、业委会、物业服务企业"
                "“四方联席会议”每月召开一次；物业服务满意度测评每年不少于2次。", 6,
                "组建率每低10个百分点扣1分；联席会议每少1次扣0.5分；满意度测评每少1次扣0.5分；因物业纠纷引发群体性事件的，本项不得分。",
                "查阅资料、入户走访", indicator="红色物业"),
            Row("落实“网格+警格”联动，网格员每日巡查网格；矛盾纠纷排查每月不少于1次，化解率达到95%以上；12345热线工单按期办结率达到"
                "100%，群众满意率达到90%以上。", 6,
                "排查每少1次扣0.5分；化解率每低1个百分点扣0.2分；办结率每低1个百分点扣0.5分；满意率每低1个百分点扣0.3分，最高扣2分；"
                "网格员未按要求巡查的，每次扣0.2分。", "调取热线数据、查阅资料", indicator="网格治理"),
            Row("全年未发生较大以上安全事故、重大刑事案件、群体性事件和越级上访，无重大负面舆情。", 5,
                "发生较大以上安全事故或重大刑事案件的，本项不得分；发生群体性事件或越级上访的，每起扣2分；出现负面舆情被上级通报的，"
                "每次扣1分。", "街道综治中心核实", indicator="平安稳定"),
        )),
        Section("服务保障", "四、服务保障（20分）", 20, (
            Row("社区党群服务中心推行“全科社工”一窗通办，落实错时延时、周末轮班服务；建立代办事项登记台账，群众办事按时办结。", 5,
                "未落实错时延时服务或周末轮班的，每次扣0.5分；无代办登记台账的扣1分；群众办事投诉经查实的，每次扣1分。",
                "实地查看、查阅资料", indicator="阵地服务"),
            Row("深化“我为群众办实事”，建立居民需求清单、资源清单、项目清单；年内完成民生实事项目不少于4件；对辖区低保户、特困人员、"
                "独居老人每月至少走访一次。", 5,
                "“三张清单”每缺1张扣0.5分；实事每少1件扣1分；走访每少1次扣0.2分，最高扣1分。", "查阅资料、入户走访",
                indicator="为民办事"),
            Row("规范使用服务群众专项经费，年初制定经费使用计划，经社区党委研究后报街道党工委审批；经费使用情况每半年公开一次。", 5,
                "无经费使用计划的扣1分；未报审批的扣1分；未公开的，每次扣0.5分；违规使用经费的，本项不得分。", "查阅账目",
                indicator="经费管理"),
            Row("年初有党建工作计划、年底有工作总结；党员花名册、“三会一课”记录、党费收缴台账等党建资料齐全规范，分类归档。", 5,
                "计划、总结每缺1项扣1分；资料每缺1项扣0.5分；资料填写不规范的，酌情扣0.5—1分。", "查阅资料", indicator="基础资料"),
        )),
        Section("廉洁自律", "五、廉洁自律（10分）", 10, (
            Row("社区“两委”成员签订党风廉政建设责任书；社区纪检委员每季度对社区财务收支、惠民资金发放开展一次监督检查；居务、财务、"
                "党务每季度公开一次。", 5,
                "未签订责任书的，每人扣0.2分；监督检查每少1次扣0.5分；“三务”公开每少1次扣0.5分；公开内容不真实的，本项不得分。",
                "查阅资料、实地查看", indicator="监督制约"),
            Row("社区工作者严守纪律，不吃拿卡要、不优亲厚友；低保、救助等惠民事项评审结果公示率达到百分之百。", 5,
                "社区“两委”成员受到党纪政务处分的，每人扣3分；被查实吃拿卡要、优亲厚友的，每起扣2分；评审结果未公示的，每项扣0.5分。",
                "向街道纪工委核实", indicator="作风纪律"),
        )),
    ),
)

HEADER = ["序号", "考核指标", "考核要点", "扣分办法", "分值", "考核方式", "得分"]
NOTE = ("说明：1.本表由街道党工委组织考核组于每年12月实施，先由社区党组织自评，再由考核组采取查阅资料、实地查看、入户走访、调取热线"
        "数据和民主测评相结合的方式考核；2.各项扣分以该项分值为限，扣完为止；3.考核结果分为优秀、良好、合格、不合格四个等次，作为"
        "社区党组织评先评优和社区干部绩效报酬发放的重要依据；4.社区党组织书记受到党纪处分或社区发生重大安全责任事故的，当年考核不得"
        "评为优秀。")


def build(t: Table, path: Path) -> None:
    import openpyxl
    from openpyxl.styles import Alignment, Font

    ncols = len(HEADER)
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "社区党组织考核"
    center = Alignment(horizontal="center", vertical="center", wrap_text=True)
    wrap = Alignment(vertical="center", wrap_text=True)
    xlsx_title(ws, t.title, ncols, Font(name="方正小标宋简体", size=16), center)
    xlsx_line(ws, "考核对象：陆城街道所辖各社区党委（党总支）", ncols)
    xlsx_line(ws, "社区：              社区党组织书记：              自评得分：          考核组：", ncols)
    xlsx_header(ws, HEADER, ncols)
    first = ws.max_row
    for s in t.sections:
        xlsx_line(ws, s.printed, ncols)
        ws.cell(ws.max_row, 1).font = Font(bold=True)
        for number, row in enumerate(s.rows, 1):
            ws.append([number, row.indicator, row.text, row.scoring, row.points, row.method, None])
            for c in (3, 4, 6):
                ws.cell(ws.max_row, c).alignment = wrap
            for c in (1, 2, 5):
                ws.cell(ws.max_row, c).alignment = center
    xlsx_total_row(ws, t.total, 5, ncols, center)
    xlsx_borders(ws, first, ncols)
    xlsx_note(ws, NOTE, ncols, 48)
    xlsx_widths(ws, (6, 11, 50, 48, 6, 18, 7))
    wb.save(str(path))
