"""翠屏区大观楼街道2025年度社区党组织党建工作目标考核细则 (.xlsx), as the 街道党工委 of 四川 宜宾 翠屏区 大观楼 (its 党建办 with the 社区
治理办, the 综治中心, the 应急办 and the 街道纪工委, a 考核组 going round the 社区 in December) scores the 社区党委 of the old city at the
合江门 where the 金沙江 and the 岷江 meet and the 长江 begins: the 步行街 商圈 with its 酒类 shops, 餐饮 and 夜市, 商务楼宇 and 个体工商户, old
单位 宿舍 and 老旧小区 under 改造, 独居 and 空巢 老人 in the lanes, 困境儿童 in the summer holidays, the 低洼 banks of both rivers that the 汛期
floods, the “院坝会” where the 居民 sit down to talk things out: a table whose 考核内容 is one short line and whose 评分标准 carries the work, each
clause a figure and its deduction: 党的组织建设 (one roster of the “两委” by age and 学历 "缺一项" with the “一肩挑”, the 分工 and no 处分, the
小区（网格）党支部 覆盖率 with a quarterly 报告 of the 楼栋党小组长, the 工作覆盖率 of the “两新” with the 选派 of 党建指导员 and the 审批, the “三会
一课” with the monthly 主题党日, the 组织生活会 and 民主评议, two 积极分子 a year and "每两年至少发展党员1名" with a half-yearly 谈话 and the 公示),
党员教育管理 (a monthly 集中学习 with 32学时, a half-yearly 专题研讨, a yearly 现场教学 at the 赵一曼纪念馆 and a quarterly 送学上门, 党费 with a yearly
核定 and a half-yearly 公示, the 系统 and the 流动党员, the 积分 with a quarterly 公示, the 设岗定责 比例, the 承诺 and the 年底 评选, the 关怀帮扶
台账 with the “七一”、春节 慰问 and the 纪念章), 基层治理 (forty 走访 a month with the 准确率 and the 按期办结率, the “红色物业” 覆盖率 with a quarterly
联席会议, the 征求意见 of the 改造 and a yearly 测评 in bands, a monthly 排查 with the 调解成功率, a yearly 汛前 隐患排查 with the 转移避险名单 and
the 值班 and a 一票否决, the quarterly “院坝会” with the 征集, the 公示, a quarterly 公开 and five 实事, the 商圈 党组织 with the 挂牌率, a quarterly
联合检查 and three 共建协议), 服务群众 (two 志愿服务队 with twelve hours a head and a monthly 志愿服务, the 关爱台账 with two 探访 a month, the “四点
半课堂” and the 老年食堂, a 年底 测评 scored in bands for the whole 5 points) and 党建责任制 (the 年初 计划, the 责任书, the 半年小结, the 年底 述职 with
its 满意度 and the 年终 总结, the 年初 经费 使用计划 through the 居民代表会议 with the 台账 and a quarterly 公开).

A merged title row, a merged "考核对象：大观楼街道所辖各社区党委" line and a merged "社区： 考核组成员： 考核日期：" line above the header
考核类别 | 序号 | 考核内容 | 评分标准 | 分值 | 考核方式 | 自评得分 | 考核得分. The categories are MERGED CELLS down the 考核类别 column (FIRST),
printed WITHOUT an ordinal and WITH their points on a SECOND line, "党的组织建设\\n（24分）". 序号 (SECOND column) RESTARTS at 1 in every category
(ids "1.1" … "5.2"). 考核内容 is one short line; the 评分标准 is long, every clause a figure and its deduction. 分值 is a plain number AFTER the 评分
标准. 考核方式 (`Row.method`) only says how the 考核组 checks (查阅资料, 个别谈话, 实地查看, 查阅会议记录, 查阅档案, 抽查学时, 查阅台账, 系统核查,
入户走访, 问卷测评, 查阅账目): no papers. 自评得分 and 考核得分 are blank. A 合计 row of 100 and a merged 备注 row close the sheet. Counts in figures
and Chinese numerals, nearly all in the 评分标准 ("每季度…报告一次", "支部委员会每月召开1次、党员大会每季度召开1次、党小组会每月召开1次、党课每
季度1次", "每月开展一次", "每年召开一次", "年内…不少于2名", "每两年至少发展党员1名", "每半年…谈话一次", "每月组织一次", "每年…不少于32学时",
"每半年开展一次", "每年…不少于1次", "每季度送学上门一次", "按月", "每年7月核定一次", "每半年公示一次", "每季度联系一次", "每季度公示一次", "每年
…不少于1项", "年底", "“七一”、春节期间", "每月入户走访不少于40户", "每季度至少召开一次", "每年开展一次", "每月开展一次", "每年汛期前…一次",
"24小时", "每季度至少召开一次", "每季度公开一次", "年内…不少于5件", "每季度开展一次", "每人每年…不少于12小时", "每月开展一次", "每月至少探访…
两次", "暑期…不少于1期", "年底", "年初", "7月底前", "年底", "年终", "年初", "每季度公开一次"); "超过6个月"; "不少于5个工作日"; "不少于2名",
"不少于4名", "不少于2支", "不少于3家"; "百分之九十", "百分之六十", "百分之九十五", "百分之九十八", "百分之八十", "百分之八十五", "100%"; "缺一
项扣1分" once; "最高扣" caps; "酌情扣0.5分" twice and "酌情扣1分" once; two sets of bands (a 物业 满意度 for 2 of the 6 points closed by "80%以下的不
得分", a 群众 满意度 for the whole 5 points closed by "80%以下的不得分"); two "实行一票否决，本项不得分"; six other plain "本项不得分".
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

TABLE = Table(
    name="zzzt_yibin_daguanlou_jiedao_shequ_xlsx",
    fmt="xlsx",
    title="翠屏区大观楼街道2025年度社区党组织党建工作目标考核细则",
    numbering="restart",
    sections=(
        Section("党的组织建设", "党的组织建设\n（24分）", 24, (
            Row("建强社区“两委”班子。", 6,
                "社区“两委”班子成员中35周岁以下的不少于2名、大专及以上学历的不少于4名，缺一项扣1分；社区党委书记未实行“一肩挑”的扣1分；社区"
                "党委委员未按规定分工联系小区（网格）的扣0.5分；班子成员年度考核被评为“不称职”的扣1分；班子成员受到党纪政务处分的，本项"
                "不得分。", "查阅资料、个别谈话"),
            Row("健全小区（网格）党组织体系。", 6,
                "小区（网格）党支部覆盖率达到100%，每缺1个扣0.5分，最高扣2分；楼栋党小组长每季度向小区党支部报告一次工作，每少1次扣0.2分，"
                "最高扣1分；辖区商务楼宇、个体工商户等“两新”组织党的工作覆盖率达到百分之九十，每低5个百分点扣0.5分；对无党员的“两新”组织"
                "选派党建指导员，未选派的每家扣0.2分；党组织设置调整未报街道党工委审批的扣0.5分。", "查阅资料、实地查看"),
            Row("严格组织生活制度。", 6,
                "支部委员会每月召开1次、党员大会每季度召开1次、党小组会每月召开1次、党课每季度1次，每少1次扣0.5分，最高扣3分；每月开展一次"
                "主题党日，每少1次扣0.3分，最高扣1.5分；每年召开一次组织生活会并开展民主评议党员，未召开组织生活会的扣1.5分，未开展民主评议"
                "的扣1分；会议记录存在补记、代签的，本项不得分。", "查阅会议记录"),
            Row("规范发展党员工作。", 6,
                "年内确定入党积极分子不少于2名，每少1名扣0.5分；每两年至少发展党员1名，两年内未发展的扣1.5分；培养联系人每半年与入党积极分子"
                "谈话一次，无谈话记录的每次扣0.2分；发展对象公示不少于5个工作日，未公示的扣1分；违反程序发展党员的，实行一票否决，本项不得分。",
                "查阅档案"),
        )),
        Section("党员教育管理", "党员教育管理\n（20分）", 20, (
            Row("抓好党员学习教育。", 6,
                "社区党委每月组织一次集中学习，每少1次扣0.3分；党员每年参加学习培训不少于32学时，不足的每人扣0.1分，最高扣1.5分；每半年开展"
                "一次专题研讨，每少1次扣0.5分；每年组织党员到赵一曼纪念馆、李庄抗战文化陈列馆等红色教育基地开展现场教学不少于1次，未开展的"
                "扣1分；对年老体弱党员每季度送学上门一次，每少1次扣0.2分。", "查阅资料、抽查学时"),
            Row("加强党员日常管理。", 5,
                "党员按月足额交纳党费，未按月交纳的每人次扣0.1分，最高扣1分；每年7月核定一次党费交纳基数，未核定的扣0.5分；党费收缴情况每"
                "半年公示一次，每少1次扣0.3分；党员信息与全国党员管理信息系统不一致的，每人扣0.1分，最高扣1分；流动党员每季度联系一次，失联"
                "超过6个月未排查处置的，每人扣0.5分。", "查阅台账、系统核查"),
            Row("推行党员积分管理和设岗定责。", 5,
                "未实行党员积分管理的扣1分；积分每季度公示一次，每少1次扣0.3分；设岗定责党员比例达到百分之六十，每低10个百分点扣0.5分；有"
                "劳动能力的党员每年公开承诺不少于1项，无承诺书的扣0.5分；年底依据积分评选优秀党员，未评选的扣0.5分。", "查阅资料"),
            Row("关心关爱党员。", 4,
                "建立困难党员、老党员、因病致困党员关怀帮扶台账，无台账的扣1分；“七一”、春节期间走访慰问困难党员和老党员，每少1次扣1分；为党龄"
                "满50周年的党员颁发“光荣在党50年”纪念章，遗漏的每人扣0.2分；党员去世后未按规定开展悼念慰问的，酌情扣0.5分。",
                "查阅台账、入户走访"),
        )),
        Section("基层治理", "基层治理\n（30分）", 30, (
            Row("深化“党建+网格”治理。", 7,
                "专职网格员每月入户走访不少于40户，不足的每人每月扣0.1分，最高扣2分；人口、房屋、单位等基础信息采集准确率达到百分之九十五，每低"
                "1个百分点扣0.2分，最高扣1分；群众诉求经网格化服务管理平台流转，按期办结率达到百分之九十八，每低1个百分点扣0.3分，最高扣2分；"
                "网格员未亮明身份、未公示联系方式的，酌情扣0.5分；平台数据弄虚作假的，本项不得分。", "系统核查、入户走访"),
            Row("推进“红色物业”和老旧小区治理。", 6,
                "物业服务企业党组织覆盖率达到百分之八十，每低10个百分点扣0.5分；小区党支部、业委会、物业服务企业每季度至少召开一次联席会议，"
                "每少1次扣0.5分，最高扣2分；老旧小区改造项目实施前未征求居民意见的，每个扣0.5分；每年开展一次物业服务满意度测评，满意度90%"
                "以上的得2分，80%（含）—90%的得1分，80%以下的不得分。", "查阅资料、问卷测评"),
            Row("做好矛盾纠纷化解和防汛工作。", 6,
                "每月开展一次矛盾纠纷排查，每少1次扣0.3分；调解成功率达到百分之九十五，每低1个百分点扣0.2分，最高扣1分；每年汛期前组织党员对"
                "金沙江、岷江沿岸低洼区域开展一次隐患排查，未开展的扣1分；未建立危险区域群众转移避险名单的扣0.5分；汛期未落实党员24小时值班"
                "值守的，每次扣0.5分；发生“民转刑”案件或因灾造成人员伤亡的，实行一票否决，本项不得分。", "查阅台账、实地查看"),
            Row("推行居民“院坝会”协商议事。", 6,
                "每季度至少召开一次“院坝会”，每少1次扣0.5分；议题未事前向居民征集的扣0.5分；议事结果未公示的，每次扣0.2分；党务、居务、财务"
                "每季度公开一次，每少1次扣0.5分；年内办结民生实事不少于5件，每少1件扣0.3分；议而不决、决而不行的，酌情扣1分。",
                "查阅会议记录、入户走访"),
            Row("推进步行街商圈党建。", 5,
                "未依托步行街商圈建立商圈党组织或党的工作小组的扣1分；商户党员亮身份挂牌率达到100%，每低10个百分点扣0.3分；每季度开展一次消防"
                "安全联合检查，每少1次扣0.5分；与商圈商户、市场管理方签订共建协议不少于3家，每少1家扣0.5分；商圈发生较大火灾事故的，本项不"
                "得分。", "查阅资料、实地查看"),
        )),
        Section("服务群众", "服务群众\n（16分）", 16, (
            Row("开展党员志愿服务。", 5,
                "组建党员志愿服务队不少于2支，每少1支扣0.5分；社区党员每人每年参加志愿服务不少于12小时，不足的每人扣0.1分，最高扣1.5分；每月"
                "开展一次主题志愿服务活动，每少1次扣0.2分；志愿服务活动无照片资料的，每次扣0.1分。", "查阅资料、系统核查"),
            Row("做好“一老一小”和特殊群体服务。", 6,
                "未建立独居、空巢老人和困境儿童关爱台账的扣1分；网格员每月至少探访独居老人两次，每少1次扣0.1分，最高扣1.5分；暑期开办“四点半"
                "课堂”或托管班不少于1期，未开办的扣1分；社区老年食堂（助餐点）未正常运营的扣1分；特殊群体发生意外未及时发现处置、造成不良"
                "影响的，本项不得分。", "查阅台账、入户走访"),
            Row("开展群众满意度测评。", 5,
                "街道年底组织群众满意度测评，满意度95%以上的得5分，90%（含）—95%的得4分，85%（含）—90%的得3分，80%（含）—85%的得1分，80%以下"
                "的不得分。", "问卷测评"),
        )),
        Section("党建责任制", "党建责任制\n（10分）", 10, (
            Row("落实党建工作责任制。", 6,
                "年初未制定党建工作计划的扣1分；未与街道党工委签订党建工作责任书的扣0.5分；7月底前未形成半年工作小结的扣0.5分；年底社区党委"
                "书记未向街道党工委述职的扣2分；述职评议满意度低于百分之八十五的扣1分；年终无年度工作总结的扣1分。", "查阅资料、问卷测评"),
            Row("规范使用服务群众专项经费。", 4,
                "年初未制定经费使用计划或计划未经居民代表会议讨论的扣1分；无经费使用台账的扣1分；经费收支每季度公开一次，每少1次扣0.5分；"
                "存在违规使用、挪用经费问题的，本项不得分。", "查阅账目"),
        )),
    ),
)

HEADER = ["考核类别", "序号", "考核内容", "评分标准", "分值", "考核方式", "自评得分", "考核得分"]
NOTE = ("备注：1.本细则由街道党工委于12月组织考核，社区先行自评，考核组采取查阅资料、系统核查、实地查看、入户走访、问卷测评相结合的方式"
        "复核；2.各项扣分以该项分值为限，扣完为止；3.商圈党建指标仅适用于步行街片区社区，其他社区该项得分按“红色物业”指标得分率折算；"
        "4.考核得分90分以上的为“一等”，80—89分的为“二等”，70—79分的为“三等”，70分以下的为“不达标”，考核结果与社区工作者年度绩效报酬"
        "挂钩。")


def build(t: Table, path: Path) -> None:
    import openpyxl
    from openpyxl.styles import Alignment, Font

    ncols = len(HEADER)
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "社区目标考核"
    center = Alignment(horizontal="center", vertical="center", wrap_text=True)
    wrap = Alignment(vertical="center", wrap_text=True)
    xlsx_title(ws, t.title, ncols, Font(name="方正小标宋简体", size=16), center)
    xlsx_line(ws, "考核对象：大观楼街道所辖各社区党委", ncols)
    xlsx_line(ws, "社区：                考核组成员：                考核日期：", ncols)
    xlsx_header(ws, HEADER, ncols)
    first = ws.max_row
    for s in t.sections:
        top = ws.max_row + 1
        for number, row in enumerate(s.rows, 1):
            ws.append([s.printed if number == 1 else None, number, row.text, row.scoring, row.points, row.method, None, None])
            for c in (3, 4):
                ws.cell(ws.max_row, c).alignment = wrap
            for c in (2, 5, 6):
                ws.cell(ws.max_row, c).alignment = center
        xlsx_merge_down(ws, 1, top, ws.max_row, center)
    xlsx_total_row(ws, t.total, 5, ncols, center)
    xlsx_borders(ws, first, ncols)
    xlsx_note(ws, NOTE, ncols, 60)
    xlsx_widths(ws, (12, 6, 20, 66, 6, 14, 8, 8))
    wb.save(str(path))
