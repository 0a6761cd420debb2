"""What the review keeps after a meeting: the action plan, ideas for home (and the teacher's
list of them), what the family brought, what worked and what did not, the tip file."""

from __future__ import annotations

from datetime import date
from typing import Any

from iep_desk.app.changes import ACTIONS, HOME, LOOKING_BACK, NOTHING
from iep_desk.app.undo import OpResult, Step, added, changed, record, removed
from iep_desk.core.meeting_rules import MeetingInputError
from iep_desk.core.meetings import ActionItem, Contribution, HomeSuggestion, Reflection, TipEntry
from iep_desk.core.problems import Problem
from iep_desk.storage.rows import saving
from iep_desk.storage.stores import Stores

# -- the action plan ----------------------------------------------------------------------------


def add_action(stores: Stores, *, action: ActionItem) -> OpResult[int]:
    """An action agreed at the meeting: what, who (a participant or the family), by when."""
    action_id = stores.review.add_action(action)
    return added(ACTIONS, "action_items", stores.review.get_action(action_id))


def remove_action(stores: Stores, *, action_id: int) -> OpResult:
    action = stores.review.get_action(action_id)
    stores.review.remove_action(action_id)
    return removed(ACTIONS, "action_items", action)


def change_action(stores: Stores, *, action_id: int, name: str, value: Any) -> OpResult:
    """Change what, when or the note of an action (the owner: set_action_owner)."""
    old = stores.review.set_action_field(action_id, name, value)
    return changed(ACTIONS, "action_items", action_id, name, old, value)


def set_action_owner(stores: Stores, *, action_id: int, owner: str, owner_name: str) -> OpResult:
    """Who does an action: a participant's id or the family, and the name printed for them
    (written together)."""
    action = stores.review.get_action(action_id)
    with saving(stores.db):
        stores.review.set_action_field(action_id, "owner", owner)
        stores.review.set_action_field(action_id, "owner_name", owner_name)

    def put(owner_: str, name_: str) -> list[Step]:
        return [Step.of("set_field", table="action_items", row_id=action_id, name="owner",
                        value=owner_),
                Step.of("set_field", table="action_items", row_id=action_id,
                        name="owner_name", value=name_)]
    return OpResult(ACTIONS, None, record(ACTIONS, put(action.owner, action.owner_name),
                                          put(owner, owner_name)))


def set_action_status(stores: Stores, *, action_id: int, status: str,
                      today: date | None = None) -> OpResult:
    """Mark an action open, done (the day is recorded) or dropped."""
    action = stores.review.get_action(action_id)
    stores.review.set_action_status(action_id, status, today=today)
    now = stores.review.get_action(action_id)
    return OpResult(ACTIONS, None, record(
        ACTIONS,
        [Step.of("action_state", action_id=action_id, status=action.status,
                 done_on=action.done_on)],
        [Step.of("action_state", action_id=action_id, status=now.status, done_on=now.done_on)]))


# -- ideas for home -------------------------------------------------------------------------------

def add_idea_for_home(stores: Stores, *, meeting_id: int, text: str,
                      save_to_list: bool = False) -> OpResult[int]:
    """An idea for the family to try at home (one of the built-in ideas keeps its key, so it
    prints in the family's language); with save_to_list it goes onto the teacher's list too
    (not undone: the list is the teacher's own)."""
    suggestion_id = stores.review.add_home_suggestion(HomeSuggestion(meeting_id, text))
    if save_to_list:
        stores.review.add_to_home_suggestion_library(text)
    return added(HOME, "home_suggestions", stores.review.get_home_suggestion(suggestion_id))


def change_idea_for_home(stores: Stores, *, suggestion_id: int, text: str) -> OpResult:
    old = stores.review.set_home_suggestion_text(suggestion_id, text)
    return changed(HOME, "home_suggestions", suggestion_id, "text", old, text.strip())


def remove_idea_for_home(stores: Stores, *, suggestion_id: int) -> OpResult:
    suggestion = stores.review.get_home_suggestion(suggestion_id)
    stores.review.remove_home_suggestion(suggestion_id)
    return removed(HOME, "home_suggestions", suggestion)


def add_to_my_ideas(stores: Stores, *, text: str) -> OpResult[int]:
    """Save an idea to the teacher's own list (kept once)."""
    return OpResult(NOTHING, stores.review.add_to_home_suggestion_library(text))


# -- what the family brought -----------------------------------------------------------------------

def add_contribution(stores: Stores, *, meeting_id: int, text: str) -> OpResult[int]:
    new_id = stores.review.add_contribution(Contribution(meeting_id, text))
    return added(HOME, "contributions",
                 stores.review.get_contribution(new_id))


def change_contribution(stores: Stores, *, contribution_id: int, text: str) -> OpResult:
    old = stores.review.set_contribution_text(contribution_id, text)
    return changed(HOME, "contributions", contribution_id, "text", old, text.strip())


def remove_contribution(stores: Stores, *, contribution_id: int) -> OpResult:
    row = stores.review.get_contribution(contribution_id)
    stores.review.remove_contribution(contribution_id)
    return removed(HOME, "contributions", row)


# -- looking back: what worked, the tip file ---------------------------------------------------------

def add_reflection(stores: Stores, *, reflection: Reflection) -> OpResult[int]:
    new_id = stores.review.add_reflection(reflection)
    return added(LOOKING_BACK, "reflections",
                 stores.review.get_reflection(new_id))


def change_reflection(stores: Stores, *, reflection_id: int, name: str, value: Any) -> OpResult:
    old = stores.review.set_reflection_field(reflection_id, name, value)
    return changed(LOOKING_BACK, "reflections", reflection_id, name, old, value)


def remove_reflection(stores: Stores, *, reflection_id: int) -> OpResult:
    row = stores.review.get_reflection(reflection_id)
    stores.review.remove_reflection(reflection_id)
    return removed(LOOKING_BACK, "reflections", row)


def add_tip(stores: Stores, *, tip: TipEntry, today: date | None = None) -> OpResult[int]:
    """An entry of the private tip file (never written on a day still to come)."""
    if tip.written_on > (today or date.today()):
        raise MeetingInputError(Problem("tip_in_future"))
    new_id = stores.review.add_tip(tip)
    return added(LOOKING_BACK, "tip_entries", stores.review.get_tip(new_id))


def change_tip(stores: Stores, *, tip_id: int, name: str, value: Any,
               today: date | None = None) -> OpResult:
    if name == "written_on":
        if value is None:
            raise MeetingInputError(Problem("tip_without_day"))
        if value > (today or date.today()):
            raise MeetingInputError(Problem("tip_in_future"))
    old = stores.review.set_tip_field(tip_id, name, value)
    return changed(LOOKING_BACK, "tip_entries", tip_id, name, old, value)


def remove_tip(stores: Stores, *, tip_id: int) -> OpResult:
    tip = stores.review.get_tip(tip_id)
    stores.review.remove_tip(tip_id)
    return removed(LOOKING_BACK, "tip_entries", tip)

