"""Who wrote each source, and the dates of pages a row cites together: data.

Reviewed by hand from the demo files. A domain matches itself and its
subdomains ("wikipedia.org" covers "en.m.wikipedia.org").
"""

# Third parties: lists, wikis, journals, news, blogs, directories, reposts.
# A row the data set calls `high` whose every source is here is loaded as
# `medium`: high means the responsible body itself says so.
THIRD_PARTY_DOMAINS = frozenset(
    {
        # Lists, wikis and statistics compiled by others
        "protonbob.com",
        "wikipedia.org",
        "wikibooks.org",
        "wikimili.com",
        "grokipedia.com",
        "meridian.allenpress.com",  # PTCOG statistics in IJPT
        "medical-excellence-japan.org",
        "ncbi.nlm.nih.gov",
        "e-roj.org",
        "ebsco.com",
        "cqc.org.uk",
        "ref.ac.uk",
        "imp.cas.cn",  # the accelerator's builder, not the hospital
        "ihf-fih.org",
        # Blogs, reposts and aggregators
        "ameba.jp",
        "ameblo.jp",
        "blogspot.com",
        "hatenablog.com",
        "fuki-shobou.com",
        "fucoxanthin-extra.com",
        "profilpelajar.com",
        "hiswai.com",
        "123ru.net",
        "mesothelioma.net",
        "labmate-online.com",
        # News and magazines
        "beckershospitalreview.com",
        "das-marburger.de",
        "evangelische-zeitung.de",
        "wdr.de",
        "sueddeutsche.de",
        "dagensmedicin.dk",
        "radmagazine.com",
        "floridanownews.com",
        "news-postseven.com",
        "tokyoweekender.com",
        "sanyonews.jp",
        "jaif.or.jp",
        "k-ijishinpo.jp",
        "jmnn.jp",
        "mainichi.jp",
        "sportschosun.com",
        "wowkorea.jp",
        "koreabiomed.com",
        "koreaherald.com",
        "thenational.ae",
        "arabstoday.net",
        "chosun.com",
        "newswire.co.kr",
        "taipeitimes.com",
        "firenews.com.tw",
        "worldjournal.com",
        "shine.cn",
        "shanghaidaily.com",
        "chinadaily.com.cn",
        "tidenews.com.cn",
        "chinadevelopment.com.cn",
        "thehindubusinessline.com",
        "freepressjournal.in",
        "candgnews.com",
        "dotmed.com",
        "mlive.com",
        "mycitymag.com",
        "yellowhammernews.com",
        "hoppo-j.com",
        "wakkanaipress.com",
        "mozcrb.ru",
        "drivems.by",
        "communitynewspapers.com",
        "sunshinenewsnetwork.com",
        "wfmz.com",
        "mountvernongazette.com",
        "cancerletter.com",
        "newswise.com",
        "hospitalmanagement.net",
        "nationthailand.com",
        "techon.nikkeibp.co.jp",
    }
)

