"""中共济南市历下区姚家街道工作委员会2026年度社区党组织基层党建工作考核细则 (.xlsx), as a 山东 街道党工委 (its 党建工作
办公室 running the check) scores each 社区党委（党总支） on ordinary year-round work: the four-level chain down to the 党员
中心户, the 社区 organisations reporting to the 党委, the 社区工作者 and the 后备干部 (组织体系); the 支部' “三会一课”, the
"党员活动日", 组织生活会, 党员教育 and 谈心谈话 (组织生活); the "枫桥经验" 矛盾纠纷 work, 社区社会组织, "居民说事",
the 党群服务中心 and "民生微实事", 志愿服务, 安全, 满意度 (引领基层治理); the 阵地, 经费, 计划总结 and 资料, 宣传 (基础保障).

A merged title row, a merged "考核对象：辖区各社区党委（党总支）" line and a right-aligned "单位：分" line above the header
序号 | 考核内容 | 评分办法 | 分值 | 佐证资料 | 得分 (分值 AFTER the 评分办法). The categories are SECTION ROWS merged across the
sheet, printed with an ordinal and no brackets round the points, "一、组织体系建设　20分". 序号 (first column, numeric cells)
runs 1..20 through the sheet, NOT restarting under the section rows. 分值 is a plain number. 佐证资料 (`Row.method`) names the
papers the 社区 lays out (once a way of checking, 实地查看): a 佐证 column. 得分 is blank. A 合计 row and a merged 备注 row close
the sheet.
"""

from __future__ import annotations

from pathlib import Path

from .build_helpers import xlsx_borders, xlsx_header, xlsx_line, xlsx_note, xlsx_title, xlsx_total_row, xlsx_widths
from .model import Row, Section, Table

TABLE = Table(
    name="zx_shequ_jiceng_dangjian_xlsx",
    fmt="xlsx",
    title="中共济南市历下区姚家街道工作委员会2026年度社区党组织基层党建工作考核细则",
    numbering="printed",
    sections=(
        Section("组织体系建设", "一、组织体系建设　20分", 20, (
            Row("完善“社区党委—网格党支部—楼院党小组—党员中心户”四级组织链条，网格党支部、楼院党小组建立率100%；社区党委委员、"
                "网格党支部书记担任网格长，每名党员中心户联系群众10至15户。", 5,
                "网格党支部或楼院党小组每少建立1个扣0.5分；党员中心户联系户数不符合要求的，酌情扣0.5—1分。",
                "组织架构图、网格党支部名单、党员中心户名册"),
            Row("社区居委会、居务监督委员会、社区社会组织每半年向社区党委报告一次工作；社区党委书记、委员分工联系网格，联系情况有"
                "记录。", 5,
                "报告每缺1次扣0.5分，最高扣2分；分工联系不明确的扣1分。", "工作报告、分工文件"),
            Row("社区专职工作者推行“全岗通”，每人年度培训不少于40学时；社区工作者中党员比例不低于60%，35周岁以下的不少于3名。", 5,
                "培训学时不足的，每人扣0.2分，最高扣1分；党员比例每低5个百分点扣0.5分；35周岁以下人数不足的扣1分。",
                "社区工作者花名册、培训记录"),
            Row("按照1：2比例储备社区“两委”后备干部，建立后备干部人才库；每年至少培养1名后备干部进入社区“两委”班子或担任网格党支部"
                "书记。", 5,
                "未建立后备干部人才库的扣2分；储备比例不足的扣1分；未培养使用的扣1分。", "后备干部名册、培养计划"),
        )),
        Section("组织生活", "二、组织生活　25分", 25, (
            Row("所属党支部规范落实“三会一课”：支委会每月召开一次，党员大会每季度召开一次，党小组会每月召开一次，党课每季度讲授"
                "一次。", 6,
                "每缺1次扣0.5分，扣完为止。", "会议记录、签到表"),
            Row("每月第一个星期五为社区“党员活动日”，集中开展主题党日活动，党员到会率达到百分之八十五以上；活动做到有计划、有记录、"
                "有照片。", 5,
                "每少开展1次扣0.5分；到会率每低5个百分点扣0.5分；活动资料不全的扣0.5分。", "活动计划、活动记录、照片"),
            Row("每年召开一次专题组织生活会，开展民主评议党员，党员参评率达到90%以上；对评议为“不合格”的党员按规定稳妥处置。", 5,
                "未召开组织生活会的，本项不得分；参评率每低5个百分点扣0.5分；“不合格”党员未处置的扣1分。",
                "会议记录、民主评议测评表"),
            Row("依托社区党员活动室、“灯塔—党建在线”等载体开展党员教育，党员每年参加集中学习培训不少于32学时；每半年组织一次党员"
                "到红色教育基地开展现场教学。", 5,
                "学时不足的，每人扣0.1分，最高扣2分；现场教学每少1次扣1分。", "学时登记表、现场教学照片"),
            Row("社区党委书记每年与班子成员、党支部书记谈心谈话不少于1次，党支部书记每半年与党员谈心谈话不少于1次；对思想有波动、"
                "家庭有变故的党员及时谈心谈话。", 4,
                "谈心谈话每少1人次扣0.2分，最高扣2分；发现党员思想问题未及时谈话的，酌情扣0.5分。", "谈心谈话记录"),
        )),
        Section("引领基层治理", "三、引领基层治理　40分", 40, (
            Row("坚持和发展新时代“枫桥经验”，每月开展一次矛盾纠纷排查，建立排查化解台账，矛盾纠纷调处成功率达到98%以上；全年无进京"
                "赴省非正常上访和重大群体性事件。", 6,
                "排查每少1次扣0.5分；调处成功率每低1个百分点扣0.5分，最高扣2分；发生进京赴省非正常上访的，每起扣2分；发生重大"
                "群体性事件的，本项不得分。", "排查化解台账"),
            Row("培育发展社区社会组织不少于10家，其中公益慈善类、生活服务类不少于3家；社区社会组织党的工作覆盖率达到100%，社区党委"
                "每年对社会组织开展一次评估。", 6,
                "社会组织每少1家扣0.5分；党的工作覆盖率未达到100%的扣1分；未开展评估的扣1分。", "社会组织名录、评估报告"),
            Row("搭建“居民说事”协商议事平台，每月开展一次“居民说事”活动，全年开展民主协商不少于6次；议定事项办理结果在社区公开栏"
                "公开。", 6,
                "“居民说事”每少1次扣0.5分；民主协商每少1次扣0.5分；办理结果未公开的扣1分。", "议事记录、公开栏照片"),
            Row("党群服务中心实行“一站式”服务和首问负责制，工作日开放时间不少于8小时，周末及节假日轮值；每季度开展一次“民生微"
                "实事”项目征集，全年实施项目不少于4个。", 6,
                "服务制度不落实的扣1分；项目征集每少1次扣0.5分；实施项目每少1个扣1分。", "值班表、项目征集表、项目台账"),
            Row("组建党员志愿服务队不少于2支，建立志愿服务积分登记制度；每月开展一次“志愿服务日”活动，党员年人均志愿服务时长不少于"
                "24小时。", 6,
                "服务队每少1支扣1分；无积分登记制度的扣1分；“志愿服务日”每少1次扣0.5分；人均时长每少2小时扣0.5分。",
                "服务队名单、志愿服务记录、活动照片"),
            Row("落实安全生产、消防安全网格化监管责任，每季度开展一次安全隐患排查，隐患整改到位；全年无较大以上安全生产责任事故。", 4,
                "排查每少1次扣1分；隐患整改不到位的，每处扣0.5分；发生较大以上安全生产责任事故的，实行一票否决，本项不得分。",
                "隐患排查记录、整改台账"),
            Row("居民群众对社区党组织的满意度达到90%以上（以街道年底入户调查为准）。", 6,
                "满意度每低1个百分点扣0.5分；满意度低于75%的，本项不得分。", "入户调查问卷"),
        )),
        Section("基础保障", "四、基础保障　15分", 15, (
            Row("党群服务中心面积不低于600平方米，设立党员活动室、“红色书屋”；党组织标识、党建制度、服务事项统一上墙公开。", 4,
                "阵地功能不全的，扣1—2分；标识、制度未上墙的扣1分。", "实地查看"),
            Row("服务群众专项经费使用须经社区党委会研究、居民代表会议通过，使用情况每年年底公开一次；党组织工作经费专款专用。", 4,
                "经费使用未经研究通过的扣2分；未公开的扣1分；违规使用经费的，本项不得分。", "会议纪要、公开照片"),
            Row("年初制定党建工作计划，年底形成工作总结报街道党工委；党建资料实行“一社区一档”，“三会一课”记录本、党员花名册、"
                "党费收缴台账等按年度归档。", 4,
                "无工作计划或工作总结的，每项扣1分；资料每缺1项扣0.5分；归档不规范的扣0.5分。", "工作计划、工作总结、档案资料"),
            Row("每季度更新一次社区党务公开栏；全年在区级以上媒体、平台刊发社区党建信息不少于5篇。", 3,
                "公开栏每少更新1次扣0.5分；信息每少1篇扣0.5分。", "公开栏照片、刊发截图"),
        )),
    ),
)

