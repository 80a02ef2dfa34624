"""中共洛阳市儿童福利院总支部委员会2025年度党支部党建工作考核评分细则 (.docx), as a 河南 市 民政局 直属 儿童福利院党总支 (its 院办
with the 纪检委员, the 安全保卫科 and the 财务科, a 考核组 checking each 支部 in December) scores each of its 党支部 — 养育部, 康复部,
特教部（院内特教学校）, 医疗部 and 行政后勤, their 党员 护理员 on 倒班, 康复师, 特教教师, 医生 and 社工 — in the 民政 system's own words:
政治建设 (the “第一议题” with a monthly 集中学习 and 32学时 或 5天, the 书记's 年初 责任书 and 年底 述职 with a quarterly 专题研究, the
half-yearly 思想动态 研判 with the 审核 of what is published and 儿童隐私), 组织建设 (“三会一课” with the 补学 of 倒班党员 within a week,
the monthly 主题党日 with its 参加率, 签到 and 照片 and a yearly “党员爱心妈妈” 活动 on “六一”, 组织生活会 with 谈心谈话, the 意见 of
职工 and 志愿者, 民主评议 and its 备案, one member in two years with the quarterly 思想汇报, 党费 with its half-yearly 公布 and the 党员
积分 公示 at year end), 业务融合 (the “党员先锋岗” with the 结对照护 of 重度残疾儿童 and a quarterly 岗位评议, the 儿童安全管理制度 with a
monthly 安全检查, a quarterly 消防疏散演练 and a 一票否决 on 走失 and 伤亡, the 年初 “康复+特教” 攻坚项目 with its 年底 总结, the 入学率 and
the 康复训练覆盖率, the monthly 探访 of 家庭寄养 children and the half-yearly 回访 of those 离院安置, two 共建协议 with a quarterly 志愿服务)
and 作风建设 (the 纪检委员's quarterly 监督检查 of 采购 and 捐赠款物 with the half-yearly 公开 and the 登记台账, a deduction-only line on
体罚 / 虐待 and 收受财物, 计划 / 半年小结 / 总结 and the 活动室).

The title (bold, centred), a centred "（考核对象：院党总支所属各党支部）" line and a "党支部：…  支部书记：…  党员人数：…  考核日期：…" line
above one table: 序号 | 考核要点 | 分值 | 评分细则 | 佐证材料 | 得分 (分值 BEFORE the 评分细则). The categories are SECTION ROWS merged
across the whole table, printed with an ordinal on one line, "一、政治建设（15分）". 序号 (first column) RESTARTS at 1 under every section
row (ids "1.1" … "4.3"). 分值 is a plain number. 佐证材料 (`Row.method`) names the papers the 支部 lays out (once a way of checking,
院纪检委员核实): a 佐证 column. 得分 is blank. A 合计 row and a 说明 paragraph close the document. Counts partly in Chinese numerals
("每月组织一次", "每半年…一次", "每年召开一次"); "最高扣" caps; one duration joined by 或 ("不少于32学时或5天"); one rule is "实行一票否决，
本项不得分"; one line is deduction-only.
"""

from __future__ import annotations

from pathlib import Path

from .build_helpers import docx_centred, docx_grid_table, docx_title, docx_total_row, merge_cells
from .model import Row, Section, Table, _fmt

