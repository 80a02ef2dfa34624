"""中共青海省第五地质勘查院委员会2025年度野外地质项目党支部党建工作考核评分细则 (.docx), as a 省 地勘 事业单位 院党委 (its 党委办公室
with the 地质矿产部, the 安全生产部 and the 院纪委, a 考核组 checking each 支部 in December after the 野外季, with the 野外季 中期检查 and
the 项目管理系统 data) scores each 项目党支部 set up on a 野外 地质项目 — 党员 项目负责人, 地质技术员, 钻探 机长 and 驾驶员 spread over
高海拔 and 牧区 作业区 from May to October — on four heads: 政治建设 (the “第一议题” with a monthly 集中学习 and 线上学习 / 补学 in the
field, two 专题教育 on the “三光荣” and “四特别” 精神 with the “七一” 入党誓词 at the 营地, the quarterly 民族宗教政策 学习 with the 共建协议
of the 村（牧委会）, the 年初 责任书 and the 年底 述职 graded by 等次), 组织建设 (the 支部 set up within a month of the 开工 and 撤销 at
the end, “三会一课” as “帐篷会” and “机台会” with the 记录本 carried along, the monthly “野外主题党日” with a 参加率 in Chinese numerals,
the 组织生活会 back at the 院 with 谈心谈话, 民主评议 and its 上报, a yearly 积极分子 with the quarterly 思想汇报, 党费 by 委托代交 and the
书记's 谈心谈话 before and after the 野外季), 中心工作 (the 党员找矿突击队 with the 工作量 完成率 and the 找矿成果, the “三级质量检查” with
the 合格率 and the 验收等级, the 安全培训 of eight 学时, the monthly 安全检查 with the 隐患整改台账 and a 一票否决, the 恢复治理率 of the
临时用地, the 劳务协议 and two 实事) and 作风纪律 (the 审批 and the half-yearly 公开 of 采购 and 劳务费用 with the 纪检委员's quarterly
监督检查, “夏送清凉、冬送温暖”, the 走访慰问 and the quarterly 思想动态分析, a deduction-only line).

The title (bold, centred), a centred "（考核对象：院属各野外地质项目党支部、联合党支部）" line and a "项目名称：…  支部书记：…  党员人数：…
野外作业时间：…月至…月" line above one table: 考核类别 | 考核要点 | 计分方法 | 分值 | 考核得分. There is NO 序号: items are numbered by
position (1..18). The categories are MERGED CELLS down the 考核类别 column (first), printed WITHOUT an ordinal on ONE line,
"政治建设（20分）". 分值 comes AFTER the 计分方法, a plain number. There is no 佐证 or 考核方式 column. 考核得分 is blank. A 合计 row and
a 说明 paragraph close the document. The 述职 and the 验收 are graded by 等次; counts in figures and Chinese numerals ("百分之九十",
"每季度至少开展一次", "每半年…公开一次", "各…一次"); "最高扣" caps; one rule is "实行一票否决，本项不得分"; one bare "酌情扣分"; one line is
deduction-only.
"""

from __future__ import annotations

from pathlib import Path

from .build_helpers import docx_centred, docx_grid_table, docx_title, docx_total_row, merge_cells
from .model import Row, Section, Table, _fmt

