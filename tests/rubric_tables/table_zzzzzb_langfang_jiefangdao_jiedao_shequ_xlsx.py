"""广阳区解放道街道党工委2025年度社区党组织党建工作考核评分表 (.xlsx), as the 街道党工委 of 河北 廊坊 广阳区 解放道街道 (its 党建工作办公室 with the
社区建设办, the 综治中心, the 12345 热线 分中心, the 物业管理科 and the 街道纪工委, a 考核组 going round the 社区 in the last week of December, when the
北风 blows the dust off the 京津 plain, the 老旧小区 加装电梯 hoardings are going up along the 解放道, the 供暖 complaints have quieted and the 通勤 党员
who work in 北京 come home late on the 城际 trains) scores the 社区党委 of an old-town 街道: the 单位宿舍 社区 of the old 机关 and 工厂, the 商品房 社区 with
a 物业 in every 小区, the 社区 of 开放式 楼院 with no 物业 at all: a sheet of 一级指标 and 二级指标 whose 考核要点 prints what the 社区 must have done,
whose 扣分细则 takes points off one clause at a time (scoring the “三会一课” 参会率, the 热线 按期办结率 and the 年底 满意率 in bands) and whose 佐证材料
names the papers: 政治引领 (the “第一议题”, a monthly 集中学习 and 32学时; a half-yearly 研判, the 研判报告, the “三审三校” and a 一票否决; the 年初 责任书, a
quarterly 警示教育, no 处分 and the “小微权力” 清单 公开; the 年底 述职, its 满意率 and the 班子成员's own 述职), 组织建设 (the 覆盖率, the 组织架构图 and the
楼栋长; the “三会一课”, the 书记's two 党课 and the 参会率 in bands; the 主题党日, a quarterly 联合主题党日 and one 现场教学; the 组织生活会, the 谈心谈话
全覆盖, the 民主评议 and the 备案; the 积分, a quarterly 公示, the 年底 星级 and its 公示; two 积极分子, the 公示, 党费 按月 with a half-yearly 公示 and a
"本项不得分"; the 服务岗位, two 志愿服务 each, twenty “微心愿” and a half-yearly 反馈), 治理服务 (the 网格员, a monthly 走访 and the 按期办结率 in bands; the
物业 覆盖率, the 协调运行机制, a quarterly 联席会议 and a "本项不得分"; a monthly 议事会, the 公开, five 问题 and the 协商; the 开放, the 值班, the 关爱台账,
a monthly 走访 and the “七一”、春节 慰问; a monthly 排查, the 化解率, the 知晓率 and a 一票否决) and 基础保障 (three 共建协议, a half-yearly “大党委” 联席会议
and two 实事; the 年初 计划, the 6月底 小结, the 年底 总结 and the 报送; the 年底 满意率 in bands).

A merged title row, a merged "考核对象：解放道街道各社区党委" line and a merged "社区：    考核组：    考核日期：" line above the header 一级指标 | 二级指标 |
考核要点 | 分值 | 扣分细则 | 佐证材料. There is NO 序号: the items are numbered by position 1..19. The 一级指标 are MERGED CELLS down the FIRST column,
printed WITH an ordinal and WITH their points on a second line, "一、政治引领\\n（20分）". The 二级指标 (SECOND column) is a short name (`Row.indicator`) on
every row except the “三会一课” and 主题党日 rows, which share ONE 二级指标 cell "组织生活" MERGED DOWN over the two of them. 考核要点 (`Row.text`) says
what is required; 分值 is a plain number BEFORE the 扣分细则 (`Row.scoring`); 佐证材料 (`Row.method`) names the papers, joined by "、". A 合计 row of 100
and a merged 说明 row close the sheet. Counts in figures and Chinese numerals, nearly all in the 考核要点 ("每月开展一次", "每人每年…不少于32学时", "每半年
开展一次", "全年", "年初", "每季度开展一次", "全年", "年底", "不低于百分之八十五", "年底", "100%", "1名", "支部委员会每月召开1次，党员大会每季度召开1次，
党小组会每月召开1次，党课每季度1次", "每年讲党课不少于2次", "不低于百分之八十五", "每月开展一次", "每季度至少…一次", "年内…不少于1次", "每年召开一次",
"全覆盖", "每季度公示一次", "年底", "年内…不少于2名", "不少于5个工作日", "按月", "每半年公示一次", "至少1个", "每人每年…不少于2次", "年内…不少于20个",
"每半年…一次", "1名", "每月…不少于1遍", "百分之九十五以上", "100%", "每季度至少…一次", "全年", "每月召开一次", "年内…不少于5件", "每周开放不少于6天",
"每月至少…一次", "“七一”、春节", "每月开展一次", "百分之九十五", "百分之九十", "全年", "不少于3家", "每半年召开一次", "年内…不少于2件", "年初", "6月底前",
"年底", "年底", "百分之九十"); "最高扣" caps; bands of the 参会率 (3 of the 7 points, closed by "80%以下的不得分"), of the 按期办结率 (3 of the 6, closed
by "90%以下的不得分") and of the 年底 满意率 (all 6, closed by "85%以下的不得分"); "每低10个百分点" twice, "每低5个百分点" once and "每低1个百分点" once;
"酌情扣0.5-1.5分" once and "酌情扣1分" once; two "实行一票否决，本项不得分" and two other "本项不得分".
"""

