"""中共汉阴县民政局党组2025年度县殡仪馆党支部党建工作目标考核评分表 (.xlsx), as a 陕西 县民政局党组 (its 局机关党委 with the
殡葬管理股 going to the 馆 in December) scores the 党支部 of the 县殡仪馆 — a 公益 事业单位 with 业务洽谈, 遗体接运, 整容, 火化,
告别礼仪 and 骨灰寄存 staff, some of them on 倒班 — on 政治建设 (monthly 集中学习 and quarterly 研讨 on 殡葬改革, the half-yearly
意识形态 报告 and no 封建迷信 on the 电子屏 and 悼词, the 书记's 党课 and a yearly 宣讲, “三重一大” for 采购 and 惠民 funds),
组织建设 (“三会一课” with 分批 参加 noted, 主题党日 with the 清明 “文明祭扫” one and a 参加率, 组织生活会 with 征求意见 of 丧属,
整改台账, 民主评议 and 备案, 积极分子 and 发展 every two years and 公示, 党费 with quarterly 核对, 学时 and 离退休党员 联系, the
书记's 谈心谈话 and quarterly 关爱 of the 特殊岗位 staff), 服务惠民 (基本殡葬服务 免费 and the 收费标准 公示 and the 补贴 准确率, the
示范岗 and “一站式”, 生态安葬 宣传 and the 清明 / 冬至 突击队, 接运 时限 and 消毒 登记, quarterly 志愿服务 for 特困 群体, a 丧属
满意度 in bands) and 作风建设和基础保障 (the 拒收“红包” 承诺书 and 警示教育 with a 一票否决, 计划 / 总结 / 述职, 台账 and “六有” and
a quarterly 宣传栏).

A merged title row and a merged "考核对象：县殡仪馆党支部  考核单位：局机关党委、殡葬管理股  考核时间：2025年12月" line above the
header 序号 | 二级指标 | 考核标准 | 计分方法 | 分值 | 考核方式 | 自评分 | 考核分 (分值 AFTER the 计分方法). The categories are SECTION
ROWS merged across the sheet, printed "一、政治建设（20分）". 序号 (first column, numeric cells) runs 1..19 through the sheet, NOT
restarting under the section rows. 二级指标 is a short sub-label (`Row.indicator`). 分值 is a plain number. 考核方式 (`Row.method`)
says only how the 考核组 checks (查阅资料, 查阅会议记录, 实地查看, 个别访谈, 抽查台账, 电话回访, 向局纪检组核实); it is no 佐证
column. The two score columns are blank. A 合计 row and a merged 说明 row close the sheet. The 满意度 bands sit in the 计分方法;
counts partly in Chinese numerals ("百分之九十", "两年").
"""

from __future__ import annotations

from pathlib import Path

from .build_helpers import xlsx_borders, xlsx_header, xlsx_line, xlsx_note, xlsx_title, xlsx_total_row, xlsx_widths
from .model import Row, Section, Table

