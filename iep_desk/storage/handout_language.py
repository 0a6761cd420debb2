"""The family's language for a meeting's handouts, read from the caseload file: the one place
the app and the command line ask what making family documents in a language involves, and
store the teacher's family-language versions of what she typed.

    plan = language_plan(stores, meeting_id, ["invitation", "agenda"], "es")
    plan.untranslated          # the texts that would print in English
    save_translations(stores, "es", {text.ref: (text.english, "Revisar las metas")})

No Qt and no reportlab: the planner asks this as a meeting is shown.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from iep_desk import resources
from iep_desk.core.handout_language import FAMILY, LanguagePlan, plan_languages
from iep_desk.core.typed_text import FieldRef
from iep_desk.storage.print_settings import load_print_settings
from iep_desk.storage.stores import Stores


def language_plan(stores: Stores, meeting_id: int,
                  kinds: Iterable[str], choice: str = FAMILY) -> LanguagePlan:
    """What making the family documents `kinds` of meeting `meeting_id` in `choice` involves
    (core.handout_language). Raises LookupError for an unknown meeting, UnknownLanguage for
    a language without templates."""
    record = stores.load_record(meeting_id)
    family = stores.caseload.family_of(record.meeting.student_id)
    letterhead = load_print_settings(stores.settings).letterhead
    return plan_languages(kinds, record, family, letterhead, choice,
                          shelf=resources.language_shelf(),
                          translations_in=stores.translations.of)


def save_translations(stores: Stores, language: str,
                      versions: Mapping[FieldRef, tuple[str, str]]) -> None:
    """Store the teacher's versions in `language`: {ref: (the text as typed, its version)};
    an empty version removes one. All or nothing; raises SaveFailed when the disk refuses."""
    stores.translations.save(language, versions)


__all__ = ["language_plan", "save_translations"]
