"""A claim's status once its speaker is known. No I/O.

The wording gives a first status (`cues.classify`); who says it can change it: the accused
party's "we have never ..." or innocent explanation denies, an unnamed source's or an
authority's account of what others did accuses, and evidence against a party accused
elsewhere is an allegation.
"""

from __future__ import annotations

import re

from sitegen.extract.claimants import ANONYMOUS_SOURCE, mostly_quoted, of_itself
from sitegen.extract.cues import (
    ACCUSATION,
    BODIES,
    EVIDENCE_SHOWS,
    HEDGE,
    INSINUATION,
    REPORTING_VERB,
    found,
    unique,
)
from sitegen.extract.rebuttals import EXPLANATION, WEAK_DENIAL
from sitegen.extract.types import Sentence
from sitegen.extract.wrongdoing import WRONGDOING


def speaker_status(
    sentence: Sentence, start: int, end: int, status: str, cues: tuple[str, ...],
    claimant: str | None, concerned: frozenset[str], types: dict[str, str],
    accusers: frozenset[str] = frozenset(), accusing: frozenset[str] = frozenset(),
) -> tuple[str, tuple[str, ...]]:
    """The clause's status and cues once its speaker is known. `accusers` are the parties
    that accuse others and are not accused themselves; `accusing`, all that accuse."""
    excerpt = sentence.text[start:end]
    # words quoted in part are still the speaker's: "it “complied in a timely manner” with"
    plain = _QUOTE_MARKS.sub("", excerpt)
    if status in ("alleged", "reported") and claimant in concerned:
        weak = found(WEAK_DENIAL, plain)
        if weak:
            return "denied", unique(cues + weak)
        if status == "alleged" and _only_quoted(sentence, start, end, excerpt):
            return "reported", cues  # an accused party's own account, not an accusation
    defended = {m.actor for m in sentence.mentions if start <= m.start < end}
    if status in ("alleged", "reported") and EXPLANATION.search(plain) and (
            defended & concerned or _DEFENDS_IT.search(plain) or _DEFENDER.search(plain)):
        # "the firm had provided genuine consulting services", said by its director
        return "denied", unique(cues + found(EXPLANATION, plain))
    if status == "reported" and defended & concerned and (
            re.search(EVIDENCE_SHOWS, excerpt) or _DOCUMENTS_SAY.search(excerpt)):
        return "alleged", cues  # "X kept shipping to Y, data from Z shows", "according to
        # invoices seen by Reuters": evidence against a party accused elsewhere accuses it
    if status == "reported" and claimant in accusers and deed_of(sentence, start, end, concerned) \
            and not (REPORTING_VERB.search(excerpt) and of_itself(sentence, start, end, claimant)):
        return "alleged", cues  # an accuser's further account of what the accused did
    if status == "reported" and claimant is None and collective_speaker(sentence, start, end) \
            and not of_itself(sentence, start, end, ""):
        return "alleged", cues  # "Workers say the fees were collected by ...", "..., police
        # said": what a group tells of others' doings is its account, an accusation
    if status == "reported" and _UNNAMED_PARTY.match(excerpt):
        return "alleged", cues  # "A care home operator charged workers ..., according to
        # documents": what a party the article will not yet name did is an accusation
    if status == "reported" and _anonymous_on_others(sentence, start, end):
        return "alleged", cues  # an unnamed source's account of others: an accusation
    if status == "alleged" and claimant \
            and _counter_accuses(sentence, start, end, accusing - {claimant}):
        return "disputed", unique(cues + ("accused",))  # "... and accused the bureau of
        # doing the Kremlin's work": turning on the accuser answers the accusation
    if status == "reported" and _law_enforcer_says(sentence, start, end, claimant):
        return "alleged", cues  # "which, according to prosecutors, accepted invoices without
        # checking": what an investigating authority tells is its case until a court rules
    if status == "reported" and claimant and types.get(claimant) in (
            "government", "country") and not of_itself(sentence, start, end, claimant):
        return "alleged", cues  # an authority's account of what others did accuses them
    return status, cues


def _counter_accuses(sentence: Sentence, start: int, end: int,
                     accusers: frozenset[str]) -> bool:
    """Does the speaker accuse one of the article's accusers ("accused NABU of ...")?"""
    return any(start <= m.start < end and m.actor in accusers
               and _ACCUSED_WHOM.search(sentence.text, max(start, m.start - 30), m.start)
               for m in sentence.mentions)


# "accused the agency of", "accuses prosecutors of": the verb right before the target
_ACCUSED_WHOM = re.compile(r"\baccus(?:ed|es|ing)\s+(?:the\s+)?$", re.IGNORECASE)