from __future__ import annotations

from pathlib import Path

from .build_helpers import (
    xlsx_borders,
    xlsx_header,
    xlsx_line,
    xlsx_merge_down,
    xlsx_note,
    xlsx_title,
    xlsx_total_row,
    xlsx_widths,
)
from .model import Row, Section, Table


def _row(label: str, text: str, points: float, scoring: str, proof: str) -> Row:
    """One row in the order the sheet prints it: 二级指标, 考核要点, 分值, 扣分细则, 佐证材料."""
    return Row(text, points, scoring, proof, indicator=label)


SHARED = "组织生活"  # the one 二级指标 cell merged down over two rows

TABLE = Table(
    name="zzzzzb_langfang_jiefangdao_jiedao_shequ_xlsx",
    fmt="xlsx",
    title="广阳区解放道街道党工委2025年度社区党组织党建工作考核评分表",
    numbering="position",
    sections=(
        Section("政治引领", "一、政治引领\n（20分）", 20, (
            _row("理论学习",
                 "落实“第一议题”制度，社区党委每月开展一次集中学习；党员每人每年参加集中学习培训不少于32学时。", 5,
                 "集中学习每少1次扣0.3分，最高扣2分；学时不足的，每人扣0.1分，最高扣2分；未落实“第一议题”制度的扣1分。", "学习记录、签到表、学时统计表"),
            _row("意识形态",
                 "每半年开展一次意识形态工作分析研判，形成研判报告报街道党工委；社区宣传栏、微信公众号、居民微信群信息发布落实“三审三校”；全年不发生"
                 "意识形态责任事件。", 5,
                 "研判每少1次扣1分；未报送研判报告的扣0.5分；信息未经审核发布的，每次扣0.5分，最高扣1.5分；发生意识形态责任事件的，实行一票否决，本项"
                 "不得分。", "研判报告、审核登记表、群管理截图"),
            _row("党风廉政",
                 "社区党委书记年初与街道党工委签订党风廉政建设责任书；每季度开展一次警示教育；社区“两委”成员全年无违纪违法行为；社区“小微权力”清单在"
                 "公开栏公开。", 5,
                 "未签订责任书的扣1分；警示教育每少1次扣0.5分；“两委”成员受到党纪政务处分的，每人扣2分；“小微权力”清单未公开的扣0.5分。",
                 "责任书、警示教育记录、公开栏照片"),
            _row("述职评议",
                 "社区党委书记年底向街道党工委述职，接受党员、居民代表评议，评议满意率不低于百分之八十五；社区“两委”班子成员年底进行个人述职。", 5,
                 "书记未述职的扣2分；评议满意率低于85%的扣1.5分；班子成员未述职的，每人扣0.5分，最高扣1.5分。", "述职报告、评议票统计表"),
        )),
        Section("组织建设", "二、组织建设\n（35分）", 35, (
            _row("组织体系",
                 "健全“社区党委—网格党支部—楼栋党小组”三级组织体系，网格党支部覆盖率达到100%；每个楼栋明确1名党员楼栋长。", 5,
                 "覆盖率每低10个百分点扣1分，最高扣2分；党员楼栋长每缺1名扣0.2分，最高扣1.5分；组织体系不健全的，酌情扣0.5-1.5分。",
                 "组织架构图、楼栋长名单"),
            _row(SHARED,
                 "支部委员会每月召开1次，党员大会每季度召开1次，党小组会每月召开1次，党课每季度1次；社区党委书记每年讲党课不少于2次；党员参会率不低于"
                 "百分之八十五。", 7,
                 "“三会一课”每少1次扣0.5分，最高扣3分；书记讲党课每少1次扣0.5分；参会率90%以上的得3分，85%（含）—90%的得2分，80%（含）—85%的得1分，"
                 "80%以下的不得分。", "会议记录本、签到表、党课讲稿"),
            _row(SHARED,
                 "每月开展一次主题党日活动，做到“一月一主题”；每季度至少组织一次“在职党员+社区党员”联合主题党日；年内组织党员到红色教育基地开展现场"
                 "教学不少于1次。", 5,
                 "主题党日每少1次扣0.3分，最高扣2分；联合主题党日每少1次扣0.5分；未开展现场教学的扣1分。", "活动方案、签到表、活动照片"),
            _row("组织生活会",
                 "每年召开一次组织生活会，会前支委与党员之间谈心谈话全覆盖；会后开展民主评议党员，评议结果报街道党工委备案。", 4,
                 "未召开组织生活会的扣2分；谈心谈话每少1人扣0.1分，最高扣1分；未开展民主评议党员的扣1分；评议结果未备案的扣0.5分。",
                 "会议记录、谈心谈话记录、民主评议表"),
            _row("党员积分",
                 "实行党员积分制管理，积分每季度公示一次；年底根据积分评定星级党员，评定结果在社区公示栏公示。", 4,
                 "未实行积分制管理的扣1.5分；积分公示每少1次扣0.5分；年底未评定星级党员的扣1分；评定结果未公示的扣0.5分。", "积分台账、公示照片"),
            _row("发展党员",
                 "年内确定入党积极分子不少于2名；发展对象公示不少于5个工作日；党员按月交纳党费，党费收缴情况每半年公示一次。", 5,
                 "积极分子每少1名扣0.5分；发展对象未公示的扣1分；未按月交纳的，每人次扣0.1分，最高扣1分；党费公示每少1次扣0.5分；违反程序发展党员的，"
                 "本项不得分。", "积极分子名册、公示截图、党费收缴台账"),
            _row("双报到",
                 "到社区报到的在职党员每人认领至少1个服务岗位，每人每年参加社区志愿服务不少于2次；年内为居民实现“微心愿”不少于20个；社区每半年向报到"
                 "党员所在单位反馈一次表现情况。", 5,
                 "未认领服务岗位的，每人扣0.1分，最高扣1分；志愿服务不足2次的，每人扣0.1分，最高扣1.5分；“微心愿”每少1个扣0.1分，最高扣1分；反馈每少"
                 "1次扣0.5分。", "报到登记台账、志愿服务记录、反馈函"),
        )),
        Section("治理服务", "三、治理服务\n（30分）", 30, (
            _row("网格治理",
                 "每个网格配备1名专职网格员，网格员每月走访网格内住户不少于1遍；居民诉求（含12345热线转办件）按期办结率达到百分之九十五以上。", 6,
                 "专职网格员每缺1名扣0.2分，最高扣1分；走访每少1遍扣0.3分，最高扣2分；按期办结率98%以上的得3分，95%（含）—98%的得2分，90%（含）—95%"
                 "的得1分，90%以下的不得分。", "网格员名单、走访记录、热线平台数据"),
            _row("红色物业",
                 "推动物业服务企业党组织应建尽建，暂不具备条件的选派党建指导员，覆盖率达到100%；建立社区党组织领导下的居委会、业委会、物业服务企业"
                 "协调运行机制，每季度至少召开一次联席会议；全年不发生因物业纠纷引发的群体性事件。", 6,
                 "覆盖率每低10个百分点扣0.5分，最高扣2分；未建立协调运行机制的扣1分；联席会议每少1次扣0.5分，最高扣2分；发生因物业纠纷引发群体性事件"
                 "的，本项不得分。", "物业企业党建工作台账、联席会议纪要"),
            _row("议事协商",
                 "每月召开一次居民议事会，议事结果及时公开；年内通过协商解决老旧小区加装电梯、停车难等问题不少于5件。", 5,
                 "议事会每少1次扣0.3分，最高扣2分；议事结果未公开的扣0.5分；解决问题每少1件扣0.5分；议事协商流于形式的，酌情扣1分。",
                 "议事会记录、公开栏照片、问题清单"),
            _row("为民服务",
                 "社区党群服务中心每周开放不少于6天，节假日轮流值班；建立困难群众、独居老人关爱台账，每月至少走访一次独居老人；“七一”、春节走访慰问"
                 "困难党员、老党员。", 6,
                 "开放时间不足或节假日无人值班的扣1分；无关爱台账的扣1分；走访独居老人每少1次扣0.2分，最高扣1.5分；慰问每少1人扣0.1分，最高扣1.5分。",
                 "值班表、关爱台账、走访记录、慰问名单"),
            _row("平安建设",
                 "每月开展一次矛盾纠纷和安全隐患排查，矛盾纠纷化解率达到百分之九十五；辖区居民反诈宣传知晓率达到百分之九十；全年不发生重大安全事故。", 7,
                 "排查每少1次扣0.3分，最高扣1.5分；化解率每低1个百分点扣0.2分，最高扣1.5分；知晓率每低5个百分点扣0.5分，最高扣2分；发生重大安全事故"
                 "的，实行一票否决，本项不得分。", "排查台账、调解记录、问卷统计"),
        )),
        Section("基础保障", "四、基础保障\n（15分）", 15, (
            _row("共驻共建",
                 "与驻区单位党组织签订结对共建协议不少于3家，每半年召开一次“大党委”联席会议；共建单位年内为社区办实事不少于2件。", 5,
                 "共建协议每少1家扣0.5分；联席会议每少1次扣1分；办实事每少1件扣0.5分。", "共建协议、会议纪要、实事清单"),
            _row("计划总结",
                 "年初制定党建工作计划，6月底前报送上半年工作小结，年底形成全年工作总结；按时报送街道党工委要求的各类材料。", 4,
                 "缺计划、小结或总结的，每项扣1分；材料报送不及时的，每次扣0.2分，最高扣1分。", "工作计划、半年小结、工作总结"),
            _row("群众满意",
                 "年底由街道党工委组织居民代表开展社区党组织满意度测评，满意率达到百分之九十。", 6,
                 "满意率95%以上的得6分，90%（含）—95%的得4分，85%（含）—90%的得2分，85%以下的不得分。", "测评统计表"),
        )),
    ),
)

