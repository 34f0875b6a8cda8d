"""Which particle-therapy facility belongs to which cancer center: data, not logic.

Read by hand from both files' notes and names (DATA-README.md, "One place, one
record"). Each facility row is one place; where it is part of a cancer center
in cancer_centers.csv it becomes that center's unit:

- "unit": the center runs it, or it is part of the center (its `parent`); the
  facility carries the particle offering and the center has none of its own.
- "cooperation": the center's patients are treated there, but the facility is
  not the center's (a consortium, a company); it keeps no parent, and the
  center's summary says where its patients go (`COOPERATION_SUMMARIES`).
- "same": both files name one institution by one name: one record.

Links are left out where a note says the tie was not checked (Lombardi and
MedStar Georgetown, Case and UH Seidman, Wake Forest and Atrium Charlotte,
Montefiore and the New York Proton Center, Yale and the Connecticut centre).
"""

UNIT = "unit"
COOPERATION = "cooperation"
SAME = "same"

MAYO = "Mayo Clinic (Mayo Clinic Comprehensive Cancer Center)"
HEIDELBERG = (
    "Heidelberg University Hospital / National Center for Tumor Diseases (NCT) "
    "Heidelberg, incl. Heidelberg Ion-Beam Therapy Center (HIT)"
)
CHARITE = (
    "Charite Comprehensive Cancer Center (CCCC), Charite - Universitaetsmedizin Berlin"
)
MSK = "Memorial Sloan Kettering Cancer Center"
UAB = "UAB O'Neal Comprehensive Cancer Center"

