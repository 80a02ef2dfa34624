"""Reports: 自评表, 台帐目录, 缺失材料清单, 整改方案 as Word documents, and the PDF 电子台帐.

Every figure comes from the assessment's status dict (`Assessment.to_json()`); nothing is recomputed here."""

from archive.generators.binder import write_binder
from archive.generators.reports import build_report, report_file_name, write_all_reports, write_report
from archive.generators.settings import (
    ALL_REPORTS,
    REPORT_KINDS,
    REPORT_TITLES,
    FormatProfile,
    load_settings,
    report_kind,
)
from archive.generators.templates import export_templates, with_suffix

__all__ = ["ALL_REPORTS", "REPORT_KINDS", "REPORT_TITLES", "FormatProfile", "build_report", "export_templates",
           "load_settings", "report_file_name", "report_kind", "with_suffix", "write_all_reports", "write_binder",
           "write_report"]
