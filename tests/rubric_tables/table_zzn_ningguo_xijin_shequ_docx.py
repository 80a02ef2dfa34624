"""中共宁国市西津街道工作委员会2025年度社区党建工作目标管理考核细则 (.docx), as an 安徽 宣城 county-level city's 街道党工委 (its
党建办 with the 综治中心 and the 社会事务办, a 考核组 going round each 社区 in December, a 居民代表 满意度 测评 beside) scores each 社区
党委（党总支） in 安徽's own words, partly by points earned ("…的得1.5分") and partly by deductions: 党建责任 (the quarterly 专题会议, the
年度 工作要点 and the 目标责任书 signed with each 网格党支部, the 书记's 年底 述职 graded by 等次 and the 班子成员' monthly visits to their
网格), 基层组织 (“三会一课” of the 网格（小区）党支部 scored "全部落实的得5分" with the 支部书记's 党课, the monthly 主题党日 with a
参加率 in Chinese numerals, 组织生活会, 民主评议 and its 通报, the “两委” with two under 40, the 换届 of the 社区党委 and the 换届率 of
the 网格党支部 with five days of 培训, the “两新” 覆盖率 with 党建指导员), 党员队伍 (a yearly 发展党员 with the 公示, 32学时 on “安徽先锋
网” with a yearly 轮训 and the half-yearly 送学上门, 党费 with its yearly 公开, the 流动党员 台账 and 联系率, the “七一” 慰问), 治理服务
(the 小区议事会 with a quarterly 议事 and the 公示 beside the 业委会's 党员占比, the monthly 入户走访 with the 覆盖率 and the 化解率, the
党员志愿服务队 with a monthly 活动 and the 在职党员 报到率 with two services, a 满意度 in bands) and 基础保障 (the 党群服务中心 and its
功能室, the 经费 台账 with two 公开 a year, 计划 / 半年小结 / 总结 and the “一类一档”).

The title (bold, centred), a centred "（考核对象：街道所辖各社区党委、党总支）" line and a "社区名称：…  考核组：…  考核时间：2025年12月"
line above one table: 考核项目 | 序号 | 考核内容 | 分值 | 计分方法 | 考核方式. The categories are MERGED CELLS down the 考核项目 column
(FIRST), printed WITH an ordinal on ONE line, "一、党建责任（12分）". 序号 (SECOND column) RESTARTS at 1 in every category (ids "1.1" …
"5.3"). 分值 comes BEFORE the 计分方法, a plain number. 考核方式 (`Row.method`) says only how the 考核组 checks (查阅资料, 查阅会议记录,
个别谈话, 平台核查, 实地查看, 入户走访, 问卷测评, 查阅账目); it is no 佐证 column. A 合计 row and a 说明 paragraph close the document. Some
parts earn points ("制定年度工作要点的得1.5分", "全部落实的得5分，每缺1次扣0.25分"); the 满意度 bands sit in the 计分方法; counts partly
in Chinese numerals ("百分之八十", "百分之百", "百分之五十", "每半年…1次"); "最高扣" caps; the 述职 is graded by 等次.
"""

from __future__ import annotations

from pathlib import Path

from .build_helpers import docx_centred, docx_grid_table, docx_title, docx_total_row, merge_cells
from .model import Row, Section, Table, _fmt

