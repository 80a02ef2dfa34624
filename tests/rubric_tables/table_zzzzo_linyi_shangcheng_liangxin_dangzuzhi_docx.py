"""临沂商城2025年度专业市场“两新”党组织党建工作考核评分表 (.docx), as the 两新组织工作委员会 of the 临沂商城管理委员会 in 山东 临沂 (its 组织部 with
the 商城 市场服务中心, the 物流办, the 市场监管 分局 and the 纪工委, a 考核组 walking the aisles of the 专业市场 before the 早市 in mid-December, when
the 货车 line up outside the 物流园 for the 年货 season) scores the 党组织 of the 商城's markets: the 板材、五金、小商品 and 服装 批发市场 where a
党员 商户 hangs a red 亮牌 over the 摊位, the 物流企业 and the 专线 whose 货车司机 are 党员 on the road, the 直播基地 where the young sell to the whole
country, the 商会 of the 外地 商户 from 浙江 and 福建: a table with section rows, whose 考核指标 names each part, whose 考核标准 prints what the 市场
党组织 must have done, whose 计分方法 takes points off one clause at a time and scores the 组建率 in bands, and whose 佐证材料 names the papers to bring:
组织覆盖 (the 市场党组织 覆盖率 and the 党的工作覆盖率; the 组建率 in bands and the 联合党支部; a half-yearly 摸排, the 流动党员台账 and the “口袋党员”;
the 党建指导员 全覆盖 and a monthly 走访; the 党群服务站 of 80平方米, its 标识、制度、活动 and six days), 组织生活 (the “三会一课” after the 收市 and the
参会率; the monthly 主题党日 and two “亮身份、作承诺”; the 组织生活会 with the 谈心谈话 and the 对照检查材料, and the 民主评议; two 积极分子, the 公示 and a
"本项不得分"; 党费 按月, the 积分 with a quarterly 公示 and the 年底 “诚信党员商户”), 作用发挥 (the 亮牌 率 and no 查处; ten 问题 a year and a quarterly
培训; the 党建品牌 and four 品牌活动; the 志愿服务队, a monthly 志愿服务 and 10小时; two 共建协议 and a half-yearly 联建活动; a quarterly 排查, the 调处
成功率, no 群体性事件 and a 一票否决) and 基础保障 (the 年初 计划 and 责任书, the 年底 述职 and its 满意率; the 经费 of 500元 and its 台账; the 年底
满意率).

The title (bold, centred) and a centred "（考核对象：商城各专业市场党委、党总支，物流园区及商会党组织）" line above one table: 序号 | 考核指标 | 考核标准 |
计分方法 | 分值 | 佐证材料. Each category is a SECTION ROW merged across the table, printed WITH a bracketed ordinal and its points on one line,
"（一）组织覆盖（25分）". 序号 (FIRST column) runs 1..19 through the table, NOT restarting under the section rows. 考核指标 is a short sub-label
(`Row.indicator`); 考核标准 (`Row.text`) says what is required; 计分方法 (`Row.scoring`) comes BEFORE the 分值, a plain number; 佐证材料 (`Row.method`)
names the papers, joined by "、". A 合计 row of 100 closes the table; a "说明：" paragraph and three numbered lines follow it. Counts in figures and
Chinese numerals, nearly all in the 考核标准 ("100%", "百分之九十五", "3名以上", "百分之九十", "不足3名", "每半年开展一次", "全覆盖", "每月…不少于1次",
"不少于80平方米", "每周开放不少于6天", "支部委员会每月召开1次，党员大会每季度召开1次，党小组会每季度召开1次，党课每季度1次", "不低于百分之八十", "每月
开展一次", "年内…不少于2次", "每年召开一次", "年内…不少于2名", "不少于5个工作日", "按月", "每季度公示一次", "年底", "100%", "全年", "年内…不少于10件",
"每季度不少于1次", "年内…不少于4次", "每月开展一次", "不少于10小时", "不少于2家", "每半年开展一次", "每季度开展一次", "百分之九十五", "年初", "年底",
"不低于百分之八十五", "每年不少于500元", "年底", "百分之九十"); "最高扣" caps; bands of the 组建率 (3 of the 5 points, closed by "70%以下的不得分");
"每少1小时扣0.3分" once; "酌情扣0.5-1分" three times and "酌情扣1分" once; one "实行一票否决，本项不得分"; one other "本项不得分".
"""

from __future__ import annotations

from pathlib import Path

from .build_helpers import docx_centred, docx_grid_table, docx_title, docx_total_row, merge_cells
from .model import Row, Section, Table, _fmt


