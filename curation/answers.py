"""Yes/no facts as sentences a patient reads, not "Yes: yes".

Pure functions over stored values: a tristate with the details a source gives
("yes (spouse or children)") reads "Yes, spouse or children"; a nullable
boolean reads as a statement about the record ("Has a multidisciplinary tumor
board"), and None is "not known", never "no".
"""

import re
from dataclasses import dataclass

from django.utils.translation import gettext as _

from curation.models import Tristate

# A details text that starts by restating its answer: "yes (…)", "no: …",
# "conditional; …". The words are the stored values, which data files use too.
RESTATED = re.compile(
    r"^\s*(?P<word>yes|no|conditional|unknown)\b\s*[:;,.\-\u2013]?\s*", re.IGNORECASE
)


@dataclass(frozen=True)
class Answer:
    text: str
    known: bool = True


def _without_restated_answer(value, details):
    """Drop a leading "yes"/"no"/… that repeats `value`, and the brackets after it."""
    details = (details or "").strip()
    match = RESTATED.match(details)
    if not match or match.group("word").lower() != value:
        return details
    rest = details[match.end() :].strip()
    if rest.startswith("(") and rest.endswith(")") and rest.count("(") == 1:
        rest = rest[1:-1].strip()
    return rest


def _continue(text):
    """Lower a sentence's first letter to follow a comma, unless it is an acronym."""
    if len(text) > 1 and text[0].isupper() and text[1].islower():
        return text[0].lower() + text[1:]
    return text


def tristate_answer(value, details=""):
    """Render a Tristate and the source's details as one answer.

    "yes" + "yes (spouse or children)" -> "Yes, spouse or children";
    "no" + "no: no guarantor, but a letter" -> "No guarantor, but a letter";
    "unknown" + "" -> "Not known".
    """
    rest = _without_restated_answer(value, details)
    if value == Tristate.YES:
        return Answer(_("Yes") + (f", {_continue(rest)}" if rest else ""))
    if value == Tristate.NO:
        if re.match(r"no\b", rest, re.IGNORECASE):
            return Answer(rest[0].upper() + rest[1:])
        return Answer(_("No") + (f", {_continue(rest)}" if rest else ""))
    if value == Tristate.CONDITIONAL:
        return Answer(_("Depends on the case") + (f": {rest}" if rest else ""))
    return Answer(_("Not known") + (f" ({rest})" if rest else ""), known=False)


def statement(value, *, yes, no, unknown):
    """Render a nullable boolean as the sentence that says it."""
    if value is None:
        return Answer(unknown, known=False)
    return Answer(yes if value else no)
