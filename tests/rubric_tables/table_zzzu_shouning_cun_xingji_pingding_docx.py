"""寿宁县2025年度村级党组织星级评定评分表 (.docx), as the 县委组织部 of 福建 宁德 寿宁 (the 乡镇党委 scoring first in November, a 县 复核组
going round in December) rates the 村党组织 of a mountain 县 on the 闽浙 border: the 下党 village where the “摆脱贫困” story began, the
“下党红” 高山茶 and the 高山蔬菜 the 合作社 sell by 电商直播, the 木拱廊桥 and the 古民居 that a careless fire would take in an hour, the 森林
防火期 when the 党员 keep the 卡口, the 河长 and 林长 who walk the streams and the hills, the 留守儿童 and 留守老人 left when the young go to
the coast, the 红白理事会 and the 高额彩礼: a 五星 table, one section a star, whose 评定内容 prints the requirements and whose 计分方法 gives
a short deduction for each: 支部过硬星 (one roster of the “两委” by age and 学历 "每缺一项" with the “一肩挑” and two 后备力量, the “三会一课”
with the 主题党日 on the 5日, the 组织生活会 and the 民主评议, three days of 培训 with a quarterly 联系 of the 流动党员, 党费 and the 参学率, one
积极分子 a year and "每两年至少发展党员1名" with the 公示 and a 一票否决, the 场所 with the 值班表, the 代办 登记台账 and a monthly 党群活动),
产业兴旺星 (the income in bands with the 清查台账, the 收益分配方案, the 村民代表会议 and the 公示, the 合作社 with three 致富带头人, two 培训
a year, a monthly 走访 of the 监测户 with the 风险消除率, the 台账 and a 一票否决), 生态宜居星 (a monthly “清洁家园” 志愿服务 with the 垃圾分类
覆盖率 and the “门前三包” 责任书, two 巡河 and two 巡林 a month with a quarterly 巡查 of the 廊桥 and a 一票否决, the 审批 of 建房 and no 违建),
乡风文明星 (the 村规民约 through the 村民代表会议 with its 备案, the 红白理事会 and its 标准, two 文明实践 a month with a yearly 评选, its 公示
and a quarterly 积分 兑换, the 关爱台账 with a monthly 探访 and the “七一”、春节 慰问) and 治理有效星 (the “四议两公开” with the quarterly
党务、村务 and monthly 财务 公开 and a quarterly 监督例会, a monthly 排查 with the 调解成功率 and no 案件 or 上访, the 网格长 with a quarterly
走访, the 联户台账 and the 满意率).

The title (bold, centred), a centred "（评定对象：全县各村党组织）" line and a plain "乡镇： 村： 评定日期：" line above one table: 序号 | 评定指标
| 评定内容 | 分值 | 计分方法. Each star is a SECTION ROW merged across the table, printed WITH an ordinal and its points on one line, "一、支部过硬
星（26分）". 序号 RESTARTS at 1 under every section row (ids "1.1" … "5.3"). 评定指标 is a short sub-label (`Row.indicator`); 评定内容 prints
the requirements (`Row.text`); 分值 is a plain number BEFORE the 计分方法, which is short, one deduction a clause, mostly without repeating
the figure. A 合计 row of 100 closes the table; an "评定办法：" paragraph and four numbered paragraphs follow it (the star rules). Counts in
figures and Chinese numerals, nearly all in the 评定内容 ("支部委员会每月召开1次，党员大会每季度召开1次，党小组会每月召开1次，党课每季度1
次", "每月5日", "每年召开一次", "每年…不少于三天", "每季度至少联系一次", "按月", "年内…不少于1名", "每两年至少发展党员1名", "每月至少开展1
次", "每年…不少于2期", "每月至少走访一次", "每月组织…一次", "每月…不少于2次", "每季度开展一次", "每月…不少于2次", "每年开展一次", "按季
度", "每月至少探访…一次", "“七一”、春节期间", "每季度公开一次", "每月公开一次", "每季度至少召开一次", "每月开展一次", "每季度至少走访…一
遍"); "不少于5个工作日"; "不少于1名", "不少于2名", "不少于1个", "不少于3名", "不少于30户", "不少于2户", "不少于5户"; "20万元以上"; "百分之
八十", "百分之九十", "百分之九十八", "100%"; "每缺一项扣1分" once; "最高扣" caps; "酌情扣0.5分" once, "酌情扣0.5-1分" twice and "酌情扣1-2分"
once; one set of bands (an income in 万元 for 5 of the 8 points, closed by "5万元以下的不得分"); three "实行一票否决，本项不得分"; seven other
plain "本项不得分".
"""

from __future__ import annotations

from pathlib import Path

from .build_helpers import docx_centred, docx_grid_table, docx_title, docx_total_row, merge_cells
from .model import Row, Section, Table, _fmt

