"""The ground floor: what every curated record shares, and where facts come from.

`Source` is a public document; each domain app links its records to sources
through its own `Citation` tables. `CuratedModel` gives a record its publication
state, last-verified date and confidence. Nothing here knows the domain apps:
"who cites this source" is found through the app registry.
"""

import datetime

from django.apps import apps
from django.conf import settings
from django.db import models
from django.db.models import Exists, OuterRef, Prefetch, Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

from curation.confidence import (
    BASIS_TEXT,
    LEVEL_TEXT,
    NO_SOURCE,
    SOURCE_STRENGTH,
    Confidence,
    SourceKind,
    overclaiming_condition,
    source_kind_of_strength,
    source_strength,
    supported_confidence,
)

# Years before this are typos in curated data, not history.
EARLIEST_PLAUSIBLE_YEAR = 1500
LATEST_PLAUSIBLE_YEAR = 2100


class PublicationStatus(models.TextChoices):
    DRAFT = "draft", _("Draft")
    PUBLISHED = "published", _("Published")


class Tristate(models.TextChoices):
    """A yes/no fact whose absence from the sources is stored, not guessed."""

    YES = "yes", _("Yes")
    NO = "no", _("No")
    CONDITIONAL = "conditional", _("Depends on the case")
    UNKNOWN = "unknown", _("Not known")


def known_choices(choices):
    """Return the choices a fact can be reported as: 'unknown' is sent as null.

    The API schema names these as enums (SPECTACULAR_SETTINGS's
    ENUM_NAME_OVERRIDES), each defined beside its model.
    """
    return [(value, label) for value, label in choices if value != "unknown"]


# Named enums for the API schema.
KNOWN_TRISTATE = known_choices(Tristate.choices)
KNOWN_SOURCE_KIND = known_choices(SourceKind.choices)


def choices_constraint(field, choices):
    """Back a TextChoices field with a database check, named by convention."""
    return models.CheckConstraint(
        condition=Q(**{f"{field}__in": choices.values}),
        name=f"%(app_label)s_%(class)s_{field}_valid",
        violation_error_message=_("%(field)s must be one of the listed choices.")
        % {"field": field},
    )


def unique_pair(*fields):
    """Let each pair (a record and its source, a center and a service) link once."""
    return models.UniqueConstraint(
        fields=list(fields), name="%(app_label)s_%(class)s_unique_pair"
    )


def year_constraint(field):
    """Reject years outside the plausible range; blank stays allowed."""
    return models.CheckConstraint(
        condition=Q(**{f"{field}__isnull": True})
        | Q(
            **{
                f"{field}__gte": EARLIEST_PLAUSIBLE_YEAR,
                f"{field}__lte": LATEST_PLAUSIBLE_YEAR,
            }
        ),
        name=f"%(app_label)s_%(class)s_{field}_plausible",
        violation_error_message=_("Enter a year between %(low)s and %(high)s.")
        % {"low": EARLIEST_PLAUSIBLE_YEAR, "high": LATEST_PLAUSIBLE_YEAR},
    )


class SourcedQuerySet(models.QuerySet):
    """Query shaping every sourced record shares: how strong its sources are."""

    def with_source_strength(self):
        """Annotate `source_strength`, for the admin's confidence check and filter."""
        return self.annotate(source_strength=source_strength(self.model))

    def overclaiming(self):
        """Keep records whose confidence claims more than their sources back."""
        return self.filter(overclaiming_condition(self.model))


def curator_notes_field(max_length=None):
    """Return the `notes` field of a curated record: for curators only.

    Where a figure came from, what to re-check, how an item should be shown:
    never rendered on a page or serialized by the API (a test crawls both for
    a marker put in every `notes`). What patients should read beside the facts
    goes in `public_note_field()`.
    """
    field_class = models.CharField if max_length else models.TextField
    return field_class(
        _("curator notes"),
        blank=True,
        **({"max_length": max_length} if max_length else {}),
        help_text=_(
            "For curators only: where a figure came from, what to re-check, how "
            "to show the item. Never shown on the site or in the API."
        ),
    )


