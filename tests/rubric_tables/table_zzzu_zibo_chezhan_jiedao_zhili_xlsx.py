"""张店区车站街道2025年度社区党建引领基层治理考核评分表 (.xlsx), as the 街道党工委 of 山东 淄博 张店区 车站 (its 党建办 with the 社区治理
办, the 综治中心, the 城市管理办 and the 街道纪工委, a 考核组 going round the 社区 in December) scores the 社区党委 round the old 淄博站 and
the 人民路: 1980s 宿舍 of the 铁路, the 陶瓷厂 and the 纺织厂 with no 物业 and no 电梯, new 商品房 小区 run by 物业服务企业 with an 业委会,
the 专职网格员 who walk each 网格 with the 平台 on their phones, the 电动自行车 on every stair, the “12345”热线 工单 that the 区 ranks each
month: a 党建引领基层治理 table whose 考核内容 is one short line and whose 评分标准 carries the work, each clause a figure and its deduction:
组织引领 (the 网格党支部 覆盖率 with three 党员中心户 a 网格 and the 架构图, the 党员比例 of the 网格员 with a monthly 培训 and the 花名册, five
共建协议 with a quarterly 联席会议, the “三张清单” and the 完成率, the 报到率 with 12小时 of 志愿服务, a half-yearly 反馈 and the “微心愿”),
网格治理 (sixty 走访 a month with the 民情日志, the 准确率, the “吹哨” 上报 and a weekly 探访, the 签收率, the 按期办结率, the 满意率 in bands,
the 重复投诉 and the 通报, a monthly 排查 with the 化解台账, the 调解成功率, the 24小时 上报 and a 一票否决, a quarterly 隐患排查 with the 整改
台账 and the 整改率 and two 演练 a year), 红色物业 (the two 覆盖率 of the 物业服务企业 with the 选派 and the 党员比例, the monthly “四方联席会议”
with its 纪要 and the 办结率, a half-yearly 测评 with the 满意度 in bands, the 公示 and the 约谈, the 兜底 覆盖 with the 包保, two 环境整治 a
month, a quarterly 公开 and the 上访) and 议事协商 (the 议事规则, the 党员比例 and a quarterly 议事会 with its “五步” 程序 and 公开, a half-yearly
“小区议事” with six 问题 a year, the 反馈 and the 照片, four “微实事” a year with the 票决, the 公示, the 满意率 and no 违规, a deduction-only
line on 优亲厚友 and 弄虚作假).

A merged title row, a merged "考核对象：车站街道所辖各社区党委" line and a merged "社区： 考核组： 考核日期：" line above the header 序号 | 考核项目
| 考核内容 | 评分标准 | 分值 | 得分. 序号 (FIRST column) runs 1..16 through the whole sheet, NOT restarting. The categories are MERGED CELLS down
the 考核项目 column (SECOND), printed WITH an ordinal and their points on ONE line, "一、组织引领（20分）". 考核内容 is one short line; the 评分
标准 is long, every clause a figure and its deduction, and comes BEFORE the 分值 (a plain number). 得分 is blank. A 合计 row of 100 and a merged
说明 row close the sheet. There is no 考核方式 or 佐证 column. Counts in figures and Chinese numerals, all in the 评分标准 ("每月参加业务培训不
少于1次", "每季度至少参加一次", "每人每年…不少于12小时", "每半年…反馈一次", "每月入户走访不少于60户次", "每周至少探访一次", "每月开展一次",
"24小时内", "每季度…开展一次", "每年…不少于2次", "每月召开一次", "每半年…开展一次", "每月…不少于2次", "每季度公开一次", "每季度至少召开一
次", "每半年至少开展一次", "全年…不少于6件", "全年…不少于4个"); "不少于3户", "不少于5家"; "百分之四十", "百分之八十", "百分之九十五",
"百分之九十八", "百分之三十", "百分之九十", "百分之五十", "百分之八十五", "100%"; "最高扣" caps; "酌情扣0.5-1分" once, "酌情扣1-2分" once and
"酌情扣1分" once; two sets of bands (a 满意率 for 3 of the 7 points closed by "85%以下的不得分", a 满意度 for 4 of the 7 points closed by "70%以下
的不得分"); one "实行一票否决，本项不得分"; three other plain "本项不得分"; one line is deduction-only.
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
    name="zzzu_zibo_chezhan_jiedao_zhili_xlsx",
    fmt="xlsx",
    title="张店区车站街道2025年度社区党建引领基层治理考核评分表",
    numbering="printed",
    sections=(
        Section("组织引领", "一、组织引领（20分）", 20, (
            Row("健全“社区党委—网格党支部—楼栋党小组—党员中心户”组织体系。", 5,
                "网格党支部覆盖率达到100%，每缺1个扣0.5分；每个网格确定党员中心户不少于3户，每少1户扣0.2分，最高扣1分；组织体系架构图未在社区"
                "党群服务中心公示上墙的扣0.5分；网格调整后党组织设置未同步调整的，酌情扣0.5-1分。"),
            Row("建强专职网格员队伍。", 5,
                "专职网格员中党员比例不低于百分之四十，每低5个百分点扣0.5分，最高扣1.5分；网格员每月参加业务培训不少于1次，每少1次扣0.2分；未建立"
                "网格员花名册或信息未及时更新的扣0.5分；网格员考核结果未与绩效报酬挂钩的扣1分。"),
            Row("深化街道“大工委”、社区“大党委”共建。", 5,
                "与驻区单位签订共建协议不少于5家，每少1家扣0.5分；兼职委员每季度至少参加一次社区“大党委”联席会议，每少1次扣0.5分，最高扣2分；"
                "未建立需求、资源、项目“三张清单”的扣1分；共建项目年度完成率低于百分之八十的扣1分。"),
            Row("推动在职党员到社区“双报到”。", 5,
                "在职党员报到率达到100%，每低5个百分点扣0.5分；报到党员每人每年参加社区志愿服务不少于12小时，不足的每人扣0.1分，最高扣1.5分；"
                "社区每半年向报到党员所在单位党组织反馈一次表现情况，每少1次扣0.5分；群众“微心愿”认领后未兑现的，每件扣0.2分。"),
        )),
        Section("网格治理", "二、网格治理（28分）", 28, (
            Row("落实网格员常态化入户走访。", 7,
                "网格员每月入户走访不少于60户次，不足的每人每月扣0.1分，最高扣2分；走访情况未记入民情日志的扣0.5分；网格基础信息采集准确率低于"
                "百分之九十五的扣1分；“网格吹哨、部门报到”事项未按规定上报街道的，每件扣0.5分；对独居老人、残疾人等特殊群体每周至少探访一次，"
                "未落实的，酌情扣1分。"),
            Row("做好“12345”热线诉求办理。", 7,
                "工单按时签收率达到100%，每低1个百分点扣0.2分；按期办结率不低于百分之九十八，每低1个百分点扣0.3分，最高扣1.5分；群众满意率95%以上"
                "的得3分，90%（含）—95%的得2分，85%（含）—90%的得1分，85%以下的不得分；同一诉求重复投诉的，每件扣0.2分，最高扣1分；诉求办理不力"
                "被区级以上通报的，每次扣1分。"),
            Row("常态化开展矛盾纠纷排查化解。", 7,
                "每月开展一次矛盾纠纷排查，每少1次扣0.3分，最高扣1.5分；未建立矛盾纠纷排查化解台账的扣1分；调解成功率达到百分之九十五以上，每低"
                "1个百分点扣0.2分；重大矛盾纠纷未在24小时内上报街道的，每起扣1分；因化解不及时引发极端案事件或群体性事件的，实行一票否决，本项"
                "不得分。"),
            Row("抓好安全隐患排查整治。", 7,
                "每季度组织网格员、楼栋长开展一次电动自行车充电、燃气使用、消防通道等安全隐患排查，每少1次扣0.5分；未建立隐患整改台账的扣1分；"
                "隐患整改率达到100%，每低5个百分点扣0.5分；每年组织居民开展消防应急疏散演练不少于2次，每少1次扣0.5分；辖区发生较大以上安全事故"
                "的，本项不得分。"),
        )),
        Section("红色物业", "三、红色物业（26分）", 26, (
            Row("推进物业服务企业党的组织和工作覆盖。", 6,
                "辖区物业服务企业党的组织覆盖率和工作覆盖率均达到100%，未覆盖的每家扣0.5分；对无党员的物业服务企业选派党建指导员，未选派的每家"
                "扣0.5分；物业项目负责人中党员比例不低于百分之三十，未达到的扣1分；物业服务企业党组织未纳入社区“大党委”的，每家扣0.3分。"),
            Row("建立“四方联席会议”制度。", 7,
                "社区党委每月召开一次由社区居委会、业委会（物管会）、物业服务企业、物业主管部门参加的“四方联席会议”，每少1次扣0.5分，最高扣3分；"
                "会议无纪要的，每次扣0.2分，最高扣1分；议定事项办结率不低于百分之九十，未达到的扣1分；议定事项办理不力、群众反映强烈的，酌情扣"
                "1-2分。"),
            Row("开展物业服务满意度测评。", 7,
                "每半年组织居民对物业服务企业开展一次满意度测评，每少1次扣1分；测评满意度90%以上的得4分，80%（含）—90%的得3分，70%（含）—80%的"
                "得1分，70%以下的不得分；测评结果未在小区公示的扣0.5分；对连续两次测评排名末位的物业服务企业未约谈的扣0.5分。"),
            Row("兜底做好无物业老旧小区管理。", 6,
                "无物业老旧小区由社区党组织兜底，实现“红色代办”或准物业服务全覆盖，每有1个小区未覆盖的扣1分；每个小区明确1名社区“两委”成员包保，"
                "未明确的扣0.5分；每月组织党员志愿者开展小区环境整治不少于2次，每少1次扣0.2分，最高扣1.5分；小区公共收益收支情况每季度公开一次，"
                "每少1次扣0.3分；因物业管理矛盾引发群体性上访的，每起扣2分。"),
        )),
        Section("议事协商", "四、议事协商（26分）", 26, (
            Row("搭建社区议事协商平台。", 7,
                "社区建立居民议事会，制定议事规则，未制定的扣1分；议事会成员中党员比例不低于百分之五十，未达到的扣0.5分；每季度至少召开一次居民"
                "议事会，每少1次扣1分；议题未经“征集—审议—表决—公开—评议”五步程序的，每次扣0.3分，最高扣1.5分；议事结果未在社区公开栏公开的，"
                "每次扣0.2分。"),
            Row("开展小区（楼院）协商议事。", 6,
                "各小区（楼院）每半年至少开展一次“小区议事”协商活动，每少1次扣0.5分，最高扣2分；全年协商解决加装电梯、停车管理、楼道清理等实际"
                "问题不少于6件，每少1件扣0.3分；协商事项办理结果未向居民反馈的，每件扣0.2分；协商活动无照片等影像资料的扣0.5分。"),
            Row("实施居民“微实事”项目。", 7,
                "全年实施民生“微实事”项目不少于4个，每少1个扣1分；项目未经居民代表会议票决的，每个扣0.5分；项目资金使用情况未公示的扣1分；项目"
                "完成后组织居民评议，评议满意率低于百分之八十五的扣1分；项目资金使用存在违规问题的，本项不得分。"),
            Row("社区工作人员在物业费、专项维修资金使用和“微实事”项目中优亲厚友、吃拿卡要，或网格数据弄虚作假（本项为扣分项）。", 6,
                "每发现1起扣2分；社区党组织班子成员受到党纪政务处分的，本项不得分。"),
        )),
    ),
)

HEADER = ["序号", "考核项目", "考核内容", "评分标准", "分值", "得分"]
NOTE = ("说明：1.本表由街道党工委会同社区治理办、综治中心、城市管理办于12月组织考核，采取听取汇报、查阅资料、实地查看、系统核查、入户走访相结合"
        "的方式进行；2.各项扣分以该项分值为限，扣完为止；3.“12345”热线数据以区便民服务热线平台统计为准，网格数据以市域社会治理平台为准；4.考核"
        "得分90分以上的为“优秀”，80—89分的为“良好”，70—79分的为“一般”，70分以下的为“较差”，考核结果与社区工作者绩效报酬和社区评先评优"
        "挂钩。")


def build(t: Table, path: Path) -> None:
    import openpyxl
    from openpyxl.styles import Alignment, Font

    ncols = len(HEADER)
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "基层治理考核"
    center = Alignment(horizontal="center", vertical="center", wrap_text=True)
    wrap = Alignment(vertical="center", wrap_text=True)
    xlsx_title(ws, t.title, ncols, Font(name="方正小标宋简体", size=16), center)
    xlsx_line(ws, "考核对象：车站街道所辖各社区党委", ncols)
    xlsx_line(ws, "社区：                考核组：                考核日期：", ncols)
    xlsx_header(ws, HEADER, ncols)
    first = ws.max_row
    number = 0
    for s in t.sections:
        top = ws.max_row + 1
        for i, row in enumerate(s.rows):
            number += 1
            ws.append([number, s.printed if i == 0 else None, row.text, row.scoring, row.points, None])
            for c in (3, 4):
                ws.cell(ws.max_row, c).alignment = wrap
            for c in (1, 5):
                ws.cell(ws.max_row, c).alignment = center
        xlsx_merge_down(ws, 2, top, ws.max_row, center)
    xlsx_total_row(ws, t.total, 5, ncols, center)
    xlsx_borders(ws, first, ncols)
    xlsx_note(ws, NOTE, ncols, 52)
    xlsx_widths(ws, (6, 12, 24, 72, 6, 7))
    wb.save(str(path))
