"""What every curated admin shares, and the admin of sources.

The provenance column and filter, the publish/unpublish/verify actions, the
citation inline, the fieldsets every curated record ends with, and the
"needs attention" counts of the admin index. Counts come from subquery
annotations, so a changelist runs the same queries whatever number of rows it
shows.
"""

import datetime
from dataclasses import dataclass

from django import forms
from django.conf import settings
from django.contrib import admin, messages
from django.db import models
from django.db.models import (
    Count,
    Exists,
    IntegerField,
    OuterRef,
    Q,
    Subquery,
)
from django.db.models.functions import Coalesce
from django.urls import NoReverseMatch, reverse
from django.utils import timezone
from django.utils.html import format_html, format_html_join
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext
from simple_history.admin import SimpleHistoryAdmin

from curation.confidence import (
    BASIS_TEXT,
    LEVEL_TEXT,
    overclaiming_condition,
    source_strength,
)
from curation.models import ExchangeRate, PublicationStatus, Source, citation_models
from curation.services import (
    RecordsRefused,
    records_mark_verified,
    records_publish,
    records_unpublish,
)

admin.site.site_header = _("OncoAtlas staff")
admin.site.site_title = _("OncoAtlas staff")
admin.site.index_title = _("Curated data")


# ---------------------------------------------------------------------------
# Shared: counts, provenance, actions, citations
# ---------------------------------------------------------------------------
def count_of(model, field, **filters):
    """Count `model` rows whose `field` points at the outer row, as a subquery.

    A subquery per count, not a JOIN with Count(): two to-many joins would
    multiply each other's rows, and a subquery keeps the changelist one query.
    """
    rows = (
        model._default_manager.filter(**{field: OuterRef("pk")}, **filters)
        .order_by()
        .values(field)
        .annotate(n=Count("pk"))
        .values("n")
    )
    return Coalesce(Subquery(rows, output_field=IntegerField()), 0)


def citation_count(model):
    """Count the sources cited by each row of `model` (its `citations` relation)."""
    relation = model._meta.get_field("citations")
    return count_of(relation.related_model, relation.field.name)


def stale_before():
    """Return the first last-verified date that still counts as fresh."""
    return timezone.localdate() - datetime.timedelta(days=settings.STALE_AFTER_DAYS)


class ProvenanceListFilter(admin.SimpleListFilter):
    """Find records with no source or verified too long ago."""

    title = _("provenance")
    parameter_name = "provenance"

    def lookups(self, request, model_admin):
        return [
            ("unsourced", _("Unsourced")),
            (
                "stale",
                _("Stale (verified over %(days)s days ago)")
                % {"days": settings.STALE_AFTER_DAYS},
            ),
            ("ok", _("Sourced and fresh")),
            ("overclaims", _("Confidence above what its sources back")),
        ]

    def queryset(self, request, queryset):
        # `source_count` is annotated by ProvenanceAdminMixin.get_queryset.
        if self.value() == "unsourced":
            return queryset.filter(source_count=0)
        if self.value() == "stale":
            return queryset.filter(last_verified__lt=stale_before())
        if self.value() == "ok":
            return queryset.filter(
                source_count__gt=0, last_verified__gte=stale_before()
            )
        if self.value() == "overclaims":
            return queryset.filter(overclaiming_condition(queryset.model))
        return queryset


@dataclass(frozen=True)
class CurationTodo:
    """One curated model's records that need a curator, with the lists to fix them."""

    label: str
    drafts: int
    unsourced: int
    stale: int
    changelist: str
    overclaims: int = 0

    @property
    def anything(self):
        return bool(self.drafts or self.unsourced or self.stale or self.overclaims)


def curation_todo(request):
    """Count drafts, unsourced and stale records of each curated model.

    For the admin index: one aggregate query per model the user may view.
    """
    todo = []
    for model, model_admin in admin.site._registry.items():
        if not isinstance(model_admin, ProvenanceAdminMixin):
            continue
        if not model_admin.has_view_permission(request):
            continue
        citations = model._meta.get_field("citations")
        cited = Exists(
            citations.related_model.objects.filter(
                **{citations.field.name: OuterRef("pk")}
            )
        )
        aggregates = {
            "unsourced": Count("pk", filter=~Q(cited)),
            "stale": Count("pk", filter=Q(last_verified__lt=stale_before())),
            "overclaims": Count("pk", filter=overclaiming_condition(model)),
        }
        if any(field.name == "publication_status" for field in model._meta.fields):
            aggregates["drafts"] = Count(
                "pk", filter=Q(publication_status=PublicationStatus.DRAFT)
            )
        counts = {"drafts": 0, **model._default_manager.aggregate(**aggregates)}
        opts = model._meta
        todo.append(
            CurationTodo(
                label=str(opts.verbose_name_plural).capitalize(),
                changelist=reverse(
                    f"admin:{opts.app_label}_{opts.model_name}_changelist"
                ),
                **counts,
            )
        )
    return sorted(todo, key=lambda row: row.label)


