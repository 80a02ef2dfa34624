"""丰宁抽水蓄能电站运维检修党支部2025年度“党建+安全生产”考核细则 (.docx), as the 公司党委 of the 河北 承德 丰宁 抽水蓄能 company (its 党建工作部
with the 安全监察质量部, the 纪委办公室 and the 工会, a 考核组 coming down the 交通洞 into the 地下厂房 in December, when the 机组 run hard for the
winter peak and the 坝上 wind is at its coldest) scores the 运维检修 党支部 of the largest 抽水蓄能 plant of the 北方: the 运行 值 on 五班三倒 in the
中控室, the 检修 班组 of the 发电电动机 and the 水泵水轮机, the 上水库 and 下水库 dams and the 开关站, the 汛期 from June to September on the 滦河, the
绿电 that went to the 冬奥, the 外委 队伍 whose 验收 and 采购 the 廉洁 rules watch, the 乡镇 and 村 below the dams the 支部 is paired with: a table of
考核要点 and 扣分细则 whose 考核方式 column names only the ways of checking: 政治建设 (a monthly 集中学习 with the 补学 of the 倒班 党员, a quarterly
专题研讨 and 32学时; a half-yearly 专题分析 of the 思想动态 and 意识形态, the 审核 of what is published and a 一票否决; the “七一” 誓词, a yearly
现场教学 at the 塞罕坝 with its 方案 and 照片), 组织建设 (the 换届, 3至5人, the 党小组 of three and the 书记's 培训; the “三会一课”, the 书记's two
党课 and the 补课 of the 倒班 党员; the monthly 主题党日 and the 参加率; the 组织生活会 with the 谈心谈话, the 征求意见, the 对照检查材料, the 民主评议
and the 备案; one 积极分子, the 公示, the 党费 按月 and a half-yearly 公示), 党建与安全生产融合 (the 责任区 覆盖率, three 示范岗, the 承诺 and the 年底
评诺; the “两票” 合格率, no 违章 and a monthly 反违章自查; the 突击队, two 防汛 检查 a month in the 汛期 and a quarterly 应急演练; two 攻关 项目, the
消缺率 and the 启动成功率; the 共建协议, a half-yearly 共建活动, four 志愿服务 with 照片 and 签到) and 作风与责任 (a half-yearly 廉洁谈话, a quarterly
警示教育 and the 廉洁承诺书; the 年初 计划, the 年终 总结, the 年底 述职 with its “好”等次比例 and the 工作手册; the 年底 满意度 in bands).

The title (bold, centred) and a centred "（考核对象：运维检修党支部，含运行一值至五值党小组、机械检修党小组、电气检修党小组）" line above one table:
考核项目 | 考核要点 | 分值 | 扣分细则 | 考核方式 | 得分. There is NO 序号: the items are numbered by position 1..16. The categories are MERGED CELLS down
the 考核项目 column (FIRST), printed WITH a bracketed ordinal and their points on a SECOND line, "（一）政治建设\\n（15分）". There is no short
sub-label: 考核要点 (`Row.text`) says what is required; 分值 is a plain number BEFORE the 扣分细则 (`Row.scoring`); 考核方式 (`Row.method`) names only
ways of checking ("查阅资料", "个别访谈", "现场检查", "系统调阅", "问卷测评", joined by "、"); 得分 is blank. A 合计 row of 100 closes the table; a
"备注：" paragraph follows it. Counts in figures and Chinese numerals, nearly all in the 考核要点 ("每月开展一次", "每季度开展一次", "每年…不少于32
学时", "每半年专题分析一次", "每年“七一”…一次", "不少于1次", "按期", "3至5人", "不少于3名", "每年…不少于1次", "支部委员会每月召开1次，支部党员大会每
季度召开1次，党小组会每月召开1次，党课每季度1次", "每年讲党课不少于2次", "每月开展一次", "不低于百分之八十五", "每年召开一次", "年内…不少于1名",
"不少于5个工作日", "按月", "每半年公示一次", "100%", "不少于3个", "年底", "100%", "每月开展一次", "6月至9月", "每月…不少于2次", "每季度开展一次",
"年内…不少于2项", "百分之九十八以上", "百分之九十九以上", "每半年开展一次", "年内…不少于4次", "每半年…一次", "每季度开展一次", "年初", "年终", "年底",
"不低于百分之八十", "按月", "年底", "百分之九十"); "最高扣" caps; "酌情扣0.5分" once and "酌情扣0.5-1分" once; one set of bands (the 满意度, for all 5
points, closed by "85%以下的不得分"); two "实行一票否决，本项不得分"; three other plain "本项不得分".
"""

