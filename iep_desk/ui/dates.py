"""Dates and times as the teacher's computer writes them, and a date field with a calendar.

Everything the window shows follows the locale (QLocale(), the system's unless the app or a
test set another default): "3/14/2026" and "3:30 PM" for a US teacher, "14.03.2026" and
"15:30" for a German one. Years are always written with four digits (a locale's short
format may use two): a date of birth in 2016 must never read as 1916.

A typed date is read in the locale's short form (the day and month with or without a
leading zero, the year with two or four digits) or as YYYY-MM-DD, which works everywhere.
core.dates stays free of Qt; the locale is the window's business.
"""

from __future__ import annotations

import re
from datetime import date, datetime, time

from PySide6.QtCore import QDate, QLocale, QPoint, QSize, Qt, QTime
from PySide6.QtGui import QAction, QColor, QIcon, QKeySequence, QPainter, QPen, QPixmap
from PySide6.QtWidgets import QCalendarWidget, QLineEdit, QToolButton, QWidget

from iep_desk.core.availability import (
    ClockRange,
    WeeklyTimes,
    WeeklyWindow,
    format_availability,
)
from iep_desk.core.dates import FIRST_YEAR, LAST_YEAR, DateFormatError, usable_year
from iep_desk.core.meeting_rules import meeting_clock
from iep_desk.core.planner_settings import PlannerSettings
from iep_desk.ui.translate import QT_TRANSLATE_NOOP, translate

_ISO = re.compile(r"^\s*(\d{4})-(\d{1,2})-(\d{1,2})\s*$")
_TIME = re.compile(r"^\s*(\d{1,2})(?:[:.h](\d{2}))?\s*(am|pm|a\.m\.|p\.m\.)?\s*$", re.IGNORECASE)


def window_locale() -> QLocale:
    """The default locale (the system's, unless set with QLocale.setDefault); the plain "C"
    locale of a machine set up without one writes dates as "14 03 2026", so it gets US
    English, the app's own language."""
    locale = QLocale()
    if locale.language() == QLocale.Language.C:
        return QLocale("en_US")
    return locale


def date_format(locale: QLocale | None = None) -> str:
    """The locale's short date format with a four-digit year ("M/d/yyyy" in the US)."""
    fmt = (locale or window_locale()).dateFormat(QLocale.FormatType.ShortFormat)
    if "yyyy" not in fmt:
        fmt = fmt.replace("yy", "yyyy")
    return fmt


def date_pattern(locale: QLocale | None = None) -> str:
    """The short date format as a hint the teacher reads, in the window's letters: "M/D/YYYY"
    in English, "D/M/AAAA" in Spanish (Qt's format letters are English ones)."""
    # Translators: the first letters of "day", "month" and "year" in your language, in this
    # order, as a date pattern such as D/M/YYYY writes them (Spanish: DMA).
    letters = translate("Dates", "DMY", "date pattern letters")
    if len(letters) != 3:
        letters = "DMY"
    return date_format(locale).upper().translate(str.maketrans("DMY", letters))


def time_format(locale: QLocale | None = None) -> str:
    return (locale or window_locale()).timeFormat(QLocale.FormatType.ShortFormat)


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def day_of(qdate: QDate) -> date:
    """The day a valid QDate holds (what QDate.toPython gives, typed: its stub says object)."""
    return date(qdate.year(), qdate.month(), qdate.day())


def date_text(day: date | None) -> str:
    """ "3/14/2026" (US), "14.03.2026" (Germany); empty for no date."""
    if day is None:
        return ""
    locale = window_locale()
    return locale.toString(_qdate(day), date_format(locale))


def time_text(value: time | None) -> str:
    """ "3:30 PM" (US), "15:30" (most other places); empty for no time."""
    if value is None:
        return ""
    locale = window_locale()
    return locale.toString(QTime(value.hour, value.minute), time_format(locale))


# The days as the times a person can meet are written (core.availability reads them back in
# English and in Spanish, the window's languages).
_SHORT_DAYS = (QT_TRANSLATE_NOOP("Availability", "Mon"), QT_TRANSLATE_NOOP("Availability", "Tue"),
               QT_TRANSLATE_NOOP("Availability", "Wed"), QT_TRANSLATE_NOOP("Availability", "Thu"),
               QT_TRANSLATE_NOOP("Availability", "Fri"), QT_TRANSLATE_NOOP("Availability", "Sat"),
               QT_TRANSLATE_NOOP("Availability", "Sun"))


