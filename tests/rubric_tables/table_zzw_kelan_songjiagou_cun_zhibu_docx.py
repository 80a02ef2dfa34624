"""宋家沟乡2025年度村党支部建设考核细则 (.docx), as a 山西 忻州 岢岚县 乡党委 (its 组织委员 with the 党建办, the 乡村振兴办, the 综治中心
and the 乡纪委, a 考核组 going round each 行政村 in December, the 易地搬迁 villages among them) scores each 村党支部 in 山西's own words:
班子建设 (the “一肩挑” with the 交叉任职比例 and two “两委”联席会议 a month, two 后备力量 under 35 with a half-yearly 报送 and the “导师
帮带”, the 民主集中制 with a yearly 述职述廉 and its 满意度), 组织生活 (“三会一课” with the 党员大会 到会率, the 主题党日 on the 15th with
its content, the 组织生活会 with 谈心谈话 全覆盖 and 民主评议, the “三务” 公开 quarterly and monthly), 党员队伍 (a yearly 积极分子 with the
“双公示”, the 冬训 of five days with the “三晋先锋” 参学率 and the 送学上门, 党费 with its half-yearly 公示 and a quarterly 联系 of the
流动党员, the “亮身份、践承诺” with the 公开承诺 and a quarterly 走访), 乡村振兴 (the 集体经济 in bands with the 合作社 of 小杂粮 and 沙棘,
the 光伏 收益分配方案 with the 村民代表会议 and its 公示, a monthly 环境整治 with a quarterly “美丽庭院” 评比) and 基层治理 (the “三零”村 with
a monthly 排查 and the 化解率 with a 一票否决, the 村规民约 with its 备案 and the half-yearly 红白理事会 会议).

The title (bold, centred), a centred "（考核对象：全乡各村党支部）" line and a "村党支部：…  支部书记：…  党员数：…  考核日期：…" line above
one table: 序号 | 考核内容 | 分值 | 扣分标准 | 考核方式. Each category is a SECTION ROW merged across the table, printed WITH an ordinal on
ONE line, "一、班子建设（20分）". 序号 RESTARTS at 1 in every category (items 1.1, 1.2 …). 分值 comes BEFORE the 扣分标准, a plain number.
考核方式 (`Row.method`) says how the 考核组 checks (查阅资料, 个别谈话, 实地查看, 民主测评): a way of checking, no papers. A 合计 row and a
说明 paragraph close the document. Counts in figures and Chinese numerals ("每月召开一次", "每半年公示一次", "每季度至少走访一次", "每月至少
召开两次"); "冬训集中学习不少于5天"; "最高扣" caps; one rule "酌情扣2-3分", one bare "酌情扣分"; income bands in 万元; one rule "实行一票
否决，本项不得分".
"""

from __future__ import annotations

from pathlib import Path

from .build_helpers import docx_centred, docx_grid_table, docx_title, docx_total_row, merge_cells
from .model import Row, Section, Table, _fmt

