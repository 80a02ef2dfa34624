"""祁连山国家公园青海省管理局2025年度基层保护站党支部党建工作考核细则 (.docx), as the 机关党委 of the 管理局 (its 组织人事处 with the 派驻
纪检组 and the 生态保护处, a 考核组 driving up the 黑河 and the 八宝河 valleys in November, before the passes close, to the 保护站 at 3,000
metres) scores the 保护站党支部 and 联合党支部 of the 祁连山 in 青海: the 巡护 teams out for days on the 冰川 edge and the 高山草甸, the 红外相机
that watch for the 雪豹, the 生态管护员 from the 牧业村 paid by their 履职考核, the 防火 season when every 党员 holds a 片区, the 牧民 the 支部 tells
of the 禁牧 and the 补偿: a table printed with section rows, whose 考核要点 prints the requirement with its figures, whose 计分方法 takes points off
one clause at a time (now and then "实行一票否决，本项不得分"), and whose 考核方式 names only the ways of checking: 政治建设 (a monthly 集中学习 and a
quarterly “巡护路上微课堂”; a half-yearly 专题研究 of the 意识形态 and the 审核 of what is published; 40学时, a yearly 培训 of the 书记 and a yearly
现场教学), 组织建设 (the 换届, 3至5人 and one 支委 under 35, a 负责人 in each 管护站; the “三会一课” by video, no 补记 and the 书记's two 党课; the
monthly 主题党日, the 组织生活会 with the 民主评议 and the 备案; one 积极分子, the 党费 and the “七一”、春节 慰问; the 积分 with a quarterly 公示, two
示范岗, the 年初 承诺 and 年底 评诺), 保护融合 (the 巡护制度, twenty days a month and the 轨迹上传率; the 包片 清单, a monthly 隐患排查, the 火灾 and a
一票否决; a quarterly 联合巡查, a monthly 回收 of the 红外相机 data and the 完整率; a quarterly 例会 and 培训 of the 管护员, the 履职考核 and its
公示; the 共建协议, a half-yearly 共建活动 and four 宣讲 a year with their 照片 and 签到) and 作风与责任 (a half-yearly 廉政谈话, a quarterly 警示
教育 and a half-yearly 公示 of the 补助; the 年初 工作要点, the 半年总结 by 7月15日, the 年底 述职 and its 满意度, the 年终 总结; the 年底 满意度 in
bands and no 事故).

The title (bold, centred) and a centred "（考核对象：管理局所属各保护站党支部、联合党支部）" line above one table: 序号 | 考核要点 | 分值 | 计分方法
| 考核方式. Each category is a SECTION ROW merged across the table, printed WITH a bracketed ordinal and its points on one line, "（一）政治建设
（15分）". 序号 (FIRST column) runs 1..16 through the table, NOT restarting under the section rows. There is no short sub-label; 考核要点 says what is
required (`Row.text`); 分值 is a plain number BEFORE the 计分方法; 考核方式 (`Row.method`) names ways of checking only ("查阅资料", "网络巡查",
"调阅视频", "个别谈话", "实地查看", "系统核查", "部门提供", "入户走访", "问卷测评", joined by "、"). A 合计 row of 100 closes the table; a "说明："
paragraph follows it, then a "加分项（…）：" line and a small 加分内容 | 最高加分 table of two rows. Counts in figures and Chinese numerals, nearly all
in the 考核要点 ("每月开展一次", "每季度不少于1次", "每半年专题研究一次", "每年…不少于40学时", "每年…不少于1次", "每年组织一次", "按期", "3至5人",
"35周岁以下的不少于1名", "1名", "不足3名", "支部委员会每月召开1次，支部党员大会每季度召开1次，党小组会每月召开1次，党课每季度1次", "每年讲党课不少于
2次", "每月开展一次", "每年召开一次", "年内…不少于1名", "按月", "每年“七一”、春节", "每季度公示一次", "不少于2个", "年初", "年底", "每月巡护不少于
20天", "百分之九十五以上", "每月开展一次", "每季度开展一次", "每月回收一次", "百分之九十", "每季度召开一次", "每半年开展一次", "不少于4场次", "每半年
…一次", "每季度开展一次", "每半年公示一次", "年初", "7月15日前", "年底", "不低于百分之八十五", "年终", "年底", "百分之九十"); "最高扣" caps; "酌情扣
0.5分" twice and "酌情扣0.5-1分" once; one set of bands (the 满意度 for 3 of the 5 points, closed by "85%以下的不得分"); one "实行一票否决，本项不得分";
four other plain "本项不得分".
"""

from __future__ import annotations

from pathlib import Path

from .build_helpers import docx_centred, docx_grid_table, docx_title, docx_total_row, merge_cells
from .model import Row, Section, Table, _fmt

