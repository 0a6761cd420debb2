"""The sample caseload for `--demo`: fictional students, families and team members.

Everything here is invented. Names come from many languages and scripts so the
app is seen handling them from the first minute. Every date is an offset from
`today`, so the demo never ages: there is always a review overdue, one due this
month, one next month and some far off.

The data is three plain tables (TEAM, FAMILIES, STUDENTS) read by one small
writer. To grow the demo (meetings, reviews), write a function that takes the
store, the `DemoPeople` ids and `today`, and call it from `write_demo_caseload`
inside its transaction.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date

from iep_desk.app.demo_meetings import write_demo_meetings
from iep_desk.core.availability import parse_availability
from iep_desk.core.dates import add_days, add_years
from iep_desk.core.letterhead import Letterhead, PrintSettings
from iep_desk.core.models import FamilyMember, Student, TeamMember
from iep_desk.storage.caseload import CaseloadStore
from iep_desk.storage.print_settings import save_print_settings
from iep_desk.storage.settings import SettingsStore
from iep_desk.storage.stores import Stores

# -- the team: key -> (name, role, email, phone, weekly availability) ----------
TEAM: dict[str, tuple[str, str, str, str, str]] = {
    "delgado": ("Maria Delgado", "general_education_teacher", "m.delgado@riverside.example.org",
                "555-0140", "Mon-Fri 15:15–16:30"),
    "becker": ("Tom Becker", "general_education_teacher", "t.becker@cedarheights.example.org",
               "555-0141", "Tue and Thu 14:45–16:00; Wed 07:30–08:15"),
    "okafor": ("Grace Okafor", "special_education_teacher", "g.okafor@district.example.org",
               "555-0142", "Mon-Thu 15:00–17:00"),
    "kowalski": ("Daniel Kowalski", "district_representative", "d.kowalski@district.example.org",
                 "555-0143", "Tue and Wed 09:00–12:00; Thu 13:00–16:00"),
    "natarajan": ("Priya Natarajan", "school_psychologist", "p.natarajan@district.example.org",
                  "555-0144", "Mon and Wed 08:00–15:00"),
    "fischer": ("Lena Fischer", "speech_language_pathologist", "l.fischer@district.example.org",
                "555-0145", "Tue-Fri 08:30–11:30"),
    "bell": ("Marcus Bell", "occupational_therapist", "m.bell@district.example.org",
             "555-0146", "Mon, Wed and Fri 12:30–15:30"),
    "lindqvist": ("Sofia Lindqvist", "physical_therapist", "s.lindqvist@district.example.org",
                  "555-0147", "Thu and Fri 08:00–12:00"),
    "park": ("Hye-jin Park", "counsellor", "h.park@lincoln.example.org",
             "555-0148", "Mon-Fri 14:00–15:30"),
    "ortega": ("Carlos Ortega", "interpreter", "c.ortega@district.example.org",
               "555-0149", "Mon-Fri 08:00–18:00"),
    "warsame": ("Abdi Warsame", "cultural_liaison", "a.warsame@district.example.org",
                "555-0150", "Tue and Thu 10:00–18:00"),
    "phan": ("Mai Phan", "interpreter", "m.phan@district.example.org",
             "555-0151", "Mon, Wed and Fri 13:00–18:00"),
    "stone": ("Rebecca Stone", "administrator", "r.stone@cedarheights.example.org",
              "555-0152", "Wed 13:00–16:00"),
}


@dataclass(frozen=True)
class DemoFamily:
    name: str
    language: str = "en"
    interpreter: bool = False
    contact: str = "phone"
    availability: str = ""
    phones: str = ""
    email: str = ""
    address: str = ""
    transport: str = ""
    childcare: str = ""


# -- families: key -> who they are and how to reach them --------------------------
FAMILIES: dict[str, DemoFamily] = {
    "nguyen": DemoFamily("Trần Thị Hoa", "vi", True, "text", "Sat 09:00–12:00; Sun 14:00–17:00",
                         "555-0101", "", "14 Lotus Court, Apt 3", "No car; the bus does not run on weekends."),
    "munoz": DemoFamily("Rosa Muñoz", "es", True, "phone", "Mon and Wed 17:30–19:00",
                        "555-0102 (mobile)", "rosa.munoz@example.com", "220 Alder Street",
                        "", "Two younger children at home in the evening."),
    "obrien": DemoFamily("Siobhán O'Brien", "en", False, "email", "Tue-Thu 12:00–13:00",
                         "555-0103", "siobhan.obrien@example.com", "9 Harbour View"),
    "petrova": DemoFamily("Ольга Петрова", "ru", True, "phone", "Fri 15:00–18:00",
                          "555-0104", "olga.petrova@example.com", "301 Birch Lane"),
    "papadopoulos": DemoFamily("Ελένη Παπαδοπούλου", "el", False, "email", "Mon-Fri 08:00–08:45",
                               "555-0105", "eleni.papa@example.com", "77 Olive Way"),
    "alhassan": DemoFamily("Fatima Al-Hassan", "ar", True, "phone", "Sun and Mon 10:00–13:00",
                           "555-0106", "", "5 Cedar Row"),
    "alhassan_father": DemoFamily("Omar Al-Hassan", "ar", False, "text", "Mon-Fri 18:00–20:00",
                                  "555-0107", "omar.alhassan@example.com", "5 Cedar Row"),
    "warsame": DemoFamily("Hodan Cali", "so", True, "home_visit", "Tue and Thu 11:00–14:00",
                          "555-0108", "", "18 Prairie Avenue, Unit 12",
                          "Needs a ride; the school van can help.", "A baby at home; bring toys or meet at home."),
    "joseph": DemoFamily("Marie-Claude Joseph", "ht", True, "phone", "Sat 10:00–13:00",
                         "555-0109", "", "402 Magnolia Street"),
    "kim": DemoFamily("김민정", "ko", True, "student_planner", "Wed 16:00–18:00",
                      "555-0110", "minjung.kim@example.com", "63 Pine Terrace"),
    "johnson": DemoFamily("Denise Johnson", "en", False, "phone", "Mon-Fri 16:00–18:00",
                          "555-0111", "denise.j@example.com", "1200 Elm Street"),
    "johnson_grandpa": DemoFamily("Earl Johnson", "en", False, "phone", "Mon-Fri 09:00–15:00",
                                  "555-0112", "", "1200 Elm Street", "Does not drive at night."),
    "wang": DemoFamily("王丽", "zh", True, "email", "Thu 17:00–19:00",
                       "555-0113", "li.wang@example.com", "88 Garden Road"),
    "kowalczyk": DemoFamily("Agnieszka Kowalczyk", "pl", False, "email", "Tue 15:30–17:30",
                            "555-0114", "a.kowalczyk@example.com", "15 Spruce Court"),
    "begay": DemoFamily("Loretta Begay", "en", False, "phone", "Mon and Fri 13:00–15:00",
                        "555-0115", "", "Route 3, Box 41", "Lives 40 minutes away; a phone meeting works well."),
    "haddad": DemoFamily("Rania Haddad", "ar", False, "text", "Wed and Thu 09:00–11:00",
                         "555-0116", "rania.haddad@example.com", "31 Fig Street"),
    "santos": DemoFamily("Ana Santos", "pt", True, "phone", "Sat 09:00–11:00",
                         "555-0117", "", "7 Harbor Lane", "", "Works nights; mornings are best."),
    "ivanenko": DemoFamily("Оксана Іваненко", "uk", True, "text", "Mon-Fri 12:00–13:00",
                           "555-0118", "oksana.i@example.com", "50 Sunflower Drive"),
    "mensah": DemoFamily("Kwame Mensah", "en", False, "email", "Tue and Thu 17:00–19:00",
                         "555-0119", "kwame.mensah@example.com", "12 Kente Close"),
    "yilmaz": DemoFamily("Zeynep Yılmaz", "tr", True, "phone", "Mon 10:00–12:00",
                         "555-0120", "", "9 Tulip Street"),
    "schmidt": DemoFamily("Katrin Schmidt", "de", False, "email", "Fri 08:00–10:00",
                          "555-0121", "katrin.schmidt@example.com", "4 Linden Way"),
    "rivera": DemoFamily("Luis Rivera", "es", False, "phone", "Mon-Thu 18:00–19:30",
                         "555-0122", "", "600 Mesa Drive"),
    "ahmed": DemoFamily("Nasra Ahmed", "so", True, "home_visit", "Wed 10:00–12:00; Thu 14:30–16:30",
                        "555-0123", "", "18 Prairie Avenue, Unit 4", "No car."),
    "tanaka": DemoFamily("Yuki Tanaka", "ja", False, "email", "Tue 08:00–09:00",
                         "555-0124", "yuki.tanaka@example.com", "21 Bamboo Court"),
}


@dataclass(frozen=True)
class DemoStudent:
    """One sample student. Dates are offsets from today:

    - born=(years, shift): born `years` years before today, moved by `shift` days
      (a positive shift means the student turns `years` in `shift` days);
    - last_iep: days since the last IEP meeting (annual review due 365 days after it);
    - last_eval=(years, shift): like born; (3, 20) means the re-evaluation is due in 20 days.
    """

    first: str
    last: str
    preferred: str
    born: tuple[int, int]
    grade: str
    school: str
    category: str
    last_iep: int | None
    last_eval: tuple[int, int] | None
    family: tuple[tuple[str, str], ...]
    team: tuple[str, ...]
    strengths: str = ""
    hopes: str = ""
    culture: str = ""
    participation: str = "not_decided"
    # Days from today of a due date written on the IEP itself, when it names one.
    annual_due_written: int | None = None


RIVERSIDE = "Riverside Elementary"
MAPLE = "Maple Grove Elementary"
LINCOLN = "Lincoln Middle School"
CEDAR = "Cedar Heights High School"
NORTHGATE = "Northgate Transition Center"

ELEMENTARY_TEAM = ("delgado", "okafor", "kowalski", "natarajan")
SECONDARY_TEAM = ("becker", "okafor", "kowalski", "natarajan")

STUDENTS: tuple[DemoStudent, ...] = (
    # Annual reviews overdue.
    DemoStudent("Thị Ánh", "Nguyễn", "Ánh", (9, -120), "3", RIVERSIDE, "specific_learning_disability",
                380, (2, -40), (("nguyen", "mother"),), ELEMENTARY_TEAM + ("phan",),
                "Draws detailed comics and explains them with great care.",
                "That Ánh reads chapter books with her little brother.",
                "The family celebrates Tết with the grandparents; Ánh loves the lion dance.",
                "family_brings_picture"),
    DemoStudent("José", "Muñoz", "Pepe", (11, -30), "5", RIVERSIDE, "speech_language_impairment",
                366, (1, -200), (("munoz", "mother"),), ELEMENTARY_TEAM + ("fischer", "ortega"),
                "A generous teammate at recess; knows every player in the league.",
                "To order for himself at the taquería and be understood.",
                "Sunday dinners with his cousins; the family keeps Día de los Muertos.",
                "attends"),
    DemoStudent("Hodan", "Warsame", "", (6, -200), "1", MAPLE, "developmental_delay",
                395, (0, -300), (("warsame", "mother"),), ELEMENTARY_TEAM + ("warsame", "bell"),
                "Loves counting songs and sorting things by color.",
                "That Hodan makes a friend she can play with every day.",
                "Eid is the big celebration of the year; the family would like school to know.",
                "family_brings_picture"),
    # Due within 30 days (and a few other deadlines soon).
    DemoStudent("Zoë", "O'Brien", "", (13, -60), "7", LINCOLN, "other_health_impairment",
                350, (3, 20), (("obrien", "mother"),), SECONDARY_TEAM + ("park",),
                "Writes funny, sharp stories; great at chess.",
                "Zoë wants to be a veterinarian.",
                "", "attends"),
    # Turns 16 in 40 days, inside the current IEP: a transition plan is due.
    DemoStudent("Анастасия", "Петрова", "Настя", (16, 40), "10", CEDAR, "autism",
                120, (1, -10), (("petrova", "mother"),), SECONDARY_TEAM + ("fischer",),
                "Remembers every train schedule; very precise in science labs.",
                "A job with trains or maps, and her own apartment one day.",
                "The family keeps Orthodox Christmas in January.",
                "attends"),
    DemoStudent("Dimitris", "Papadopoulos", "Δημήτρης", (14, -100), "9", CEDAR,
                "specific_learning_disability", 340, (2, -100), (("papadopoulos", "mother"),),
                SECONDARY_TEAM, "Strong in geometry; coaches younger kids in football.",
                "To graduate with his friends and study engineering.",
                "Greek Easter with the whole family is the high point of spring.",
                "attends"),
    DemoStudent("Yusuf", "Al-Hassan", "", (10, -150), "4", MAPLE, "hearing_impairment",
                336, (3, 45), (("alhassan", "mother"), ("alhassan_father", "father")),
                ELEMENTARY_TEAM + ("fischer",),
                "Curious about how machines work; builds with anything at hand.",
                "That Yusuf feels confident asking questions in class.",
                "The family fasts during Ramadan; evening meetings are hard that month.",
                "written_input"),
    DemoStudent("Maryam", "Al-Hassan", "", (5, -40), "K", MAPLE, "speech_language_impairment",
                358, None, (("alhassan", "mother"), ("alhassan_father", "father")),
                ELEMENTARY_TEAM + ("fischer",),
                "Sings all day and knows every song from circle time.",
                "To tell her teacher what she needs in words.",
                "", "family_brings_picture"),
    # Due within 60 days.
    # Turns 17 in 25 days: the transfer-of-rights notice is due.
    DemoStudent("Wideline", "Joseph", "", (17, 25), "11", CEDAR, "intellectual_disability",
                320, (1, -30), (("joseph", "mother"),), SECONDARY_TEAM + ("stone",),
                "Warm with everyone; a reliable worker in the school café.",
                "A job in a bakery and a driver's license.",
                "Kompa music and Sunday church are at the center of family life.",
                "attends"),
    DemoStudent("지우", "김", "Jiwoo", (12, -80), "6", LINCOLN, "emotional_disturbance",
                310, (2, -20), (("kim", "mother"),), SECONDARY_TEAM + ("park",),
                "Plays the cello; thoughtful and kind with younger students.",
                "That Jiwoo feels calm and safe at school.",
                "Chuseok with the grandparents is a favorite time of year.",
                "written_input"),
    DemoStudent("Jamal", "Johnson", "", (15, -200), "10", CEDAR, "other_health_impairment",
                306, (3, 55), (("johnson", "mother"), ("johnson_grandpa", "grandfather")),
                SECONDARY_TEAM, "Talented at fixing bikes; great sense of humour.",
                "To open his own repair shop.",
                "", "attends"),
    DemoStudent("Keisha", "Johnson", "", (8, -20), "2", RIVERSIDE, "specific_learning_disability",
                300, (3, -8), (("johnson", "mother"), ("johnson_grandpa", "grandfather")),
                ELEMENTARY_TEAM, "Loves animals and picture books about space.",
                "That Keisha learns to love reading.",
                "", "family_brings_picture"),
    # Far off.
    DemoStudent("Xiaoming", "Wang", "Max", (9, -200), "4", RIVERSIDE, "autism",
                200, (1, -100), (("wang", "mother"),), ELEMENTARY_TEAM + ("bell", "fischer"),
                "Builds elaborate LEGO cities and explains how each part works.",
                "To join a club with other kids who love building.",
                "Lunar New Year dumplings are a family tradition.",
                "family_brings_picture"),
    DemoStudent("Zofia", "Kowalczyk", "Zosia", (14, -30), "8", LINCOLN, "visual_impairment",
                150, (2, -60), (("kowalczyk", "mother"),), SECONDARY_TEAM + ("bell",),
                "A quick reader in braille; sings in the school choir.",
                "To travel on her own around town.",
                "Wigilia on Christmas Eve is the family's biggest evening.",
                "attends"),
    DemoStudent("Tyler", "Begay", "", (13, -250), "8", LINCOLN, "traumatic_brain_injury",
                90, (0, -80), (("begay", "grandmother"),), SECONDARY_TEAM + ("lindqvist", "park"),
                "Patient and careful; loves working with horses.",
                "To return to the basketball team.",
                "The family would like school to know about Tyler's Navajo clan and ceremonies.",
                "attends"),
    DemoStudent("Layla", "Haddad", "", (10, -10), "5", MAPLE, "orthopedic_impairment",
                60, (1, -150), (("haddad", "mother"),), ELEMENTARY_TEAM + ("lindqvist", "bell"),
                "A confident speaker; leads class discussions.",
                "To go on the class trip with everyone.",
                "", "attends"),
    DemoStudent("Gabriel", "Santos", "Gabi", (6, -100), "1", RIVERSIDE, "developmental_delay",
                40, (0, -60), (("santos", "mother"),), ELEMENTARY_TEAM + ("ortega",),
                "Full of energy; loves music and dancing.",
                "That Gabi can follow the classroom routine on his own.",
                "", "family_brings_picture"),
    DemoStudent("Оксана", "Іваненко", "Ксеня", (12, -300), "7", LINCOLN, "specific_learning_disability",
                180, (2, -200), (("ivanenko", "mother"),), SECONDARY_TEAM,
                "Excellent at drawing and at helping new students settle in.",
                "To feel at home at school after the move.",
                "Pysanky egg painting at Easter.",
                "written_input"),
    DemoStudent("Kofi", "Mensah", "", (16, -60), "11", CEDAR, "specific_learning_disability",
                250, (1, -250), (("mensah", "father"),), SECONDARY_TEAM + ("park",),
                "A strong runner; thoughtful in history discussions.",
                "College, then a job in sports medicine.",
                "The family wears kente for graduations and big days.",
                "attends"),
    DemoStudent("Elif", "Yılmaz", "", (7, -180), "2", MAPLE, "hearing_impairment",
                100, (1, -20), (("yilmaz", "mother"),), ELEMENTARY_TEAM,
                "Quick with numbers; loves puzzles.",
                "", "", "family_brings_picture"),
    DemoStudent("Jonas", "Schmidt", "", (5, -90), "K", MAPLE, "autism",
                30, (0, -45), (("schmidt", "mother"),), ELEMENTARY_TEAM + ("fischer", "bell")),
    DemoStudent("Mateo", "Rivera", "", (15, -10), "9", CEDAR, "emotional_disturbance",
                220, (2, -300), (("rivera", "father"),), SECONDARY_TEAM + ("park",),
                "Creative with video editing; a loyal friend.",
                "To finish high school and work in film.",
                "", "attends", annual_due_written=130),
    DemoStudent("Ayaan", "Ahmed", "", (19, -50), "Post-secondary", NORTHGATE, "intellectual_disability",
                200, (1, -120), (("ahmed", "mother"),), SECONDARY_TEAM + ("warsame",),
                "Punctual and proud of his work at the grocery store.",
                "To live with friends and keep his job.",
                "Family and community gatherings every Friday.",
                "attends"),
    DemoStudent("Haruto", "Tanaka", "", (17, -90), "12", CEDAR, "other_health_impairment",
                210, (1, -210), (("tanaka", "mother"),), SECONDARY_TEAM,
                "Writes code for fun; calm under pressure.",
                "University, studying computer science.",
                "", "attends"),
    DemoStudent("Amara", "Okonkwo-Smith", "", (4, -100), "Pre-K", RIVERSIDE, "developmental_delay",
                20, (0, -30), (("mensah", "uncle"),), ELEMENTARY_TEAM + ("fischer",),
                "Loves stories and acting them out.",
                "To enjoy school and make friends.",
                "", "family_brings_picture"),
)


@dataclass
class DemoPeople:
    """The database ids of what the demo wrote, by the keys used in the tables above."""

    students: dict[str, int] = field(default_factory=dict)
    family: dict[str, int] = field(default_factory=dict)
    team: dict[str, int] = field(default_factory=dict)


def _years_ago(today: date, offset: tuple[int, int]) -> date:
    years, shift = offset
    return add_days(add_years(today, -years), shift)


def student_key(row: DemoStudent) -> str:
    """A sample student's key in `DemoPeople.students`: last and first name, e.g. "Muñoz José"."""
    return f"{row.last} {row.first}"


