"""中共陕西佛坪国家级自然保护区管理局委员会2025年度保护站党支部党建工作考核评分表 (.xlsx), as a 秦岭 保护区 管理局党委 (its 办公室
党建 专干 with the 资源管理科, the 科研监测中心 and the 局纪委, a 考核组 going round the 保护站 in December with the 巡护APP data and a
周边社区 测评) scores each 保护站党支部 — a few 党员 站长, 护林员 and 监测员 spread over the 巡护片区 of the 大熊猫 habitat — on four heads:
党的建设 (the “第一议题” with a monthly 集中学习 and 补学 for those on patrol, “三会一课” of a 支部 too small for 党小组 with 签到表, the
monthly 主题党日 “巡护路上” with a 参加率 and 照片, 组织生活会 with 民主评议, 谈心谈话 and the 整改清单, a yearly 积极分子, 党费 and five
days of training, the 活动室 and the “秦岭卫士” 品牌 方案, 计划 / 总结 and the 资料), 资源管护 (the “党员包片” 巡护 of twenty days a month
with the 轨迹完整率, 森林防火 with 带班 值守 and a yearly 演练 with its 方案 and 照片, one rule "本项不得分并实行一票否决"; the quarterly
样线调查 and 红外相机 回收; a half-yearly 反盗猎 专项行动 with its 方案 and the 移送率; four 宣传 with 照片), 社区共建 (the 共建协议 with the
村党组织 and a quarterly 联席会议, four 走访 of each 党员's 结对户 with the 帮扶台账, a 满意度 in bands) and 作风廉政 (the half-yearly
廉政教育 and the 公示 of 生态补偿 and 护林员工资, the 纪检委员's quarterly 监督检查 with the 整改台账, a deduction-only line).

A merged title row, a merged "考核对象：局属各保护站党支部" line and a merged "保护站：…  支部书记：…  管护面积：…公顷  考核时间：…"
line above the header 考核指标 | 考核要点 | 分值 | 评分标准 | 佐证材料 | 得分. There is NO 序号: items are numbered by position (1..18).
The categories are SECTION ROWS merged across the sheet, printed with an ordinal on one line, "一、党的建设（35分）". 考核指标 (first
column) is a short sub-label (`Row.indicator`). 分值 comes BEFORE the 评分标准, a plain number. 佐证材料 (`Row.method`) names the papers
the 保护站 lays out (once a way of checking, 实地查看 / 局纪委核实, once a data source, 巡护APP轨迹数据): a 佐证 column. 得分 is blank. A
合计 row and a merged 备注 row close the sheet. The 满意度 bands sit in the 评分标准; counts partly in Chinese numerals ("每年召开一次",
"每季度…一次", "每半年…一次"); "最高扣" caps; the 巡护 is counted in days a month ("每月不少于20天"); one line is deduction-only.
"""

from __future__ import annotations

from pathlib import Path

from .build_helpers import xlsx_borders, xlsx_header, xlsx_line, xlsx_note, xlsx_title, xlsx_total_row, xlsx_widths
from .model import Row, Section, Table

