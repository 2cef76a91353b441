"""Small general tables of countries, their adjectives and capital-city metonyms. No I/O.

They let the extractor tell a place or a nationality from an actor, fill `country`, and read
"Pyongyang" as North Korea when the capital stands for the state.
"""

from __future__ import annotations

from types import MappingProxyType

from sitegen.extract.kinds import ORG_WORDS
from sitegen.extract.regions import CONTINENTS, REGION_ABBREVIATIONS, REGIONS

# name | ISO 3166-1 alpha-2 | adjectives (and plural nouns) | capital | other names
_COUNTRIES = """
Angola|AO|Angolan,Angolans|Luanda|
Bahrain|BH|Bahraini,Bahrainis|Manama|
Bolivia|BO|Bolivian,Bolivians|La Paz|
Bosnia and Herzegovina|BA|Bosnian,Bosnians|Sarajevo|Bosnia
Botswana|BW|Botswanan||
Burkina Faso|BF|Burkinabe|Ouagadougou|
Cameroon|CM|Cameroonian,Cameroonians|Yaounde|
Chad|TD|Chadian,Chadians|N'Djamena|
Costa Rica|CR|Costa Rican,Costa Ricans|San Jose|
Democratic Republic of the Congo|CD|Congolese|Kinshasa|DRC,DR Congo
Dominican Republic|DO|Dominican,Dominicans|Santo Domingo|
Ecuador|EC|Ecuadorian,Ecuadorians|Quito|
El Salvador|SV|Salvadoran,Salvadorans|San Salvador|
Eritrea|ER|Eritrean,Eritreans|Asmara|
Gabon|GA|Gabonese|Libreville|
Guatemala|GT|Guatemalan,Guatemalans|Guatemala City|
Guinea|GN|Guinean,Guineans|Conakry|
Haiti|HT|Haitian,Haitians|Port-au-Prince|
Honduras|HN|Honduran,Hondurans|Tegucigalpa|
Iceland|IS|Icelandic,Icelanders|Reykjavik|
Ivory Coast|CI|Ivorian,Ivorians|Yamoussoukro|Cote d'Ivoire,Côte d'Ivoire,Côte d’Ivoire,Cote d’Ivoire
Jamaica|JM|Jamaican,Jamaicans|Kingston|
Kosovo|XK|Kosovar,Kosovars|Pristina|
Kuwait|KW|Kuwaiti,Kuwaitis|Kuwait City|
Laos|LA|Laotian,Lao|Vientiane|
Luxembourg|LU|Luxembourgish||
Madagascar|MG|Malagasy|Antananarivo|
Mali|ML|Malian,Malians|Bamako|
Montenegro|ME|Montenegrin,Montenegrins|Podgorica|
Mozambique|MZ|Mozambican,Mozambicans|Maputo|
Namibia|NA|Namibian,Namibians|Windhoek|
Nepal|NP|Nepali,Nepalese|Kathmandu|
Nicaragua|NI|Nicaraguan,Nicaraguans|Managua|
Niger|NE|Nigerien,Nigeriens|Niamey|
North Macedonia|MK|Macedonian,Macedonians|Skopje|
Oman|OM|Omani,Omanis|Muscat|
Papua New Guinea|PG|Papua New Guinean||
Paraguay|PY|Paraguayan,Paraguayans|Asuncion|
Republic of the Congo|CG||Brazzaville|Congo
Rwanda|RW|Rwandan,Rwandans|Kigali|
Senegal|SN|Senegalese|Dakar|
Togo|TG|Togolese|Lomé|
Benin|BJ|Beninese|Porto-Novo|
Sierra Leone|SL|Sierra Leonean|Freetown|
Slovenia|SI|Slovenian,Slovenians,Slovene|Ljubljana|
Somalia|SO|Somali,Somalis|Mogadishu|
South Sudan|SS|South Sudanese|Juba|
Sudan|SD|Sudanese|Khartoum|
Tanzania|TZ|Tanzanian,Tanzanians|Dodoma|
Tunisia|TN|Tunisian,Tunisians|Tunis|
Uganda|UG|Ugandan,Ugandans|Kampala|
Uruguay|UY|Uruguayan,Uruguayans|Montevideo|
Zambia|ZM|Zambian,Zambians|Lusaka|
Zimbabwe|ZW|Zimbabwean,Zimbabweans|Harare|
Afghanistan|AF|Afghan,Afghans|Kabul|
Albania|AL|Albanian,Albanians|Tirana|
Algeria|DZ|Algerian,Algerians|Algiers|
Argentina|AR|Argentine,Argentinian,Argentines|Buenos Aires|
Armenia|AM|Armenian,Armenians|Yerevan|
Australia|AU|Australian,Australians|Canberra|
Austria|AT|Austrian,Austrians|Vienna|
Azerbaijan|AZ|Azerbaijani,Azerbaijanis|Baku|
Bangladesh|BD|Bangladeshi,Bangladeshis|Dhaka|
Belarus|BY|Belarusian,Belarusians|Minsk|
Belgium|BE|Belgian,Belgians|Brussels|
Brazil|BR|Brazilian,Brazilians|Brasilia|
Bulgaria|BG|Bulgarian,Bulgarians|Sofia|
Cambodia|KH|Cambodian,Cambodians|Phnom Penh|
British Virgin Islands|VG|||BVI
Canada|CA|Canadian,Canadians|Ottawa|
Chile|CL|Chilean,Chileans|Santiago|
China|CN|Chinese|Beijing|People's Republic of China,PRC
Cayman Islands|KY|Caymanian||
Colombia|CO|Colombian,Colombians|Bogota|
Croatia|HR|Croatian,Croatians|Zagreb|
Cuba|CU|Cuban,Cubans|Havana|
Cyprus|CY|Cypriot,Cypriots|Nicosia|
Czech Republic|CZ|Czech,Czechs|Prague|Czechia
Denmark|DK|Danish,Danes|Copenhagen|
Egypt|EG|Egyptian,Egyptians|Cairo|
Estonia|EE|Estonian,Estonians|Tallinn|
Ethiopia|ET|Ethiopian,Ethiopians|Addis Ababa|
Fiji|FJ|Fijian,Fijians|Suva|
Finland|FI|Finnish,Finns|Helsinki|
France|FR|French|Paris|
Georgia|GE|Georgian,Georgians|Tbilisi|
Germany|DE|German,Germans|Berlin|
Ghana|GH|Ghanaian,Ghanaians|Accra|
Greece|GR|Greek,Greeks|Athens|
Hong Kong|HK|Hongkonger,Hongkongers||
Hungary|HU|Hungarian,Hungarians|Budapest|
India|IN|Indian,Indians|New Delhi|
Indonesia|ID|Indonesian,Indonesians|Jakarta|
Iran|IR|Iranian,Iranians|Tehran|
Iraq|IQ|Iraqi,Iraqis|Baghdad|
Ireland|IE|Irish|Dublin|
Israel|IL|Israeli,Israelis|Jerusalem|
Italy|IT|Italian,Italians|Rome|
Japan|JP|Japanese|Tokyo|
Jordan|JO|Jordanian,Jordanians|Amman|
Kazakhstan|KZ|Kazakh,Kazakhs,Kazakhstani|Astana|
Kenya|KE|Kenyan,Kenyans|Nairobi|
Kyrgyzstan|KG|Kyrgyz|Bishkek|
Latvia|LV|Latvian,Latvians|Riga|
Liberia|LR|Liberian,Liberians|Monrovia|
Lebanon|LB|Lebanese|Beirut|
Libya|LY|Libyan,Libyans|Tripoli|
Lithuania|LT|Lithuanian,Lithuanians|Vilnius|
Malaysia|MY|Malaysian,Malaysians|Kuala Lumpur|
Malta|MT|Maltese|Valletta|
Marshall Islands|MH|Marshallese|Majuro|
Mauritius|MU|Mauritian,Mauritians|Port Louis|
Mexico|MX|Mexican,Mexicans|Mexico City|
Moldova|MD|Moldovan,Moldovans|Chisinau|
Mongolia|MN|Mongolian,Mongolians|Ulaanbaatar|
Morocco|MA|Moroccan,Moroccans|Rabat|
Myanmar|MM|Burmese|Naypyidaw|Burma
Netherlands|NL|Dutch|Amsterdam|Holland
New Zealand|NZ|New Zealander,New Zealanders|Wellington|
Nigeria|NG|Nigerian,Nigerians|Abuja|
North Korea|KP|North Korean,North Koreans|Pyongyang|DPRK,Democratic People's Republic of Korea
Norway|NO|Norwegian,Norwegians|Oslo|
Pakistan|PK|Pakistani,Pakistanis|Islamabad|
Panama|PA|Panamanian,Panamanians|Panama City|
Peru|PE|Peruvian,Peruvians|Lima|
Philippines|PH|Filipino,Filipinos,Philippine|Manila|
Poland|PL|Polish,Poles|Warsaw|
Portugal|PT|Portuguese|Lisbon|
Qatar|QA|Qatari,Qataris|Doha|
Romania|RO|Romanian,Romanians|Bucharest|
Russia|RU|Russian,Russians|Moscow|Russian Federation
Saudi Arabia|SA|Saudi,Saudis|Riyadh|
Seychelles|SC|Seychellois|Victoria|
Serbia|RS|Serbian,Serbians,Serb,Serbs|Belgrade|
Singapore|SG|Singaporean,Singaporeans||
Slovakia|SK|Slovak,Slovaks|Bratislava|
South Africa|ZA|South African,South Africans|Pretoria|
South Korea|KR|South Korean,South Koreans|Seoul|Republic of Korea
Spain|ES|Spanish,Spaniards|Madrid|
Sri Lanka|LK|Sri Lankan,Sri Lankans|Colombo|
Sweden|SE|Swedish,Swedes|Stockholm|
Switzerland|CH|Swiss|Bern|
Syria|SY|Syrian,Syrians|Damascus|
Taiwan|TW|Taiwanese|Taipei|
Tajikistan|TJ|Tajik,Tajiks|Dushanbe|
Thailand|TH|Thai,Thais|Bangkok|
Turkey|TR|Turkish,Turks|Ankara|Turkiye,Türkiye
Turkmenistan|TM|Turkmen|Ashgabat|
Ukraine|UA|Ukrainian,Ukrainians|Kyiv|Kiev
United Arab Emirates|AE|Emirati,Emiratis|Abu Dhabi|UAE
United Kingdom|GB|British,Briton,Britons|London|UK,U.K.,Britain,Great Britain
United States|US|American,Americans|Washington|US,U.S.,USA,U.S.A.,America
Uzbekistan|UZ|Uzbek,Uzbeks|Tashkent|
Venezuela|VE|Venezuelan,Venezuelans|Caracas|
Vietnam|VN|Vietnamese|Hanoi|Viet Nam
Yemen|YE|Yemeni,Yemenis|Sanaa|
"""

