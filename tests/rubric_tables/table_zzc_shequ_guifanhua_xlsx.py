"""中共厦门市湖里区禾山街道工作委员会2025年度社区党组织规范化建设评分表 (.xlsx), as a 福建 街道党工委 (its 考评组 visiting
each 社区 late in the year after the 社区's 自评) scores each 社区党委 on six heads of “规范化”: 组织设置规范 (小区党支部
覆盖 and its 批复, 按期换届 and “一肩挑”, the “两委” 结构 and 交叉任职), 组织生活规范 (“三会一课” with 签到 / 记录 / 照片, the
“近邻党建” 主题党日, 组织生活会 with 谈心谈话 and 民主评议, 党费 and its 基数, 学时 and a visit to the 古田会议旧址),
党员管理规范 (发展党员 and the “五公示”, 流动党员, 设岗定责 and the 在职党员' 志愿服务, 积分 and the 年底 “近邻之星”),
服务阵地规范 (the 党群服务中心, “错时延时” / “一窗通办” and a 满意率, 共建协议 and the “三张清单”), 治理服务规范 (业委会 and
the “三方协商”, 网格 走访 and 化解率, 民生实事, the 党员志愿服务队) and 制度台账规范 (制度上墙, 计划总结 and the “一社区一档”).

A merged title row, a merged "考核对象：禾山街道各社区党委" line and a merged "社区名称：…  自评得分：…  考评得分：…  考评
日期：…" line above the header 一级指标 | 二级指标 | 考核内容 | 分值 | 评分标准 | 佐证材料 | 得分. The categories are MERGED CELLS
down the 一级指标 column (first), printed on one line without an ordinal, "组织设置规范（15分）". There is NO 序号: items are
numbered by position (1..21). 二级指标 is a short sub-label (`Row.indicator`). 分值 is a plain number. 佐证材料 (`Row.method`) names
the papers the 社区 lays out (once 实地查看): a 佐证 column. 得分 is blank. Under the 合计 row come a 加分项 line and a 一票否决项
line (each one cell merged across the sheet, "加分项（最高加5分）：1.…", "一票否决项：有下列情形之一的，…") and a merged 说明 row: they belong to the whole 评分, to no
item. Counts partly in Chinese numerals ("百分之五十").
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
    name="zzc_shequ_guifanhua_xlsx",
    fmt="xlsx",
    title="中共厦门市湖里区禾山街道工作委员会2025年度社区党组织规范化建设评分表",
    numbering="position",
    sections=(
        Section("组织设置规范", "组织设置规范（15分）", 15, (
            Row("社区党委下设网格（小区）党支部，正式党员3人以上的小区单独建立党支部，小区党支部覆盖率达到100%。", 5,
                "小区党支部覆盖率每低5个百分点扣0.5分；组织设置不符合规定的扣2分。", "党组织设置批复文件",
                indicator="组织设置"),
            Row("社区党组织按期换届，选举程序规范，选举结果及时报街道党工委审批；社区党组织书记通过法定程序担任居委会主任，实行"
                "“一肩挑”。", 5,
                "未按期换届的，本项不得分；选举结果未报审批的扣1分；未实行“一肩挑”的扣2分。", "换届选举资料、街道党工委批复",
                indicator="换届选举"),
            Row("社区“两委”班子成员中35周岁以下的不少于1名、女性成员不少于1名、大专及以上学历的不少于3名；社区“两委”成员交叉"
                "任职比例不低于百分之五十。", 5,
                "班子结构每有1项不达标扣1分。", "“两委”成员花名册", indicator="班子结构"),
        )),
        Section("组织生活规范", "组织生活规范（25分）", 25, (
            Row("严格落实“三会一课”制度，支部党员大会每季度召开1次，支部委员会每月召开1次，党小组会每月召开1次，党课每季度1次；"
                "会议做到有签到、有记录、有照片。", 7,
                "“三会一课”每缺1次扣0.5分，最多扣5分；签到、记录、照片不全的，每次扣0.1分，最多扣1分。",
                "会议记录本、签到表、活动照片", indicator="“三会一课”"),
            Row("每月固定1天开展“近邻党建”主题党日活动，做到有方案、有主题、有实效，党员参加率不低于85%。", 5,
                "主题党日每少1次扣0.5分；参加率每低5个百分点扣0.5分；活动流于形式的，酌情扣0.5分。",
                "活动方案、签到表、活动照片", indicator="主题党日"),
            Row("每年召开1次组织生活会，会前开展谈心谈话，会上开展批评和自我批评；组织开展民主评议党员，评议结果在党员大会上"
                "通报。", 6,
                "未召开组织生活会的扣3分；未开展谈心谈话的扣1分；批评和自我批评流于形式的，酌情扣1分；未开展民主评议党员的扣1分。",
                "会议记录、谈心谈话记录、民主评议测评表", indicator="组织生活会"),
            Row("党员按月足额交纳党费，每年按规定核定一次交纳基数；党费收缴使用情况每半年公开一次。", 4,
                "未按月交纳的，每人次扣0.2分，最多扣2分；未核定基数的扣1分；未公开的扣1分。", "党费收缴台账",
                indicator="党费收缴"),
            Row("党员年度集中学习培训不少于32学时，依托“学习强国”等平台开展经常性学习；年内组织党员赴古田会议旧址等红色教育基地"
                "参观学习至少1次。", 3,
                "学时不足的，每人扣0.1分，最多扣1分；未组织参观学习的扣1分；党员平台学习率低于60%的扣0.5分。",
                "学时登记表、活动照片", indicator="学习教育"),
        )),
        Section("党员管理规范", "党员管理规范（15分）", 15, (
            Row("严格执行发展党员工作流程，落实“五公示”制度，每两年至少发展1名党员；入党积极分子培养教育满一年。", 5,
                "两年内未发展党员的扣2分；“五公示”每缺1项扣0.5分；违规发展党员的，实行一票否决，本项不得分。",
                "发展党员公示材料、公示照片", indicator="发展党员"),
            Row("建立流动党员管理台账，流动党员纳入网格管理，每季度至少联系1次；失联党员按规定稳妥处置。", 3,
                "无管理台账的扣1分；联系每少1次扣0.2分，最多扣1分；失联党员处置不规范的扣1分。",
                "流动党员管理台账、联系记录", indicator="流动党员"),
            Row("开展无职党员设岗定责，设岗率达到100%；在职党员到社区报到后每年参加志愿服务不少于3次。", 4,
                "设岗率每低10个百分点扣0.5分；在职党员志愿服务不足3次的，每人扣0.1分，最多扣1.5分。",
                "设岗定责台账、志愿服务记录", indicator="设岗定责"),
            Row("推行党员积分制管理，积分结果每半年公示一次；年底评选“近邻之星”优秀党员。", 3,
                "未实行积分管理的扣1分；积分结果未按时公示的扣0.5分；未开展评选的扣0.5分。", "积分台账、公示照片",
                indicator="积分管理"),
        )),
        Section("服务阵地规范", "服务阵地规范（15分）", 15, (
            Row("社区党群服务中心面积不少于300平方米，标识统一规范，“近邻党建”服务功能完善；办公用房面积不超过总面积的20%。", 5,
                "面积不达标的扣1分；标识不规范的扣1分；办公用房超标的扣1分；服务功能不完善的，酌情扣1—2分。", "实地查看",
                indicator="阵地建设"),
            Row("党群服务中心每周开放不少于6天，推行“错时延时”和“一窗通办”服务，服务事项清单上墙公开；群众办事满意率达到95%"
                "以上。", 5,
                "开放时间不足的扣1分；无服务事项清单的扣1分；满意率每低1个百分点扣0.2分，最多扣2分。",
                "服务事项清单、值班表、满意度测评表", indicator="便民服务"),
            Row("与辖区机关、企事业单位签订共建协议不少于5家，每半年召开一次共建联席会议，梳理形成资源、需求、项目“三张清单”。", 5,
                "共建单位每少1家扣0.5分；联席会议每少1次扣1分；无“三张清单”的扣1分。", "共建协议、会议纪要、“三张清单”",
                indicator="共驻共建"),
        )),
        Section("治理服务规范", "治理服务规范（20分）", 20, (
            Row("推动符合条件的小区成立业委会，业委会成员中党员比例不低于50%；建立社区党组织领导下的业委会、物业服务企业、居民"
                "代表“三方协商”机制，每季度至少协商1次。", 6,
                "党员比例每低10个百分点扣1分；协商每少1次扣1分；小区发生群体性事件的，本项不得分。",
                "业委会成员名单、协商会议记录", indicator="小区治理"),
            Row("网格员每月走访网格内居民户不少于1遍，收集社情民意；矛盾纠纷化解率达到95%以上。", 5,
                "走访不到位的，酌情扣1—2分；化解率每低1个百分点扣0.5分，最多扣2分。", "走访台账、矛盾纠纷调解台账",
                indicator="网格服务"),
            Row("每年为居民办好民生实事不少于6件，实事项目由居民议事会协商确定并向居民公示。", 5,
                "实事每少1件扣0.5分；项目未经协商确定的扣1分；未公示的扣0.5分。", "实事项目清单、公示照片",
                indicator="为民办事"),
            Row("组建社区党员志愿服务队，每月开展志愿服务活动不少于1次；党员注册志愿者比例达到90%以上。", 4,
                "志愿服务每少1次扣0.5分；注册比例每低10个百分点扣0.5分。", "志愿服务记录、活动照片", indicator="志愿服务"),
        )),
        Section("制度台账规范", "制度台账规范（10分）", 10, (
            Row("建立健全“三会一课”、发展党员、党费收缴、民主评议党员等制度，主要制度上墙公开。", 4,
                "制度每缺1项扣0.5分；未上墙公开的扣1分。", "制度汇编、实地查看", indicator="制度建设"),
            Row("年初制定党建工作计划，年底形成工作总结；党员花名册、会议记录、党费收缴台账等资料按年度分类归档，实行“一社区"
                "一档”。", 6,
                "计划、总结每缺1项扣1分；台账资料每缺1项扣0.5分；归档不规范的，酌情扣分。", "工作计划、工作总结、党建档案",
                indicator="档案管理"),
        )),
    ),
)

HEADER = ["一级指标", "二级指标", "考核内容", "分值", "评分标准", "佐证材料", "得分"]
BONUS = ("加分项（最高加5分）：1.社区党建工作经验做法在省级以上会议交流或被省级以上媒体宣传推广的，每项加1分；2.社区党组织获得市级以上表彰的，"
         "每项加2分；3.“近邻党建”项目获评区级以上优秀案例的，加1分。")
VETO = ("一票否决项：有下列情形之一的，规范化建设评定为“不达标”：1.社区“两委”成员受到刑事处罚或党纪重处分的；2.发生重大安全责任事故、"
        "重大群体性事件造成恶劣影响的；3.违规发展党员被查处的；4.弄虚作假、虚报材料的。")
NOTE = ("说明：1.评分采取社区自评、街道党工委考评组实地考评相结合的方式，各项扣分以该项分值为限，扣完为止；2.总分（含加分）"
        "90分以上的为“示范”等次，75分（含）至90分的为“达标”等次，75分以下的为“不达标”等次。")


def build(t: Table, path: Path) -> None:
    import openpyxl
    from openpyxl.styles import Alignment, Font

    ncols = len(HEADER)
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "规范化建设评分表"
    center = Alignment(horizontal="center", vertical="center", wrap_text=True)
    wrap = Alignment(vertical="center", wrap_text=True)
    xlsx_title(ws, t.title, ncols, Font(name="方正小标宋简体", size=16), center)
    xlsx_line(ws, "考核对象：禾山街道各社区党委", ncols)
    xlsx_line(ws, "社区名称：              自评得分：        考评得分：        考评日期：", ncols)
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
    for line in (BONUS, VETO):
        xlsx_line(ws, line, ncols)
        ws.cell(ws.max_row, 1).alignment = wrap
        ws.row_dimensions[ws.max_row].height = 40
    xlsx_borders(ws, first, ncols)
    xlsx_note(ws, NOTE, ncols, 32)
    xlsx_widths(ws, (12, 11, 50, 6, 44, 20, 7))
    wb.save(str(path))
