"""Orchestration: each pipeline reads like a recipe over the stage functions."""
