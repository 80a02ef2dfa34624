"""茅箭区五堰街道2025年度社区党建台账规范化检查评分表 (.xlsx), as the 街道党工委 of 湖北 十堰 茅箭区 五堰 (its 党建办 with the 社区治理办, the
网格化管理中心 and the 街道纪工委, a 检查组 going round the 社区 in November, opening the 档案盒 on the 党群服务中心's long table) checks the 台账 of
the 社区党委 in the old heart of the 车城: the 职工 宿舍 of the 二汽 (东风) built up the hillsides in the seventies, the 退休 党员 who came from
every province to build the trucks, the 百二河 that runs through the 街道 and the 党员 who walk it on Saturdays, the 网格员 with their 民情日志 and
the 在职党员 who report from the 机关 and the 厂, the 小区 without 物业 where the 楼栋长 is a 党员: a checklist printed the way the 台账 are boxed, one
row a 档案盒, whose 资料名称 is the box's short name and whose 归档要求 names the papers the box must hold and what they must show, a figure in
brackets now and then, and whose 扣分标准 begins "缺一项资料扣N分" in most rows and then scores a meeting short, a rate low or a rule broken:
组织建设类 (the 班子建设盒 with the 请示 and 批复, the 花名册 of the “两委”, the 分工文件, one 班子成员 under 35, three 后备力量 and their 档案; the
党员管理盒 with the 花名册, the 登记表, the 存根, a quarterly 比对 and the 报到率 of the 在职党员; the 发展党员盒 with the 申请书 and 谈话记录, the
登记表, the 公示 of 5个工作日 and one 积极分子 a year; the 党费盒 with the 登记表 按月, a yearly 核定, a half-yearly 公示 with its 照片 and the
回执), 组织生活类 (the “三会一课”盒 with the 记录本, the 书记's two 党课 with their 讲稿 and the 签到表; the 主题党日盒 with the 方案 and its 备案,
the 签到表, the 记录, the 照片 and the 参加率; the 组织生活会盒 with seven papers, the 谈心谈话 全覆盖 and the 民主评议; the 学习教育盒 with the 学习
计划, a monthly 集中学习, 32学时 and the 送学上门), 服务治理类 (the 先锋岗盒 with the 设岗定责 名单, the 年初 承诺书, the 践诺 记录, the 年底 评诺 and
its 照片 and the 覆盖率; the 网格盒 with the 划分图, the 名册, 20 走访 a month and the 办结率; the 志愿服务盒 with the 名册, a monthly 志愿服务 on the
百二河 and four a year for each 在职党员; the 共建盒 with five 协议, the 名单, a quarterly 联席会议 and the 清单; the 公开盒 with a quarterly 公开,
the 照片 and the 会议记录) and 阵地保障类 (the 阵地盒 with the 值班表, the 登记簿, the 清单 and the 值班; the 计划总结盒 with the 年初 计划, the
责任书, the 半年小结, the 年终 总结 and the 述职 with its 满意度; a last row on the 台账 themselves: 目录, 备份, 分盒 and 专人).

A merged title row, a merged "检查对象：五堰街道所辖各社区党委" line and a merged "社区名称： 检查人： 检查日期：" line above the header 档案类别 |
盒号 | 资料名称 | 归档要求 | 分值 | 扣分标准 | 检查得分. The categories are MERGED CELLS down the 档案类别 column (FIRST), printed WITH an ordinal
and their points on one line, "一、组织建设类（24分）". 盒号 (SECOND column) runs 1..16 through the whole sheet, NOT restarting under the categories. 资料名称 is the
box's short name (`Row.indicator`); 归档要求 names the papers and what they must show (`Row.text`). 分值 is a plain number BEFORE the 扣分标准.
检查得分 is blank. A 合计 row of 100 and a merged 说明 row close the sheet. Counts in figures and Chinese numerals, nearly all in brackets or
clauses of the 归档要求 ("不少于1名", "不少于3名", "每季度…比对一次", "100%", "不少于5个工作日", "年内…不少于1名", "按月登记", "每年核定一次",
"每半年公示一次", "支部委员会每月1次、党员大会每季度1次、党小组会每月1次、党课每季度1次", "每年讲党课不少于2次", "每月固定开展", "百分之
八十", "全覆盖", "每月不少于1次", "每年不少于32学时", "年初", "年底", "每月入户走访不少于20户", "百分之九十五", "每月开展一次", "每年参加…不少于
4次", "不少于5家", "每季度召开一次", "每季度公开一次", "工作日全天", "年初", "半年", "年终", "百分之八十五"); "百分之九十" only in the 扣分
标准; "缺一项资料扣0.5分" thirteen times, "缺一项资料扣1分" twice, once "缺一项资料扣0.5分，最高扣3分"; "最高扣" caps; "酌情扣0.5分" once and
"酌情扣0.5-1分" once; no bands; no 一票否决; five plain "本项不得分".
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
    name="zzzza_shiyan_wuyan_shequ_taizhang_xlsx",
    fmt="xlsx",
    title="茅箭区五堰街道2025年度社区党建台账规范化检查评分表",
    numbering="printed",
    sections=(
        Section("组织建设类", "一、组织建设类（24分）", 24, (
            Row("社区党委换届选举请示及批复、社区“两委”班子成员花名册、班子成员分工文件；班子成员中35周岁以下的不少于1名；储备社区后备力量不少于"
                "3名，建立后备力量培养档案。", 6,
                "缺一项资料扣0.5分；班子成员中无35周岁以下成员的扣1分；后备力量每少1名扣0.5分；未建立培养档案的扣0.5分；未按期换届的，本项"
                "不得分。", indicator="班子建设盒"),
            Row("党员花名册、流动党员登记表、组织关系转接介绍信存根；党员信息每季度与全国党员管理信息系统比对一次；在职党员到社区报到登记表，报到率"
                "达到100%。", 6,
                "缺一项资料扣0.5分；比对每少1次扣0.2分；报到率每低5个百分点扣0.5分，最高扣1.5分；花名册与系统信息不一致的，每人扣0.1分，最高扣"
                "1分。", indicator="党员管理盒"),
            Row("入党申请书及谈话记录、入党积极分子培养考察登记表、发展对象公示材料（公示期不少于5个工作日）；年内确定入党积极分子不少于1名。", 6,
                "缺一项资料扣0.5分；未确定入党积极分子的扣1分；公示不足5个工作日的扣1分；违反程序发展党员的，本项不得分。", indicator="发展党员盒"),
            Row("党费收缴登记表（按月登记）、党费交纳基数核定表（每年核定一次）、党费收缴情况公示照片（每半年公示一次）、党费上缴回执。", 6,
                "缺一项资料扣0.5分；党员未按月交纳党费的，每人次扣0.1分，最高扣1分；未核定基数的扣0.5分；公示每少1次扣0.5分。", indicator="党费管理盒"),
        )),
        Section("组织生活类", "二、组织生活类（32分）", 32, (
            Row("“三会一课”记录本（支部委员会每月1次、党员大会每季度1次、党小组会每月1次、党课每季度1次）；社区党委书记每年讲党课不少于2次，讲稿"
                "归档；会议签到表。", 10,
                "缺一项资料扣1分；“三会一课”每少1次扣0.5分，最高扣4分；书记讲党课每少1次扣1分；记录时间、地点、人员、议题等要素不全的，每次扣0.2"
                "分，最高扣1分；发现补记、代签的，本项不得分。", indicator="“三会一课”盒"),
            Row("主题党日活动方案、签到表、活动记录、活动照片；每月固定开展主题党日，活动主题明确，方案提前报街道党工委备案；党员参加率不低于百分之"
                "八十。", 8,
                "缺一项资料扣0.5分；主题党日每少1次扣0.5分，最高扣3分；方案未备案的，每次扣0.1分，最高扣1分；参加率低于80%的，每次扣0.2分，最高"
                "扣1分；活动主题不明确、内容与方案不符的，酌情扣0.5分。", indicator="主题党日盒"),
            Row("组织生活会方案、谈心谈话记录（班子成员之间、班子成员与党员之间谈心谈话全覆盖）、征求意见汇总表、对照检查材料、会议记录、民主评议"
                "党员测评表、整改清单。", 8,
                "缺一项资料扣0.5分，最高扣3分；全年未召开组织生活会的扣4分；谈心谈话未全覆盖的，每缺1人扣0.2分，最高扣1分；未开展民主评议党员的"
                "扣1分。", indicator="组织生活会盒"),
            Row("年度学习计划、集中学习记录（每月不少于1次）、党员学时登记表（每名党员每年不少于32学时）、老党员送学上门登记表。", 6,
                "缺一项资料扣0.5分；集中学习每少1次扣0.3分，最高扣1.5分；学时不足的，每人扣0.1分，最高扣1分。", indicator="学习教育盒"),
        )),
        Section("服务治理类", "三、服务治理类（30分）", 30, (
            Row("党员设岗定责名单（有劳动能力的党员每人认领1个岗位）、年初党员公开承诺书、践诺情况记录、年底评诺结果公示照片。", 6,
                "缺一项资料扣0.5分；设岗定责覆盖率低于百分之九十的扣1分；承诺事项空泛、未结合岗位的，酌情扣0.5-1分；年底未开展评诺的扣1分。",
                indicator="先锋岗盒"),
            Row("网格划分图、网格员和楼栋长名册、民情日志（网格员每月入户走访不少于20户）、群众诉求受理办结台账（办结率达到百分之九十五）。", 8,
                "缺一项资料扣0.5分；走访不足的，每人每月扣0.1分，最高扣1.5分；办结率每低1个百分点扣0.2分，最高扣2分；民情日志照抄照搬、内容空泛"
                "的，每本扣0.2分，最高扣1分。", indicator="网格管理盒"),
            Row("党员志愿服务队名册、志愿服务活动记录（每月开展一次“守护百二河”等志愿服务）、在职党员志愿服务登记表（每人每年参加不少于4次）。", 6,
                "缺一项资料扣0.5分；志愿服务每少1次扣0.3分，最高扣2分；在职党员志愿服务不足4次的，每人扣0.1分，最高扣1分。", indicator="志愿服务盒"),
            Row("共驻共建协议（与辖区单位签订不少于5家）、“大党委”成员单位名单、联席会议记录（每季度召开一次）、共建项目清单。", 5,
                "缺一项资料扣0.5分；共建协议每少1家扣0.3分；联席会议每少1次扣0.5分。", indicator="共驻共建盒"),
            Row("党务、居务公开登记表（每季度公开一次）、公开栏照片、社区重大事项党委会议研究记录。", 5,
                "缺一项资料扣0.5分；公开每少1次扣0.5分；重大事项未经社区党委研究决定的，每件扣1分。", indicator="党务公开盒"),
        )),
        Section("阵地保障类", "四、阵地保障类（14分）", 14, (
            Row("党群服务中心值班表、活动场所使用登记簿、便民服务事项清单；党群服务中心工作日全天开放。", 5,
                "缺一项资料扣0.5分；检查时无人值班的扣1分；场所闲置或挪作他用的，本项不得分。", indicator="阵地管理盒"),
            Row("年初党建工作计划、党建工作责任书、半年工作小结、年终工作总结、书记抓党建述职报告及测评表（满意度不低于百分之八十五）。", 6,
                "缺一项资料扣1分；述职测评满意度低于85%的扣1分。", indicator="计划总结盒"),
            Row("台账总目录、电子台账备份；台账按年度、类别分盒存放，明确专人管理。", 3,
                "缺一项资料扣0.5分；未分盒存放或无专人管理的扣0.5分；突击补做、弄虚作假的，本项不得分。", indicator="台账管理"),
        )),
    ),
)

HEADER = ["档案类别", "盒号", "资料名称", "归档要求", "分值", "扣分标准", "检查得分"]
NOTE = ("说明：1.本表由街道党工委于11月组织检查，以2025年1月1日至检查之日形成的原始资料为准，复印件、补做材料不予认定；2.各项扣分以该项分值为限，"
        "扣完为止；3.盒脊统一标注年度、档案类别、盒号和资料名称，电子台账与纸质台账同步更新；4.检查得分90分以上的为“规范”，75—89分的为“基本"
        "规范”，75分以下的为“不规范”，限期一个月整改，检查结果纳入社区党组织年度考核。")


def build(t: Table, path: Path) -> None:
    import openpyxl
    from openpyxl.styles import Alignment, Font

    ncols = len(HEADER)
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "台账检查"
    center = Alignment(horizontal="center", vertical="center", wrap_text=True)
    wrap = Alignment(vertical="center", wrap_text=True)
    xlsx_title(ws, t.title, ncols, Font(name="方正小标宋简体", size=16), center)
    xlsx_line(ws, "检查对象：五堰街道所辖各社区党委", ncols)
    xlsx_line(ws, "社区名称：                检查人：                检查日期：", ncols)
    xlsx_header(ws, HEADER, ncols)
    first = ws.max_row
    number = 0
    for s in t.sections:
        top = ws.max_row + 1
        for i, row in enumerate(s.rows):
            number += 1
            ws.append([s.printed if i == 0 else None, number, row.indicator, row.text, row.points, row.scoring, None])
            for c in (4, 6):
                ws.cell(ws.max_row, c).alignment = wrap
            for c in (2, 3, 5):
                ws.cell(ws.max_row, c).alignment = center
        xlsx_merge_down(ws, 1, top, ws.max_row, center)
    xlsx_total_row(ws, t.total, 5, ncols, center)
    xlsx_borders(ws, first, ncols)
    xlsx_note(ws, NOTE, ncols, 60)
    xlsx_widths(ws, (12, 6, 14, 50, 6, 50, 8))
    wb.save(str(path))
