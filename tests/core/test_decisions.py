"""Decisions at the table, prior written notice, team input, and the IEP at a glance's versions."""

from datetime import date

from iep_desk.core.decisions import (
    AgendaDecision,
    Decision,
    GlanceReceipt,
    InputRequest,
    carried_forward,
    glance_version,
    input_overdue,
    input_still_awaited,
    prior_written_notice_due,
    reissue_due,
)
from iep_desk.core.goals import Accommodation, Goal, Service

HELD = date(2026, 12, 3)


def test_a_disagreement_or_a_refusal_calls_for_prior_written_notice_with_its_due_date():
    agreed = [AgendaDecision(1, Decision.AGREED), AgendaDecision(2, Decision.PROPOSED_BY_SCHOOL)]
    assert prior_written_notice_due(agreed, HELD) is None
    assert prior_written_notice_due(agreed + [AgendaDecision(3, Decision.FAMILY_DISAGREES)],
                                    HELD) == date(2026, 12, 13)
    assert prior_written_notice_due([AgendaDecision(4, Decision.SCHOOL_DECLINED)], HELD,
                                    days=5) == date(2026, 12, 8)


def test_items_to_come_back_to_are_carried_forward():
    decisions = [AgendaDecision(1, Decision.COME_BACK_TO), AgendaDecision(2, Decision.AGREED),
                 AgendaDecision(3, Decision.COME_BACK_TO)]
    assert carried_forward(decisions) == [1, 3]


def test_who_has_not_sent_their_input():
    requests = [InputRequest(1, 9, 11, date(2026, 11, 20), date(2026, 12, 1)),
                InputRequest(2, 9, 12, date(2026, 11, 20), date(2026, 11, 28)),
                InputRequest(3, 9, 13, date(2026, 11, 20), date(2026, 11, 28),
                             received_on=date(2026, 11, 25), text="Reads with a partner daily.")]
    assert [r.participant_id for r in input_still_awaited(requests)] == [12, 11]
    assert [r.participant_id for r in input_overdue(requests, date(2026, 11, 30))] == [12]


def test_the_glance_version_changes_with_the_content_not_the_order():
    goals = [Goal(1, 7, "Reading", "Read aloud smoothly"), Goal(2, 7, "Math", "Add to 100")]
    services = [Service(1, 7, "Speech therapy", "2 × 30 min a week")]
    accommodations = [Accommodation(1, 7, "Extra time on tests")]
    first = glance_version(goals, services, accommodations)
    assert glance_version(goals[::-1], services, accommodations) == first
    changed = [Accommodation(1, 7, "Extra time on tests"), Accommodation(2, 7, "Seat near the door")]
    assert glance_version(goals, services, changed) != first


def test_reissue_is_due_for_everyone_whose_latest_copy_is_older():
    receipts = [GlanceReceipt("Mr. Okafor", "v1", date(2026, 9, 10), 3),
                GlanceReceipt("Ms. Lee", "v1", date(2026, 9, 10), 4),
                GlanceReceipt("Ms. Lee", "v2", date(2026, 11, 2), 4),
                GlanceReceipt("Coach Diaz", "v1", date(2026, 9, 12))]
    assert reissue_due(receipts, "v2") == ["Coach Diaz", "Mr. Okafor"]
    assert reissue_due(receipts, "v3") == ["Coach Diaz", "Mr. Okafor", "Ms. Lee"]
    assert reissue_due([], "v1") == []
