"""中共宜昌市伍家岗区大公桥街道工作委员会2025年度社区党建工作台账目录及考核评分标准 (.docx), as the 党工委 of 大公桥街道 in 伍家岗区 of 宜昌 in
湖北 (its 党建办 with the 社区建设办 and the 街道纪工委, a 检查组 going from 社区 to 社区 in the second half of December, when the 长江 runs low and
clear under the 夷陵长江大桥, the 滨江公园 plane trees are bare, the 腊肉 hang on the 社区 balconies and each 社区 has its archive boxes lined up on the
shelves of the 党群服务中心) checks the year's 党建台账 of each 社区党委（党总支） box by box: a list that says which 档案 each numbered 盒 holds, whose
归档内容 prints the papers to be filed — with the counts they must show, mostly in brackets ("（每月至少召开1次）") — and whose 扣分标准 takes points off
one clause at a time: 组织建设类 (the 设置批复, the 换届 请示、批复 and the 分工; the 花名册 and its 分类名册, a quarterly 比对更新 and the 介绍信存根; the
“两委” 花名册 with its 35周岁以下 and 大专 members, the 分工 and a half-yearly “一岗双责” 履职报告; the 发展计划, a half-yearly 考察, the 公示 and the 纪实
材料; the 党费 台账, a yearly 核定, a quarterly 上缴, the 审批 and a half-yearly 公开), 组织生活类 (the monthly 支委会, the 签到 and the 集体研究; the
quarterly 党员大会, the 参会率 and the 补课; the monthly 党小组会, the quarterly 党课, the 书记's 党课 and the 照片; the monthly 主题党日, the 方案, the
“双报到” and two 社区活动 a 党员; the 组织生活会, the 征求意见, 谈心谈话 and 整改清单, the 民主评议, the 公示 and the 报备; the 年初 学习计划, a monthly
集中学习 and 32学时), 服务治理类 (the 网格员名单, the monthly 走访 and the 诉求台账; a quarterly 议事会, the 公示 and the 决策记录; a quarterly 三方联动
会议, the 统计表 and the 党员比例; three 共建协议, the “三张清单” and four 共建活动; the 志愿服务队 名册, a monthly 志愿服务 and the “七一”、春节 慰问) and
综合管理类 (the 年初 工作要点, the “三张清单”, a quarterly 专题研究, the 年底 述职 and the 评议结果; a half-yearly 研判, the 审核登记 and the 阵地台账;
the 年初 经费计划, the 使用台账, the 公开 and the 值班表; the 半年小结, the 年底 总结, the 目录 and the 装盒).

The title (bold, centred), a centred "（适用于街道所辖各社区党委、党总支）" line and a "社区：    台账管理员：    检查日期：" line above one table: 盒号 |
档案名称 | 归档内容 | 分值 | 扣分标准. The categories are SECTION ROWS merged across the table, printed WITH an ordinal and WITH their points on ONE
line, "一、组织建设类（25分）"; 盒号 (FIRST column) numbers the boxes 1..20 through the table, NOT restarting under the section rows: it is the item
numbering; 档案名称 (SECOND column) is a short name on every row (`Row.indicator`); 归档内容 (`Row.text`) lists the papers the box must hold; 分值 is a
plain number BEFORE the 扣分标准 (`Row.scoring`); there is no 佐证 or 考核方式 column (the papers ARE the items). A 合计 row of 100 closes the table; a
"备注：" paragraph with three numbered lines follows it. Counts in figures and Chinese numerals, nearly all in brackets in the 归档内容 ("每季度…比对更新
一次", "35周岁以下的不少于1名，大专及以上学历的不少于3名", "每半年1次", "每半年考察一次", "不少于5个工作日", "按月", "每年核定一次", "每季度上缴一次",
"每半年公开一次", "每月至少召开1次", "每季度至少召开1次", "不低于百分之八十", "每月1次", "每季度1次", "每年至少讲1次", "每月1次", "每人每年不少于2次",
"每年1次", "年初", "每月1次", "每人每年不少于32学时", "每月走访全覆盖", "每季度至少1次", "每季度1次", "不低于百分之五十", "不少于3家", "全年不少于4次",
"每月至少1次", "“七一”、春节", "年初", "每季度", "年底", "每半年1次", "年初", "每周开放不少于6天", "年底"); "最高扣" caps; no bands; "酌情扣0.5—1分" once;
two "本项不得分".
"""

from __future__ import annotations

from pathlib import Path

from .build_helpers import docx_centred, docx_grid_table, docx_title, docx_total_row, merge_cells
from .model import Row, Section, Table, _fmt


def _box(name: str, contents: str, points: float, rule: str) -> Row:
    """One box in the order the table prints it: 档案名称, 归档内容, 分值, 扣分标准."""
    return Row(contents, points, rule, indicator=name)


