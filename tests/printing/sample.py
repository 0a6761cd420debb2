"""A sample meeting for the handout tests and the printing benchmark.

12 participants and 12 agenda items, with names in Latin (Vietnamese diacritics
included), Greek and Cyrillic scripts; the private texts are distinctive so a
test can prove they never reach a family document.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta

from iep_desk.core.deadlines import Deadline
from iep_desk.core.decisions import AgendaDecision, Decision
from iep_desk.core.goals import Accommodation, Goal, ProgressNote, Rating, Service
from iep_desk.core.letterhead import Letterhead
from iep_desk.core.meetings import (
    ActionItem,
    AgendaItem,
    ChecklistTick,
    Concern,
    ContactEntry,
    Contribution,
    FamilyQuestion,
    HomeSuggestion,
    Meeting,
    MeetingRecord,
    Participant,
    TipEntry,
)
from iep_desk.core.models import FamilyLink, FamilyMember, Student, TeamMember
from iep_desk.printing.handout_data import HandoutData

TODAY = date(2026, 3, 2)
STARTS = datetime(2026, 3, 17, 15, 30)

TIP_TEXT = "Grandmother's illness is a painful subject (tip-xq7)"
TIP_HELPS = "Start with the robotics club news (helps-zk4)"
CONCERN_INTEREST = "Wants Ánh to read chapter books by summer (interest-pl2)"
CONCERN_POSITION = "Asks for daily one-to-one reading (position-mv9)"
CONCERN_QUESTIONS = "What does reading look like at home? (ask-rt5)"
CONTACT_NOTE = "Mother worried about the bus change (contact-hw3)"
PRIVATE_TEXTS = (TIP_TEXT, TIP_HELPS, CONCERN_INTEREST, CONCERN_POSITION, CONCERN_QUESTIONS,
                 CONTACT_NOTE)

FAMILY_NAMES = ("Nguyễn Thị Ánh", "Trần Văn Đức")
TEAM = [
    ("Zoë O'Brien", "general_education_teacher"),
    ("Анастасия Петрова", "special_education_teacher"),
    ("Γιώργος Παπαδόπουλος", "district_representative"),
    ("Dr. Priya Raman", "school_psychologist"),
    ("Mrs. Ingrid Solberg", "speech_language_pathologist"),
    ("Kwame Mensah", "occupational_therapist"),
    ("Lucía Fernández", "interpreter"),
    ("Samuel Okafor", "counsellor"),
    ("Hélène Dubois", "administrator"),
]
AGENDA = [
    ("Welcome and introductions", 5), ("What is going well for Bảo", 10),
    ("The family's hopes and questions", 10), ("Reading progress", 10),
    ("Writing progress", 8), ("Speech and language update", 8),
    ("Testing results", 10), ("Goals for next year", 15), ("Services and support", 10),
    ("Classroom supports", 7), ("Summer learning", 5), ("Next steps and next meeting", 5),
]


ABSENT_NAME = "Hélène Dubois"


def sample_handout(*, transition: bool = False, held: bool = False,
                   paper: str = "letter") -> HandoutData:
    """The sample meeting; `held=True` gives it as after the meeting (attendance recorded,
    today two days later), as the summary and the thank-you letter see it."""
    student = Student(legal_first_name="Gia Bảo", legal_last_name="Nguyễn", preferred_name="Bảo",
                      date_of_birth=date(2011, 5, 4), grade="9", id=1)
    mother = FamilyMember(name=FAMILY_NAMES[0], preferred_language="vi", interpreter_needed=True,
                          transport_needs="Needs a ride; no car on weekdays", id=11)
    father = FamilyMember(name=FAMILY_NAMES[1], id=12)
    family = [FamilyLink(mother, "mother"), FamilyLink(father, "father")]
    team = [TeamMember(name=n, role=r, id=100 + i) for i, (n, r) in enumerate(TEAM)]

    meeting = Meeting(student_id=1, meeting_type="transition" if transition else "annual_review",
                      purpose="Look at Bảo's reading goals and plan for next year.",
                      status="confirmed", starts_at=STARTS, duration_minutes=105,
                      place_kind="room", place="Room 114, Lincoln Middle School",
                      is_transition=transition, id=7,
                      notes="The team agreed to keep reading support four times a week.\n"
                            "Bảo will try a new speech-to-text tool in writing class.")
    participants = [
        Participant(7, FAMILY_NAMES[0], family_member_id=11, required=True, response="coming", id=1),
        Participant(7, FAMILY_NAMES[1], family_member_id=12, required=True, response="coming", id=2),
    ]
    for i, member in enumerate(team):
        participants.append(Participant(7, member.name, role=member.role, team_member_id=member.id,
                                        required=i < 3, response="coming", id=3 + i))
    participants.append(Participant(7, "Bảo Nguyễn", is_student=True, response="coming", id=12))
    if transition:
        participants.append(Participant(7, "Riverside Job Center", role="agency", id=13))
    leaders = ["Анастасия Петрова", "Zoë O'Brien", "Γιώργος Παπαδόπουλος"]
    if held:
        meeting.status = "held"
        for person in participants:
            person.attendance = "absent" if person.name == ABSENT_NAME else "present"
        participants[1].attendance = "remote"
    agenda = [AgendaItem(7, title, minutes=m, position=i, led_by=leaders[i % 3], id=i + 1)
              for i, (title, m) in enumerate(AGENDA)]
    questions = [FamilyQuestion(7, "How can we help with reading at home?", id=1),
                 FamilyQuestion(7, "Will Bảo keep the same speech therapist?", id=2)]
    record = MeetingRecord(
        meeting=meeting, participants=participants, agenda=agenda, questions=questions,
        concerns=[Concern(7, interest=CONCERN_INTEREST, position=CONCERN_POSITION,
                          questions_to_ask=CONCERN_QUESTIONS, id=1)],
        checklist=[ChecklistTick(7, "purpose_explained", done_on=date(2026, 2, 20)),
                   ChecklistTick(7, "interpreter_arranged", done_on=date(2026, 2, 25))],
        actions=[ActionItem(7, "Send home a list of reading games", owner="4",
                            owner_name="Анастасия Петрова", due_on=date(2026, 3, 27), id=1),
                 ActionItem(7, "Read together for 15 minutes each evening", owner="family",
                            due_on=date(2026, 4, 30), id=2),
                 ActionItem(7, "Set up the speech-to-text tool", owner="8",
                            owner_name="Kwame Mensah", due_on=date(2026, 3, 24), id=3)],
        home_suggestions=[HomeSuggestion(7, "Ask Bảo to tell you about one thing he read each day."),
                          HomeSuggestion(7, "Play word games at dinner.")],
        contributions=[Contribution(7, "the photos of Bảo's robot projects"),
                       Contribution(7, "your ideas for reading in Vietnamese at home")],
    )
    return HandoutData(
        record=record, student=student, family=family, team=team,
        tips=[TipEntry(1, date(2026, 1, 10), TIP_TEXT, "sensitivity", TIP_HELPS)],
        recent_contacts=[ContactEntry(11, datetime(2026, 2, 20, 16, 0), "phone", "reached",
                                      topic="Meeting time", note=CONTACT_NOTE)],
        open_actions=[ActionItem(3, "Share the reading log", owner="family",
                                 due_on=date(2026, 2, 1), id=9)],
        deadlines=[Deadline(1, "annual_review", date(2026, 3, 31)),
                   Deadline(1, "send_notice", date(2026, 3, 7), meeting_id=7)],
        next_meeting=Meeting(student_id=1, starts_at=STARTS + timedelta(days=70)),
        letterhead=Letterhead(school_name="Lincoln Middle School",
                              address="200 Elm Street\nSpringfield, OR 97477",
                              teacher_name="Анастасия Петрова",
                              teacher_title="Special education teacher",
                              phone="(541) 555-0142", email="a.petrova@lincoln.example.org"),
        paper=paper, today=STARTS.date() + timedelta(days=2) if held else TODAY,
        documents_for_review=["Draft IEP", "Speech and language report"],
        checklist_items=["purpose_explained", "interpreter_arranged", "documents_sent"],
    )


# A name and a sentence in each script the handouts must print (the sentences are what a
# teacher or a family might type: a question, a note, an idea for home).
SCRIPT_SAMPLES = {
    "Vietnamese": ("Nguyễn Thị Ánh", "Gia đình muốn biết thêm về giờ đọc sách."),
    "Latin": ("Łukasz Żółkiewski-Núñez", "Ça va très bien, merci; Ångström og Ødegård."),
    "Cyrillic": ("Анастасия Петрова", "Мы поговорим о чтении дома."),
    "Greek": ("Γιώργος Παπαδόπουλος", "Θα μιλήσουμε για το διάβασμα στο σπίτι."),
    "Arabic": ("محمد علي", "نريد أن نتحدث عن القراءة في المنزل."),
    "Urdu": ("عائشہ خان", "ہم گھر پر پڑھائی کے بارے میں بات کریں گے۔"),
    "Persian": ("زهرا رضایی", "می‌خواهیم درباره خواندن در خانه صحبت کنیم."),
    "Hebrew": ("שרה כהן", "נדבר על קריאה בבית."),
    "Chinese (simplified)": ("张伟", "我们想谈谈在家里阅读的事情。"),
    "Chinese (traditional)": ("陳美玲", "我們想談談在家裡閱讀的事情。"),
    "Japanese": ("さくら たなか", "いえで ほんを よむ ことに ついて はなしたいです。"),
    "Korean": ("김민준", "집에서 책 읽기에 대해 이야기하고 싶어요."),
    "Hindi": ("प्रिया शर्मा", "हम घर पर पढ़ाई के बारे में बात करना चाहते हैं।"),
    "Nepali": ("सुनिता श्रेष्ठ", "हामी घरमा पढाइको बारेमा कुरा गर्न चाहन्छौं।"),
    "Bengali": ("রবীন্দ্রনাথ ঠাকুর", "আমরা বাড়িতে পড়া নিয়ে কথা বলতে চাই।"),
    "Thai": ("สมชาย ใจดี", "เราอยากคุยเรื่องการอ่านหนังสือที่บ้าน"),
    "Burmese": ("အောင်ဆန်းစုကြည်", "အိမ်မှာ စာဖတ်ခြင်းအကြောင်း ပြောချင်ပါတယ်။"),
    "Amharic": ("አበበ በቀለ", "ስለ ቤት ንባብ መነጋገር እንፈልጋለን።"),
    "Khmer": ("សុខ សុភា", "យើងចង់និយាយអំពីការអាននៅផ្ទះ។"),
}


def every_script_handout(*, held: bool = False) -> HandoutData:
    """The sample meeting with a name in each script on the list of people, and every name
    and sentence in the fields each document prints (papers to read, questions, agenda
    items, notes, contributions, ideas for home)."""
    data = sample_handout(held=held)
    names = [name for name, _ in SCRIPT_SAMPLES.values()]
    sentences = [sentence for _, sentence in SCRIPT_SAMPLES.values()]
    for person, name in zip(data.record.participants, names):
        person.name = name
    family = {p.family_member_id: p.name for p in data.record.participants if p.family_member_id}
    for link in data.family:
        link.member.name = family.get(link.member.id, link.member.name)
    data.student.legal_first_name = "محمد"
    data.student.legal_last_name = "علي"
    data.student.preferred_name = ""
    everything = names + sentences
    data.documents_for_review = everything
    data.record.meeting.purpose = SCRIPT_SAMPLES["Arabic"][1]
    data.record.meeting.notes = "\n".join(everything)
    for item, sentence in zip(data.record.agenda, sentences):
        item.title = sentence
    data.record.questions = [FamilyQuestion(7, text, id=n) for n, text in enumerate(everything)]
    data.record.contributions = [Contribution(7, text) for text in everything]
    data.record.home_suggestions = [HomeSuggestion(7, text) for text in sentences]
    data.letterhead.teacher_name = SCRIPT_SAMPLES["Cyrillic"][0]
    return data


def named_handout(first: str, last: str, family: tuple[str, ...], *,
                  held: bool = False) -> HandoutData:
    """The sample meeting for a student and family with these names."""
    data = sample_handout(held=held)
    data.student.legal_first_name = first
    data.student.legal_last_name = last
    data.student.preferred_name = ""
    for person, link, name in zip(data.record.participants, data.family, family):
        person.name = name
        link.member.name = name
    student = next(p for p in data.record.participants if p.is_student)
    student.name = f"{first} {last}"
    data.record.meeting.purpose = f"Look at {first}'s reading goals and plan for next year."
    return data


# -- the student's IEP: goals with progress notes, services, accommodations, decisions ------------
# On TODAY (2 March 2026), reading is on track, writing is behind, and asking for help is
# rated "progressing"; the speech goal has no notes yet.
READING_GOAL = Goal(1, 1, "Reading", "Read a grade-level passage aloud smoothly and correctly.",
                    measured_by="words read correctly in one minute", unit="words a minute",
                    baseline=40, baseline_on=date(2025, 9, 8), target=90,
                    target_by=date(2026, 6, 5))
WRITING_GOAL = Goal(2, 1, "Writing", "Write sentences that start with a capital letter and "
                    "end with a period.", measured_by="sentences out of 10 written correctly",
                    unit="of 10 sentences", baseline=2, baseline_on=date(2025, 9, 8), target=8,
                    target_by=date(2026, 6, 5))
HELP_GOAL = Goal(3, 1, "Self-advocacy", "Ask an adult for help when stuck on classwork.",
                 measured_by="teacher observation")
SPEECH_GOAL = Goal(4, 1, "Speech", "Say the “r” sound clearly in conversation.",
                   measured_by="share of words said clearly in a 5-minute talk", unit="%",
                   baseline=30, baseline_on=date(2026, 1, 12), target=80,
                   target_by=date(2026, 12, 18))
GOAL_NOTES = [
    ProgressNote(1, 1, date(2025, 11, 14), value=52),
    ProgressNote(2, 1, date(2026, 1, 30), value=63),
    ProgressNote(3, 2, date(2025, 11, 14), value=3),
    ProgressNote(4, 2, date(2026, 1, 30), value=3),
    ProgressNote(5, 3, date(2025, 12, 5), rating=Rating.EMERGING),
    ProgressNote(6, 3, date(2026, 2, 13), rating=Rating.PROGRESSING),
]
# Only on the IEP at a glance: a family document never prints these (a test checks it).
ACCOMMODATION_TEXT = "Extra time (1.5x) on tests and quizzes (acc-gq8)"
SERVICE_TEXT = "Reading intervention, small group (svc-jd3)"
DECISION_NOTE = "Reading support stays at four times a week."
DISAGREE_NOTE = "The family asked for daily one-to-one reading; the school proposes a small group."


def with_goals(data: HandoutData, goals: list[Goal] | None = None) -> HandoutData:
    """The sample with its student's IEP: three goals (on track, behind, rated) unless
    `goals` says otherwise, their notes, services, accommodations and the decisions of
    two agenda items."""
    data.goals = list(goals if goals is not None else (READING_GOAL, WRITING_GOAL, HELP_GOAL))
    data.progress_notes = list(GOAL_NOTES)
    data.services = [Service(1, 1, SERVICE_TEXT, "4 × 30 minutes a week", "Room 12",
                             "Reading specialist"),
                     Service(2, 1, "Speech-language therapy", "2 × 20 minutes a week",
                             "Speech room", "Speech-language pathologist")]
    data.accommodations = [Accommodation(1, 1, ACCOMMODATION_TEXT, "All classes"),
                           Accommodation(2, 1, "A seat near the teacher", "All classes")]
    data.student.strengths = "Builds robots; explains how things work; kind to classmates."
    data.decisions = [AgendaDecision(4, Decision.AGREED, DECISION_NOTE),
                      AgendaDecision(9, Decision.FAMILY_DISAGREES, DISAGREE_NOTE),
                      AgendaDecision(11, Decision.COME_BACK_TO)]
    return data
