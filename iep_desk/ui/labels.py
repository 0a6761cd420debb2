"""The words a teacher reads for the codes stored in the data file.

Codes (``speech_language_pathologist``, ``within_30``...) never reach the screen;
every label goes through Qt's translation functions under the context "Labels".
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication

from iep_desk.core import deadlines as dl
from iep_desk.core import languages, names
from iep_desk.core.deadlines import Urgency
from iep_desk.ui.plurals import plural
from iep_desk.ui.translate import QT_TRANSLATE_NOOP, translate

DISABILITY_LABELS = {
    "autism": QT_TRANSLATE_NOOP("Labels", "Autism"),
    "deaf_blindness": QT_TRANSLATE_NOOP("Labels", "Deaf-blindness"),
    "deafness": QT_TRANSLATE_NOOP("Labels", "Deafness"),
    "developmental_delay": QT_TRANSLATE_NOOP("Labels", "Developmental delay"),
    "emotional_disturbance": QT_TRANSLATE_NOOP("Labels", "Emotional disturbance"),
    "hearing_impairment": QT_TRANSLATE_NOOP("Labels", "Hearing impairment"),
    "intellectual_disability": QT_TRANSLATE_NOOP("Labels", "Intellectual disability"),
    "multiple_disabilities": QT_TRANSLATE_NOOP("Labels", "Multiple disabilities"),
    "orthopedic_impairment": QT_TRANSLATE_NOOP("Labels", "Orthopedic impairment"),
    "other_health_impairment": QT_TRANSLATE_NOOP("Labels", "Other health impairment"),
    "specific_learning_disability": QT_TRANSLATE_NOOP("Labels", "Specific learning disability"),
    "speech_language_impairment": QT_TRANSLATE_NOOP("Labels", "Speech or language impairment"),
    "traumatic_brain_injury": QT_TRANSLATE_NOOP("Labels", "Traumatic brain injury"),
    "visual_impairment": QT_TRANSLATE_NOOP("Labels", "Visual impairment (including blindness)"),
    "other": QT_TRANSLATE_NOOP("Labels", "Other"),
}

PARTICIPATION_LABELS = {
    "not_decided": QT_TRANSLATE_NOOP("Labels", "Not decided yet"),
    "attends": QT_TRANSLATE_NOOP("Labels", "Attends the meeting"),
    "written_input": QT_TRANSLATE_NOOP("Labels", "Gives written input"),
    "family_brings_picture": QT_TRANSLATE_NOOP("Labels", "Family brings a picture"),
}

CONTACT_LABELS = {
    "phone": QT_TRANSLATE_NOOP("Labels", "Phone call"),
    "email": QT_TRANSLATE_NOOP("Labels", "Email"),
    "text": QT_TRANSLATE_NOOP("Labels", "Text message"),
    "student_planner": QT_TRANSLATE_NOOP("Labels", "Note in the student planner"),
    "home_visit": QT_TRANSLATE_NOOP("Labels", "Home visit"),
}

# The same names as core.roles.ROLE_NAMES (a test holds them equal), as literals for lupdate.
ROLE_LABELS = {
    "general_education_teacher": QT_TRANSLATE_NOOP("Labels", "Classroom teacher"),
    "special_education_teacher": QT_TRANSLATE_NOOP("Labels", "Special education teacher"),
    "district_representative": QT_TRANSLATE_NOOP("Labels", "School district representative"),
    "school_psychologist": QT_TRANSLATE_NOOP("Labels", "School psychologist"),
    "speech_language_pathologist": QT_TRANSLATE_NOOP("Labels", "Speech-language pathologist"),
    "occupational_therapist": QT_TRANSLATE_NOOP("Labels", "Occupational therapist"),
    "physical_therapist": QT_TRANSLATE_NOOP("Labels", "Physical therapist"),
    "counsellor": QT_TRANSLATE_NOOP("Labels", "School counselor"),
    "interpreter": QT_TRANSLATE_NOOP("Labels", "Interpreter"),
    "cultural_liaison": QT_TRANSLATE_NOOP("Labels", "Family liaison"),
    "administrator": QT_TRANSLATE_NOOP("Labels", "Principal"),
    "other": QT_TRANSLATE_NOOP("Labels", "Team member"),
}

# A short list of the languages families most often speak in US schools, by code.
# Each name is written in English and in the language itself, so a family member
# looking at the screen can point to their own.
LANGUAGE_LABELS = {
    "en": QT_TRANSLATE_NOOP("Labels", "English"),
    "es": QT_TRANSLATE_NOOP("Labels", "Spanish (español)"),
    "vi": QT_TRANSLATE_NOOP("Labels", "Vietnamese (Tiếng Việt)"),
    "zh": QT_TRANSLATE_NOOP("Labels", "Chinese (中文)"),
    "ar": QT_TRANSLATE_NOOP("Labels", "Arabic (العربية)"),
    "so": QT_TRANSLATE_NOOP("Labels", "Somali (Soomaali)"),
    "ru": QT_TRANSLATE_NOOP("Labels", "Russian (русский)"),
    "uk": QT_TRANSLATE_NOOP("Labels", "Ukrainian (українська)"),
    "ht": QT_TRANSLATE_NOOP("Labels", "Haitian Creole (Kreyòl ayisyen)"),
    "pt": QT_TRANSLATE_NOOP("Labels", "Portuguese (português)"),
    "fr": QT_TRANSLATE_NOOP("Labels", "French (français)"),
    "ko": QT_TRANSLATE_NOOP("Labels", "Korean (한국어)"),
    "tl": QT_TRANSLATE_NOOP("Labels", "Tagalog"),
    "other": QT_TRANSLATE_NOOP("Labels", "Another language"),
}

DEADLINE_LABELS = {
    dl.ANNUAL_REVIEW: QT_TRANSLATE_NOOP("Labels", "Annual review"),
    dl.REEVALUATION: QT_TRANSLATE_NOOP("Labels", "Re-evaluation"),
    dl.TRANSITION_PLAN: QT_TRANSLATE_NOOP("Labels", "Transition plan in the IEP"),
    dl.TRANSFER_OF_RIGHTS: QT_TRANSLATE_NOOP("Labels", "Tell the student about the transfer of rights"),
    dl.SEND_NOTICE: QT_TRANSLATE_NOOP("Labels", "Send the meeting notice"),
    dl.NEEDS_IEP_DATES: QT_TRANSLATE_NOOP("Labels", "Enter the IEP dates"),
}

# The deadline's name where it is said with how far off it is ("Annual review in 29 days").
DEADLINE_SHORT_LABELS = {
    dl.ANNUAL_REVIEW: QT_TRANSLATE_NOOP("Labels", "Annual review"),
    dl.REEVALUATION: QT_TRANSLATE_NOOP("Labels", "Re-evaluation"),
    dl.TRANSITION_PLAN: QT_TRANSLATE_NOOP("Labels", "Transition plan"),
    dl.TRANSFER_OF_RIGHTS: QT_TRANSLATE_NOOP("Labels", "Transfer of rights"),
    dl.SEND_NOTICE: QT_TRANSLATE_NOOP("Labels", "Meeting notice"),
    dl.NEEDS_IEP_DATES: QT_TRANSLATE_NOOP("Labels", "IEP dates"),
}

URGENCY_LABELS = {
    Urgency.OVERDUE: QT_TRANSLATE_NOOP("Labels", "Overdue"),
    Urgency.NEEDS_DATES: QT_TRANSLATE_NOOP("Labels", "Needs IEP dates"),
    Urgency.WITHIN_30: QT_TRANSLATE_NOOP("Labels", "Within 30 days"),
    Urgency.WITHIN_60: QT_TRANSLATE_NOOP("Labels", "Within 60 days"),
    Urgency.LATER: QT_TRANSLATE_NOOP("Labels", "Later"),
}


# Grades as stored (core.models.GRADES); the numbers are the same in every language.
GRADE_LABELS = {
    "Pre-K": QT_TRANSLATE_NOOP("Labels", "Pre-K"),
    "K": QT_TRANSLATE_NOOP("Labels", "K"),
    "Post-secondary": QT_TRANSLATE_NOOP("Labels", "Post-secondary"),
}


def grade_label(grade: str) -> str:
    """A stored grade as the window says it: "Pre-K" is "Prekínder" in Spanish, "3" is 3."""
    return label_for(GRADE_LABELS, grade) if grade else ""


def window_language() -> str:
    """The language the window's texts are in ("en", "es"): its translation says so, as Qt's
    own translations say their direction (QT_LAYOUT_DIRECTION). Names that come from CLDR
    rather than from our translations (languages) follow it."""
    # Translators: the code of the language you translate into (es, fr, vi...).
    code = translate("Labels", "WINDOW_LANGUAGE_CODE")
    return "en" if code == "WINDOW_LANGUAGE_CODE" else code


def language_name(code: str | None) -> str:
    """A family's language as a sentence of the window names it ("Vietnamese"; "vietnamita"
    in the Spanish window); the code itself when no list knows it."""
    return languages.name_in(code or "", window_language())


def language_label(code: str) -> str:
    """A family's language as a list shows it, with its own name: "Vietnamese (Tiếng Việt)",
    "Vietnamita (Tiếng Việt)"."""
    return languages.label_in(code, window_language())


def name_in_text(name: str) -> str:
    """A person's name to put inside a sentence of the window: a right-to-left name (or any
    name in a right-to-left window) between Unicode isolates, so the sentence's punctuation
    stays in place (core.names)."""
    right_to_left = QGuiApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft
    return names.in_text(name, always=right_to_left)


def label_for(labels: dict, code: str) -> str:
    """The translated label of `code`; an unknown code is shown as it is (never hidden)."""
    if code in labels:
        return translate("Labels", labels[code])
    return code


def disability_label(code: str) -> str:
    return label_for(DISABILITY_LABELS, code) if code else ""


def deadline_label(kind: str) -> str:
    return label_for(DEADLINE_LABELS, kind)


def urgency_word(urgency: Urgency) -> str:
    """The word that goes with an urgency colour; empty for deadlines far off."""
    return "" if urgency is Urgency.LATER else translate("Labels", URGENCY_LABELS[urgency])


def span_text(days: int) -> str:
    """A length of time as a teacher says it: "2 days", "about 3 months", "about 10 years"
    (exact days up to two months, then months up to two years)."""
    days = abs(days)
    if days < 60:
        return plural(translate("Labels", "%n day(s)", "", days), days)
    if days < 730:
        months = round(days / 30.44)
        return plural(translate("Labels", "about %n month(s)", "", months), months)
    years = round(days / 365.25)
    return plural(translate("Labels", "about %n year(s)", "", years), years)


def when_text(days: int) -> str:
    """How far off a date is: "today", "tomorrow", "in 29 days", "in about 10 years",
    "2 days overdue"."""
    if days == 0:
        return translate("Labels", "today")
    if days == 1:
        return translate("Labels", "tomorrow")
    if days < 0:
        return translate("Labels", "%1 overdue").replace("%1", span_text(days))
    return translate("Labels", "in %1").replace("%1", span_text(days))


def deadline_text(deadline: dl.Deadline, today) -> str:
    """What is due and when, in one phrase: "Meeting notice: 2 days overdue", "Annual review
    in 29 days", "Re-evaluation in about 10 years", "Needs IEP dates"."""
    if deadline.kind == dl.NEEDS_IEP_DATES:
        return urgency_word(Urgency.NEEDS_DATES)
    what = label_for(DEADLINE_SHORT_LABELS, deadline.kind)
    days = deadline.days_left(today)
    if days < 0:
        return (
            translate("Labels", "%1: %2 overdue").replace("%1", what).replace("%2", span_text(days))
        )
    if days == 0:
        return translate("Labels", "%1 today").replace("%1", what)
    if days == 1:
        return translate("Labels", "%1 tomorrow").replace("%1", what)
    return translate("Labels", "%1 in %2").replace("%1", what).replace("%2", span_text(days))


def days_text(days: int) -> str:
    """How far off a deadline is, in words: "in 12 days", "today", "5 days ago"."""
    if days == 0:
        return translate("Labels", "today")
    if days == 1:
        return translate("Labels", "tomorrow")
    if days < 0:
        return plural(translate("Labels", "%n day(s) ago", "", -days), -days)
    return plural(translate("Labels", "in %n day(s)", "", days), days)