def public_note_field(max_length=None):
    """Return the `public_note` field: a caveat patients read beside the facts."""
    field_class = models.CharField if max_length else models.TextField
    return field_class(
        _("note for patients"),
        blank=True,
        **({"max_length": max_length} if max_length else {}),
        help_text=_(
            "Shown on the site and in the API beside these facts: a caveat the "
            "sources state, e.g. 'ocular tumours only'. Internal notes go in "
            "curator notes."
        ),
    )


class CuratedQuerySet(SourcedQuerySet):
    def published(self):
        """Return only what the public may see: every public page starts here."""
        return self.filter(publication_status=PublicationStatus.PUBLISHED)

    def public(self):
        """Return what anonymous visitors and partners may see.

        The same as `published()` unless a record's visibility also depends on
        its parent (a visa on its country, an offering on its center), where the
        subclass says so. Sources use it to know which citations are public.
        """
        return self.published()

    def visible_to(self, user):
        """Return what `user` may open: staff preview drafts, the public does not.

        For the detail pages, so a curator can check a record before publishing.
        """
        return self if user.is_staff else self.published()

    def updated_since(self, moment):
        """Return rows changed at or after `moment`, for partners syncing."""
        return self.filter(updated_at__gte=moment)


class SourcedModel(models.Model):
    """A fact block with a last-verified date and a confidence level."""

    last_verified = models.DateField(
        _("last verified"),
        default=datetime.date.today,
        help_text=_("The day a curator last checked these facts against a source."),
    )
    confidence = models.CharField(
        _("confidence"),
        max_length=8,
        choices=Confidence.choices,
        default=Confidence.MEDIUM,
        help_text=_(
            "High: the responsible body says so on its own page. Medium: a "
            "reputable third party or official registry, or a dated source. Low: "
            "a news report, second-hand or unconfirmed. Pages and the API show at "
            "most what the cited sources' kinds back."
        ),
    )

    class Meta:
        abstract = True

    def is_stale(self, today=None):
        """Say whether the facts were verified too long ago to be trusted as is."""
        today = today or timezone.localdate()
        return (today - self.last_verified).days > settings.STALE_AFTER_DAYS

    @property
    def strongest_source_strength(self):
        """The strength of the record's strongest source; -1 when it has none.

        From the `source_strength` annotation when the queryset has it, else from
        the prefetched citations (with their sources): no query either way.
        """
        annotated = getattr(self, "source_strength", None)
        if annotated is not None:
            return annotated
        strengths = [
            SOURCE_STRENGTH.get(citation.source.kind, 0)
            for citation in self.citations.all()
        ]
        return max(strengths, default=NO_SOURCE)

    @property
    def source_basis(self):
        """The kind of the record's strongest source (None: no source)."""
        return source_kind_of_strength(self.strongest_source_strength)

    @property
    def supported_confidence(self):
        """The stored confidence, capped at what the sources can back.

        The pages and the API show this, so a stored "high" that rests on a third
        party's page reads "medium" until a curator cites the body's own page.
        """
        return supported_confidence(self.confidence, self.strongest_source_strength)

    @property
    def confidence_overclaims(self):
        """Whether the stored confidence claims more than the sources back."""
        return self.supported_confidence != self.confidence

    @property
    def confidence_label(self):
        """Say how far to trust the facts and what they rest on, for the pages.

        "High: stated by the responsible body" only when one source is that
        body's own page; otherwise e.g. "Medium: stated by a third party".
        """
        return _("%(level)s: %(basis)s") % {
            "level": LEVEL_TEXT[self.supported_confidence],
            "basis": BASIS_TEXT[self.source_basis],
        }


class CuratedModel(SourcedModel):
    """A public record: it has a publication state and timestamps for syncing."""

    publication_status = models.CharField(
        _("publication status"),
        max_length=12,
        choices=PublicationStatus.choices,
        default=PublicationStatus.DRAFT,
        help_text=_("Only published records are shown to the public and partners."),
    )
    created_at = models.DateTimeField(_("created"), auto_now_add=True)
    updated_at = models.DateTimeField(_("updated"), auto_now=True, db_index=True)

    class Meta:
        abstract = True

    @property
    def is_published(self):
        return self.publication_status == PublicationStatus.PUBLISHED


