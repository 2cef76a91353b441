"""Word cues that tell what sort of actor a name is. No I/O.

Cue-based typing (content model, actor types): a legal suffix makes a company, "Ministry"
a government, "Institute" an organization; a descriptive noun beside the name ("a
blockchain forensics company", "the broadcaster") decides when the name itself says nothing.
"""

from __future__ import annotations

import re
from types import MappingProxyType

COMPANY_SUFFIXES = frozenset({
    "Inc", "Ltd", "LLC", "LLP", "GmbH", "Corp", "Corporation", "SpA", "S.p.A", "SA", "S.A", "PLC",
    "plc", "Plc", "AG", "NV", "N.V", "BV", "B.V", "Co", "AB", "ASA", "Oy", "KK", "Pty", "Limited",
    "SARL",
    "SAS", "JSC", "PJSC", "OOO", "OAO", "Bhd", "Tbk", "SRL", "Srl", "Sdn", "FZE", "FZCO", "FZC",
    "FZ-LLC", "DMCC", "Pte", "S.L", "SL", "S.R.L", "KG", "SE", "A/S", "AS", "ApS",
    # more of the world's: Lebanon, France, Turkey, the former Yugoslavia, Central Europe
    "S.A.L", "SAL", "S.A.S", "A.Ş", "AŞ", "d.o.o", "D.O.O", "doo", "d.d", "Kft", "Zrt", "s.r.o",
    "a.s", "OÜ", "UAB", "SIA", "TOV", "PrJSC", "Pvt",
    # Latin America and Iberia: Brazil's 'Ltda.' and 'Eireli', Peru's 'S.A.C.', 'Cía.'
    "Ltda", "LTDA", "Eireli", "EIRELI", "S.A.C", "SAC", "Cía", "Cia", "S/A",
})
COMPANY_WORDS = frozenset({
    "Studios", "Studio", "Entertainment", "Pharmaceuticals", "Pharma", "Trading", "Fisheries",
    "Seafood", "Holdings", "Group", "Bank", "Airlines", "Airways", "Technologies", "Technology",
    "Systems", "Industries", "Motors", "Energy", "Oil", "Gas", "Mining", "Capital", "Partners",
    "Ventures", "Logistics", "Shipping", "Labs", "Software", "Solutions", "Foods",
    "Electronics", "Enterprises", "Exchange", "Company", "Analytics", "Consulting", "Advisory",
    "Securities", "Investments", "Properties", "Construction", "Engineering", "Chemicals",
    "Textiles", "Apparel", "Brands", "Retail", "Markets", "Insurance", "Finance", "Financial",
    "Animation", "Games", "Pictures", "Films", "Productions", "Records", "Networks", "Telecom",
    "Contracting", "Contractors", "Builders", "Developers", "Manufacturing", "Services",
    "Supplies", "Imports", "Exports", "Maritime", "Steel", "Metals",
    "Resources", "Minerals", "Garments", "Hotels", "Resorts", "Farms", "Agro", "Tankers",
    "Freight", "Petroleum", "Commodities", "Lines",
})
GOVERNMENT_WORDS = frozenset({
    "Ministry", "Department", "Office", "Agency", "Treasury", "Commission", "Police", "Customs",
    "Bureau", "Directorate", "Administration", "Authority", "Inspectorate", "Service", "Army",
    "Navy", "Government", "Parliament", "Senate", "Congress", "Court", "Prosecutor", "Cabinet",
    "Kremlin", "Pentagon", "Guard", "Command", "Secretariat", "Embassy", "Consulate", "Division",
    "Regulator", "Tribunal", "Prosecutors", "Force", "Forces", "Council", "Unit", "Intelligence",
    "Constabulary", "Gendarmerie", "Carabinieri", "Guardia", "Policía", "Policia", "Polizia",
    "Polizei", "Garda", "Prefecture", "Procuratorate", "Fiscalía", "Ministerio", "Ministère",
    "Ministerium",
    # offices of state named by the office: 'the Presidency', 'the Public Protector'
    "Presidency", "Protector", "Ombudsman", "Ombudsperson",
})
# Seats of government named for their building or street.
GOVERNMENT_NAMES = frozenset({"White House", "Downing Street", "Kremlin", "Pentagon", "Elysee",
                              "Élysée", "Blue House", "Zhongnanhai", "Quai d'Orsay", "City Hall",
                              "Town Hall", "County Hall", "Statehouse", "State House"}) | frozenset(
    # state agencies best known by their initials
    "FBI CIA NSA DEA ATF IRS SEC FTC FCC FDA EPA DHS ICE CBP DOJ OFAC FinCEN BIS OFSI HMRC NCA "
    "MI5 MI6 GCHQ SFO FCA CMA BKA BND FSB SVR GRU KGB EFCC OLAF EPPO".split()
)
ORGANIZATION_WORDS = frozenset({
    "University", "Institute", "Foundation", "Hospital", "Centre", "Center", "Research",
    "Watch", "Society", "Association", "Federation", "Union", "Nations", "Trust", "Fund",
    "Alliance", "Network", "Coalition", "Initiative", "Project", "Monitor", "Observatory",
    "College", "School", "Academy", "Clinic", "Committee", "Forum", "Organization",
    "Organisation", "Church", "Party", "Movement", "Campaign", "International", "Charity",
    "Collective", "Consortium",
    # the same words in the languages whose bodies English stories name untranslated
    "Institut", "Instituto", "Istituto", "Fundación", "Fundação", "Fondation", "Fondazione",
    "Stiftung", "Verband", "Verein", "Asociación", "Associação", "Sindicato", "Universidad",
    "Universidade", "Université", "Università", "Universität",
})
MEDIA_WORDS = frozenset({
    "Media", "News", "Times", "Post", "Press", "Journal", "Gazette", "Herald", "Tribune",
    "Broadcasting", "Television", "TV", "Radio", "Magazine", "Daily", "Telegraph", "Guardian",
    "Chronicle", "Observer", "Reporter", "Wire", "Ledger", "Courier", "Dispatch", "Sentinel",
    "Examiner", "Inquirer", "Enquirer", "Bulletin", "Mercury", "Globe", "Gazzetta", "Zeitung",
})
# Outlets well known by a bare name (a short general list).
MEDIA_NAMES = frozenset({
    "Reuters", "AP", "Associated Press", "AFP", "Agence France-Presse", "BBC", "CNN", "Bloomberg",
    "Al Jazeera", "NPR", "PBS", "NBC", "CBS", "ABC", "Fox News", "Politico", "Axios", "Vice",
    "Yonhap", "Xinhua", "Kyodo", "Interfax", "TASS", "Tass", "RIA Novosti", "Dow Jones",
    "Nikkei", "Deutsche Welle", "DW", "Euronews", "Le Monde", "Der Spiegel", "El País",
    "The Economist", "Financial Times", "Wall Street Journal", "New York Times",
    "Washington Post", "Guardian", "Forbes", "Wired", "ProPublica", "Bellingcat", "OCCRP",
})
# International bodies are organizations (annotation conventions).
INTERNATIONAL_BODIES = frozenset({
    "United Nations", "UN", "European Union", "EU", "NATO", "World Bank", "Interpol", "Europol",
    "International Monetary Fund", "IMF", "World Health Organization", "WHO", "OECD", "WTO",
    "Financial Action Task Force", "FATF", "Security Council", "African Union", "ASEAN",
    "International Criminal Court", "ICC", "Red Cross", "European Commission",
    "Group of Seven", "G7", "Group of 7", "Group of Twenty", "G20", "Group of 20",
})
INSTITUTION_WORDS = GOVERNMENT_WORDS | ORGANIZATION_WORDS | {"Securities", "Exchange", "Affairs"}