# Continents, regions and other collective adjectives: never actors on their own.
REGION_ADJECTIVES = frozenset({
    "European", "Europeans", "Asian", "Asians", "African", "Africans", "Western", "Eastern",
    "Northern", "Southern", "Central", "Latin", "Latin American", "Middle Eastern", "Arab",
    "Arabs", "Nordic", "Baltic", "Balkan", "Caribbean", "Pacific", "Atlantic", "Scandinavian",
    "Gulf", "Kurdish", "Jewish", "Muslim", "Christian", "English", "Scottish", "Welsh",
    "Javanese", "Russian-language", "English-language", "Western-style",
    # party members and voters are people described, not a party named
    "Democrat", "Democrats", "Republican", "Republicans", "Democratic", "Conservatives",
    "Liberals", "Socialists", "Catholic", "Catholics", "Protestant", "Protestants", "Orthodox",
    "Hispanic", "Hispanics", "Latino", "Latinos", "Indigenous", "Aboriginal", "Native",
    # faiths and their branches: 'the Shiite movement', 'Sunni militias'
    "Shiite", "Shiites", "Shia", "Sunni", "Sunnis", "Islamic", "Islamist", "Islamists",
    "Hindu", "Hindus", "Buddhist", "Buddhists", "Sikh", "Sikhs", "Evangelical", "Jews",
    "Muslims", "Christians",
})
# A word like these in a name marks a place rather than an actor (Central Asia, Indian Ocean).
GEO_WORDS = frozenset({
    "Ocean", "Sea", "River", "Island", "Islands", "Province", "Region", "County", "State",
    "City", "Valley", "Mountains", "Peninsula", "Gulf", "Bay", "Strait", "Coast", "Asia",
    "Europe", "Africa", "America", "Java", "Street", "Avenue", "Road", "Square", "East",
    "Caucasus", "Balkans", "Sahel", "Andes", "Himalayas", "Amazon", "Desert",
})