def _availability_clock(value: time) -> str:
    """A time as the times a person can meet write it: with am/pm in the window's words where
    the window's clock has them ("3:30 PM", "3:30 p. m."), else "15:30"."""
    if "ap" not in time_format().lower():  # "h:mm AP" in the US, "HH:mm" in most places
        return value.strftime("%H:%M")
    meridiem = (translate("Availability", "AM") if value.hour < 12
                else translate("Availability", "PM"))  # "a. m.", "p. m." in Spanish
    return f"{value.hour % 12 or 12}:{value.minute:02d} {meridiem}"


def availability_text(windows: list[WeeklyWindow] | tuple[WeeklyWindow, ...] | None) -> str:
    """ "Tue and Thu 3:30 PM–5:00 PM" (US), "mar y jue 15:30–17:00": the times a person can
    meet, in the window's language, with am/pm where the window's clock has them. Always
    readable back by core.availability (its own words, not the system's day names)."""
    return format_availability(list(windows or ()), say_time=_availability_clock,
                               day_names=[translate("Availability", day) for day in _SHORT_DAYS],
                               and_word=translate("Availability", "and"))


def value_text(value: object) -> str:
    """A value named in a sentence from core (a problem's) as the window writes it:
    a moment, a day, a time or the times a person can meet its way, anything else as text."""
    if isinstance(value, WeeklyTimes):
        return availability_text(value)
    if isinstance(value, ClockRange):  # an example of a range, written as the times are
        return "–".join(_availability_clock(clock) for clock in value)
    if isinstance(value, datetime):
        return moment_text(value)
    if isinstance(value, date):
        return date_text(value)
    if isinstance(value, time):
        return time_text(value)
    return str(value)


def hour_text(hour: int) -> str:
    """An hour on the clock, for the week view's ruler: "3" at 15:00 where the locale's
    clock has 12 hours, "15" where it has 24."""
    twelve = "a" in time_format().lower()
    return str(hour % 12 or 12) if twelve else str(hour)


def moment_text(moment: datetime | None) -> str:
    """A date and a time: "3/14/2026 3:30 PM"; empty for none."""
    if moment is None:
        return ""
    return f"{date_text(moment.date())} {time_text(moment.time())}"


_TWO_PERIODS = re.compile(r"(?<!\.)\.\.(?!\.)")


def one_period(sentence: str) -> str:
    """A sentence with a time or a date ending in its own period ("… 2:45 p. m." in a Spanish
    window with a US clock) where the sentence puts a period after it, at its end or before
    the next sentence: one period, not two (an ellipsis stays)."""
    return _TWO_PERIODS.sub(".", sentence)


def weekday_text(day: date) -> str:
    """The day of the week, short: "Mon", "Mo.", "lun"."""
    return window_locale().dayName(day.isoweekday(), QLocale.FormatType.ShortFormat)


def day_text_with_weekday(day: date) -> str:
    """ "Mon 3/2/2026"."""
    return f"{weekday_text(day)} {date_text(day)}"


def weekday_moment_text(moment: datetime) -> str:
    """ "Tue 3/3/2026 3:30 PM": the day of the week first, as a teacher checks it."""
    return f"{weekday_text(moment.date())} {moment_text(moment)}"


# -- reading what is typed ------------------------------------------------------------------
def _reading_formats(locale: QLocale) -> list[str]:
    """The locale's short format as a teacher types it: "d" and "M" take one or two digits;
    the year comes with four digits, or two (read as the nearest century, see parse_day)."""
    fmt = locale.dateFormat(QLocale.FormatType.ShortFormat)
    fmt = re.sub("d+", "d", fmt)
    fmt = re.sub("M+", "M", fmt)
    four = re.sub("y+", "yyyy", fmt)
    two = re.sub("y+", "yy", fmt)
    return [four, two]


def _looks_like(fmt: str, text: str) -> bool:
    """Whether `text` has the shape of the date format `fmt` (numbers where its day, month
    and year go, its separators between them)."""
    pattern = "".join(r"\d{1,4}" if part[0] in "dMy" else re.escape(part)
                      for part in re.findall(r"d+|M+|y+|[^dMy]+", fmt))
    return re.fullmatch(pattern, text) is not None


def example_date() -> str:
    """A date written the locale's way, for the hints beside date fields."""
    return date_text(date(2026, 3, 14))


def parse_day(text: str) -> date | None:
    """A date typed as the locale writes it (3/14/2026 in the US, 14.3.2026 in Germany) or
    as YYYY-MM-DD; an empty text means "no date". A two-digit year is read within 80 years
    before and 20 after today. Raises DateFormatError with a message for the teacher, also
    for a year outside FIRST_YEAR to LAST_YEAR."""
    day = _read_day(text)
    if day is not None and not usable_year(day):
        raise DateFormatError(
            translate("Dates", "“%1” is not a date IEP Desk can use: check the year (from %2 "
                      "to %3).").replace("%1", text.strip()).replace("%2", str(FIRST_YEAR))
            .replace("%3", str(LAST_YEAR)))
    return day