TABLE = Table(
    name="zzq_foping_baohuzhan_zhibu_xlsx",
    fmt="xlsx",
    title="中共陕西佛坪国家级自然保护区管理局委员会2025年度保护站党支部党建工作考核评分表",
    numbering="position",
    sections=(
        Section("党的建设", "一、党的建设（35分）", 35, (
            Row("落实“第一议题”制度，支部每月开展1次集中学习；对野外巡护、驻点监测不能到场的党员，通过微信群推送学习内容，回站后"
                "及时补学。", 4,
                "集中学习每少1次扣0.5分；补学不落实的，酌情扣0.5分。", "学习记录", indicator="理论学习"),
            Row("支部委员会每月召开1次，党员大会每季度召开1次，党课每季度1次（党员人数较少未设党小组的，不考核党小组会）；会议记录"
                "规范。", 6,
                "“三会一课”每缺1次扣0.5分，最高扣4分；会议记录不规范的扣0.5分。", "会议记录本、签到表", indicator="“三会一课”"),
            Row("每月开展1次主题党日活动，可结合巡山护林、宣传进村开展“巡护路上的主题党日”；党员参加率不低于80%。", 5,
                "主题党日每少1次扣0.5分；参加率低于80%的，每次扣0.2分。", "活动照片、签到表", indicator="主题党日"),
            Row("每年召开一次组织生活会，开展批评和自我批评，同步开展民主评议党员；会前开展谈心谈话，会后整改清单报局党委。", 5,
                "未召开组织生活会的扣2分；未开展民主评议党员的扣1分；未开展谈心谈话的扣1分；整改清单未上报的扣1分。",
                "会议记录、整改清单", indicator="组织生活会"),
            Row("注重在护林员、监测员等一线职工中培养入党积极分子，年内至少确定1名；党员按月交纳党费；党员每年参加集中培训不少于5天。",
                5,
                "未确定入党积极分子的扣1分；党费未按月交纳的，每人次扣0.2分；培训不足5天的，每人扣0.2分。",
                "积极分子名单、党费收缴台账", indicator="党员队伍"),
            Row("保护站建有党员活动室，配备党旗、入党誓词、学习书籍；打造“秦岭卫士”支部品牌，有品牌创建方案。", 4,
                "无党员活动室的扣2分；设施不全的扣0.5分；无品牌创建方案的扣1分。", "实地查看、品牌创建方案", indicator="阵地品牌"),
            Row("年初制定支部工作计划，年底形成工作总结；党员花名册、“三会一课”记录、党费收缴台账等资料齐全，按年度归档。", 6,
                "计划、总结每缺1项扣1分；资料每缺1项扣0.5分；未按年度归档的扣0.5分。", "工作计划、工作总结", indicator="基础资料"),
        )),
        Section("资源管护", "二、资源管护（35分）", 35, (
            Row("落实“党员包片”巡护责任制，每名党员负责1个巡护片区；日常巡护每月不少于20天，巡护轨迹通过巡护APP实时上传，轨迹完整率"
                "达到95%以上。", 8,
                "党员包片未落实的扣1分；巡护天数不足的，每少1天扣0.2分，最高扣3分；轨迹完整率每低1个百分点扣0.2分。", "巡护APP轨迹数据",
                indicator="巡山护林"),
            Row("严格落实森林防火责任，防火期内党员带班24小时值守；每年组织森林防火应急演练不少于1次；辖区全年无较大森林火灾。", 7,
                "防火期值守缺岗的，每次扣0.5分；未开展演练的扣1分；发生一般森林火灾的，每起扣2分；发生较大及以上森林火灾的，本项不得分"
                "并实行一票否决。", "值班记录、演练方案、演练照片", indicator="森林防火"),
            Row("开展大熊猫、羚牛等野生动植物资源监测，每季度完成一次样线调查，红外相机数据每季度回收一次并及时整理上报。", 6,
                "样线调查每少1次扣1分；红外相机数据回收每少1次扣0.5分；数据上报不及时的扣0.5分。", "监测记录、数据报表",
                indicator="资源监测"),
            Row("联合森林公安、属地派出所开展反盗猎、清山清套专项行动，每半年不少于1次；发现违法行为及时制止、报告，案件移送率达到100%。",
                7,
                "专项行动每少1次扣1分；发现违法行为未报告的，每起扣2分；移送率未达到100%的扣1分；辖区发生盗猎珍稀野生动物案件且未及时"
                "发现的，本项不得分。", "行动方案、案件移送登记", indicator="执法协作"),
            Row("党员带头开展“爱鸟周”“世界野生动植物日”等宣传活动，每年进村入户、进校园宣传不少于4次。", 7,
                "宣传活动每少1次扣1分；无活动照片的，每次扣0.3分。", "活动照片", indicator="宣传教育"),
        )),
        Section("社区共建", "三、社区共建（15分）", 15, (
            Row("与周边村党组织开展支部共建，签订共建协议；每季度召开一次联席会议，协商解决护林防火、野生动物肇事等问题。", 6,
                "未签订共建协议的扣2分；联席会议每少1次扣0.5分；野生动物肇事补偿协调不及时引发群众投诉的，每起扣1分。",
                "共建协议、会议记录", indicator="支部共建"),
            Row("党员结对帮扶周边社区困难群众，每名党员每年走访结对户不少于4次；帮助发展林下经济、生态旅游等产业。", 5,
                "走访不足4次的，每人扣0.2分；帮扶工作无实效的，酌情扣1—2分。", "帮扶台账、走访记录", indicator="结对帮扶"),
            Row("局党委组织周边社区群众代表对保护站开展满意度测评，满意度达到90%以上。", 4,
                "满意度90%以上的得4分；80%（含）至90%的得3分；70%（含）至80%的得2分；70%以下的不得分。", "满意度测评表",
                indicator="群众评价"),
        )),
        Section("作风廉政", "四、作风廉政（15分）", 15, (
            Row("每半年开展一次廉政教育，组织观看警示教育片；生态补偿资金、护林员工资发放情况在站内公示。", 5,
                "廉政教育每少1次扣1分；资金发放未公示的，每次扣1分。", "教育记录、公示照片", indicator="廉政教育"),
            Row("支部纪检委员每季度对巡护记录真实性、物资采购等开展一次监督检查，发现问题建立整改台账。", 4,
                "监督检查每少1次扣0.5分；无整改台账的扣1分。", "检查记录、整改台账", indicator="监督检查"),
            Row("党员职工无参与盗猎、违规采挖、巡护数据造假、违规收受财物等行为。", 6,
                "党员受到党纪政务处分的，每人扣3分；巡护数据造假经查实的，每起扣2分；党员参与盗猎或违规采挖的，本项不得分。", "局纪委核实",
                indicator="纪律底线"),
        )),
    ),
)