def _rows() -> list[tuple[str, str, list[str], str, list[str]]]:
    rows = []
    for line in _COUNTRIES.strip().splitlines():
        name, code, adjectives, capital, others = line.split("|")
        rows.append((name, code, [a for a in adjectives.split(",") if a], capital,
                     [o for o in others.split(",") if o]))
    return rows


def _tables() -> tuple:
    names, adjectives, capitals = {}, {}, {}
    for name, code, adjs, capital, others in _rows():
        for n in (name, *others):
            names[n] = (name, code)
        for a in adjs:
            adjectives[a] = code
        if capital:
            capitals[capital] = name
    return MappingProxyType(names), MappingProxyType(adjectives), MappingProxyType(capitals)


COUNTRY_NAMES, ADJECTIVES, CAPITALS = _tables()
# Seats of government that stand for the state, as a capital does ('the Kremlin said').
SEATS = MappingProxyType({
    "Kremlin": "Russia", "White House": "United States", "Whitehall": "United Kingdom",
    "Downing Street": "United Kingdom", "Élysée": "France", "Elysee": "France",
    "Zhongnanhai": "China",
})
# Cities that stand for a bloc rather than for their country when they act ('Brussels wants
# a ban': the EU, whose institutions sit there), when the text names the bloc.
BLOC_SEATS = MappingProxyType({"Brussels": ("European Union", "EU")})
# Well-known cities that are not capitals but often locate a story.
CITIES = frozenset({
    "New York", "Los Angeles", "San Francisco", "Chicago", "Houston", "Miami", "Boston",
    "Seattle", "Toronto", "Montreal", "Vancouver", "Sydney", "Melbourne", "Shanghai",
    "Shenzhen", "Guangzhou", "Mumbai", "Dubai", "Istanbul", "Geneva", "Zurich", "Frankfurt",
    "Munich", "Hamburg", "Milan", "Barcelona", "Almaty", "Karachi", "Lagos", "Johannesburg",
    "Sao Paulo", "Rio de Janeiro", "Osaka", "St Petersburg", "Odesa", "Kharkiv", "Lviv",
    "Valparaiso", "Cebu", "Surabaya", "Busan", "Vladivostok", "Dandong", "Siberia", "Crimea",
    "Donbas", "Kashmir", "Xinjiang",
    "Tibet", "Gaza", "West Bank", "Antwerp", "Rotterdam", "Douala", "Mombasa", "Durban", "Ningbo",
    "Piraeus", "Genoa", "Marseille", "Le Havre", "Felixstowe", "Algeciras", "Valencia",
    "Callao", "Long Beach", "Chittagong", "Jeddah", "Tangier", "Abidjan", "Tema", "Dar es Salaam",
    "Yaoundé", "Kolkata", "Chennai", "Bangalore", "Ho Chi Minh City", "Haiphong", "Yangon",
    "Tianjin", "Qingdao", "Xiamen", "Hamad", "Limassol", "Odessa", "Novorossiysk", "Murmansk",
    "St. Petersburg", "Gdansk", "Lyon", "Toulouse", "Naples", "Turin", "Seville", "Porto",
    "Rio", "Medellin", "Cali", "Guayaquil", "Cartagena", "Tijuana", "Monterrey", "Guadalajara",
    "Cape Town", "Alexandria", "Casablanca", "Kano", "Goma", "Lubumbashi", "Herat", "Kandahar",
    "Ontario", "Bavaria", "Scotland", "Wales", "England",
    "Aleppo", "Homs", "Mosul", "Basra", "Erbil", "Idlib", "Benghazi", "Misrata", "Port Sudan",
})
# US states and their newspaper abbreviations ('Massachusetts Sen. X', 'R-Calif.').
US_STATES = frozenset(
    """Alabama Alaska Arizona Arkansas California Colorado Connecticut Delaware Florida Georgia
    Hawaii Idaho Illinois Indiana Iowa Kansas Kentucky Louisiana Maine Maryland Massachusetts
    Michigan Minnesota Mississippi Missouri Montana Nebraska Nevada Ohio Oklahoma Oregon
    Pennsylvania Tennessee Texas Utah Vermont Virginia Washington Wisconsin Wyoming
    Pa Calif Fla Ga Va Md Mich Mass Conn Ill Ind Minn Wis Tenn Ky Mo Ala Ariz Colo Okla Ore
    Nev N.Y N.J D.C""".split()
) | frozenset(
    {"New Hampshire", "New Jersey", "New Mexico", "New York", "North Carolina", "North Dakota",
     "Rhode Island", "South Carolina", "South Dakota", "West Virginia"}
)


