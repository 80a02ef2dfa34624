"""中共上海市静安区彭浦新村街道工作委员会2025年度居民区党组织书记抓基层党建工作述职评议评分表 (.xlsx), as a 上海 街道党工委 (its
党建办 with the 社区自治办, the 平安办 and the 12345 工单 data, a 评议组 of 党工委 班子成员, 职能部门 and 居民区 代表 sitting in
January while each 书记 reports) scores each 居民区党总支（党支部）书记 in 上海's own words on 履行第一责任人职责 (the 年初 计划 and
书记项目 with the 年底 总结, the 书记's 党课 and three days of 轮训, 谈心谈话 and the 整改清单 of last year's 点评), 抓班子带队伍 (the
“两委” with two under 45 and the 党员 占比 of the 居委会, “三会一课” entered on the 平台 with no 代签 / 补记, the 主题党日 in the “人民
城市” 实践 with its 参与率, 组织生活会 and 民主评议, 发展党员 every two years, 党费 and the 在职党员 报到率), 抓党建引领社区治理 (the
monthly “四位一体” 联席会议 with the 业委会's 党员比例 and its 换届, the 听证会 / 协调会 / 评议会 “三会” six times a year with the
公示, “美丽家园”, 加装电梯 and the 垃圾分类 实效测评 with a 党员 in every 楼组, the “一网统管” 工单 with the 办结率 and 先行联系率, the
人民建议征集 with five 建议 and one 采纳, the “家门口” 服务站 with “全岗通” and three 实事), 述职报告及现场述职 (the 报告 with at least
three 问题, the 8分钟 现场述职 and the 提问) and 民主测评 (the “好” and “较好” 票 in bands, the 综合评议 等次).

A merged title row, a merged "评议对象：街道所属各居民区党总支（党支部）书记" line and a merged "述职人：…  所在居民区：…  评议时间：
2026年1月" line above the header 序号 | 评议要点 | 评分细则 | 分值 | 备查资料 | 评委评分 (分值 AFTER the 评分细则). The categories are
SECTION ROWS merged across the sheet, printed with an ordinal on one line, "一、履行第一责任人职责（15分）". 序号 (first column, numeric
cells) RESTARTS at 1 under every section row (ids "1.1" … "5.2"). 分值 is a plain number. 备查资料 (`Row.method`) names the papers the
居民区 lays out for the 评议组 (once a way of checking, 现场评议): a 佐证 column. 评委评分 is blank. A 合计 row and a merged 说明 row close
the sheet. The 测评 bands sit in the 评分细则; one item is scored by the 综合评议 等次; counts partly in Chinese numerals ("百分之五十",
"每年…一次"); "最高扣" caps; the 现场述职 has a time limit ("8分钟以内").
"""

from __future__ import annotations

from pathlib import Path

from .build_helpers import xlsx_borders, xlsx_header, xlsx_line, xlsx_note, xlsx_title, xlsx_total_row, xlsx_widths
from .model import Row, Section, Table

