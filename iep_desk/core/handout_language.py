"""Which language a meeting's family documents are made in, and what to tell the teacher first.

The teacher chooses, in the handout menus or with `iep-desk print --language/--bilingual`:

- FAMILY (the default): the family's language when it has templates, else English with the
  tagline in the family's language at the top;
- a template language ("es", "ar", "en"...): that language; a document not in the family's
  language carries the family's tagline at the top;
- BILINGUAL: the family's language, then the English, in one file (only for a family whose
  language has templates and is not English).

`plan_languages` answers, as codes and values (the app and the command line word them): the
languages to make, in order; the tagline's language; that the family's language has no
tagline (the teacher is told before printing); the template languages no native speaker has
reviewed yet; and the texts the teacher typed that would print as typed (usually English)
in a document that is not in English.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field

from iep_desk.core import family_language as fl
from iep_desk.core.letterhead import Letterhead
from iep_desk.core.meetings import MeetingRecord, Participant
from iep_desk.core.models import FamilyLink
from iep_desk.core.typed_text import FieldRef, Translation, TypedText, typed_texts, untranslated

FAMILY = "family"
BILINGUAL = "bilingual"


def family_language(participants: Iterable[Participant], family: Iterable[FamilyLink]) -> str:
    """The family's language code: the preferred language of the family member invited first,
    else of the first family member on file; English with no family."""
    family = list(family)
    by_id = {link.member.id: link.member for link in family}
    for person in participants:
        member = by_id.get(person.family_member_id)
        if member is not None and member.preferred_language.strip():
            return member.preferred_language.strip()
    for link in family:
        if link.member.preferred_language.strip():
            return link.member.preferred_language.strip()
    return fl.ENGLISH


@dataclass(frozen=True)
class LanguagePlan:
    """How a meeting's family documents are made (see the module notes)."""

    # The family's language as stored ("es_MX", "hmn", "fa_AF"; "en" with no family).
    family_code: str
    # The template folder for the family's language; None when it has none.
    family_template: str | None
    # The languages (template folders) to make each document in, in order: one, or the
    # family's and English for a bilingual copy.
    languages: tuple[str, ...]
    # The language of the tagline printed at the top of a document not in the family's
    # language; None when every document is in it (or the family reads English).
    tagline: str | None = None
    # A document is not in the family's language, and that language has no tagline.
    no_tagline: bool = False
    # A tagline is printed but the letterhead has no phone number for it to give.
    tagline_without_phone: bool = False
    # Template languages used that no native speaker has reviewed.
    unreviewed: tuple[str, ...] = ()
    # The language the teacher's texts would need a version in (the first non-English
    # document language), and those texts without one.
    translation_language: str | None = None
    typed: tuple[TypedText, ...] = ()
    untranslated: tuple[TypedText, ...] = field(default_factory=tuple)

    @property
    def bilingual(self) -> bool:
        return len(self.languages) > 1

    @property
    def in_family_language(self) -> bool:
        """Whether the (first) document is in the family's language."""
        return self.family_template is not None and self.languages[0] == self.family_template


class UnknownLanguage(ValueError):
    """A language asked for that has no templates (`code`), or a bilingual copy for a family
    whose language has none (`code` is the family's)."""

    def __init__(self, code: str, bilingual: bool = False):
        super().__init__(code)
        self.code = code
        self.bilingual = bilingual


def document_languages(family_code: str, choice: str, shelf: fl.LanguageShelf
                       ) -> tuple[str, ...]:
    """The template languages for `choice` (FAMILY, BILINGUAL or a language code), from what
    IEP Desk has (`shelf`: iep_desk.resources.language_shelf()). Raises UnknownLanguage for
    a language without templates, or a bilingual copy the family's language cannot have."""
    family_template = shelf.template_language(family_code)
    if choice == FAMILY:
        return (family_template or fl.ENGLISH,)
    if choice == BILINGUAL:
        if family_template is None or family_template == fl.ENGLISH:
            raise UnknownLanguage(family_code, bilingual=True)
        return (family_template, fl.ENGLISH)
    chosen = shelf.template_language(choice)
    if chosen is None:
        raise UnknownLanguage(choice)
    return (chosen,)


def can_be_bilingual(family_code: str, shelf: fl.LanguageShelf) -> bool:
    template = shelf.template_language(family_code)
    return template is not None and template != fl.ENGLISH


def plan_languages(kinds: Iterable[str], record: MeetingRecord, family: Iterable[FamilyLink],
                   letterhead: Letterhead, choice: str = FAMILY, *,
                   shelf: fl.LanguageShelf,
                   translations_in: Callable[[Iterable[FieldRef], str],
                                             Mapping[FieldRef, Translation]] | None = None,
                   ) -> LanguagePlan:
    """What making the family documents `kinds` of a meeting in `choice` involves.

    `translations_in(refs, language)` gives the stored versions of the teacher's texts (none
    when not given). Raises UnknownLanguage as document_languages does.
    """
    kinds = list(kinds)
    family = list(family)
    code = family_language(record.participants, family)
    family_template = shelf.template_language(code)
    languages = document_languages(code, choice, shelf)
    english_family = fl.is_english(code)
    needs_tagline = not english_family and languages[0] != family_template
    tagline = shelf.tagline_language(code) if needs_tagline else None
    unreviewed = tuple(lang for lang in dict.fromkeys(languages) if not shelf.is_reviewed(lang))
    foreign = next((lang for lang in languages if lang != fl.ENGLISH), None)
    typed: list[TypedText] = []
    missing: list[TypedText] = []
    if foreign is not None:
        typed = typed_texts(kinds, record, letterhead, shelf)
        stored = translations_in([t.ref for t in typed], foreign) if translations_in else {}
        missing = untranslated(typed, stored)
    return LanguagePlan(
        family_code=code, family_template=family_template, languages=languages,
        tagline=tagline, no_tagline=needs_tagline and tagline is None,
        tagline_without_phone=tagline is not None and not letterhead.phone.strip(),
        unreviewed=unreviewed, translation_language=foreign, typed=tuple(typed),
        untranslated=tuple(missing))