def country_code(name: str) -> str | None:
    """ISO code of a country name, alias, adjective or capital ('Kazakh' -> 'KZ')."""
    if name in COUNTRY_NAMES:
        return COUNTRY_NAMES[name][1]
    if name in ADJECTIVES:
        return ADJECTIVES[name]
    if name in CAPITALS:
        return COUNTRY_NAMES[CAPITALS[name]][1]
    return None


def is_place(name: str) -> bool:
    """A country, capital, known city or geographic name: an actor only where it acts."""
    words = name.split()
    if name in COUNTRY_NAMES or name in CAPITALS or name in CITIES or name in US_STATES:
        return True
    if name in REGIONS or name in CONTINENTS or name in REGION_ABBREVIATIONS:
        return True
    # "Indian Ocean", "Central Asia"; never "Ocean Crest Ltd" or "Bank of America"
    return words[-1] in GEO_WORDS and not any(w in ORG_WORDS for w in words)


def is_adjective(name: str) -> bool:
    """A nationality or regional adjective ('North Korean', 'Chinese'): never an actor."""
    if name in ADJECTIVES or name in REGION_ADJECTIVES:
        return True
    # a compass point before one: 'West African', 'South Asian', 'East European'
    compass, _, rest = name.partition(" ")
    return compass in _COMPASS and (rest in ADJECTIVES or rest in REGION_ADJECTIVES)


_COMPASS = frozenset("North South East West Northern Southern Eastern Western Central".split())
