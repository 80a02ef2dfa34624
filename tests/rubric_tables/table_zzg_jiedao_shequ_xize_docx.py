"""中共南京市鼓楼区宁海路街道工作委员会2025年度社区党组织党建工作考核细则 (.docx), as a 江苏 街道党工委 (its 党建工作办公室
with the 街道 纪工委 and the 网格化服务管理中心, 日常督查 weighed with a 年终 集中考核) scores each 社区党委 on 组织体系 (the
“社区党委—网格党支部—楼栋党小组—党员中心户” chain and its 覆盖率, 党组织 in 新建小区 within 3个月, 班子 团结 and the 交叉任职
比例 in Chinese numerals, the 书记's half-yearly 书面报告, 后备干部 at 1∶2 with one under 35 and their quarterly 跟踪培养), 组织
生活 (the 网格党支部' “三会一课” without 补记、代记, 主题党日 in the first week entered on the “江苏先锋” 平台, 组织生活会 with 谈心
谈话, 征求意见 and 民主评议 with its 备案, the 书记's and 班子成员' 党课 and the “微党课”), 党员队伍 (发展党员 every two years with
its 公示, 学时 and 送学上门, 党费 with its 基数 by the end of March and a yearly 公布, the 在职党员 报到率 and 志愿服务 with the
half-yearly 反馈), 党建引领基层治理 (the “大数据+网格化+铁脚板” 走访 and 办结率, the “三方联动” 联席会议 with the 物业 覆盖率 and
the 业委会 党员比例, “三张清单” and “微实事” with their 公开, the 党群服务中心's opening and 服务空间, a 居民满意度 scored down from
90%) and 基础保障 (工作要点 and 总结, “一社区一档”, the “小微权力” 清单 with the 纪检委员's half-yearly 监督检查 and a 一票否决).

The title (bold, centred), a centred "（考核对象：宁海路街道所辖各社区党委）" line and a "社区名称：…  考核时间：2026年1月" line above
one table: 一级指标 | 二级指标 | 考核要点 | 分值 | 扣分办法 | 考核方式. There is NO 序号: items are numbered by position (1..18).
The categories are MERGED CELLS down the 一级指标 column (first), printed on one line with an ordinal, "一、组织体系（15分）".
二级指标 is a short sub-label (`Row.indicator`). 分值 (before the 扣分办法) is a plain number. 考核方式 (`Row.method`) says only how
the 考核组 checks (查阅资料, 查阅会议记录, 实地查看, 个别谈话, 平台核查, 系统抽查, 系统核查, 入户核实, 电话抽访, 第三方测评, 向
街道纪工委核实); it is no 佐证 column. A 合计 row and two 说明 paragraphs (the 加分 among them) close the document. "最高扣" caps; counts partly in Chinese
numerals ("百分之五十", "一次"); the 满意度 is scored down from 90% ("每低1个百分点扣0.5分").
"""

from __future__ import annotations

from pathlib import Path

from .build_helpers import docx_centred, docx_grid_table, docx_title, docx_total_row, merge_cells
from .model import Row, Section, Table, _fmt

