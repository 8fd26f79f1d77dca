"""A date that is typed whole or picked from a calendar, and may be empty.

QDateEdit types section by section against the date it already shows: typing "30"
over a date in February gives "03". Due dates are mostly typed, so this field is a
line edit that reads the whole date when it is left, with a calendar popup (F4 or
Alt+Down) beside it. Empty means no date. Dates are shown in the interface language's
short format with four-digit years (``30.06.2027``; ``6/30/2027`` in English) and read
in that format, as well as ``30.6.27``, ``30062027`` and ``2027-06-30``.
"""

from __future__ import annotations

import datetime as dt
import re

from PySide6.QtCore import QDate, QEvent, QLocale, QObject, QPoint, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QCalendarWidget, QHBoxLayout, QLineEdit, QToolButton, QWidget

EXAMPLE = dt.date(2027, 6, 30)  # shown in hints: the order of day and month is plain
_DOTTED = re.compile(r"(\d{1,2})\.(\d{1,2})\.(\d{2}|\d{4})")
_DIGITS = re.compile(r"(\d{2})(\d{2})(\d{2}|\d{4})")
_ISO = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})")


def date_format() -> str:
    """The interface language's short date format, with the year in four digits."""
    short = QLocale().dateFormat(QLocale.FormatType.ShortFormat)
    return short.replace("yyyy", "yy").replace("yy", "yyyy")


def parse_date(text: str) -> dt.date | None:
    """The date in ``text`` (see the module); None if it is no date."""
    text = text.strip()
    for shape in (date_format(), date_format().replace("yyyy", "yy")):
        found = QLocale().toDate(text, shape)
        if found.isValid():
            year = found.year() + (100 if found.year() < 2000 and "yyyy" not in shape else 0)
            return dt.date(year, found.month(), found.day())
    if found := _ISO.fullmatch(text):
        year, month, day = (int(part) for part in found.groups())
    elif found := _DOTTED.fullmatch(text) or _DIGITS.fullmatch(text):
        day, month, year = (int(part) for part in found.groups())
        year += 2000 if len(found.group(3)) == 2 else 0
    else:
        return None
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def date_text(value: dt.date | None) -> str:
    if value is None:
        return ""
    return QLocale().toString(QDate(value.year, value.month, value.day), date_format())


class DateField(QWidget):
    """``edited`` when a changed date was typed or picked; ``refused`` with unreadable text."""

    edited = Signal()
    refused = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._date: dt.date | None = None
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        self.edit = QLineEdit(self)
        self.edit.setMaxLength(10)
        self.edit.setPlaceholderText(self.tr("z. B. {date}").format(date=date_text(EXAMPLE)))
        self.edit.setClearButtonEnabled(True)
        self.edit.setFixedWidth(self.edit.fontMetrics().horizontalAdvance("00.00.00000") + 36)
        self.button = QToolButton(self)
        self.button.setArrowType(Qt.ArrowType.DownArrow)
        self.button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.button.setToolTip(self.tr("Kalender (F4)"))
        layout.addWidget(self.edit)
        layout.addWidget(self.button)
        layout.addStretch(1)
        self.setFocusProxy(self.edit)
        self.calendar: QCalendarWidget | None = None
        self.edit.editingFinished.connect(self.commit)
        self.edit.installEventFilter(self)
        self.button.clicked.connect(self.show_calendar)

    def date(self) -> dt.date | None:
        return self._date

    def set_date(self, value: dt.date | None) -> None:
        """Show ``value`` (None: empty) without announcing an edit."""
        self._date = value
        if self.edit.text() != date_text(value):
            self.edit.setText(date_text(value))

    def setAccessibleName(self, name: str) -> None:
        super().setAccessibleName(name)
        self.edit.setAccessibleName(name)

    def commit(self) -> bool:
        """Take what is typed (as leaving the field does); False if it is no date."""
        text = self.edit.text().strip()
        value = parse_date(text) if text else None
        if text and value is None:
            self.edit.setText(date_text(self._date))
            self.refused.emit(text)
            return False
        self._choose(value)
        return True

    def _choose(self, value: dt.date | None) -> None:
        changed = value != self._date
        self.set_date(value)
        if changed:
            self.edited.emit()

    def show_calendar(self) -> None:
        """The month of the date (today's when empty) as a popup; Enter or a click picks."""
        if self.calendar is None:
            self.calendar = QCalendarWidget(self)
            self.calendar.setWindowFlags(Qt.WindowType.Popup)
            self.calendar.setGridVisible(True)
            self.calendar.activated.connect(self._picked)
            self.calendar.clicked.connect(self._picked)
        shown = self._date or dt.date.today()
        self.calendar.setSelectedDate(QDate(shown.year, shown.month, shown.day))
        self.calendar.move(self.mapToGlobal(QPoint(0, self.height())))
        self.calendar.show()
        self.calendar.setFocus(Qt.FocusReason.PopupFocusReason)

    def _picked(self, chosen: QDate) -> None:
        assert self.calendar is not None
        self.calendar.hide()
        self.edit.setFocus(Qt.FocusReason.PopupFocusReason)
        self._choose(dt.date(chosen.year(), chosen.month(), chosen.day()))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self.edit
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and (
                event.key() == Qt.Key.Key_F4
                or (
                    event.key() == Qt.Key.Key_Down
                    and event.modifiers() & Qt.KeyboardModifier.AltModifier
                )
            )
        ):
            self.show_calendar()
            return True
        return super().eventFilter(watched, event)
