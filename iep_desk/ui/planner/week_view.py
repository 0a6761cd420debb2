"""A scheduling-assistant week view: one band of free time per person, suggested slots, and
the chosen slot, which can be dragged with the mouse or moved with the arrow keys.

The widget draws what it is given; it computes nothing about who is free (that is
core.slots). Time runs left to right across the school days of one week; each
person has a row.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta

from PySide6.QtCore import QEvent, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QHelpEvent,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPen,
)
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from iep_desk.ui import cldr_dates, dates

STEP_MINUTES = 15
NAME_WIDTH = 170
HEADER_HEIGHT = 38
ROW_HEIGHT = 26  # the least; the rows grow when the view has room (up to MAX_ROW_HEIGHT)
MAX_ROW_HEIGHT = 44


@dataclass
class PersonRow:
    name: str
    required: bool
    free: list[tuple[datetime, datetime]] = field(default_factory=list)
    # No times entered: drawn hatched, as "unknown", not as busy.
    unknown: bool = False


class WeekView(QWidget):
    """Emits chosenChanged(datetime) when the teacher drags or moves the chosen slot."""

    chosenChanged = Signal(object)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMouseTracking(True)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setAccessibleName(self.tr("Week view of everyone's free time"))
        self.week_start = date.today() - timedelta(days=date.today().weekday())
        self.day_starts = time(7, 30)
        self.day_ends = time(16, 30)
        self.days = 5
        self.rows: list[PersonRow] = []
        self.suggested: list[tuple[datetime, datetime]] = []
        self.blocked_days: dict[date, str] = {}
        self.blocked_tips: dict[date, str] = {}
        self.chosen: datetime | None = None
        self.duration_minutes = 60
        self._drag_offset: timedelta | None = None

    # -- data in ------------------------------------------------------------------
    def set_week(self, week_start: date, day_starts: time, day_ends: time) -> None:
        self.week_start = week_start - timedelta(days=week_start.weekday())
        self.day_starts, self.day_ends = day_starts, day_ends
        self.update()

    def set_rows(self, rows: list[PersonRow]) -> None:
        self.rows = list(rows)
        # Every person's band stays readable, and grows when there is room.
        self.setMinimumHeight(HEADER_HEIGHT + ROW_HEIGHT * max(2, len(self.rows)) + 24)
        self.setMaximumHeight(HEADER_HEIGHT + MAX_ROW_HEIGHT * max(3, len(self.rows)) + 24)
        self.updateGeometry()
        self.update()

    def set_blocked_days(self, days: dict[date, str],
                         tips: dict[date, str] | None = None) -> None:
        """Days no meeting can be held on, with the reason written across them
        ("closed", "too soon for the notice", "after the due date"), and the longer reason
        shown on hover ("School closed: Winter break"; the short one when none is given)."""
        self.blocked_days = dict(days)
        self.blocked_tips = dict(tips or {})
        self.update()

    def day_at(self, x: float) -> date | None:
        """The day of the column under horizontal position x."""
        if x < NAME_WIDTH:
            return None
        index = int((x - NAME_WIDTH) / self._day_width())
        return self.week_start + timedelta(days=index) if 0 <= index < self.days else None

    def tip_at(self, x: float) -> str | None:
        """What hovering at x says: why that day cannot hold the meeting, or None."""
        day = self.day_at(x)
        if day is None or day not in self.blocked_days:
            return None
        return self.blocked_tips.get(day) or self.blocked_days[day]

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            tip = self.tip_at(event.pos().x())
            if tip:
                QToolTip.showText(event.globalPos(), tip, self)
            else:
                QToolTip.hideText()
                event.ignore()
            return True
        return super().event(event)

    def set_suggested(self, slots: list[tuple[datetime, datetime]]) -> None:
        self.suggested = list(slots)
        self.update()

    def set_chosen(self, starts_at: datetime | None, duration_minutes: int) -> None:
        self.chosen = starts_at
        self.duration_minutes = max(STEP_MINUTES, duration_minutes)
        self._update_accessible_description()
        self.update()

    # -- geometry -----------------------------------------------------------------
    def sizeHint(self) -> QSize:
        # Room under the rows for the chosen slot's time.
        return QSize(900, HEADER_HEIGHT + ROW_HEIGHT * max(3, len(self.rows)) + 24)

    def row_height(self) -> float:
        """Each person's band: taller when the view has room, so a large screen shows the
        week bigger instead of an empty area under it."""
        room = (self.height() - HEADER_HEIGHT - 24) / max(1, len(self.rows))
        return max(ROW_HEIGHT, min(MAX_ROW_HEIGHT, room))

    def minimumSizeHint(self) -> QSize:
        # Every person's band stays visible: the picture is the point of the view.
        return QSize(600, HEADER_HEIGHT + ROW_HEIGHT * max(2, len(self.rows)) + 24)

    def _minutes_per_day(self) -> int:
        start = self.day_starts.hour * 60 + self.day_starts.minute
        end = self.day_ends.hour * 60 + self.day_ends.minute
        return max(STEP_MINUTES, end - start)

    def _day_width(self) -> float:
        return max(1.0, (self.width() - NAME_WIDTH - 4) / self.days)

    def x_for(self, moment: datetime) -> float | None:
        day_index = (moment.date() - self.week_start).days
        if not 0 <= day_index < self.days:
            return None
        minutes = (
            moment.hour * 60 + moment.minute - (self.day_starts.hour * 60 + self.day_starts.minute)
        )
        minutes = min(max(minutes, 0), self._minutes_per_day())
        return (
            NAME_WIDTH
            + day_index * self._day_width()
            + minutes / self._minutes_per_day() * self._day_width()
        )

    def moment_at(self, x: float) -> datetime | None:
        """The time under horizontal position x, snapped to 15 minutes."""
        if x < NAME_WIDTH:
            return None
        offset = (x - NAME_WIDTH) / self._day_width()
        day_index = int(offset)
        if not 0 <= day_index < self.days:
            return None
        minutes = (offset - day_index) * self._minutes_per_day()
        minutes = round(minutes / STEP_MINUTES) * STEP_MINUTES
        base = datetime.combine(self.week_start + timedelta(days=day_index), self.day_starts)
        return base + timedelta(minutes=minutes)

    def _span_rect(
        self, start: datetime, end: datetime, top: float, height: float
    ) -> QRectF | None:
        x1, x2 = self.x_for(start), self.x_for(end)
        if x1 is None or x2 is None or start.date() != end.date():
            if x1 is None:
                return None
            x2 = NAME_WIDTH + ((start.date() - self.week_start).days + 1) * self._day_width()
        return QRectF(x1, top, max(2.0, x2 - x1), height)

    # -- painting -----------------------------------------------------------------
    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        painter.fillRect(self.rect(), palette.base())
        body_top = HEADER_HEIGHT
        row_height = self.row_height()
        body_height = row_height * max(1, len(self.rows))
        day_width = self._day_width()
        text_pen = QPen(palette.text().color())

        # Day headers and hour ticks.
        small = QFont(self.font())
        small.setPointSizeF(max(7.0, small.pointSizeF() * 0.85))
        for day_index in range(self.days):
            day = self.week_start + timedelta(days=day_index)
            left = NAME_WIDTH + day_index * day_width
            painter.setPen(text_pen)
            painter.setFont(self.font())
            painter.drawText(
                QRectF(left, 2, day_width, 18),
                Qt.AlignmentFlag.AlignCenter,
                cldr_dates.day_month_text(day),
            )
            painter.setFont(small)
            hours = range(self.day_starts.hour + 1, self.day_ends.hour + 1)
            # Label every hour when there is room, else every second or third one.
            label_every = next(
                (n for n in (1, 2, 3, 4) if day_width / max(1, len(hours)) * n >= 24), 6
            )
            for hour in hours:
                x = self.x_for(datetime.combine(day, time(hour, 0)))
                if x is not None:
                    painter.setPen(QPen(QColor(0, 0, 0, 40)))
                    painter.drawLine(QPointF(x, 20), QPointF(x, body_top + body_height))
                    if hour % label_every == 0:
                        painter.setPen(text_pen)
                        painter.drawText(
                            QRectF(x - 14, 20, 28, 16), Qt.AlignmentFlag.AlignCenter,
                            dates.hour_text(hour),
                        )
            painter.setPen(QPen(QColor(0, 0, 0, 110)))
            painter.drawLine(QPointF(left, 0), QPointF(left, body_top + body_height))

        # One band per person: free time in green; unknown hatched grey.
        free_brush = QBrush(QColor(76, 160, 90, 170))
        unknown_brush = QBrush(QColor(150, 150, 150, 110), Qt.BrushStyle.BDiagPattern)
        for index, row in enumerate(self.rows):
            top = body_top + index * row_height
            if index % 2:
                painter.fillRect(QRectF(0, top, self.width(), row_height), QColor(0, 0, 0, 12))
            painter.setPen(text_pen)
            painter.setFont(self.font())
            label = row.name + ("" if row.required else self.tr(" (optional)"))
            painter.drawText(
                QRectF(6, top, NAME_WIDTH - 10, row_height),
                Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
                label,
            )
            if row.unknown:
                for day_index in range(self.days):
                    left = NAME_WIDTH + day_index * day_width
                    painter.fillRect(
                        QRectF(left + 1, top + 5, day_width - 2, row_height - 10), unknown_brush
                    )
                continue
            for start, end in row.free:
                rect = self._span_rect(start, end, top + 5, row_height - 10)
                if rect is not None:
                    painter.fillRect(rect, free_brush)

        # Days no meeting can be held on: greyed, with the reason in words.
        for day_index in range(self.days):
            day = self.week_start + timedelta(days=day_index)
            reason = self.blocked_days.get(day)
            if not reason:
                continue
            column = QRectF(
                NAME_WIDTH + day_index * day_width + 1, body_top, day_width - 2, body_height
            )
            painter.fillRect(column, QColor(120, 120, 120, 90))
            # The reason goes where the hours are written, so no band is hidden under it.
            header = QRectF(column.left(), 20, column.width(), 16)
            painter.fillRect(header, palette.base())
            painter.setFont(small)
            painter.setPen(text_pen)
            painter.drawText(
                header,
                Qt.AlignmentFlag.AlignCenter,
                painter.fontMetrics().elidedText(
                    reason, Qt.TextElideMode.ElideRight, int(header.width())
                ),
            )

        # Suggested slots: a dashed outline over every row.
        painter.setPen(QPen(QColor(30, 90, 200), 1.5, Qt.PenStyle.DashLine))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        for start, end in self.suggested:
            rect = self._span_rect(start, end, body_top + 1, body_height - 2)
            if rect is not None:
                painter.drawRect(rect)

        # The chosen slot: solid, on top, with its time written above the rows.
        if self.chosen is not None:
            end = self.chosen + timedelta(minutes=self.duration_minutes)
            rect = self._span_rect(self.chosen, end, body_top, body_height)
            if rect is not None:
                painter.setPen(QPen(QColor(200, 90, 20), 2.5))
                painter.setBrush(QColor(240, 150, 60, 70))
                painter.drawRect(rect)
                painter.setPen(text_pen)
                painter.setFont(small)
                painter.drawText(
                    QRectF(rect.left() - 40, body_top + body_height + 2, rect.width() + 80, 16),
                    Qt.AlignmentFlag.AlignCenter,
                    f"{dates.time_text(self.chosen.time())}–{dates.time_text(end.time())}",
                )
        painter.end()

    # -- moving the chosen slot ---------------------------------------------------------
    def _move_chosen(self, starts_at: datetime) -> None:
        day_open = datetime.combine(starts_at.date(), self.day_starts)
        latest = datetime.combine(starts_at.date(), self.day_ends) - timedelta(
            minutes=self.duration_minutes
        )
        starts_at = min(max(starts_at, day_open), max(day_open, latest))
        if starts_at != self.chosen:
            self.chosen = starts_at
            self._update_accessible_description()
            self.update()
            self.chosenChanged.emit(starts_at)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        moment = self.moment_at(event.position().x())
        if moment is None or event.button() != Qt.MouseButton.LeftButton:
            return super().mousePressEvent(event)
        if self.chosen is not None and self.chosen <= moment <= self.chosen + timedelta(
            minutes=self.duration_minutes
        ):
            self._drag_offset = moment - self.chosen
        else:
            self._drag_offset = timedelta(0)
            self._move_chosen(moment)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self._drag_offset is None:
            return super().mouseMoveEvent(event)
        moment = self.moment_at(event.position().x())
        if moment is not None:
            self._move_chosen(moment - self._drag_offset)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        self._drag_offset = None
        super().mouseReleaseEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if self.chosen is None:
            return super().keyPressEvent(event)
        steps: dict[int, timedelta] = {  # QKeyEvent.key() is an int; Qt.Key is an IntEnum
            Qt.Key.Key_Left: timedelta(minutes=-STEP_MINUTES),
            Qt.Key.Key_Right: timedelta(minutes=STEP_MINUTES),
            Qt.Key.Key_Up: timedelta(days=-1),
            Qt.Key.Key_Down: timedelta(days=1),
        }
        step = steps.get(event.key())
        if step is None:
            return super().keyPressEvent(event)
        target = self.chosen + step
        if 0 <= (target.date() - self.week_start).days < self.days:
            self._move_chosen(target)

    def _update_accessible_description(self) -> None:
        if self.chosen is None:
            self.setAccessibleDescription(self.tr("No time chosen yet."))
        else:
            self.setAccessibleDescription(
                dates.one_period(
                    self.tr("Chosen time: %s. Use the arrow keys to move it by 15 minutes or "
                            "by a day.") % dates.weekday_moment_text(self.chosen))
            )