HEADER = ["一级指标", "二级指标", "考核要点", "分值", "扣分细则", "佐证材料"]
NOTE = ("说明：1.本表由街道党工委于12月下旬组织考核，党建工作办公室牵头，社区建设办、综治中心、物业管理科、街道纪工委参加，采取听取汇报、查阅佐证"
        "材料、实地查看、入户走访、问卷测评相结合的方式进行，以2025年1月1日至考核之日形成的资料为准；2.各项扣分以该项分值为限，扣完为止；扣分细则列明"
        "得分档次的，按档次计分；参会率以全年“三会一课”平均参会率计算；3.按期办结率以廊坊市12345政务服务便民热线平台数据为准；4.考核得分90分以上的为"
        "“好”，80—89分的为“较好”，70—79分的为“一般”，70分以下的为“差”，考核结果与社区工作者绩效奖励挂钩。")


def build(t: Table, path: Path) -> None:
    import openpyxl
    from openpyxl.styles import Alignment, Font

    ncols = len(HEADER)
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "社区党组织考核"
    center = Alignment(horizontal="center", vertical="center", wrap_text=True)
    wrap = Alignment(vertical="center", wrap_text=True)
    xlsx_title(ws, t.title, ncols, Font(name="方正小标宋简体", size=16), center)
    xlsx_line(ws, "考核对象：解放道街道各社区党委", ncols)
    xlsx_line(ws, "社区：              考核组：              考核日期：", ncols)
    xlsx_header(ws, HEADER, ncols)
    first = ws.max_row
    for s in t.sections:
        top = ws.max_row + 1
        shared_top = None
        for i, row in enumerate(s.rows):
            label = row.indicator
            if label == SHARED:
                if shared_top is None:
                    shared_top = ws.max_row + 1
                else:
                    label = None
            ws.append([s.printed if i == 0 else None, label, row.text, row.points, row.scoring, row.method])
            for c in (3, 5, 6):
                ws.cell(ws.max_row, c).alignment = wrap
            for c in (2, 4):
                ws.cell(ws.max_row, c).alignment = center
        if shared_top is not None:
            xlsx_merge_down(ws, 2, shared_top, shared_top + 1, center)
        xlsx_merge_down(ws, 1, top, ws.max_row, center)
    xlsx_total_row(ws, t.total, 4, ncols, center)
    xlsx_borders(ws, first, ncols)
    xlsx_note(ws, NOTE, ncols, 90)
    xlsx_widths(ws, (12, 12, 50, 6, 50, 24))
    wb.save(str(path))
