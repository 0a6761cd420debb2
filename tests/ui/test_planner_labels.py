"""Role names in the planner's lists: every one with a capital, whoever wrote it."""

from iep_desk.ui.planner.labels import role_label


def test_roles_read_the_same_whether_coded_or_typed():
    assert role_label("special_education_teacher") == "Special education teacher"
    assert role_label("mother") == "Mother"  # a relationship as the teacher typed it
    assert role_label("great_aunt") == "Great aunt"
    assert role_label("") == ""