def _law_enforcer_says(sentence: Sentence, start: int, end: int, claimant: str | None) -> bool:
    """Is the clause told by police, prosecutors or investigators ("according to police",
    "Police said", "said a senior law enforcement official"), and about something other than
    their own work ("according to police, officers seized ...")?"""
    excerpt = sentence.text[start:end]
    source = _ACCORDING.search(excerpt) or _speaker_phrase(excerpt)
    if source is None:
        return False
    begin, stop = start + source.start(), start + source.end()
    named = " ".join([source.group(0)] + [m.actor for m in sentence.mentions
                                          if begin <= m.start < stop or m.actor == claimant])
    rest = (excerpt[:source.start()] + excerpt[source.end():]).strip(" ,;")
    return bool(_ENFORCER.search(named)) and not _RECORDS.search(source.group(0)) \
        and len(rest.split()) >= 3 and not _OWN_WORK.match(rest)


def _speaker_phrase(excerpt: str) -> re.Match[str] | None:
    """The words naming who speaks, before its verb ("Police said") or right after it at the
    clause's end ("..., said a senior law enforcement official, who ...")."""
    # the subject may carry "who" clauses: "A police officer who took part in the raid,
    # who asked not to be named ..., said"
    return re.match(rf"^\W*(?:[\w.'\u2019-]+\s+){{0,5}}?(?:who\b[^,;]*,\s*){{0,2}}(?:{_VERBS})\b",
                    excerpt) \
        or re.search(rf"[,\u201d\"]\s*(?:{_VERBS})\s+(?:a|an|the|one|two|three)\s+[^,]*"
                     r"(?:,\s*(?:who|which)\b.*)?$|"
                     rf",\s+(?:[^,]+)\s+(?:{_VERBS})\W*$",
                     excerpt)


_VERBS = r"said|says|told|alleged|alleges|believe|believes|calculated|estimated"
# "according to X" up to the next comma: "according to Spain's National Police, which ..."
_ACCORDING = re.compile(r"\b[Aa]ccording to\b[^,;:]*")
# Who investigates, charges or tries a case, by word or by the actor's key
# or by its mandate, in words or in an actor key ("ethics-and-anti-corruption-commission"):
# an anti-<wrong> body, a financial intelligence unit, a crime agency or fraud office
_ENFORCER = re.compile(r"\bpolic(?:e|ia|\u00eda)\b|prosecut|investigators|attorneys? general|(?:U\.S\.|district) attorney|"
                       r"sheriff|detectives|law[\s-]enforcement|"
                       r"\banti-(?:[\w]+[\s-]){1,3}?(?:bureau|agency|unit|commission|office|"
                       r"directorate|authority|service)|financial[\s-]intelligence|"
                       r"\b(?:crime|fraud)[\s-](?:agency|commission|office|squad|bureau)",
                       re.IGNORECASE)
# Papers of record they keep are not their case: "according to police data"
_RECORDS = re.compile(r"\b(?:data|figures|statistics|estimates|records|filings|registers?)\b",
                      re.IGNORECASE)
# Their own work: "according to police, officers seized ...", "it has opened ..."
_OWN_WORK = re.compile(r"(?:which|who)?\W*(?:it|they|its|their|officers|agents|detectives|"
                       r"investigators|police|prosecutors)\b", re.IGNORECASE)


def deed_of(sentence: Sentence, start: int, end: int, parties: frozenset[str]) -> bool:
    """Does the clause tell, in the reporter's words, what one of these parties did
    ("Orland Freight registered 14 trucks ..."), not an opinion or a quotation?"""
    return any(start <= m.start < end and m.actor in parties
               and not any(s <= m.start < e for s, e in sentence.in_quote)
               and _DID.match(sentence.text, m.end) for m in sentence.mentions)


# A past deed right after its doer's name: "registered", "had paid", "quietly moved".
# Not a manner ("carried himself well") nor a state ("has struggled").
_DID = re.compile(r"\s+(?:had\s+)?(?:\w+ly\s+)?(?!said\b|told\b)[a-z]+(?:ed|id|ent|old|ook)\b"
                  r"(?!\s+(?:himself|herself|itself|themselves)\b)")


def collective_speaker(sentence: Sentence, start: int, end: int) -> bool:
    """Is the speaker a group named by a plural common noun, not a named party, a pronoun
    or one person: "Workers say", "Some workers said", "U.N. experts have said", "..., police
    said"? Their account of others' doings is theirs to prove."""
    excerpt = sentence.text[start:end]
    verb = REPORTING_VERB.search(excerpt)
    if verb is None:
        return False
    before = excerpt[:verb.start()]
    subject = re.split(r"[,;:\u2014\u201d\"]", before)[-1]
    words = re.findall(r"[\w.'\u2019-]+", subject)
    if words and words[-1].lower() in ("have", "has", "had"):
        words = words[:-1]  # "experts have said"
    if not 1 <= len(words) <= 4 or _NOT_COLLECTIVE.match(words[0]) \
            or not _PLURAL.search(words[-1]):
        return False
    at = start + len(before) - len(subject)
    return not any(at <= m.start < start + verb.start() for m in sentence.mentions)


