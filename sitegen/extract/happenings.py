"""Happening words by event kind, and the kind a date's clause names. No I/O.

The happening word nearest the date gives the kind; a sanction word wins outright,
unless the sanction is only asked for.
"""

from __future__ import annotations

import re

from sitegen.extract.sanctions import SANCTION
from sitegen.extract.types import DateMention, Sentence

# Happening words by kind; the one nearest the date wins (sanction words win outright).
_KINDS: list[tuple[str, re.Pattern[str]]] = [
    ("investigation", re.compile(
        r"\b(?:investigat\w*|inquiry|inquiries|probe[sd]?|charged|charg(?:es|ing)|indicted|"
        r"arrested|raided|raids?|prosecut\w*|audit(?:ed)?|subpoena\w*|traced|linked|sued|"
        r"pleaded|convicted|sentenced|acquitted|extradited|interviewed|questioned|surveyed|"
        r"detected|discovered|found traces|unsealed|"
        r"(?:lawsuit|suit|complaint|case|charges?),? (?:was |were )?(?:filed|lodged|brought)|"
        r"(?:filed|lodged|brought) (?:a |an )?(?:[\w-]+ )?(?:lawsuit|suit|complaint|case)|"
        r"identified|uncovered|shared (?:its|their|the) findings|findings with|monitor\w*|"
        r"observ(?:e|ed|ing)|kept (?:a )?watch|tracked|surveil\w*|examined|analy[sz]ed|"
        # custody and referral: "was remanded in custody", "reported X to the police"
        r"remanded|(?:placed|taken|held) (?:\w+ )?(?:in|into) custody|reported (?:[\w-]+ ){1,4}?to "
        r"(?:the )?(?:police|prosecutors|authorities|regulator))\b", re.I)),
    ("publication", re.compile(
        r"\b(?:report|study|documentary|book|article|paper|investigation) (?:was |were )?"
        r"(?:published|released|aired|broadcast)|published|publishe[sd]|aired|broadcast|"
        r"released (?:a|an|its|their) (?:report|study|documentary|findings)|"
        r"in (?:a|an|its|their) (?:[\w-]+ )?report|(?:first )?reported on|"
        # a document dated by its own date: "The report, dated April 14, says ..."
        r"(?:report|study|survey|paper|assessment|analysis|letter|memo)s?\b[^;]{0,60}?,? dated|"
        r"appeared\b(?=(?:\s+\S+){0,4}?\s+in\s+(?:(?:a|an|the)\s+(?:\w+\s+)?|"
        # 'appeared last year in “The Listening Room”, a documentary ...'
        r"[\"\u201c][^\"\u201d]{1,80}[\"\u201d],?\s+(?:a|an|the)\s+(?:[\w-]+\s+)?)(?:documentary|film|"
        r"report|series|programme|program|investigation|interview|video|podcast|episode)\b)",
        re.I)),
    ("statement", re.compile(
        r"\b(?:said|says|told|announced|confirmed|statement|press conference|filing|filed|"
        r"disclosed|wrote|letter|notice|testified|emailed|interview|posted|called (?:on|for)|"
        r"(?:phone|telephone|video|conference) call|"
        # a message dated by its own date: "In one message from 14 May, an employee writes"
        r"(?:message|e-?mail|memo|text|note)s? (?:from|dated|of)|"
        r"urged|demanded|warned|complained|"
        r"raised (?:[\w-]+ )?(?:questions|concerns|doubts|the alarm))\b",
        re.I)),
    ("production", re.compile(
        r"\b(?:produced|animated|filmed|manufactured)\b", re.I)),
    ("other", re.compile(
        r"\b(?:renamed|changed (?:its|their|his|her) names?|(?:new )?name had been chosen|chosen|"
        r"stole|stolen|theft|hacked|seized|recovered|suspended|stopped|ended|began|begun|"
        r"started|launched|closed|opened|founded|established|acquired|bought|merged|signed|"
        r"hired|fired|resign(?:ed|ations?)|appointed|died|killed|attacked|shot down|moved|"
        # a post taken away: "was placed on administrative leave", "was dismissed"
        r"(?:placed|put|sent) on (?:[\w-]+ )?leave|dismissed|sacked|ousted|removed from|"
        r"relocated|"
        r"transferred|shipped|delivered|expelled|fined|ordered|agreed|settled|imposed|"
        r"(?<!a )(?<!an )(?<!the )banned|"
        r"released|freed|elected|awarded|won|collapsed|went bankrupt|dissolved|liquidated|fled|"
        r"disappeared|visited|took (?:office|control|over)|invaded|crashed|sank|exploded|"
        r"inaugurated|introduced|adopted|enacted|unveiled|completed|built|shipments|"
        r"left|quit|departed|joined|retired|stepped down|allocated|granted|issued|approved|"
        r"penalt(?:y|ies)|fines?|registered|incorporated|set up|listed (?:its|their) shares|"
        r"went public|exported|imported|invested|flew|flown|met|"
        r"took (?:its|their|the) (?:current|present|new) name|(?:was|were) (?:called|named)|"
        r"(?:shares|stocks?|prices?) (?:\w+ )?(?:fell|rose|dropped|plunged|jumped|surged|slumped|"
        r"climbed|tumbled|soared)|formed|created|voted|chaired|headed|operated|managed|"
        r"(?:traded|trading|did business) as|promoted|demoted|"
        r"listed on (?:the )?(?:[\w-]+ )?(?:[Ss]tock [Ee]xchange|exchange|market|Nasdaq|NYSE)|"
        # "The company listed in London in 2018", "floated on the AIM market"
        r"(?:listed|floated)(?: (?:its|their) shares)? (?:in|on) (?:the )?(?=(?-i:[A-Z]))|"
        r"installed|constructed|upgraded|demolished|expanded|handed (?:over|back)|sold|"
        r"revoked|cancell?ed|withdr[ae]w|lent|loaned|loans?|"
        # money changing hands: "paid more than €11 million to companies linked to X"
        r"paid|donated|wired|steered|channell?ed|poured|"
        # a post held until a date: "who until 2021 was a general manager"
        r"until(?=\s+\S+\s+(?:was|were|served|worked)\b)|"
        # a former name or role held until a date: "traded as Baltic Star until April"
        r"(?:was|were|served as|worked|work(?:s|ed)? as|(?:traded|trading|operated|known|"
        r"did business|registered) as)\b"
        r"(?=[^,;]{0,80}\buntil\b))\b", re.I)),
]
_REPORTING = re.compile(r"\b(?:said|says|told|announced|confirmed)\b", re.I)
# Nouns that name a happening, by kind: a year before one dates it ("A 2019 engineering
# study", "the 2021 takeover"); a year before anything else does not ("the 2021 budget").
_HAPPENING_NOUNS = {
    "publication": r"reports?|stud(?:y|ies)|surveys?|analys[ie]s|documentary|book|articles?|"
                   r"papers?|assessments?|evaluations?",
    "investigation": r"audits?|inquir(?:y|ies)|investigations?|probes?|raids?|inspections?|"
                     r"reviews?|searches|arrests?|indictments?|lawsuits?|prosecutions?|trials?",
    "statement": r"letters?|e-?mails?|memos?|speech|interview|statements?|testimony",
    "other": r"takeovers?|acquisitions?|mergers?|elections?|referendums?|coups?|deals?|"
             r"agreements?|contracts?|sales?|purchases?|listings?|flotations?|IPOs?|attacks?|"
             r"leaks?|spills?|"
             r"collapses?|fires?|explosions?|crash(?:es)?|strikes?|protests?|visits?|meetings?|"
             r"summits?|donations?|payments?|loans?|transfers?|invasions?|floods?|earthquakes?|"
             r"hacks?|breach(?:es)?|restructuring|bankruptcy|closure|shutdown|launch",
}
_WISH = re.compile(
    r"\b(?:call(?:ed|s|ing)? (?:on|for)|urg\w+|demand\w*|ask\w*|threaten\w*|propos\w*|"
    # modals in lower case only: "In May, Britain froze ..." is no wish
    r"consider\w*|(?-i:could|would|may|might|should)|to impose|to sanction|to add)\b", re.I)

