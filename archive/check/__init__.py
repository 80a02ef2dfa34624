"""`taizhang check`: what an inspection team would catch first — attendance that cannot be true, records copied
from another meeting, one photo for two events, dates and people that do not agree — each with the files, the
numbers and, in Chinese, what the archivist should do."""

from archive.check.engine import check_archive, load_docs, make_context, run_checks
from archive.check.model import REPORT_LABELS, SEVERITY_LABELS, Doc, Report, Settings

__all__ = ["REPORT_LABELS", "SEVERITY_LABELS", "Doc", "Report", "Settings", "check_archive", "load_docs",
           "make_context", "run_checks"]