# Groups speak in the plural: "workers", "campaigners", "U.N. experts", "police".
_PLURAL = re.compile(r"(?:[^s']s|^police|^people)$", re.IGNORECASE)
# Pronouns, possessive roles ("Its chief executive") and single people are not a collective.
_NOT_COLLECTIVE = re.compile(
    r"(?:he|she|it|they|we|I|you|his|her|its|their|our|my|your|a|an|one|this|that)$", re.IGNORECASE)


def evidence_against(excerpt: str) -> bool:
    """Do papers or data speak in the clause ("data from Z shows", "according to invoices
    seen by Reuters")?"""
    return bool(re.search(EVIDENCE_SHOWS, excerpt) or _DOCUMENTS_SAY.search(excerpt))


def _anonymous_on_others(sentence: Sentence, start: int, end: int) -> bool:
    """Does an unnamed source tell of what a named party did ("A former employee says the
    lender let ...", "the people said the gold came from mines held by the RSF")? Not of
    itself ("they had never been shown")."""
    excerpt = sentence.text[start:end]
    source = ANONYMOUS_SOURCE.search(excerpt)
    if source is None:
        return False
    if source.start() == 0 and re.match(r"\W*(?:that\s+)?(?:they|he|she|I|we)\b",
                                        excerpt[source.end():], re.I):
        return False
    begin, stop = start + source.start(), start + source.end()
    content = excerpt[:source.start()] + excerpt[source.end():]
    return bool(_PARTY.search(content)) or any(
        start <= m.start < end and not begin <= m.start < stop
        for m in sentence.mentions)


# A party an unnamed source may speak of without naming it again: "the team gave riders ..."
_PARTY = re.compile(
    rf"\b[Tt]he (?:{BODIES}|owner|managers?|executives?|founder|boss)\b|"
    # people in charge, named by role alone: "said managers told staff to change invoices"
    r"\b(?:managers|executives|bosses|supervisors|directors|owners)\b")
# Papers that speak: "according to invoices seen by Reuters", "emails obtained by the BBC".
# Not public records or filings: what they show is of record.
_PAPERS = (r"(?:invoices|documents|e-?mails|messages|contracts|receipts|ledgers|bank statements|"
           r"files|spreadsheets|minutes|memos|correspondence|papers|recordings|transcripts)")
_QUOTE_MARKS = re.compile(r"[\"\u201c\u201d]")
_DOCUMENTS_SAY = re.compile(
    rf"\baccording to (?:\w+ ){{0,3}}?{_PAPERS}\b|"
    rf"\b{_PAPERS}(?:\s+\S+){{0,2}}?\s+(?:seen|obtained|reviewed|examined) by\b",
    re.IGNORECASE)
# A party the text does not name yet, as the subject: "A Kent care home operator ...",
# also after a dateline ("LONDON (Reuters) - A Dubai-based shipping company ...").
_UNNAMED_PARTY = re.compile(
    r"^\W*(?:[A-Z][A-Z ]+(?:\([^)]{1,40}\))?\s*[-\u2013\u2014]+\s*)?(?:A|An)\s+"
    rf"(?:[\w'-]+\s+){{0,5}}?(?:{BODIES}|operator|service|exchange|broker|agency|maker|"
    r"producer|network|vendor|dealer|consultancy|developer|insurer|shipper|carrier)\b")
# Who speaks for a party's defence: "A lawyer for the company, X, said ...", "his attorney"
_DEFENDER = re.compile(
    r"\b(?:lawyers?|attorneys?|counsel|solicitors?|spokes(?:person|man|woman)|representatives?)"
    r"\s+(?:for|of)\b|(?:\b(?:his|her|their|its)|['\u2019]s)\s+(?:lawyers?|attorneys?|counsel|"
    r"solicitors?)\b",
    re.IGNORECASE)
# A party speaking up for itself: "said the firm had provided genuine services"
_DEFENDS_IT = re.compile(
    rf"\b(?:said|says|insisted|stated|explained)(?:\s+in\s+(?:a|an|its)\s+\w+)?\s+(?:that\s+)?"
    rf"(?:the (?:{BODIES})|it|its \w+)\b|"
    # the party named by what it is: "The operator said the discharge was within limits"
    rf"^\W*[Tt]he (?:{BODIES}|army|military|ministry|police|authorities|government)\s+"
    r"(?:said|says|insisted|stated|explained|maintained)\s+(?:that\s+)?(?:its|their|the|it|they)\b")


def _only_quoted(sentence: Sentence, start: int, end: int, excerpt: str) -> bool:
    """Alleged only for being a quotation: no hedge, accusation or wrongdoing in it."""
    return mostly_quoted(sentence, start, end) and not (
        INSINUATION.search(excerpt) or HEDGE.search(excerpt) or ACCUSATION.search(excerpt)
        or WRONGDOING.search(excerpt))
