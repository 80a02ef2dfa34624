"""荔城区镇海街道2025年度社区党组织为民服务工作评价表 (.xlsx), as the 党工委 of 镇海街道 in 荔城区 in 莆田 in 福建 (its 党建办 with the 社区治理办,
the 综治中心 and the 民政办, an 评价组 going from 社区 to 社区 in the last weeks of December, when the 木兰溪 is low, the 古谯楼 is hung with red
lanterns for the 元宵 that 莆田 keeps longer than anywhere, the 社区 kitchens are steaming the 卤面 for the 独居老人 and the 外卖 riders warm their hands
at the 驿站 between orders) scores each 社区党委（党总支） on the service it gave its residents in the year: a sheet whose 评价标准 prints what the 社区
must have done or reached, whose 评分规则 takes points off one clause at a time and gives bands for the 诉求 办结率 and the 年底 满意率: 服务阵地 (the
开放 six days a week, the 错时延时 and the 清单、指南 公开; the 帮办代办 岗, its 台账 and a hundred 代办 a year; two 志愿服务队, three 活动 a quarter, the
参与比例 and the 照片; three 共建协议, the 资源清单 and a half-yearly “大党委” 联席会议), 诉求办理 (twenty 入户 a month, the 民情日志 and a quarterly
恳谈会; the 办结率 in bands and the 回访率; a monthly 排查, the 成功率, no 上访 and a "本项不得分"; the 年初 议事会, five 实事项目, their 公示 and the 年底
公示 of the 结果), 重点人群服务 (the 关爱台账 and a monthly 探访; ten 假日学堂 活动, the 签到、照片 and a "本项不得分"; the 帮扶台账, the “七一”、春节 慰问
and the 7个工作日; the “暖新驿站” and a quarterly 座谈) and 群众评价 (the 年初 承诺 and the 年底 评议; a quarterly 公开 and the 5个工作日; the 满意率 of the
街道's 第三方 测评 in bands; a deduction-only line on the 投诉 and the “吃拿卡要”).

A merged title row, a merged "评价对象：街道各社区党委（党总支）" line and a merged "社区：…评价时间：…评价组：" line above the header 评价项目 | 评价标准 |
分值 | 评分规则 | 自评分 | 评价分. There is NO 序号: the items are numbered by position 1..16. The 评价项目 are MERGED CELLS down the FIRST column, printed
WITH an ordinal and WITH their points on ONE line, "一、服务阵地（20分）"; there is no short sub-label. 评价标准 (`Row.text`) says what is required;
分值 is a plain number BEFORE the 评分规则 (`Row.scoring`); 自评分 and 评价分 are blank; there is no 佐证 or 考核方式 column. A 合计 row of 100 and a
merged 说明 row close the sheet (its 12345 平台 says where the 办结率 and 回访率 are read). Counts in figures and Chinese numerals, nearly all in the
评价标准 ("每周开放不少于6天", "全年…不少于100件", "不少于2支", "每季度…不少于3次", "百分之八十以上", "不少于3家", "每半年…一次", "每月…不少于20户",
"每季度…一次", "百分之九十五以上", "100%", "每月…一次", "百分之九十以上", "年初", "不少于5件", "年底", "每月至少…一次", "全年…不少于10次", "“七一”、春节",
"7个工作日内", "每季度…一次", "年初", "年底", "每季度公开一次", "5个工作日内", "年底", "百分之九十以上"); "最高扣" caps; bands of the 办结率 (6 of the 10
points, closed by "85%以下的不得分") and of the 满意率 (all 15, closed by "80%以下的不得分"); "每低5个百分点" twice and "每低1个百分点" once; "每少10件"
once; "每人每月" once; "酌情扣0.5-1分" four times; three plain "本项不得分"; one line is deduction-only ("（本项为扣分项）").
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


def _row(text: str, points: float, scoring: str) -> Row:
    """One row in the order the sheet prints it: 评价标准, 分值, 评分规则."""
    return Row(text, points, scoring)


TABLE = Table(
    name="zzzzzt_putian_zhenhai_jiedao_shequ_weimin_fuwu_xlsx",
    fmt="xlsx",
    title="荔城区镇海街道2025年度社区党组织为民服务工作评价表",
    numbering="position",
    sections=(
        Section("服务阵地", "一、服务阵地（20分）", 20, (
            _row("社区党群服务中心每周开放不少于6天，实行错时延时服务，节假日安排党员轮值；服务事项清单、办事指南在服务大厅公开。", 5,
                 "开放时间不足或无人值守的，每次扣1分，最高扣3分；未实行错时延时服务的扣1分；服务事项清单、办事指南未公开的，每项扣0.5分，最高扣1分。"),
            _row("设立党员“帮办代办”服务岗，为老年人、残疾人等群体提供代办服务，建立代办台账；全年代办服务事项不少于100件，做到件件有回音。", 5,
                 "未建立代办台账的扣1分；代办事项不足100件的，每少10件扣0.5分，最高扣2分；代办事项超时办理的，每件扣0.2分，最高扣2分。"),
            _row("组建党员志愿服务队不少于2支，每季度开展志愿服务活动不少于3次；在册党员参与志愿服务比例达到百分之八十以上。", 5,
                 "志愿服务队每少1支扣1分；志愿服务活动每少1次扣0.5分；参与比例每低5个百分点扣0.5分，最高扣2分；活动无照片的，每次扣0.1分，最高扣"
                 "0.5分。"),
            _row("与辖区单位党组织签订共建协议不少于3家，建立共建资源清单；每半年召开一次社区“大党委”联席会议，共享场地、共办实事。", 5,
                 "共建协议每少1家扣0.5分；无共建资源清单的扣1分；联席会议每少1次扣1分；共建单位未实质参与社区服务的，酌情扣0.5-1分。"),
        )),
        Section("诉求办理", "二、诉求办理（30分）", 30, (
            _row("党员网格员每月入户走访不少于20户，记录民情日志；每季度召开一次“民情恳谈会”，收集群众急难愁盼问题。", 6,
                 "入户走访不足20户的，每人每月扣0.1分，最高扣2分；无民情日志的扣1分；恳谈会每少1次扣1分。"),
            _row("群众诉求（含12345热线转办件、网格上报事件）按期办结率达到百分之九十五以上；办结后回访率100%。", 10,
                 "办结率98%以上的得6分，95%（含）—98%的得5分，90%（含）—95%的得3分，85%（含）—90%的得1分，85%以下的不得分；回访率每低1个百分点扣"
                 "0.2分，最高扣2分；诉求办理被区级以上督办或通报的，每件扣1分。"),
            _row("设立党员调解工作室，每月开展一次矛盾纠纷排查；矛盾纠纷调解成功率达到百分之九十以上；辖区不发生越级上访、群体性上访。", 7,
                 "排查每少1次扣0.5分，最高扣2分；调解成功率每低5个百分点扣1分，最高扣2分；发生越级上访、群体性上访的，每起扣2分；发生“民转刑”案件的，"
                 "本项不得分。"),
            _row("年初通过居民议事会确定年度为民办实事项目不少于5件并公示；项目年底前办结，公示办理结果。", 7,
                 "实事项目每少1件扣1分；项目未经居民议事会确定的扣1分；项目清单未公示的扣1分；年底未公示办理结果的扣1分；项目年底未办结的，每件扣1分。"),
        )),
        Section("重点人群服务", "三、重点人群服务（20分）", 20, (
            _row("建立独居、空巢、高龄老人关爱台账；党员与老人结对联系，每月至少探访一次，结对联系实现全覆盖。", 5,
                 "无关爱台账的扣1分；探访每少1人次扣0.1分，最高扣2分；结对未全覆盖的，酌情扣0.5-1分。"),
            _row("利用寒暑假开设“红领巾假日学堂”，全年开展青少年关爱活动不少于10次；活动有签到、有照片。", 5,
                 "关爱活动每少1次扣0.3分，最高扣3分；活动无签到、无照片的，每次扣0.2分，最高扣1分；活动中发生安全责任事故的，本项不得分。"),
            _row("建立低保、特困、残疾等困难群众帮扶台账；“七一”、春节走访慰问困难群众和困难党员；临时救助申请7个工作日内完成审核上报。", 5,
                 "无帮扶台账的扣1分；走访慰问每少1次扣1分；临时救助审核上报超时的，每件扣0.5分，最高扣1.5分。"),
            _row("设立“暖新驿站”，为快递员、外卖送餐员等新就业群体提供歇脚、饮水、充电等服务；每季度开展一次新就业群体座谈或联谊活动。", 5,
                 "未设立驿站的扣2分；驿站服务功能不全的，酌情扣0.5-1分；座谈联谊活动每少1次扣0.5分。"),
        )),
        Section("群众评价", "四、群众评价（30分）", 30, (
            _row("社区“两委”成员年初向居民公开服务承诺，年底接受居民代表评议；党员在服务窗口亮身份、亮承诺。", 5,
                 "未公开承诺的扣1分；未开展年底评议的扣2分；党员亮身份不到位的，酌情扣0.5-1分。"),
            _row("为民服务事项办理情况每季度公开一次；设立意见箱和服务热线，群众意见建议5个工作日内答复。", 5,
                 "公开每少1次扣1分；未设立意见箱或服务热线的扣1分；答复超时的，每件扣0.2分，最高扣1分。"),
            _row("年底由街道委托第三方开展居民满意度测评，满意率达到百分之九十以上。", 15,
                 "满意率95%以上的得15分，90%（含）—95%的得12分，85%（含）—90%的得8分，80%（含）—85%的得4分，80%以下的不得分。"),
            _row("社区工作人员服务热情，无推诿扯皮、“吃拿卡要”等问题（本项为扣分项）。", 5,
                 "被群众有效投诉经查实的，每件扣1分；被媒体曝光造成不良影响的，每次扣2分；发生“吃拿卡要”等违纪问题的，本项不得分。"),
        )),
    ),
)

HEADER = ["评价项目", "评价标准", "分值", "评分规则", "自评分", "评价分"]
NOTE = ("说明：1.本表由街道党工委于12月下旬组织评价，党建办牵头，社区治理办、综治中心、民政办参加，以2025年1月1日至评价之日的资料和平台数据为准；"
        "2.诉求办结率、回访率以区12345便民服务平台和基层治理平台数据为准；3.各项扣分以该项分值为限，扣完为止；评分规则列明得分档次的，按档次计分；"
        "4.评价得分90分以上的为“优秀”，80—89分的为“良好”，70—79分的为“一般”，70分以下的为“较差”，评价结果与社区工作者绩效挂钩。")


def build(t: Table, path: Path) -> None:
    import openpyxl
    from openpyxl.styles import Alignment, Font

    ncols = len(HEADER)
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "为民服务评价"
    center = Alignment(horizontal="center", vertical="center", wrap_text=True)
    wrap = Alignment(vertical="center", wrap_text=True)
    xlsx_title(ws, t.title, ncols, Font(name="方正小标宋简体", size=16), center)
    xlsx_line(ws, "评价对象：街道各社区党委（党总支）", ncols)
    xlsx_line(ws, "社区：                    评价时间：                    评价组：", ncols)
    xlsx_header(ws, HEADER, ncols)
    first = ws.max_row
    for s in t.sections:
        top = ws.max_row + 1
        for i, row in enumerate(s.rows):
            ws.append([s.printed if i == 0 else None, row.text, row.points, row.scoring, None, None])
            for c in (2, 4):
                ws.cell(ws.max_row, c).alignment = wrap
            ws.cell(ws.max_row, 3).alignment = center
        xlsx_merge_down(ws, 1, top, ws.max_row, center)
    xlsx_total_row(ws, t.total, 3, ncols, center)
    xlsx_borders(ws, first, ncols)
    xlsx_note(ws, NOTE, ncols, 60)
    xlsx_widths(ws, (14, 58, 6, 60, 8, 8))
    wb.save(str(path))
