"""The before- and after-the-meeting checklists: which items apply, progress, warnings."""

from __future__ import annotations

import json
from datetime import date, datetime

from iep_desk import resources
from iep_desk.config import RESOURCES_DIR
from iep_desk.core import checklist
from iep_desk.core.meetings import ChecklistTick, Meeting, Participant
from iep_desk.core.models import FamilyMember
from iep_desk.core.planner_settings import PlannerSettings
from iep_desk.core.settings import DeadlineSettings

TODAY = date(2026, 11, 23)
MEETING = Meeting(1, status="confirmed", starts_at=datetime(2026, 12, 10, 15, 30), id=1)


def state(family=(), participants=(), ticks=(), last_contact=date(2026, 11, 16),
          meeting=MEETING, today=TODAY, notice_days=10, weeks=6):
    return checklist.before_meeting_checklist(
        meeting, list(participants), list(family), list(ticks), last_progress_contact=last_contact,
        today=today, deadline_settings=DeadlineSettings(notice_days=notice_days),
        planner_settings=PlannerSettings(weeks_without_progress_contact=weeks),
        texts=resources.checklist_texts())


def ids(items):
    return [item.id for item in items]


def test_every_item_has_a_text_in_the_resource_file():
    data = json.loads((RESOURCES_DIR / "checklists" / "en.json").read_text(encoding="utf-8"))
    assert set(data["before"]) == set(checklist.BEFORE_ITEMS)
    assert set(data["after"]) == set(checklist.after_items(needs_prior_notice=True))
    assert all(text.strip() for text in [*data["before"].values(), *data["after"].values()])


def test_interpreter_and_transport_items_only_when_the_family_needs_them():
    plain = state(family=[FamilyMember("Mum")])
    assert "interpreter_arranged" not in ids(plain.items)
    assert "transport_childcare_offered" not in ids(plain.items)
    assert "excusal_consents" not in ids(plain.items)
    # No written input was asked of anyone either.
    assert "team_input_received" not in ids(plain.items)
    assert plain.applicable_count == len(checklist.BEFORE_ITEMS) - 4
    needs = state(family=[FamilyMember("Mum"), FamilyMember("Dad", interpreter_needed=True,
                                                            childcare_needs="Baby at home")])
    assert {"interpreter_arranged", "transport_childcare_offered"} <= set(ids(needs.items))
    assert "excusal_consents" not in ids(needs.items)


def test_progress_and_open_items_follow_the_ticks():
    ticks = [ChecklistTick(1, "purpose_explained", date(2026, 11, 10)),
             ChecklistTick(1, "documents_sent", date(2026, 11, 20), "Draft goals, by email")]
    result = state(family=[FamilyMember("Mum")], ticks=ticks)
    # The recent progress contact counts for the "no surprises" item without a tick.
    # (The preparation sheet sent and its answers received are two of the open items.)
    assert result.progress == (3, 11)
    assert {"preparation_sheet_sent", "preparation_answers_received"} <= set(
        ids(result.open_items))
    assert "purpose_explained" not in ids(result.open_items)
    documents = result.item("documents_sent")
    assert (documents.done, documents.done_on, documents.note) == (
        True, date(2026, 11, 20), "Draft goals, by email")
    assert documents.hint  # the note asks which documents, and when
    assert result.item("progress_shared").done_on == date(2026, 11, 16)
    assert not result.complete


def test_notice_sent_too_late_is_a_warning():
    ticks = [ChecklistTick(1, "notice_sent", date(2026, 12, 4))]
    warnings = state(ticks=ticks, today=date(2026, 12, 5)).warnings
    assert ("The notice went out on 2026-12-04, only 6 days before the meeting. It should go at "
            "least 10 days ahead: check with the family that the date still suits them, or move "
            "the meeting.") in warnings
    on_time = [ChecklistTick(1, "notice_sent", date(2026, 11, 30))]
    assert not [w for w in state(ticks=on_time).warnings if "notice" in w]
    # The number of days is a setting.
    assert not [w for w in state(ticks=ticks, notice_days=5).warnings if "notice" in w]


