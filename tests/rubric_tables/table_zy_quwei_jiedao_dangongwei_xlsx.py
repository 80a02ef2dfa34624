"""中共长沙市天心区委组织部2025年度街道党工委基层党建工作考核评分细则 (.xlsx), as a 湖南 区委组织部 (its 组织科 running the
年终 check, weighed with the year's 督查) scores each 街道党工委 on its 基层党建: 责任落实 (the 党工委's 专题研究, 工作要点 and
责任清单, the 书记's 述职 and 党课, the 班子's 联系点, the 社区书记' 述职评议, 意识形态 and 廉政谈话), 组织体系 (社区 换届, “一肩挑”
and young 成员, 小区 and 物业 党组织 覆盖, 软弱涣散 整顿, 社区工作者 配备 and 轮训, 发展党员 计划 and 党费), 治理效能 (“大工委”
and “大党委”, “街道吹哨、部门报到” and 接诉即办, 四级网格, 党群服务中心 and 民生实事, a 满意度 测评 in bands) and 基础保障 (社区
经费 and 薪酬, the “三湘e家” 平台, 计划小结总结 and 信息, 党建品牌).

A merged title row and a merged "考核对象：全区14个街道党工委　　组织实施：区委组织部组织科" line above the header 一级指标 | 序号 |
二级指标 | 考核内容 | 评分标准 | 分值 | 考核方式 | 得分. The categories are MERGED CELLS down the 一级指标 column (first), printed on
two lines without an ordinal, "责任落实\\n（20分）". 序号 (second column, numeric cells) RESTARTS at 1 in every category (ids
"1.1" … "4.4"). 二级指标 is a short sub-label (`Row.indicator`). 分值 (after the 评分标准) is a plain number. 考核方式
(`Row.method`) says only how the 考核组 checks (查阅…, 个别访谈, 向区纪委监委核实, 数据比对, 实地抽查, 平台核查, 第三方测评, 财务
核查); it is no 佐证 column. 得分 is blank. A 合计 row and a merged 说明 row close the sheet.
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
    name="zy_quwei_jiedao_dangongwei_xlsx",
    fmt="xlsx",
    title="中共长沙市天心区委组织部2025年度街道党工委基层党建工作考核评分细则",
    numbering="restart",
    sections=(
        Section("责任落实", "责任落实\n（20分）", 20, (
            Row("街道党工委每年专题研究基层党建工作不少于4次；年初制定基层党建工作要点和党工委班子成员责任清单；党工委书记年底向"
                "区委述职。", 6,
                "专题研究每少1次扣1分；无工作要点或责任清单的，每项扣1分；书记未述职的扣2分。", "查阅会议纪要、文件",
                indicator="主体责任"),
            Row("党工委书记每年到联系社区讲党课不少于1次，任期内走遍辖区所有社区和小区；班子成员每人联系1—2个社区，每季度到联系点"
                "调研不少于1次。", 5,
                "书记未讲党课的扣1分；班子成员调研每少1次扣0.2分，最多扣2分；联系点工作推进不力的，酌情扣1分。",
                "查阅资料、个别访谈", indicator="书记带头"),
            Row("组织辖区全部社区党组织书记开展抓基层党建述职评议，述职覆盖率100%；评议结果书面反馈到人，督促建立问题整改清单。", 5,
                "述职未全覆盖的，每少1个社区扣0.5分；未书面反馈的扣1分；无整改清单的扣1分。", "查阅资料", indicator="述职评议"),
            Row("每半年专题研判一次意识形态工作；落实“一岗双责”，党工委书记每年与班子成员、社区党组织书记廉政谈话全覆盖。", 4,
                "研判每少1次扣1分；廉政谈话未全覆盖的扣1分；街道党员干部发生严重违纪违法案件造成恶劣影响的，本项不得分。",
                "查阅资料、向区纪委监委核实", indicator="意识形态和廉政"),
        )),
        Section("组织体系", "组织体系\n（25分）", 25, (
            Row("社区党组织按期换届，社区党组织书记、居委会主任“一肩挑”比例达到100%；社区“两委”成员中35周岁以下的占比不低于"
                "20%。", 6,
                "社区党组织未按期换届的，每个扣1分；“一肩挑”比例未达100%的扣1分；35周岁以下成员占比每低5个百分点扣0.5分。",
                "查阅换届资料、数据比对", indicator="社区班子"),
            Row("具备条件的住宅小区党组织覆盖率达到100%，物业服务企业党组织覆盖率不低于60%；推动小区党组织书记通过法定程序担任"
                "业委会主任，比例不低于50%。", 6,
                "小区党组织覆盖率每低5个百分点扣1分；物业企业党组织覆盖率每低10个百分点扣0.5分；小区党组织书记担任业委会主任比例"
                "未达50%的扣1分。", "数据比对、实地抽查", indicator="小区党建"),
            Row("每年开展一次软弱涣散基层党组织排查，对排查确定的党组织落实“一名街道领导联系、一名第一书记驻点、一套方案整顿”，"
                "年内整顿转化率达到100%。", 5,
                "未开展排查的扣2分；联系领导、驻点书记、整顿方案每缺1项扣0.5分；未按期转化的，每个扣1分。", "查阅资料、实地抽查",
                indicator="整顿提升"),
            Row("社区专职工作者按每300户配备1名的标准配齐；全年组织社区工作者集中轮训不少于1次，每人年度培训不少于40学时；社区党"
                "组织书记全员参加区级示范培训。", 4,
                "配备不足的扣1分；未开展集中轮训的扣2分；学时不足的，每人扣0.1分，最多扣1分。", "查阅资料、数据比对",
                indicator="社工队伍"),
            Row("年度发展党员计划完成率达到100%，35周岁以下发展对象占比不低于40%；流动党员“双向联系”落实，党费收缴、使用、管理"
                "规范。", 4,
                "计划完成率每低10个百分点扣0.5分；35周岁以下发展对象占比未达标的扣0.5分；党费收缴管理不规范的扣1分。",
                "查阅资料、数据比对", indicator="党员队伍"),
        )),
        Section("治理效能", "治理效能\n（35分）", 35, (
            Row("健全街道“大工委”、社区“大党委”，吸纳驻区单位党组织负责人担任兼职委员；街道“大工委”每半年召开一次联席会议，年内"
                "形成共建项目不少于10个。", 7,
                "联席会议每少1次扣1分；共建项目每少1个扣0.5分；兼职委员作用发挥不明显的，酌情扣1分。", "查阅资料、个别访谈",
                indicator="区域化党建"),
            Row("建立“街道吹哨、部门报到”工作机制，区直部门派驻力量纳入街道统一指挥调度；群众诉求响应率达到100%，按时办结率达到"
                "95%以上。", 7,
                "机制不健全的扣1分；响应率未达100%的扣1分；办结率每低1个百分点扣0.5分，最多扣3分。", "平台核查、数据比对",
                indicator="吹哨报到"),
            Row("推行“街道党工委—社区党委—网格党支部—楼栋党小组”四级网格体系，网格党组织覆盖率达到100%；每个网格配备1名专职网格员，"
                "网格员中党员比例不低于50%。", 6,
                "网格党组织覆盖率每低5个百分点扣1分；专职网格员配备不到位的扣1分；网格员党员比例每低10个百分点扣0.5分。",
                "数据比对、实地抽查", indicator="网格治理"),
            Row("统筹推进党群服务中心规范化建设，社区党群服务中心面积不低于500平方米、办公面积占比不超过30%；全年实施民生实事项目"
                "不少于20件。", 7,
                "党群服务中心建设不达标的，每个社区扣0.5分，最多扣2分；民生实事每少1件扣0.2分。", "实地抽查、查阅资料",
                indicator="为民服务"),
            Row("区委组织部委托第三方对街道基层党建工作开展群众满意度测评。", 8,
                "满意度95%以上的得8分；90%（含）—95%的得6分；85%（含）—90%的得4分；80%（含）—85%的得2分；80%以下的不得分。",
                "第三方测评", indicator="群众评价"),
        )),
        Section("基础保障", "基础保障\n（20分）", 20, (
            Row("社区工作经费每年不低于20万元、服务群众专项经费每年不低于10万元，足额拨付到位；社区工作者薪酬待遇按规定落实。", 6,
                "经费未足额拨付的，每个社区扣1分，最多扣3分；薪酬待遇未落实的扣2分。", "财务核查", indicator="经费保障"),
            Row("依托“三湘e家”平台规范组织生活管理，社区党组织“三会一课”等组织生活平台录入率达到95%以上；街道每季度通报一次平台"
                "使用情况。", 5,
                "录入率每低5个百分点扣0.5分；通报每少1次扣0.5分。", "平台核查", indicator="智慧党建"),
            Row("年初报送年度基层党建工作计划，年中报送半年工作小结，年底报送年度工作总结；全年向区委组织部报送党建信息不少于12条，"
                "被市级以上采用不少于2条。", 5,
                "计划、小结、总结每迟报1项扣0.5分，每缺报1项扣1分；信息每少1条扣0.2分；市级以上采用每少1条扣0.5分。", "查阅资料",
                indicator="计划信息"),
            Row("聚焦城市基层党建重点难点开展创新实践，年内打造1个以上街道党建品牌，经验做法被区级以上推广。", 4,
                "无党建品牌的扣2分；经验做法未被区级以上推广的扣1分。", "查阅资料", indicator="创新品牌"),
        )),
    ),
)

HEADER = ["一级指标", "序号", "二级指标", "考核内容", "评分标准", "分值", "考核方式", "得分"]
NOTE = ("说明：1.本细则由区委组织部组织实施，年终考核（占70%）与平时督查（占30%）相结合计分；2.各项扣分以该项分值为限，扣完为止；"
        "3.街道辖区发生重大群体性事件，或党员干部严重违纪违法造成恶劣影响的，考核等次不得评为“好”；4.考核结果作为街道党工委书记"
        "抓基层党建述职评议等次确定的重要依据。")


def build(t: Table, path: Path) -> None:
    import openpyxl
    from openpyxl.styles import Alignment, Font

    ncols = len(HEADER)
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "街道党工委考核"
    center = Alignment(horizontal="center", vertical="center", wrap_text=True)
    wrap = Alignment(vertical="center", wrap_text=True)
    xlsx_title(ws, t.title, ncols, Font(name="方正小标宋简体", size=16), center)
    xlsx_line(ws, "考核对象：全区14个街道党工委　　组织实施：区委组织部组织科", ncols)
    xlsx_header(ws, HEADER, ncols)
    first = ws.max_row
    for s in t.sections:
        top = ws.max_row + 1
        for number, row in enumerate(s.rows, 1):
            ws.append([s.printed if number == 1 else None, number, row.indicator, row.text, row.scoring, row.points,
                       row.method, None])
            for c in (4, 5, 7):
                ws.cell(ws.max_row, c).alignment = wrap
            for c in (2, 3, 6):
                ws.cell(ws.max_row, c).alignment = center
        xlsx_merge_down(ws, 1, top, ws.max_row, center)
    xlsx_total_row(ws, t.total, 6, ncols, center)
    xlsx_borders(ws, first, ncols)
    xlsx_note(ws, NOTE, ncols, 46)
    xlsx_widths(ws, (11, 6, 12, 50, 46, 6, 16, 7))
    wb.save(str(path))
