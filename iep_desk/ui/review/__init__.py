"""The Post-meeting review pane (issue 5) and its parts."""

from iep_desk.ui.review.pane import ReviewPane

__all__ = ["ReviewPane"]
