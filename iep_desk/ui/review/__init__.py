"""The Post-meeting review pane (issue 5) and its parts."""

__all__ = ["ReviewPane"]


def __getattr__(name: str):
    # The pane is imported when first asked for: the caseload uses parts of this package
    # (the not-closed list) at start-up, the review pane only when it is opened.
    if name == "ReviewPane":
        from iep_desk.ui.review.pane import ReviewPane

        return ReviewPane
    raise AttributeError(name)
