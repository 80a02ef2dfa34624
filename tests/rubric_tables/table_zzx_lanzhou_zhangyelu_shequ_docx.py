"""张掖路街道党工委2025年度社区党组织党建工作考核细则 (.docx), as a 甘肃 兰州 城关区 街道党工委 (its 党建办 with the 平安办, the 城管科
and the 街道纪工委, a 考核组 going round each 社区 in December, in the heating season) scores the 社区党委 of the old centre along the
张掖路 步行街: 商铺 on the street, 老旧楼院 with no lift behind it, the winter “冬防” against 燃煤散烧: 组织体系 (the 小区党支部 覆盖率 with
the 党员楼院长, the 换届 with its 请示 and 报批 and two “两委” under 40, the “大党委” with a quarterly 联席会议 and the “三张清单”, the
党群服务中心 with 24 党群活动 and the 值班), 组织生活 (“三会一课” with the 到会率 and a 一票 “本项不得分” for 代写 记录, the monthly 主题党日 on
the first Friday with two 现场教学 at the 八路军驻甘办事处纪念馆 and the 兰州战役纪念馆, the 组织生活会 with 征求意见, 民主评议 and the
整改清单, “5天或40学时” with the “甘肃党建” 积分 and a quarterly 送学上门), 党员管理 (党费 with its yearly 公布, a yearly 积极分子 and the
公示, the 流动党员管理台账 with a half-yearly 核查, the 报到党员's 12小时 with the 服务记录 and the 年底 反馈), 基层治理 (two “冬防” 巡查 a
month, the 协商议事会 on the 加装电梯 with its 公示 and one 项目, a monthly 排查 with the 化解率 and a 一票否决, a monthly 志愿服务 with the
参与率 and the “门前三包” 签订率, six 实事 with the 年初 承诺 and 年底 公布 and the 满意度) and 责任落实 (the 年初 计划, 年底 述职 and a
half-yearly 专题会议; the 花名册, the 转接 记录, the 半年小结 and the 年底 总结).

The title (bold, centred), a centred "（适用于张掖路街道所辖各社区党委）" line and a "社区党委：…  书记：…  考核组：…  考核日期：" line above
one table: 一级指标 | 二级指标 | 考核标准 | 分值 | 计分方法 | 考核方式. There is NO 序号: items are numbered by position (1..19). The
categories are MERGED CELLS down the 一级指标 column (first), printed WITH an ordinal on TWO lines, "一、组织体系\\n（20分）". 二级指标 is a
short sub-label (`Row.indicator`). 分值 comes BEFORE the 计分方法, a plain number. 考核方式 (`Row.method`) only says how the 考核组 checks:
no papers. A 合计 row and a 说明 paragraph close the document. Counts in figures and Chinese numerals ("每季度召开一次", "每半年至少开展
一次", "每月至少开展2次"); "不少于5天或40学时", "不少于12小时"; "最高扣" caps; "酌情扣1-2分" twice, "酌情扣0.5-1分", "酌情扣1分", "酌情扣
0.5分" and a bare "酌情扣分"; one "实行一票否决，本项不得分" and three plain "本项不得分".
"""

from __future__ import annotations

from pathlib import Path

from .build_helpers import docx_centred, docx_grid_table, docx_title, docx_total_row, merge_cells
from .model import Row, Section, Table, _fmt

