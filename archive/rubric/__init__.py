"""Rubrics: the typed model, YAML loading and validation, bundled rubrics, import from Word/Excel."""

from archive.rubric.loader import (
    bundled_rubric_ids,
    dump_rubric_yaml,
    load_rubric,
    load_rubric_file,
    rubric_from_data,
    rubric_to_data,
)
from archive.rubric.model import Category, Criterion, Deduction, Item, Requirement, Rubric, Tier

__all__ = [
    "Category", "Criterion", "Deduction", "Item", "Requirement", "Rubric", "Tier",
    "bundled_rubric_ids", "dump_rubric_yaml", "load_rubric", "load_rubric_file", "rubric_from_data", "rubric_to_data",
]
