"""sitemap.xml: every published page a search engine should find.

Comparisons are left out: they are combinations of pages already listed.
"""

from django.contrib.sitemaps import Sitemap
from django.urls import reverse

from centers.models import Center
from destinations.models import Country, Partnership


class PagesSitemap(Sitemap):
    """The fixed pages: home, the lists and the landscape pages."""

    def items(self):
        return [
            "destinations:home",
            "destinations:country-list",
            "centers:center-list",
            "centers:hadron-therapy",
            "destinations:partnership-list",
            "destinations:funding-list",
        ]

    def location(self, item):
        return reverse(item)


class PublishedSitemap(Sitemap):
    """Published records of one model, dated by their last update."""

    model = None

    def items(self):
        return self.model.objects.published().only("slug", "updated_at").order_by("pk")

    def lastmod(self, obj):
        return obj.updated_at


class CountrySitemap(PublishedSitemap):
    model = Country


class CenterSitemap(PublishedSitemap):
    model = Center


class PartnershipSitemap(PublishedSitemap):
    model = Partnership


SITEMAPS = {
    "pages": PagesSitemap,
    "destinations": CountrySitemap,
    "centers": CenterSitemap,
    "partnerships": PartnershipSitemap,
}
