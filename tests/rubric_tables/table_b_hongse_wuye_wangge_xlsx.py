"""东湖街道2026年度党建引领基层治理暨“红色物业”建设考核评分表 (.xlsx), as a 街道党工委 sends it to its 社区党委.

A merged title row and a "考核对象：… 考核周期：…" row above the header 序号 | 考核项目 | 考核内容 | 分值 | 评分标准 |
考核方式 | 考核得分. 考核项目 (the category) is merged down its rows and printed with its ordinal but without points
("一、组织体系引领"): the category's points stand only in the "小计" row closing each category (小计 merged across
序号…考核内容, its points under 分值). 序号 runs 1..N across the categories. 考核内容 cells are long sentences joining
several meetings, deadlines and figures with "，" and "；" (联席会议、共建单位、志愿服务时长、居民议事会, 每两个月 /
每半年 / 每季度 / 全年累计 / 不少于N次); 评分标准 holds the deduction rules (some as bands); 考核方式 is one or two of
查阅资料 / 实地查看 / 问卷调查 / 座谈了解. 考核得分 is blank. A 合计 row and a 注 row close the sheet.
"""

from __future__ import annotations

from pathlib import Path

from .model import Row, Section, Table, _fmt  # noqa: F401

TABLE = Table(
    name="b_hongse_wuye_wangge_xlsx",
    fmt="xlsx",
    title="东湖街道2026年度党建引领基层治理暨“红色物业”建设考核评分表",
    numbering="printed",
    sections=(
        Section("组织体系引领", "一、组织体系引领", 20, (
            Row("健全“社区党委—网格党支部—楼栋党小组”组织体系，网格党支部覆盖率达到100%，每个网格配备1名网格党建指导员；"
                "网格党支部每两个月召开1次支部委员会研究网格治理事项，楼栋党小组每季度至少开展1次活动。", 6,
                "网格党支部每少覆盖1个网格扣0.5分；网格党支部委员会每少开1次扣0.3分，最多扣2分；楼栋党小组活动每少1次扣0.2分。",
                "查阅资料、实地查看"),
            Row("建立社区党委牵头，驻区单位、物业服务企业、业主委员会参加的“红色物业”联席会议制度，联席会议每两个月召开1次，"
                "议题在会前征求居民意见，会议形成的事项清单须在15个工作日内办结并向居民反馈。", 5,
                "未建立联席会议制度的扣1分；联席会议每少开1次扣0.5分；事项清单未按期办结或未反馈的，每项扣0.2分，最多扣1分。",
                "查阅资料"),
            Row("推动物业服务企业党组织应建尽建，物业服务企业党的组织覆盖率达到80%以上，辖区物业服务企业全部与社区党委签订"
                "党建共建协议，实行“双向进入、交叉任职”，业委会成员中党员比例不低于50%。", 5,
                "物业服务企业党组织覆盖率每低5个百分点扣0.5分；每有1家物业服务企业未签订共建协议扣0.5分；业委会党员比例低于50%"
                "的扣1分。",
                "查阅资料、座谈了解"),
            Row("社区党委书记每季度听取1次网格党支部书记工作汇报，年终对网格党支部书记进行考评，考评结果在党员大会上通报。", 4,
                "听取汇报每少1次扣0.5分；未开展年终考评的扣1分；考评结果未通报的扣0.5分。",
                "查阅资料"),
        )),
        Section("共建共治", "二、共建共治", 25, (
            Row("深化区域化党建，与驻区机关、企事业单位党组织签订共建协议不少于5家，建立需求、资源、项目“三张清单”，每半年"
                "召开1次共建单位联席会议，全年联合开展共建活动不少于6次。", 6,
                "共建协议每少1家扣0.5分；无“三张清单”的扣1分；联席会议每少开1次扣1分；共建活动每少1次扣0.3分。",
                "查阅资料、座谈了解"),
            Row("健全居民议事会制度，居民议事会每两个月至少召开1次，涉及居民切身利益的重大事项须经议事会协商，协商结果在10日内"
                "通过公示栏、微信群向居民公开；全年协商解决小区治理难题不少于4件。", 6,
                "无议事会制度的扣1分；议事会每少开1次扣0.5分；协商结果未公开的每次扣0.3分；协商解决难题每少1件扣0.5分。",
                "查阅资料、座谈了解"),
            Row("推动在职党员到社区报到、到网格认领岗位，报到率达到100%；报到党员每人每年参加社区志愿服务全年累计不少于20小时，"
                "每季度至少参加1次网格服务活动，服务时长每月在志愿服务平台登记。", 6,
                "报到率每低1个百分点扣0.2分；志愿服务时长不足20小时的，每人扣0.1分，最多扣2分；服务时长未按月登记的扣1分。",
                "查阅资料"),
            Row("组建党员志愿服务队不少于3支，围绕助老助残、环境整治、平安巡防等每月开展1次志愿服务活动，活动有记录、有照片；"
                "年底评选优秀志愿者并予以表扬。", 4,
                "志愿服务队每少1支扣0.5分；志愿服务活动每少1次扣0.3分；无活动照片的扣0.5分。",
                "查阅资料、实地查看"),
            Row("建立“街道吹哨、部门报到”响应机制，网格内发现的问题须在24小时内上报、7日内办结，群众诉求按期办结率达到95%。", 3,
                "按期办结率达到95%以上得3分，90%—95%得2分，85%—90%得1分，低于85%不得分。",
                "查阅资料"),
        )),
        Section("网格治理", "三、网格治理", 25, (
            Row("网格员和网格党建指导员每日巡查网格，每月对网格内独居老人、困难家庭等重点人群走访不少于1次，建立重点人群台账"
                "并实行动态更新。", 5,
                "无重点人群台账的扣1分；重点人群走访每少1次扣0.2分，最多扣2分；台账未及时更新的酌情扣0.5—1分。",
                "查阅资料、实地查看"),
            Row("网格党支部每月召开1次民情分析会，梳理网格内矛盾纠纷和安全隐患，形成问题清单并明确责任人和办结时限；矛盾纠纷"
                "化解率不低于90%。", 5,
                "民情分析会每少1次扣0.3分；无问题清单的扣1分；化解率每低1个百分点扣0.2分，最多扣2分。",
                "查阅资料"),
            Row("开展“网格议事日”活动，每两个月在网格内召开1次居民恳谈会，全年居民参与不少于200人次，恳谈会意见建议办结情况"
                "在下一次恳谈会上反馈。", 5,
                "恳谈会每少1次扣0.5分；参与人次不足的扣1分；意见建议未反馈的扣1分。",
                "查阅资料、座谈了解"),
            Row("网格内全年未发生重大刑事案件、重大安全生产事故和群体性事件，信访问题就地化解，无越级上访。", 5,
                "发生重大刑事案件、重大安全事故或群体性事件的，本项不得分；发生越级上访的，每起扣1分。",
                "座谈了解"),
            Row("推进智慧网格建设，网格事项通过信息平台流转，平台事件按期办结率达到90%以上；网格员每季度参加1次业务培训，"
                "每人每年培训不少于16学时。", 5,
                "办结率90%以上得2分，80%—90%得1分，低于80%不得分；业务培训每少1次扣0.5分；培训学时不足的每人扣0.2分，"
                "最多扣1分。",
                "查阅资料"),
        )),
        Section("红色物业", "四、红色物业", 18, (
            Row("建立小区“红色物业”党群服务驿站，物业服务企业每季度向社区党委报告1次物业服务情况，每年年初报送年度服务计划、"
                "年底提交服务履约情况报告，物业服务收支情况每半年在小区公示栏公示1次。", 6,
                "未建立服务驿站的扣1分；季度报告每少1次扣0.5分；年度服务计划、履约报告每缺1项扣1分；收支情况未按半年公示的，"
                "每次扣0.5分。",
                "查阅资料、实地查看"),
            Row("物业服务企业党员亮身份、亮承诺，设立党员先锋岗不少于2个，物业项目负责人参加社区党委组织的学习每年不少于4次，"
                "物业服务企业党员全部参加社区组织生活。", 6,
                "党员先锋岗每少1个扣0.5分；参加学习每少1次扣0.5分；物业党员未参加组织生活的，每人次扣0.2分。",
                "实地查看、查阅资料"),
            Row("物业服务企业每月至少组织1次“物业开放日”或“红色议事”活动，居民投诉在48小时内响应，物业投诉办结率不低于90%，"
                "业主满意度不低于85%。", 6,
                "开放日活动每少1次扣0.3分，最多扣2分；办结率低于90%的扣1分；满意度85%以上得3分，80%—85%得2分，75%—80%得1分，"
                "低于75%不得分。",
                "查阅资料、问卷调查"),
        )),
        Section("成效评价", "五、成效评价", 12, (
            Row("社区党委每半年开展1次居民满意度问卷调查，每次发放问卷不少于100份，居民对党建引领基层治理工作满意度达到90%"
                "以上。", 6,
                "问卷调查每少1次扣1分；满意度每低1个百分点扣0.3分，最多扣3分。",
                "问卷调查"),
            Row("年初制定党建引领基层治理工作计划，6月底前报送半年小结，12月底前形成年度工作总结和特色案例，并报街道党工委。", 6,
                "计划、半年小结、年度总结每缺1项扣1.5分；未报送特色案例的扣1分；逾期报送的每项扣0.5分。",
                "查阅资料"),
        )),
    ),
)