HEADER = ["序号", "考核内容", "评分办法", "分值", "佐证资料", "得分"]
NOTE = ("备注：1.本细则由街道党工委组织实施，年中开展一次督导、年底集中考核，采取听取汇报、查阅资料、实地查看、入户调查相结合的"
        "方式；2.各项扣分以该项分值为限；3.考核结果排名后两位的社区，由街道党工委书记约谈社区党组织书记；4.考核结果与社区工作者"
        "年度绩效奖励挂钩。")


def build(t: Table, path: Path) -> None:
    import openpyxl
    from openpyxl.styles import Alignment, Font

    ncols = len(HEADER)
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "社区党建考核细则"
    center = Alignment(horizontal="center", vertical="center", wrap_text=True)
    wrap = Alignment(vertical="center", wrap_text=True)
    xlsx_title(ws, t.title, ncols, Font(name="方正小标宋简体", size=16), center)
    xlsx_line(ws, "考核对象：辖区各社区党委（党总支）", ncols)
    xlsx_line(ws, "单位：分", ncols)
    ws.cell(ws.max_row, 1).alignment = Alignment(horizontal="right")
    xlsx_header(ws, HEADER, ncols)
    first = ws.max_row
    number = 0
    for s in t.sections:
        xlsx_line(ws, s.printed, ncols)
        ws.cell(ws.max_row, 1).font = Font(bold=True)
        for row in s.rows:
            number += 1
            ws.append([number, row.text, row.scoring, row.points, row.method, None])
            for c in (2, 3, 5):
                ws.cell(ws.max_row, c).alignment = wrap
            for c in (1, 4):
                ws.cell(ws.max_row, c).alignment = center
    xlsx_total_row(ws, t.total, 4, ncols, center)
    xlsx_borders(ws, first, ncols)
    xlsx_note(ws, NOTE, ncols, 44)
    xlsx_widths(ws, (6, 54, 46, 6, 24, 7))
    wb.save(str(path))