class SourceQuerySet(models.QuerySet):
    def cited_by_published(self):
        """Keep sources cited by a record the public may see, for the API's sources.

        A source only a draft cites says what curators are working on, so it stays
        private until that record is published. Each cited model's default
        manager says what is public through `public()`.
        """
        condition = Q()
        for citation_model, record_field in citation_models():
            record_model = citation_model._meta.get_field(record_field).related_model
            citations = citation_model.objects.filter(
                **{f"{record_field}__in": record_model._default_manager.public()}
            )
            condition |= Exists(citations.filter(source=OuterRef("pk")))
        return self.filter(condition)


class Source(models.Model):
    """A public document that backs one or more facts.

    Sources are shared: the same page can support a country's visa rules and a
    center's founding year. Each link from a record to a source says which facts
    it supports.
    """

    url = models.URLField(
        _("URL"),
        max_length=500,
        blank=True,
        help_text=_("Leave blank only for a source with no public address."),
    )
    title = models.CharField(
        _("title"), max_length=300, help_text=_("The page or document title.")
    )
    publisher = models.CharField(_("publisher"), max_length=200, blank=True)
    accessed_on = models.DateField(
        _("accessed on"),
        null=True,
        blank=True,
        help_text=_("The day the page was read, or the date it shows."),
    )
    accessed_note = models.CharField(
        _("date note"),
        max_length=300,
        blank=True,
        help_text=_("The date or version the page itself shows, as written there."),
    )
    kind = models.CharField(
        _("kind of source"),
        max_length=12,
        choices=SourceKind.choices,
        default=SourceKind.UNKNOWN,
        help_text=_(
            "Who stands behind it. The responsible body's own page (the center's "
            "site for its facts, the issuing ministry for a visa) is the only kind "
            "that can back 'high' confidence; a third party's page backs at most "
            "'medium', a news report or a source of unknown kind 'low'."
        ),
    )
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    objects = SourceQuerySet.as_manager()
    # The tables keep the names they had when sources lived in `destinations`.
    history = HistoricalRecords(table_name="destinations_historicalsource")

    class Meta:
        db_table = "destinations_source"
        ordering = ["title", "id"]
        constraints = [
            models.UniqueConstraint(
                fields=["url"],
                condition=~Q(url=""),
                # Named as it was created, when sources lived in `destinations`.
                name="destinations_source_unique_url",
                violation_error_message=_("A source with this URL already exists."),
            ),
            choices_constraint("kind", SourceKind),
        ]

    def __str__(self):
        return self.title


class Citation(models.Model):
    """Link a record to a source, saying which of its facts the source supports."""

    source = models.ForeignKey(
        "curation.Source", on_delete=models.PROTECT, related_name="+"
    )
    supports = models.CharField(
        _("supports"),
        max_length=300,
        blank=True,
        help_text=_(
            "Which facts this source backs, e.g. 'founding year; JCI'. Leave blank "
            "when it backs the whole record."
        ),
    )

    # Adding or dropping a source changes what a fact rests on, so every concrete
    # citation table keeps its own history, like the records it supports.
    history = HistoricalRecords(inherit=True)

    class Meta:
        abstract = True

    def __str__(self):
        return f"{self.source} ({self.supports})" if self.supports else str(self.source)


def citation_models():
    """Yield every concrete citation model, in every app, with its record field."""
    for model in apps.get_models():
        if issubclass(model, Citation):
            record_field = next(
                field
                for field in model._meta.concrete_fields
                if field.is_relation and field.name != "source"
            )
            yield model, record_field.name


def cited(citation_model):
    """Prefetch a record's citations with their sources, in one query."""
    return Prefetch(
        "citations",
        queryset=citation_model.objects.select_related("source").order_by(
            "source__title", "source__id"
        ),
    )