def _read_day(text: str) -> date | None:
    text = (text or "").strip()
    if not text:
        return None
    match = _ISO.match(text)
    if match:
        year, month, day = (int(g) for g in match.groups())
        try:
            return date(year, month, day)
        except ValueError:
            raise DateFormatError(
                translate("Dates", "“%1” is not a real date on the calendar.").replace("%1", text)
            ) from None
    locale = window_locale()
    four, two = _reading_formats(locale)
    found = locale.toDate(text, four)
    if not found.isValid():
        found = locale.toDate(text, two, date.today().year - 80)
    if found.isValid():
        return date(found.year(), found.month(), found.day())
    if _looks_like(four, text):  # written the right way, but no such day (31/31, 2/30)
        raise DateFormatError(
            translate("Dates", "“%1” is not a real date on the calendar.").replace("%1", text))
    raise DateFormatError(
        translate("Dates", "“%1” is not a date. Write it as %2 (for example %3), or as YYYY-MM-DD.")
        .replace("%1", text).replace("%2", date_pattern(locale))
        .replace("%3", example_date()))


def parse_clock(text: str, *, school_day: PlannerSettings | None = None) -> time | None:
    """A time typed as the locale writes it ("3:30 PM", "15:30"), or as 15:30, 3:30 pm, 9 or
    09.15; empty means none. Raises ValueError with a message for the teacher.

    `school_day` is given for a meeting's times only (its start, a busy time, when someone
    leaves): on a 12-hour clock, "3:30" without AM or PM is then read as the one of 3:30 AM
    and 3:30 PM within that school day (core.meeting_rules.meeting_clock), so a teacher's
    "3:30" is the afternoon. Without it, or with a leading zero ("03:30"), it is as typed."""
    text = (text or "").strip()
    if not text:
        return None
    locale = window_locale()
    found = locale.toTime(text, time_format(locale))
    if found.isValid():
        return time(found.hour(), found.minute())
    match = _TIME.match(text)
    if not match:
        raise ValueError(one_period(
            translate("Dates", "“%1” is not a time. Write it as %2 or %3.")
            .replace("%1", text)
            .replace("%2", time_text(time(15, 30)))
            .replace("%3", "15:30")
        ))
    hour, minute = int(match.group(1)), int(match.group(2) or 0)
    meridiem = (match.group(3) or "").lower().replace(".", "")
    if meridiem:
        if not 1 <= hour <= 12:
            raise ValueError(
                translate("Dates", "“%1” has an hour that does not exist.").replace("%1", text)
            )
        hour = hour % 12 + (12 if meridiem == "pm" else 0)
    if not (0 <= hour <= 23 and 0 <= minute <= 59):
        raise ValueError(translate("Dates", "“%1” is not a time on the clock.").replace("%1", text))
    if (school_day is not None and not meridiem and 1 <= hour <= 12
            and not match.group(1).startswith("0") and twelve_hour_clock()):
        return meeting_clock(hour, minute, school_day)
    return time(hour, minute)


def twelve_hour_clock() -> bool:
    """Whether the window's clock has 12 hours and AM/PM ("h:mm AP" in the US)."""
    return "ap" in time_format().lower()


def parse_moment(text: str, *, school_day: PlannerSettings | None = None) -> datetime:
    """A date and a time ("3/3/2026 3:30 PM", "2026-03-03 15:30"). Raises ValueError with
    a message for the teacher. `school_day`: as for parse_clock (a meeting's times)."""
    text = (text or "").strip()
    # The date is the text up to one of its spaces, the time the rest (a time may hold a
    # space itself: "3:30 PM").
    for split in [m.start() for m in re.finditer(r"\s+", text)]:
        try:
            day = parse_day(text[:split])
            clock = parse_clock(text[split:], school_day=school_day)
        except ValueError:
            continue
        if day is not None and clock is not None:
            return datetime.combine(day, clock)
    example = datetime(2026, 3, 3, 15, 30)
    raise ValueError(one_period(translate("Dates", "Write a date and a time, for example %1.")
                                .replace("%1", moment_text(example))))


DATE_OPTIONS = {"parse": parse_day, "show": date_text}


# -- the date field ---------------------------------------------------------------------------
_icon: list[QIcon] = []  # drawn once, shared by every date field


