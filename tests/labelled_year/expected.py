"""The answer key: the status every seed000 item should get on the generated year (DESIGN.md §4 rule), written
before any assessment code existed, from the rubric's requirements and what the generator writes.

Assumptions: each file is filed to the items its label names; a requirement that names a kind or meeting type
also sees every record of that kind in its period; one meeting = same meeting type on the same day; a `count` with
a meeting type counts distinct meetings of that type; percentages compare with the rubric's operator (超过 is >).
A .doc is read only when LibreOffice is there; no status below depends on a .doc or on OCR of one file alone,
except where the reason says so.
"""

from __future__ import annotations

MISSING, PARTIAL, REVIEW, COVERED = "missing", "partial", "review", "covered"


def expected_status(year: int) -> dict[str, tuple[str, str]]:
    Y = year
    return {
        "1": (REVIEW, f"只有判断项；有书记抓党建述职报告（{Y}-12-25）和年度工作总结，待考核组判断"),
        "2": (PARTIAL, "有议事规则、党风廉政建设责任制度、联系服务群众制度（.doc），但没有民主生活会制度"
                       "（民主生活会只有会议记录，不是制度）"),
        "3": (PARTIAL, "测评报告中群众和党员对书记的满意率为88.4%，未超过90%"),
        "4": (REVIEW, "只有判断项；有居委会工作要点、社区妇联三八节活动记录和照片，待考核组判断"),
        "5": (COVERED, "班子成员花名册：陆晓峰1991年3月出生（不满40岁），周海燕大专、孙立新大学本科、陆晓峰本科"),
        "6": (REVIEW, "只有判断项；有班子分工通知（孙立新为专职副书记），待考核组确认"),
        "7": (REVIEW, f"只有判断项；有{Y - 1}年度班子民主生活会记录，待考核组谈话了解"),
        "8": (REVIEW, "有党员花名册；三会一课（支委会、党员大会、党课、党小组会）实到/应到合计350/436≈80.3%，超过70%"
                      "（9月19日党课29/52≈55.8%低于70%，第一党小组11月18日记录没有应到人数）；判断项待确认"),
        "9": (REVIEW, "有党委理论学习中心组学习记录、党课讲稿、主题党日记录；判断项待确认"),
        "10": (REVIEW, "有街道党校春训班通知和培训照片；判断项待确认"),
        "11": (COVERED, f"有在职党员双向联系双向反馈制度；{Y}年12月16日、17日向所在单位发出表现情况反馈函（年终）"),
        "12": (REVIEW, "只有判断项；有党员先锋岗设岗定责一览、组织生活会暨民主评议党员记录，待考核组判断"),
        "13": (PARTIAL, "有党员志愿服务队名册和4次便民志愿服务记录，但直管党员52名中参加志愿服务20名，"
                        "参与率38.5%，未超过50%"),
        "14": (PARTIAL, f"{Y}年党费收缴台帐：钱桂英5月、6月未交（5月写“未交”，6月空白）；"
                        "邹梓涵6月才入党，1—5月“—”不算欠交"),
        "15": (REVIEW, f"年初计划落款{Y - 1}年12月26日（上一年12月，属年初），年终总结{Y}年12月19日；判断项待确认"),
        "16": (PARTIAL, "有共建协议（扫描件）和共建制度，但全年共建活动只有3次（3月14日、6月12日、9月18日），"
                        "要求不少于4次；3月14日一次活动有记录、签到表和2张照片，只算1次"),
        "17": (REVIEW, "有与恒信建材有限公司党支部（非公企业）的结对联建协议书；判断项待确认"),
        "18": (PARTIAL, "有联席会议制度，但全年联席会议只召开2次（4月16日、10月22日），要求不少于4次"),
        "19": (REVIEW, "有党员服务中心标牌和服务项目照片；判断项待实地查看"),
        "20": (REVIEW, "有党员活动室制度上墙照片和活动室管理制度；经费、面积、电教设备待实地查看"),
        "21": (MISSING, "台帐中没有选派党建指导员的材料，也没有党组织应建已建率"),
        "22": (REVIEW, f"6月24日党员大会接收邹梓涵为预备党员（本年度发展1名）；另有{Y - 1}年发展对象公示、"
                       "入党积极分子登记表；判断项待确认"),
        "23": (REVIEW, "只有判断项；有流动党员和在职党员分类管理情况，待考核组判断"),
        "24": (MISSING, "只有判断项，台帐中没有社会治安综合治理方面的材料"),
        "25": (REVIEW, "有“最美家庭”评选方案、表彰会记录和照片（精神文明创建）；判断项待确认"),
        "26": (REVIEW, "有与恒信建材、滨湖邮政支局、东湖农贸市场签订的环境卫生责任状；判断项待实地查看"),
        "27": (PARTIAL, "有征求意见通知、座谈会记录和意见汇总，有为民办实事项目公示，但没有党费收支结存情况公示"),
        "28": (COVERED, f"{Y}年确定并完成5个为民办实事项目（项目清单、公示和5份验收登记表），达到5个以上"),
        "29": (MISSING, "只有判断项（谈话了解），台帐中没有相关材料"),
        "30": (REVIEW, "有社区工作者轮值坐班制度，有综合宣传栏和群众意见箱照片；标识待实地查看"),
        "31": (REVIEW, "4月推荐3名下岗职工、待业青年参加再就业技能培训（推荐名单、街道通知）；判断项待确认"),
        "32": (REVIEW, "有“一助一”结对帮扶名单和3份帮扶/走访记录；判断项待确认"),
        "33": (COVERED, "测评报告中党员群众对社区党建工作的满意度为93.0%，超过90%"),
    }


def expected_without_ocr(year: int) -> dict[str, tuple[str, str]]:
    """Items whose status changes when the files that need OCR are left out (photos' text, scans)."""
    return {
        "19": (MISSING, "不做文字识别时，党员服务中心的照片读不出标牌内容，没有材料服务本项"),
        # 20 and 30 revised when seed000 marked their photos onsite (实地查验): a photo the papers lack is the
        # inspectors' to check on site, not 部分达标 (the rule changed, not the files).
        "20": (REVIEW, "不做文字识别时，读不出制度上墙照片的内容，只有活动室管理制度；制度上墙由考核组实地查验"),
        "30": (REVIEW, "不做文字识别时，读不出宣传栏、意见箱照片的内容，只有轮值坐班制度；标识、宣传栏、意见箱由考核组实地查验"),
    }