TABLE = Table(
    name="zzi_binyiguan_zhibu_xlsx",
    fmt="xlsx",
    title="中共汉阴县民政局党组2025年度县殡仪馆党支部党建工作目标考核评分表",
    numbering="printed",
    sections=(
        Section("政治建设", "一、政治建设（20分）", 20, (
            Row("落实“第一议题”制度和集中学习制度，每月组织党员集中学习不少于1次；每季度围绕民政为民爱民、殡葬改革政策开展一次"
                "专题研讨。", 5,
                "集中学习每少1次扣0.5分；专题研讨每少1次扣1分。", "查阅资料", indicator="理论学习"),
            Row("落实意识形态工作责任制，每半年向局党组报告一次意识形态工作情况；对告别厅电子屏、悼词模板、宣传资料内容严格把关，"
                "杜绝封建迷信内容。", 5,
                "报告每少1次扣1分；发现封建迷信宣传内容的，每处扣1分；引发负面舆情的，本项不得分。", "查阅资料、实地查看",
                indicator="意识形态"),
            Row("党支部书记每年讲党课不少于2次；支部每年组织一次“民政为民、殡葬惠民”主题宣讲。", 4,
                "书记讲党课每少1次扣1分；未组织主题宣讲的扣1分。", "查阅资料", indicator="党课宣讲"),
            Row("落实“三重一大”集体决策制度，殡葬用品采购、设备购置、惠民殡葬资金使用等事项经支部委员会和馆务会集体研究。", 6,
                "重大事项未经集体研究的，每项扣2分；会议记录不完整的，酌情扣1—2分。", "查阅会议记录", indicator="集体决策"),
        )),
        Section("组织建设", "二、组织建设（30分）", 30, (
            Row("严格落实“三会一课”制度，支部委员会每月召开1次，支部党员大会每季度召开1次，党小组会每月召开1次，党课每季度1次；"
                "遗体接运、火化等岗位倒班党员可分批参加，并在会议记录中注明。", 8,
                "每少1次扣0.5分，最多扣6分；分批参加未在记录中注明的，每次扣0.2分。", "查阅会议记录", indicator="“三会一课”"),
            Row("每月开展一次主题党日活动，清明节前后结合“文明祭扫”开展一次主题党日；党员参加率不低于百分之九十。", 5,
                "主题党日每少1次扣0.5分；未结合“文明祭扫”开展的扣1分；参加率每低5个百分点扣0.5分。", "查阅资料",
                indicator="主题党日"),
            Row("每年召开一次组织生活会，会前征求服务群众和丧属意见，会后建立整改台账；开展民主评议党员，评议结果报局机关党委"
                "备案。", 5,
                "未召开组织生活会的扣3分；未征求意见的扣1分；无整改台账的扣0.5分；未开展民主评议党员的扣1分；评议结果未备案的扣"
                "0.5分。", "查阅会议记录", indicator="组织生活会"),
            Row("年内确定入党积极分子不少于1名，两年内至少发展党员1名；发展对象公示期不少于5个工作日。", 4,
                "未确定入党积极分子的扣1分；两年内未发展党员的扣2分；未公示的扣1分。", "查阅资料", indicator="发展党员"),
            Row("党员按月交纳党费，每季度核对一次党费收缴情况；党员每年学习培训不少于32学时；离退休党员纳入支部管理，每季度至少"
                "联系一次。", 4,
                "党费未按月交纳的，每人次扣0.2分；未核对的扣0.5分；学时不足的，每人扣0.2分；联系每少1次扣0.2分。", "抽查台账",
                indicator="党员管理"),
            Row("支部书记每年与每名党员至少谈心谈话一次；对承担遗体接运、整容、火化等特殊岗位的职工，每季度开展一次心理疏导或关爱"
                "活动。", 4,
                "谈心谈话未全覆盖的扣1分；关爱活动每少1次扣0.5分。", "查阅资料、个别访谈", indicator="关心关爱"),
        )),
        Section("服务惠民", "三、服务惠民（35分）", 35, (
            Row("落实基本殡葬服务免费政策，遗体接运、暂存、火化、骨灰寄存等基本服务项目及收费标准在服务大厅公示；惠民殡葬补贴"
                "发放准确率100%。", 7,
                "未公示收费标准的扣2分；补贴发放错误的，每例扣1分；出现乱收费、强制消费的，本项不得分。", "实地查看、抽查台账",
                indicator="惠民殡葬"),
            Row("在业务洽谈、遗体接运、告别礼仪等窗口设立党员示范岗，党员亮明身份、挂牌服务；推行“一站式”服务，丧属办事“最多跑"
                "一次”。", 5,
                "未设立示范岗的扣2分；党员未挂牌服务的，每人次扣0.2分；“一站式”服务落实不到位的，酌情扣1分。", "实地查看",
                indicator="示范岗"),
            Row("党员带头推行绿色殡葬、节地生态安葬，年内开展树葬、花坛葬、骨灰撒散等生态安葬宣传活动不少于4次；清明、冬至祭扫"
                "高峰期组建党员突击队，做好现场服务保障。", 6,
                "宣传活动每少1次扣1分；祭扫高峰期未组建突击队的扣2分；发生安全事故或群体性事件的，本项不得分。",
                "查阅资料、实地查看", indicator="文明殡葬"),
            Row("接到接运电话后城区30分钟、乡镇2小时内到达；遗体接运车辆每次使用后消毒并登记。", 5,
                "接运超时被投诉的，每次扣1分；消毒登记缺失的，每次扣0.2分，最多扣2分。", "抽查台账", indicator="服务规范"),
            Row("组织党员开展“民政为民”志愿服务，每季度不少于1次，为特困、低保、孤寡老人等群体提供殡葬政策宣传和帮办代办服务。",
                6,
                "志愿服务每少1次扣1分；帮办代办服务未开展的扣2分。", "查阅资料", indicator="志愿服务"),
            Row("县民政局委托第三方对丧属开展服务满意度电话回访，满意度达到95%以上。", 6,
                "满意度98%（含）以上得6分；95%（含）—98%得5分；90%（含）—95%得3分；90%以下不得分。", "电话回访",
                indicator="丧属评价"),
        )),
        Section("作风建设和基础保障", "四、作风建设和基础保障（15分）", 15, (
            Row("全体职工签订拒收“红包”承诺书，严禁索要、收受丧属“红包”礼品，严禁向丧属推销高价殡葬用品；每半年开展一次警示"
                "教育。", 6,
                "承诺书每缺1人扣0.2分；警示教育每少1次扣1分；职工索要、收受“红包”经查实的，每人次扣3分；党员受到党纪处分的，"
                "实行一票否决。", "查阅资料、向局纪检组核实", indicator="廉洁服务"),
            Row("年初制定支部工作计划，年底报送工作总结；党支部书记每年年底向局机关党委述职。", 4,
                "计划、总结每缺1项扣1分；未述职的扣2分。", "查阅资料", indicator="计划总结"),
            Row("党员花名册、会议记录本、党费收缴台账、发展党员档案齐全规范；党员活动室“六有”达标，党建宣传栏每季度更新一次。", 5,
                "台账每缺1项扣0.5分；“六有”每缺1项扣0.5分；宣传栏每少更新1次扣0.5分。", "查阅资料、实地查看",
                indicator="台账阵地"),
        )),
    ),
)

