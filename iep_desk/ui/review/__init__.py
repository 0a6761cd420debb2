"""The Post-meeting review pane (issue 5) and its parts."""