TABLE = Table(
    name="zzn_ningguo_xijin_shequ_docx",
    fmt="docx",
    title="中共宁国市西津街道工作委员会2025年度社区党建工作目标管理考核细则",
    numbering="restart",
    sections=(
        Section("党建责任", "一、党建责任（12分）", 12, (
            Row("社区党委每季度至少召开1次专题会议研究党建工作；年初制定年度党建工作要点，与各网格党支部签订党建工作目标责任书。", 6,
                "每季度召开专题会议的得3分，每少1次扣0.75分；制定年度工作要点的得1.5分；与网格党支部签订目标责任书的得1.5分。",
                "查阅会议记录、查阅资料"),
            Row("社区党委书记落实第一责任人职责，年底向街道党工委述职并接受评议；班子成员每人联系1个网格党支部，每月到联系网格不少于"
                "1次。", 6,
                "未按时述职的扣2分；述职评议为“较好”等次的扣1分，为“一般”及以下等次的扣2分；联系网格每少1次扣0.1分，最高扣2分。",
                "查阅资料、个别谈话"),
        )),
        Section("基层组织", "二、基层组织（28分）", 28, (
            Row("网格（小区）党支部规范落实“三会一课”：支部委员会每月1次，党员大会每季度1次，党小组会每月1次，党课每季度1次；党支部书记"
                "每年讲党课不少于1次。", 7,
                "“三会一课”全部落实的得5分，每缺1次扣0.25分；支部书记讲党课的得2分。", "查阅会议记录、平台核查"),
            Row("每月开展一次主题党日活动，党员参加率不低于百分之八十；每年召开组织生活会、开展民主评议党员，评议结果在党员大会上通报。",
                7,
                "主题党日每少1次扣0.3分；参加率低于80%的，每次扣0.2分；未召开组织生活会的扣2分；未开展民主评议的扣1.5分；评议结果未通报"
                "的扣0.5分。", "查阅会议记录"),
            Row("社区“两委”班子成员中40周岁以下的不少于2名；社区党委按期换届，网格党支部按期换届率达到100%；社区党组织书记年内参加上级"
                "培训不少于5天。", 7,
                "40周岁以下成员不足2名的扣1分；社区党委未按期换届的，本项不得分；网格党支部未按期换届的，每个扣1分；书记培训时间不足的"
                "扣1分。", "查阅资料"),
            Row("在物业服务企业、辖区商户等“两新”组织中推进党的组织和工作覆盖，有3名以上正式党员的单独组建党组织，无党员的选派党建指导员，"
                "覆盖率达到百分之百。", 7,
                "符合条件未建立党组织的，每个扣2分；未选派党建指导员的，每个扣1分；覆盖率每低10个百分点扣1分，最高扣3分。",
                "查阅资料、实地查看"),
        )),
        Section("党员队伍", "三、党员队伍（15分）", 15, (
            Row("注重从社区工作者、网格员、退役军人中发展党员，每年至少发展1名；发展对象、预备党员等各阶段在社区公示不少于5个工作日。", 5,
                "未发展党员的扣2分；未公示或公示期不足的，每人次扣0.5分；发生违规发展党员问题的，本项不得分。", "查阅资料"),
            Row("运用“安徽先锋网”、“学习强国”开展党员日常学习，党员年度学习培训不少于32学时；每年组织1次党员集中轮训；为年老体弱党员"
                "每半年送学上门1次。", 5,
                "学时不足的，每人扣0.1分，最高扣2分；未组织集中轮训的扣1分；送学上门每少1次扣0.5分。", "平台核查、查阅资料"),
            Row("党员每月按时足额交纳党费，党费收缴情况每年公开一次；建立流动党员台账，流动党员联系率达到百分之百；“七一”前后走访慰问"
                "困难党员、老党员。", 5,
                "党费未按月交纳的，每人次扣0.1分；未公开的扣0.5分；无流动党员台账的扣1分；联系率每低1个百分点扣0.1分；未开展慰问的扣1分。",
                "查阅资料"),
        )),
        Section("治理服务", "四、治理服务（30分）", 30, (
            Row("社区党委牵头在各小区建立“小区议事会”，每个小区每季度至少召开一次议事会，协商解决居民关切问题，议事结果公示；小区业委会"
                "成员中党员占比达到百分之五十以上。", 8,
                "未建立小区议事会的，每个小区扣1分；议事会每少1次扣0.5分，最高扣3分；议事结果未公示的，每次扣0.5分；党员占比未达到50%的，"
                "每个小区扣1分。", "查阅资料、实地查看"),
            Row("网格员落实“网格化+”管理，每月入户走访不少于1次，走访覆盖率达到百分之百；矛盾纠纷化解率达到95%以上，全年无“民转刑”"
                "案件。", 8,
                "走访覆盖率每低5个百分点扣0.5分；化解率每低1个百分点扣0.5分，最高扣3分；发生“民转刑”案件的，本项不得分。",
                "查阅资料、入户走访"),
            Row("组建社区党员志愿服务队，每月至少开展1次志愿服务活动；在职党员到社区报到率达到百分之百，每人每年参加社区服务不少于2次。",
                7,
                "志愿服务活动每少1次扣0.5分；报到率每低1个百分点扣0.1分；参加社区服务不足2次的，每人扣0.1分，最高扣2分。",
                "查阅资料、平台核查"),
            Row("街道组织居民代表对社区党组织服务群众情况开展满意度测评，满意度达到90%以上。", 7,
                "满意度95%以上的得7分，90%（含）—95%的得6分，85%（含）—90%的得4分，80%（含）—85%的得2分，80%以下的不得分。",
                "问卷测评"),
        )),
        Section("基础保障", "五、基础保障（15分）", 15, (
            Row("社区党群服务中心规范悬挂标识，党员活动室、“红色书屋”等功能室正常开放，每周开放不少于5天，节假日错时开放。", 5,
                "标识不规范的扣0.5分；功能室未正常开放的，每次扣1分；场所闲置或挪作他用的，本项不得分。", "实地查看"),
            Row("社区党组织工作经费和服务群众专项经费专款专用，建立经费使用台账；经费使用情况每年向党员群众公开不少于2次。", 5,
                "无经费使用台账的扣1分；公开每少1次扣1分；违规使用经费的，本项不得分。", "查阅账目"),
            Row("年初制定党建工作计划，年中报送半年工作小结，年底报送年度工作总结；党建台账资料按“一类一档”分类归档。", 5,
                "计划、小结、总结每缺1项扣1分；台账资料不规范的扣1分。", "查阅资料"),
        )),
    ),
)

HEADER = ["考核项目", "序号", "考核内容", "分值", "计分方法", "考核方式"]
NOTE = ("说明：1.本细则由街道党工委考核领导小组组织实施，考核采取查阅资料、实地查看、入户走访、问卷测评相结合的方式，于每年12月集中"
        "进行；2.各项扣分以该项分值为限，扣完为止；3.考核得分90分以上为“好”，80分（含）至90分为“较好”，60分（含）至80分为“一般”，"
        "60分以下为“差”；4.考核结果与社区干部年度绩效报酬挂钩，并作为社区党组织评先评优的重要依据。")


def build(t: Table, path: Path) -> None:
    import docx

    ncols = len(HEADER)
    n_rows = 1 + sum(len(s.rows) for s in t.sections) + 1
    document = docx.Document()
    docx_title(document, t.title, 16)
    docx_centred(document, "（考核对象：街道所辖各社区党委、党总支）")
    document.add_paragraph("社区名称：                    考核组：                    考核时间：2025年12月")
    tbl = docx_grid_table(document, n_rows, ncols, HEADER)
    r = 1
    for s in t.sections:
        top = r
        for number, row in enumerate(s.rows, 1):
            cells = ((1, str(number)), (2, row.text), (3, _fmt(row.points)), (4, row.scoring), (5, row.method))
            for c, v in cells:
                tbl.cell(r, c).text = v
            r += 1
        merge_cells(tbl, top, 0, r - 1, 0, s.printed)
    docx_total_row(tbl, r, 3, t.total)
    document.add_paragraph(NOTE)
    document.save(str(path))
