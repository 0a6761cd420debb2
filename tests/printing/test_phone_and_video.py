"""A meeting by phone or video call: the agenda and the invitation speak of no table and no
seats, and the reply slip of no coming and bringing, in every language (the words compared
are the templates' own)."""

from __future__ import annotations

import pytest

from iep_desk.printing import render_agenda, render_invitation
from tests.printing.conftest import template
from tests.printing.languages import TEMPLATE_LANGUAGES, family_language_handout, prints

LANGUAGES = ["en", *TEMPLATE_LANGUAGES]
PLACES = {"video": "https://meet.example.org/bao-iep", "phone": "(541) 555-0100, code 4471"}


def meeting(language: str, place_kind: str):
    """The sample meeting for a family who reads `language`, in a room or by phone or video."""
    data = family_language_handout(language)
    if place_kind != "room":
        data.record.meeting.place_kind = place_kind
        data.record.meeting.place = PLACES[place_kind]
    return data


def sentence(language: str, document: str, key: str) -> str:
    return template(language, document)[key].format(first_name="Bảo")


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("place_kind", ["video", "phone"])
def test_the_agenda_of_a_call_welcomes_no_one_at_a_table(language, place_kind):
    pdf = render_agenda(meeting(language, place_kind), language).pdf
    assert not prints(pdf, sentence(language, "agenda", "welcome"))
    assert prints(pdf, sentence(language, "agenda", "welcome_remote"))


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("place_kind", ["video", "phone"])
def test_the_invitation_to_a_call_prepares_no_seats(language, place_kind):
    """Nor does its reply slip ask who "comes" or whom the family "brings"."""
    pdf = render_invitation(meeting(language, place_kind), language).pdf
    for key in ("bring_others", "slip_coming", "slip_bringing"):
        assert not prints(pdf, sentence(language, "invitation", key)), key
        assert prints(pdf, sentence(language, "invitation", key + "_remote")), key


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_meeting_in_a_room_keeps_its_table_and_seats(language):
    data = meeting(language, "room")
    agenda = render_agenda(data, language).pdf
    invitation = render_invitation(data, language).pdf
    assert prints(agenda, sentence(language, "agenda", "welcome"))
    assert not prints(agenda, sentence(language, "agenda", "welcome_remote"))
    for key in ("bring_others", "slip_coming", "slip_bringing"):
        assert prints(invitation, sentence(language, "invitation", key)), key
        assert not prints(invitation, sentence(language, "invitation", key + "_remote")), key
