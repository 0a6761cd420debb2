"""Tools ▸ Letterhead and paper…: who the family documents come from, and the paper size.

Set once: school name and address, an optional logo picture, the teacher's name, title,
phone and email, and Letter or A4 paper. Saved all together (storage/print_settings.py);
nothing is saved until the teacher presses Save, and a refused save keeps what was typed.
The dialog shows the letterhead as it will print, and refuses one that cannot print whole
(a line too long to fit, a school name over three lines, a character no font has), saying
what to shorten.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QImageReader, QPixmap
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from iep_desk.app import settings as app_settings
from iep_desk.core.letterhead import Letterhead, PrintSettings
from iep_desk.storage.print_settings import load_print_settings
from iep_desk.ui.desk import Desk, keep_refusals
from iep_desk.ui.translate import translate
from iep_desk.ui.widgets import typed_text, with_short_quotes

# The widest and tallest logo accepted, in pixels: ample for a logo printed a few
# centimetres wide at the best printer's resolution.
LOGO_MOST_PIXELS = 3000


def logo_problem(path: str) -> str | None:
    """Why a logo file cannot be used, in the teacher's words; None when it can (or is empty)."""
    if not path.strip():
        return None
    file = Path(path.strip()).expanduser()
    if not file.is_file():
        return (
            translate(
                "LetterheadDialog", "The logo file %s is not there. Choose the picture again."
            )
            % file
        )
    reader = QImageReader(str(file))
    if not reader.canRead() or reader.format().toStdString().lower() not in ("png", "jpeg", "jpg"):
        return (
            translate("LetterheadDialog", "The logo must be a PNG or JPEG picture; %s is not one.")
            % file.name
        )
    size = reader.size()
    if size.width() > LOGO_MOST_PIXELS or size.height() > LOGO_MOST_PIXELS:
        # Printed a few centimetres wide, such a picture only slows every letter down (and
        # one this size is more than the picture reader agrees to open at all).
        return (
            translate(
                "LetterheadDialog",
                "The logo %1 is %2 × %3 pixels, too large to print on every letter. Save a "
                "smaller copy (at most %4 pixels on each side) and choose that one.",
            )
            .replace("%1", file.name)
            .replace("%2", str(size.width()))
            .replace("%3", str(size.height()))
            .replace("%4", str(LOGO_MOST_PIXELS))
        )
    # The header alone says PNG or JPEG; a file cut short (a download that stopped) is only
    # found by reading the picture, and would otherwise be left out of every letter unsaid.
    if reader.read().isNull():
        return (
            translate(
                "LetterheadDialog",
                "The logo file %s is damaged or incomplete and cannot be read. Choose "
                "another copy of the picture.",
            )
            % file.name
        )
    return None


def email_problem(email: str) -> str | None:
    email = email.strip()
    if not email:
        return None
    name, at, domain = email.partition("@")
    if not at or not name or "." not in domain or " " in email:
        return (
            translate(
                "LetterheadDialog", "“%s” does not look like an email address (name@school.org)."
            )
            % email
        )
    return None