TABLE = Table(
    name="zzzzd_qilianshan_guojia_gongyuan_baohuzhan_zhibu_docx",
    fmt="docx",
    title="祁连山国家公园青海省管理局2025年度基层保护站党支部党建工作考核细则",
    numbering="printed",
    sections=(
        Section("政治建设", "（一）政治建设（15分）", 15, (
            Row("支部每月开展一次集中学习，深入学习习近平生态文明思想和关于国家公园建设的重要论述；分散在管护站点的党员利用“学习强国”、微信群开展"
                "“巡护路上微课堂”，每季度不少于1次。", 5,
                "集中学习每少1次扣0.3分，最高扣2分；“巡护路上微课堂”每少1次扣0.5分；学习无记录的，酌情扣0.5分。", "查阅资料"),
            Row("支部每半年专题研究一次意识形态工作；对外发布的生态监测数据、野生动物影像资料须经审核；党员不在网络上发布违规内容。", 5,
                "专题研究每少1次扣1分；未经审核对外发布的，每次扣1分，最高扣2分；党员在网上发布违规内容的，每人扣1分；造成严重负面影响的，本项不得分。",
                "查阅资料、网络巡查"),
            Row("党员每年参加教育培训不少于40学时；支部书记每年参加管理局党委组织的培训不少于1次；每年组织一次生态保护主题现场教学。", 5,
                "学时不足的，每人扣0.2分，最高扣1.5分；书记未参加培训的扣1分；未开展现场教学的扣1分。", "查阅资料"),
        )),
        Section("组织建设", "（二）组织建设（30分）", 30, (
            Row("支部按期换届，支委会由3至5人组成，支部委员中35周岁以下的不少于1名；每个管护站明确1名党员负责人，党员不足3名的管护站与相邻站组建联合"
                "党小组。", 5,
                "未按期换届的扣2分；支委配备不齐的扣1分；无35周岁以下支委的扣0.5分；管护站无党员负责人的，每个扣0.3分，最高扣1分。", "查阅资料"),
            Row("支部委员会每月召开1次，支部党员大会每季度召开1次，党小组会每月召开1次，党课每季度1次；巡护期间党员可采取“管护站+视频”方式参加；支部"
                "书记每年讲党课不少于2次。", 8,
                "“三会一课”每少1次扣0.5分，最高扣4分；书记讲党课每少1次扣1分；党员未参加且未补课的，每人次扣0.1分，最高扣1分；发现补记、代签的，本项"
                "不得分。", "查阅资料、调阅视频"),
            Row("每月开展一次主题党日，结合“世界野生动物日”“世界环境日”等开展巡山护林、清理垃圾等活动；每年召开一次组织生活会，开展民主评议党员，评议"
                "结果报管理局机关党委备案。", 8,
                "主题党日每少1次扣0.5分，最高扣3分；未召开组织生活会的扣2分；未开展民主评议党员的扣1分；评议结果未备案的扣0.5分；主题党日主题不鲜明、"
                "与保护工作结合不紧的，酌情扣0.5分。", "查阅资料、个别谈话"),
            Row("年内确定入党积极分子不少于1名，注重从生态管护员、护林员中培养；党员按月交纳党费；每年“七一”、春节走访慰问困难党员、老党员和因公受伤"
                "党员。", 5,
                "未确定入党积极分子的扣1.5分；未按月交纳党费的，每人次扣0.1分，最高扣1分；走访慰问每少1次扣0.5分；因公受伤党员未及时慰问的，酌情扣"
                "0.5-1分。", "查阅资料、个别谈话"),
            Row("实行党员积分管理，积分每季度公示一次；设立“党员巡护示范岗”不少于2个，党员年初公开承诺，年底评诺。", 4,
                "积分公示每少1次扣0.3分；示范岗每少1个扣0.5分；未开展承诺评诺的扣1分。", "查阅资料、实地查看"),
        )),
        Section("保护融合", "（三）保护融合（40分）", 40, (
            Row("党员带头落实日常巡护制度，每名党员每月巡护不少于20天；巡护轨迹通过巡护终端实时上传，轨迹上传率达到百分之九十五以上。", 8,
                "巡护天数不足的，每人每月扣0.1分，最高扣2分；轨迹上传率每低1个百分点扣0.2分，最高扣2分；党员代巡、伪造轨迹的，每人次扣1分。",
                "系统核查、实地查看"),
            Row("落实森林草原防火责任，防火期实行党员包片责任制，建立包片责任清单；每月开展一次火灾隐患排查；全年不发生森林草原火灾。", 8,
                "无包片责任清单的扣1分；隐患排查每少1次扣0.5分，最高扣2分；发生一般森林草原火灾的，每起扣3分；发生较大及以上火灾或造成人员伤亡的，"
                "实行一票否决，本项不得分。", "查阅资料、部门提供"),
            Row("配合开展打击破坏野生动植物资源违法犯罪专项行动，每季度开展一次联合巡查；红外相机数据每月回收一次，监测数据完整率达到百分之九十。", 8,
                "联合巡查每少1次扣0.5分；数据回收每少1次扣0.2分，最高扣1.5分；数据完整率低于90%的扣1分；辖区内发生盗猎、盗采案件未及时发现、报告的，"
                "每起扣2分。", "查阅资料、系统核查"),
            Row("加强生态管护员队伍管理，每季度召开一次管护员例会，开展一次业务培训；管护员履职考核结果与补助发放挂钩，考核结果公示。", 8,
                "例会每少1次扣0.5分；培训每少1次扣0.5分；未开展履职考核的扣2分；考核结果未公示的扣1分；管护员补助发放不规范被查实的，本项不得分。",
                "查阅资料、个别谈话"),
            Row("与辖区牧业村党支部结对共建，签订共建协议，每半年开展一次联合主题党日或共建活动；每年向牧民群众开展生态保护政策宣讲不少于4场次。", 8,
                "未签订共建协议的扣1分；共建活动每少1次扣1分；宣讲每少1场次扣0.5分，最高扣2分；宣讲无照片、无签到的，每场次扣0.2分。",
                "查阅资料、入户走访"),
        )),
        Section("作风与责任", "（四）作风与责任（15分）", 15, (
            Row("落实“一岗双责”，支部书记每半年与支委、管护站负责人开展一次廉政谈话；每季度开展一次警示教育；管护员补助、生态补偿资金发放情况每半年"
                "公示一次。", 5,
                "廉政谈话每少1次扣0.5分；警示教育每少1次扣0.5分，最高扣1.5分；资金发放未公示的，每次扣1分；党员受到党纪政务处分的，本项不得分。",
                "查阅资料、个别谈话"),
            Row("支部工作要点年初报管理局机关党委；7月15日前报送半年工作总结；支部书记年底述职，述职测评满意度不低于百分之八十五；年终形成工作总结。", 5,
                "缺一项扣1分；述职测评满意度低于85%的扣1分。", "查阅资料"),
            Row("年底组织保护站职工、生态管护员和周边牧民对支部工作开展满意度测评，满意度达到百分之九十；全年不发生安全生产责任事故。", 5,
                "满意度95%以上的得3分，90%（含）—95%的得2分，85%（含）—90%的得1分，85%以下的不得分；发生安全生产责任事故的，每起扣2分。",
                "问卷测评、部门提供"),
        )),
    ),
)