# A verb in the simple past, regular or common irregular: what the reporter says was done.
_PAST_VERB = re.compile(
    r"\b(?:(?<!\bwas )(?<!\bwere )(?<!\bbeen )(?<!\bbe )[a-z]{2,}(?:ed|ied)|fell|rose|sold|paid|"
    r"sent|made|took|gave|went|came|lost|wrote|spoke|held|kept|bought|brought|ran|drew|grew|"
    r"cut|hit|sank|slid|spent|threw|broke|caught|struck|sought|taught|led|won|met|left)\b(?! by\b)")


def noun_happening(text: str, start: int, end: int) -> str | None:
    """The kind of happening a bare year names inside a noun phrase ("A 2019 engineering
    study commissioned by ...", "the 2021 takeover"), or None."""
    if not re.fullmatch(r"(?:19|20)\d\d", text[start:end]) or not re.search(
            r"\b(?:the|a|an|its|their|his|her|this|that)\s+$", text[:start], re.I):
        return None
    for kind, nouns in _HAPPENING_NOUNS.items():
        if re.match(rf"\s+(?:[a-z][\w-]*\s+){{0,2}}?(?:{nouns})\b", text[end:]):
            return kind
    return None


def event_kind(clause: str, at: int, others: list[int]) -> str | None:
    """The kind of the happening word nearest the date; sanction words win outright.

    A sanction only asked for ("called on the EU to impose sanctions") is a statement.
    A word nearer another date of the clause is that date's ("in 2021, ... an inquiry
    opened last autumn").
    """
    word = SANCTION.search(clause)
    if word and not _WISH.search(clause, 0, word.start()) \
            and _nearest(clause, word.start(), at, others):
        return "sanction"
    best: tuple[int, str] | None = None
    for kind, pattern in _KINDS:
        for m in pattern.finditer(clause):
            if not _nearest(clause, m.start(), at, others):
                continue
            distance = at - m.end() if m.end() <= at else m.start() - at
            if kind == "statement" and _REPORTING.fullmatch(m.group(0)):
                if distance > 40:
                    continue  # "paid bribes between 2017 and 2021, regulators said Tuesday"
                distance += 1000  # "X said on Monday that it had opened an inquiry": the inquiry
            elif kind == "other":
                distance += 60  # a generic verb yields to a specific word nearby ("inquiry began")
            if best is None or distance < best[0]:
                best = (distance, kind)
    return best[1] if best else None


