"""First-level regions of large federal countries (provinces, states, Länder) and the polar
and ocean regions: places a story names as a home or a scene, never as a party. Data only.
"""

from __future__ import annotations

_ONE_LINE = """
Alberta|British Columbia|Manitoba|New Brunswick|Newfoundland and Labrador|Newfoundland|
Nova Scotia|Prince Edward Island|Quebec|Québec|Saskatchewan|Yukon|Nunavut|
Northwest Territories|
New South Wales|Queensland|Tasmania|South Australia|Western Australia|
Northern Territory|
Andhra Pradesh|Assam|Bihar|Gujarat|Haryana|Karnataka|Kerala|Madhya Pradesh|Maharashtra|
Odisha|Punjab|Rajasthan|Tamil Nadu|Telangana|Uttar Pradesh|West Bengal|Goa|Jharkhand|
Baden-Württemberg|Brandenburg|Hesse|Lower Saxony|Mecklenburg-Western Pomerania|
North Rhine-Westphalia|Rhineland-Palatinate|Saarland|Saxony|Saxony-Anhalt|
Schleswig-Holstein|Thuringia|
Guangdong|Fujian|Zhejiang|Jiangsu|Shandong|Sichuan|Yunnan|Hainan|Hebei|Henan|Hubei|Hunan|
Heilongjiang|Inner Mongolia|
Sao Paulo|São Paulo|Minas Gerais|Rio Grande do Sul|Bahia|Pará|Amazonas|Mato Grosso|
Chihuahua|Sinaloa|Sonora|Jalisco|Michoacán|Michoacan|Tamaulipas|Veracruz|Guerrero|
Oaxaca|Baja California|
Catalonia|Andalusia|Galicia|Basque Country|Lombardy|Sicily|Sardinia|Calabria|Campania|
Flanders|Wallonia|Northern Ireland|Kurdistan|Punjab|Sindh|Balochistan|
"""
REGIONS = frozenset(
    name.strip() for name in _ONE_LINE.replace("\n", "").split("|") if name.strip()
)
# Continents and world regions: a scene, never a party, even when it seems to act ('Africa's
# most endangered animals').
CONTINENTS = frozenset(
    {"Africa", "Europe", "Asia", "Oceania", "Antarctica", "Arctic", "Antarctic",
     "Latin America", "South America", "North America", "Central America", "Middle East",
     "Scandinavia", "Sub-Saharan Africa", "Southeast Asia", "Central Asia", "West Africa",
     "East Africa", "Southern Africa", "North Africa", "Eastern Europe", "Western Europe"}
)
# Newspaper abbreviations of Canadian provinces and Australian states, as in 'Truro, N.S.'.
REGION_ABBREVIATIONS = frozenset(
    "N.S. N.B. B.C. Ont. Que. Alta. Sask. Man. P.E.I. Nfld. N.S.W. Qld. Vic. Tas.".split()
)
