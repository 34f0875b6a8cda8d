"""Yes/no facts read as sentences: no "Yes: yes", and unknown is "Not known"."""

import pytest

from curation.answers import Answer, statement, tristate_answer


@pytest.mark.parametrize(
    ("value", "details", "expected"),
    [
        (
            "yes",
            "yes (spouse or family members caring for the patient)",
            Answer("Yes, spouse or family members caring for the patient"),
        ),
        ("yes", "yes", Answer("Yes")),
        ("yes", "", Answer("Yes")),
        (
            "yes",
            "yes: a registered guarantor (METI/JTA list), as for the short stay",
            Answer(
                "Yes, a registered guarantor (METI/JTA list), as for the short stay"
            ),
        ),
        ("yes", "Spouse only", Answer("Yes, spouse only")),
        (
            "no",
            "no: no guarantor, but a confirmed appointment is expected",
            Answer("No guarantor, but a confirmed appointment is expected"),
        ),
        (
            "no",
            "no (hospital invitation letter required)",
            Answer("No, hospital invitation letter required"),
        ),
        ("no", "no", Answer("No")),
        (
            "conditional",
            "conditional: through a registered inviter",
            Answer("Depends on the case: through a registered inviter"),
        ),
        ("unknown", "unknown", Answer("Not known", known=False)),
        ("unknown", "", Answer("Not known", known=False)),
        # Details that contradict the stored answer are shown as written.
        ("yes", "no companions", Answer("Yes, no companions")),
    ],
)
def test_tristate_reads_as_one_answer_without_repeating_itself(
    value, details, expected
):
    assert tristate_answer(value, details) == expected


def test_a_nullable_boolean_reads_as_its_statement_and_none_is_not_known():
    words = {"yes": "Has a board", "no": "Has no board", "unknown": "Not known"}

    assert statement(True, **words) == Answer("Has a board")
    assert statement(False, **words) == Answer("Has no board")
    assert statement(None, **words) == Answer("Not known", known=False)
