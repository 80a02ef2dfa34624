"""中共南陵县农业农村局党组2025年度县农业技术推广中心党支部党建工作考核细则 (.docx), as a 安徽 芜湖 南陵 县农业农村局党组 (its 机关
党委 with the 种植业股, the 农技推广 股 and the 驻局纪检监察组, a 考核组 checking in December) scores the 党支部 of the 县农技推广中心,
whose 农技人员 spend their weeks in the 圩田 of rice and 油菜, with the 科技示范户, the 种粮大户 and the 合作社: 支部建设 (the “三会一课”
with the 补学 of those 下乡 and a “本项不得分” for 补记, the monthly 主题党日 with four “党旗插在田埂上” 现场 days, 40学时 with a monthly
集中学习, the 组织生活会 with 民主评议 and the 征求意见 of the 种养大户, one 发展 a year with the 党费 and a half-yearly 公示, the 年初
责任书 and 计划 with the 年底 述职 and 总结, a quarterly 廉政教育 with the 公开 of the 补贴), 业务融合 (the 党员科技服务团 with five 示范户
each and four 下乡 days a month in the 日志, twenty 培训 a year with its 通知, 签到表, 课件 and 照片, three 示范基地 with the 公示 of the
责任党员 and two 观摩会, the 病虫情报 twice a month with the 准确率 in bands and the 统防统治 覆盖率, a quarterly 排查 of the “非农化”
“非粮化” with a 一票否决, the “农技问诊” 回复率 with a yearly 满意度测评) and 作风建设 (one deduction-only line on 吃拿卡要 and 推销 of
农资).

The title (bold, centred) and a centred "（考核对象：县农业技术推广中心党支部）" line above one table: 考核项目 | 考核内容 | 分值 | 考核标准 |
考核方式. There is NO 序号: items are numbered by position (1..14). The categories are MERGED CELLS down the 考核项目 column (FIRST), printed
WITHOUT an ordinal on one line, "支部建设（40分）". 分值 comes BEFORE the 考核标准 (the scoring words), a plain number. 考核方式 (`Row.method`)
only says how the 考核组 checks (查阅资料, 实地查看, 电话回访, 数据核对, 驻局纪检监察组提供): no papers. A 合计 row of 100 and a 说明 paragraph
close the document. Counts in figures and Chinese numerals ("每月开展一次", "每月组织一次", "每年召开一次", "每半年公示一次", "每季度开展
一次", "每半月发布一次", "每季度一次", "每年开展一次"); "不少于40学时"; "不少于4次", "不少于10条", "不少于20期", "不少于3个", "不少于2次";
"最高扣" caps; "酌情扣0.5-1分" and "酌情扣1-2分"; a 准确率 in bands ("80%以下的不得分" closing them); one "实行一票否决，本项不得分" and
three plain "本项不得分"; one line is deduction-only.
"""

from __future__ import annotations

from pathlib import Path

from .build_helpers import docx_centred, docx_grid_table, docx_title, docx_total_row, merge_cells
from .model import Row, Section, Table, _fmt

