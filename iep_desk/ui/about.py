"""The About box: what IEP Desk is, and the sources its guidance is drawn from."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox, QWidget

from iep_desk import version_text
from iep_desk.ui.translate import translate


def about_text(widget: QWidget | None = None) -> str:
    """The About box's text (`widget` is no longer needed; callers may still pass one)."""
    purpose = translate(
        "About", "A caseload, meeting planner and meeting review for special-education case "
        "managers. Everything stays in one file on this computer.")
    sources = [
        translate(
            "About", "“Engaging Parents in Productive Partnerships”, a guide from CADRE, the "
            "Center for Appropriate Dispute Resolution in Special Education (a project of "
            "Direction Service, Eugene, Oregon), including its “Good IEP Meetings” checklist, "
            "adapted from “Tested Tips for Effective IEP Meetings” by Marshall Peter (1990)."),
        translate(
            "About", "“Parents and Educators Partner for Student Success” by Sharon H. deFur, "
            "Ed.D., and Tina Spencer, M.S. (February/March 2007)."),
        translate(
            "About", "The Individuals with Disabilities Education Act regulations, 34 CFR Part "
            "300 (team members, meeting notices, annual reviews, re-evaluations, transition and "
            "transfer of rights)."),
    ]
    return "".join([
        f"<h3>{version_text()}</h3>",
        "<p>", purpose, "</p>",
        "<p><b>", translate("About", "Where the advice comes from"), "</b></p>",
        "<p>", translate("About", "The checklists, tips and letters are written in our own "
                                  "words from these sources:"),
        "</p><ul>",
        *(f"<li>{source}</li>" for source in sources),
        "</ul>",
        "<p>", translate("About", "IEP Desk is not legal advice. Your state and district may "
                                  "set other timelines: change them under Tools ▸ Settings."),
        "</p>",
    ])


def show_about(parent: QWidget) -> None:
    QMessageBox.about(parent, translate("About", "About IEP Desk"), about_text(parent))
