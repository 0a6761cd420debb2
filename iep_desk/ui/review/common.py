"""What every part of the review pane shares: the stores, safe writing, the words for codes.

Each part of the pane is a `ReviewSection`. A section writes through the window's Desk
(`section.run(operation, ...)`: a refused value or a disk problem becomes a message beside
the control, never an exception, and the change goes onto the undo stack); the pane passes
what changed to the others, which refresh only what they show.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from iep_desk.core.meetings import FAMILY_OWNER, ActionItem
from iep_desk.ui.desk import Desk
from iep_desk.ui.meeting_section import MeetingSection
from iep_desk.ui.planner.labels import role_label
from iep_desk.ui.translate import QT_TRANSLATE_NOOP, translate
from iep_desk.ui.widgets import FieldMessage

ATTENDANCE_LABELS = {
    None: QT_TRANSLATE_NOOP("Review", "Not recorded yet"),
    "present": QT_TRANSLATE_NOOP("Review", "Present"),
    "absent": QT_TRANSLATE_NOOP("Review", "Absent"),
    "excused": QT_TRANSLATE_NOOP("Review", "Excused"),
    "remote": QT_TRANSLATE_NOOP("Review", "Joined by phone or video"),
}
ACTION_STATUS_LABELS = {
    "open": QT_TRANSLATE_NOOP("Review", "Open"),
    "done": QT_TRANSLATE_NOOP("Review", "Done"),
    "dropped": QT_TRANSLATE_NOOP("Review", "Dropped"),
}
VERDICT_LABELS = {
    "keep": QT_TRANSLATE_NOOP("Review", "Keep doing it"),
    "stop": QT_TRANSLATE_NOOP("Review", "Stop doing it"),
}
FEELING_LABELS = {
    "anger": QT_TRANSLATE_NOOP("Review", "Brings anger"),
    "joy": QT_TRANSLATE_NOOP("Review", "Brings joy"),
    "sensitivity": QT_TRANSLATE_NOOP("Review", "Sensitive"),
    "other": QT_TRANSLATE_NOOP("Review", "Other"),
}
# The owner of an action that is the family as a whole; printed on the family's copy.
FAMILY_OWNER_NAME = QT_TRANSLATE_NOOP("Review", "The family")


def owner_shown(action: ActionItem) -> str:
    """Who an action item is for, as the window shows it: the family in the window's language
    (the name stored with the item is in the language of the window it was written in)."""
    if action.owner == FAMILY_OWNER:
        return translate("Review", FAMILY_OWNER_NAME)
    return action.owner_name


def label(labels: dict, code: Any) -> str:
    """The translated label for a code; an unknown code is shown as it is (never hidden)."""
    if code in labels:
        return translate("Review", labels[code])
    return "" if code is None else str(code)


def role_text(role: str) -> str:
    """A participant's role in words; a relationship typed by the teacher ("grandmother")
    starts with a capital like the listed roles."""
    text = role_label(role or "")
    return text[:1].upper() + text[1:]


def choices(labels: dict) -> list[tuple[str, Any]]:
    """(label, code) pairs for a combo box, in the order the labels are listed."""
    return [(translate("Review", text), code) for code, text in labels.items()]


def report_to(message: FieldMessage) -> Callable[[str | None], None]:
    """A report function that shows a message beside a control, or clears it."""
    def report(text: str | None) -> None:
        if text:
            message.show_message(text)
        else:
            message.clear_message()
    return report


ReviewContext = Desk  # every section reads and writes through the window's Desk


class ReviewSection(MeetingSection):
    """One part of the review (attendance, notes, action plan...).

    Controls registered with `editing()` are enabled only when the meeting has been
    held and the caseload can be written to.
    """