TABLE = Table(
    name="zzg_jiedao_shequ_xize_docx",
    fmt="docx",
    title="中共南京市鼓楼区宁海路街道工作委员会2025年度社区党组织党建工作考核细则",
    numbering="position",
    sections=(
        Section("组织体系", "一、组织体系（15分）", 15, (
            Row("健全“社区党委—网格党支部—楼栋党小组—党员中心户”组织链条，网格党支部覆盖率达到100%；新建住宅小区交付使用后3个"
                "月内同步组建党组织。", 5,
                "覆盖率每低5个百分点扣1分；新建小区未按期组建党组织的，每个扣1分；组织链条不健全的，酌情扣1—2分。",
                "查阅资料、实地查看", indicator="组织设置"),
            Row("社区党组织班子团结协作、运转有序；社区“两委”成员交叉任职比例不低于百分之五十；社区党组织书记每半年向街道党工委"
                "书面报告一次抓党建工作情况。", 5,
                "班子不团结、影响工作开展的，酌情扣1—3分；交叉任职比例未达标的扣1分；书面报告每少1次扣1分。", "个别谈话、查阅资料",
                indicator="班子运行"),
            Row("按照1∶2的比例储备社区后备干部，其中35周岁以下的不少于1名；社区党组织每季度对后备干部开展一次跟踪培养。", 5,
                "后备干部每少1名扣1分；无35周岁以下后备干部的扣1分；跟踪培养每少1次扣0.5分。", "查阅资料", indicator="后备力量"),
        )),
        Section("组织生活", "二、组织生活（25分）", 25, (
            Row("网格党支部每季度至少召开1次党员大会、每月至少召开1次支部委员会，党小组每月召开1次党小组会，每季度至少上1次党课；"
                "会议记录真实完整，不得补记、代记。", 7,
                "“三会一课”每缺1次扣0.5分，最高扣5分；发现补记、代记的，每次扣1分。", "查阅会议记录", indicator="“三会一课”"),
            Row("每月第一周开展主题党日活动，全年不少于12次；党员参加率达到90%以上；活动情况当月录入“江苏先锋”平台。", 6,
                "主题党日每少1次扣0.5分；参加率低于90%的，每次扣0.2分；未按月录入平台的，每次扣0.2分，最高扣1分。",
                "查阅资料、平台核查", indicator="主题党日"),
            Row("每年召开一次组织生活会，会前开展谈心谈话、征求群众意见，会上认真开展批评和自我批评；同步开展民主评议党员，评议结果"
                "报街道党工委备案。", 6,
                "未召开组织生活会的扣3分；批评和自我批评流于形式的，酌情扣1—2分；未开展民主评议党员的扣2分；评议结果未备案的扣"
                "0.5分。", "查阅会议记录、个别谈话", indicator="组织生活会"),
            Row("社区党组织书记和班子成员每年至少讲一次党课；邀请辖区老党员、先进模范讲“微党课”，全年不少于2次。", 6,
                "书记未讲党课的扣2分；班子成员每少1人扣0.5分；“微党课”每少1次扣1分。", "查阅资料", indicator="党课讲授"),
        )),
        Section("党员队伍", "三、党员队伍（20分）", 20, (
            Row("注重从社区工作者、网格员和志愿者骨干中发展党员，每两年至少发展1名党员；发展对象在社区公示栏和网格微信群同步公示，"
                "公示期不少于5个工作日。", 5,
                "两年内未发展党员的扣2分；未公示的扣1分；发展程序不规范的，每处扣0.5分；违规发展党员的，本项不得分。",
                "查阅发展党员档案", indicator="发展党员"),
            Row("党员每年参加集中学习培训累计不少于32学时；对年老体弱、行动不便的党员每季度送学上门一次。", 5,
                "学时不达标的，每人扣0.2分，最高扣2分；送学上门每少1次扣0.5分。", "查阅资料、电话抽访", indicator="教育培训"),
            Row("党员按月交纳党费，党费收缴台账清晰；每年3月底前完成党费交纳基数核定；党费收缴情况每年至少向党员公布一次。", 4,
                "未按月交纳的，每人次扣0.1分；未核定基数的扣1分；未公布的扣1分。", "查阅资料", indicator="党费管理"),
            Row("在职党员到社区报到率达到100%，每名报到党员每年参加社区志愿服务不少于4次；社区每半年向报到党员所在单位党组织反馈"
                "一次表现情况。", 6,
                "报到率每低5个百分点扣1分；志愿服务次数不足的，每人扣0.1分，最高扣2分；反馈每少1次扣1分。", "查阅资料、系统核查",
                indicator="“双报到”"),
        )),
        Section("党建引领基层治理", "四、党建引领基层治理（30分）", 30, (
            Row("落实“大数据+网格化+铁脚板”治理机制，专职网格员每月对网格内住户走访一遍；网格事件按期办结率不低于95%。", 6,
                "走访不到位的，酌情扣1—2分；办结率每低1个百分点扣0.5分，最高扣3分。", "系统抽查、入户核实", indicator="网格治理"),
            Row("推动小区党支部、业委会、物业服务企业“三方联动”，每月召开一次联席会议；物业服务企业党的工作覆盖率达到100%，业委会"
                "成员中党员比例不低于50%。", 6,
                "联席会议每少1次扣0.5分；覆盖率未达100%的扣1分；业委会党员比例未达标的，每个小区扣0.5分，最高扣2分。",
                "查阅资料、实地查看", indicator="红色物业"),
            Row("建立居民需求、服务资源、服务项目“三张清单”，每季度更新一次；年内办结“微实事”项目不少于6个，办理结果向居民公开。", 6,
                "清单每缺1张扣1分；清单更新每少1次扣0.5分；“微实事”每少1个扣0.5分；办理结果未公开的扣1分。", "查阅资料",
                indicator="民生服务"),
            Row("社区党群服务中心每周开放不少于6天，节假日安排党员轮流值班；服务空间占比不低于70%，功能布局合理。", 6,
                "开放时间不足的扣1分；节假日未安排值班的扣1分；服务空间占比未达标的扣1分；服务功能发挥不好的，酌情扣1—2分。",
                "实地查看", indicator="阵地服务"),
            Row("街道委托第三方开展居民满意度测评，满意度达到90%以上。", 6,
                "满意度达到90%的得满分；每低1个百分点扣0.5分，扣完为止。", "第三方测评", indicator="群众评价"),
        )),
        Section("基础保障", "五、基础保障（10分）", 10, (
            Row("年初制定社区党建工作要点，年底形成全年工作总结并报街道党工委；党建台账实行“一社区一档”，纸质与电子台账同步管理。",
                5,
                "工作要点、工作总结每缺1项扣1分；台账不规范的，酌情扣1—2分。", "查阅资料", indicator="台账资料"),
            Row("落实社区“小微权力”清单，社区纪检委员每半年开展一次监督检查；社区工作者无违纪违法行为。", 5,
                "监督检查每少1次扣1分；社区工作者受到党纪政务处分的，每人扣2分；社区党组织书记受到党纪处分的，实行一票否决。",
                "向街道纪工委核实", indicator="廉政建设"),
        )),
    ),
)

