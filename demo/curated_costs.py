# ruff: noqa: E501  (a table: one row a line reads best)
"""What each demo cost figure is and who pays it, read from the row's own
basis and notes (scope, basis) -> (kind, payer). Rows not listed load as
"other" / "unknown", so nothing is shown as a price unless a row says it is one.
The US general estimate's payer is unknown: its source does not say foreign.
"""

KINDS = {
    ("QST Hospital", "per course (insured fee schedule)"): (
        "per-patient",
        "insured-resident",
    ),
    ("QST Hospital", "per course (technical fee)"): ("per-patient", "insured-resident"),
    ("Gunma University Heavy Ion Medical Center", "estimate"): (
        "per-patient",
        "self-pay-foreign",
    ),
    ("Southern Tohoku Proton Therapy Center (Koriyama)", "estimate"): (
        "per-patient",
        "self-pay-foreign",
    ),
    ("Medipolis Proton Therapy and Research Center", "per course (technical fee)"): (
        "per-patient",
        "insured-resident",
    ),
    (
        "Japan (market range, per a proton-centre director)",
        "per course (technical fee)",
    ): ("per-patient", "insured-resident"),
    (
        "Japan (market level, per a proton-centre director)",
        "per course (technical fee)",
    ): ("per-patient", "insured-resident"),
    (
        "National Cancer Center Hospital (Tokyo)",
        "per medical fee point (tariff multiplier)",
    ): ("tariff", "self-pay-foreign"),
    (
        "Juntendo University Hospital (Tokyo)",
        "per medical fee point (tariff multiplier)",
    ): ("tariff", "self-pay-foreign"),
    ("NCGM Center Hospital (Tokyo)", "per medical fee point (tariff multiplier)"): (
        "tariff",
        "self-pay-foreign",
    ),
    (
        "Heidelberg Ion Beam Therapy Center (HIT)",
        "per course (statutory-insurer tariff)",
    ): ("per-patient", "insured-resident"),
    ("Memorial Sloan Kettering Cancer Center", "per review"): (
        "per-patient",
        "self-pay-foreign",
    ),
    (
        "NHS England Proton Overseas Programme (UK patients treated in the US and Switzerland)",
        "package (average per patient)",
    ): ("programme-spending", "public-programme"),
    (
        "Ontario OHIP Out-of-Country Prior Approval Program",
        "aggregate program spend (29 approved requests)",
    ): ("programme-spending", "public-programme"),
    (
        "National Cancer Center Korea (Goyang), proton package for U.S. patients",
        "package",
    ): ("per-patient", "self-pay-foreign"),
    ("Severance Hospital, Yonsei University Health System (Seoul)", "estimate"): (
        "per-patient",
        "unknown",
    ),
    ("United States (general)", "per course (self-pay estimate)"): (
        "per-patient",
        "unknown",
    ),
    (
        "Booking Health (facilitator), chemotherapy in Germany",
        "from-price (facilitator quote)",
    ): ("per-patient", "self-pay-foreign"),
    (
        "New Zealand High Cost Treatment Pool (overseas treatments)",
        "per case (range)",
    ): ("programme-spending", "public-programme"),
}