TABLE = Table(
    name="zzzb_nanling_nongji_tuiguang_zhibu_docx",
    fmt="docx",
    title="中共南陵县农业农村局党组2025年度县农业技术推广中心党支部党建工作考核细则",
    numbering="position",
    sections=(
        Section("支部建设", "支部建设（40分）", 40, (
            Row("严格落实“三会一课”，支委会每月1次，党员大会每季度1次，党小组会每月1次，党课每季度1次；农技人员下乡期间不能参会的，返岗后"
                "及时补学。", 8,
                "每少1次扣0.5分，最高扣4分；补学不落实的，每人次扣0.2分；会议记录补记、代写的，本项不得分。", "查阅资料"),
            Row("每月开展一次主题党日；全年在田间地头、示范基地开展“党旗插在田埂上”现场主题党日不少于4次。", 5,
                "主题党日每少1次扣0.3分；现场主题党日每少1次扣0.5分；活动流于形式的，酌情扣0.5-1分。", "查阅资料、实地查看"),
            Row("党员每年参加集中学习培训不少于40学时；支部每月组织一次集中学习，学习农业农村政策和新品种、新技术。", 6,
                "学时不足的，每人扣0.2分，最高扣2分；集中学习每少1次扣0.3分。", "查阅资料"),
            Row("每年召开一次组织生活会，开展民主评议党员；会前围绕服务“三农”向种养大户、家庭农场和合作社征求意见不少于10条。", 5,
                "未召开组织生活会的扣2分；未开展民主评议党员的扣1.5分；未征求意见的扣1分；征求意见不足10条的扣0.5分。", "查阅资料"),
            Row("年内发展党员不少于1名，注重从青年农技人员、科技示范户中发展；党员按月交纳党费，党费收缴情况每半年公示一次。", 6,
                "未发展党员的扣2分；党费未按月交纳的，每人次扣0.1分，最高扣1分；未公示的扣0.5分；违规发展党员的，本项不得分。", "查阅资料"),
            Row("支部书记年初与局党组签订党建工作责任书，年底向局党组述职；年初制定支部党建工作计划，年终形成党建工作总结。", 6,
                "未签订责任书的扣1分；未述职的扣2分；计划、总结每缺一项扣1.5分。", "查阅资料"),
            Row("每季度开展一次廉政教育；农业项目资金和耕地地力保护补贴等惠农补贴发放信息按规定公开，接受群众监督。", 4,
                "廉政教育每少1次扣0.5分；项目资金和补贴信息未公开的扣2分。", "查阅资料、实地查看"),
        )),
        Section("业务融合", "业务融合（50分）", 50, (
            Row("组建党员科技服务团，党员农技人员每人联系1个以上行政村和不少于5户科技示范户，每月下乡指导不少于4天，《农技人员下乡服务"
                "日志》如实记载。", 10,
                "未组建服务团的扣2分；联系示范户不足5户的，每人扣0.5分；下乡不足4天的，每人每月扣0.2分，最高扣4分；日志记载不实的，每发现"
                "一次扣1分。", "查阅资料、电话回访"),
            Row("全年举办高素质农民培训和农业实用技术培训不少于20期，培训农民不少于1500人次；每期培训有通知、签到表、课件和照片。", 8,
                "培训每少1期扣0.3分；培训人次未达到的扣1分；培训资料缺项的，每期扣0.1分，最高扣1分。", "查阅资料"),
            Row("建立水稻、油菜绿色高产高效示范基地不少于3个，每个基地设立党员示范田，挂牌公示责任党员；年内组织现场观摩会不少于2次。", 8,
                "示范基地每少1个扣1分；未挂牌公示的，每个扣0.5分；现场观摩会每少1次扣1分；示范带动成效不明显的，酌情扣1-2分。",
                "查阅资料、实地查看"),
            Row("农作物病虫害监测预报准确率达到90%以上，每半月发布一次病虫情报；重大病虫害发生时24小时内上报；主要农作物病虫害统防统治"
                "覆盖率达到45%以上。", 8,
                "预报准确率90%以上的得3分，85%（含）至90%的得2分，80%（含）至85%的得1分，80%以下的不得分；病虫情报每少发布1期扣0.2分；迟报、"
                "漏报的，每次扣1分；统防统治覆盖率每低1个百分点扣0.2分。", "查阅资料、数据核对"),
            Row("协助做好粮食生产和耕地保护，完成上级下达的粮食播种面积和高标准农田建设技术指导任务；配合开展耕地“非农化”“非粮化”排查，"
                "每季度一次。", 8,
                "粮食播种面积任务未完成的扣3分；高标准农田技术指导任务未完成的扣2分；排查每少1次扣0.5分；因工作失职导致全县粮食安全责任制"
                "考核被问责的，实行一票否决，本项不得分。", "查阅资料、数据核对"),
            Row("开通“农技问诊”热线和线上服务平台，群众咨询当日回复，回复率达到100%；每年开展一次服务对象满意度测评，满意度不低于90%。", 8,
                "回复率每低1个百分点扣0.5分；未开展满意度测评的扣2分；满意度低于90%的，每低1个百分点扣0.3分。", "数据核对、电话回访"),
        )),
        Section("作风建设", "作风建设（10分）", 10, (
            Row("党员干部在农资推广、补贴核定中吃拿卡要，推销指定农药、种子、化肥谋取私利（本项为扣分项）。", 10,
                "发现吃拿卡要行为的，每起扣3分；推销指定农资谋利的，每起扣5分；受到党纪政务处分的，本项不得分。", "驻局纪检监察组提供"),
        )),
    ),
)

HEADER = ["考核项目", "考核内容", "分值", "考核标准", "考核方式"]
NOTE = ("说明：1.本细则由局党组于12月组织考核，机关党委牵头，种植业股、驻局纪检监察组参加，采取查阅资料、实地查看、电话回访种养大户和"
        "示范户相结合的方式；2.各项扣分以该项分值为限，扣完为止；3.考核得分90分以上为“优秀”，80—89分为“良好”，70—79分为“一般”，"
        "70分以下为“较差”；4.考核结果作为支部书记年度考核和评先评优的重要依据。")


def build(t: Table, path: Path) -> None:
    import docx

    ncols = len(HEADER)
    n_rows = 1 + sum(len(s.rows) for s in t.sections) + 1
    document = docx.Document()
    docx_title(document, t.title, 16)
    docx_centred(document, "（考核对象：县农业技术推广中心党支部）")
    tbl = docx_grid_table(document, n_rows, ncols, HEADER)
    r = 1
    for s in t.sections:
        top = r
        for row in s.rows:
            cells = ((1, row.text), (2, _fmt(row.points)), (3, row.scoring), (4, row.method))
            for c, v in cells:
                tbl.cell(r, c).text = v
            r += 1
        merge_cells(tbl, top, 0, r - 1, 0, s.printed)
    docx_total_row(tbl, r, 2, t.total)
    document.add_paragraph(NOTE)
    document.save(str(path))