HEADER = ["序号", "考核要点", "分值", "计分方法", "考核方式"]
NOTE = ("说明：本细则由管理局机关党委于11月组织考核，采取查阅资料、实地查看、系统核查、个别谈话、问卷测评相结合的方式进行；各项扣分以该项分值为"
        "限，扣完为止；巡护天数、轨迹上传率以生态巡护管理系统统计为准，火情以林草部门通报为准；考核得分90分以上的为“好”，80—89分的为“较好”，"
        "70—79分的为“一般”，70分以下的为“差”，考核结果作为“生态卫士”党支部评选和支部书记年度考核的重要依据。")
BONUS = (
    ("支部获评省级以上先进基层党组织，或党员获评省级以上优秀共产党员、优秀护林员的，每项加1分。", "2分"),
    ("党员在巡护中发现并协助破获重大破坏野生动植物资源案件，或救护国家重点保护野生动物受到表彰的，每次加0.5分。", "1分"),
)


def build(t: Table, path: Path) -> None:
    import docx

    ncols = len(HEADER)
    n_rows = 1 + len(t.sections) + sum(len(s.rows) for s in t.sections) + 1
    document = docx.Document()
    docx_title(document, t.title, 16)
    docx_centred(document, "（考核对象：管理局所属各保护站党支部、联合党支部）")
    tbl = docx_grid_table(document, n_rows, ncols, HEADER)
    r = 1
    number = 0
    for s in t.sections:
        merge_cells(tbl, r, 0, r, ncols - 1, s.printed)
        r += 1
        for row in s.rows:
            number += 1
            cells = ((0, str(number)), (1, row.text), (2, _fmt(row.points)), (3, row.scoring), (4, row.method))
            for c, v in cells:
                tbl.cell(r, c).text = v
            r += 1
    docx_total_row(tbl, r, 2, t.total)
    document.add_paragraph(NOTE)
    document.add_paragraph("加分项（累计最高加3分，总分不超过103分）：")
    bonus = docx_grid_table(document, 1 + len(BONUS), 2, ["加分内容", "最高加分"])
    for i, (text, points) in enumerate(BONUS, 1):
        bonus.cell(i, 0).text = text
        bonus.cell(i, 1).text = points
    document.save(str(path))
