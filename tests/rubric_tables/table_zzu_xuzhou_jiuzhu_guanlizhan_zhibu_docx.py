"""中共徐州市民政局直属机关委员会2025年度救助管理机构党支部党建工作考核细则 (.docx), as a 江苏 市民政局 直属机关党委 (its 组织科 with
the 社会救助处 and the 直属机关纪委, a 考核组 checking in January) scores the 党支部 of the 市救助管理站 and the 市未成年人救助保护中心,
whose 党员 patrol the streets, keep the 站 by night and look for the families of the 流浪乞讨人员, on 党建 and the 救助 work together:
政治建设 (a monthly 集中学习 with a quarterly “民政为民、民政爱民” 研讨 and “5天或40学时”, the 书记's 年初 工作要点 and 年底 述职 with his
two 党课 and one of each 支部委员, the quarterly 舆情 研判), 组织建设 (“三会一课” with the 补学 of those on 巡查 and 值守, the monthly
主题党日 with a quarterly one joined to the “寒冬送温暖”“夏季送清凉” and its 到会率, 签到表 and 照片, the 组织生活会 with 征求意见, 民主评议
and its 反馈, the 换届, a yearly 积极分子 and 党费 with its half-yearly 公布, the “暖心救助” 品牌 with three 典型案例 and their 报送),
业务融合 (the 党员街面巡查队 with eight 巡查 a month, the 入站登记 and the 党员 带班值守 with a 一票否决, the 寻亲 专班 with the 比对
覆盖率 and the 寻亲公告, the 安置方案 and “一人一档” with the 安置率, the 监护评估 with a quarterly 关爱活动, the half-yearly 联席会议 with
the 协作协议 and its 覆盖率, a 满意率 in bands and the 12345 办结率) and 作风建设 (the half-yearly 警示教育 with the 代管 登记, a deduction-only
line on 打骂 and 克扣, four 志愿服务 with a 共建协议 and a quarterly 联合活动, the 半年小结 and the 年底 总结).

The title (bold, centred), a centred "（考核对象：市救助管理站党支部、市未成年人救助保护中心党支部）" line and a "党支部：…  支部书记：…
党员人数：…  考核时间：2026年1月" line above one table: 考核项目 | 考核要点 | 分值 | 考核细则 | 佐证材料. There is NO 序号: items are
numbered by position (1..19). The categories are MERGED CELLS down the 考核项目 column (first), printed WITH an ordinal on ONE line,
"一、政治建设（15分）". 分值 comes BEFORE the 考核细则, a plain number. 佐证材料 (`Row.method`) names the papers the 支部 lays out (once a
way of checking, 局直属机关纪委核实): a 佐证 column. There is no 得分 column. A 合计 row and a 说明 paragraph close the document. Counts
in figures and Chinese numerals ("每半年公布一次", "每季度开展一次"); "不少于5天或40学时"; "最高扣" caps; a 满意率 in bands ("85%以下的
不得分" closing them); one rule "酌情扣0.5分", one bare "酌情扣分"; one rule is "实行一票否决，本项不得分"; one line is deduction-only.
"""

from __future__ import annotations

from pathlib import Path

from .build_helpers import docx_centred, docx_grid_table, docx_title, docx_total_row, merge_cells
from .model import Row, Section, Table, _fmt