TABLE = Table(
    name="zzzzzs_yichang_dagongqiao_jiedao_shequ_taizhang_mulu_docx",
    fmt="docx",
    title="中共宜昌市伍家岗区大公桥街道工作委员会2025年度社区党建工作台账目录及考核评分标准",
    numbering="printed",
    sections=(
        Section("组织建设类", "一、组织建设类（25分）", 25, (
            _box("组织设置",
                 "社区党组织、网格党支部、楼栋党小组设置批复文件；换届选举请示及批复；委员分工文件。", 5,
                 "设置批复缺失的扣1分；网格党支部、楼栋党小组未按规定设置的扣1分；换届请示、批复不全的扣1分；无委员分工文件的扣0.5分。"),
            _box("党员名册",
                 "党员花名册及流动党员、困难党员、老党员分类名册（每季度与全国党员管理信息系统比对更新一次）；组织关系转接介绍信存根。", 5,
                 "无党员花名册的扣2分；分类名册每缺一类扣0.5分；比对更新每少1次扣0.5分；介绍信存根不全的扣0.5分。"),
            _box("“两委”班子",
                 "社区“两委”成员花名册（成员中35周岁以下的不少于1名，大专及以上学历的不少于3名）；班子成员分工；班子成员“一岗双责”履职报告（每半年"
                 "1次）。", 5,
                 "班子结构不达标的，每项扣1分；无班子成员分工的扣0.5分；履职报告每少1人次扣0.2分，最高扣1分。"),
            _box("发展党员",
                 "年度发展党员工作计划；入党申请书、入党积极分子培养考察登记表（每半年考察一次）、发展对象公示材料（公示不少于5个工作日）、预备党员"
                 "转正材料等全程纪实材料，一人一档。", 5,
                 "无年度发展计划的扣1分；考察每少1次扣0.5分；发展对象未公示的，每人扣1分；纪实材料每缺一项扣0.5分，最高扣2分。"),
            _box("党费收缴",
                 "党费收缴台账（按月记载）；交纳基数核定表（每年核定一次）；党费上缴凭证（每季度上缴一次）；党费使用审批材料；党费收缴使用公开材料"
                 "（每半年公开一次）。", 5,
                 "无党费收缴台账或未按月记载的扣2分；未核定交纳基数的扣1分；上缴凭证每缺1次扣0.5分；党费使用无审批的扣0.5分；公开每少1次扣0.5分。"),
        )),
        Section("组织生活类", "二、组织生活类（30分）", 30, (
            _box("支委会",
                 "支部委员会会议记录（每月至少召开1次，社区重大事项须经支委会集体研究）；会议签到表。", 5,
                 "支委会每少1次扣0.5分，最高扣3分；无签到表的，每次扣0.2分；重大事项未经集体研究的，每件扣1分。"),
            _box("党员大会",
                 "党员大会会议记录（每季度至少召开1次）、签到表；党员参会率不低于百分之八十，缺席党员补课记录。", 5,
                 "党员大会每少1次扣1分；参会率低于80%的，每次扣0.5分；缺席党员无补课记录的，每人次扣0.1分，最高扣1分。"),
            _box("党小组会和党课",
                 "党小组会记录（每月1次）；党课讲稿、课件及照片（每季度1次，社区党组织书记每年至少讲1次）。", 5,
                 "党小组会每少1次扣0.3分，最高扣2分；党课每少1次扣0.5分；书记未讲党课的扣1分；党课无照片的扣0.5分。"),
            _box("主题党日",
                 "主题党日活动方案、记录及照片（每月1次）；在职党员“双报到”登记台账及参加社区活动记录（每人每年不少于2次）。", 5,
                 "主题党日每少1次扣0.3分，最高扣2分；无活动方案的，每次扣0.1分；“双报到”登记台账缺失的扣1分；在职党员参加社区活动不足2次的，每人扣"
                 "0.1分，最高扣1分。"),
            _box("组织生活会和民主评议",
                 "组织生活会征求意见汇总、谈心谈话记录、会议记录、整改清单（每年1次）及报备材料；民主评议党员测评表、评议结果及公示材料。", 6,
                 "未召开组织生活会的扣3分；征求意见汇总、谈心谈话记录、整改清单每缺一项扣0.5分；未报备的扣0.5分；未开展民主评议党员的扣1.5分；评议"
                 "结果未公示的扣0.5分。"),
            _box("学习教育",
                 "年初制定的党员学习教育计划；集中学习记录（每月1次）；党员学时登记（每人每年不少于32学时）。", 4,
                 "无年初学习计划的扣1分；集中学习每少1次扣0.3分，最高扣2分；学时不足的，每人扣0.1分，最高扣1分。"),
        )),
        Section("服务治理类", "三、服务治理类（25分）", 25, (
            _box("网格化管理",
                 "网格划分图及网格员（含专职网格员、党员网格员）名单；网格员入户走访“民情日志”（每月走访全覆盖）；群众诉求办理台账。", 5,
                 "网格员名单不全的扣0.5分；“民情日志”缺失的，每个网格扣0.5分，最高扣2分；诉求办理台账缺失或诉求未办结闭环的扣1分。"),
            _box("居民议事",
                 "居民议事会会议记录（每季度至少1次）及议事结果公示材料；重大事项“四议两公开”决策记录。", 4,
                 "议事会每少1次扣0.5分；议事结果未公示的扣0.5分；重大事项未履行“四议两公开”的，每件扣1分。"),
            _box("红色物业",
                 "社区党组织与业委会、物业服务企业“三方联动”协调会议记录（每季度1次）；小区党支部组建和业委会党员比例统计表（业委会成员中党员比例"
                 "不低于百分之五十）。", 5,
                 "协调会议每少1次扣0.5分；无统计表的扣0.5分；业委会党员比例未达到50%的，每个小区扣0.5分，最高扣2分。"),
            _box("共驻共建",
                 "与辖区单位党组织签订的共建协议（不少于3家）；需求、资源、项目“三张清单”；共建活动记录及照片（全年不少于4次）。", 5,
                 "共建协议每少1家扣0.5分；无“三张清单”的扣1分；共建活动每少1次扣0.5分。"),
            _box("志愿服务和关怀",
                 "党员志愿服务队名册；志愿服务活动记录（每月至少1次）；“七一”、春节走访慰问老党员、困难党员记录。", 6,
                 "无志愿服务队名册的扣1分；志愿服务每少1次扣0.3分，最高扣2分；走访慰问每少1次扣1分。"),
        )),
        Section("综合管理类", "四、综合管理类（20分）", 20, (
            _box("责任落实",
                 "年初党建工作要点；书记抓党建“三张清单”；社区党组织专题研究党建工作会议记录（每季度）；书记年底述职报告及述职评议结果。", 6,
                 "无年初工作要点的扣1分；无“三张清单”的扣1分；专题研究每少1次扣0.5分；无述职报告的扣1.5分；无述职评议结果的扣0.5分。"),
            _box("意识形态",
                 "意识形态工作分析研判记录（每半年1次）；社区微信群、公众号信息发布审核登记；宣传栏、电子屏等阵地管理台账。", 4,
                 "研判每少1次扣1分；无审核登记的扣1分；阵地管理台账缺失的扣0.5分；发生意识形态问题造成不良影响的，本项不得分。"),
            _box("经费阵地",
                 "社区服务群众专项经费年初使用计划、使用台账及公开材料；党群服务中心值班表（每周开放不少于6天）。", 5,
                 "无经费使用计划的扣1分；无使用台账的扣1分；经费使用情况未公开的扣0.5分；无值班表或开放时间不足的扣1分。"),
            _box("计划总结",
                 "半年工作小结；年度党建工作总结（年底报街道党工委）；台账总目录；资料按年度分类装盒、一年一册。", 5,
                 "无半年小结的扣1分；无年度总结的扣1.5分；无台账总目录的扣0.5分；资料未按年度分类装盒的，酌情扣0.5—1分；台账补记、造假的，本项不得分。"),
        )),
    ),
)