def past_deed(clause: str, at: int, others: list[int]) -> bool:
    """Does the clause tell a deed in the simple past that the date at `at` is nearest to
    ("shares fell 3% on Wednesday", "the report, submitted in April, names ...")?"""
    return any(_nearest(clause, m.start(), at, others) for m in _PAST_VERB.finditer(clause))


def _nearest(clause: str, word: int, at: int, others: list[int]) -> bool:
    """Is the date at `at` (not one of the others) the one nearest to this word?

    A comma between them counts as distance: "fined in 2021, took over X in 2023".
    """
    def distance(date: int) -> int:
        low, high = sorted((word, date))
        return high - low + 100 * clause.count(", ", low, high)

    return all(distance(at) <= distance(other) for other in others)


def one_time(text: str, date: DateMention) -> bool:
    """Is the date a day or a month, not a year or a span (a span's deeds are often
    repeated or summed up: "made nine flights last year", "rose between 2022 and 2024")?"""
    span = re.compile(r"(?:between|from|since|until|by)\b", re.I)
    return len(date.value) >= 7 and not span.match(date.surface) \
        and not re.search(r"\b(?:between|from|and|to|until)\s+$", text[:date.start], re.I)


def plain_deed(sentence: Sentence, start: int, end: int, date: DateMention) -> bool:
    """Is the clause the reporter's own telling of a named party's deed? Not someone's
    account ("the group said it loaded ..."), not an earlier deed told inside another
    ("had waited", "that it had lobbied"), not a scene without a party ("a lorry rolled")."""
    lead = sentence.text[start:date.start]
    return any(start <= m.start < end for m in sentence.mentions) and not re.search(
        r"\b(?:had|that|said|says|told|claimed|alleged|according)\b", lead, re.I)
