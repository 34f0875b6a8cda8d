"""Facts several files give one center, gathered first and then written once.

The access file and the center-fact files both speak of a center's intake,
international office, languages and services; the center file and the fact
files both of its accreditations. Each loader adds what its rows say to a
`CenterFacts`; `write()` then saves every value once, so a second run finds
each value as it left it and writes nothing (no history rows either).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from centers.models import (
    Accreditation,
    Center,
    CenterAccreditation,
    CenterService,
    IntakeRoute,
    SupportiveService,
)
from demo.records import upsert

# The most a CenterService or CenterAccreditation note holds.
LINK_NOTES_MAX = 500


@dataclass
class _Facts:
    center: Center
    intake: str = IntakeRoute.UNKNOWN
    intake_said_by: str = ""
    office: bool | None = None
    language_support: list[str] = field(default_factory=list)
    languages: dict = field(default_factory=dict)  # code -> Language
    services: dict[str, list[str]] = field(default_factory=dict)
    accreditations: dict[str, list[str]] = field(default_factory=dict)
    trials: bool | None = None
    trials_notes: list[str] = field(default_factory=list)
    board: bool | None = None
    board_notes: list[str] = field(default_factory=list)
    response: list[str] = field(default_factory=list)


def _add(notes: list[str], note: str):
    if note and note not in notes:
        notes.append(note)


def _link_note(center, what, notes):
    text = " ".join(notes)
    if len(text) > LINK_NOTES_MAX:
        raise ValueError(
            f"{center}: the notes on {what} run past {LINK_NOTES_MAX} characters"
        )
    return text


class CenterFacts:
    """What the files say of each center's shared facts, keyed by center."""

    def __init__(self):
        self._by_pk: dict[int, _Facts] = {}

    def of(self, center) -> _Facts:
        return self._by_pk.setdefault(center.pk, _Facts(center))

    def intake(self, center, route, *, said_by):
        """Record the intake route; two files that disagree stop the load."""
        facts = self.of(center)
        if route == IntakeRoute.UNKNOWN:
            return
        if facts.intake not in (IntakeRoute.UNKNOWN, route):
            raise ValueError(
                f"{center}: {facts.intake_said_by} says intake {facts.intake!r}, "
                f"{said_by} says {route!r}"
            )
        facts.intake, facts.intake_said_by = route, said_by

    def office(self, center, has_office):
        if has_office:
            self.of(center).office = True

    def language(self, center, language, note=""):
        """Record a language the center offers patients, with what the source
        says where the access file does not already name it."""
        facts = self.of(center)
        if language.code not in facts.languages:
            _add(facts.language_support, note)
        facts.languages[language.code] = language

    def language_support(self, center, text):
        _add(self.of(center).language_support, text)

    def service(self, center, slug, note=""):
        _add(self.of(center).services.setdefault(slug, []), note)

    def accreditation(self, center, slug, note=""):
        _add(self.of(center).accreditations.setdefault(slug, []), note)

    def trials(self, center, note):
        facts = self.of(center)
        facts.trials = True
        _add(facts.trials_notes, note)

    def tumor_board(self, center, note):
        facts = self.of(center)
        facts.board = True
        _add(facts.board_notes, note)

    def response_time(self, center, note):
        _add(self.of(center).response, note)

    def write(self):
        """Save every center's gathered facts, each value once."""
        services = {s.slug: s for s in SupportiveService.objects.all()}
        accreditations = {a.slug: a for a in Accreditation.objects.all()}
        for facts in self._by_pk.values():
            center = upsert(
                Center,
                lookup={"pk": facts.center.pk},
                values={
                    "intake_route": facts.intake,
                    "has_international_office": facts.office,
                    "language_support": "\n".join(facts.language_support),
                    "runs_clinical_trials": facts.trials,
                    "clinical_trials_note": "\n".join(facts.trials_notes),
                    "has_tumor_board": facts.board,
                    "tumor_board_note": "\n".join(facts.board_notes),
                    "response_time": "\n".join(facts.response),
                },
            )
            center.languages.set(
                [facts.languages[code] for code in sorted(facts.languages)]
            )
            for slug, notes in facts.services.items():
                upsert(
                    CenterService,
                    lookup={"center": center, "service": services[slug]},
                    values={"notes": _link_note(center, slug, notes)},
                )
            for slug, notes in facts.accreditations.items():
                upsert(
                    CenterAccreditation,
                    lookup={"center": center, "accreditation": accreditations[slug]},
                    values={"notes": _link_note(center, slug, notes)},
                )