HEADER = ["考核指标", "考核要点", "分值", "评分标准", "佐证材料", "得分"]
NOTE = ("备注：1.本表由局党委于每年12月组织考核，资源管理科、科研监测中心、局纪委参加，采取查阅资料、调取巡护APP数据、实地查看、"
        "走访周边社区相结合的方式；2.各项扣分以该项分值为限，扣完为止；3.考核结果分为“好”“较好”“一般”“差”四个等次，作为评选"
        "“先进党支部”和保护站年度目标考核的重要依据；4.辖区发生较大及以上森林火灾或重大盗猎案件的，当年考核直接定为“差”等次。")


def build(t: Table, path: Path) -> None:
    import openpyxl
    from openpyxl.styles import Alignment, Font

    ncols = len(HEADER)
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "保护站党支部考核"
    center = Alignment(horizontal="center", vertical="center", wrap_text=True)
    wrap = Alignment(vertical="center", wrap_text=True)
    xlsx_title(ws, t.title, ncols, Font(name="宋体", size=16, bold=True), center)
    xlsx_line(ws, "考核对象：局属各保护站党支部", ncols)
    xlsx_line(ws, "保护站：              支部书记：              管护面积：        公顷    考核时间：", ncols)
    xlsx_header(ws, HEADER, ncols)
    first = ws.max_row
    for s in t.sections:
        xlsx_line(ws, s.printed, ncols)
        ws.cell(ws.max_row, 1).font = Font(bold=True)
        for row in s.rows:
            ws.append([row.indicator, row.text, row.points, row.scoring, row.method, None])
            for c in (2, 4, 5):
                ws.cell(ws.max_row, c).alignment = wrap
            for c in (1, 3):
                ws.cell(ws.max_row, c).alignment = center
    xlsx_total_row(ws, t.total, 3, ncols, center)
    xlsx_borders(ws, first, ncols)
    xlsx_note(ws, NOTE, ncols, 46)
    xlsx_widths(ws, (11, 52, 6, 46, 20, 7))
    wb.save(str(path))