TABLE = Table(
    name="zzx_lanzhou_zhangyelu_shequ_docx",
    fmt="docx",
    title="张掖路街道党工委2025年度社区党组织党建工作考核细则",
    numbering="position",
    sections=(
        Section("组织体系", "一、组织体系\n（20分）", 20, (
            Row("健全“社区党委—小区（网格）党支部—楼院党小组”组织链条，小区党支部覆盖率达到100%，楼院党小组组长由党员楼院长担任。", 4,
                "小区党支部未全覆盖的，每少1个扣1分；党小组组长未由党员担任的，每个扣0.2分。", "查阅资料、实地查看",
                indicator="组织设置"),
            Row("社区党组织按期换届，换届前向街道党工委书面请示，选举结果及时报批；社区“两委”成员中40周岁以下的不少于2名。", 4,
                "未按期换届的扣2分；未请示或未报批的，每项扣1分；40周岁以下成员每少1名扣0.5分。", "查阅资料", indicator="换届选举"),
            Row("落实社区“大党委”制度，吸纳驻区单位党组织负责人担任兼职委员，每季度召开一次“大党委”联席会议，形成需求、资源、项目“三张"
                "清单”。", 6,
                "联席会议每少1次扣1分；未形成“三张清单”的扣1分；兼职委员履职不到位的，酌情扣1-2分。", "查阅资料、座谈了解",
                indicator="区域统筹"),
            Row("社区党群服务中心标识统一、功能齐全，全年开展党群活动不少于24场；周末、节假日实行轮流值班。", 6,
                "党群活动每少1场扣0.2分，最高扣2分；周末、节假日未值班的，每次扣0.5分；阵地功能不全、使用率低的，酌情扣分。",
                "查阅资料、实地查看", indicator="阵地建设"),
        )),
        Section("组织生活", "二、组织生活\n（25分）", 25, (
            Row("严格落实“三会一课”，支部委员会每月召开一次，支部党员大会每季度召开一次，党小组会每月召开一次，党课每季度一次；党员到会"
                "率达到80%以上。", 7,
                "每少开1次扣0.5分，最高扣4分；到会率低于80%的，每次扣0.2分；会议记录由一人代写或事后补记的，本项不得分。", "查阅资料",
                indicator="三会一课"),
            Row("每月第一个周五开展主题党日；年内至少2次组织党员到八路军驻甘办事处纪念馆、兰州战役纪念馆等红色教育基地开展现场教学。", 6,
                "主题党日每少1次扣0.5分；现场教学每少1次扣1分；活动流于形式的，酌情扣1分。", "查阅资料", indicator="主题党日"),
            Row("每年召开一次组织生活会，会前广泛征求党员群众意见，开展民主评议党员，评议结果运用到位；会后一个月内将整改清单报街道"
                "党工委。", 6,
                "未召开组织生活会的扣2分；未征求意见的扣1分；未开展民主评议党员的扣2分；整改清单未按时报送的扣1分。",
                "查阅资料、座谈了解", indicator="组织生活会"),
            Row("党员每年参加集中培训不少于5天或40学时，依托“甘肃党建”平台开展日常学习，党员学习积分达到街道要求；对年老体弱、行动不便"
                "党员每季度送学上门一次。", 6,
                "培训时间不足的，每人扣0.2分，最高扣2分；平台学习积分未达标的，每人扣0.1分，最高扣1分；送学上门每少1次扣0.5分。",
                "查阅资料、平台核查", indicator="教育培训"),
        )),
        Section("党员管理", "三、党员管理\n（15分）", 15, (
            Row("党员按月交纳党费，社区党组织每年向党员公布一次党费收缴、使用、管理情况；党费专户管理，不得挪作他用。", 4,
                "未按月交纳的，每人次扣0.1分，最高扣2分；未公布的扣1分；挪用党费的，本项不得分。", "查阅资料", indicator="党费管理"),
            Row("年内确定入党积极分子不少于1名；拟发展对象和拟转正预备党员均在社区公示，公示期不少于5个工作日。", 4,
                "未确定入党积极分子的扣1分；未公示的，每人次扣0.5分；违规发展党员的，本项不得分。", "查阅资料", indicator="发展党员"),
            Row("建立流动党员管理台账，每半年至少开展一次流动党员信息核查；对失联党员按规定稳妥处置。", 3,
                "无管理台账的扣1分；信息核查每少1次扣0.5分；失联党员处置不规范的，酌情扣0.5分。", "查阅资料", indicator="流动党员"),
            Row("在职党员到社区报到后，每人每年参加社区志愿服务不少于12小时；社区建立报到党员服务记录，年底向报到党员所在单位党组织"
                "反馈服务情况。", 4,
                "服务时长不足的，每人扣0.1分，最高扣2分；无服务记录的扣1分；年底未反馈的扣1分。", "查阅资料", indicator="双报到"),
        )),
        Section("基层治理", "四、基层治理\n（30分）", 30, (
            Row("落实大气污染防治“冬防”工作要求，供暖季期间每月至少开展2次燃煤散烧、露天焚烧巡查，党员带头签订“冬防”承诺。", 6,
                "巡查每少1次扣0.3分，最高扣2分；辖区燃煤散烧、露天焚烧问题被上级通报的，每次扣1分。", "查阅资料、实地查看",
                indicator="冬防保蓝"),
            Row("党建引领老旧小区改造和既有住宅加装电梯，社区党组织牵头召开居民协商议事会，议事结果公示；年内推动加装电梯或小区改造"
                "项目不少于1个。", 6,
                "未召开协商议事会的扣2分；议事结果未公示的扣1分；年内无推动项目的扣2分；因工作不到位引发群体性矛盾的，酌情扣1-2分。",
                "查阅资料、实地查看", indicator="协商共治"),
            Row("坚持和发展新时代“枫桥经验”，每月开展一次矛盾纠纷排查，矛盾纠纷调处化解率达到95%以上；全年无进京赴省越级上访。", 7,
                "排查每少1次扣0.5分；化解率每低1个百分点扣0.2分；发生进京赴省越级上访的，每起扣2分；因矛盾纠纷化解不力引发命案的，"
                "实行一票否决，本项不得分。", "查阅资料、座谈了解", indicator="平安建设"),
            Row("巩固全国文明城市创建成果，党员志愿者每月开展一次环境卫生集中整治志愿服务，党员参与率不低于70%；沿街商铺“门前三包”"
                "责任书签订率100%。", 5,
                "志愿服务每少1次扣0.5分；参与率低于70%的，每次扣0.2分；签订率未达100%的扣1分；市级以上检查发现问题被通报的，每次扣"
                "1分。", "查阅资料、实地查看", indicator="文明创建"),
            Row("社区党组织全年为群众办实事不少于6件，年初公开承诺，年底公布办理结果；开展居民满意度测评，满意度达到90%以上。", 6,
                "办实事每少1件扣0.5分；年初未承诺或年底未公布的，每项扣1分；满意度每低1个百分点扣0.2分，最高扣2分。",
                "查阅资料、问卷测评", indicator="为民服务"),
        )),
        Section("责任落实", "五、责任落实\n（10分）", 10, (
            Row("社区党组织书记年初制定党建工作计划，年底向街道党工委述职；每半年召开一次党建工作专题会议，分析研判党建工作。", 5,
                "无年度计划的扣1分；未述职的扣2分；专题会议每少1次扣1分。", "查阅资料", indicator="书记责任"),
            Row("党建工作台账实行“一类一册”归档，党员花名册、组织关系转接记录等基础资料齐全规范；年中报送半年小结，年底报送年度总结。",
                5, "基础资料缺项的，每项扣0.5分，最高扣2分；资料不规范的，酌情扣0.5-1分；半年小结、年度总结未按时报送的，每项扣1分。",
                "查阅资料", indicator="台账管理"),
        )),
    ),
)