from __future__ import annotations

from pathlib import Path

from .build_helpers import docx_centred, docx_grid_table, docx_title, docx_total_row, merge_cells
from .model import Row, Section, Table, _fmt

TABLE = Table(
    name="zzzzg_fengning_choushui_xuneng_yunjian_zhibu_docx",
    fmt="docx",
    title="丰宁抽水蓄能电站运维检修党支部2025年度“党建+安全生产”考核细则",
    numbering="position",
    sections=(
        Section("政治建设", "（一）政治建设\n（15分）", 15, (
            Row("支部每月开展一次集中学习，运行值班党员因倒班缺席的实行“轮休补学”；每季度开展一次专题研讨；党员每年参加教育培训不少于32学时。", 5,
                "集中学习每少1次扣0.3分，最高扣1.5分；倒班党员未补学的，每人次扣0.1分，最高扣1分；专题研讨每少1次扣0.5分；学时不足的，每人扣0.1分，"
                "最高扣1分。", "查阅资料、个别访谈"),
            Row("支部每半年专题分析一次职工思想动态和意识形态工作；对外宣传稿件、设备影像资料发布前经审核；党员不在网络上发表不当言论。", 5,
                "专题分析每少1次扣1分；未经审核对外发布的，每次扣1分；党员在网上发表不当言论的，每人扣1分；发生意识形态领域重大问题的，实行一票否决，"
                "本项不得分。", "查阅资料"),
            Row("每年“七一”组织一次重温入党誓词活动；开展“绿电冬奥”主题教育，组织党员到塞罕坝等红色教育基地开展现场教学不少于1次，活动有方案、有照片。",
                5,
                "未重温入党誓词的扣1分；现场教学未开展的扣2分；教育活动无方案、无照片的，每次扣0.5分。", "查阅资料"),
        )),
        Section("组织建设", "（二）组织建设\n（30分）", 30, (
            Row("支部按期换届，支委会由3至5人组成；按运行值、检修专业设置党小组，每个党小组党员不少于3名；支部书记每年参加公司党委组织的培训不少于1次。",
                5,
                "未按期换届的扣2分；党小组设置不合理的扣1分；书记未参加培训的扣1分。", "查阅资料"),
            Row("支部委员会每月召开1次，支部党员大会每季度召开1次，党小组会每月召开1次，党课每季度1次；支部书记每年讲党课不少于2次；倒班党员因值班缺席"
                "的，及时补课并记录。", 9,
                "“三会一课”每少1次扣0.5分，最高扣4分；书记讲党课每少1次扣1分；缺席党员未补课的，每人次扣0.1分，最高扣1分；会议记录补记、代签的，"
                "本项不得分。", "查阅资料、个别访谈"),
            Row("每月开展一次主题党日，结合设备巡检、防汛检查、安全警示教育等开展；党员参加率不低于百分之八十五。", 5,
                "主题党日每少1次扣0.3分，最高扣2分；参加率低于85%的，每次扣0.2分，最高扣1分；活动与生产结合不紧的，酌情扣0.5分。", "查阅资料"),
            Row("每年召开一次组织生活会，会前开展谈心谈话、广泛征求意见，支部班子和党员撰写对照检查材料；开展民主评议党员，评议结果报公司党委备案。", 6,
                "未召开组织生活会的扣3分；未开展谈心谈话或征求意见的扣0.5分；缺对照检查材料的，每人扣0.2分，最高扣1分；未开展民主评议党员的扣1分；"
                "评议结果未备案的扣0.5分。", "查阅资料、个别访谈"),
            Row("年内确定入党积极分子不少于1名，注重从运行骨干、青年技术人员中培养；发展对象公示不少于5个工作日；党员按月交纳党费，每半年公示一次党费"
                "收缴情况。", 5,
                "未确定入党积极分子的扣1分；发展对象未公示的扣1分；未按月交纳党费的，每人次扣0.1分，最高扣1分；党费公示每少1次扣0.5分；违反程序"
                "发展党员的，本项不得分。", "查阅资料"),
        )),
        Section("党建与安全生产融合", "（三）党建与安全生产融合\n（40分）", 40, (
            Row("划分党员责任区，上水库、下水库、地下厂房、开关站等重点部位党员责任区覆盖率100%；设立党员示范岗不少于3个，党员亮身份、作承诺，年底"
                "评诺。", 8,
                "责任区覆盖率每低10个百分点扣1分；示范岗每少1个扣1分；未亮身份、作承诺的扣1分；年底未评诺的扣1分。", "查阅资料、现场检查"),
            Row("党员带头严格执行“两票三制”，工作票、操作票合格率达到100%；党员全年无违章，所在班组每月开展一次反违章自查。", 8,
                "“两票”合格率每低1个百分点扣0.5分，最高扣3分；党员发生违章的，每人次扣1分；反违章自查每少1次扣0.3分，最高扣1.5分；党员责任区内"
                "发生人身伤亡事故的，实行一票否决，本项不得分。", "系统调阅、现场检查"),
            Row("组建党员突击队，汛期（6月至9月）每月开展上下水库大坝防汛专项检查不少于2次；每季度开展一次防汛、消防应急演练，党员全员参加。", 8,
                "未组建突击队的扣1分；防汛专项检查每少1次扣0.5分，最高扣2分；应急演练每少1次扣1分；党员未参加演练的，每人次扣0.2分，最高扣1分。",
                "查阅资料、现场检查"),
            Row("成立党员技术攻关团队，年内完成技术攻关或“揭榜挂帅”项目不少于2项；设备缺陷消除率达到百分之九十八以上；机组启动成功率达到百分之九十九"
                "以上。", 8,
                "攻关项目每少1项扣1分；消缺率每低1个百分点扣0.5分，最高扣2分；启动成功率低于99%的扣2分。", "系统调阅"),
            Row("与电站所在乡镇、村党组织结对共建，签订共建协议，每半年开展一次共建活动；开展“电力志愿服务”进村入户，年内开展志愿服务不少于4次，活动"
                "有照片、有签到。", 8,
                "未签订共建协议的扣1分；共建活动每少1次扣1分；志愿服务每少1次扣0.5分；缺照片或签到的，每次扣0.2分。", "查阅资料"),
        )),
        Section("作风与责任", "（四）作风与责任\n（15分）", 15, (
            Row("落实“一岗双责”，支部书记每半年与支委、班组长开展一次廉洁谈话；每季度开展一次警示教育；物资采购、外委项目验收等关键岗位党员签订廉洁"
                "承诺书。", 5,
                "廉洁谈话每少1次扣0.5分；警示教育每少1次扣0.5分，最高扣1.5分；未签订廉洁承诺书的，每人扣0.2分；党员受到党纪政务处分的，本项不得分。",
                "查阅资料、个别访谈"),
            Row("年初制定支部工作计划，年终形成工作总结；支部书记年底向公司党委述职，述职评议“好”等次比例不低于百分之八十；支部工作手册按月填写。", 5,
                "无计划或无总结的，每项扣1分；未述职的扣1.5分；“好”等次比例低于80%的扣1分；工作手册填写不及时、不完整的，酌情扣0.5-1分。",
                "查阅资料"),
            Row("年底组织职工对支部工作开展满意度测评，满意度达到百分之九十。", 5,
                "满意度95%以上的得5分，90%（含）—95%的得4分，85%（含）—90%的得2分，85%以下的不得分。", "问卷测评"),
        )),
    ),
)

HEADER = ["考核项目", "考核要点", "分值", "扣分细则", "考核方式", "得分"]
NOTE = ("备注：本细则由公司党委于12月组织考核，党建工作部牵头，安全监察质量部、纪委办公室配合，采取查阅资料、现场检查、系统调阅、个别访谈、问卷"
        "测评相结合的方式进行；各项扣分以该项分值为限，扣完为止；“两票”合格率、消缺率、启动成功率以生产管理系统统计为准；考核结果与支部书记"
        "绩效和“红旗党支部”评选挂钩。")


def build(t: Table, path: Path) -> None:
    import docx

    ncols = len(HEADER)
    n_rows = 1 + sum(len(s.rows) for s in t.sections) + 1
    document = docx.Document()
    docx_title(document, t.title, 16)
    docx_centred(document, "（考核对象：运维检修党支部，含运行一值至五值党小组、机械检修党小组、电气检修党小组）")
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
