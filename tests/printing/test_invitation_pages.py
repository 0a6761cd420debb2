"""An invitation to a meeting of twelve fits two pages in every language, and its reply slip
never stands alone on a page."""

from __future__ import annotations

import pytest

from iep_desk.printing import render_invitation
from iep_desk.printing.people import invited
from tests.printing.conftest import template
from tests.printing.languages import TEMPLATE_LANGUAGES, page_words, without_spaces
from tests.printing.sample import every_script_handout, sample_handout

LANGUAGES = ["en", *TEMPLATE_LANGUAGES]
CONTACT = "Анастасия Петрова"


def slip_page(pages: list[str], language: str) -> str:
    """The page that holds the reply slip (its title, as the template says it)."""
    title = without_spaces(template(language, "invitation")["slip_title"]
                           .format(contact_name=CONTACT))
    found = [page for page in pages if title in page]
    assert len(found) == 1, f"the reply slip's title is on {len(found)} pages"
    return found[0]


def assert_slip_not_alone(pages: list[str], language: str) -> None:
    """The slip's page also holds the end of the letter (its closing sentence), before it."""
    page = slip_page(pages, language)
    closing = without_spaces(template(language, "invitation")["closing"])
    title = without_spaces(template(language, "invitation")["slip_title"]
                           .format(contact_name=CONTACT))
    assert closing in page, f"the reply slip is alone on page {pages.index(page) + 1}"
    assert page.index(closing) < page.index(title)


@pytest.mark.parametrize("language", LANGUAGES)
def test_an_invitation_to_twelve_people_fits_two_pages(language):
    # The sample: twelve people (family, team, student), a family who reads Vietnamese, so
    # every other language's invitation also carries the Vietnamese line at the top.
    data = sample_handout()
    assert len(invited(data)) == 12
    pages = page_words(render_invitation(data, language).pdf)
    assert len(pages) <= 2, f"the invitation in {language} has {len(pages)} pages"
    assert_slip_not_alone(pages, language)


@pytest.mark.parametrize(("case", "language"), [
    *(("every script", language) for language in ("en", "so", "ru", "ar", "zh_Hans")),
    # Chinese and Arabic say it in fewer lines: their transition invitation fits two pages.
    *(("transition", language) for language in ("en", "so", "ru", "es"))])
def test_the_reply_slip_of_a_longer_invitation_goes_with_the_letters_end(case, language):
    # Longer than two pages: a name in nineteen scripts and nineteen papers to read, or a
    # transition meeting with one more person and its own section.
    data = every_script_handout() if case == "every script" else sample_handout(transition=True)
    pages = page_words(render_invitation(data, language).pdf)
    assert len(pages) > 2  # the case this test is about
    assert_slip_not_alone(pages, language)