TABLE = Table(
    name="zzzu_shouning_cun_xingji_pingding_docx",
    fmt="docx",
    title="寿宁县2025年度村级党组织星级评定评分表",
    numbering="restart",
    sections=(
        Section("支部过硬星", "一、支部过硬星（26分）", 26, (
            Row("村“两委”班子成员中35周岁以下的不少于1名，大专及以上学历的不少于2名；村党组织书记、村委会主任“一肩挑”；储备村级后备力量"
                "不少于2名。", 6,
                "35周岁以下、大专及以上学历成员每缺一项扣1分；未实行“一肩挑”的扣1分；后备力量每少1名扣0.5分；班子不团结、被乡镇党委约谈的，"
                "本项不得分。", indicator="班子队伍"),
            Row("严格落实“三会一课”制度，支部委员会每月召开1次，党员大会每季度召开1次，党小组会每月召开1次，党课每季度1次；每月5日为固定"
                "主题党日；每年召开一次组织生活会，开展民主评议党员。", 7,
                "“三会一课”每少1次扣0.5分，最高扣3分；主题党日每少1次扣0.3分，最高扣1.5分；未召开组织生活会的扣1.5分；未开展民主评议党员的"
                "扣1分；会议记录存在补记、代签的，本项不得分。", indicator="组织生活"),
            Row("党员每年参加集中学习培训不少于三天；外出流动党员每季度至少联系一次；党员按月足额交纳党费；党员参加主题党日参学率不低于百分之"
                "八十。", 5,
                "培训时间不足的，每人扣0.1分，最高扣1分；流动党员每少联系1次扣0.2分，最高扣1分；未按月交纳党费的，每人次扣0.1分，最高扣1分；"
                "参学率每低5个百分点扣0.5分；外出党员“线上主题党日”未组织的，酌情扣0.5分。", indicator="党员管理"),
            Row("年内确定入党积极分子不少于1名；每两年至少发展党员1名，注重从致富能手、返乡青年中发展；发展对象公示不少于5个工作日。", 4,
                "未确定积极分子的扣1分；两年内未发展党员的扣1.5分；未公示的扣1分；违反程序发展党员的，实行一票否决，本项不得分。",
                indicator="发展党员"),
            Row("村级组织活动场所标识规范，每天有人值班；便民服务事项实行全程代办；场所每月至少开展1次党群活动。", 4,
                "标识不规范的扣0.5分；无值班表或值班不落实的扣0.5分；代办事项未建立登记台账的扣0.5分；党群活动每少1次扣0.2分，最高扣1.5分；"
                "场所闲置或挪作他用的，本项不得分。", indicator="阵地建设"),
        )),
        Section("产业兴旺星", "二、产业兴旺星（22分）", 22, (
            Row("发展壮大村级集体经济，村集体年经营性收入达到20万元以上；建立集体资产清查台账；集体经济收益分配方案经村民代表会议讨论通过并"
                "公示。", 8,
                "年经营性收入30万元以上的得5分，20万元（含）—30万元的得4分，10万元（含）—20万元的得3分，5万元（含）—10万元的得1分，5万元以下"
                "的不得分；未建立集体资产清查台账的扣1分；收益分配方案未经村民代表会议讨论的扣1分；分配结果未公示的扣1分。",
                indicator="集体经济"),
            Row("村党组织领办茶叶、高山蔬菜等专业合作社不少于1个，带动农户不少于30户；培育党员致富带头人不少于3名，每名带头人结对帮带农户"
                "不少于2户。", 7,
                "未领办合作社的扣2分；带动农户不足30户的扣0.5分；致富带头人每少1名扣0.5分；结对帮带未落实的，每名扣0.2分；产业带动作用不明显、"
                "群众评价较差的，酌情扣0.5-1分。", indicator="产业发展"),
            Row("开展“下党红”茶叶电商直播助农活动；每年组织农民实用技术培训不少于2期；防止返贫监测户每月至少走访一次，风险消除率达到百分之"
                "九十以上。", 7,
                "技术培训每少1期扣0.5分；监测户走访每少1次扣0.1分，最高扣1分；风险消除率每低5个百分点扣0.5分，最高扣1.5分；监测帮扶台账与系统"
                "信息不一致的，每户扣0.2分；发生规模性返贫的，实行一票否决，本项不得分。", indicator="强村富民"),
        )),
        Section("生态宜居星", "三、生态宜居星（18分）", 18, (
            Row("每月组织党员开展一次“清洁家园”志愿服务活动；生活垃圾分类覆盖率达到100%；农户签订“门前三包”责任书。", 6,
                "志愿服务活动每少1次扣0.3分，最高扣2分；垃圾分类覆盖率每低10个百分点扣0.5分；“门前三包”责任书签订不到位的扣0.5分；乡镇季度"
                "人居环境评比排名后三位的，每次扣0.5分；村庄环境脏乱差被省、市、县通报的，本项不得分。", indicator="人居环境"),
            Row("落实村级河长、林长制，村级河长每月巡河不少于2次，林长每月巡林不少于2次；森林防火期党员带头值守卡口；木拱廊桥、古民居每季度"
                "开展一次安全巡查。", 6,
                "巡河、巡林每少1次扣0.2分，最高扣1.5分；防火期卡口值守不落实的，每次扣0.5分；廊桥、古民居巡查每少1次扣0.5分；辖区发生森林火灾"
                "或廊桥火灾的，实行一票否决，本项不得分。", indicator="生态保护"),
            Row("严格农村宅基地和建房审批，无新增违法占地和违法建设；传统村落风貌管控有措施；党员干部带头整治“空心房”。", 6,
                "农村建房未经审批的，每户扣1分；新增违法建设的，每处扣2分；传统风貌被破坏的，酌情扣1-2分；党员干部存在违建未带头整改的，本项"
                "不得分。", indicator="农房管控"),
        )),
        Section("乡风文明星", "四、乡风文明星（16分）", 16, (
            Row("修订完善村规民约，经村民代表会议表决通过后报乡镇党委备案；成立红白理事会，制定婚丧事宜操办标准；党员带头移风易俗，不大操"
                "大办。", 6,
                "村规民约未经村民代表会议表决的扣1分；未报备案的扣0.5分；未成立红白理事会的扣1分；无操办标准的扣0.5分；党员干部大操大办的，每起"
                "扣1分；出现高额彩礼、薄养厚葬被县级以上通报的，本项不得分。", indicator="移风易俗"),
            Row("新时代文明实践站每月开展文明实践活动不少于2次；每年开展一次“最美家庭”“好婆婆好媳妇”评选；设立“积分超市”，按季度兑换积分。",
                5,
                "文明实践活动每少1次扣0.2分，最高扣1.5分；未开展评选的扣1分；评选结果未公示的扣0.5分；“积分超市”未正常运行的，酌情扣0.5-1分。",
                indicator="文明实践"),
            Row("建立留守儿童、留守老人、困难群众关爱台账；党员每月至少探访结对对象一次；“七一”、春节期间走访慰问老党员和生活困难党员。", 5,
                "无关爱台账的扣1分；探访每少1次扣0.1分，最高扣1.5分；慰问每少1次扣1分；慰问无照片的扣0.3分。", indicator="关爱服务"),
        )),
        Section("治理有效星", "五、治理有效星（18分）", 18, (
            Row("村级重大事项严格执行“四议两公开”；党务、村务每季度公开一次，财务收支每月公开一次；村务监督委员会每季度至少召开一次监督例会。",
                6,
                "重大事项未执行“四议两公开”的，每件扣2分；党务、村务公开每少1次扣0.5分；财务公开每少1次扣0.2分，最高扣1.5分；监督例会每少1次"
                "扣0.5分；公开栏无照片存档的扣0.3分。", indicator="民主管理"),
            Row("每月开展一次矛盾纠纷排查；矛盾纠纷调解成功率达到百分之九十八；村内无刑事案件、无越级上访、无重大安全事故。", 6,
                "排查每少1次扣0.3分；调解成功率每低1个百分点扣0.3分，最高扣1.5分；发生刑事案件的，每起扣1分；发生越级上访的，每起扣1分；发生"
                "重大安全事故的，本项不得分。", indicator="平安建设"),
            Row("推行“村党组织—网格党小组—党员联系户”模式，每个网格由1名党员担任网格长；网格长每季度至少走访网格内农户一遍；每名党员联系"
                "农户不少于5户，建立联户台账。", 6,
                "网格长非党员的，每个网格扣0.3分；走访每少1次扣0.3分，最高扣1.5分；未建立联户台账的扣1分；联系户对党员评价满意率低于百分之九十"
                "的扣1分。", indicator="网格联户"),
        )),
    ),
)

