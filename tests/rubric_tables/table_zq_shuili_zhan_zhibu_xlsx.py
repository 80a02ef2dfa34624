"""中共宿松县水利局委员会2026年度基层水利站党支部党建工作考核细则 (.xlsx), as the 党委 of an 安徽 县水利局 scores each
乡镇水利站（水务站）党支部 and 水库管理所党支部 (站长 or 所长 usually the 书记; 党员 among 水利员、河道巡查员、供水工程
管护人员) on 党建责任落实、组织建设、服务中心工作、阵地与基础, with 防汛抗旱、河湖长制 and 农村供水保障 in view.

A merged title row, a merged "考核对象：各乡镇水利站（水务站）党支部、水库管理所党支部" line and a right-aligned "单位：分"
line above the header 序号 | 考核项目 | 考核内容 | 分值 | 计分方法 | 检查方法 | 得分. The categories are SECTION ROWS merged
across the sheet, printed "一、党建责任落实（16分）". 序号 runs 1..21 through the sheet without restarting (numeric cells).
考核项目 is a short sub-label (`Row.indicator`). 分值 is a plain number. 检查方法 (`Row.method`) says only how the 考核组
checks (查阅资料, 实地查看, 系统核查, 电话回访, 部门核实); it is no 佐证 column. 得分 is blank. A 合计 row and a merged 备注
row close the sheet.
"""

from __future__ import annotations

from pathlib import Path

from .build_helpers import xlsx_borders, xlsx_header, xlsx_line, xlsx_note, xlsx_title, xlsx_total_row, xlsx_widths
from .model import Row, Section, Table