def demo_student(row: DemoStudent, today: date, *, number: int = 0) -> Student:
    """The Student a table row describes, with its dates worked out from `today`."""
    last_iep = add_days(today, -row.last_iep) if row.last_iep is not None else None
    return Student(
        legal_first_name=row.first,
        legal_last_name=row.last,
        preferred_name=row.preferred,
        date_of_birth=_years_ago(today, row.born),
        grade=row.grade,
        school=row.school,
        district_student_id=f"D{40100 + number:06d}",
        disability_category=row.category,
        last_iep_meeting=last_iep,
        annual_review_due=(add_days(today, row.annual_due_written)
                           if row.annual_due_written is not None else None),
        last_evaluation=_years_ago(today, row.last_eval) if row.last_eval else None,
        strengths=row.strengths,
        hopes_and_dreams=row.hopes,
        culture_and_traditions=row.culture,
        participation=row.participation,
    )


def _family_member(family: DemoFamily, today: date, number: int) -> FamilyMember:
    return FamilyMember(
        name=family.name,
        phones=family.phones,
        email=family.email,
        address=family.address,
        preferred_contact=family.contact,
        preferred_language=family.language,
        interpreter_needed=family.interpreter,
        availability=parse_availability(family.availability),
        transport_needs=family.transport,
        childcare_needs=family.childcare,
        # Spread the "last confirmed" dates so some contacts look stale.
        contact_confirmed_on=add_days(today, -((20 + 37 * number) % 400)),
    )