HEADER = ["一级指标", "二级指标", "考核要点", "分值", "扣分办法", "考核方式"]
NOTES = (
    "说明：1.考核采取日常督查与年终集中考核相结合的方式，日常督查占30%，年终集中考核占70%；2.各项扣分以该项分值为限，扣完为止；"
    "3.社区党建工作经验做法被市级以上推广的，每项加1分，加分不超过3分。",
    "4.考核结果分为优秀、良好、一般、较差四个等次，作为社区党组织书记年度考核和评先评优的重要依据。",
)


def build(t: Table, path: Path) -> None:
    import docx

    ncols = len(HEADER)
    n_rows = 1 + sum(len(s.rows) for s in t.sections) + 1
    document = docx.Document()
    docx_title(document, t.title, 15)
    docx_centred(document, "（考核对象：宁海路街道所辖各社区党委）")
    document.add_paragraph("社区名称：                              考核时间：2026年1月")
    tbl = docx_grid_table(document, n_rows, ncols, HEADER)
    r = 1
    for s in t.sections:
        top = r
        for row in s.rows:
            cells = ((1, row.indicator), (2, row.text), (3, _fmt(row.points)), (4, row.scoring), (5, row.method))
            for c, v in cells:
                tbl.cell(r, c).text = v
            r += 1
        merge_cells(tbl, top, 0, r - 1, 0, s.printed)
    docx_total_row(tbl, r, 3, t.total)
    for note in NOTES:
        document.add_paragraph(note)
    document.save(str(path))
