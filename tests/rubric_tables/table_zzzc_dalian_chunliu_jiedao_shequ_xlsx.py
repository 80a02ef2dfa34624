"""沙河口区春柳街道2025年度社区党建引领城市基层治理工作考核细则 (.xlsx), as a 辽宁 大连 老工业区 街道党工委 (its 党建办 with the 城市
管理办, the 平安办 and the 街道纪工委, a 考核组 going round each 社区 in December) scores the 社区党委 along the 春柳河: old 工厂宿舍 楼院
given up by their 物业 (“弃管小区”), many 企业退休党员, the 供暖期 from November to March with its 低温户, 飞线充电 and blocked 楼道:
组织引领 (the 四级 体系 with the 楼院长 and 单元长 党员比例 and their 花名册, the “三会一课” with the monthly 主题党日 and the 送学上门, the
组织生活会 with 民主评议, the 参评率, 谈心谈话 and the 整改清单, three 兼职委员 with the 共建协议 and a half-yearly “大党委” 联席会议),
红色物业 (the 物业 覆盖率 with the 业委会 and its 党员占比, the 弃管小区 兜底托管 with a monthly 整治 and the 比例, the “三方联席” 制度 with a
monthly 联席会议, a quarterly 报告 and a half-yearly 评议 with its 公示, the 供暖 快速响应 with the 走访率, the 办结率 in bands and the 回访
满意率), 网格治理 (sixty 走访 a month with the weekly 巡查 and the 及时率, a monthly 矛盾纠纷排查 with the 化解率, the “一案一卷” and a 一票
否决, a quarterly 隐患排查 with the 整改率 and a monthly 巡逻, a quarterly 更新 of the 基础信息 with the 准确率 and the “一人一档”), 议事协商
(the 议事规程 with a quarterly 居民议事会, the 公开 and the 落实率, four 协商 事项 with the 征求意见, the 公示 and the 知晓率), 民生服务 (the
年初 清单 with five 项目, the 完成率, the 验收 and the 年底 公布, two 志愿服务 a month with the 注册比例 and 24小时, the 关爱台账 with a monthly
探访 and a 满意度 in one band) and 责任落实 (the 年初 责任书, the 半年总结, the 年底 述职 with the 占比; a deduction-only line on 优亲厚友).

A merged title row, a merged "考核对象：春柳街道所辖各社区党委" line and a merged "社区名称：…  考核组成员：…  考核日期：…" line above the
header 考核项目 | 考核指标 | 考核内容及要求 | 分值 | 计分方法 | 考核方式 | 得分. There is NO 序号: items are numbered by position (1..19). The
categories are MERGED CELLS down the 考核项目 column (FIRST), printed WITHOUT an ordinal on TWO lines, "组织引领\\n（18分）". 考核指标 is a
short sub-label (`Row.indicator`). 分值 comes BEFORE the 计分方法, a plain number. 考核方式 (`Row.method`) only says how the 考核组 checks
(查阅资料, 实地查看, 入户走访, 平台核查, 问卷测评, 街道纪工委提供): no papers. 得分 is blank. A 合计 row of 100 and a merged 备注 row close
the sheet. Counts in figures and Chinese numerals ("每月召开一次", "每季度…报告一次", "每半年组织一次", "每季度召开1次以上", "每月至少探访
一次"); "不少于60户次", "不少于3次", "不少于4件", "不少于5项", "不少于24小时"; "百分之九十", "百分之十二"; "最高扣" caps; "酌情扣1-2分"
twice and "酌情扣0.5-1分" twice; two sets of bands (an 办结率 closed by "90%以下的不得分", a 满意度 of one band and "90%以下的不得分"); one
"实行一票否决，本项不得分"; four plain "本项不得分"; one line is deduction-only.
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
    name="zzzc_dalian_chunliu_jiedao_shequ_xlsx",
    fmt="xlsx",
    title="沙河口区春柳街道2025年度社区党建引领城市基层治理工作考核细则",
    numbering="position",
    sections=(
        Section("组织引领", "组织引领\n（18分）", 18, (
            Row("健全“社区党委—网格党支部—楼院党小组—党员中心户”组织体系；每个楼院确定1名楼院长、每个单元确定1名单元长，楼院长、单元长"
                "中党员比例达到60%以上，建立楼院长、单元长花名册。", 4,
                "组织体系不健全的，酌情扣1-2分；党员比例每低10个百分点扣0.5分；未建立花名册的扣1分。", "查阅资料、实地查看",
                indicator="组织体系"),
            Row("社区党委、网格党支部严格落实“三会一课”：支部委员会每月召开1次，党员大会每季度召开1次，党小组会每月召开1次，党课每季度"
                "1次；每月开展主题党日，对年老体弱、行动不便的离退休党员实行送学上门。", 5,
                "“三会一课”每缺1次扣0.5分，最高扣3分；主题党日每缺1次扣0.3分；送学上门未落实的扣0.5分。", "查阅资料",
                indicator="组织生活"),
            Row("每年召开一次组织生活会，开展民主评议党员，党员参评率达到90%以上；会前开展谈心谈话，会后建立问题整改清单并抓好整改。", 4,
                "未召开组织生活会的扣2分；未开展民主评议的扣1分；参评率低于90%的扣0.5分；无整改清单的扣0.5分。", "查阅资料",
                indicator="组织生活会"),
            Row("吸纳驻区机关、企事业单位党组织负责人担任社区党委兼职委员不少于3名；与驻区单位签订共建协议，每半年召开一次“大党委”联席"
                "会议，共同认领为民服务项目。", 5,
                "兼职委员每少1名扣0.5分；未签订共建协议的扣1分；联席会议每少1次扣1分；认领项目未落实的，酌情扣0.5-1分。",
                "查阅资料、座谈了解", indicator="区域共建"),
        )),
        Section("红色物业", "红色物业\n（24分）", 24, (
            Row("推动辖区物业服务企业建立党组织或选派党建指导员，物业企业党的组织和工作覆盖率达到100%；符合条件的小区依法成立业主委员会，"
                "业委会成员中党员占比不低于50%。", 5,
                "覆盖率每低10个百分点扣1分；符合条件未成立业委会的，每个小区扣0.5分；业委会党员占比未达到50%的，每个扣0.5分，最高扣1.5分。",
                "查阅资料、实地查看", indicator="组织覆盖"),
            Row("对无物业、弃管老旧小区实行“社区党委+网格党支部+居民自治小组”兜底托管，每月至少组织一次环境卫生和楼道杂物集中整治；年内"
                "弃管小区引入专业化物业服务或实现居民自治管理的比例达到60%以上。", 6,
                "兜底托管未落实的，每个小区扣1分；集中整治每少1次扣0.3分，最高扣2分；比例每低10个百分点扣0.5分。", "实地查看、入户走访",
                indicator="弃管小区"),
            Row("建立社区党委、业委会、物业服务企业“三方联席”制度，每月召开一次联席会议；物业企业每季度向社区党委报告一次服务情况；社区"
                "每半年组织一次物业服务质量评议，评议结果在小区公示。", 6,
                "未建立“三方联席”制度的扣1分；联席会议每少1次扣0.5分；报告每少1次扣0.3分；评议每少1次扣1分；评议结果未公示的扣0.5分。",
                "查阅资料、实地查看", indicator="三方联动"),
            Row("供暖期内，社区党委牵头建立供暖问题快速响应机制，网格员对低温户、困难户100%上门走访；供暖诉求24小时内响应，诉求办结率达到"
                "95%以上，回访满意率不低于90%。", 7,
                "未建立快速响应机制的扣1分；低温户、困难户走访率每低10个百分点扣0.5分；办结率95%以上的得3分，90%（含）—95%的得2分，90%"
                "以下的不得分；回访满意率每低5个百分点扣0.5分；因供暖问题引发群体性上访的，本项不得分。", "平台核查、入户走访",
                indicator="冬季供暖"),
        )),
        Section("网格治理", "网格治理\n（20分）", 20, (
            Row("按照每300至500户划分一个基础网格，每个网格配备1名专职网格员；网格员每月入户走访不少于60户次，每周巡查网格不少于3次，问题"
                "发现上报及时率达到95%以上。", 6,
                "专职网格员每缺1名扣0.5分；入户走访不足的，每人每月扣0.1分，最高扣2分；巡查不到位的，酌情扣0.5-1分；及时率每低1个百分点"
                "扣0.2分，最高扣1分。", "平台核查、实地查看", indicator="网格配置"),
            Row("坚持和发展新时代“枫桥经验”，社区人民调解委员会规范运行，每个网格设立1名调解员；每月开展一次矛盾纠纷排查，排查化解率达到"
                "95%以上；调解案件做到“一案一卷”。", 6,
                "排查每少1次扣0.3分；化解率每低5个百分点扣1分；调解卷宗不规范的，每卷扣0.2分，最高扣1分；发生因矛盾纠纷激化引发的“民转刑”"
                "案件的，实行一票否决，本项不得分。", "查阅资料", indicator="矛盾化解"),
            Row("每季度组织一次消防安全、燃气安全入户宣传和隐患排查，老旧楼院楼道堵塞、飞线充电等隐患整改率达到100%；组织“平安志愿者”"
                "每月开展一次巡逻。", 5,
                "排查每少1次扣0.5分；整改率每低10个百分点扣0.5分；巡逻每少1次扣0.2分；辖区发生较大以上火灾或燃气爆炸事故的，本项不得分。",
                "查阅资料、实地查看", indicator="平安建设"),
            Row("网格内人、地、事、物、组织等基础信息每季度更新一次，数据准确率达到98%以上；独居老人、残疾人、低保户等重点人群信息做到"
                "“一人一档”。", 3,
                "信息更新每少1次扣0.3分；准确率每低1个百分点扣0.2分，最高扣1分；重点人群未建档的，每人扣0.1分。", "平台核查",
                indicator="基础信息"),
        )),
        Section("议事协商", "议事协商\n（12分）", 12, (
            Row("健全社区居民议事会、楼院议事会“两级议事”平台，制定议事规程；社区居民议事会每季度召开1次以上，议事过程和结果在社区公开栏"
                "公开，议定事项落实率达到90%以上。", 6,
                "无议事规程的扣1分；社区居民议事会每少1次扣1分；议事过程和结果未公开的扣1分；落实率每低10个百分点扣1分。",
                "查阅资料、实地查看", indicator="议事平台"),
            Row("围绕老旧小区改造、加装电梯、停车位规划等居民关注事项，社区党委牵头组织居民协商，年内协商解决事项不少于4件；改造项目实施前"
                "征求居民意见，改造方案在小区公示，居民知晓率达到百分之九十以上。", 6,
                "协商事项每少1件扣0.5分；未征求居民意见的扣1分；方案未公示的扣1分；知晓率每低5个百分点扣0.5分；因改造问题引发群体性事件的，"
                "本项不得分。", "查阅资料、问卷测评", indicator="协商共治"),
        )),
        Section("民生服务", "民生服务\n（16分）", 16, (
            Row("年初制定为民办实事项目清单，全年实施项目不少于5项，完成率达到100%；项目完成后组织居民代表参与验收，年底公布项目实施情况。",
                6, "无项目清单的扣1分；项目每少1项扣0.5分；完成率每低10个百分点扣1分；未组织居民代表验收的扣1分；实施情况未公布的扣0.5分。",
                "查阅资料、实地查看", indicator="民生实事"),
            Row("依托新时代文明实践站开展志愿服务，每月不少于2次；注册志愿者占居民人口比例达到百分之十二以上；党员志愿者每人每年服务时长"
                "不少于24小时。", 5,
                "志愿服务每少1次扣0.2分，最高扣2分；注册比例每低1个百分点扣0.2分；服务时长不足的，每人扣0.05分，最高扣1分。",
                "平台核查", indicator="志愿服务"),
            Row("建立独居、空巢、高龄老人和困境儿童关爱台账，每月至少探访一次；社区养老服务站、“四点半课堂”等服务阵地正常运行，服务对象"
                "满意度达到90%以上。", 5,
                "无关爱台账的扣1分；探访每少1次扣0.2分，最高扣1.5分；服务阵地未正常运行的，酌情扣1-2分；满意度90%以上的得1分，90%以下的"
                "不得分。", "查阅资料、入户走访、问卷测评", indicator="关爱服务"),
        )),
        Section("责任落实", "责任落实\n（10分）", 10, (
            Row("社区党委书记年初签订抓党建引领基层治理责任书，年中报送半年工作总结，年底向街道党工委述职并接受评议，评议“好”“较好”等次"
                "票数占比达到80%以上。", 5,
                "未签订责任书的扣1分；未报送半年总结的扣1分；未述职的扣2分；“好”“较好”等次占比低于80%的扣1分。", "查阅资料",
                indicator="责任落实"),
            Row("社区工作人员在物业选聘、加装电梯、低保审核等工作中优亲厚友、吃拿卡要（本项为扣分项）。", 5,
                "经查实的，每起扣2分；被区级以上通报的，每次扣1分；受到党纪政务处分的，本项不得分。", "街道纪工委提供",
                indicator="廉洁履职"),
        )),
    ),
)

HEADER = ["考核项目", "考核指标", "考核内容及要求", "分值", "计分方法", "考核方式", "得分"]
NOTE = ("备注：1.本细则由街道党工委于12月组织考核，城市管理办、平安办、街道纪工委参加，供暖相关指标以供暖期（上年11月至当年3月）数据"
        "为准；2.各项扣分以该项分值为限，扣完为止；3.考核得分90分以上的为“优秀”，80—89分的为“良好”，60—79分的为“一般”，60分以下的"
        "为“较差”；4.社区在市级以上会议作经验交流或工作被市级以上推广的，由考核组视情加1—3分，加分不超过3分。")


def build(t: Table, path: Path) -> None:
    import openpyxl
    from openpyxl.styles import Alignment, Font

    ncols = len(HEADER)
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "社区考核细则"
    center = Alignment(horizontal="center", vertical="center", wrap_text=True)
    wrap = Alignment(vertical="center", wrap_text=True)
    xlsx_title(ws, t.title, ncols, Font(name="方正小标宋简体", size=16), center)
    xlsx_line(ws, "考核对象：春柳街道所辖各社区党委", ncols)
    xlsx_line(ws, "社区名称：              考核组成员：              考核日期：", ncols)
    xlsx_header(ws, HEADER, ncols)
    first = ws.max_row
    for s in t.sections:
        top = ws.max_row + 1
        for i, row in enumerate(s.rows):
            ws.append([s.printed if i == 0 else None, row.indicator, row.text, row.points, row.scoring, row.method, None])
            for c in (3, 5):
                ws.cell(ws.max_row, c).alignment = wrap
            for c in (2, 4, 6):
                ws.cell(ws.max_row, c).alignment = center
        xlsx_merge_down(ws, 1, top, ws.max_row, center)
    xlsx_total_row(ws, t.total, 4, ncols, center)
    xlsx_borders(ws, first, ncols)
    xlsx_note(ws, NOTE, ncols, 56)
    xlsx_widths(ws, (11, 11, 48, 6, 48, 14, 7))
    wb.save(str(path))
