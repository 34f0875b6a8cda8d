"""Facility lists and helpers shared by the facility-import tests."""

import datetime
import io

import pytest

from centers.importer import FacilityImportError, facilities_import
from centers.models import (
    Center,
    CenterSource,
    Offering,
    OfferingSource,
    TreatmentModality,
)
from curation.models import Source

VERIFIED_ON = datetime.date(2025, 11, 5)

HEADER = (
    "name,country,city,particles,first_treatment_year,treatment_rooms,"
    "source_url,confidence,status,notes\n"
)

GOOD = HEADER + (
    "Alpha Proton Center,JP,Chiba,proton,2001,2,"
    "https://alpha.example/about | https://list.example/jp,high,operating,Note A\n"
    '"Beta Ion Center, Hospital",JP,Kobe,proton;carbon,2010,,'
    "https://beta.example/,medium,closed,\n"
    "Gamma Proton,DE,Essen,proton,,,https://list.example/jp,,unknown,\n"
)


def run_import(text, **options):
    options.setdefault("verified_on", VERIFIED_ON)
    return facilities_import(stream=io.StringIO(text, newline=""), **options)


def table_counts():
    return [
        model.objects.count()
        for model in (
            Center,
            Offering,
            Source,
            CenterSource,
            OfferingSource,
            TreatmentModality,
        )
    ]


def import_errors(text):
    with pytest.raises(FacilityImportError) as raised:
        run_import(text)
    return raised.value.report.errors


def facility_rows(count):
    return HEADER + "".join(
        f"Center {n},JP,,proton;carbon,2001,1,https://s.example/{n} | "
        "https://list.example/,high,operating,\n"
        for n in range(count)
    )
