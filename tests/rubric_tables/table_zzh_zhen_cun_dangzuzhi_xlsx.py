"""中共平江县安定镇委员会2025年度村党组织党建工作考核评分细则 (.xlsx), as a 湖南 镇党委 (its 组织委员 and 党建办 with the 联村
领导 and 驻村 干部 going round each 村 in December, the 村 having filled in its own 自评 first) scores each 村党总支（党支部） on
组织建设 (“一肩挑” and the “两委” 结构 with its 县级 备案, “三会一课” with the 书记's two 党课 and a 参会率, the 每月10日 主题
党日 and its “六个一”, 组织生活会 with 征求意见, 谈心谈话, 民主评议 and the 备案 of the result), 党员队伍 (发展党员 every two years
with the “双推双评三票决” and a 纪实档案, 32学时 and three days of 冬春训 with 送学上门, 党费 with its quarterly 上缴 and half-yearly
公布, 流动党员 台账 and quarterly 联系 with the “七一” / 春节 慰问, 积分 with its quarterly 公示, the 年底 星级 and 设岗定责),
乡村振兴 (集体经济 income in bands and its growth, 领办合作社 with the 章程 and the 党员示范户, the “美丽屋场” monthly 清洁 and the
季度考评, the monthly 防返贫 分析会, 后备力量 and a yearly 实用技术培训), 基层治理 (“四议两公开” and quarterly 公开, the 村务监督
委员会 and the 审批 of each 支出, 矛盾纠纷 排查 and the 化解率, 村规民约 and the 红白喜事 报备率, 安全 / 森林防火 / 防溺水 as a
deduction-only line) and 基础保障 (the 党群服务中心 with 值班表, 公示 and the monthly 远教 收看, 计划 / 总结 / 述职 with a 满意率,
the “一村一档” and 经费).

A merged title row, a merged "考核对象：全镇各村党总支、党支部" line and a merged "村名：…  党组织书记：…  党员：…名  自评分：…
考核时间：2025年12月" line above the header 序号 | 考核项目 | 考核内容 | 评分标准 | 分值 | 佐证材料 | 得分 (分值 AFTER the 评分标准).
序号 (first column, numeric cells) runs 1..22 through the sheet. The categories are MERGED CELLS down the 考核项目 column (SECOND),
printed on ONE line WITHOUT an ordinal, "组织建设（20分）". 分值 is a plain number. 佐证材料 (`Row.method`) names the papers the
村 lays out (once a way of checking, 镇应急办核实 / 实地查看): a 佐证 column. 得分 is blank. A 合计 row and a merged 备注 row close
the sheet. The income bands sit in the 评分标准; counts partly in Chinese numerals ("百分之八十", "每季度…一次"); one line is
deduction-only.
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
    name="zzh_zhen_cun_dangzuzhi_xlsx",
    fmt="xlsx",
    title="中共平江县安定镇委员会2025年度村党组织党建工作考核评分细则",
    numbering="printed",
    sections=(
        Section("组织建设", "组织建设（20分）", 20, (
            Row("村党组织书记、村委会主任“一肩挑”，村“两委”班子成员中35周岁以下的不少于1名、大专及以上学历的不少于2名；村“两委”"
                "成员按规定报县委组织部备案。", 5,
                "未实行“一肩挑”的扣2分；班子结构不达标的，每项扣1分；“两委”成员未备案的扣1分。", "“两委”成员花名册、备案表"),
            Row("严格落实“三会一课”制度，支部委员会每月召开1次，党员大会每季度召开1次，党小组会每月召开1次，每季度上1次党课；村党"
                "组织书记每年至少讲2次党课；党员参会率达到百分之八十以上。", 6,
                "会议每少1次扣0.5分，最高扣4分；书记讲党课每少1次扣0.5分；参会率低于80%的，每次扣0.1分。", "会议记录本、签到表"),
            Row("每月10日固定开展主题党日活动，活动内容规范，做到“六个一”。", 5,
                "主题党日每少1次扣0.5分；“六个一”内容不全的，每次扣0.2分。", "活动方案、活动照片"),
            Row("每年召开1次组织生活会，会前广泛征求意见、开展谈心谈话，会上认真开展批评和自我批评；组织开展民主评议党员，评议结果报"
                "镇党委备案。", 4,
                "未召开组织生活会的扣2分；未征求意见或未开展谈心谈话的扣0.5分；未开展民主评议党员的扣1分；评议结果未备案的扣0.5分。",
                "会议记录、征求意见表、谈心谈话记录"),
        )),
        Section("党员队伍", "党员队伍（20分）", 20, (
            Row("每两年至少发展1名党员，注重在青年农民、致富能手、返乡大学生中发展；发展党员落实“双推双评三票决”，全程纪实。", 5,
                "两年内未发展党员的扣2分；未落实票决制的扣1分；程序不规范的，每处扣0.5分；违规发展党员的，本项不得分。",
                "发展党员纪实档案"),
            Row("党员每年参加集中学习培训不少于32学时，每年组织一次党员冬春训，集中培训不少于3天；对年老体弱、行动不便的党员送学"
                "上门。", 5,
                "学时不足的，每人扣0.1分，最高扣2分；未组织冬春训的扣2分；未送学上门的扣0.5分。", "培训签到表、学时登记表"),
            Row("党员按月足额交纳党费，村党组织每季度向镇党委上缴一次党费；每半年向党员公布一次党费收缴情况。", 3,
                "党费未按月交纳的，每人次扣0.1分；未按时上缴的扣1分；未公布的扣0.5分。", "党费收缴台账、公布照片"),
            Row("建立流动党员台账，每季度至少联系一次外出流动党员；“七一”、春节期间走访慰问老党员、困难党员，做到全覆盖。", 4,
                "无流动党员台账的扣1分；联系每少1次扣0.5分；慰问每少1人扣0.2分。", "流动党员台账、走访慰问照片"),
            Row("推行农村党员积分管理，积分每季度公示一次，年底评定党员星级；无职党员设岗定责，每名党员至少认领1个岗位。", 3,
                "未推行积分管理的扣1分；公示每少1次扣0.5分；设岗定责未落实的扣1分。", "积分台账、公示照片"),
        )),
        Section("乡村振兴", "乡村振兴（25分）", 25, (
            Row("发展壮大村级集体经济，村集体经济经营性收入达到10万元以上，并较上年有所增长。", 8,
                "经营性收入50万元以上的得8分；20万元（含）至50万元的得7分；10万元（含）至20万元的得5分；10万元以下的得2分；收入较"
                "上年未增长的扣1分。", "村集体经济收支台账"),
            Row("村党组织领办村股份经济合作社或农民专业合作社，推行“支部+合作社+农户”模式带动群众增收；培育党员示范户不少于3户。", 5,
                "未领办合作社的扣2分；党员示范户每少1户扣0.5分；带动增收效果不明显的，酌情扣1分。", "合作社章程、示范户名单"),
            Row("开展“美丽屋场”创建和人居环境整治，每月组织党员参加集中清洁活动不少于1次；在镇人居环境季度考评中不排名末位。", 4,
                "清洁活动每少1次扣0.5分；季度考评排名末位的，每次扣1分。", "活动照片"),
            Row("落实防止返贫动态监测帮扶，村党组织每月召开一次防返贫监测分析会，对监测户逐户落实帮扶措施；全年不发生规模性返贫。", 4,
                "分析会每少1次扣0.5分；帮扶措施未落实的，每户扣0.5分；发生规模性返贫的，本项不得分。", "会议记录、帮扶台账"),
            Row("建立村级后备力量库，储备后备力量不少于3名；每年至少组织1次农村实用技术培训，引导在外能人返乡创业。", 4,
                "后备力量每少1名扣0.5分；未组织培训的扣1分。", "后备力量名册、培训签到表"),
        )),
        Section("基层治理", "基层治理（20分）", 20, (
            Row("村级重大事项严格落实“四议两公开”工作法；党务、村务、财务每季度公开一次，惠农补贴等群众关心的事项随时公开。", 5,
                "重大事项未落实“四议两公开”的，每项扣1分；公开每少1次扣0.5分；公开内容不真实的，本项不得分。", "会议记录、公开栏照片"),
            Row("村务监督委员会每季度至少召开一次会议，列席村“两委”重要会议；村级财务支出严格履行审批程序，每笔支出有经手人、证明人、"
                "审批人签字。", 4,
                "监委会会议每少1次扣0.5分；财务审批不规范的，每笔扣0.2分，最高扣2分。", "监委会会议记录、财务凭证"),
            Row("坚持和发展新时代“枫桥经验”，每月开展一次矛盾纠纷排查，矛盾纠纷就地化解率达到95%以上；全年无进京赴省非正常上访。", 5,
                "排查每少1次扣0.5分；化解率每低1个百分点扣0.2分；发生进京赴省非正常上访的，每起扣2分。", "排查台账、调解记录"),
            Row("修订完善村规民约，成立红白理事会，党员干部带头移风易俗，红白喜事报备率100%。", 3,
                "村规民约未修订的扣1分；未成立红白理事会的扣1分；党员干部违规操办的，每起扣1分。", "村规民约、报备登记表"),
            Row("落实安全生产、森林防火、防溺水等属地管理责任。", 3,
                "发生安全生产责任事故或森林火灾的，每起扣1.5分；发生学生溺亡事件的，本项不得分。", "镇应急办核实"),
        )),
        Section("基础保障", "基础保障（15分）", 15, (
            Row("村级党群服务中心规范悬挂党旗和标识标牌，村干部轮流坐班值班，为民服务代办事项公示上墙；党员远程教育终端每月至少组织"
                "收看1次。", 5,
                "标识不规范的扣1分；抽查无人值班的，每次扣1分；代办事项未公示的扣0.5分；收看每少1次扣0.5分。", "值班表、收看记录、实地查看"),
            Row("年初制定党建工作计划，年底形成工作总结；村党组织书记年底向镇党委和村党员大会述职，接受评议，“满意”率不低于百分之"
                "八十。", 5,
                "计划、总结每缺1项扣1分；未述职的扣2分；满意率每低5个百分点扣0.5分。", "工作计划、工作总结、述职报告"),
            Row("规范建立“一村一档”，党员花名册、会议记录、党费收缴台账、发展党员材料等分类归档；村级组织运转经费和服务群众专项经费"
                "专款专用。", 5,
                "资料每缺1项扣0.5分；资料弄虚作假的，本项不得分；经费使用不规范的，酌情扣1—2分。", "档案资料、经费支出凭证"),
        )),
    ),
)

HEADER = ["序号", "考核项目", "考核内容", "评分标准", "分值", "佐证材料", "得分"]
NOTE = ("备注：1.考核由镇党委组织，采取村党组织自评、查阅资料、实地查看、个别走访相结合的方式，于每年12月进行；2.各项扣分以"
        "该项分值为限，扣完为止；3.考核结果分为“好”“较好”“一般”“差”四个等次，与村干部绩效报酬挂钩；4.村“两委”成员受到刑事处罚"
        "或开除党籍处分的，村党组织当年考核直接确定为“差”等次。")


def build(t: Table, path: Path) -> None:
    import openpyxl
    from openpyxl.styles import Alignment, Font

    ncols = len(HEADER)
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "村党组织考核"
    center = Alignment(horizontal="center", vertical="center", wrap_text=True)
    wrap = Alignment(vertical="center", wrap_text=True)
    xlsx_title(ws, t.title, ncols, Font(name="方正小标宋简体", size=16), center)
    xlsx_line(ws, "考核对象：全镇各村党总支、党支部", ncols)
    xlsx_line(ws, "村名：              党组织书记：            党员：    名    自评分：        考核时间：2025年12月", ncols)
    xlsx_header(ws, HEADER, ncols)
    first = ws.max_row
    number = 0
    for s in t.sections:
        top = ws.max_row + 1
        for i, row in enumerate(s.rows):
            number += 1
            ws.append([number, s.printed if i == 0 else None, row.text, row.scoring, row.points, row.method, None])
            for c in (3, 4, 6):
                ws.cell(ws.max_row, c).alignment = wrap
            for c in (1, 5):
                ws.cell(ws.max_row, c).alignment = center
        xlsx_merge_down(ws, 2, top, ws.max_row, center)
    xlsx_total_row(ws, t.total, 5, ncols, center)
    xlsx_borders(ws, first, ncols)
    xlsx_note(ws, NOTE, ncols, 44)
    xlsx_widths(ws, (6, 12, 50, 46, 6, 20, 7))
    wb.save(str(path))