def _row(indicator: str, text: str, scoring: str, points: float, proof: str) -> Row:
    """One row in the order the table prints it: 考核指标, 考核标准, 计分方法, 分值, 佐证材料."""
    return Row(text, points, scoring, proof, indicator=indicator)


TABLE = Table(
    name="zzzzo_linyi_shangcheng_liangxin_dangzuzhi_docx",
    fmt="docx",
    title="临沂商城2025年度专业市场“两新”党组织党建工作考核评分表",
    numbering="printed",
    sections=(
        Section("组织覆盖", "（一）组织覆盖（25分）", 25, (
            _row("覆盖率",
                 "专业市场党组织覆盖率达到100%；市场内规模以上商户、物流企业党的工作覆盖率达到百分之九十五。",
                 "市场党组织覆盖率每低1个百分点扣0.5分，最高扣3分；党的工作覆盖率每低1个百分点扣0.2分，最高扣2分。", 6,
                 "市场党组织名册、商户党员摸排表"),
            _row("组建率",
                 "有正式党员3名以上的商户、物流企业党组织组建率达到百分之九十；党员不足3名的纳入市场联合党支部。",
                 "组建率90%以上的得3分，80%（含）—90%的得2分，70%（含）—80%的得1分，70%以下的不得分；应纳入未纳入联合党支部的，每家扣0.2分，最高"
                 "扣2分。", 5, "党组织成立批复"),
            _row("党员摸排",
                 "每半年开展一次商户、货车司机、快递员中党员摸排，建立流动党员台账；引导“口袋党员”亮身份、转关系。",
                 "摸排每少1次扣1分；无流动党员台账的扣1分；引导转接组织关系不力的，酌情扣0.5-1分。", 4, "摸排登记表、流动党员台账"),
            _row("党建指导员",
                 "向未建立党组织的商户、企业选派党建指导员，实现全覆盖；党建指导员每月到联系点走访不少于1次。",
                 "未选派党建指导员的，每家扣0.3分，最高扣2分；走访每少1次扣0.1分，最高扣2分。", 5, "选派文件、走访记录"),
            _row("阵地建设",
                 "每个专业市场建有不少于80平方米的党群服务站，有标识、有制度、有活动；每周开放不少于6天。",
                 "未建党群服务站的扣3分；标识、制度、活动每缺一项扣0.5分；开放时间不足的扣0.5分。", 5, "服务站照片"),
        )),
        Section("组织生活", "（二）组织生活（25分）", 25, (
            _row("“三会一课”",
                 "支部委员会每月召开1次，党员大会每季度召开1次，党小组会每季度召开1次，党课每季度1次，可利用收市后时间或线上开展；党员参会率不低于"
                 "百分之八十。",
                 "“三会一课”每少1次扣0.5分，最高扣4分；参会率每低5个百分点扣0.5分，最高扣2分；会议记录不规范的，酌情扣0.5-1分。", 7,
                 "会议记录、签到表"),
            _row("主题党日",
                 "每月开展一次主题党日活动；年内组织商户党员开展诚信经营“亮身份、作承诺”活动不少于2次。",
                 "主题党日每少1次扣0.3分，最高扣2分；承诺活动每少1次扣1分。", 5, "活动方案、活动照片"),
            _row("组织生活会",
                 "每年召开一次组织生活会，会前开展谈心谈话，党员撰写对照检查材料；开展民主评议党员。",
                 "未召开组织生活会的扣2分；未开展谈心谈话的扣0.5分；对照检查材料每缺1份扣0.2分，最高扣1分；未开展民主评议党员的扣1.5分。", 5,
                 "对照检查材料、民主评议测评表"),
            _row("发展党员",
                 "注重在青年商户、市场管理骨干中发展党员，年内确定入党积极分子不少于2名；发展对象公示不少于5个工作日。",
                 "积极分子每少1名扣1分；发展对象未公示的扣1分；违反程序发展党员的，本项不得分。", 4, "发展党员档案"),
            _row("党费和积分",
                 "党员按月交纳党费；推行商户党员积分管理，积分每季度公示一次，年底评定“诚信党员商户”。",
                 "未按月交纳党费的，每人次扣0.1分，最高扣1分；积分公示每少1次扣0.5分；年底未评定的扣1分。", 4, "党费收缴台账、积分公示照片"),
        )),
        Section("作用发挥", "（三）作用发挥（35分）", 35, (
            _row("诚信经营",
                 "党员商户“亮牌经营”率达到100%；党员商户全年无假冒伪劣、欺行霸市等被查处问题。",
                 "未亮牌经营的，每户扣0.1分，最高扣2分；党员商户被市场监管部门查处的，每户扣1分，最高扣4分。", 6, "亮牌照片"),
            _row("服务发展",
                 "年内帮助商户、物流企业协调解决融资、用工、物流等问题不少于10件；每季度不少于1次组织“直播带货”、外贸出口等技能培训。",
                 "解决问题每少1件扣0.3分，最高扣2分；技能培训每少1次扣1分。", 6, "问题台账、培训签到表"),
            _row("党建品牌",
                 "打造“红色商城”“诚信党员一条街”等市场党建品牌，年内开展品牌活动不少于4次，形成可复制的经验做法。",
                 "未打造党建品牌的扣2分；品牌活动每少1次扣0.5分；品牌特色不鲜明的，酌情扣1分。", 5, "品牌创建方案、活动照片"),
            _row("志愿服务",
                 "组建市场党员志愿服务队，每月开展一次志愿服务活动；党员年人均志愿服务时长不少于10小时。",
                 "未组建志愿服务队的扣1分；志愿服务每少1次扣0.3分，最高扣2分；人均时长每少1小时扣0.3分，最高扣2分。", 6, "志愿服务台账"),
            _row("结对共建",
                 "与机关、社区、村党组织结对共建，签订共建协议不少于2家；每半年开展一次联建活动。",
                 "共建协议每少1家扣1分；联建活动每少1次扣1分。", 5, "共建协议"),
            _row("和谐稳定",
                 "每季度开展一次经营纠纷、欠薪问题排查，纠纷调处成功率达到百分之九十五；市场内不发生重大安全生产事故和群体性事件。",
                 "排查每少1次扣0.5分；调处成功率每低1个百分点扣0.2分，最高扣2分；发生群体性事件的，每起扣2分；发生重大安全生产事故的，实行一票否决，"
                 "本项不得分。", 7, "排查记录"),
        )),
        Section("基础保障", "（四）基础保障（15分）", 15, (
            _row("责任落实",
                 "年初制定党建工作计划，与商城两新工委签订党建工作责任书；市场党组织书记年底述职，评议满意率不低于百分之八十五。",
                 "缺计划或责任书的，每项扣1分；未述职的扣2分；评议满意率低于85%的扣1分。", 6, "工作计划、责任书、述职报告"),
            _row("经费保障",
                 "市场管理方按每名党员每年不少于500元的标准保障党组织工作经费，建立经费使用台账。",
                 "工作经费未保障的扣2分；无经费使用台账的扣1分；经费使用不规范的，酌情扣0.5-1分。", 4, "经费使用台账"),
            _row("群众评价",
                 "年底组织商户、物流企业代表对市场党组织开展满意度测评，满意率达到百分之九十。",
                 "满意率每低1个百分点扣0.5分，最高扣5分。", 5, "满意度测评表"),
        )),
    ),
)

