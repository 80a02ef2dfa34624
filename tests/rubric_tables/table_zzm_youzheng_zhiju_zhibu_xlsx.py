"""中共中国邮政集团有限公司宜宾市分公司委员会2025年度乡镇支局党支部党建工作考核评分表 (.xlsx), as a 四川 市级 邮政分公司党委
(its 党建工作部 with the 渠道平台部, the 风险合规部 and the 纪委办公室 checking each 支局 in January, the 日常检查 and the “神秘客户”
暗访 counted in) scores each 乡镇支局（网点）党支部 — a few 党员 支局长, 营业员, 投递员 and 金融 柜员 in a 乡镇 网点 with its 村邮站 and
“邮乐购” 站点 — on 组织建设 (“三会一课” held 错时 round the 营业 hours, the monthly 主题党日 with a quarterly “党员服务日” 志愿服务 and a
参加率 in Chinese numerals, 组织生活会 with 征求意见, 民主评议 and its 备案, 32学时 with the “中邮网院” 完成率, 党费 and a yearly
积极分子 among the 一线 投递员 and 营业员, the 窗口 “党员先锋岗” with a half-yearly “党员服务之星” 评选 and its 公示), 服务发展 (the
普遍服务 with a weekly 投递 of five days and the 妥投率, the 村邮站 台账, “邮乐购” and a quarterly 产销对接, the “党员便民服务站” with a
monthly 防诈骗 宣传, the 申诉处理 及时率 and a 客户满意度 in bands beside a 媒体曝光 rule, the 经营指标 完成率 with a half-yearly 经营
分析会 and an 攻坚项目), 安全合规 (the 现金管理和押运交接制度 with the daily 双人核对 and a quarterly 安全检查 with its 整改率 and a
一票否决, the 寄递 “三项制度” with the 实名收寄率 and a monthly 禁寄物品 培训, a deduction-only 金融 合规 line) and 廉洁作风 (half-yearly
警示教育 with the 承诺书 and the 轮岗, the 纪检委员's quarterly 监督检查 against 私拆 and 截留 of 邮件).

A merged title row, a merged "考核对象：所属各县分公司乡镇支局（网点）党支部" line and a merged "考核周期：2025年1月—12月  考核时间：
2026年1月" line above the header 类别 | 序号 | 考核指标 | 考核标准 | 分值 | 扣分办法 | 佐证资料 | 得分. The categories are MERGED CELLS
down the 类别 column (first), printed on TWO lines WITHOUT an ordinal, "组织建设\\n（30分）". 序号 (second column, numeric cells) runs
1..16 through the sheet, NOT restarting in each category. 考核指标 is a short sub-label (`Row.indicator`). 分值 (before the 扣分办法) is
a plain number. 佐证资料 (`Row.method`) names the papers the 支局 lays out (once a way of checking, 分公司风险合规部认定): a 佐证 column.
得分 is blank. A 合计 row and a merged 备注 row close the sheet. The 满意度 bands sit in the 扣分办法 beside two fixed rules; counts
partly in Chinese numerals ("百分之九十", "每半年…一次"); "最多扣" caps; the 投递 runs weekly and the 库款 核对 daily (outside the
model's periods); one 完成率 threshold is printed only in the 扣分办法; one line is deduction-only.
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
    name="zzm_youzheng_zhiju_zhibu_xlsx",
    fmt="xlsx",
    title="中共中国邮政集团有限公司宜宾市分公司委员会2025年度乡镇支局党支部党建工作考核评分表",
    numbering="printed",
    sections=(
        Section("组织建设", "组织建设\n（30分）", 30, (
            Row("支部委员会每月召开1次，支部党员大会每季度召开1次，党小组会每月召开1次，党课每季度至少1次；网点营业时间较长的，可利用"
                "班前班后错时召开。", 7,
                "“三会一课”每少1次扣0.5分，最多扣5分；会议记录要素不全的，每次扣0.2分。", "会议记录、签到表", indicator="三会一课"),
            Row("每月开展一次主题党日，其中每季度至少一次结合“党员服务日”到服务网点、村邮站开展志愿服务；党员参加率不低于百分之九十。",
                5,
                "主题党日每少1次扣0.5分；结合志愿服务每少1次扣0.5分；参加率低于90%的，每次扣0.2分。", "活动方案、活动照片",
                indicator="主题党日"),
            Row("每年召开一次组织生活会，会前征求服务对象和职工意见，开展民主评议党员；评议结果报分公司党委备案。", 5,
                "未召开组织生活会的扣2分；未征求意见的扣1分；未开展民主评议党员的扣1分；评议结果未备案的扣1分。",
                "会议记录、征求意见表、备案材料", indicator="组织生活会"),
            Row("党员每年参加集中学习培训不少于32学时；利用“中邮网院”开展线上学习，党员线上学习完成率达到100%。", 5,
                "学时不足的，每人扣0.2分，最多扣2分；线上学习完成率每低5个百分点扣0.5分。", "学时登记表、平台学习记录",
                indicator="学习培训"),
            Row("党员每月按时足额交纳党费；注重在投递员、营业员等一线岗位发展党员，每年至少确定1名入党积极分子。", 4,
                "党费未按月交纳的，每人次扣0.1分；未确定入党积极分子的扣2分。", "党费收缴台账、积极分子名单", indicator="党员管理"),
            Row("在营业窗口设立“党员先锋岗”，党员佩戴党徽、亮明身份；每半年评选一次“党员服务之星”，评选结果在网点公示。", 4,
                "未设立先锋岗的扣1分；党员未亮明身份的，每人次扣0.2分；评选每少1次扣0.5分；评选结果未公示的扣0.5分。",
                "评选材料、公示照片", indicator="先锋岗"),
        )),
        Section("服务发展", "服务发展\n（35分）", 35, (
            Row("落实邮政普遍服务义务，乡镇所辖建制村每周投递不少于5天，邮件妥投率达到98%以上；村邮站覆盖全部建制村。", 8,
                "妥投率每低1个百分点扣0.5分；投递频次不达标被投诉的，每次扣1分；村邮站未覆盖的，每村扣0.5分。",
                "投递系统数据、村邮站台账", indicator="普遍服务"),
            Row("助力乡村振兴，依托“邮乐购”站点帮助农户销售农产品，每名党员联系1个以上特色农产品基地或合作社；每季度至少开展一次农产品"
                "直播带货或产销对接活动。", 8,
                "党员未联系基地或合作社的，每人扣0.5分；产销对接活动每少1次扣1分；全年农产品寄递业务量未完成分公司下达任务的，酌情扣"
                "1—3分。", "党员联系台账、活动照片", indicator="农村电商"),
            Row("网点设立“党员便民服务站”，为老年人、残疾人提供代填单、上门收寄等服务；每月至少开展一次金融知识、防范电信诈骗进村"
                "宣传。", 7,
                "未设立便民服务站的扣2分；宣传每少1次扣0.5分；老年人上门服务需求未响应被投诉的，每次扣1分。", "服务登记簿、宣传照片",
                indicator="便民服务"),
            Row("窗口服务规范，用户申诉处理及时率达到100%；客户满意度达到95%以上。", 6,
                "及时率每低1个百分点扣0.2分；满意度95%以上的得4分，90%（含）—95%的得3分，85%（含）—90%的得1分，85%以下的不得分；发生"
                "服务质量问题被媒体曝光的，本项不得分。", "申诉处理台账、满意度测评结果", indicator="服务质量"),
            Row("党员带头完成年度经营指标；支部每半年召开一次经营分析会，党员领办攻坚项目不少于1个。", 6,
                "经营指标完成率低于100%的，每低1个百分点扣0.1分，最多扣3分；经营分析会每少1次扣0.5分；未领办攻坚项目的扣1分。",
                "经营报表、会议记录", indicator="业务发展"),
        )),
        Section("安全合规", "安全合规\n（20分）", 20, (
            Row("严格执行网点现金管理和押运交接制度，每日营业终了双人核对库款；支部每季度开展一次安全检查，问题整改率达到100%。", 8,
                "押运交接不规范的，每次扣1分；安全检查每少1次扣1分；整改率每低1个百分点扣0.2分；发生资金案件的，实行一票否决，本项"
                "不得分。", "交接登记簿、安全检查记录", indicator="资金安全"),
            Row("落实寄递安全“三项制度”（收寄验视、实名收寄、过机安检），实名收寄率达到100%；每月开展一次禁寄物品培训。", 6,
                "实名收寄率每低1个百分点扣0.5分；培训每少1次扣0.5分；因收寄验视不到位被邮政管理部门处罚的，每次扣2分。", "培训签到表",
                indicator="寄递安全"),
            Row("严守金融业务合规底线，严禁违规代客操作、飞单销售、套取费用。", 6,
                "发现违规代客操作、飞单销售的，每起扣3分；被监管部门通报的，每次扣2分；员工涉嫌违法犯罪的，本项不得分。",
                "分公司风险合规部认定", indicator="合规经营"),
        )),
        Section("廉洁作风", "廉洁作风\n（15分）", 15, (
            Row("每半年开展一次廉洁警示教育；支局长、营业主管等关键岗位人员签订廉洁从业承诺书，并按规定轮岗交流。", 8,
                "警示教育每少1次扣1分；承诺书每缺1人扣0.5分；关键岗位人员未按规定轮岗的，每人扣1分。", "教育记录、承诺书",
                indicator="廉洁教育"),
            Row("持续整治“四风”，严禁利用职务便利截留邮件、私拆邮件、收受客户财物；支部纪检委员每季度开展一次监督检查。", 7,
                "监督检查每少1次扣1分；发生私拆、截留邮件问题的，每起扣2分；收受客户财物经查实的，本项不得分。", "监督检查记录",
                indicator="作风建设"),
        )),
    ),
)

HEADER = ["类别", "序号", "考核指标", "考核标准", "分值", "扣分办法", "佐证资料", "得分"]
NOTE = ("备注：1.本表由市分公司党委党建工作部会同渠道平台部、风险合规部、纪委办公室于次年1月组织考核，日常检查和“神秘客户”暗访结果"
        "计入考核；2.各项扣分以该项分值为限，扣完为止；3.考核结果与支局长、党支部书记年度绩效挂钩，发生资金案件的党支部当年考核不得"
        "评优。")


def build(t: Table, path: Path) -> None:
    import openpyxl
    from openpyxl.styles import Alignment, Font

    ncols = len(HEADER)
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "支局党支部考核"
    center = Alignment(horizontal="center", vertical="center", wrap_text=True)
    wrap = Alignment(vertical="center", wrap_text=True)
    xlsx_title(ws, t.title, ncols, Font(name="黑体", size=15, bold=True), center)
    xlsx_line(ws, "考核对象：所属各县分公司乡镇支局（网点）党支部", ncols)
    xlsx_line(ws, "考核周期：2025年1月—12月  考核时间：2026年1月", ncols)
    xlsx_header(ws, HEADER, ncols)
    first = ws.max_row
    number = 0
    for s in t.sections:
        top = ws.max_row + 1
        for i, row in enumerate(s.rows):
            number += 1
            ws.append([s.printed if i == 0 else None, number, row.indicator, row.text, row.points, row.scoring, row.method,
                       None])
            for c in (4, 6, 7):
                ws.cell(ws.max_row, c).alignment = wrap
            for c in (2, 3, 5):
                ws.cell(ws.max_row, c).alignment = center
        xlsx_merge_down(ws, 1, top, ws.max_row, center)
    xlsx_total_row(ws, t.total, 5, ncols, center)
    xlsx_borders(ws, first, ncols)
    xlsx_note(ws, NOTE, ncols, 44)
    xlsx_widths(ws, (10, 6, 11, 50, 6, 46, 20, 7))
    wb.save(str(path))
