"""The ground floor: what every curated record shares, and where facts come from.

`Source` is a public document; each domain app links its records to sources
through its own `Citation` tables. `CuratedModel` gives a record its publication
state, last-verified date and confidence. Nothing here knows the domain apps:
"who cites this source" is found through the app registry.
"""

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

# Re-exported: the domain apps take their field and constraint helpers from here.
from curation.constraints import (
    EARLIEST_PLAUSIBLE_YEAR as EARLIEST_PLAUSIBLE_YEAR,
)
from curation.constraints import (
    LATEST_PLAUSIBLE_YEAR as LATEST_PLAUSIBLE_YEAR,
)
from curation.constraints import (
    choices_constraint,
    known_choices,
)
from curation.constraints import (
    curator_notes_field as curator_notes_field,
)
from curation.constraints import (
    public_note_field as public_note_field,
)
from curation.constraints import (
    unique_pair as unique_pair,
)
from curation.constraints import (
    year_constraint as year_constraint,
)
from curation.money import RateTable


class PublicationStatus(models.TextChoices):
    DRAFT = "draft", _("Draft")
    PUBLISHED = "published", _("Published")


class Tristate(models.TextChoices):
    """A yes/no fact whose absence from the sources is stored, not guessed."""

    YES = "yes", _("Yes")
    NO = "no", _("No")
    CONDITIONAL = "conditional", _("Depends on the case")
    UNKNOWN = "unknown", _("Not known")


KNOWN_TRISTATE = known_choices(Tristate.choices)
KNOWN_SOURCE_KIND = known_choices(SourceKind.choices)


class SourcedQuerySet(models.QuerySet):
    """Query shaping every sourced record shares: how strong its sources are."""

    def with_source_strength(self):
        """Annotate `source_strength`, for the admin's confidence check and filter."""
        return self.annotate(source_strength=source_strength(self.model))

    def overclaiming(self):
        """Keep records whose confidence claims more than their sources back."""
        return self.filter(overclaiming_condition(self.model))


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
    """A fact block with a last-verified date and a confidence level.

    `last_verified` is the day a curator really checked the facts against their
    sources, blank until someone has; the sources' own dates (`Source.as_of`)
    say how old the facts themselves are. Either can make a fact stale.
    """

    last_verified = models.DateField(
        _("last verified"),
        null=True,
        blank=True,
        help_text=_(
            "The day a curator last checked these facts against a source. Leave "
            "blank until someone has: importing or creating is not verifying."
        ),
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
        """Say whether the facts may be out of date: verified too long ago, or
        resting only on sources that are themselves old.

        Reads `citations` with their sources, which every page that shows the
        flag prefetches. Never verified is not stale: it is said as such.
        """
        return bool(self.staleness(today))

    def staleness(self, today=None):
        """Why the facts may be out of date: 'verified' (checked long ago),
        'source' (their newest source is old), or '' when neither."""
        today = today or timezone.localdate()
        if self.last_verified and (
            (today - self.last_verified).days > settings.STALE_AFTER_DAYS
        ):
            return "verified"
        newest = self.newest_source_date()
        if newest and (today - newest).days > settings.SOURCE_STALE_AFTER_DAYS:
            return "source"
        return ""

    def newest_source_date(self):
        """The newest date the record's sources themselves give, or None."""
        citations = getattr(self, "citations", None)
        if citations is None:
            return None
        dates = [c.source.as_of for c in citations.all() if c.source.as_of]
        return max(dates, default=None)

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
        _("read on"),
        null=True,
        blank=True,
        help_text=_("The day a curator read the page."),
    )
    as_of = models.DateField(
        _("source date"),
        null=True,
        blank=True,
        help_text=_(
            "The date the source itself gives (published, updated, 'as of'): its "
            "facts are as old as this, however recently they were read. Where it "
            "gives only a year or month, the first day of it."
        ),
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


class ExchangeRateQuerySet(models.QuerySet):
    def newest_table(self):
        """Return the rows of the newest reference date.

        For the pages and API that convert prices: one query, however many
        dates are stored. Older tables stay for the record; nothing reads them.
        """
        newest = self.order_by("-on_date").values("on_date")[:1]
        return self.filter(on_date=models.Subquery(newest)).order_by("currency")

    def table(self):
        """Return the newest table as a `RateTable`, or None if none is stored."""
        return RateTable.from_rates(self.newest_table())


class ExchangeRate(models.Model):
    """How many units of a currency one euro bought on a date, by a named table.

    A row is one line of a published table of reference rates (the European
    Central Bank's euro foreign exchange reference rates), stored as the table
    states it. Prices are converted through the euro with the newest table;
    nothing is fetched live, so a converted price always names its table's date.
    Tables are loaded whole (`manage.py load_exchange_rates`); the project ships
    one (curation/data/).
    """

    currency = models.CharField(
        _("currency"), max_length=3, help_text=_("ISO 4217 code, e.g. 'USD'.")
    )
    per_euro = models.DecimalField(
        _("units per euro"),
        max_digits=16,
        decimal_places=6,
        help_text=_("Units of the currency that one euro buys, as the table says."),
    )
    on_date = models.DateField(
        _("rate date"), help_text=_("The day the table gives these rates for.")
    )
    # The table, not a `Source`: sources back curated facts through citations,
    # and a rate is reference data that no curator verifies.
    source_url = models.URLField(
        _("table URL"),
        max_length=500,
        help_text=_("The address of the published table the rate is copied from."),
    )
    source_title = models.CharField(
        _("table"),
        max_length=300,
        help_text=_("Which published table, e.g. its publisher and reference number."),
    )

    objects = ExchangeRateQuerySet.as_manager()

    class Meta:
        ordering = ["-on_date", "currency"]
        constraints = [
            models.UniqueConstraint(
                fields=["currency", "on_date"],
                name="%(app_label)s_%(class)s_one_rate_per_day",
                violation_error_message=_(
                    "This currency already has a rate on this date."
                ),
            ),
            models.CheckConstraint(
                condition=Q(currency__regex=r"^[A-Z]{3}$") & ~Q(currency="EUR"),
                name="%(app_label)s_%(class)s_currency_iso4217_not_euro",
                violation_error_message=_(
                    "Enter a three-letter ISO 4217 code other than EUR (the base)."
                ),
            ),
            models.CheckConstraint(
                condition=Q(per_euro__gt=0),
                name="%(app_label)s_%(class)s_per_euro_positive",
                violation_error_message=_("A rate is a positive number."),
            ),
        ]

    def __str__(self):
        return f"1 EUR = {self.per_euro} {self.currency} ({self.on_date})"