HEADER = ["序号", "评定指标", "评定内容", "分值", "计分方法"]
NOTES = (
    "评定办法：",
    "1.本表由乡镇党委初评、县委组织部复核，采取查阅资料、实地查看、入户走访、问卷测评相结合的方式进行，各项扣分以该项分值为限，扣完为止。",
    "2.每颗星单项得分达到该项分值的80%即获得该星；总得分90分以上且获得五颗星的，评定为“五星级”村党组织，获得四颗星的评定为“四星级”，"
    "依此类推；获得两颗星以下的，列入后进村党组织整顿提升范围。",
    "3.出现一票否决情形的村，当年不得评定为四星级以上。",
    "4.村集体经营性收入以县农业农村局审核的年度财务报表为准，监测户信息以全国防止返贫监测信息系统为准。",
)


def build(t: Table, path: Path) -> None:
    import docx

    ncols = len(HEADER)
    n_rows = 1 + len(t.sections) + sum(len(s.rows) for s in t.sections) + 1
    document = docx.Document()
    docx_title(document, t.title, 16)
    docx_centred(document, "（评定对象：全县各村党组织）")
    document.add_paragraph("乡镇：                村：                评定日期：")
    tbl = docx_grid_table(document, n_rows, ncols, HEADER)
    r = 1
    for s in t.sections:
        merge_cells(tbl, r, 0, r, ncols - 1, s.printed)
        r += 1
        for number, row in enumerate(s.rows, 1):
            cells = ((0, str(number)), (1, row.indicator), (2, row.text), (3, _fmt(row.points)), (4, row.scoring))
            for c, v in cells:
                tbl.cell(r, c).text = v
            r += 1
    docx_total_row(tbl, r, 3, t.total)
    for line in NOTES:
        document.add_paragraph(line)
    document.save(str(path))
