"""临江街道2026年度“红色驿站”党群服务阵地运行考核表 (.docx), as a street's 党建办 uses it to check the 红色驿站
(the 党群服务 stations the 社区 run): opening, 值班, 服务台账, activities, volunteers, what residents think.

The title (bold, centred) and a "驿站名称：… 所属社区：… 考核时间：" line above the table; columns 项目 | 考评内容 |
分值 | 评分细则 | 备注. There is no 序号 (the importer numbers items by position). The 项目 (category) is merged down its
rows and printed on one line with its points ("阵地建设（16分）"). 评分细则 mixes "达到…的得满分", "未达到的按比例得分",
"满36场的得满分，每少1场扣0.2分", a range to be given ("综合评定，得1—4分"), caps ("本项最多扣3分"), a band list
and "本项不得分". 备注 (`Row.method`) holds how or where the item is checked ("实地查看", "查阅台账", "街道随机暗访不少于
2次", "以“志愿汇”平台数据为准") and is blank in some rows. A 合计 row (合计 merged over 项目..考评内容) and a "备注："
paragraph close the document.
"""

from __future__ import annotations

from pathlib import Path

from .build_helpers import docx_grid_table, docx_title, docx_total_row, merge_cells
from .model import Row, Section, Table, _fmt

TABLE = Table(
    name="d_hongse_yizhan_zhendi_docx",
    fmt="docx",
    title="临江街道2026年度“红色驿站”党群服务阵地运行考核表",
    numbering="position",
    sections=(
        Section("阵地建设", "阵地建设（16分）", 16, (
            Row("驿站统一悬挂标识、服务公示牌，设置党员活动室、议事协商室等功能区，使用面积原则上不少于100平方米。", 5,
                "标识、公示牌齐全规范的得满分，每缺一项扣1分；功能区设置不全的扣1—2分。", "实地查看"),
            Row("服务事项清单、办事流程、值班人员信息公开上墙，每季度至少更新一次。", 4,
                "未公开的扣2分；未按季度更新的每次扣0.5分。", "实地查看"),
            Row("配备电脑、打印机、急救箱、饮水机等便民设施，设施运转正常。", 3,
                "设施每缺一项扣0.5分，本项最多扣3分。", "实地查看"),
            Row("建立驿站管理制度、值班制度和志愿者管理制度，并在醒目位置上墙。", 4,
                "每缺一项制度扣1分。", ""),
        )),
        Section("运行管理", "运行管理（30分）", 30, (
            Row("驿站每周开放不少于6天，每天开放时间不少于8小时，节假日安排人员轮流值班。", 6,
                "随机暗访发现未按时开放的，每次扣1分；无人值班的每次扣2分，本项最多扣6分。", "街道随机暗访不少于2次"),
            Row("社区工作人员、党员志愿者轮流值班，值班记录逐日填写、交接清楚。", 5,
                "无值班记录的扣3分；记录不连续的每处扣0.5分，最多扣2分。", "查阅台账"),
            Row("建立群众来访登记簿和服务台账，逐项记录群众诉求及办理结果，诉求办结率不低于95%。", 7,
                "无登记簿或服务台账的各扣1.5分；办结率达到95%的得满分，未达到的按比例得分。", "查阅台账"),
            Row("每月5日前向街道党建办报送上月驿站运行情况，含服务人次、活动场次。", 4,
                "迟报、漏报的每次扣0.5分。", ""),
            Row("运行经费专款专用，建立经费使用明细，使用情况每半年公开一次。", 4,
                "挪用经费的本项不得分；无明细的扣1分；未公开的每次扣1分。", "查阅凭证"),
            Row("每季度开展一次消防安全检查，留存检查记录和照片。", 4,
                "少检查一次扣0.5分；无照片的扣0.5分。", ""),
        )),
        Section("服务活动", "服务活动（30分）", 30, (
            Row("驿站每月开展党建、便民、文体等活动不少于3场，全年累计不少于36场。", 8,
                "全年累计满36场的得满分，每少1场扣0.2分；当月未开展活动的，每月另扣0.5分，本项最多扣8分。", "查阅活动台账"),
            Row("每场活动有通知、签到和照片，照片不少于3张。", 4,
                "资料每缺一项扣0.2分，本项最多扣2分；照片不足3张的扣0.5分。", ""),
            Row("依托驿站组建志愿服务队，注册志愿者不少于50人，其中党员志愿者占比不低于百分之三十。", 6,
                "注册志愿者每少1人扣0.1分，最多扣3分；党员占比未达到30%的扣1分。", "以“志愿汇”平台数据为准"),
            Row("党员志愿者人均服务时长全年累计不少于20小时，服务时长在“志愿汇”平台登记。", 4,
                "人均时长不足的扣2分；未在平台登记的扣1分。", ""),
            Row("打造“一站一品”服务品牌，形成典型案例。", 4,
                "由考核组综合评定，得1—4分。", "可提供佐证材料"),
            Row("每两个月至少组织1次居民议事协商会，协商事项有结果反馈。", 4,
                "少组织一次扣1分；无反馈的扣0.5分。", ""),
        )),
        Section("队伍建设", "队伍建设（12分）", 12, (
            Row("驿站设站长1名，由社区党组织班子成员兼任，配备专职工作人员不少于2名。", 4,
                "未明确站长的扣2分；专职人员每少1名扣1分。", ""),
            Row("驿站工作人员每半年参加业务培训不少于1次，每次不少于4学时。", 4,
                "少参加一次扣1分。", ""),
            Row("工作人员挂牌上岗、文明服务，无群众有效投诉。", 4,
                "发生有效投诉的每次扣1分，最多扣4分。", "查阅投诉记录"),
        )),
        Section("群众评价", "群众评价（12分）", 12, (
            Row("每半年开展一次群众满意率测评，每次发放问卷不少于100份，满意率不低于90%。", 8,
                "满意率达到90%的得满分，85%（含）—90%得6分，80%（含）—85%得4分，低于80%不得分；未开展测评的本项不得分。",
                "问卷由街道统一印制"),
            Row("驿站工作经验做法在区级以上媒体宣传报道不少于2次。", 4,
                "每少一次扣1分。", ""),
        )),
    ),
)

NOTE = ("备注：1.考核采取日常暗访与年终集中考核相结合的方式，暗访结果计入“运行管理”项；2.各项扣分不超过该项分值；"
        "3.驿站发生安全责任事故的，年度考核直接定为“不合格”。")


def build(t: Table, path: Path) -> None:
    import docx

    header = ["项目", "考评内容", "分值", "评分细则", "备注"]
    n_items = sum(len(s.rows) for s in t.sections)
    document = docx.Document()
    docx_title(document, t.title, 16)
    document.add_paragraph("驿站名称：                    所属社区：                    考核时间：2026年  月  日")
    tbl = docx_grid_table(document, 1 + n_items + 1, len(header), header)
    r = 1
    for s in t.sections:
        first = r
        for row in s.rows:
            tbl.cell(r, 1).text = row.text
            tbl.cell(r, 2).text = _fmt(row.points)
            tbl.cell(r, 3).text = row.scoring
            tbl.cell(r, 4).text = row.method
            r += 1
        merge_cells(tbl, first, 0, r - 1, 0, s.printed)
    docx_total_row(tbl, r, 2, t.total)
    document.add_paragraph(NOTE)
    document.save(str(path))