NOTE = ("注：1.各项扣分以该项分值为限，扣完为止；2.“查阅资料”以台账、会议记录、照片等佐证材料为准，“问卷调查”由街道"
        "随机抽取居民填写，“座谈了解”由考核组召开居民、党员代表座谈会；3.考核周期内发生重大负面事件的社区，不得评为优秀。")


def build(t: Table, path: Path) -> None:
    import openpyxl
    from openpyxl.styles import Alignment, Font

    header = ["序号", "考核项目", "考核内容", "分值", "评分标准", "考核方式", "考核得分"]
    ncols = len(header)
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "考核评分表"
    ws.append([t.title])
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=ncols)
    ws.cell(1, 1).font = Font(bold=True, size=16)
    ws.cell(1, 1).alignment = Alignment(horizontal="center", vertical="center")
    ws.append(["考核对象：各社区党委                                        考核周期：2026年1月1日—12月31日"])
    ws.merge_cells(start_row=2, start_column=1, end_row=2, end_column=ncols)
    ws.append(header)
    for c in range(1, ncols + 1):
        ws.cell(3, c).font = Font(bold=True)
        ws.cell(3, c).alignment = Alignment(horizontal="center", vertical="center")
    wrap = Alignment(wrap_text=True, vertical="center")
    number = 1
    for s in t.sections:
        first = ws.max_row + 1
        for i, row in enumerate(s.rows):
            ws.append([number, s.printed if i == 0 else None, row.text, row.points, row.scoring, row.method, None])
            for c in (3, 5):
                ws.cell(ws.max_row, c).alignment = wrap
            number += 1
        ws.merge_cells(start_row=first, start_column=2, end_row=ws.max_row, end_column=2)
        ws.cell(first, 2).alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
        ws.append(["小计", None, None, s.points, None, None, None])
        ws.merge_cells(start_row=ws.max_row, start_column=1, end_row=ws.max_row, end_column=3)
        ws.cell(ws.max_row, 1).alignment = Alignment(horizontal="center")
    ws.append(["合计", None, None, t.total, None, None, None])
    ws.merge_cells(start_row=ws.max_row, start_column=1, end_row=ws.max_row, end_column=3)
    ws.cell(ws.max_row, 1).alignment = Alignment(horizontal="center")
    ws.append([NOTE])
    ws.merge_cells(start_row=ws.max_row, start_column=1, end_row=ws.max_row, end_column=ncols)
    ws.cell(ws.max_row, 1).alignment = Alignment(wrap_text=True)
    for col, width in zip("ABCDEFG", (6, 12, 60, 6, 48, 12, 9), strict=True):
        ws.column_dimensions[col].width = width
    wb.save(str(path))