TABLE = Table(
    name="zzu_xuzhou_jiuzhu_guanlizhan_zhibu_docx",
    fmt="docx",
    title="中共徐州市民政局直属机关委员会2025年度救助管理机构党支部党建工作考核细则",
    numbering="position",
    sections=(
        Section("政治建设", "一、政治建设（15分）", 15, (
            Row("支部每月开展一次集中学习，每季度开展一次“民政为民、民政爱民”主题研讨；党员年度学习培训不少于5天或40学时。", 5,
                "集中学习每少1次扣0.5分；主题研讨每少1次扣0.5分；学时不足的，每人扣0.2分，最高扣1分。",
                "学习记录、研讨发言材料、学时台账"),
            Row("支部书记年初制定党建工作要点，年底向局直属机关党委述职；支部书记每年讲党课不少于2次，支部委员到分管科室讲党课不少"
                "于1次。", 5,
                "无工作要点的扣1分；未述职的扣2分；书记讲党课每少1次扣0.5分；支部委员未讲党课的，每人扣0.5分。",
                "工作要点、述职报告、党课讲稿"),
            Row("加强救助工作舆情管理，每季度开展一次舆情风险研判；涉及流浪乞讨人员救助的网络舆情2小时内响应、24小时内回应。", 5,
                "研判每少1次扣0.5分；舆情响应不及时的，每起扣1分；因处置不当引发重大负面舆情的，本项不得分。",
                "研判记录、舆情处置记录"),
        )),
        Section("组织建设", "二、组织建设（25分）", 25, (
            Row("支委会每月召开1次，党员大会每季度召开1次，党小组会每月召开1次，党课每季度1次；因街面巡查、夜间值守缺席的党员会后"
                "补学。", 7,
                "“三会一课”每少1次扣0.5分，最高扣4分；会议记录不完整的，每次扣0.2分，最高扣1分；缺席党员未补学的，每人次扣0.1分。",
                "会议记录本、补学记录"),
            Row("每月开展一次主题党日，每季度至少1次结合街面巡查和“寒冬送温暖”“夏季送清凉”专项救助行动开展；党员到会率达到90%以"
                "上。", 5,
                "主题党日每少1次扣0.5分；未结合专项救助行动开展的，每次扣0.3分；到会率每低5个百分点扣0.2分。",
                "活动记录、签到表、活动照片"),
            Row("每年召开一次组织生活会，开展批评和自我批评，会前征求受助人员家属、协作单位意见；同步开展民主评议党员，评议结果向党"
                "员本人反馈。", 5,
                "未召开组织生活会的扣2分；未征求意见的扣1分；未开展民主评议党员的扣1分；评议结果未反馈的扣0.5分；批评和自我批评流"
                "于形式的，酌情扣0.5分。", "会议记录、征求意见表、民主评议表"),
            Row("支部委员会按期换届；每年至少确定1名入党积极分子；党员按月足额交纳党费，支部每半年公布一次交纳情况。", 4,
                "未按期换届的扣1分；未确定入党积极分子的扣1分；党费未按月交纳的，每人次扣0.1分；未公布的扣0.5分。",
                "换届批复、发展党员档案、党费收缴台账"),
            Row("创建“暖心救助”党建品牌，有品牌标识、有工作载体；每年总结提炼救助典型案例不少于3个，报送局直属机关党委。", 4,
                "未创建党建品牌的扣2分；典型案例每少1个扣0.5分；未报送的扣0.5分。", "品牌创建方案、典型案例材料"),
        )),
        Section("业务融合", "三、业务融合（40分）", 40, (
            Row("组建党员街面巡查队，每月开展街面巡查不少于8次，寒潮、高温等极端天气期间每日巡查；发现流浪乞讨人员及时劝导、引导"
                "入站。", 6,
                "未组建党员巡查队的扣1分；巡查每少1次扣0.2分，最高扣3分；极端天气期间未每日巡查的，每次扣0.5分；无巡查登记的扣1分。",
                "巡查队名单、巡查登记表、巡查照片"),
            Row("落实受助人员入站登记、安全检查、分类安置，党员带班值守，夜间值班实行“双人双岗”；全年不发生受助人员安全责任事故。", 7,
                "入站登记不规范的，每人次扣0.2分，最高扣2分；未落实党员带班值守的扣1分；发生受助人员安全责任事故的，实行一票否决，本"
                "项不得分。", "入站登记表、值班记录"),
            Row("党员牵头组建寻亲工作专班，对身份不明受助人员DNA采血比对和人脸识别比对覆盖率达到100%，借助“头条寻人”等平台发布寻亲"
                "公告，寻亲成功率不低于上年。", 6,
                "未组建寻亲专班的扣1分；比对每缺1人扣0.5分；未发布寻亲公告的，每人次扣0.3分；寻亲成功率低于上年的扣1分。",
                "比对记录、寻亲公告截图"),
            Row("对滞留超过3个月的受助人员逐人制定安置方案，落实“一人一档”，符合条件的协调办理户籍登记、纳入特困供养，长期滞留人员"
                "安置率达到90%以上。", 6,
                "未制定安置方案的，每人扣0.5分；档案不完整的，每份扣0.2分；安置率每低5个百分点扣0.5分。", "安置方案、受助人员档案"),
            Row("未成年人救助保护中心对受助未成年人逐人开展监护评估，每季度开展一次关爱活动，落实学习辅导和心理疏导。", 5,
                "未开展监护评估的，每人扣0.5分；关爱活动每少1次扣0.5分；无心理疏导安排的扣0.5分。", "评估报告、活动照片"),
            Row("与公安、城管、卫健等部门每半年召开一次救助联席会议；与全市各街道（乡镇）救助工作站签订协作协议，覆盖率达到100%。", 5,
                "联席会议每少1次扣1分；协作协议覆盖率每低10个百分点扣0.5分。", "会议纪要、协作协议"),
            Row("受助人员和社会公众满意率达到95%以上；12345热线涉及救助的工单按时办结率100%。", 5,
                "满意率95%以上的得3分，90%（含）至95%的得2分，85%（含）至90%的得1分，85%以下的不得分；工单超时办结的，每件扣0.5分，"
                "最高扣2分。", "满意度测评表、工单台账"),
        )),
        Section("作风建设", "四、作风建设（20分）", 20, (
            Row("开展“清风民政”廉洁文化建设，每半年开展一次警示教育；受助人员随身财物代管实行登记、交接、返还全程签字。", 5,
                "警示教育每少1次扣1分；代管财物无登记或交接手续不全的，每人次扣0.5分。", "教育记录、财物代管登记簿"),
            Row("党员干部不得打骂、体罚、虐待受助人员，不得克扣、侵占受助人员财物（本项为扣分项）。", 5,
                "经查实存在打骂、体罚受助人员的，每起扣3分；被媒体曝光或上级通报的，每次扣2分；发生虐待受助人员或侵占受助人员财物的，"
                "本项不得分。", "局直属机关纪委核实"),
            Row("党员每年参加“民政为民”志愿服务不少于4次；支部与1个社区党组织结对共建，每季度开展一次联合活动。", 5,
                "志愿服务不足4次的，每人扣0.2分，最高扣2分；未签订结对共建协议的扣1分；联合活动每少1次扣0.5分。",
                "志愿服务记录、共建协议、活动照片"),
            Row("年中形成半年工作小结，年底报送党建工作总结；党员档案、组织关系转接材料齐全。", 5,
                "无半年小结或年度总结的，每缺1项扣1分；资料不齐全的，酌情扣分。", "半年小结、年度总结"),
        )),
    ),
)

HEADER = ["考核项目", "考核要点", "分值", "考核细则", "佐证材料"]
NOTE = ("说明：1.本细则由局直属机关党委于次年1月组织考核，社会救助处、直属机关纪委参加，采取查阅资料、实地查看、个别谈话、调取救助管理"
        "信息系统数据相结合的方式；2.各项扣分以该项分值为限，扣完为止；3.考核结果分为“好”“较好”“一般”“差”四个等次，作为评选"
        "局系统“先进基层党组织”和单位年度绩效考核的重要依据；4.发生受助人员死亡等重大安全责任事故的，支部考核直接定为“差”等次。")


def build(t: Table, path: Path) -> None:
    import docx

    ncols = len(HEADER)
    n_rows = 1 + sum(len(s.rows) for s in t.sections) + 1
    document = docx.Document()
    docx_title(document, t.title, 16)
    docx_centred(document, "（考核对象：市救助管理站党支部、市未成年人救助保护中心党支部）")
    document.add_paragraph("党支部：                  支部书记：            党员人数：        考核时间：2026年1月")
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