HEADER = ["盒号", "档案名称", "归档内容", "分值", "扣分标准"]
NOTES = (
    "备注：",
    "1.本目录由街道党工委于2025年12月下旬组织检查，党建办牵头，社区建设办参加，街道纪工委派员监督，逐盒查阅、逐项核对，以2025年1月1日至检查之日"
    "归档的资料为准。",
    "2.各盒档案统一使用街道印制的档案盒，盒脊标注盒号、档案名称和年度；各项扣分以该项分值为限，扣完为止。",
    "3.检查得分纳入社区党组织年度党建工作考核，占考核总分的百分之三十。",
)


def build(t: Table, path: Path) -> None:
    import docx

    ncols = len(HEADER)
    n_rows = 1 + sum(1 + len(s.rows) for s in t.sections) + 1
    document = docx.Document()
    docx_title(document, t.title, 16)
    docx_centred(document, "（适用于街道所辖各社区党委、党总支）")
    document.add_paragraph("社区：                        台账管理员：                    检查日期：      年    月    日")
    tbl = docx_grid_table(document, n_rows, ncols, HEADER)
    r = 1
    number = 0
    for s in t.sections:
        merge_cells(tbl, r, 0, r, ncols - 1, s.printed)
        r += 1
        for row in s.rows:
            number += 1
            for c, v in ((0, str(number)), (1, row.indicator), (2, row.text), (3, _fmt(row.points)), (4, row.scoring)):
                tbl.cell(r, c).text = v
            r += 1
    docx_total_row(tbl, r, 3, t.total)
    for line in NOTES:
        document.add_paragraph(line)
    document.save(str(path))
