"""The admin's facility import: check a file, hold it for its curator, import.

All rows or none, every bad row named; the checked file is held for an hour
for the curator who checked it, so "Import" needs no second upload.
"""

import io
import secrets

from django import forms
from django.contrib import messages
from django.core.cache import cache
from django.core.exceptions import PermissionDenied
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from centers.importer import FacilityImportError, facilities_import


class FacilityImportForm(forms.Form):
    """A facility list uploaded by a curator, read as UTF-8 text.

    A file that passed a check is held for an hour under a token only its
    curator can use, so "Import" after "Check the file" needs no new upload.
    """

    MAX_BYTES = 20 * 1024 * 1024  # about 80,000 rows; larger lists go by command
    HELD_SECONDS = 3600

    file = forms.FileField(
        label=_("CSV file"),
        required=False,
        help_text=_(
            "UTF-8 CSV, as a spreadsheet saves it, with the columns name, country "
            "(code or English name), particles, status and source_url; optional: "
            "city, first_treatment_year, first_carbon_year, treatment_rooms, "
            "research_rooms, expected_year, confidence, notes, part_of and "
            "checked_on. See the command's help (manage.py import_facilities "
            "--help) for what each means."
        ),
    )
    checked = forms.CharField(required=False, widget=forms.HiddenInput)
    verified_on = forms.DateField(
        label=_("Last verified, for new records"),
        required=False,
        initial=timezone.localdate,
        help_text=_(
            "Given only to the centers and offerings this import creates whose "
            "row has no checked_on date (blank: today). Records that exist keep "
            "their date: importing a file is not verifying it."
        ),
    )
    publish = forms.BooleanField(
        label=_("Publish the centers"),
        required=False,
        help_text=_(
            "Leave unticked to create new centers as drafts for review; "
            "existing centers then keep their publication status."
        ),
    )
    overwrite = forms.BooleanField(
        label=_("Replace curators' edits"),
        required=False,
        help_text=_(
            "Leave unticked to keep every field a curator changed since the last "
            "import; each is reported as a conflict. Tick to let the file win."
        ),
    )

    def __init__(self, *args, user, **kwargs):
        super().__init__(*args, **kwargs)
        self.user = user

    def clean_file(self):
        upload = self.cleaned_data.get("file")
        if not upload:
            return None
        if upload.size > self.MAX_BYTES:
            raise forms.ValidationError(
                _("The file is larger than 20 MB; import it with manage.py.")
            )
        try:
            text = upload.read().decode("utf-8-sig")
        except UnicodeDecodeError as error:
            raise forms.ValidationError(
                _(
                    "The file is not UTF-8 text (byte %(position)s). Save it as "
                    "'CSV UTF-8' and upload it again."
                )
                % {"position": error.start}
            ) from error
        if "\x00" in text:
            raise forms.ValidationError(
                _("This is not a CSV file (a spreadsheet? save it as CSV UTF-8).")
            )
        return (upload.name, text)

    def clean(self):
        cleaned = super().clean()
        if "file" in self.errors:
            return cleaned
        held = cleaned.get("file")
        token = cleaned.get("checked")
        if held is None and token:
            held = cache.get(self._key(token))
            if held is None:
                self.add_error(
                    "file", _("The checked file is no longer held; choose it again.")
                )
        elif held is None:
            self.add_error("file", _("Choose a CSV file."))
        cleaned["name"], cleaned["text"] = held or ("", "")
        return cleaned

    def ready_to_import(self):
        """Hold this checked file; return a form whose "Import" imports it."""
        token = secrets.token_urlsafe(16)
        held = (self.cleaned_data["name"], self.cleaned_data["text"])
        cache.set(self._key(token), held, self.HELD_SECONDS)
        return FacilityImportForm(
            initial={
                "checked": token,
                "verified_on": self.cleaned_data["verified_on"],
                "publish": self.cleaned_data["publish"],
                "overwrite": self.cleaned_data["overwrite"],
            },
            user=self.user,
        )

    def release(self):
        if token := self.cleaned_data.get("checked"):
            cache.delete(self._key(token))

    def _key(self, token):
        return f"facility-import:{self.user.pk}:{token}"


class FacilityImportAdminMixin:
    """Adds "Import facilities" to the center admin: its URL, rights and view."""

    CONFLICTS_SHOWN = 50

    def get_urls(self):
        return [
            path(
                "import/",
                self.admin_site.admin_view(self.import_facilities_view),
                name="centers_center_import",
            ),
            *super().get_urls(),
        ]

    def may_import(self, request):
        """An import adds and changes centers and adds their offerings and sources."""
        return request.user.has_perms(
            [
                "centers.add_center",
                "centers.change_center",
                "centers.add_offering",
                "centers.change_offering",
                "curation.add_source",
            ]
        )

    def changelist_view(self, request, extra_context=None):
        extra_context = {
            **(extra_context or {}),
            "may_import": self.may_import(request),
        }
        return super().changelist_view(request, extra_context=extra_context)

    def import_facilities_view(self, request):
        """Check or import a facility list: all rows or none, every bad row named."""
        if not self.may_import(request):
            raise PermissionDenied
        form = FacilityImportForm(
            request.POST or None, request.FILES or None, user=request.user
        )
        report = None
        checked_name = ""
        if request.method == "POST" and form.is_valid():
            dry_run = "_check" in request.POST
            try:
                report = facilities_import(
                    stream=io.StringIO(form.cleaned_data["text"], newline=""),
                    verified_on=form.cleaned_data["verified_on"],
                    publish=form.cleaned_data["publish"],
                    overwrite=form.cleaned_data["overwrite"],
                    dry_run=dry_run,
                    user=request.user,
                )
            except FacilityImportError as error:
                report = error.report
            else:
                if not dry_run:
                    form.release()
                    self.message_user(request, report.summary(), messages.SUCCESS)
                    self._report_conflicts(request, report)
                    return redirect("admin:centers_center_changelist")
                checked_name = form.cleaned_data["name"]
                form = form.ready_to_import()
        context = {
            **self.admin_site.each_context(request),
            "opts": self.opts,
            "title": _("Import particle-therapy facilities"),
            "form": form,
            "report": report,
            "checked_name": checked_name,
            "changelist_url": reverse("admin:centers_center_changelist"),
        }
        return TemplateResponse(
            request, "admin/centers/center/import_facilities.html", context
        )

    def _report_conflicts(self, request, report):
        """Name each curator edit the import kept or replaced, up to a screenful."""
        shown = report.conflicts[: self.CONFLICTS_SHOWN]
        for conflict in shown:
            self.message_user(request, str(conflict), messages.WARNING)
        if hidden := len(report.conflicts) - len(shown):
            self.message_user(
                request,
                ngettext(
                    "%(count)s more conflict; 'Check the file' or the command "
                    "lists them all.",
                    "%(count)s more conflicts; 'Check the file' or the command "
                    "lists them all.",
                    hidden,
                )
                % {"count": hidden},
                messages.WARNING,
            )