# Descriptive nouns near a name ("the service, Kestrel Mix"; "a research group in Vilnius").
# Any word that marks a body rather than a person or a place.
ORG_WORDS = COMPANY_WORDS | GOVERNMENT_WORDS | ORGANIZATION_WORDS | MEDIA_WORDS

_NOUN_TYPES = (
    (r"(hacking|hacker|criminal|militant|armed|rebel|terrorist|extremist|ransomware|cyber)[- ]"
     r"(group|unit|gang|cell|collective|network)|gang|cartel|militia", "group"),
    (r"broadcaster|newspaper|news agency|news outlet|outlet|magazine|channel|tabloid|"
     r"news site|wire service|publication|broadsheet", "media"),
    (r"ministry|agency|regulator|department|authority|watchdog agency|intelligence agency|"
     r"intelligence service|police|police force|constabulary|gendarmerie|court|"
     r"prosecutor's office|government", "government"),
    (r"non-?profit|charity|ngo|research group|rights group|advocacy group|campaign group|"
     r"think tank|institute|university|hospital|foundation|monitor|organi[sz]ation|"
     r"group|association|union|watchdog|body", "organization"),
    (r"company|firm|maker|manufacturer|drugmaker|carmaker|chipmaker|exchange|chain|retailer|"
     r"bank|service|consultancy|studio|supplier|trader|producer|conglomerate|startup|"
     r"start-up|subsidiary|contractor|subcontractor|operator|platform|brand|lender|insurer|"
     r"airline|shipper|distributor|wholesaler|vendor|business|enterprise|outfit|mixer", "company"),
    (r"cell", "group"),  # a bare 'unit' may be a ministry's ('its sanctions unit')
)
NOUN_TYPES = tuple(
    (re.compile(rf"\b(?:{p})(?:s|es)?\b", re.IGNORECASE), t) for p, t in _NOUN_TYPES
)
# The same nouns right before a name: "the environmental group Forest Trace".
NOUN_BEFORE = tuple(
    (
        re.compile(
            # lower case: 'Volga Credit Bank, OFAC said' is no bank named OFAC
            rf"\b(?:{p})(?:s|es)?(?:,\s+|\s+)(?:called\s+|named\s+|known\s+as\s+)?$",
        ),
        t,
    )
    for p, t in _NOUN_TYPES + ((r"(?<!twice-)(?:daily|weekly|monthly)", "media"),)
)  # 'the Lima daily El Faro': a periodical, named right after the word