HEADER = ["序号", "考核指标", "考核标准", "计分方法", "分值", "佐证材料"]
NOTES = (
    "说明：",
    "1.本表由商城两新工委于12月中旬组织考核，采取查阅佐证材料、实地查看、商户走访、问卷测评相结合的方式进行。",
    "2.各项扣分以该项分值为限，扣完为止；列明得分档次的，按档次计分；覆盖率、组建率以全市“两新”组织党建信息管理系统数据为准。",
    "3.考核得分90分以上的为“优秀”，80—89分的为“良好”，70—79分的为“一般”，70分以下的为“较差”；考核结果作为“红旗市场党组织”评选的重要依据。",
)


def build(t: Table, path: Path) -> None:
    import docx

    ncols = len(HEADER)
    n_rows = 1 + len(t.sections) + sum(len(s.rows) for s in t.sections) + 1
    document = docx.Document()
    docx_title(document, t.title, 16)
    docx_centred(document, "（考核对象：商城各专业市场党委、党总支，物流园区及商会党组织）")
    tbl = docx_grid_table(document, n_rows, ncols, HEADER)
    r = 1
    number = 0
    for s in t.sections:
        merge_cells(tbl, r, 0, r, ncols - 1, s.printed)
        r += 1
        for row in s.rows:
            number += 1
            cells = ((0, str(number)), (1, row.indicator), (2, row.text), (3, row.scoring), (4, _fmt(row.points)), (5, row.method))
            for c, v in cells:
                tbl.cell(r, c).text = v
            r += 1
    docx_total_row(tbl, r, 4, t.total)
    for line in NOTES:
        document.add_paragraph(line)
    document.save(str(path))
