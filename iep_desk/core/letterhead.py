"""The school's letterhead and the paper size, set once in Settings and printed on family documents."""

from __future__ import annotations

from dataclasses import dataclass, field

# Letter is what US schools load in their printers; A4 for everyone else.
PAPER_SIZES = ("letter", "a4")
DEFAULT_PAPER = "letter"


@dataclass
class Letterhead:
    """Who the family documents come from. Every field may be empty except as the teacher chooses."""

    school_name: str = ""
    # Several lines allowed (street, town); printed as typed.
    address: str = ""
    # A picture file (PNG or JPEG) shown at the top left; a missing file is simply left out.
    logo_path: str = ""
    teacher_name: str = ""
    teacher_title: str = ""
    phone: str = ""
    email: str = ""

    @property
    def is_empty(self) -> bool:
        return not any(
            v.strip()
            for v in (self.school_name, self.address, self.teacher_name, self.phone, self.email)
        )


@dataclass
class PrintSettings:
    letterhead: Letterhead = field(default_factory=Letterhead)
    paper: str = DEFAULT_PAPER

    def __post_init__(self) -> None:
        if self.paper not in PAPER_SIZES:
            raise ValueError(f"The paper size must be one of: {', '.join(PAPER_SIZES)}.")