TABLE = Table(
    name="zzs_dikan_yewai_xiangmu_zhibu_docx",
    fmt="docx",
    title="中共青海省第五地质勘查院委员会2025年度野外地质项目党支部党建工作考核评分细则",
    numbering="position",
    sections=(
        Section("政治建设", "政治建设（20分）", 20, (
            Row("落实“第一议题”制度，项目党支部每月至少组织1次集中学习；野外分散作业期间，通过“学习强国”、微信群开展线上学"
                "习，回营地后集中补学。", 5,
                "集中学习每少1次扣0.5分；线上学习、回营补学未落实的，酌情扣0.5—1分。"),
            Row("弘扬地质工作者“三光荣”精神和“四特别”精神，每年开展地质精神专题教育不少于2次；“七一”前后在野外营地组织党员重"
                "温入党誓词。", 5,
                "专题教育每少1次扣1分；未组织重温入党誓词的扣1分。"),
            Row("项目驻地在少数民族聚居区的，每季度至少开展一次民族宗教政策和当地风俗习惯学习；与项目所在地村（牧委会）党组织"
                "开展联建共建，签订共建协议。", 4,
                "民族宗教政策学习每少1次扣0.5分；未签订共建协议的扣1分；因违反民族风俗习惯引发纠纷的，每起扣2分。"),
            Row("项目党支部书记年初与院党委签订党建工作目标责任书；野外季结束后，支部书记于年底前向院党委述职，述职评议结果为"
                "“好”或“较好”。", 6,
                "未签订责任书的扣1分；未述职的扣2分；评议结果为“一般”的扣2分，为“差”的本项不得分。"),
        )),
        Section("组织建设", "组织建设（30分）", 30, (
            Row("项目开工后1个月内，有正式党员3名以上的项目部单独成立项目党支部，不足3名的与相邻项目联合组建；项目结束后及时"
                "撤销支部，党员组织关系按时转回。", 4,
                "未按时建立支部的扣2分；项目结束未及时撤销支部或党员组织关系未转回的扣1分。"),
            Row("支部委员会每月召开1次，党员大会每季度召开1次，党课每季度1次；野外作业期间可采取“帐篷会”“机台会”等形式召开，"
                "会议记录本随队携带、及时记录。", 8,
                "“三会一课”每少1次扣0.5分，最高扣5分；会议记录不及时、要素不全的，每次扣0.2分，最高扣2分；会后补记的，每处扣"
                "0.5分。"),
            Row("每月开展一次主题党日活动，野外季可结合找矿攻坚、安全生产、生态保护开展“野外主题党日”；党员参加率不低于百分之"
                "九十。", 5,
                "主题党日每少1次扣0.5分；参加率低于90%的，每次扣0.2分。"),
            Row("野外季结束返院后召开年度组织生活会，会前开展谈心谈话；同步开展民主评议党员，评议结果报院党委。", 5,
                "未召开组织生活会的扣2分；未开展谈心谈话的扣1分；未开展民主评议党员的扣1分；评议结果未上报的扣0.5分。"),
            Row("注重在一线技术骨干、青年地质队员中培养入党积极分子，每年至少确定1名；入党积极分子在野外期间每季度向支部书面"
                "汇报一次思想。", 4,
                "未确定入党积极分子的扣1.5分；思想汇报每少1次扣0.2分，最高扣1分。"),
            Row("党员按月交纳党费，野外作业期间可委托代交、返院后补交，不得拖欠超过3个月；出队前、返院后支部书记与每名党员各"
                "谈心谈话一次。", 4,
                "党费拖欠超过3个月的，每人扣0.5分；谈心谈话每少1人次扣0.2分。"),
        )),
        Section("中心工作", "中心工作（35分）", 35, (
            Row("组建党员找矿突击队，承担无人区、高海拔等急难险重任务；项目年度野外工作量完成率达到100%，地质找矿成果有新发"
                "现、新突破。", 8,
                "未组建党员突击队的扣2分；工作量完成率每低5个百分点扣1分；找矿成果由院党委会同地质矿产部综合评定，酌情扣分。"),
            Row("严格执行地质勘查规范，野外原始资料“三级质量检查”全覆盖，质量检查合格率达到100%；项目野外验收等级为“优秀”。", 7,
                "原始资料检查未全覆盖的扣1分；合格率未达到100%的扣2分；野外验收为“良好”的扣1分，为“合格”的扣3分，不合格的本"
                "项不得分。"),
            Row("落实野外安全生产责任制，党员带头遵守野外工作“十不准”；出队前组织安全培训不少于8学时，每月开展1次安全检查并建"
                "立隐患整改台账；全年无安全生产责任事故。", 10,
                "安全培训不足8学时的扣1分；安全检查每少1次扣0.5分；无隐患整改台账的扣1分；发生一般安全事故的，每起扣3分；发"
                "生人员死亡等较大以上安全事故的，实行一票否决，本项不得分。"),
            Row("践行绿色勘查，探槽、钻孔、营地等临时用地按规定恢复治理，恢复治理率达到100%；营地生活垃圾集中收集带出。", 5,
                "恢复治理率每低10个百分点扣1分；营地垃圾随意丢弃、焚烧的，每次扣1分；被生态环境部门处罚的，本项不得分。"),
            Row("尊重项目所在地群众利益，雇用当地劳务人员签订劳务协议，工资按时足额发放；每年为项目所在地群众办实事不少于2"
                "件。", 5,
                "未签订劳务协议的扣1分；发生拖欠劳务工资的，每起扣2分；办实事每少1件扣1分。"),
        )),
        Section("作风纪律", "作风纪律（15分）", 15, (
            Row("项目物资采购、车辆使用、劳务费用支出按规定审批，每半年在项目部公开一次；支部纪检委员每季度开展一次监督检查。", 6,
                "未按规定审批的，每笔扣0.5分，最高扣2分；未公开的，每次扣1分；监督检查每少1次扣0.5分。"),
            Row("关心关爱野外一线职工，落实“夏送清凉、冬送温暖”；职工家庭遇到重大困难的，支部及时上门走访慰问；每季度开展一次"
                "职工思想动态分析。", 4,
                "未开展送清凉、送温暖活动的扣1分；应走访慰问未走访的，每人次扣0.5分；思想动态分析每少1次扣0.5分。"),
            Row("党员严守政治纪律和野外工作纪律，无违规使用公车、虚报野外补助、违规转包分包等问题。", 5,
                "党员受到党纪政务处分的，每人扣3分；查实虚报野外补助的，每起扣2分；支部书记受到党纪处分的，本项不得分。"),
        )),
    ),
)

HEADER = ["考核类别", "考核要点", "计分方法", "分值", "考核得分"]
NOTE = ("说明：1.本细则由院党委于每年12月组织考核，结合野外季中期检查情况，采取听取汇报、查阅资料、个别谈话、调取项目管理系统数据"
        "相结合的方式；2.各项扣分以该项分值为限，扣完为止；3.考核结果分为“好”“较好”“一般”“差”四个等次，作为评选“先进基层党组织”"
        "和项目绩效考核的重要依据；4.项目发生较大以上安全生产责任事故的，支部当年考核直接定为“差”等次。")


def build(t: Table, path: Path) -> None:
    import docx

    ncols = len(HEADER)
    n_rows = 1 + sum(len(s.rows) for s in t.sections) + 1
    document = docx.Document()
    docx_title(document, t.title, 16)
    docx_centred(document, "（考核对象：院属各野外地质项目党支部、联合党支部）")
    document.add_paragraph("项目名称：                  支部书记：            党员人数：      野外作业时间：    月至    月")
    tbl = docx_grid_table(document, n_rows, ncols, HEADER)
    r = 1
    for s in t.sections:
        top = r
        for row in s.rows:
            cells = ((1, row.text), (2, row.scoring), (3, _fmt(row.points)))
            for c, v in cells:
                tbl.cell(r, c).text = v
            r += 1
        merge_cells(tbl, top, 0, r - 1, 0, s.printed)
    docx_total_row(tbl, r, 3, t.total)
    document.add_paragraph(NOTE)
    document.save(str(path))