TABLE = Table(
    name="zzl_jingan_juminqu_shuji_shuzhi_xlsx",
    fmt="xlsx",
    title="中共上海市静安区彭浦新村街道工作委员会2025年度居民区党组织书记抓基层党建工作述职评议评分表",
    numbering="restart",
    sections=(
        Section("履行第一责任人职责", "一、履行第一责任人职责（15分）", 15, (
            Row("书记认真履行抓基层党建第一责任人职责，年初制定居民区党建工作计划，确定1个书记抓党建项目，年底形成工作总结。", 5,
                "无年度工作计划的扣1分；未确定书记项目的扣1分；无年度工作总结的扣1分；书记项目推进不力、成效不明显的，酌情扣1—2分。",
                "工作计划、项目书、工作总结"),
            Row("书记带头学习，每年为居民区党员讲党课不少于1次；每年参加区委组织部、街道党工委组织的集中轮训不少于3天。", 5,
                "未讲党课的扣2分；轮训时间每少1天扣0.5分。", "党课讲稿、培训通知"),
            Row("书记与居民区党组织班子成员和居委会、业委会、物业服务企业中的党员谈心谈话每年全覆盖；上年度述职评议中点评指出的问题"
                "形成整改清单，逐项整改销号。", 5,
                "谈心谈话未全覆盖的扣1分；未形成整改清单的扣1分；点评问题整改不到位的，每项扣1分。", "谈心谈话记录、整改清单"),
        )),
        Section("抓班子带队伍", "二、抓班子带队伍（20分）", 20, (
            Row("居民区党组织和居委会班子配备齐全，“两委”成员中45周岁以下的不少于2名，居委会成员中党员占比不低于百分之五十；班子团结"
                "协作、分工明确。", 5,
                "班子成员缺额超过3个月未补齐的扣1分；45周岁以下成员每少1名扣0.5分；党员占比未达到50%的扣1分；班子不团结、内耗严重的，"
                "本项不得分。", "“两委”成员名册"),
            Row("严格落实“三会一课”制度，居民区党总支（党支部）委员会每月召开1次，党员大会每季度召开1次，党小组会每月召开1次，党课"
                "每季度1次；会议情况按要求录入党建信息平台。", 6,
                "“三会一课”每缺1次扣0.5分，最高扣4分；平台录入不及时的，每次扣0.2分，最高扣1分；会议记录代签、补记的，每次扣1分。",
                "会议记录、平台截图"),
            Row("每月开展一次主题党日活动，组织党员参加“人民城市”建设实践，党员参与率不低于百分之八十；每年召开一次组织生活会，开展"
                "民主评议党员。", 5,
                "主题党日每缺1次扣0.5分；参与率每低5个百分点扣0.5分；未召开组织生活会的扣2分；未开展民主评议党员的扣1分。",
                "活动记录、签到表、会议记录"),
            Row("注重从社区工作者、楼组长、志愿者骨干中发展党员，每两年至少发展1名；党员按月交纳党费；在职党员到居住地居民区报到率"
                "达到100%。", 4,
                "两年内未发展党员的扣1分；党费未按月交纳的，每人次扣0.1分；报到率每低1个百分点扣0.1分，最高扣1分。",
                "发展党员档案、党费收缴台账、报到名册"),
        )),
        Section("抓党建引领社区治理", "三、抓党建引领社区治理（30分）", 30, (
            Row("健全居民区党组织领导下的居委会、业委会、物业服务企业协调运行机制，每月召开一次“四位一体”联席会议；业委会成员中党员"
                "比例达到百分之五十以上，业委会按期换届。", 6,
                "联席会议每缺1次扣0.5分；业委会党员比例每低10个百分点扣0.5分；业委会未按期换届的扣1分；物业矛盾处置不当引发群体性"
                "事件的，本项不得分。", "联席会议记录、业委会成员名单"),
            Row("落实听证会、协调会、评议会“三会”制度，全年召开“三会”不少于6次；涉及居民切身利益的公共事务先听证、后决策，决策结果"
                "公示。", 5,
                "“三会”每少1次扣0.5分；重大公共事务未经听证即决策的，每项扣1分；决策结果未公示的，每次扣0.5分。",
                "“三会”记录、公示照片"),
            Row("党员带头参与“美丽家园”建设、加装电梯和生活垃圾分类，每个楼组至少有1名党员楼组长或党员骨干；居民区生活垃圾分类实效"
                "测评达到“达标”等次。", 5,
                "楼组党员骨干未覆盖的，每个楼组扣0.2分，最高扣1分；垃圾分类实效测评未达标的，每次扣1分；加装电梯等民生项目推进中矛盾"
                "调处不力的，酌情扣1—2分。", "楼组党员名单、测评通报"),
            Row("依托“一网统管”平台及时发现、处置居民区各类问题，12345市民服务热线工单按时办结率达到95%以上，诉求人先行联系率"
                "100%。", 5,
                "按时办结率每低1个百分点扣0.2分；先行联系率每低1个百分点扣0.2分；工单被市、区两级督办的，每件扣0.5分。", "工单系统数据"),
            Row("开展人民建议征集，居民区每年报送人民建议不少于5条，年内至少有1条被区级以上部门采纳。", 4,
                "报送每少1条扣0.5分；无建议被采纳的扣1分。", "建议报送台账"),
            Row("居民区“家门口”服务站落实“全岗通”，工作日全天开放、双休日至少开放半天；每年为居民办理实事项目不少于3个。", 5,
                "“全岗通”落实不到位的扣1分；双休日未开放的，经抽查每次扣0.5分；实事项目每少1个扣1分。", "值班表、实事项目清单"),
        )),
        Section("述职报告及现场述职", "四、述职报告及现场述职（15分）", 15, (
            Row("述职报告紧扣抓基层党建工作职责，内容具体、数据准确；查找问题不少于3条且具体深入，整改措施有针对性；按时报送街道党建办。",
                8,
                "未按时报送的扣1分；查找问题少于3条的，每少1条扣1分；问题查摆避重就轻、整改措施空泛的，酌情扣1—3分。", "述职报告"),
            Row("现场述职时间控制在8分钟以内，脱稿或半脱稿述职，重点突出、表达清楚；对评议组现场提问回答准确、到位。", 7,
                "述职超时的扣1分；照本宣科的扣1分；回答问题不准确、不到位的，酌情扣1—2分。", "现场评议"),
        )),
        Section("民主测评", "五、民主测评（20分）", 20, (
            Row("街道党工委组织居民区党员代表、居民代表、驻区单位代表对书记履职情况进行民主测评，“好”和“较好”票合计占比达到90%以上。",
                10,
                "“好”和“较好”票占比95%以上的得10分；90%（含）至95%的得8分；80%（含）至90%的得5分；70%（含）至80%的得2分；70%以下的"
                "不得分。", "民主测评表"),
            Row("街道党工委班子成员和党建办、社区自治办、平安办等职能部门对书记抓党建工作进行综合评议，评议等次为“好”。", 10,
                "评议为“较好”等次的扣3分，为“一般”等次的扣6分，为“差”等次的本项不得分。", "综合评议表"),
        )),
    ),
)