def test_notice_not_sent_after_the_send_by_date_is_a_warning():
    assert not [w for w in state(today=date(2026, 11, 30)).warnings if "notice" in w]
    late = state(today=date(2026, 12, 1)).warnings
    assert ("The notice has not gone out, and the meeting is less than 10 days away (it should "
            "have gone by 2026-11-30).") in late


def test_no_progress_contact_for_weeks_is_a_warning():
    assert not state(last_contact=date(2026, 10, 20)).warnings  # 4 weeks and 6 days
    old = state(last_contact=date(2026, 10, 12)).warnings
    assert old == [("The family last heard how their child is doing on 2026-10-12, 6 weeks ago. "
                    "Share some news before the meeting so nothing comes as a surprise.")]
    assert state(last_contact=date(2026, 10, 12)).item("progress_shared").done is False
    assert state(last_contact=date(2026, 10, 12), weeks=8).warnings == []
    never = state(last_contact=None).warnings
    assert never == [("There is no record of telling the family how their child is doing. "
                      "Share some news before the meeting so nothing comes as a surprise.")]


def test_excusal_consents_apply_only_when_someone_is_excused():
    excused = Participant(1, "Ravi Patel", "speech_language_pathologist", team_member_id=3,
                          required=True, excused=True)
    result = state(participants=[excused])
    item = result.item("excusal_consents")
    assert item is not None and item.computed and not item.done
    assert "Ravi Patel is excused, but the parents' written consent has not arrived." in result.warnings
    assert "Ravi Patel is excused; their written input has not arrived yet." in result.warnings
    excused.excusal_consent_on = date(2026, 11, 20)
    excused.written_input_received = True
    result = state(participants=[excused])
    assert result.item("excusal_consents").done
    assert not [w for w in result.warnings if "Ravi" in w]
    optional = Participant(1, "Grandma", excused=True)
    assert state(participants=[optional]).item("excusal_consents") is None


def test_after_the_meeting_checklist_and_closed():
    ticks = [ChecklistTick(1, "notes_sent", date(2026, 11, 25), "By email"),
             ChecklistTick(1, "thank_you_sent", date(2026, 11, 25)),
             ChecklistTick(1, "iep_copy_given", date(2026, 11, 26))]
    after = checklist.after_meeting_checklist(ticks, resources.checklist_texts())
    assert ids(after.items) == list(checklist.AFTER_ITEMS)
    assert after.progress == (3, 4)
    assert ids(after.open_items) == ["review_done"]
    assert not checklist.is_closed(ticks)
    ticks.append(ChecklistTick(1, "review_done", date(2026, 11, 27)))
    assert checklist.is_closed(ticks)
    assert checklist.after_meeting_checklist(ticks, resources.checklist_texts()).complete
    # Before-the-meeting ticks do not close a meeting.
    assert not checklist.is_closed([ChecklistTick(1, i) for i in checklist.BEFORE_ITEMS])


def test_item_text_and_unknown_language_falls_back_to_english():
    assert checklist.item_text("notice_sent", resources.checklist_texts()) == (
        "Sent the meeting notice")
    assert resources.checklist_texts("xx") == resources.checklist_texts("en")


def test_the_prior_written_notice_is_after_the_meeting_only_when_a_decision_calls_for_it():
    texts = resources.checklist_texts()
    ticks = [ChecklistTick(1, item, date(2026, 12, 11)) for item in checklist.AFTER_ITEMS]
    assert checklist.is_closed(ticks)
    assert not checklist.is_closed(ticks, needs_prior_notice=True)
    plain = checklist.after_meeting_checklist(ticks, texts)
    assert plain.complete and plain.warnings == []
    owed = checklist.after_meeting_checklist(ticks, texts, prior_notice_due=date(2026, 12, 20))
    assert [i.id for i in owed.open_items] == ["prior_written_notice_sent"]
    assert owed.warnings == [("The family disagreed, or the school turned down what they "
                              "asked: send the prior written notice by 2026-12-20.")]
    sent = ticks + [ChecklistTick(1, "prior_written_notice_sent", date(2026, 12, 14))]
    assert checklist.is_closed(sent, needs_prior_notice=True)
    assert checklist.after_meeting_checklist(sent, texts,
                                             prior_notice_due=date(2026, 12, 20)).warnings == []