def write_demo_people(store: CaseloadStore, today: date) -> DemoPeople:
    """Write the team, the families and the students with their links; return their ids."""
    people = DemoPeople()
    for key, (name, role, email, phone, availability) in TEAM.items():
        people.team[key] = store.add_team_member(
            TeamMember(name, role, email, phone, parse_availability(availability)))
    for number, (key, family) in enumerate(FAMILIES.items()):
        people.family[key] = store.add_family_member(_family_member(family, today, number))
    for number, row in enumerate(STUDENTS):
        student_id = store.add_student(demo_student(row, today, number=number))
        people.students[student_key(row)] = student_id
        for family_key, relationship in row.family:
            store.link_family_member(student_id, people.family[family_key], relationship)
        for team_key in row.team:
            store.add_to_team(student_id, people.team[team_key])
    return people


def write_demo_caseload(store: CaseloadStore, today: date | None = None, *,
                        with_meetings: bool = False) -> None:
    """Write the whole sample caseload in one transaction (all of it, or nothing).

    With `with_meetings` the planner's sample meetings, in every state, are written
    on top of the people (`--demo` wants them; tests that add their own meetings don't).
    """
    today = today or date.today()
    with store.db.atomic():
        write_demo_people(store, today)
        # The case manager's letterhead, so the sample handouts look as real ones will.
        save_print_settings(SettingsStore(store.db), PrintSettings(Letterhead(
            school_name="Riverside Unified School District: Special Education",
            address="200 Riverside Drive\nRiverside, OR 97000",
            teacher_name="Grace Okafor", teacher_title="Special-education teacher and case manager",
            phone="555-0142", email="g.okafor@district.example.org")))
        if with_meetings:
            write_demo_meetings(Stores(store.db), today)


def many_students(count: int, today: date | None = None) -> Iterator[Student]:
    """`count` sample students (the demo's rows, repeated with numbered ids): for benchmarks.

    Their student IDs follow the sample caseload's own, so both fit in one caseload (the
    file refuses two active students with one ID)."""
    today = today or date.today()
    for number in range(count):
        row = STUDENTS[number % len(STUDENTS)]
        yield demo_student(row, today, number=len(STUDENTS) + number)


def write_many_students(store: CaseloadStore, count: int, today: date | None = None) -> None:
    """Write `count` sample students (no families or teams) in one transaction."""
    with store.db.atomic():
        for student in many_students(count, today):
            store.add_student(student)
