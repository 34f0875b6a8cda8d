"""The particle-therapy landscape: pure functions over prefetched offerings.

`landscape()` takes `Offering.objects.for_hadron_landscape()` and returns the
page's data: facilities grouped by region and country, and the bar geometry of
the "started each year" chart, computed here so the template only draws it.
"""

import math
from dataclasses import dataclass, field

from centers.models import CARBON_ION, PROTON
from destinations.models import Region

# Chart canvas in SVG user units; the SVG scales to its container.
WIDTH = 720
HEIGHT = 300
MARGIN_LEFT = 44
MARGIN_RIGHT = 12
MARGIN_TOP = 16
MARGIN_BOTTOM = 40


@dataclass
class CountryFacilities:
    country: object
    offerings: list = field(default_factory=list)

    @property
    def proton_count(self):
        return sum(1 for o in self.offerings if o.modality.slug == PROTON)

    @property
    def carbon_count(self):
        return sum(1 for o in self.offerings if o.modality.slug == CARBON_ION)


@dataclass
class RegionFacilities:
    key: str
    label: str
    countries: list = field(default_factory=list)

    @property
    def proton_count(self):
        return sum(c.proton_count for c in self.countries)

    @property
    def carbon_count(self):
        return sum(c.carbon_count for c in self.countries)


@dataclass(frozen=True)
class Bar:
    year: int
    proton: int
    carbon: int
    x: float
    width: float
    proton_y: float
    proton_height: float
    carbon_y: float
    carbon_height: float
    label_x: float
    show_label: bool

    @property
    def total(self):
        return self.proton + self.carbon


@dataclass(frozen=True)
class Tick:
    value: int
    y: float


@dataclass(frozen=True)
class Chart:
    bars: tuple[Bar, ...]
    ticks: tuple[Tick, ...]
    width: int = WIDTH
    height: int = HEIGHT
    plot_left: int = MARGIN_LEFT
    plot_right: int = WIDTH - MARGIN_RIGHT
    baseline: int = HEIGHT - MARGIN_BOTTOM
    label_y: int = HEIGHT - MARGIN_BOTTOM + 18
    unknown_year: int = 0

    @property
    def first_year(self):
        return self.bars[0].year if self.bars else None

    @property
    def last_year(self):
        return self.bars[-1].year if self.bars else None

    @property
    def rows(self):
        """The data table fallback: years in which something started."""
        return [bar for bar in self.bars if bar.total]


@dataclass(frozen=True)
class Landscape:
    regions: tuple[RegionFacilities, ...]
    chart: Chart
    proton_count: int
    carbon_count: int
    country_count: int


def tick_step(maximum):
    """Pick 1, 2, 5, 10, 20... so the axis has at most about five gridlines."""
    raw = max(maximum, 1) / 5
    magnitude = 10 ** math.floor(math.log10(raw)) if raw >= 1 else 1
    for step in (1, 2, 5, 10):
        if step * magnitude >= raw:
            return step * magnitude
    return 10 * magnitude


def chart(offerings):
    """Compute stacked bars (protons below, carbon ions above) per start year."""
    per_year = {}
    unknown = 0
    for offering in offerings:
        if not offering.first_year:
            unknown += 1
            continue
        counts = per_year.setdefault(offering.first_year, [0, 0])
        counts[0 if offering.modality.slug == PROTON else 1] += 1
    if not per_year:
        return Chart(bars=(), ticks=(), unknown_year=unknown)
    years = list(range(min(per_year), max(per_year) + 1))
    maximum = max(sum(counts) for counts in per_year.values())
    step = tick_step(maximum)
    top = math.ceil(maximum / step) * step
    plot_width = WIDTH - MARGIN_LEFT - MARGIN_RIGHT
    plot_height = HEIGHT - MARGIN_TOP - MARGIN_BOTTOM
    baseline = HEIGHT - MARGIN_BOTTOM
    slot = plot_width / len(years)
    label_every = max(1, math.ceil(len(years) / 12))
    bars = []
    for index, year in enumerate(years):
        proton, carbon = per_year.get(year, (0, 0))
        proton_height = plot_height * proton / top
        carbon_height = plot_height * carbon / top
        x = MARGIN_LEFT + index * slot + slot * 0.15
        bars.append(
            Bar(
                year=year,
                proton=proton,
                carbon=carbon,
                x=round(x, 2),
                width=round(slot * 0.7, 2),
                proton_y=round(baseline - proton_height, 2),
                proton_height=round(proton_height, 2),
                carbon_y=round(baseline - proton_height - carbon_height, 2),
                carbon_height=round(carbon_height, 2),
                label_x=round(MARGIN_LEFT + index * slot + slot / 2, 2),
                show_label=index % label_every == 0 or index == len(years) - 1,
            )
        )
    ticks = tuple(
        Tick(value, round(baseline - plot_height * value / top, 2))
        for value in range(0, top + 1, step)
    )
    return Chart(bars=tuple(bars), ticks=ticks, unknown_year=unknown)


def landscape(offerings):
    """Group offerings by region and country and chart their start years."""
    offerings = list(offerings)
    labels = dict(Region.choices)
    regions = {}
    for offering in offerings:
        country = offering.center.country
        region = regions.setdefault(
            country.region,
            RegionFacilities(country.region, str(labels.get(country.region, ""))),
        )
        if not region.countries or region.countries[-1].country.pk != country.pk:
            region.countries.append(CountryFacilities(country))
        region.countries[-1].offerings.append(offering)
    ordered = sorted(regions.values(), key=lambda r: r.label)
    return Landscape(
        regions=tuple(ordered),
        chart=chart(offerings),
        proton_count=sum(1 for o in offerings if o.modality.slug == PROTON),
        carbon_count=sum(1 for o in offerings if o.modality.slug == CARBON_ION),
        country_count=len({o.center.country_id for o in offerings}),
    )