# Nouns that describe a person in an apposition ("X, a spokesperson for Y").
ROLE_WORDS = (
    r"spokes(?:person|man|woman)|director|head|chief|executive|ceo|cfo|coo|officer|"
    r"investigator|researcher|lawyer|attorney|solicitor|barrister|counsel|prosecutor|deckhand|"
    r"national|citizen|"
    r"developer|member|deputy|minister|secretary|president|founder|co-founder|analyst|"
    r"professor|doctor|official|manager|chair(?:man|woman|person)?|employee|worker|journalist|"
    r"reporter|author|engineer|advis[eo]r|expert|economist|activist|owner|captain|fisherman|"
    r"resident|student|teacher|nurse|judge|senator|governor|mayor|ambassador|diplomat|"
    r"commander|general|colonel|partner|associate|consultant|scientist|trader|broker|"
    r"banker|accountant|auditor|inspector|detective|agent|leader|organiser|organizer|"
    r"coordinator|campaigner|specialist|fellow|lecturer|director-general|vice[- ]president|"
    r"crew member|sailor|pilot|driver|farmer|mother|father|wife|husband|son|daughter|"
    r"brother|sister|victim|survivor|witness|whistleblower|hacker|programmer|animator|"
    r"artist|writer|producer|editor|photographer|singer|actor|actress|[0-9]+-year-old|"
    r"business(?:man|woman)|candidate|nominee|critic|friend|voter|supporter|aide|strategist|"
    r"pollster|lawmaker|congress(?:man|woman)|announcer|host|moderator|anchor|commentator|"
    r"columnist|blogger|veteran|resident|neighbou?r|protester|demonstrator|shopkeeper|owner|"
    r"man|woman|mom|dad|parent|chief of staff|staffer|adviser|lobbyist|historian|scholar|"
    r"rider|cyclist|athlete|player|runner|coach|swimmer|footballer|boxer|racer|skier|jockey|"
    r"sprinter|goalkeeper|striker|midfielder|defender|team-?mate|referee|climber|golfer|"
    r"champion|racing driver|sports director|rapper|model|chef|priest|imam|rabbi|bishop|"
    r"commissioner|chancellor|envoy|premier|ombudsman|treasurer|magistrate|sheriff|"
    r"superintendent|constable|auditor-general|attorney-general|secretary-general|"
    r"trustee|shareholder|investor|donor|customer|client|tenant|patient|passenger|insider|"
    r"miner|labou?rer|guard|boy|girl|teenager|villager|refugee|migrant|smuggler|dealer|"
    r"courier|cleaner|maid|porter|"
    # ranks of armies, police and prisons, and the trades a source is often described by
    r"sergeant|corporal|lieutenant|private|soldier|trooper|marine|warden|jailer|inmate|"
    r"prisoner|detainee|cop|firefighter|paramedic|surgeon|physician|pharmacist|midwife|"
    r"carer|caregiver|technician|mechanic|clerk|contractor|volunteer|administrator|"
    r"civil servant|social worker|colleague|staff member|case ?worker"
)
PERSON_ROLES = re.compile(rf"\b(?:{ROLE_WORDS})\b", re.IGNORECASE)
# Common nouns for a state's bodies, named by description: "Indonesia's foreign ministry".
GOVERNMENT_BODY_NOUNS = (
    "ministry|government|embassy|police|army|navy|military|regulator|parliament|customs|"
    "agency|authority|watchdog|inspectorate"
)
FEMALE_NAMES = frozenset("""
Mary Maria Marie Anna Ana Anne Ann Elena Helen Sarah Sara Laura Julia Emma Olga Natalia
Natalya Tatiana Irina Svetlana Ekaterina Yulia Sofia Sophie Sophia Lucia Carmen Isabel
Isabella Patricia Jennifer Linda Elizabeth Susan Jessica Karen Nancy Lisa Margaret Betty
Sandra Ashley Emily Michelle Amanda Melissa Rebecca Rachel Hannah Claire Catherine
Katherine Kate Christina Christine Andrea Monica Angela Alice Grace Hana Yuki Mei Li
Fatima Aisha Amina Leila Layla Zainab Anjali Pooja Sunita Ursula Petra
Ingrid Gabriela Valentina Camila Fernanda Paula Rosa Teresa
Beatriz Adriana Silvia Veronica Siti Dewi Nur Ayu Joy Jasmine Nadia Samira Yasmin
""".split())
MALE_NAMES = frozenset("""
John James Robert Michael William David Richard Joseph Thomas Charles Christopher
Daniel Matthew Mark Donald Paul Steven Andrew Kenneth Kevin Brian George Edward Peter
Ivan Dmitry Sergei Sergey Alexei Alexander Andrei Mikhail Vladimir Nikolai Pavel
Igor Oleg Yuri Viktor Juan Jose Carlos Luis Jorge Miguel Pedro Diego
Pablo Antonio Francisco Manuel Javier Ahmed Mohammed Muhammad Ali Omar Hassan Hussein
Ibrahim Yusuf Budi Agus Rahul Amit Raj Vijay Wei Jun Hiroshi Kenji Takeshi Kim
Hans Klaus Stefan Markus Jan Piotr Lars Erik Brad Tom Jim Joe Bob Mike Steve
Frank Henry Jack Harry Samuel Benjamin Jacob Ethan Noah Liam Lucas Martin Simon Felix
""".split())
# A state body's popular name, with the names it may be given in full in the same story.
NICKNAMES = MappingProxyType({
    "Mounties": ("Royal Canadian Mounted Police", "RCMP"),
    "Scotland Yard": ("Metropolitan Police", "Metropolitan Police Service", "Met"),
    "Fed": ("Federal Reserve", "Federal Reserve Board", "Federal Reserve System"),
    "Bundesbank": ("Deutsche Bundesbank",),
    "Old Bailey": ("Central Criminal Court",),
})
