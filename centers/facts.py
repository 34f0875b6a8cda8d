"""A center's yes/no facts as sentences, each with the sources that state it.

Pure functions over `Center.objects.for_detail()` (citations prefetched with
their sources): no queries. A source states a fact when its citation's
"supports" names it, e.g. "tumor board; clinical trials".
"""

from dataclasses import dataclass

from django.utils.translation import gettext as _

from curation.answers import Answer, statement


@dataclass(frozen=True)
class CenterFact:
    answer: Answer
    sources: tuple = ()


# What a citation's "supports" says when its source states the fact.
SUPPORTS_WORDS = {
    "tumor_board": ("tumor board", "tumour board"),
    "clinical_trials": ("clinical trial", "trials"),
    "international_office": ("international office", "international patient office"),
}


def sources_stating(center, fact):
    """Return the sources whose citation says it supports `fact`."""
    words = SUPPORTS_WORDS[fact]
    return tuple(
        citation.source
        for citation in center.citations.all()
        if any(word in citation.supports.lower() for word in words)
    )


def center_facts(center):
    """Return the center's yes/no facts as sentences, keyed by fact."""
    answers = {
        "tumor_board": statement(
            center.has_tumor_board,
            yes=_("Has a multidisciplinary tumor board"),
            no=_("Has no multidisciplinary tumor board"),
            unknown=_("Not known whether it has a multidisciplinary tumor board"),
        ),
        "clinical_trials": statement(
            center.runs_clinical_trials,
            yes=_("Takes part in clinical trials"),
            no=_("Does not take part in clinical trials"),
            unknown=_("Not known whether it takes part in clinical trials"),
        ),
        "international_office": statement(
            center.has_international_office,
            yes=_("Has an international patient office"),
            no=_("Has no international patient office"),
            unknown=_("Not known whether it has an international patient office"),
        ),
    }
    return {
        fact: CenterFact(answer, sources_stating(center, fact) if answer.known else ())
        for fact, answer in answers.items()
    }