def _calendar_icon() -> QIcon:
    """A small calendar page, drawn (no picture file, sharp at any size Qt asks for)."""
    if _icon:
        return _icon[0]
    icon = QIcon()
    for size in (16, 32):
        pixmap = QPixmap(size, size)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        unit = size / 16
        painter.setPen(QPen(QColor("#444444"), unit))
        painter.setBrush(QColor("#ffffff"))
        # Whole pixels, as PySide6 has always drawn this call (its x, y, width, height are ints).
        painter.drawRoundedRect(int(1.5 * unit), int(2.5 * unit), int(13 * unit), int(12 * unit),
                                unit, unit)
        painter.fillRect(int(2 * unit), int(3 * unit), int(12 * unit), int(3 * unit),
                         QColor("#b03a2e"))
        painter.setBrush(QColor("#444444"))
        for row in range(2):
            for column in range(3):
                painter.drawRect(int((4 + column * 3) * unit), int((8 + row * 3) * unit),
                                 int(unit), int(unit))
        painter.end()
        icon.addPixmap(pixmap)
    _icon.append(icon)
    return icon


class DateField(QLineEdit):
    """A date typed as text (empty means "no date"), with a calendar to pick it from: the
    small calendar inside the field's right end, or Alt+Down (F4) from the keyboard.

    A day picked from the calendar is entered as if typed, then the field's edit is
    finished (editingFinished), so it saves itself like a typed date."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setPlaceholderText(date_pattern())
        self.setToolTip(
            translate(
                "Dates",
                "Type the date as %1 or YYYY-MM-DD, or pick it from the calendar (Alt+Down).",
            ).replace("%1", date_pattern())
        )
        self.calendar_action = QAction(
            _calendar_icon(), translate("Dates", "Choose from a calendar"), self
        )
        self.calendar_action.setToolTip(
            translate("Dates", "Choose the date from a calendar (Alt+Down)")
        )
        self.calendar_action.triggered.connect(self.open_calendar)
        self.calendar_action.setShortcuts([QKeySequence("Alt+Down"), QKeySequence("F4")])
        self.calendar_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.calendar_action.setWhatsThis(translate("Dates", "In a date field"))
        self.addAction(self.calendar_action, QLineEdit.ActionPosition.TrailingPosition)
        for button in self.findChildren(QToolButton):  # the action's button inside the field
            button.setAccessibleName(translate("Dates", "Choose from a calendar"))
        self._calendar: QCalendarWidget | None = None

    def setEnabled(self, enabled: bool) -> None:
        super().setEnabled(enabled)
        self.calendar_action.setEnabled(enabled)

    def minimumSizeHint(self) -> QSize:
        """Never narrower than its grey hint ("M/D/YYYY", "Due (M/D/YYYY)") and the calendar
        button beside it: a layout may not squeeze the hint into "M/D/Y…"."""
        hint = super().minimumSizeHint()
        button = hint.height()  # the calendar button inside the field is about as wide as tall
        needs = self.fontMetrics().horizontalAdvance(self.placeholderText()) + button + 16
        return QSize(max(hint.width(), needs), hint.height())

    def setPlaceholderText(self, text: str) -> None:
        super().setPlaceholderText(text)
        self.updateGeometry()  # the minimum width follows the hint

    @property
    def calendar(self) -> QCalendarWidget:
        """The pop-up calendar (made the first time it is opened)."""
        if self._calendar is None:
            calendar = QCalendarWidget(self)
            calendar.setWindowFlags(Qt.WindowType.Popup)
            calendar.setAccessibleName(translate("Dates", "Calendar"))
            calendar.setGridVisible(True)
            calendar.setLocale(window_locale())
            calendar.activated.connect(self._picked)
            calendar.clicked.connect(self._picked)
            self._calendar = calendar
        return self._calendar

    def open_calendar(self) -> None:
        if not self.isEnabled() or self.isReadOnly():
            return
        calendar = self.calendar
        try:
            shown = parse_day(self.text())
        except DateFormatError:
            shown = None
        calendar.setSelectedDate(_qdate(shown or date.today()))
        calendar.adjustSize()
        calendar.move(self.mapToGlobal(QPoint(0, self.height())))
        calendar.show()
        calendar.setFocus(Qt.FocusReason.PopupFocusReason)

    def _picked(self, chosen: QDate) -> None:
        calendar = self.calendar
        calendar.hide()
        self.setFocus(Qt.FocusReason.PopupFocusReason)
        self.selectAll()
        # As if typed: textEdited tells the field's autosave there is something to save.
        self.insert(date_text(date(chosen.year(), chosen.month(), chosen.day())))
        self.editingFinished.emit()