HEADER = ["序号", "评议要点", "评分细则", "分值", "备查资料", "评委评分"]
NOTE = ("说明：1.述职评议由街道党工委于次年1月组织，采取书记现场述职、评委现场提问、民主测评和综合评议相结合的方式；2.各项扣分以该项"
        "分值为限，扣完为止；3.评议得分90分以上为“好”，80分（含）至90分为“较好”，60分（含）至80分为“一般”，60分以下为“差”；4.评议"
        "结果作为居民区党组织书记年度考核和选拔使用的重要依据，评议为“差”等次的，由街道党工委主要负责同志约谈。")


def build(t: Table, path: Path) -> None:
    import openpyxl
    from openpyxl.styles import Alignment, Font

    ncols = len(HEADER)
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "书记述职评议"
    center = Alignment(horizontal="center", vertical="center", wrap_text=True)
    wrap = Alignment(vertical="center", wrap_text=True)
    xlsx_title(ws, t.title, ncols, Font(name="方正小标宋简体", size=15), center)
    xlsx_line(ws, "评议对象：街道所属各居民区党总支（党支部）书记", ncols)
    xlsx_line(ws, "述职人：              所在居民区：                    评议时间：2026年1月", ncols)
    xlsx_header(ws, HEADER, ncols)
    first = ws.max_row
    for s in t.sections:
        xlsx_line(ws, s.printed, ncols)
        ws.cell(ws.max_row, 1).font = Font(bold=True)
        for number, row in enumerate(s.rows, 1):
            ws.append([number, row.text, row.scoring, row.points, row.method, None])
            for c in (2, 3, 5):
                ws.cell(ws.max_row, c).alignment = wrap
            for c in (1, 4):
                ws.cell(ws.max_row, c).alignment = center
    xlsx_total_row(ws, t.total, 4, ncols, center)
    xlsx_borders(ws, first, ncols)
    xlsx_note(ws, NOTE, ncols, 46)
    xlsx_widths(ws, (6, 52, 48, 6, 20, 8))
    wb.save(str(path))
