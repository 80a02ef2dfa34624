"""Rubric inference test set: four scoring tables, what a careful reader checks in each item, and the scorer.

tables.py builds the tables (Word/Excel); labels/<name>.yaml hold the labels, written before any inference
existed; score.py compares an imported Rubric with them. The held-out table (tables.HELDOUT) is never used to
tune the inference.
"""
