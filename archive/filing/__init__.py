"""Filing evidence against rubric items: by hand, by folder, by suggestion that learns from the archivist."""

from archive.filing.accept import AcceptReport, accept_suggestions
from archive.filing.folders import FolderReport, apply_folder_filings
from archive.filing.manual import Decisions, FiledResult, decide, file_evidence, reject_suggestion, unfile_evidence
from archive.filing.review import REVIEW_LABELS, ReviewEntry, review
from archive.filing.suggest import EvidenceSuggestions, Suggestion, suggest
from archive.filing.transfer import ImportReport, export_filings, import_filings

__all__ = [
    "REVIEW_LABELS", "AcceptReport", "Decisions", "EvidenceSuggestions", "FiledResult", "FolderReport", "ImportReport",
    "ReviewEntry", "Suggestion", "accept_suggestions", "apply_folder_filings", "decide", "export_filings", "file_evidence",
    "import_filings", "reject_suggestion", "review", "suggest", "unfile_evidence",
]