TABLE = Table(
    name="zzw_kelan_songjiagou_cun_zhibu_docx",
    fmt="docx",
    title="宋家沟乡2025年度村党支部建设考核细则",
    numbering="restart",
    sections=(
        Section("班子建设", "一、班子建设（20分）", 20, (
            Row("村党支部书记、村委会主任“一肩挑”，村“两委”成员交叉任职比例达到50%以上；村“两委”每月至少召开两次联席会议，研究部署"
                "村级重点工作。", 7,
                "未实行“一肩挑”的扣2分；交叉任职比例未达到50%的扣1分；联席会议每少1次扣0.2分，最高扣3分。", "查阅会议记录"),
            Row("储备35周岁以下的村级后备力量不少于2名，落实“导师帮带”；村党支部每半年向乡党委报送一次后备力量培养情况。", 6,
                "后备力量每少1名扣1分；未落实导师帮带的扣1分；未按时报送的，每次扣0.5分。", "查阅名册、个别谈话"),
            Row("班子成员团结协作，严格执行民主集中制，村级重大事项经支部委员会集体研究；“两委”成员每年向党员群众述职述廉一次，群众"
                "满意度不低于80%。", 7,
                "班子不团结、影响工作开展的，酌情扣2-3分；重大事项未经集体研究的，每项扣1分；未述职述廉的扣1分；满意度低于80%的扣2分。",
                "个别谈话、民主测评"),
        )),
        Section("组织生活", "二、组织生活（25分）", 25, (
            Row("落实“三会一课”制度，支部委员会每月召开一次，党员大会每季度召开一次，党小组会每月召开一次，党课每季度至少一次；党员"
                "大会到会率达到80%以上。", 8,
                "支委会、党员大会、党小组会、党课每少1次扣0.5分，最高扣5分；到会率每低10个百分点扣0.5分；会议记录弄虚作假的，本项不"
                "得分。", "查阅会议记录本"),
            Row("每月15日开展“主题党日”，内容包括重温入党誓词、集中学习、交纳党费、志愿服务等，活动有记录、有照片。", 6,
                "主题党日每少1次扣0.5分；内容不全的，每次扣0.2分；无照片的，每次扣0.1分。", "查阅资料"),
            Row("每年召开一次组织生活会，班子成员之间、班子成员与党员之间谈心谈话全覆盖；开展民主评议党员，评定等次。", 6,
                "未召开组织生活会的扣3分；谈心谈话未全覆盖的扣1分；未开展民主评议党员的扣2分。", "查阅资料、个别谈话"),
            Row("落实“三务”公开，党务每季度公开一次，村务、财务每月公开一次；公开栏设置规范，群众有异议的及时答复。", 5,
                "党务公开每少1次扣0.5分；村务、财务公开每少1次扣0.3分；公开栏不规范的扣0.5分；群众异议未答复的，每件扣0.5分。",
                "实地查看"),
        )),
        Section("党员队伍", "三、党员队伍（20分）", 20, (
            Row("年内确定入党积极分子不少于1名，连续3年未发展党员的村制定专项计划；发展党员程序规范，拟发展对象和预备党员转正实行"
                "“双公示”。", 6,
                "未确定入党积极分子的扣2分；连续3年未发展党员且无专项计划的扣2分；未实行“双公示”的扣1分；程序不规范的，每人扣1分。",
                "查阅发展党员档案"),
            Row("党员冬训集中学习不少于5天，利用“三晋先锋”APP、“学习强国”开展日常学习，党员参学率达到90%以上；年老体弱党员送学上门。",
                5, "冬训不足5天的扣1分；参学率每低5个百分点扣0.5分；年老体弱党员未送学上门的，每人扣0.1分。", "查阅资料、平台核查"),
            Row("党员按月交纳党费，党费收缴情况每半年公示一次；外出流动党员每季度联系一次，按要求参加组织生活。", 4,
                "党费未按月交纳的，每人次扣0.1分；未公示的扣0.5分；流动党员联系每少1次扣0.2分。", "查阅党费台账"),
            Row("开展党员“亮身份、践承诺”活动，党员年初公开承诺事项，年底兑现；每名党员联系农户不少于5户，每季度至少走访一次。", 5,
                "未公开承诺的扣1分；承诺未兑现的，每人扣0.2分；走访每少1次扣0.1分，最高扣2分。", "入户走访"),
        )),
        Section("乡村振兴", "四、乡村振兴（20分）", 20, (
            Row("村党支部领办合作社，发展小杂粮、沙棘等特色产业，村集体经济收入达到5万元以上。", 8,
                "集体经济收入30万元以上的得8分，20万元（含）至30万元的得6分，10万元（含）至20万元的得4分，5万元（含）至10万元的得2分，"
                "5万元以下的不得分；未领办合作社的扣2分。", "查阅财务报表"),
            Row("光伏扶贫电站收益分配方案经村民代表会议讨论通过，收益分配情况张榜公示；设置公益岗位，优先安排脱贫户、监测户。", 6,
                "无收益分配方案的扣2分；未经村民代表会议讨论的扣1分；收益分配情况未公示的扣1分；公益岗位安排不规范的，酌情扣分。",
                "查阅资料、实地查看"),
            Row("党员包街包巷开展人居环境整治，每月开展一次集中整治，每季度开展一次“美丽庭院”评比。", 6,
                "集中整治每少1次扣0.5分；评比每少1次扣0.5分；乡级检查排名后三位的，每次扣1分。", "实地查看"),
        )),
        Section("基层治理", "五、基层治理（15分）", 15, (
            Row("创建零上访、零事故、零案件的“三零”村，每月开展一次矛盾纠纷排查，矛盾纠纷化解率达到90%以上。", 8,
                "排查每少1次扣0.5分；化解率每低5个百分点扣1分；发生越级上访的，每起扣2分；发生重大安全事故、刑事案件的，实行一票否决，"
                "本项不得分。", "查阅台账、综治中心核实"),
            Row("村规民约经村民会议讨论通过，报乡党委、乡政府备案；红白理事会每半年召开一次会议，遏制高价彩礼、大操大办。", 7,
                "村规民约未备案的扣2分；红白理事会会议每少1次扣1分；出现大操大办的，每起扣1分。", "查阅资料"),
        )),
    ),
)

HEADER = ["序号", "考核内容", "分值", "扣分标准", "考核方式"]
NOTE = ("说明：1.考核由乡党委组织，每年12月进行，采取查阅资料、实地查看、个别谈话、民主测评相结合的方式；2.各项扣分以该项分值为限，"
        "扣完为止；3.考核得分90分以上为“好”，80—89分为“较好”，60—79分为“一般”，60分以下为“差”；4.考核结果与村干部报酬、评先"
        "评优挂钩。")


def build(t: Table, path: Path) -> None:
    import docx

    ncols = len(HEADER)
    n_rows = 1 + len(t.sections) + sum(len(s.rows) for s in t.sections) + 1
    document = docx.Document()
    docx_title(document, t.title, 16)
    docx_centred(document, "（考核对象：全乡各村党支部）")
    document.add_paragraph("村党支部：              支部书记：            党员数：        考核日期：")
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