class LetterheadDialog(QDialog):
    """Edit the letterhead and paper size; Save writes them all in one go."""

    def __init__(self, desk: Desk, parent: QWidget | None = None):
        super().__init__(parent)
        self.desk = desk
        self.setWindowTitle(translate("LetterheadDialog", "Letterhead and paper"))
        self.setAccessibleName(translate("LetterheadDialog", "Letterhead and paper"))
        intro = QLabel(
            translate(
                "LetterheadDialog",
                "Printed at the top of every letter and handout for families. "
                "Leave out anything you do not want printed.",
            )
        )
        intro.setWordWrap(True)

        self.school_name = self._line(translate("LetterheadDialog", "School name"))
        self.address = QPlainTextEdit()
        self.address.setAccessibleName(translate("LetterheadDialog", "School address"))
        self.address.setTabChangesFocus(True)
        self.address.setFixedHeight(self.address.fontMetrics().lineSpacing() * 4)
        self.logo_path = self._line(translate("LetterheadDialog", "Logo picture file"))
        self.logo_path.setPlaceholderText(translate("LetterheadDialog", "No logo"))
        self.logo_path.textChanged.connect(self._show_logo)
        self.choose_logo_button = QPushButton(translate("LetterheadDialog", "C&hoose…"))
        self.choose_logo_button.setAccessibleName(
            translate("LetterheadDialog", "Choose a logo picture")
        )
        self.choose_logo_button.clicked.connect(self.choose_logo)
        self.remove_logo_button = QPushButton(translate("LetterheadDialog", "No lo&go"))
        self.remove_logo_button.setAccessibleName(translate("LetterheadDialog", "Print no logo"))
        self.remove_logo_button.clicked.connect(self.logo_path.clear)
        self.logo_preview = QLabel()
        self.logo_preview.setAccessibleName(translate("LetterheadDialog", "Logo preview"))
        self.logo_preview.setFixedHeight(48)
        self.teacher_name = self._line(translate("LetterheadDialog", "Your name"))
        self.teacher_title = self._line(translate("LetterheadDialog", "Your title"))
        self.teacher_title.setPlaceholderText(
            translate("LetterheadDialog", "Special education teacher and case manager")
        )
        self.phone = self._line(translate("LetterheadDialog", "Phone"))
        self.email = self._line(translate("LetterheadDialog", "Email"))
        self.paper = QComboBox()
        self.paper.setAccessibleName(translate("LetterheadDialog", "Paper size"))
        self.paper.addItem(translate("LetterheadDialog", "Letter (8.5 × 11 in)"), "letter")
        self.paper.addItem(translate("LetterheadDialog", "A4 (210 × 297 mm)"), "a4")

        logo_row = QHBoxLayout()
        logo_row.addWidget(self.logo_path, 1)
        logo_row.addWidget(self.choose_logo_button)
        logo_row.addWidget(self.remove_logo_button)
        form = QFormLayout()
        form.addRow(translate("LetterheadDialog", "&School name"), self.school_name)
        form.addRow(translate("LetterheadDialog", "&Address"), self.address)
        form.addRow(translate("LetterheadDialog", "&Logo"), logo_row)
        form.addRow("", self.logo_preview)
        form.addRow(translate("LetterheadDialog", "Your &name"), self.teacher_name)
        form.addRow(translate("LetterheadDialog", "Your &title"), self.teacher_title)
        form.addRow(translate("LetterheadDialog", "&Phone"), self.phone)
        form.addRow(translate("LetterheadDialog", "&Email"), self.email)
        form.addRow(translate("LetterheadDialog", "Pape&r"), self.paper)
        # The labels' mnemonics move the focus to their fields.
        for row in range(form.rowCount()):
            label = form.itemAt(row, QFormLayout.ItemRole.LabelRole)
            field = form.itemAt(row, QFormLayout.ItemRole.FieldRole)
            caption = label.widget() if label else None
            editor = field.widget() if field else None
            if isinstance(caption, QLabel) and editor is not None:
                caption.setBuddy(editor)
        logo_caption = form.labelForField(logo_row)
        if isinstance(logo_caption, QLabel):
            logo_caption.setBuddy(self.logo_path)

        self.preview = QLabel()
        self.preview.setAccessibleName(translate("LetterheadDialog", "Letterhead preview"))
        self.preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.preview.setMinimumHeight(90)
        self.preview.setStyleSheet("background: white; border: 1px solid #bbbbbb;")
        self._preview_timer = QTimer(self)
        self._preview_timer.setSingleShot(True)
        self._preview_timer.setInterval(300)
        self._preview_timer.timeout.connect(self.update_preview)
        for line in (self.school_name, self.logo_path, self.teacher_name, self.teacher_title,
                     self.phone, self.email):
            line.textChanged.connect(self._preview_timer.start)
        self.address.textChanged.connect(self._preview_timer.start)
        self.paper.currentIndexChanged.connect(self._preview_timer.start)

        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setAccessibleName(translate("LetterheadDialog", "Problem"))
        self.message.setStyleSheet("color: #a40000;")
        self.message.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setAccessibleName(
            translate("LetterheadDialog", "Save")
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setAccessibleName(
            translate("LetterheadDialog", "Cancel")
        )
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        preview_label = QLabel(
            translate("LetterheadDialog", "As it prints at the top of a letter:")
        )
        layout.addWidget(preview_label)
        layout.addWidget(self.preview)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.load()
        self.resize(620, self.sizeHint().height())

    def _line(self, name: str) -> QLineEdit:
        line = QLineEdit()
        line.setAccessibleName(name)
        return line

    # -- values in and out ----------------------------------------------------------------------
    def load(self) -> None:
        settings = load_print_settings(self.desk.stores.settings)
        head = settings.letterhead
        self.school_name.setText(head.school_name)
        self.address.setPlainText(head.address)
        self.logo_path.setText(head.logo_path)
        self.teacher_name.setText(head.teacher_name)
        self.teacher_title.setText(head.teacher_title)
        self.phone.setText(head.phone)
        self.email.setText(head.email)
        self.paper.setCurrentIndex(max(0, self.paper.findData(settings.paper)))
        self._show_logo()
        self.update_preview()

    def settings(self) -> PrintSettings:
        """What the dialog shows, as PrintSettings."""
        return PrintSettings(
            letterhead=Letterhead(
                school_name=typed_text(self.school_name),
                address=typed_text(self.address),
                logo_path=self.logo_path.text().strip(),
                teacher_name=typed_text(self.teacher_name),
                teacher_title=typed_text(self.teacher_title),
                phone=typed_text(self.phone),
                email=typed_text(self.email),
            ),
            paper=self.paper.currentData(),
        )

    def problem(self) -> tuple[str, QWidget] | None:
        """The first thing to correct, and the field to put the cursor in."""
        logo = logo_problem(self.logo_path.text())
        if logo:
            return logo, self.logo_path
        email = email_problem(self.email.text())
        if email:
            return email, self.email
        return self._printing_problem()

    def _fields(self) -> dict[str, QWidget]:
        return {"school_name": self.school_name, "address": self.address,
                "teacher_name": self.teacher_name, "teacher_title": self.teacher_title,
                "phone": self.phone, "email": self.email}

    def _printing_problem(self) -> tuple[str, QWidget] | None:
        """A letterhead that cannot print whole, or a character no font has."""
        from iep_desk.printing.coverage import missing_characters
        from iep_desk.printing.letterhead import letterhead_problems

        head = self.settings().letterhead
        fields = self._fields()
        for field, widget in fields.items():
            missing = missing_characters([(field, getattr(head, field))])
            if missing:
                return (
                    translate(
                        "LetterheadDialog",
                        "“%1” cannot be printed: no font IEP Desk has can draw “%2” (%3). "
                        "Change that character.",
                    )
                    .replace("%1", missing[0].text)
                    .replace("%2", missing[0].character)
                    .replace("%3", missing[0].code_point),
                    widget,
                )
        for problem in letterhead_problems(head, self.paper.currentData()):
            widget = fields[problem.field]
            if problem.code == "too_wide":
                text = translate(
                    "LetterheadDialog",
                    "“%1” is too long to print on one line at the top of the letter "
                    "(at most half the page's width). Shorten it.",
                ).replace("%1", getattr(head, problem.field))
            elif problem.field == "school_name":
                text = translate(
                    "LetterheadDialog",
                    "The school's name needs more than %1 lines at the top of the "
                    "letter. Shorten it, for example with a common abbreviation.",
                ).replace("%1", str(problem.limit))
            else:
                text = translate(
                    "LetterheadDialog",
                    "The address needs more than %1 lines at the top of the letter. "
                    "Shorten it or leave out a line.",
                ).replace("%1", str(problem.limit))
            return text, widget
        return None

    def update_preview(self) -> None:
        """Show the letterhead as it will print (nothing while it cannot be drawn)."""
        from iep_desk.printing.letterhead import letterhead_preview_pdf
        from iep_desk.ui.handouts import load_pdf

        settings = self.settings()
        if settings.letterhead.is_empty and not settings.letterhead.logo_path:
            self.preview.clear()
            self.preview.setText(translate("LetterheadDialog", "(empty: no letterhead is printed)"))
            return
        document = load_pdf(letterhead_preview_pdf(settings.letterhead, settings.paper))
        image = document.render(0, 580)
        document.close()
        self.preview.setPixmap(QPixmap.fromImage(image))

    def save(self) -> bool:
        """Check, then save everything at once; on a problem, say so and keep the dialog open."""
        found = self.problem()
        if found is not None:
            text, field = found
            self.message.setText(with_short_quotes(text))
            self.message.show()
            field.setFocus()
            return False
        refused: list[str] = []
        if self.desk.run(app_settings.save_letterhead, settings=self.settings(), source=self,
                         report=keep_refusals(refused)) is None:
            QMessageBox.warning(
                self, translate("LetterheadDialog", "Not saved"),
                with_short_quotes(refused[0]) if refused else ""
            )
            return False
        self.message.hide()
        self.accept()
        return True

    # -- the logo -------------------------------------------------------------------------------
    def choose_logo(self) -> None:
        start = self.logo_path.text().strip() or str(Path.home())
        name, _ = QFileDialog.getOpenFileName(
            self,
            translate("LetterheadDialog", "Choose the school's logo"),
            start,
            translate("LetterheadDialog", "Pictures (*.png *.jpg *.jpeg)"),
        )
        if name:
            self.logo_path.setText(name)

    def _show_logo(self) -> None:
        path = self.logo_path.text().strip()
        pixmap = QPixmap(path) if path and logo_problem(path) is None else QPixmap()
        if pixmap.isNull():
            self.logo_preview.clear()
            self.logo_preview.hide()
            return
        self.logo_preview.setPixmap(
            pixmap.scaledToHeight(48, Qt.TransformationMode.SmoothTransformation))
        self.logo_preview.show()


def show_letterhead_dialog(desk: Desk, parent: QWidget | None = None) -> bool:
    """Open the dialog modally; True when the teacher saved."""
    return LetterheadDialog(desk, parent).exec() == QDialog.DialogCode.Accepted