HEADER = ["一级指标", "二级指标", "考核标准", "分值", "计分方法", "考核方式"]
NOTE = ("说明：1.本细则由街道党工委于12月组织考核，采取查阅资料、实地查看、座谈了解、问卷测评、平台核查相结合的方式；2.各项扣分以该项"
        "分值为限，扣完为止；3.考核结果分为“好”“较好”“一般”“差”四个等次，与社区工作者绩效考核挂钩；4.本细则由街道党建办负责解释。")


def build(t: Table, path: Path) -> None:
    import docx

    ncols = len(HEADER)
    n_rows = 1 + sum(len(s.rows) for s in t.sections) + 1
    document = docx.Document()
    docx_title(document, t.title, 16)
    docx_centred(document, "（适用于张掖路街道所辖各社区党委）")
    document.add_paragraph("社区党委：                书记：              考核组：              考核日期：")
    tbl = docx_grid_table(document, n_rows, ncols, HEADER)
    r = 1
    for s in t.sections:
        top = r
        for row in s.rows:
            cells = ((1, row.indicator), (2, row.text), (3, _fmt(row.points)), (4, row.scoring), (5, row.method))
            for c, v in cells:
                tbl.cell(r, c).text = v
            r += 1
        merge_cells(tbl, top, 0, r - 1, 0, s.printed)
    docx_total_row(tbl, r, 3, t.total)
    document.add_paragraph(NOTE)
    document.save(str(path))
