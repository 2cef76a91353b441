"""Word lists the name finder needs: function words, titles, months, name particles. No I/O."""

from __future__ import annotations

from sitegen.extract.kinds import (
    COMPANY_WORDS,
    GOVERNMENT_WORDS,
    INSTITUTION_WORDS,
    ORGANIZATION_WORDS,
)

ORG_END_WORDS = COMPANY_WORDS | GOVERNMENT_WORDS | ORGANIZATION_WORDS
# Words whose presence lets "of", "for", "and" join a name ("Bank of America").
CONNECT_HEADS = (
    ORG_END_WORDS
    | INSTITUTION_WORDS
    | frozenset(
        "House Chamber Board Museum Library Republic Kingdom States League Corps Conference "
        "Friends "
        "Order Secretary Minister Director Bank Registry Register Registrar".split()
    )
)
# Names of laws, events and prizes: not parties ("the EU Timber Regulation"), and never cut
# at their "of" ("the Freedom of Information Act").
NOT_PARTY_HEADS = frozenset(
    """Act Law Regulation Regulations Directive Convention Treaty Agreement Accord Protocol
    Code Bill Amendment Rule Rules Index Prize Award Day War Summit Games Cup Olympics
    Constitution Charter Doctrine List Order Orders Decree Ordinance Proclamation Resolution
    Statute""".split()
)
# Name particles join any name; "of", "for", "and" only join institution names
# ("Office of Foreign Assets Control", never "Rangel of New York").
# ("i" joins Catalan names: "Jordi Puig i Serra")
PARTICLES = frozenset("de del da do dos das di la las los le van von der den al bin ibn y i".split())
CONNECTORS = PARTICLES | {"of", "for", "and", "&", "on"}
# Titles before a person's name: stripped from the name, kept as evidence of a person.
# A strong title may precede a surname alone ("President Obama"); a weak one needs two names.
STRONG_TITLES = frozenset(
    """Adm Ambassador Assemblyman Assemblywoman Capt Chairman Chairwoman Chancellor Col
Commissioner Congressman Congresswoman Councilman Councilwoman Dame Del Delegate Dr Gen
Gov Governor Judge Justice King Lady Lord Lt Maj Mayor Minister Mr Mrs Ms Pope President
Prince Princess Prof Queen Rep Representative Reps Rev Reverend Secretary Sen Senator
Sens Sgt Sheriff Sir Speaker Cllr Cr Councillor Alderman Alderwoman MP MPs MEP MSP MLA MPP TD
Superintendent Const Cst Cpl Det Brig Insp Supt""".split()
)
WEAK_TITLES = frozenset(
    """Admiral Attorney CEO CFO COO Candidate Captain Chair Chairperson Chief Colonel Deputy
Detective Director Executive Father Founder General Head Imam Leader Lieutenant Major
Majority Minority Nominee Officer Prime Professor Rabbi Sergeant Sheikh Spokesman
Spokeswoman Vice Whip Administrator Inspector Treasurer Comptroller Auditor Ombudsman Envoy
Consul Dean Provost Registrar Coroner Magistrate Commander Constable Marshal Manager
Spokesperson Counsel Solicitor Prosecutor Clerk Democrat Republican""".split()
)
# Abbreviations that end in a period inside a name ("Rep. Elijah Cummings").
DOTTED = frozenset(
    """Adm Atty Capt Cmdr Col Del Dr Gen Gov Insp Jr Lt Maj Mr Mrs Ms Prof Rep Reps Rev Sen
Sens Sgt Sr St Supt Const Cst Cpl Det Brig Adv Hon Engr Ing Lic Dra Sra""".split()
)
HONORIFICS = {
    "Mr": "m",
    "Mr.": "m",
    "Mrs": "f",
    "Mrs.": "f",
    "Ms": "f",
    "Ms.": "f",
    "Miss": "f",
    "Dr": "",
    "Dr.": "",
    "Prof": "",
    "Prof.": "",
    "Sir": "m",
    "Dame": "f",
    "Lord": "m",
    "Lady": "f",
    "Madam": "f",
    # a lawyer's, a legislator's or an engineer's style: 'Adv. Thandiwe Mkhize', 'Hon. Ruth Obi'
    "Adv": "",
    "Adv.": "",
    "Hon": "",
    "Hon.": "",
    "Atty": "",
    "Atty.": "",
    "Engr": "",
    "Engr.": "",
    "Ing": "",
    "Ing.": "",
    "Lic": "",
    "Lic.": "",
    "Dra": "f",
    "Dra.": "f",
    "Sra": "f",
    "Sra.": "f",
}
MONTHS = frozenset(
    "January February March April May June July August September October November December".split()
)
MONTH_ABBREVIATIONS = frozenset("Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec".split())
WEEKDAYS = frozenset("Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split())
# Words capitalised only because they open a sentence or a heading.
STOP = (
    frozenset(
        """A About Above According Across After Again Against All Almost Along Already Also
Although Always Amid Amidst Among An And Another Any Anyone April Are Around As At
August Be Because Been Before Behind Below Besides Between Beyond Both But By Can Could
Dear December Despite Did Do Does Down Dr During Each Earlier Eight Either Eleven Even
Every Everyone Everything February Few First Five For Four Friday From Had Has Have He
Hello Hence Her Here Hers Hey Him His How However I If In Including Instead Into Is It
It's Its January July June Just Last Later Least Less Let Lets Like Many March May Maybe
Me Meanwhile Might Monday More Most Mr Mrs Ms Much Must My Near Neither Never Next Nine
No Nobody Nor Not Nothing November Now October Off Often Oh Ok Okay On Once One Only
Onto Or Other Others Our Out Over Per Perhaps Photo Please Prof Read Saturday Second
September Seven Several Shall She Should Since Sir Six So Some Someone Something
Sometimes Source Sources Still Such Sunday Ten Than Thank Thanks That The Their Them
Then There These They Third This Those Though Three Through Thursday Thus To Today
Today's Tomorrow Too Tuesday Twelve Two Under Unlike Until Up Upon Us Very Via Was We
Wednesday Well Were What Whatever When Where Whether Which While Who Whoever Whom Whose
Why Will With Within Without Would Yes Yesterday Yesterday's Yet You Your""".split()
    )
    | MONTHS
    | WEEKDAYS
)
# Capitalised abbreviations that name things, roles or units, never a party.
COMMON_ACRONYMS = frozenset(
    "CEO CFO COO CTO CIO NGO NGOs AI DNA GDP PDF LNG TV OK ID IT HQ PR IPO ETF VAT GPS USB SMS "
    "SIM COVID HIV AIDS UAV UAVs EV EVs IP URL CCTV PhD MP MPs QR VPN API AM PM BC AD CO2 ESG "
    "KYC AML B2B FAQ RSS GMT UTC CPR ICU ER MRI"
    " TD TDs MEP MEPs MSP MSPs MLA MLAs MPP MPPs".split()  # members of a parliament
)
# Letters after a person's name set off by commas: a rank at the bar or an honour
# ('Adebayo Ogunleye, SAN,', 'Jane Roe, KC,'), never a party of its own.
POST_NOMINALS = frozenset("SAN QC KC SC OBE CBE MBE KBE DBE OAM AM AO PhD MD Esq".split())
# What a family calls its members: 'Dad would wait an hour' names no party.
KINSHIP_WORDS = frozenset(
    "Dad Daddy Mum Mummy Mom Mommy Mama Papa Grandma Grandpa Granny Nana Gran".split()
)