@admin.action(description=_("Publish selected records"), permissions=["change"])
def publish(modeladmin, request, queryset):
    try:
        changed = records_publish(queryset=queryset, user=request.user)
    except RecordsRefused as refused:
        modeladmin.message_user(
            request,
            _("Nothing was published. Fix these first: %(records)s")
            % {"records": "; ".join(refused.messages)},
            messages.ERROR,
        )
        return
    modeladmin.message_user(
        request,
        ngettext("%(count)d record published.", "%(count)d records published.", changed)
        % {"count": changed},
        messages.SUCCESS,
    )


@admin.action(
    description=_("Unpublish selected records (back to draft)"),
    permissions=["change"],
)
def unpublish(modeladmin, request, queryset):
    changed = records_unpublish(queryset=queryset, user=request.user)
    modeladmin.message_user(
        request,
        ngettext(
            "%(count)d record returned to draft.",
            "%(count)d records returned to draft.",
            changed,
        )
        % {"count": changed},
        messages.SUCCESS,
    )


@admin.action(description=_("Mark selected as verified today"), permissions=["change"])
def mark_verified_today(modeladmin, request, queryset):
    today = timezone.localdate()
    changed = records_mark_verified(queryset=queryset, on=today, user=request.user)
    modeladmin.message_user(
        request,
        ngettext(
            "%(count)d record marked verified on %(day)s.",
            "%(count)d records marked verified on %(day)s.",
            changed,
        )
        % {"count": changed, "day": today.isoformat()},
        messages.SUCCESS,
    )


class HistoryAdmin(SimpleHistoryAdmin):
    """Base of every admin on a historied model: inline edits name the user too."""

    # Most text fields hold a few sentences; default 10-row boxes bury the form.
    # A website typed without a scheme is https, as Django 6 will assume.
    formfield_overrides = {
        models.TextField: {"widget": forms.Textarea(attrs={"rows": 3, "cols": 80})},
        models.URLField: {"assume_scheme": "https"},
    }

    def save_formset(self, request, form, formset, change):
        # The middleware would find the user as well; saying it outright keeps
        # the history right if an inline is ever saved outside a request.
        instances = formset.save(commit=False)
        for obj in formset.deleted_objects:
            obj._history_user = request.user
            obj.delete()
        for obj in instances:
            obj._history_user = request.user
            obj.save()
        formset.save_m2m()


class ProvenanceAdminMixin:
    """Annotate source counts and strength; show the provenance column, which
    warns when the stored confidence claims more than the sources back."""

    history_list_display = ["last_verified", "confidence"]

    def get_queryset(self, request):
        return (
            super()
            .get_queryset(request)
            .annotate(
                source_count=citation_count(self.model),
                source_strength=source_strength(self.model),
            )
        )

    def save_related(self, request, form, formsets, change):
        # The sources are saved by now: say at once if the confidence outruns them.
        super().save_related(request, form, formsets, change)
        record = self.model._default_manager.with_source_strength().get(
            pk=form.instance.pk
        )
        if record.confidence_overclaims:
            self.message_user(
                request,
                _(
                    "Confidence is set to %(stored)s, but its strongest source is "
                    "%(basis)s: pages and the API show %(shown)s until a source "
                    "that backs it is cited."
                )
                % {
                    "stored": LEVEL_TEXT[record.confidence],
                    "basis": BASIS_TEXT[record.source_basis],
                    "shown": LEVEL_TEXT[record.supported_confidence],
                },
                messages.WARNING,
            )

    @admin.display(description=_("provenance"), ordering="source_count")
    def provenance(self, obj):
        if obj.source_count:
            sourced = format_html(
                "{} {}",
                obj.source_count,
                ngettext("source", "sources", obj.source_count),
            )
        else:
            sourced = format_html(
                '<strong style="color: var(--error-fg, #ba2121)">⚠ {}</strong>',
                _("unsourced"),
            )
        if obj.last_verified is None:
            return format_html("{} · {}", sourced, _("not yet verified"))
        if obj.last_verified < stale_before():
            sourced = format_html(
                '{} · <strong style="color: var(--error-fg, #ba2121)">{}</strong>',
                sourced,
                _("stale"),
            )
        if obj.confidence_overclaims:
            sourced = format_html(
                '{} · <strong style="color: var(--error-fg, #ba2121)">⚠ {}</strong>',
                sourced,
                _("confidence %(stored)s, sources back %(shown)s")
                % {
                    "stored": LEVEL_TEXT[obj.confidence],
                    "shown": LEVEL_TEXT[obj.supported_confidence],
                },
            )
        return sourced


