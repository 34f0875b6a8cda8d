"""Staff issue, inspect and revoke partners' API keys here."""

from django.contrib import admin, messages
from django.core.exceptions import PermissionDenied
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext
from simple_history.admin import SimpleHistoryAdmin

from partners.models import ApiKey
from partners.services import api_key_set_secret, api_keys_revoke


@admin.register(ApiKey)
class ApiKeyAdmin(SimpleHistoryAdmin):
    list_display = [
        "partner",
        "name",
        "prefix",
        "state",
        "created_at",
        "expires_at",
        "last_used_at",
        "created_by",
    ]
    list_filter = [
        ("revoked_at", admin.EmptyFieldListFilter),
        ("expires_at", admin.EmptyFieldListFilter),
    ]
    search_fields = ["partner", "name", "prefix"]
    list_select_related = ["created_by"]
    readonly_fields = [
        "prefix",
        "created_by",
        "created_at",
        "revoked_at",
        "last_used_at",
    ]
    actions = ["revoke"]

    def get_fields(self, request, obj=None):
        editable = ["partner", "name", "expires_at", "notes"]
        return editable if obj is None else editable + self.readonly_fields

    def get_readonly_fields(self, request, obj=None):
        return [] if obj is None else self.readonly_fields

    def has_delete_permission(self, request, obj=None):
        # Revoke instead: a deleted key would lose who had access, and when.
        return False

    def revert_disabled(self, request, obj=None):
        # Reverting to a version before revocation would bring a key back.
        return True

    def history_form_view(self, request, object_id, version_id, extra_context=None):
        # The history page may show an old version, never save it back.
        if request.method == "POST":
            raise PermissionDenied
        return super().history_form_view(
            request, object_id, version_id, extra_context=extra_context
        )

    @admin.display(description=_("state"))
    def state(self, obj):
        if obj.is_revoked:
            return _("Revoked")
        if obj.is_expired():
            return _("Expired")
        return _("Active")

    def save_model(self, request, obj, form, change):
        raw_key = None
        if not change:
            obj.created_by = request.user
            raw_key = api_key_set_secret(obj)
        super().save_model(request, obj, form, change)
        if raw_key:
            messages.warning(
                request,
                _(
                    "API key for %(key)s: %(raw)s. Copy it now and send it to the "
                    "partner securely: it is stored hashed and will not be shown "
                    "again."
                )
                % {"key": obj, "raw": raw_key},
            )

    @admin.action(description=_("Revoke selected keys"), permissions=["change"])
    def revoke(self, request, queryset):
        count = api_keys_revoke(queryset=queryset, now=timezone.now())
        self.message_user(
            request,
            ngettext("Revoked %d key.", "Revoked %d keys.", count) % count,
            messages.SUCCESS,
        )
