"""中共成都市武侯区玉林街道工作委员会2025年度社区党组织党建引领社区发展治理考核评分表 (.xlsx), as a 四川 街道党工委 (its 党建
办 with the 社区发展治理办 and the 平安办, 日常考核 weighed with a 年终 考核, a 第三方 survey of the residents) scores each 社区党委 on
组织体系建设 (the 班子 with its 学历 占比, a 35岁以下 member and the 书记's 示范培训, the “微网实格” of 30—100户 with the 党员 share
of the 微网格员 and their monthly 走访, the 院落（小区）党组织 覆盖率 and the “两新” 覆盖率, the “一岗两备” 后备力量 with its 名册 and
half-yearly 考察), 组织生活 (“三会一课” with 记录要素, 主题党日 with a 到会率 in Chinese numerals and 补学, 组织生活会 with 征求意见 and
反馈 and the 年底 民主评议, 32学时, quarterly 流动党员 联系 and the half-yearly 党费 公布), 发展治理 (the 社区保障资金 with its 使用方案,
yearly 公示 and 执行率, 社区营造 projects and 社区社会组织, the “信托制” 物业 with the monthly “三方” 联席会议 and 公开, the “12345” /
“天府市民云” 工单 with 办结率 and 满意率, a “党建联盟” of 8 units with quarterly 联席会议 and 3 共建项目, a deduction-only 安全稳定 line,
a 满意度 scored down from 90%) and 基础保障 (the 党群服务中心 “去行政化” and its 服务空间, the 社工 持证比例 and 40学时, 工作要点 /
总结 / 述职, the 居务监督委员会 quarterly 监督 with the “小微权力” 清单).

A merged title row and a merged "考核对象：玉林街道所辖各社区党委  考核时间：2025年12月" line above the header 一级指标 | 序号 |
二级指标 | 考核要求 | 分值 | 扣分办法 | 考核方式 | 得分. The categories are MERGED CELLS down the 一级指标 column (first), printed on
ONE line WITH an ordinal, "一、组织体系建设（20分）". 序号 (second column, numeric cells) RESTARTS at 1 in every category (ids "1.1" …
"4.4"). 二级指标 (third column) is a short sub-label (`Row.indicator`). 分值 (before the 扣分办法) is a plain number. 考核方式
(`Row.method`) says only how the 考核组 checks (查阅资料, 查阅会议记录, 个别谈话, 系统核查, 入户走访, 实地查看, 电话回访, 第三方测评,
向街道平安办核实); it is no 佐证 column. 得分 is blank. A 合计 row and a merged 备注 row close the sheet. "最高扣" / "最多扣" cap;
counts partly in Chinese numerals ("百分之八十", "每半年…一次"); one line is deduction-only.
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
    name="zzj_shequ_fazhan_zhili_xlsx",
    fmt="xlsx",
    title="中共成都市武侯区玉林街道工作委员会2025年度社区党组织党建引领社区发展治理考核评分表",
    numbering="restart",
    sections=(
        Section("组织体系建设", "一、组织体系建设（20分）", 20, (
            Row("社区党委班子结构合理、团结有力；社区“两委”成员中大专及以上学历的占比达到百分之八十，35周岁以下的不少于1名；社区党委"
                "书记每年至少参加1次区级以上示范培训。", 5,
                "学历占比未达标的扣1分；无35周岁以下成员的扣1分；书记未参加示范培训的扣1分；班子不团结、工作推进不力的，酌情扣1—2分。",
                "查阅资料、个别谈话", indicator="班子队伍"),
            Row("深化“微网实格”治理机制，按照30—100户的标准划分微网格，每个微网格配备1名微网格员，党员担任微网格员的比例不低于40%；"
                "微网格员每月对联系户走访不少于1次。", 5,
                "微网格划分、人员配备不规范的，酌情扣1—2分；党员比例每低5个百分点扣0.5分；走访每少1次扣0.5分。", "系统核查、入户走访",
                indicator="微网实格"),
            Row("院落（小区）党组织覆盖率达到90%以上；辖区符合条件的“两新”组织应建尽建党组织，暂不具备条件的选派党建指导员，党的工作"
                "覆盖率达到100%。", 5,
                "院落（小区）党组织覆盖率每低1个百分点扣0.5分；“两新”组织党的工作未覆盖的，每少1家扣0.5分。", "查阅资料、实地查看",
                indicator="组织覆盖"),
            Row("按照“一岗两备”要求储备社区后备力量，建立后备力量名册；社区党委每半年对后备力量开展一次跟踪考察。", 5,
                "后备力量每缺1名扣1分；未建立名册的扣1分；考察每少1次扣1分。", "查阅资料", indicator="后备力量"),
        )),
        Section("组织生活", "二、组织生活（20分）", 20, (
            Row("社区党委及所属党支部规范落实“三会一课”，支委会每月召开1次，党员大会每季度召开1次，党小组会每月召开1次，党课每季度"
                "上1次；会议记录时间、地点、参会人员、议题等要素齐全。", 6,
                "少开1次扣0.5分，最高扣4分；记录要素不全的，每次扣0.2分，最高扣2分。", "查阅会议记录", indicator="“三会一课”"),
            Row("每月开展一次主题党日活动，结合社区发展治理重点工作确定主题；党员到会率不低于百分之八十，因故缺席的党员及时补学。", 5,
                "主题党日每少1次扣0.5分；到会率低于80%的，每次扣0.2分；未组织补学的扣0.5分。", "查阅资料", indicator="主题党日"),
            Row("每年召开一次组织生活会，会前广泛征求居民群众意见，会后整改落实情况向党员群众反馈；年底开展民主评议党员。", 5,
                "未召开组织生活会的扣2分；未征求意见的扣1分；整改情况未反馈的扣1分；未开展民主评议党员的扣1分。", "查阅会议记录",
                indicator="组织生活会"),
            Row("党员每年参加集中学习培训不少于32学时；流动党员每季度至少联系一次；党费按月收缴，收缴情况每半年公布一次。", 4,
                "学时不足的，每人扣0.1分；流动党员联系每少1次扣0.2分；党费未按月收缴的扣1分；未公布的，每次扣0.5分。",
                "查阅资料、电话回访", indicator="党员教育管理"),
        )),
        Section("发展治理", "三、发展治理（40分）", 40, (
            Row("社区保障资金使用方案经社区党委研究、居民议事会审议通过；每年度向居民公示一次资金使用情况；资金执行率达到90%以上。", 6,
                "使用方案未经党委研究或议事会审议的扣2分；未公示的扣1分；执行率每低5个百分点扣0.5分；违规使用资金的，本项不得分。",
                "查阅资料", indicator="社区保障资金"),
            Row("每年实施社区营造（院落微更新）项目不少于2个，培育孵化社区社会组织不少于5个；引导居民参与项目策划、实施、评估全过程。",
                5,
                "营造项目每少1个扣1分；社区社会组织每少1个扣0.5分；居民参与度不高的，酌情扣1分。", "查阅资料、实地查看",
                indicator="社区营造"),
            Row("推行党建引领“信托制”物业服务模式，小区党组织领导业委会（院委会）开展工作；每月召开一次小区“三方”联席会议，议定事项"
                "及时公开。", 6,
                "联席会议每少1次扣0.5分；议定事项未公开的扣1分；小区治理矛盾突出、引发集体投诉的，每起扣1分。", "查阅会议记录、入户走访",
                indicator="小区治理"),
            Row("通过“12345”热线、“天府市民云”等渠道受理的居民诉求按时响应，工单按时办结率达到100%，群众满意率不低于90%。", 6,
                "办结率每低1个百分点扣0.5分；满意率每低1个百分点扣0.3分，最多扣3分；工单被退回重办的，每件扣0.2分。", "系统核查、电话回访",
                indicator="诉求办理"),
            Row("深化社区“党建联盟”，与辖区单位签订共建协议不少于8家，每季度召开一次联盟联席会议，年内推动落地共建项目不少于3个。", 6,
                "共建单位每少1家扣0.5分；联席会议每少1次扣0.5分；共建项目每少1个扣1分。", "查阅资料", indicator="共建共治"),
            Row("辖区未发生重大安全事故、群体性事件和进京赴省非正常上访。", 5,
                "发生重大安全事故或群体性事件的，本项不得分；发生进京赴省非正常上访的，每起扣2分；发生一般安全事故的，每起扣1分。",
                "向街道平安办核实", indicator="安全稳定"),
            Row("居民对社区党组织工作的满意度达到90%以上。", 6,
                "满意度每低1个百分点扣0.5分，扣完为止。", "第三方测评", indicator="群众满意度"),
        )),
        Section("基础保障", "四、基础保障（20分）", 20, (
            Row("社区党群服务中心落实“去行政化”要求，服务空间不少于总面积的70%；落实“全时空服务”，工作日延时服务、周末轮休不打烊。", 5,
                "服务空间不达标的扣2分；延时服务、周末服务未落实的，每项扣1分；群众反映服务态度差经查实的，每起扣0.5分。", "实地查看",
                indicator="阵地建设"),
            Row("社区专职工作者持有社会工作者职业资格证书的比例达到50%以上；每年参加业务培训不少于40学时。", 5,
                "持证比例每低5个百分点扣0.5分；培训学时不足的，每人扣0.2分，最多扣2分。", "查阅资料", indicator="社工队伍"),
            Row("年初研究制定社区党建工作要点，年底报送党建工作总结；社区党委书记年终述职，接受街道党工委和居民代表评议。", 5,
                "要点、总结每缺1项扣1分；未述职的扣2分。", "查阅资料", indicator="计划总结"),
            Row("社区居务监督委员会每季度至少开展一次监督，社区“小微权力”清单和运行流程图公开上墙；社区工作者无违纪违法问题。", 5,
                "监督每少1次扣0.5分；清单未公开的扣1分；社区工作者受到党纪政务处分的，每人扣2分。", "查阅资料、实地查看",
                indicator="廉洁建设"),
        )),
    ),
)

HEADER = ["一级指标", "序号", "二级指标", "考核要求", "分值", "扣分办法", "考核方式", "得分"]
NOTE = ("备注：1.考核采取日常考核与年终考核相结合的方式，日常考核占40%，年终考核占60%；2.各项扣分以该项分值为限，扣完为止；3.获评市级"
        "以上党建引领社区发展治理示范社区的加2分，区级加1分，不重复加分；4.社区党组织书记受到党纪处分的，考核等次不得评为“优秀”。")


def build(t: Table, path: Path) -> None:
    import openpyxl
    from openpyxl.styles import Alignment, Font

    ncols = len(HEADER)
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "社区党组织考核"
    center = Alignment(horizontal="center", vertical="center", wrap_text=True)
    wrap = Alignment(vertical="center", wrap_text=True)
    xlsx_title(ws, t.title, ncols, Font(name="方正小标宋简体", size=16), center)
    xlsx_line(ws, "考核对象：玉林街道所辖各社区党委  考核时间：2025年12月", ncols)
    xlsx_header(ws, HEADER, ncols)
    first = ws.max_row
    for s in t.sections:
        top = ws.max_row + 1
        for number, row in enumerate(s.rows, 1):
            ws.append([s.printed if number == 1 else None, number, row.indicator, row.text, row.points, row.scoring,
                       row.method, None])
            for c in (4, 6, 7):
                ws.cell(ws.max_row, c).alignment = wrap
            for c in (2, 3, 5):
                ws.cell(ws.max_row, c).alignment = center
        xlsx_merge_down(ws, 1, top, ws.max_row, center)
    xlsx_total_row(ws, t.total, 5, ncols, center)
    xlsx_borders(ws, first, ncols)
    xlsx_note(ws, NOTE, ncols, 46)
    xlsx_widths(ws, (14, 6, 12, 50, 6, 44, 16, 7))
    wb.save(str(path))