class CuratedAdmin(ProvenanceAdminMixin, HistoryAdmin):
    """Base for public, curated records: publication state and the three actions."""

    actions = [publish, unpublish, mark_verified_today]
    readonly_fields = ["created_at", "updated_at"]
    history_list_display = ["publication_status", "last_verified", "confidence"]
    list_per_page = 50


def curated_fieldsets(*sections):
    """Return a curated record's fieldsets: its own, then provenance and publication.

    Every curated admin ends with the same two, so curators find them in one place.
    """
    return [
        *sections,
        (_("Provenance"), {"fields": ["last_verified", "confidence"]}),
        (
            _("Notes"),
            {
                "fields": ["public_note", "notes"],
                "description": _(
                    "The note for patients is public; curator notes never are."
                ),
            },
        ),
        (
            _("Publication"),
            {"fields": ["publication_status", "created_at", "updated_at"]},
        ),
    ]


class CitationInline(admin.TabularInline):
    """The sources a record cites; each link says which facts the source backs."""

    extra = 0
    fields = ["source", "supports"]
    autocomplete_fields = ["source"]
    verbose_name = _("source")
    verbose_name_plural = _("sources")

    def get_queryset(self, request):
        return super().get_queryset(request).select_related("source")


# ---------------------------------------------------------------------------
# Sources
# ---------------------------------------------------------------------------
@admin.register(Source)
class SourceAdmin(HistoryAdmin):
    list_display = [
        "title",
        "publisher",
        "kind",
        "accessed_on",
        "link",
        "cited_count",
    ]
    list_filter = ["kind"]
    search_fields = ["title", "url", "publisher", "accessed_note"]
    readonly_fields = ["cited_by", "created_at", "updated_at"]
    fields = [
        "title",
        "url",
        "publisher",
        "kind",
        "accessed_on",
        "accessed_note",
        "cited_by",
        "created_at",
        "updated_at",
    ]
    history_list_display = ["url", "kind", "accessed_on"]

    def get_queryset(self, request):
        counts = [count_of(model, "source") for model, _field in citation_models()]
        return (
            super()
            .get_queryset(request)
            .annotate(cited_count=sum(counts[1:], counts[0]))
        )

    @admin.display(description=_("link"))
    def link(self, obj):
        if not obj.url:
            return "—"
        return format_html(
            '<a href="{}" target="_blank" rel="noopener noreferrer">{}</a>',
            obj.url,
            _("open"),
        )

    @admin.display(description=_("cited by"), ordering="cited_count")
    def cited_count(self, obj):
        if not obj.cited_count:
            return format_html(
                '<span style="color: var(--body-quiet-color)">{}</span>', _("unused")
            )
        return obj.cited_count

    @admin.display(description=_("cited by"))
    def cited_by(self, obj):
        """List what cites this source, linked to each record's change page."""
        if obj.pk is None:
            return "—"
        items = []
        for model, field in citation_models():
            # The record's own foreign keys too: its name may use them (a visa
            # names its country, an offering its center and modality).
            record_model = model._meta.get_field(field).related_model
            related = [field] + [
                f"{field}__{f.name}"
                for f in record_model._meta.concrete_fields
                if f.is_relation
            ]
            for citation in model.objects.filter(source=obj).select_related(*related):
                record = getattr(citation, field)
                try:
                    url = reverse(
                        f"admin:{record._meta.app_label}_{record._meta.model_name}_change",
                        args=[record.pk],
                    )
                except NoReverseMatch:  # pragma: no cover - every model is registered
                    url = ""
                items.append(
                    (
                        url,
                        record._meta.verbose_name,
                        record,
                        f" — {citation.supports}" if citation.supports else "",
                    )
                )
        if not items:
            return _("Nothing cites this source yet.")
        return format_html(
            "<ul>{}</ul>",
            format_html_join("", '<li><a href="{}">{}: {}</a>{}</li>', items),
        )


@admin.register(ExchangeRate)
class ExchangeRateAdmin(admin.ModelAdmin):
    """The stored reference rates. Tables are loaded whole with
    `manage.py load_exchange_rates`; edit a row here only to correct a typo
    against the published table."""

    list_display = ["currency", "per_euro", "on_date", "source_title"]
    formfield_overrides = {models.URLField: {"assume_scheme": "https"}}
    list_filter = ["on_date"]
    search_fields = ["currency", "source_title"]
    ordering = ["-on_date", "currency"]
    date_hierarchy = "on_date"