# A center's own sites besides its `website_domain` in cancer_centers.csv: the
# hospital's, its university's or health system's, its foundation's. A fact from
# center_factors*.csv is `high` when its page is on one of these, else `medium`.
# Staging copies and proxies of a center's pages are not its own.
OWN_DOMAINS = {
    "Mayo Clinic (Mayo Clinic Comprehensive Cancer Center)": ["mayo.edu"],
    "Dana-Farber Cancer Institute": [
        "jimmyfund.org",
        "dfhcc.harvard.edu",
        "danafarberbostonchildrens.org",
    ],
    "Heidelberg University Hospital / National Center for Tumor Diseases (NCT) "
    "Heidelberg, incl. Heidelberg Ion-Beam Therapy Center (HIT)": [
        "nct-heidelberg.de",
        "klinikum.uni-heidelberg.de",
    ],
    "Asan Medical Center": ["amc.seoul.kr"],
    "Yonsei Cancer Center, Severance Hospital (Yonsei University Health System)": [
        "iseverance.com",
        "yonsei.ac.kr",
    ],
    "National Cancer Center Korea": ["ncc.re.kr", "nccproton.com"],
    "Institut Curie": ["institut-curie.org"],
    "Princess Margaret Cancer Centre (University Health Network)": ["thepmcf.ca"],
    "Karolinska University Hospital (Karolinska Comprehensive Cancer Center)": [
        "karolinskahospital.com",
        "ki.se",
    ],
    "National Cancer Centre Singapore (NCCS)": ["healthxchange.sg"],
    "Mount Elizabeth Novena Hospital (IHH Healthcare)": [
        "ihhhealthcare.com",
        "parkwaycancercentre.com",
        "parkwayhospitals.com",
    ],
    "Apollo Proton Cancer Centre": ["apolloprotoncentre.com"],
    "Roswell Park Comprehensive Cancer Center": ["roswellpark.org"],
    "Duke Cancer Institute (Duke Comprehensive Cancer Center)": [
        "dukecancerinstitute.org",
        "dukehealth.org",
        "duke.edu",
    ],
    "Fred Hutchinson Cancer Center (Fred Hutch/University of Washington Cancer "
    "Consortium)": ["seattlecca.org"],
    "The Ohio State University Comprehensive Cancer Center - James Cancer Hospital "
    "(OSUCCC - James)": ["osu.edu"],
    "Huntsman Cancer Institute, University of Utah": ["utah.edu", "huntsmancancer.org"],
    "Sylvester Comprehensive Cancer Center, University of Miami Health System": [
        "miami.edu",
        "sylvester.org",
    ],
    "Siteman Cancer Center (Barnes-Jewish Hospital / Washington University School "
    "of Medicine)": ["wustl.edu", "barnesjewish.org"],
    "Stanford Cancer Institute / Stanford Health Care": [
        "stanford.edu",
        "stanfordhealthcare.org",
        "stanfordmedicine.org",
    ],
    "Miami Cancer Institute, Baptist Health South Florida": ["baptisthealth.net"],
    "University Hospitals Leuven (UZ Leuven), Leuven Cancer Institute": [
        "uzleuven-kuleuven.be"
    ],
    "Hong Kong Sanatorium & Hospital": ["hksh.com", "hksh-emc.com"],
    "Taipei Veterans General Hospital": ["vghtpe.gov.tw"],
    "China Medical University Hospital": ["cmuh.org.tw", "cmu.edu.tw"],
    "Chang Gung Memorial Hospital, Linkou": ["changgung.hospital"],
    "Hokkaido University Hospital": ["hokudai-medicaloncology.jp", "hokudaimasui.jp"],
    "Fondazione IRCCS Istituto Nazionale dei Tumori (INT)": ["istitutotumori.mi.it"],
    "Oslo University Hospital, The Norwegian Radium Hospital (Radiumhospitalet)": [
        "oslo-universitetssykehus.no",
        "ous-research.no",
    ],
    "UPMC Hillman Cancer Center": ["upmc.com", "upmc.edu"],
    "University of Michigan Rogel Cancer Center": [
        "rogelcancercenter.org",
        "mcancer.org",
        "umich.edu",
    ],
    "UNC Lineberger Comprehensive Cancer Center": ["unc.edu", "unclineberger.org"],
    "Yale Comprehensive Cancer Center (Yale Cancer Center / Smilow)": [
        "yalecancercenter.org",
        "medicine.yale.edu",
    ],
    "Herbert Irving Comprehensive Cancer Center (Columbia University / "
    "NewYork-Presbyterian)": ["nyp.org", "columbiamedicine.org", "columbia.edu"],
    "Perlmutter Cancer Center, NYU Langone Health": ["nyulangone.org"],
    "Fox Chase Cancer Center": ["foxchase.org", "fccc.edu"],
    "Georgetown Lombardi Comprehensive Cancer Center": [
        "medstarhealth.org",
        "medstargeorgetowncancer.org",
        "georgetown.edu",
    ],
    "Atrium Health Wake Forest Baptist Comprehensive Cancer Center": ["wakehealth.edu"],
    "Montefiore Einstein Comprehensive Cancer Center": ["cham.org", "einstein.yu.edu"],
    "Dartmouth Cancer Center": ["cancer.dartmouth.edu"],
    "University of Maryland Marlene and Stewart Greenebaum Comprehensive Cancer "
    "Center": ["umms.org", "umgcc.org", "umm.edu", "umaryland.edu"],
    "UVA Comprehensive Cancer Center": ["uvahealth.com", "virginia.edu"],
    "VCU Massey Comprehensive Cancer Center": ["massey.vcu.edu"],
    "Barbara Ann Karmanos Cancer Institute (Wayne State University)": ["karmanos.org"],
    "Case Comprehensive Cancer Center (Case Western Reserve University)": ["case.edu"],
    "The University of Kansas Cancer Center": ["kumc.edu"],
    "UAB O'Neal Comprehensive Cancer Center": ["onealcanceruab.org"],
    "Fred & Pamela Buffett Cancer Center, Nebraska Medicine / UNMC": [
        "buffettcancercenter.com",
        "unmc.edu",
    ],
    "Inova Schar Cancer Institute (Inova Fairfax Hospital)": [
        "inova.org",
        "inovanewsroom.org",
    ],
    "Ann B. Barshinger Cancer Institute, Penn Medicine Lancaster General Health": [
        "pennmedicine.org"
    ],
    "Wattanosoth Cancer Hospital (Bangkok Dusit Medical Services)": [
        "bangkokhospital.com",
        "wattanosothcancerhospital.com",
    ],
    "Zhejiang Cancer Hospital": ["zchospital.com"],
    "Shonan Kamakura General Hospital (Tokushukai)": ["shonankamakura.or.jp"],
    "Taipei Medical University Hospital": ["tmuh.org.tw"],
}