# (facility name in particle_therapy_facilities.csv, cancer center name, relation)
FACILITY_LINKS = [
    # The first compilation (2026-11-21)
    ("Mayo Clinic Proton Beam Therapy Center (Rochester)", MAYO, UNIT),
    ("Mayo Clinic Proton Beam Therapy Center (Arizona)", MAYO, UNIT),
    (
        "MD Anderson Proton Therapy Center",
        "The University of Texas MD Anderson Cancer Center",
        UNIT,
    ),
    ("New York Proton Center", MSK, COOPERATION),
    (
        "Johns Hopkins Proton Therapy Center at Sibley Memorial Hospital",
        "Johns Hopkins Sidney Kimmel Comprehensive Cancer Center / "
        "The Johns Hopkins Hospital",
        UNIT,
    ),
    (
        "Eye-tumour proton therapy at Helmholtz-Zentrum Berlin (with Charite)",
        CHARITE,
        COOPERATION,
    ),
    (
        "Heidelberg Ion-Beam Therapy Center (HIT), Heidelberg University Hospital",
        HEIDELBERG,
        UNIT,
    ),
    (
        "National Cancer Center Hospital East, proton therapy",
        "National Cancer Center Hospital East",
        UNIT,
    ),
    ("Samsung Medical Center Proton Therapy Center", "Samsung Medical Center", UNIT),
    (
        "Yonsei Cancer Center Heavy Ion Therapy Center, Severance Hospital",
        "Yonsei Cancer Center, Severance Hospital (Yonsei University Health System)",
        UNIT,
    ),
    (
        "National Cancer Center Korea, Proton Therapy Center",
        "National Cancer Center Korea",
        UNIT,
    ),
    ("Institut Curie Proton Therapy Center", "Institut Curie", UNIT),
    (
        "Goh Cheng Liang Proton Therapy Centre, National Cancer Centre Singapore",
        "National Cancer Centre Singapore (NCCS)",
        UNIT,
    ),
    (
        "Mount Elizabeth Proton Therapy Centre (Mount Elizabeth Novena Hospital)",
        "Mount Elizabeth Novena Hospital (IHH Healthcare)",
        UNIT,
    ),
    (
        "Shanghai Proton and Heavy Ion Center (Fudan University Shanghai Cancer "
        "Center)",
        "Fudan University Shanghai Cancer Center (FUSCC)",
        UNIT,
    ),
    (
        "Tata Memorial Centre proton therapy (ACTREC)",
        "Tata Memorial Centre (Tata Memorial Hospital)",
        UNIT,
    ),
    ("Apollo Proton Cancer Centre", "Apollo Proton Cancer Centre", SAME),
    # The additions (2026-12-01): the cancer center's note names the facility.
    (
        "Penn Medicine Roberts Proton Therapy Center",
        "Abramson Cancer Center, Penn Medicine (University of Pennsylvania)",
        UNIT,
    ),
    (
        "Maryland Proton Treatment Center (University of Maryland)",
        "University of Maryland Marlene and Stewart Greenebaum Comprehensive Cancer "
        "Center",
        UNIT,
    ),
    (
        "McLaren Proton Therapy Center (Karmanos Cancer Institute at McLaren Flint)",
        "Barbara Ann Karmanos Cancer Institute (Wayne State University)",
        UNIT,
    ),
    (
        "Seattle Cancer Care Alliance Proton Therapy Center",
        "Fred Hutchinson Cancer Center (Fred Hutch/University of Washington Cancer "
        "Consortium)",
        UNIT,
    ),
    (
        "Ohio State University / Nationwide Children's Hospital Proton Therapy "
        "Center (James Outpatient Care)",
        "The Ohio State University Comprehensive Cancer Center - James Cancer "
        "Hospital (OSUCCC - James)",
        UNIT,
    ),
    (
        "Senator Orrin G. Hatch Proton Therapy Center, Huntsman Cancer Institute",
        "Huntsman Cancer Institute, University of Utah",
        UNIT,
    ),
    (
        "University of Kansas Health System Proton Therapy Center",
        "The University of Kansas Cancer Center",
        UNIT,
    ),
    ("Proton International at UAB", UAB, COOPERATION),
    (
        "Dwoskin Proton Therapy Center, Sylvester Comprehensive Cancer Center "
        "(UHealth)",
        "Sylvester Comprehensive Cancer Center, University of Miami Health System",
        UNIT,
    ),
    (
        "S. Lee Kling Proton Therapy Center, Siteman Cancer Center",
        "Siteman Cancer Center (Barnes-Jewish Hospital / Washington University "
        "School of Medicine)",
        UNIT,
    ),
    (
        "Stanford Medicine ultracompact proton therapy facility",
        "Stanford Cancer Institute / Stanford Health Care",
        UNIT,
    ),
    (
        "Miami Cancer Institute Proton Therapy Center (Baptist Health South Florida)",
        "Miami Cancer Institute, Baptist Health South Florida",
        UNIT,
    ),
    (
        "Inova Mather Proton Therapy Center, Inova Schar Cancer Institute",
        "Inova Schar Cancer Institute (Inova Fairfax Hospital)",
        UNIT,
    ),
    (
        "Proton Therapy Center at Ann B. Barshinger Cancer Institute, Penn Medicine "
        "Lancaster General Health",
        "Ann B. Barshinger Cancer Institute, Penn Medicine Lancaster General Health",
        UNIT,
    ),
    (
        "Nebraska Medicine proton therapy (Fred & Pamela Buffett Cancer Center)",
        "Fred & Pamela Buffett Cancer Center, Nebraska Medicine / UNMC",
        UNIT,
    ),
    (
        "Moffitt Cancer Center, Richard M. Schulze Family Foundation Proton Center "
        "(Speros campus)",
        "H. Lee Moffitt Cancer Center and Research Institute",
        UNIT,
    ),
    (
        "Mayo Clinic Florida proton and carbon-ion therapy (Duan Family Building)",
        MAYO,
        UNIT,
    ),
    (
        "The Christie Proton Beam Therapy Centre",
        "The Christie NHS Foundation Trust",
        UNIT,
    ),
    (
        "Particle Therapy Interuniversity Center Leuven (PARTICLE), UZ Leuven",
        "University Hospitals Leuven (UZ Leuven), Leuven Cancer Institute",
        UNIT,
    ),
    (
        "Proton Therapy Unit, Cancer Center Clinica Universidad de Navarra (Madrid "
        "campus)",
        "Clinica Universidad de Navarra / Cancer Center Clinica Universidad de Navarra",
        UNIT,
    ),
    (
        "Hong Kong Sanatorium & Hospital Proton Therapy Centre",
        "Hong Kong Sanatorium & Hospital",
        UNIT,
    ),
    (
        "Taipei Veterans General Hospital Heavy Ion Therapy Center",
        "Taipei Veterans General Hospital",
        UNIT,
    ),
    (
        "National Taiwan University Cancer Center, Radiation Science and Proton "
        "Therapy Center",
        "National Taiwan University Cancer Center (NTUCC)",
        UNIT,
    ),
    (
        "China Medical University Hospital Proton Therapy Center",
        "China Medical University Hospital",
        UNIT,
    ),
    (
        "Taipei Medical University Hospital Proton Therapy Center",
        "Taipei Medical University Hospital",
        UNIT,
    ),
    (
        "Chang Gung Memorial Hospital Linkou Proton and Radiation Therapy Center",
        "Chang Gung Memorial Hospital, Linkou",
        UNIT,
    ),
    (
        "Kaohsiung Chang Gung Memorial Hospital Proton Therapy Center",
        "Kaohsiung Chang Gung Memorial Hospital",
        UNIT,
    ),
    (
        "Zhejiang Provincial Heavy Ion Medical Center, Zhejiang Cancer Hospital",
        "Zhejiang Cancer Hospital",
        UNIT,
    ),
    (
        "Shenzhen Proton Therapy Center, Cancer Hospital Chinese Academy of Medical "
        "Sciences Shenzhen Hospital",
        "Cancer Hospital Chinese Academy of Medical Sciences, Shenzhen Hospital",
        UNIT,
    ),
    (
        "Guangzhou Concord Cancer Center (Taihe) Proton Center",
        "Guangzhou Concord Cancer Center (Taihe)",
        UNIT,
    ),
    (
        "Heavy Ion Medical Center, Mazu campus of Fujian Medical University Union "
        "Hospital",
        "Fujian Medical University Union Hospital",
        UNIT,
    ),
    (
        "Proton centre, Oslo University Hospital (Radiumhospitalet)",
        "Oslo University Hospital, The Norwegian Radium Hospital (Radiumhospitalet)",
        UNIT,
    ),
    (
        "Proton centre, Haukeland University Hospital (Helse Bergen)",
        "Haukeland University Hospital (Helse Bergen)",
        UNIT,
    ),
    (
        "Shonan Kamakura General Hospital Advanced Medical Center, proton therapy "
        "(Tokushukai)",
        "Shonan Kamakura General Hospital (Tokushukai)",
        UNIT,
    ),
    (
        "Hokkaido University Hospital Proton Beam Therapy Center",
        "Hokkaido University Hospital",
        UNIT,
    ),
    (
        "Sapporo Teishinkai Hospital Proton Therapy Center",
        "Sapporo Teishinkai Hospital",
        UNIT,
    ),
    (
        "Her Royal Highness Princess Maha Chakri Sirindhorn Proton Center, King "
        "Chulalongkorn Memorial Hospital",
        "King Chulalongkorn Memorial Hospital (Thai Red Cross Society)",
        UNIT,
    ),
    (
        "Bangkok Proton Center, Wattanosoth Cancer Hospital (BDMS)",
        "Wattanosoth Cancer Hospital (Bangkok Dusit Medical Services)",
        UNIT,
    ),
]

# Where a cooperating center's patients get particle therapy, for its summary,
# in the words of its row in cancer_centers.csv (which the summary cites).
COOPERATION_SUMMARIES = {
    MSK: (
        "Proton therapy is given at the New York Proton Center, which MSK runs "
        "with Montefiore and Mount Sinai, not on MSK's main campus."
    ),
    CHARITE: (
        "Proton therapy, for eye tumours only, is given at Helmholtz-Zentrum "
        "Berlin, jointly with Charité."
    ),
    UAB: (
        "Proton therapy is given at Proton International at UAB, where UAB "
        "physicians provide the care."
    ),
}