HEADER = ["序号", "二级指标", "考核标准", "计分方法", "分值", "考核方式", "自评分", "考核分"]
NOTE = ("说明：1.考核采取党支部自评、局机关党委会同殡葬管理股实地考核相结合的方式，以考核分为准；2.各项扣分以该项分值为限，扣完"
        "为止；3.考核结果分为好、较好、一般、差四个等次，作为评选局系统先进基层党组织的重要依据；4.殡仪馆发生重大服务事故或"
        "乱收费问题被省级以上媒体曝光的，年度考核直接确定为“差”等次。")


def build(t: Table, path: Path) -> None:
    import openpyxl
    from openpyxl.styles import Alignment, Font

    ncols = len(HEADER)
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "殡仪馆党支部考核"
    center = Alignment(horizontal="center", vertical="center", wrap_text=True)
    wrap = Alignment(vertical="center", wrap_text=True)
    xlsx_title(ws, t.title, ncols, Font(name="黑体", size=16, bold=True), center)
    xlsx_line(ws, "考核对象：县殡仪馆党支部  考核单位：局机关党委、殡葬管理股  考核时间：2025年12月", ncols)
    xlsx_header(ws, HEADER, ncols)
    first = ws.max_row
    number = 0
    for s in t.sections:
        xlsx_line(ws, s.printed, ncols)
        ws.cell(ws.max_row, 1).font = Font(bold=True)
        for row in s.rows:
            number += 1
            ws.append([number, row.indicator, row.text, row.scoring, row.points, row.method, None, None])
            for c in (3, 4, 6):
                ws.cell(ws.max_row, c).alignment = wrap
            for c in (1, 2, 5):
                ws.cell(ws.max_row, c).alignment = center
    xlsx_total_row(ws, t.total, 5, ncols, center)
    xlsx_borders(ws, first, ncols)
    xlsx_note(ws, NOTE, ncols, 46)
    xlsx_widths(ws, (6, 11, 50, 44, 6, 16, 7, 7))
    wb.save(str(path))
