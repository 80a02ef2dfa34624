"""惠民黄河河务局基层党支部2025年度党建工作考核评分表 (.xlsx), as the 局党组 of 山东 滨州 惠民黄河河务局 (its 机关党委 with the 办公室, the 工程管理科,
the 防汛办 and the 派驻纪检组, a 考核组 driving the 堤顶路 from 管理段 to 管理段 in early December, when the 黄河 runs low and brown under the 浮桥 and
the 护堤林 has lost its leaves) scores the 党支部 of a 县级 河务局 on the lower 黄河: the 管理段 that keep the 大堤, the 险工 and the 控导工程, the 防汛
抢险队 with its 机械 and its 石料 piles, the 机关 科室, the 老 职工 who remember the 凌汛 of the 1980s and the young 技术员 with the 无人机 and the 工程
管理 平台, the 沿黄 乡镇 and 村 whose 群众 come up on the 大堤 in a flood: a sheet whose 考核项目 are merged cells, whose 考核要点 prints what the 支部
must have done, whose 评分办法 takes points off one clause at a time and scores the 标准化 达标率, the 人均 志愿服务时长 and the 年底 满意率 in bands,
whose 考核方式 names the ways of checking, and whose 加分项 rows stand under the 合计: 政治建设 (a monthly 集中学习 with the “第一议题” and 32学时; the
书记's two 党课, one before the 汛期 on the 一线; a half-yearly 思想动态 分析, the 审核 and no 重大问题), 组织建设 (the 换届, the 增补 and the 党小组 by
管理段; the “三会一课” with the 补学 and no 代签; the monthly 主题党日 on the 大堤 and two 联建 with the 沿黄 村; the 组织生活会 with the 谈心谈话 全覆盖,
the 对照检查材料, the 民主评议 and its 通报; 党费 按月 with a half-yearly 公示, the 积分 with a quarterly 公示 and the 年底 “黄河先锋”), 党建+业务 (the
突击队, two 培训演练 and the 驻守; a monthly 工程普查, the 隐患台账, the 整改率 and the 巡堤查险 记录; the 先锋岗 and the 标准化 达标率 in bands; the
“黄河卫士” 品牌, three 品牌活动 and one 技术创新 a 党员; a quarterly 志愿服务, 12小时 in bands and 照片; a quarterly 排查 and 培训 and a 一票否决) and
责任落实 (the 年初 计划 and 责任书, the 半年小结 and the 年底 总结; the 年底 述职, its 满意率 and the 整改清单; the 廉政风险点, a quarterly 警示教育 and no
处分; the 年底 满意率 in bands).

A merged title row, a merged "考核对象：局机关党支部、各黄河管理段党支部、防汛抢险队党支部" line and a merged "支部名称：    考核组：    考核日期：" line
above the header 序号 | 考核项目 | 考核要点 | 评分办法 | 分值 | 考核方式. 序号 (FIRST column) runs 1..18 through the sheet, NOT restarting. The 考核项目
are MERGED CELLS down the SECOND column, printed WITHOUT an ordinal and WITH their points on a SECOND line, "政治建设\\n（15分）" (one of them
"党建+业务\\n（40分）"). There is no short sub-label: 考核要点 (`Row.text`) says what is required; 评分办法 (`Row.scoring`) comes BEFORE the 分值, a plain
number; 考核方式 (`Row.method`) only names ways of checking (查阅资料, 实地查看, 个别谈话, 平台查询, 问卷测评), joined by "、". A 合计 row of 100
follows the scored rows; UNDER it two 加分 rows with "加分项（最高加3分）" merged down the 考核项目 column (no 序号, their 最高加分 in the 分值 column, the
加分办法 in the 评分办法 column); a merged 说明 row closes the sheet. Counts in figures and Chinese numerals, nearly all in the 考核要点 ("每月组织一次",
"每人每年…不少于32学时", "每年讲党课不少于2次", "汛前…不少于1次", "每半年开展一次", "按期", "支部委员会每月召开1次，党员大会每季度召开1次，党小组会每月
召开1次，党课每季度1次", "每月开展一次", "年内…不少于2次", "每年召开一次", "全覆盖", "按月", "每半年公示一次", "每季度公示一次", "年底", "汛前", "不少于
2次", "每月开展一次", "100%", "百分之九十五以上", "年内…不少于3次", "每人每年…不少于1项", "每季度开展一次", "不少于12小时", "每季度开展一次", "全年",
"年初", "7月上旬", "年底", "年底", "不低于百分之九十", "每季度开展一次", "年底", "百分之九十以上"); "最高扣" caps; bands of the 标准化 达标率 (5 of the 7
points), the 人均 志愿服务时长 (2 of the 6) and the 年底 满意率 (all 5), each closed by "…以下的不得分"; "酌情扣1-2分" once and "酌情扣0.5-1分" twice;
one "实行一票否决，本项不得分"; two other "本项不得分".
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


def _row(text: str, scoring: str, points: float, method: str) -> Row:
    """One row in the order the sheet prints it: 考核要点, 评分办法, 分值, 考核方式."""
    return Row(text, points, scoring, method)


TABLE = Table(
    name="zzzzo_huimin_huanghe_hewuju_zhibu_xlsx",
    fmt="xlsx",
    title="惠民黄河河务局基层党支部2025年度党建工作考核评分表",
    numbering="printed",
    sections=(
        Section("政治建设", "政治建设\n（15分）", 15, (
            _row("支部每月组织一次集中学习，落实“第一议题”制度，学习习近平总书记关于治水的重要论述；党员每人每年参加学习培训不少于32学时。",
                 "集中学习每少1次扣0.3分，最高扣2分；学时不足的，每人扣0.2分，最高扣1.5分；“第一议题”落实不到位的，酌情扣0.5-1分。", 5,
                 "查阅资料、平台查询"),
            _row("支部书记每年讲党课不少于2次，其中汛前到管理段、抢险队一线讲党课不少于1次。",
                 "书记讲党课每少1次扣1分；汛前未到一线讲党课的扣1分。", 4, "查阅资料"),
            _row("每半年开展一次职工思想动态分析；单位网站、微信公众号信息发布严格审核；不发生意识形态领域重大问题。",
                 "思想动态分析每少1次扣1分；信息未经审核发布的，每次扣0.5分，最高扣2分；发生意识形态领域重大问题的，本项不得分。", 6,
                 "查阅资料、个别谈话"),
        )),
        Section("组织建设", "组织建设\n（25分）", 25, (
            _row("支部委员会按期换届，委员缺额及时增补；按管理段、抢险队、机关科室设立党小组。",
                 "未按期换届的扣2分；委员缺额未增补的扣1分；党小组设置不合理的，酌情扣0.5-1分。", 4, "查阅资料"),
            _row("落实“三会一课”：支部委员会每月召开1次，党员大会每季度召开1次，党小组会每月召开1次，党课每季度1次；汛期驻守党员因故缺席的会后"
                 "补学。",
                 "“三会一课”每少1次扣0.5分，最高扣4分；缺席未补学的，每人次扣0.1分，最高扣1分；会议记录补记、代签的，本项不得分。", 6, "查阅资料"),
            _row("每月开展一次主题党日活动，汛期结合巡堤查险在堤防一线开展；年内与沿黄乡镇、村党组织开展联建活动不少于2次。",
                 "主题党日每少1次扣0.3分，最高扣2分；联建活动每少1次扣1分。", 5, "查阅资料、实地查看"),
            _row("每年召开一次组织生活会，会前谈心谈话全覆盖，班子成员和党员撰写对照检查材料；开展民主评议党员，评议结果向党员通报。",
                 "未召开组织生活会的扣2分；谈心谈话每少1人扣0.1分，最高扣1分；对照检查材料每缺1份扣0.2分，最高扣1分；未开展民主评议党员的扣1分；"
                 "评议结果未通报的扣0.5分。", 5, "查阅资料、个别谈话"),
            _row("党员按月交纳党费，每半年公示一次；推行党员积分管理，积分每季度公示一次，年底依据积分评定“黄河先锋”党员。",
                 "未按月交纳党费的，每人次扣0.1分，最高扣1分；党费公示每少1次扣0.5分；积分公示每少1次扣0.3分；年底未评定的扣0.5分。", 5,
                 "查阅资料"),
        )),
        Section("党建+业务", "党建+业务\n（40分）", 40, (
            _row("汛前组建党员防汛抢险突击队，开展防汛抢险技能培训和实战演练不少于2次；汛期党员带头驻守险工险段。",
                 "未组建突击队的扣3分；培训演练每少1次扣1分；汛期党员擅离驻守岗位的，每人次扣1分，最高扣3分。", 8, "查阅资料、实地查看"),
            _row("非汛期每月开展一次工程普查，建立工程隐患台账，隐患整改率达到100%；汛期巡堤查险记录完整。",
                 "工程普查每少1次扣0.5分，最高扣2分；无隐患台账的扣1分；整改率每低1个百分点扣0.2分，最高扣2分；巡堤查险记录不完整的，酌情扣1-2分。",
                 7, "查阅资料、实地查看"),
            _row("设立党员先锋岗、党员责任段；党员责任段堤防工程管理标准化达标率达到百分之九十五以上。",
                 "未设立先锋岗、责任段的扣2分；达标率98%以上的得5分，95%（含）—98%的得3分，90%（含）—95%的得1分，90%以下的不得分。", 7,
                 "实地查看、平台查询"),
            _row("打造“黄河卫士”党建品牌，年内开展品牌活动不少于3次；党员技术骨干每人每年牵头或参与技术创新、小发明项目不少于1项。",
                 "未打造党建品牌的扣2分；品牌活动每少1次扣0.5分；技术创新项目每少1项扣0.5分，最高扣2分。", 6, "查阅资料"),
            _row("组建“黄河志愿者”服务队，每季度开展一次防汛知识、黄河文化进村进校园志愿服务，活动有照片；党员年人均志愿服务时长不少于12小时。",
                 "志愿服务每少1次扣0.5分；人均时长12小时以上的得2分，8小时（含）—12小时的得1分，8小时以下的不得分；活动无照片的，每次扣0.2分。", 6,
                 "查阅资料"),
            _row("每季度开展一次安全生产隐患排查和安全教育培训；全年不发生安全生产责任事故和防汛责任事故。",
                 "排查、培训每少1次扣0.5分，最高扣2分；发生安全生产或防汛责任事故的，实行一票否决，本项不得分。", 6, "查阅资料、实地查看"),
        )),
        Section("责任落实", "责任落实\n（20分）", 20, (
            _row("年初制定支部工作计划，与局党组签订党建目标责任书；7月上旬报送半年工作小结；年底形成年度工作总结。",
                 "缺计划、责任书、半年小结或总结的，每项扣1分；未按时报送的，每项扣0.3分。", 5, "查阅资料"),
            _row("支部书记年底向局党组述职，接受党员职工评议，评议满意率不低于百分之九十；述职反映的问题建立整改清单。",
                 "未述职的扣2分；满意率每低1个百分点扣0.2分，最高扣2分；无整改清单的扣1分。", 5, "查阅资料、问卷测评"),
            _row("在工程建设、维修养护、防汛物资采购等环节排查廉政风险点；每季度开展一次警示教育；党员不发生违纪违法问题。",
                 "未排查廉政风险点的扣1分；警示教育每少1次扣0.5分；党员受到党纪政务处分的，每人扣2分，最高扣3分。", 5, "查阅资料"),
            _row("年底组织沿黄乡镇、村和职工代表对支部工作开展满意度测评，满意率达到百分之九十以上。",
                 "满意率95%以上的得5分，90%（含）—95%的得4分，85%（含）—90%的得2分，85%以下的不得分。", 5, "问卷测评"),
        )),
    ),
)

HEADER = ["序号", "考核项目", "考核要点", "评分办法", "分值", "考核方式"]
BONUS_HEAD = "加分项（最高加3分）"
BONUS = (
    ("支部或党员在防汛抢险中获得市级以上表彰的。", "市级加1分，省级以上加2分。", 2, "查阅资料"),
    ("支部党建工作经验被黄河河务系统或市级以上推广的。", "加1分。", 1, "查阅资料"),
)
NOTE = ("说明：1.本表由局党组于12月上旬组织考核，机关党委牵头，办公室、工程管理科、防汛办和派驻纪检组参加；2.各项扣分以该项分值为限，扣完为止；"
        "评分办法列明得分档次的，按档次计分；3.工程管理标准化达标率以黄河工程管理平台年度数据为准；4.考核得分（含加分）90分以上的为“好”，80—89分"
        "的为“较好”，70—79分的为“一般”，70分以下的为“差”。")


def build(t: Table, path: Path) -> None:
    import openpyxl
    from openpyxl.styles import Alignment, Font

    ncols = len(HEADER)
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "支部党建考核"
    center = Alignment(horizontal="center", vertical="center", wrap_text=True)
    wrap = Alignment(vertical="center", wrap_text=True)
    xlsx_title(ws, t.title, ncols, Font(name="黑体", size=16, bold=True), center)
    xlsx_line(ws, "考核对象：局机关党支部、各黄河管理段党支部、防汛抢险队党支部", ncols)
    xlsx_line(ws, "支部名称：              考核组：              考核日期：", ncols)
    xlsx_header(ws, HEADER, ncols)
    first = ws.max_row
    number = 0
    for s in t.sections:
        top = ws.max_row + 1
        for i, row in enumerate(s.rows):
            number += 1
            ws.append([number, s.printed if i == 0 else None, row.text, row.scoring, row.points, row.method])
            for c in (3, 4):
                ws.cell(ws.max_row, c).alignment = wrap
            for c in (1, 5, 6):
                ws.cell(ws.max_row, c).alignment = center
        xlsx_merge_down(ws, 2, top, ws.max_row, center)
    xlsx_total_row(ws, t.total, 5, ncols, center)
    top = ws.max_row + 1
    for i, (text, scoring, points, method) in enumerate(BONUS):
        ws.append([None, BONUS_HEAD if i == 0 else None, text, scoring, points, method])
        for c in (3, 4):
            ws.cell(ws.max_row, c).alignment = wrap
    xlsx_merge_down(ws, 2, top, ws.max_row, center)
    xlsx_borders(ws, first, ncols)
    xlsx_note(ws, NOTE, ncols, 66)
    xlsx_widths(ws, (6, 12, 50, 50, 6, 14))
    wb.save(str(path))
