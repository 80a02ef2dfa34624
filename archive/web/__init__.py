"""The inspector's local page (`taizhang serve`): the rubric coloured by status, each item's proof one click away."""

from archive.web.app import create_app

__all__ = ["create_app"]