TABLE = Table(
    name="zzp_ertong_fuliyuan_zhibu_docx",
    fmt="docx",
    title="中共洛阳市儿童福利院总支部委员会2025年度党支部党建工作考核评分细则",
    numbering="restart",
    sections=(
        Section("政治建设", "一、政治建设（15分）", 15, (
            Row("落实“第一议题”制度，支部每月组织一次集中学习；党员每年参加学习培训不少于32学时或5天。", 5,
                "集中学习每少1次扣0.5分；学时不足的，每人扣0.2分，最高扣1分。", "学习记录、学时登记表"),
            Row("支部书记年初与院党总支签订党建工作目标责任书，年底向院党总支述职；支部每季度至少专题研究一次党建和儿童养育工作。", 5,
                "未签订责任书的扣1分；未述职的扣2分；专题研究每少1次扣0.5分。", "责任书、述职报告、支委会会议记录"),
            Row("落实意识形态工作责任制，每半年研判一次职工思想动态；院内宣传栏、微信公众号发布涉及儿童的信息须经支部审核，保护儿童"
                "隐私。", 5,
                "研判每少1次扣1分；发布信息未经审核的，每次扣0.5分；泄露儿童个人信息造成不良影响的，本项不得分。",
                "研判记录、信息发布审核单"),
        )),
        Section("组织建设", "二、组织建设（30分）", 30, (
            Row("落实“三会一课”制度，支委会每月召开一次，党员大会每季度召开一次，党小组会每月召开一次，党课每季度一次；倒班党员因值班"
                "缺席的，一周内补学。", 8,
                "“三会一课”每少1次扣0.5分，最高扣5分；补学未落实的，每人次扣0.2分；会议记录不规范的，酌情扣0.5—1分。",
                "会议记录、签到表、补学记录"),
            Row("每月开展一次主题党日活动，党员参加率达到90%以上；每年结合“六一”国际儿童节组织一次“党员爱心妈妈”主题活动。", 6,
                "主题党日每少1次扣0.5分；参加率每低5个百分点扣0.5分；未开展“党员爱心妈妈”主题活动的扣1分。",
                "活动方案、签到表、活动照片"),
            Row("每年召开一次组织生活会，会前开展谈心谈话，征求职工和志愿者意见；开展民主评议党员，评议结果报院党总支备案。", 6,
                "未召开组织生活会的扣2分；未开展谈心谈话或未征求意见的，每项扣0.5分；未开展民主评议党员的扣1.5分；评议结果未备案的扣0.5分。",
                "会议记录、征求意见汇总表"),
            Row("注重在一线护理员、康复师、特教教师中发展党员，每两年至少发展1名；入党积极分子每季度向支部书面汇报一次思想。", 5,
                "两年内未发展党员的扣2分；思想汇报每缺1次扣0.2分，最高扣1分；发展程序违规的，本项不得分。", "发展党员档案"),
            Row("党员按月交纳党费，支部每半年公布一次党费收缴情况；党员实行积分管理，积分结果年底公示。", 5,
                "党费未按月交纳的，每人次扣0.1分；未公布的扣0.5分；未实行积分管理的扣1分；积分结果未公示的扣0.5分。",
                "党费收缴台账、党员积分台账"),
        )),
        Section("业务融合", "三、业务融合（35分）", 35, (
            Row("在养育、康复、特教、医疗岗位设立“党员先锋岗”，每名党员结对照护1至2名重度残疾儿童；党员岗位履职情况每季度评议一次。", 7,
                "未设立党员先锋岗的扣2分；结对照护未落实的，每人扣0.5分；岗位评议每少1次扣0.5分。", "先锋岗设置表、结对名单"),
            Row("落实儿童安全管理制度，每月开展一次消防、食品、设施设备安全检查；每季度组织一次消防疏散演练；全年不发生儿童走失、伤亡"
                "等安全责任事故。", 8,
                "安全检查每少1次扣0.5分；演练每少1次扣0.5分；发生儿童走失、伤亡等安全责任事故的，实行一票否决，本项不得分。",
                "安全检查记录、演练照片"),
            Row("实施“康复+特教”党员攻坚项目，年初确定项目，年底形成项目总结；适龄儿童入学率（含送教上门）达到100%，康复训练覆盖率达到"
                "95%以上。", 8,
                "未确定攻坚项目的扣1分；无项目总结的扣1分；入学率每低1个百分点扣0.5分；康复训练覆盖率每低1个百分点扣0.3分，最高扣2分。",
                "项目方案、康复训练档案"),
            Row("对家庭寄养儿童，党员社工每月入户探访一次；对成年后离院安置人员每半年回访一次。", 6,
                "探访每少1次扣0.3分，最高扣2分；回访每少1次扣0.5分。", "探访记录、回访记录"),
            Row("与不少于2家高校、医院或爱心企业党组织签订共建协议；每季度组织一次党员志愿服务，志愿者经培训后上岗。", 6,
                "共建协议每少1家扣1分；志愿服务每少1次扣0.5分；志愿者未经培训上岗的，每次扣0.5分。", "共建协议、活动照片"),
        )),
        Section("作风建设", "四、作风建设（20分）", 20, (
            Row("支部纪检委员每季度对儿童生活物资采购、社会捐赠款物使用开展一次监督检查；建立捐赠款物登记台账，接收、使用情况每半年"
                "公开一次。", 7,
                "监督检查每少1次扣0.5分；无捐赠款物登记台账的扣1分；未公开的，每次扣1分。", "监督检查记录、公开照片"),
            Row("党员职工严守职业道德，无体罚、虐待、歧视儿童行为，无违规收受收养申请人、爱心人士财物。", 6,
                "发生体罚、虐待儿童行为的，本项不得分；违规收受财物经查实的，每起扣3分；被投诉经查实的，每次扣1分。", "院纪检委员核实"),
            Row("年初制定支部工作计划，年中形成半年小结，年底形成工作总结；党员活动室规范，党建资料分类归档。", 7,
                "计划、半年小结、总结每缺1项扣1分；活动室不规范的扣1分；资料归档不规范的，酌情扣1—2分。", "工作计划、半年小结、工作总结"),
        )),
    ),
)

HEADER = ["序号", "考核要点", "分值", "评分细则", "佐证材料", "得分"]
NOTE = ("说明：1.本细则由院党总支组织考核组于每年12月实施，纪检委员、安全保卫科、财务科参加，采取查阅资料、实地查看、个别谈话相结合的"
        "方式；2.各项扣分以该项分值为限，扣完为止；3.考核结果分为“好”“较好”“一般”“差”四个等次，与科室年度考核和评先评优挂钩；"
        "4.支部所在部门发生儿童安全责任事故的，当年考核直接定为“差”等次。")


def build(t: Table, path: Path) -> None:
    import docx

    ncols = len(HEADER)
    n_rows = 1 + len(t.sections) + sum(len(s.rows) for s in t.sections) + 1
    document = docx.Document()
    docx_title(document, t.title, 16)
    docx_centred(document, "（考核对象：院党总支所属各党支部）")
    document.add_paragraph("党支部：              支部书记：            党员人数：          考核日期：")
    tbl = docx_grid_table(document, n_rows, ncols, HEADER)
    r = 1
    for s in t.sections:
        merge_cells(tbl, r, 0, r, ncols - 1, s.printed)
        r += 1
        for number, row in enumerate(s.rows, 1):
            cells = ((0, str(number)), (1, row.text), (2, _fmt(row.points)), (3, row.scoring), (4, row.method))
            for c, v in cells:
                tbl.cell(r, c).text = v
            r += 1
    docx_total_row(tbl, r, 2, t.total)
    document.add_paragraph(NOTE)
    document.save(str(path))
