"""河南豫剧院2025年度党支部工作考核评分表 (.xlsx), as the 院党委 of the 河南豫剧院 in 郑州 (its 党委办公室 with the 艺术生产处, the 演出处
and the 院纪委, a 考核组 in December) scores the 党支部 of its 演出团 and of the 机关: troupes that spend half the year on the road with the
“舞台艺术送农民” 工程, a 大篷车 of 灯光 and 音响 driving from 村 to 村 across the 豫东 plain and the 大别山 革命老区, a 戏台 put up on the
threshing floor, the 名家 who teach the 青年演员 the 折子戏 of their 流派 “一对一”, the 新编 现代戏 and the 复排 of the old 剧目 that the 院
艺术委员会 must pass, the 直播 of a show to half a million phones, the 商业演出 a 演员 may take outside only with leave: a table whose 考核要点
is one line and whose 计分方法 carries the work, each rule a requirement with its deduction: 政治建设 (a monthly 集中学习, 32学时 counted by
the four, a half-yearly 专题研讨 and the “流动课堂”, the 审查 of the 剧目 with a quarterly 研判, the “三审” of the 直播 and a 一票否决, the
书记's two 党课 with the 请示报告 and a yearly 现场教学), 组织建设 (the “三会一课” with the 巡演党小组, the 记录 and the 签到表, the monthly 主题
党日 with the 参加率 and the 方案, 签到表 and 照片, the 组织生活会 with 征求意见, 谈心谈话, 民主评议, the 通报 and the 整改清单, two 积极分子 a
year and "每两年至少发展党员1名" with a quarterly 考察 and the 公示, 党费 with a half-yearly 公开, the 报备 and the 积分管理), 业务融合 (eighty
送戏下乡 a year with twenty in the 老区, the 场次确认单 and 照片 and the 满意度 in bands, a quarterly 文艺志愿服务 with 20小时 and the 注册率,
one 剧目 a year with the 主创, two 折子戏, the 传帮带台账 and the 音像资料, the 安全检查 of every show with a half-yearly 演练, the 安全监督岗
and a 一票否决, a monthly 惠民演出 with six 直播 and the 观看人次) and 作风建设 (a yearly 职业道德教育 with the 审批 and the 公示 and two 本项
不得分, the 年初 工作要点, the 责任书, a quarterly 报告, the 年底 述职 with the 满意率 and the 年终 总结, a 年底 测评 scored in bands).

A merged title row, a merged "考核对象：院属各演出团党支部、机关党支部" line and a merged "党支部： 支部书记： 考核时间：" line above the
header 一级指标 | 序号 | 二级指标 | 考核要点 | 计分方法 | 分值 | 得分. The categories are MERGED CELLS down the 一级指标 column (FIRST), printed
WITH an ordinal and their points on ONE line, "一、政治建设（16分）". 序号 (SECOND column) RESTARTS at 1 in every category (ids "1.1" …
"4.3"). 二级指标 is a short sub-label (`Row.indicator`). 考核要点 is one short line; the 计分方法 is long, every clause a figure and its
deduction. 分值 is a plain number AFTER the 计分方法; 得分 is blank. A 合计 row of 100 and a merged 备注 row close the sheet. Counts in figures
and Chinese numerals, nearly all in the 计分方法 ("每月至少开展一次", "每年…不少于32学时", "每人每少4学时", "每半年开展一次", "每季度分析研判
一次", "每年讲党课不少于2次", "每年组织一次", "支部委员会每月召开1次，党员大会每季度召开1次，党小组会每月召开1次，党课每季度1次", "超过1个
月", "每月第一个周五", "每年召开一次", "年内…不少于2名", "每两年至少发展党员1名", "每季度有…记录", "不少于5个工作日", "按月", "每半年公开
一次", "全年…不少于80场", "不少于20场", "每季度至少组织1次", "每人每年…不少于20小时", "全年…不少于1部", "每人每年…不少于2出", "每场演出前",
"每半年组织一次", "每月至少开展1次", "每年…不少于6场", "50万人次", "每少5万人次", "每年开展一次", "年初", "每季度…报告一次", "年底", "年终",
"年底"); "不少于1部"; "百分之八十五", "100%"; "每低1个百分点", "每低10个百分点"; "缺一项扣0.2分" once; "最高扣" caps; "酌情扣0.5分" three times
and "酌情扣0.5-1分" once; two sets of bands (a 满意度 for 2 of the 10 points closed by "80%以下的不得分", a 满意度 for the whole 4 points
closed by "85%以下的不得分"); two "实行一票否决，本项不得分"; four other plain "本项不得分".
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
    name="zzzq_henan_yujuyuan_yanchutuan_zhibu_xlsx",
    fmt="xlsx",
    title="河南豫剧院2025年度党支部工作考核评分表",
    numbering="restart",
    sections=(
        Section("政治建设", "一、政治建设（16分）", 16, (
            Row("落实“第一议题”制度，抓好理论武装。", 6,
                "支部每月至少开展一次集中学习，每少1次扣0.3分；党员每年参加学习培训不少于32学时，每人每少4学时扣0.1分，最高扣1分；每半年开展"
                "一次习近平文化思想专题研讨，每少1次扣0.5分；外出巡演期间未以“流动课堂”形式坚持学习、学习流于形式的，酌情扣0.5分。",
                indicator="理论学习"),
            Row("落实意识形态工作责任制，把好剧目导向关。", 6,
                "新创、复排剧目和对外演出节目未经院艺术委员会审查的，每部扣1分；每季度分析研判一次意识形态形势，每少1次扣0.5分；网络直播演出、"
                "短视频发布未落实“三审”的，每次扣0.5分；演出中出现低俗内容、错误导向被通报的，实行一票否决，本项不得分。",
                indicator="意识形态"),
            Row("支部书记履行第一责任人职责。", 4,
                "支部书记每年讲党课不少于2次，每少1次扣1分；重大演出任务、外事演出等事项未向院党委请示报告的，每件扣1分；每年组织一次到焦裕禄"
                "纪念园、红旗渠等红色教育基地开展现场教学，未开展的扣0.5分。", indicator="政治担当"),
        )),
        Section("组织建设", "二、组织建设（30分）", 30, (
            Row("严格落实“三会一课”制度。", 8,
                "支部委员会每月召开1次，党员大会每季度召开1次，党小组会每月召开1次，党课每季度1次，每少1次扣0.5分，最高扣4分；外出巡演超过1个"
                "月的，巡演党小组未按期过组织生活的，每次扣0.3分；会议记录不规范的，酌情扣0.5-1分；签到表缺失的，每次扣0.1分，最高扣0.5分。",
                indicator="“三会一课”"),
            Row("开展主题党日活动。", 6,
                "每月第一个周五开展主题党日活动，每少1次扣0.5分；党员参加率不低于百分之八十五，每低1个百分点扣0.1分，最高扣1分；活动方案、签到"
                "表、照片缺一项扣0.2分；主题党日与送戏下乡、文艺志愿服务结合不紧密的，酌情扣0.5分。", indicator="主题党日"),
            Row("召开组织生活会，开展民主评议党员。", 6,
                "每年召开一次组织生活会，未召开的扣2分；会前未征求观众、基层演出点和团员意见的扣0.5分；谈心谈话未全覆盖的扣0.5分；未开展民主"
                "评议党员的扣1.5分；评议结果未在支部党员大会上通报的扣0.5分；无整改清单的扣0.5分；整改不到位的，酌情扣0.5分。",
                indicator="组织生活会"),
            Row("加强青年演员中发展党员工作。", 5,
                "年内确定入党积极分子不少于2名，每少1名扣0.5分；每两年至少发展党员1名，两年内未发展的扣1.5分；入党积极分子每季度有培养考察"
                "记录，每缺1次扣0.2分；发展对象公示不少于5个工作日，未公示的扣1分；违反程序发展党员的，本项不得分。", indicator="发展党员"),
            Row("加强党员日常管理。", 5,
                "党员按月交纳党费，未按月交纳的，每人次扣0.1分，最高扣1分；党费收缴情况每半年公开一次，每少1次扣0.5分；党员外出演出前未向支部"
                "报备的，每人次扣0.1分，最高扣1分；未开展党员积分管理的扣1分。", indicator="党员管理"),
        )),
        Section("业务融合", "三、业务融合（38分）", 38, (
            Row("深化“舞台艺术送农民”，完成送戏下乡任务。", 10,
                "全年送戏下乡演出不少于80场，每少1场扣0.2分，最高扣4分；其中到脱贫村、革命老区演出不少于20场，每少1场扣0.2分；每场演出须有"
                "演出点村（社区）签章的场次确认单和现场照片，缺失的每场扣0.1分，最高扣1分；基层观众满意度测评90%以上的得2分，80%（含）—90%"
                "的得1分，80%以下的不得分；演出中发生安全事故的，本项不得分。", indicator="送戏下乡"),
            Row("党员带头开展文艺志愿服务。", 6,
                "每季度至少组织1次“戏曲进校园、进社区、进军营”党员文艺志愿服务，每少1次扣0.5分；党员每人每年参加志愿服务不少于20小时，不足"
                "的每人扣0.1分，最高扣1分；党员在“志愿河南”平台注册率达到100%，每低10个百分点扣0.5分；志愿服务无活动照片的，每次扣0.2分。",
                indicator="文艺志愿服务"),
            Row("党员领衔剧目创作，做好流派传承。", 8,
                "全年新创或复排剧目不少于1部，未完成的扣2分；党员艺术骨干领衔主演或担任主创的剧目不少于1部，未达到的扣1分；实施“名家传戏”，"
                "党员名家每人每年传授青年演员折子戏不少于2出，每少1出扣0.5分；未建立青年演员“一对一”传帮带台账的扣1分；剧目排练、演出音像"
                "资料未归档的扣0.5分。", indicator="创作传承"),
            Row("落实舞台演出安全责任。", 6,
                "每场演出前开展舞台机械、电气、消防安全检查，检查记录缺失的每场扣0.2分，最高扣1分；每半年组织一次消防疏散演练，每少1次扣1分；"
                "未设立党员安全监督岗的扣0.5分；巡演车辆、人员保险手续不全的，每次扣0.5分；发生一般及以上安全责任事故的，实行一票否决，本项"
                "不得分。", indicator="演出安全"),
            Row("推进线上线下文化惠民演出。", 8,
                "每月至少开展1次“豫剧公益大舞台”惠民演出，每少1次扣0.5分；每年开展网络直播演出不少于6场，每少1场扣0.3分；线上演出累计观看"
                "人次达到50万人次，每少5万人次扣0.2分，最高扣1分；惠民演出违规收费的，每次扣1分；观众投诉查实的，每件扣0.5分。",
                indicator="文化惠民"),
        )),
        Section("作风建设", "四、作风建设（16分）", 16, (
            Row("加强文艺工作者职业道德和廉洁建设。", 6,
                "每年开展一次文艺工作者职业道德教育，未开展的扣1分；党员参加院外商业演出未经审批的，每人次扣0.5分；演出补贴、劳务费发放未公示"
                "的扣1分；党员存在“阴阳合同”、偷逃税款等问题被查处的，本项不得分；党员违反中央八项规定精神被查处的，本项不得分。",
                indicator="职业道德"),
            Row("落实党建工作责任制。", 6,
                "年初未制定党建工作要点的扣1分；支部书记未与院党委签订党建工作目标责任书的扣0.5分；每季度向院党委报告一次党建工作情况，每少1次"
                "扣0.3分；年底支部书记未向院党委述职的扣1.5分；述职评议满意率低于百分之八十五的扣1分；年终无工作总结的扣1分。",
                indicator="责任落实"),
            Row("职工和基层观众对支部工作满意度不低于百分之九十。", 4,
                "年底组织院内职工和基层观众代表对支部工作开展满意度测评，满意度90%以上的得4分，85%（含）—90%的得2分，85%以下的不得分。",
                indicator="群众评价"),
        )),
    ),
)

HEADER = ["一级指标", "序号", "二级指标", "考核要点", "计分方法", "分值", "得分"]
NOTE = ("备注：1.本表由院党委于12月组织考核，采取查阅资料、实地查看、个别谈话、问卷测评相结合的方式进行；2.各项扣分以该项分值为限，扣完"
        "为止；3.送戏下乡场次以省文化和旅游厅“舞台艺术送农民”系统登记为准；4.考核得分90分以上的为“好”，80—89分的为“较好”，70—79分的"
        "为“一般”，70分以下的为“差”，考核结果与演出团年度绩效挂钩。")


def build(t: Table, path: Path) -> None:
    import openpyxl
    from openpyxl.styles import Alignment, Font

    ncols = len(HEADER)
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "党支部考核"
    center = Alignment(horizontal="center", vertical="center", wrap_text=True)
    wrap = Alignment(vertical="center", wrap_text=True)
    xlsx_title(ws, t.title, ncols, Font(name="方正小标宋简体", size=16), center)
    xlsx_line(ws, "考核对象：院属各演出团党支部、机关党支部", ncols)
    xlsx_line(ws, "党支部：                支部书记：                考核时间：", ncols)
    xlsx_header(ws, HEADER, ncols)
    first = ws.max_row
    for s in t.sections:
        top = ws.max_row + 1
        for i, row in enumerate(s.rows, 1):
            ws.append([s.printed if i == 1 else None, i, row.indicator, row.text, row.scoring, row.points, None])
            for c in (4, 5):
                ws.cell(ws.max_row, c).alignment = wrap
            for c in (2, 3, 6):
                ws.cell(ws.max_row, c).alignment = center
        xlsx_merge_down(ws, 1, top, ws.max_row, center)
    xlsx_total_row(ws, t.total, 6, ncols, center)
    xlsx_borders(ws, first, ncols)
    xlsx_note(ws, NOTE, ncols, 46)
    xlsx_widths(ws, (12, 6, 11, 24, 64, 6, 7))
    wb.save(str(path))