# The page a dated `accessed_note` means where its row cites several pages
# ("ICA media release dated 2009-11-21; sponsor page undated; hospitals.sg
# 2006-08-05"), read by hand: URL -> the date that page gives itself. A year
# or month counts as its first day. Rows citing one page need no entry.
SOURCE_DATES = {
    # center_access.csv
    "https://www.mskcc.org/annual-report/2021/understanding-every-patient": (
        "2021-01-01"
    ),
    "https://about.visitberlin.de/en/press/press-releases/international-patients-put-"
    "their-trust-berlin": "2014-10-16",
    "https://kurier.at/chronik/welt/das-haus-fuer-heikle-faelle-die-charite-und-ihre-"
    "politischen-patienten/401015636": "2020-08-01",
    "https://www.jfcr.or.jp/hospital-en/apply/faq.html": "2023-09-13",
    "https://www.jfcr.or.jp/hospital-en/consultation/second_opinion.html": "2024-02-26",
    "https://m.dgram.co.kr/en/things-to-do-en/2020/03/17/personalized-preventive-"
    "management-to-specialized-screening": "2020-03-17",
    "https://news-en.amc.seoul.kr/news/eng/detail.do?cntId=2915": "2024-05-08",
    "https://communicationtoolforrt.hatenablog.com/entry/12685516": "2012-11-30",
    "https://www.global.toshiba/ww/news/energy/2021/02/news-20210225-01.html": (
        "2021-02-25"
    ),
    "https://medicalexcellencejapan.org/en/business/mt_forum/": "2021-04-20",
    "https://fondazionecnao.it/accesso-alla-terapia/general-information-about-cnao/"
    "access-to-treatment-inquiry": "2018-03-12",
    "https://fondazionecnao.it/en/questions-to-specialists/when-and-how-can-you-"
    "request-a-visit-to-cnao": "2018-10-26",
    # cost_estimates.csv
    "https://www.klinikum.uni-heidelberg.de/fileadmin/jobsUndKarriere/GB_2009/files/"
    "assets/seo/page9.html": "2009-01-01",
    "http://www.medica.de/cgi-bin/md_medica/lib/pub/tt.cgi/Mit_Ionenstrahlen_dem_"
    "Tumor_zu_Leibe_r%C3%BCcken.html?oid=15842&lang=1&ticket=g_u_e_s_t": "2007-01-01",
    "https://timetalk.co.uk/proton-beam-centre-a16851.html": "2015-12-10",
    # It reports the CBC analysis of that day, so it is at least that recent.
    "https://www.strongerthancancer.ca/advocacy-projects/proton": "2025-09-26",
    # medical_visas.csv
    "https://www.mofa.go.jp/announce/announce/2010/12/1217_01.html": "2010-12-17",
    "https://koreaherald.com/view.php?ud=20141104001072": "2014-11-04",
    "https://ktimes.pressreader.com/the-korea-times/20230531/281552295239238": (
        "2023-05-31"
    ),
    "https://do.usembassy.gov/go-united-states-medical-treatment/": "2016-06-06",
    "https://www.ica.gov.sg/news-and-publications/newsroom/media-release/520": (
        "2009-11-21"
    ),
    "http://hospitals.sg/story/singapore-facilitates-foreign-patients-visa-"
    "applications": "2006-08-05",
    "https://www.legisquebec.gouv.qc.ca/en/version/cr/I-0.2,%20r.%204?code=se:54&"
    "history=20230328": "2023-03-28",
    "http://www.financialexpress.com/lifestyle/travel-tourism/govt-liberalises-visa-"
    "norms/615618/": "2017-04-05",
    "https://www.moneycontrol.com/news/business/economy/increase-validity-period-of-"
    "e-visa-to-10-years-niti-aayog-3319831.html": "2018-12-23",
    "https://jeddah.thaiembassy.org/en/page/tourist-visa-medical-treatment-mt": (
        "2022-11-29"
    ),
    "https://kualalumpur.thaiembassy.org/en/publicservice/medical-treatment-mt-or-"
    "non-immigrant-o-for-medical": "2024-07-25",
    # partnerships.csv
    "https://www.amed.go.jp/en/news/topics/MOC_E.html": "2020-07-10",
    "http://www.koreaherald.com/view.php?ud=20111127000184&np=77&mp=8": "2011-11-27",
    "https://news-en.amc.seoul.kr/news/eng/detail.do?cntId=3140": "2025-11-05",
    "https://biz.chosun.com/en/en-science/2025/10/29/BCN3W2TELRF5VHZX5LF3L5DJRE/"
    "?outputType=amp": "2025-10-29",
    # Korea Biomedical Review's 2018 item is the older of its two articles.
    "http://www.koreabiomed.com/news/articleView.html?idxno=2916": "2018-03-30",
    "https://www.mdanderson.org/publications/cancer-frontline/a-worldwide-effort-to-"
    "eliminate-cancer.h00-158908545.html": "2014-05-08",
    "http://www.mdanderson.org/publications/gapconnect/issues/2011-december/"
    "27-december-2011.html": "2011-12-27",
    "http://www.mdanderson.org/publications/gapconnect/issues/2012-june/"
    "26-june-2012.html": "2012-06-26",
    "http://www.mdanderson.org/publications/gapconnect/issues/2012-may/index.html": (
        "2012-05-15"
    ),
    # funding_pathways.csv
    "https://ontario.ca/document/ohip-infobulletins-2024/bulletin-240404-new-e-form-"
    "application-out-country-health-services": "2024-04-22",
    # The copy shows the programme's closure notice for December 2024.
    "https://www.health.gov.au/our-work/medical-treatment-overseas-program?"
    "language=ru": "2024-12-01",
}