TABLE = Table(
    name="zq_shuili_zhan_zhibu_xlsx",
    fmt="xlsx",
    title="中共宿松县水利局委员会2026年度基层水利站党支部党建工作考核细则",
    numbering="printed",
    sections=(
        Section("党建责任落实", "一、党建责任落实（16分）", 16, (
            Row("年初与局党委签订党建工作目标责任书；支部书记履行第一责任人职责，支委会每季度至少专题研究1次党建工作。", 4,
                "未签订责任书的扣1分；专题研究每少1次扣0.5分。", "查阅资料", indicator="责任落实"),
            Row("落实“第一议题”要求，每月组织党员集中学习不少于1次，重点学习习近平总书记关于治水的重要论述；党员年度学习培训"
                "不少于32学时。", 4,
                "集中学习每少1次扣0.5分；学时未达标的，每人扣0.2分，最多扣1.5分。", "查阅资料、系统核查", indicator="理论学习"),
            Row("每半年开展1次廉政警示教育；在水利工程建设、河道采砂监管、项目资金管理中严守纪律规矩，全年无违纪违法问题。", 4,
                "警示教育每少1次扣1分；党员受到党纪政务处分的，本项不得分。", "查阅资料、向局纪检组核实", indicator="廉政建设"),
            Row("年初制定支部年度工作计划，年底形成工作总结并在支部党员大会上通报；支部书记年终向局党委述职。", 4,
                "缺计划或总结的，每项扣1分；总结未通报的扣0.5分；书记未述职的扣1.5分。", "查阅资料", indicator="计划总结"),
        )),
        Section("组织建设", "二、组织建设（30分）", 30, (
            Row("支部委员会由3人以上组成，书记由站长或副站长中的党员担任；支委中有45周岁以下的委员；支部按期换届。", 3,
                "支委不足3人的扣1分；无45周岁以下委员的扣1分；未按期换届的扣1分。", "查阅资料", indicator="班子建设"),
            Row("支委会每月召开1次，党员大会每季度召开1次，党课每季度1次；设有党小组的，党小组会每月召开1次。", 8,
                "每少开1次会议扣0.5分；会议记录不规范的，每次扣0.2分。", "查阅会议记录", indicator="“三会一课”"),
            Row("每月固定1天开展主题党日，结合防汛值守、河湖巡查、节水宣传等开展，党员参与率不低于90%，留存签到表和活动照片。", 5,
                "每少1次扣0.5分；参与率每低5个百分点扣0.5分；缺签到表或照片的，每次扣0.2分。", "查阅资料",
                indicator="主题党日"),
            Row("每年召开1次组织生活会，开展民主评议党员；会前广泛征求群众意见；评议结果报局党委备案。", 5,
                "未召开组织生活会的扣3分；未开展民主评议的扣2分；未征求意见的扣1分；未备案的扣0.5分。", "查阅资料",
                indicator="组织生活会"),
            Row("党员按月足额交纳党费，党费收缴台账清晰；每季度在支部内公示1次党费收缴情况。", 3,
                "迟交、少交的，每人次扣0.2分；公示每少1次扣0.5分。", "查阅党费台账", indicator="党费管理"),
            Row("注重从技术骨干、河道巡查员中培养入党积极分子，建立积极分子培养台账；每两年至少发展1名党员。", 3,
                "无培养台账的扣1分；两年内未发展党员的扣1.5分；发展程序不规范的，本项不得分。", "查阅发展党员档案",
                indicator="发展党员"),
            Row("党员花名册、党员电子档案齐全准确；退休党员、流动党员纳入管理，支部每年至少与其联系2次。", 3,
                "花名册、档案每缺1项扣1分；联系每少1次扣0.5分。", "查阅资料、系统核查", indicator="党员管理"),
        )),
        Section("服务中心工作", "三、服务中心工作（40分）", 40, (
            Row("汛期组建党员防汛突击队，建立突击队员名册，突击队中党员占比不低于60%；汛期党员带班值守，值班记录完整。", 8,
                "未组建突击队的扣3分；党员占比每低10个百分点扣1分；值守脱岗、漏岗的，每人次扣1分；因值守失职造成严重后果的，"
                "本项不得分。", "查阅资料、实地抽查", indicator="防汛抗旱"),
            Row("配合乡镇河长办，每月组织党员开展不少于1次巡河巡湖，巡查发现问题整改率达到95%以上。", 6,
                "巡河每少1次扣0.5分；整改率每低1个百分点扣0.3分，最多扣3分。", "查阅巡河记录、河长制信息系统核查",
                indicator="河湖长制"),
            Row("辖区农村集中供水工程水质检测合格率达到100%；群众反映的供水问题24小时内响应处置。", 6,
                "水质检测合格率每低1个百分点扣1分；响应不及时被投诉查实的，每次扣0.5分。", "向县供水服务中心核实",
                indicator="农村供水"),
            Row("设立“党员示范岗”“党员责任工程”，党员在小型水利工程建设、水土保持、灌区管护等任务中发挥先锋模范作用。", 5,
                "根据作用发挥情况综合评定：好的得5分，较好的得3—4分，一般的得1—2分。", "实地查看、座谈了解",
                indicator="先锋作用"),
            Row("与辖区3个以上村党组织签订结对共建协议，每半年开展1次联合主题党日或共建活动。", 5,
                "共建协议每少1个扣1分；共建活动每少1次扣1分。", "查阅资料", indicator="联建共建"),
            Row("服务群众满意度：由局党委随机抽取辖区村组群众电话回访。满意度95%以上的得10分；90%（含）—95%的得8分；"
                "85%（含）—90%的得6分；80%（含）—85%的得3分；80%以下不得分。", 10,
                "按电话回访满意度对应档次计分。", "电话回访", indicator="群众满意度"),
        )),
        Section("阵地与基础", "四、阵地与基础（14分）", 14, (
            Row("依托水利站建设党员活动室，悬挂党旗和入党誓词，配备党建书籍；站内设党建宣传栏，每季度更新1次。", 4,
                "无党员活动室的扣2分；宣传栏更新每少1次扣0.5分。", "实地查看", indicator="阵地建设"),
            Row("“三会一课”记录本、发展党员档案、党费收缴台账、主题党日活动记录等资料齐全；每月在“智慧党建”平台填报组织生活"
                "情况。", 4,
                "资料每缺1项扣1分；平台填报不及时的，每次扣0.2分，最多扣1分。", "查阅资料、系统核查", indicator="基础台账"),
            Row("全年向局党委报送党建信息不少于4篇，在市级以上媒体或平台刊发水利党建工作信息不少于1篇。", 3,
                "报送信息每少1篇扣0.5分；无市级以上刊发的扣1分。", "查阅报送记录", indicator="宣传信息"),
            Row("结合水利工作实际形成1个以上党建特色品牌或经验做法，经局党委认定。", 3,
                "未形成党建特色品牌的不得分。", "查阅资料", indicator="特色创新"),
        )),
    ),
)

HEADER = ["序号", "考核项目", "考核内容", "分值", "计分方法", "检查方法", "得分"]
NOTE = ("备注：1.考核由局党委组织，局机关党委办公室会同农村水利股、河湖管理股具体实施，原则上每年12月开展；2.每项扣分以该项"
        "分值为限；3.考核结果分为好、较好、一般、差四个等次，作为水利站年度目标考核和评先评优的重要依据。")


def build(t: Table, path: Path) -> None:
    import openpyxl
    from openpyxl.styles import Alignment, Font

    ncols = len(HEADER)
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "水利站党支部考核细则"
    center = Alignment(horizontal="center", vertical="center", wrap_text=True)
    wrap = Alignment(vertical="center", wrap_text=True)
    xlsx_title(ws, t.title, ncols, Font(name="方正小标宋简体", size=16), center)
    xlsx_line(ws, "考核对象：各乡镇水利站（水务站）党支部、水库管理所党支部", ncols)
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
            ws.append([number, row.indicator, row.text, row.points, row.scoring, row.method, None])
            for c in (3, 5, 6):
                ws.cell(ws.max_row, c).alignment = wrap
            for c in (1, 2, 4):
                ws.cell(ws.max_row, c).alignment = center
    xlsx_total_row(ws, t.total, 4, ncols, center)
    xlsx_borders(ws, first, ncols)
    xlsx_note(ws, NOTE, ncols, 40)
    xlsx_widths(ws, (6, 11, 52, 6, 46, 18, 7))
    wb.save(str(path))
