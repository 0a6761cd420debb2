"""The before- and after-the-meeting checklists: which items apply, what is done, what to warn about.

Item texts and warnings live in resources/checklists/<language>.json (ids → text), read by
iep_desk.resources.checklist_texts and given to the functions here (`texts`), so nothing a
teacher reads is written in this module, and nothing here reads a file. Ticks are stored per
meeting as ChecklistTick rows (item id, date done, note); a row without a date is a note on
an item not ticked yet, and never counts as done.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import date

from iep_desk.core.deadlines import send_notice_by
from iep_desk.core.decisions import InputRequest, input_overdue, input_still_awaited
from iep_desk.core.meetings import ChecklistTick, Meeting, Participant
from iep_desk.core.models import FamilyMember
from iep_desk.core.planner_settings import PlannerSettings
from iep_desk.core.settings import DeadlineSettings

# Item ids, in the order they are shown.
BEFORE_ITEMS = (
    "purpose_explained",
    "school_attendees_explained",
    "anyone_missing_asked",
    "time_and_place_agreed",
    "interpreter_arranged",
    "transport_childcare_offered",
    "documents_sent",
    "classroom_visit_offered",
    "progress_shared",
    "questions_requested",
    "preparation_sheet_sent",
    "preparation_answers_received",
    "notice_sent",
    "excusal_consents",
    "team_input_received",
)
AFTER_ITEMS = ("notes_sent", "thank_you_sent", "iep_copy_given", "review_done")
# After a meeting where the family disagreed or the school declined what they asked
# (core.decisions.NEEDS_PRIOR_WRITTEN_NOTICE), the after-meeting checklist holds this too.
PRIOR_NOTICE_ITEM = "prior_written_notice_sent"

# Items whose done state is worked out from the participants (and the written input asked
# of them), not ticked by hand.
COMPUTED_ITEMS = frozenset({"excusal_consents", "team_input_received"})


@dataclass(frozen=True)
class ChecklistItem:
    id: str
    text: str
    done: bool
    done_on: date | None = None
    note: str = ""
    # What the note should say ("which documents, and when"); empty when no note is asked for.
    hint: str = ""
    # True when the app works the item out itself (it cannot be ticked by hand).
    computed: bool = False


@dataclass
class ChecklistState:
    """The items that apply to one meeting, with progress, open items and warnings."""

    items: list[ChecklistItem] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)

    @property
    def done_count(self) -> int:
        return sum(1 for item in self.items if item.done)

    @property
    def applicable_count(self) -> int:
        return len(self.items)

    @property
    def progress(self) -> tuple[int, int]:
        """(done, applicable)."""
        return self.done_count, self.applicable_count

    @property
    def open_items(self) -> list[ChecklistItem]:
        return [item for item in self.items if not item.done]

    @property
    def complete(self) -> bool:
        return not self.open_items

    def item(self, item_id: str) -> ChecklistItem | None:
        return next((item for item in self.items if item.id == item_id), None)


def _ticks_by_item(ticks: Iterable[ChecklistTick]) -> dict[str, ChecklistTick]:
    return {tick.item: tick for tick in ticks}


def _ticked(tick: ChecklistTick | None) -> bool:
    """A row with a date is a tick; one without is a note on an item not done yet."""
    return tick is not None and tick.done_on is not None


def applicable_before_items(participants: Iterable[Participant],
                            family: Iterable[FamilyMember],
                            input_requests: Iterable[InputRequest] = ()) -> list[str]:
    """Which before-the-meeting items apply, given who is invited, what the family needs
    and whether written input was asked of anyone."""
    family = list(family)
    participants = list(participants)
    needs_interpreter = any(member.interpreter_needed for member in family)
    needs_help = any(member.transport_needs.strip() or member.childcare_needs.strip()
                     for member in family)
    someone_excused = any(p.excused and p.required for p in participants)
    skip = set()
    if not needs_interpreter:
        skip.add("interpreter_arranged")
    if not needs_help:
        skip.add("transport_childcare_offered")
    if not someone_excused:
        skip.add("excusal_consents")
    if not list(input_requests):
        skip.add("team_input_received")
    return [item for item in BEFORE_ITEMS if item not in skip]


def _excused_without_consent(participants: Iterable[Participant]) -> list[Participant]:
    return [p for p in participants if p.excused and p.required and p.excusal_consent_on is None]


def before_meeting_checklist(
    meeting: Meeting,
    participants: Iterable[Participant],
    family: Iterable[FamilyMember],
    ticks: Iterable[ChecklistTick],
    *,
    last_progress_contact: date | None,
    today: date,
    deadline_settings: DeadlineSettings,
    planner_settings: PlannerSettings,
    texts: dict,
    input_requests: Iterable[InputRequest] = (),
    say_date: Callable[[date], str] = date.isoformat,
) -> ChecklistState:
    """The before-the-meeting checklist of one meeting.

    `family` is the student's family members (the interpreter and transport items apply
    only when one of them needs it); `last_progress_contact` is the day the family was
    last told how their child is doing (from the contact log), or None; `texts` are the
    checklists' texts in the teacher's language (iep_desk.resources.checklist_texts);
    `input_requests` the written input asked of team members for this meeting (the
    "team input" item applies when there is any, done when all of it arrived);
    `say_date` writes a day in the warnings (the window's way; ISO by default).
    """
    participants = list(participants)
    input_requests = list(input_requests)
    by_item = _ticks_by_item(ticks)
    state = ChecklistState()
    for item_id in applicable_before_items(participants, family, input_requests):
        tick = by_item.get(item_id)
        if item_id == "team_input_received":
            done = not input_still_awaited(input_requests)
            state.items.append(ChecklistItem(item_id, texts["before"][item_id], done,
                                             computed=True))
            continue
        if item_id in COMPUTED_ITEMS:
            done = not _excused_without_consent(participants)
            state.items.append(ChecklistItem(item_id, texts["before"][item_id], done,
                                             computed=True))
            continue
        if item_id == "progress_shared" and not _ticked(tick) and _recent(
                last_progress_contact, today, planner_settings):
            # A recent progress contact in the log counts without a tick.
            state.items.append(ChecklistItem(item_id, texts["before"][item_id], True,
                                             last_progress_contact, tick.note if tick else "",
                                             hint=texts.get("hints", {}).get(item_id, "")))
            continue
        state.items.append(ChecklistItem(
            item_id, texts["before"][item_id], _ticked(tick),
            tick.done_on if tick else None, tick.note if tick else "",
            texts.get("hints", {}).get(item_id, "")))
    state.warnings = before_meeting_warnings(
        meeting, participants, by_item.get("notice_sent"),
        last_progress_contact=last_progress_contact, today=today,
        deadline_settings=deadline_settings, planner_settings=planner_settings, texts=texts,
        say_date=say_date)
    state.warnings += input_warnings(input_requests, participants, today, texts, say_date)
    return state


def input_warnings(requests: Iterable[InputRequest], participants: Iterable[Participant],
                   today: date, texts: dict,
                   say_date: Callable[[date], str] = date.isoformat) -> list[str]:
    """Who has not sent the written input asked of them: the overdue first, then the
    others, each with the date it is due."""
    words = texts["warnings"]
    names = {p.id: p.name for p in participants}
    requests = list(requests)
    overdue = input_overdue(requests, today)
    late = [words["input_overdue"].format(name=names.get(r.participant_id, "?"),
                                          due=say_date(r.due_by)) for r in overdue]
    waiting = [words["input_awaited"].format(name=names.get(r.participant_id, "?"),
                                             due=say_date(r.due_by))
               for r in input_still_awaited(requests) if r not in overdue]
    return late + waiting


def _recent(last_contact: date | None, today: date, settings: PlannerSettings) -> bool:
    return (last_contact is not None
            and (today - last_contact).days // 7 < settings.weeks_without_progress_contact)


def before_meeting_warnings(
    meeting: Meeting,
    participants: list[Participant],
    notice_tick: ChecklistTick | None,
    *,
    last_progress_contact: date | None,
    today: date,
    deadline_settings: DeadlineSettings,
    planner_settings: PlannerSettings,
    texts: dict,
    say_date: Callable[[date], str] = date.isoformat,
) -> list[str]:
    """Plain sentences about what needs attention before the meeting; `say_date` writes a
    day in them (the window's way of writing dates; ISO by default)."""
    words = texts["warnings"]
    warnings: list[str] = []
    notice_days = deadline_settings.notice_days
    meeting_day = meeting.starts_at.date() if meeting.starts_at else None
    if meeting_day is not None:
        send_by = send_notice_by(meeting_day, notice_days)
        if notice_tick is not None and notice_tick.done_on is not None:
            if notice_tick.done_on > send_by:
                days = (meeting_day - notice_tick.done_on).days
                warnings.append(words["notice_too_late"].format(
                    sent=say_date(notice_tick.done_on), days=days, notice_days=notice_days))
        elif not meeting.is_record and today > send_by:
            warnings.append(words["notice_overdue"].format(
                notice_days=notice_days, send_by=say_date(send_by)))
    if last_progress_contact is None:
        warnings.append(words["no_progress_contact"])
    elif not _recent(last_progress_contact, today, planner_settings):
        weeks = (today - last_progress_contact).days // 7
        warnings.append(words["progress_contact_old"].format(
            last=say_date(last_progress_contact), weeks=weeks))
    for person in _excused_without_consent(participants):
        warnings.append(words["consent_missing"].format(name=person.name))
    for person in participants:
        if person.excused and person.required and not person.written_input_received:
            warnings.append(words["written_input_missing"].format(name=person.name))
    return warnings


def after_items(needs_prior_notice: bool = False) -> tuple[str, ...]:
    """The after-the-meeting items of a held meeting: the prior written notice among them
    when a decision calls for one (core.decisions.prior_written_notice_due)."""
    return AFTER_ITEMS + ((PRIOR_NOTICE_ITEM,) if needs_prior_notice else ())


def after_meeting_checklist(ticks: Iterable[ChecklistTick], texts: dict,
                            prior_notice_due: date | None = None,
                            say_date: Callable[[date], str] = date.isoformat) -> ChecklistState:
    """The after-the-meeting checklist (`texts`: iep_desk.resources.checklist_texts): every
    item applies to every held meeting, and "send the prior written notice", with its due
    date, when `prior_notice_due` is given."""
    by_item = _ticks_by_item(ticks)
    state = ChecklistState()
    if prior_notice_due is not None and not _ticked(by_item.get(PRIOR_NOTICE_ITEM)):
        state.warnings.append(texts["warnings"]["prior_notice_due"].format(
            due=say_date(prior_notice_due)))
    for item_id in after_items(prior_notice_due is not None):
        tick = by_item.get(item_id)
        state.items.append(ChecklistItem(
            item_id, texts["after"][item_id], _ticked(tick),
            tick.done_on if tick else None, tick.note if tick else "",
            texts.get("hints", {}).get(item_id, "")))
    return state


def is_closed(ticks: Iterable[ChecklistTick], needs_prior_notice: bool = False) -> bool:
    """A held meeting is closed when every after-the-meeting item is ticked (the prior
    written notice too, when one is due)."""
    ticked = {tick.item for tick in ticks if _ticked(tick)}
    return all(item in ticked for item in after_items(needs_prior_notice))


def item_text(item_id: str, texts: dict) -> str:
    """The text of any checklist item, before or after (`texts`: the checklists' texts)."""
    return texts["before"].get(item_id) or texts["after"][item_id]
