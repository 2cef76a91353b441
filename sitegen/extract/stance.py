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
    INQUIRY_ACT,
    INSINUATION,
    REPORTING_VERB,
    SANCTION_CRITIQUE,
    found,
    unique,
)
from sitegen.extract.rebuttals import EXPLANATION, INNOCENT_ACCOUNT, WEAK_DENIAL
from sitegen.extract.types import Sentence
from sitegen.extract.wrongdoing import WRONGDOING


def speaker_status(
    sentence: Sentence, start: int, end: int, status: str, cues: tuple[str, ...],
    claimant: str | None, concerned: frozenset[str], types: dict[str, str],
    accusers: frozenset[str] = frozenset(),
) -> tuple[str, tuple[str, ...]]:
    """The clause's status and cues once its speaker is known."""
    excerpt = sentence.text[start:end]
    acts = _authority_acts(sentence, start, end, claimant, types)
    if status == "alleged" and acts and all(REPORTING_VERB.fullmatch(c) for c in cues) \
            and not _STATED_REASON.search(excerpt):
        return "confirmed", cues  # an authority's act is of record, whatever it names; its
        # stated reasons ("citing its role in ...") stay an allegation
    if status == "reported" and INQUIRY_ACT.search(excerpt):
        return status, cues  # a body's own inquiry or measure, whoever tells of it
    if status == "alleged" and claimant and _SELF_DENIAL.search(
            re.sub(r"[\"\u201c\u201d]", "", excerpt)) and WRONGDOING.search(excerpt):
        # 'said in a statement that it "has not received any weapons in violation of ..."'
        return "denied", unique(cues + found(_SELF_DENIAL, excerpt))
    if status == "disputed" and claimant in concerned and SANCTION_CRITIQUE.search(excerpt) \
            and types.get(claimant) not in ("government", "country"):
        # a sanctioned firm's or person's word on its sanctions rejects them; a state's
        # objection to another's sanctions contests them
        return "denied", cues
    if status in ("alleged", "reported") and claimant in concerned:
        weak = found(WEAK_DENIAL, excerpt)
        if weak:
            return "denied", unique(cues + weak)
        if status == "alleged" and _only_quoted(sentence, start, end, excerpt):
            return "reported", cues  # an accused party's own account, not an accusation
    unquoted = re.sub(r"[\"\u201c\u201d]", "", excerpt)
    if status == "reported" and types.get(claimant or "") not in ("government", "country") \
            and INNOCENT_ACCOUNT.search(unquoted) and REPORTING_VERB.search(excerpt):
        # "said it had acted only as an agent", "told the Guardian the yard met all safety
        # standards": an answer, whoever on the accused's side gives it
        return "denied", cues
    defended = {m.actor for m in sentence.mentions if start <= m.start < end}
    if status in ("alleged", "reported") and EXPLANATION.search(excerpt) and (
            defended & concerned or _DEFENDS_IT.search(excerpt) or _DEFENDER.search(excerpt)):
        # "the firm had provided genuine consulting services", said by its director
        return "denied", unique(cues + found(EXPLANATION, excerpt))
    if status == "reported" and defended & concerned and (
            re.search(EVIDENCE_SHOWS, excerpt) or _DOCUMENTS_SAY.search(excerpt)) \
            and not _OFFICIAL_PAPERS.search(excerpt):
        return "alleged", cues  # "X kept shipping to Y, data from Z shows", "according to
        # invoices seen by Reuters": evidence against a party accused elsewhere accuses it
    if status == "reported" and claimant in accusers and _deed_of(sentence, start, end, concerned) \
            and not (REPORTING_VERB.search(excerpt) and of_itself(sentence, start, end, claimant)):
        return "alleged", cues  # an accuser's further account of what the accused did
    if status == "reported" and _FINDER.match(excerpt) \
            and _deed_of(sentence, start, end, concerned):
        return "alleged", cues  # "The panel said the flights were operated by X": a finding
        # against a party accused elsewhere, by the work that accuses it
    if status == "reported" and _UNNAMED_PARTY.match(excerpt):
        return "alleged", cues  # "A care home operator charged workers ..., according to
        # documents": what a party the article will not yet name did is an accusation
    if status == "reported" and _anonymous_on_others(sentence, start, end):
        return "alleged", cues  # an unnamed source's account of others: an accusation
    if status == "reported" and claimant and types.get(claimant) in (
            "government", "country") and not of_itself(sentence, start, end, claimant) \
            and not acts:
        return "alleged", cues  # an authority's account of what others did accuses them
    return status, cues


# A finding told by the work or the team that made it, named by what it is.
_FINDER = re.compile(
    r"\W*The (?:\w+ )?(?:panel|report|study|investigation|inquiry|review|audit|experts|"
    r"investigators|researchers|analysis)\b[^,;]{0,40}?\b(?:said|says|found|finds|concluded|"
    r"concludes|alleges?|alleged)\b")
# A speaker saying it did not do what is told: "said it had never paid", "said he did not".
_SELF_DENIAL = re.compile(
    r"\b(?:said|says|told\s+\S+(?:\s+\S+)?|insisted|insists|stated|added|maintained)\s+"
    r"(?:in an? \w+\s+)?(?:\w+day\s+)?(?:that\s+)?(?:it|he|she|they)\s+(?:(?:has|had|have|did|does|"
    r"do|was|were|is|are)\s+)?(?:not|never)\b")


_STATED_REASON = re.compile(
    r"\b(?:citing|saying|accusing|alleging|(?:that|which|whom) (?:it|they) (?:says?|said|accused|"
    r"accuses)|for (?:its|their|his|her) (?:alleged )?role)\b", re.IGNORECASE)
# What may open a clause before its subject: "In August, the", "the UK's".
_LEAD = re.compile(r"\W*(?:(?:In|On|Last|Since)\b[^,]{0,30},\s*)?(?:the\s+)?(?:\w+['\u2019]s\s+)?",
                   re.IGNORECASE)
# What an authority does of record: "sanctioned", "froze the assets of", "cited X for",
# "found that X failed to pay ... and ordered", "placed X in custody".
_ACT = re.compile(
    r"(?:\s*\([^)]{1,30}\))?(?:,[^,]{1,80},)?\s+(?:(?:on|in|last) \w+\s+|also\s+|had\s+|has\s+|"
    r"have\s+|then\s+|later\s+)*(?:sanctioned|designated|added|froze|imposed|seized|cited|fined|"
    r"ordered|found|opened|launched|placed|revoked|suspended|banned|barred|blacklisted|"
    r"detained|reported \S+ to)\b")


def _authority_acts(sentence: Sentence, start: int, end: int, claimant: str | None,
                    types: dict[str, str]) -> bool:
    """Is the clause an authority's own act, told by the reporter or by the authority
    ("The UK imposed asset freezes on X ..., the FCDO said")?"""
    if claimant and types.get(claimant) not in ("government", "country"):
        return False
    subject = next((m for m in sentence.mentions if start <= m.start < end), None)
    lead = sentence.text[start:subject.start] if subject else ""
    return bool(subject) and types.get(subject.actor) in ("government", "country") \
        and bool(_LEAD.fullmatch(lead)) \
        and bool(_ACT.match(sentence.text, subject.end))


def _deed_of(sentence: Sentence, start: int, end: int, parties: frozenset[str]) -> bool:
    """Does the clause tell, in the reporter's words, what one of these parties did
    ("Orland Freight registered 14 trucks ..."), not an opinion or a quotation?"""
    return any(start <= m.start < end and m.actor in parties
               and not any(s <= m.start < e for s, e in sentence.in_quote)
               and (_DID.match(sentence.text, m.end)
                    or _DONE_BY.search(sentence.text[max(start, m.start - 40):m.start]))
               for m in sentence.mentions)


# A past deed right after its doer's name: "registered", "had paid", "quietly moved".
# Not a manner ("carried himself well") nor a state ("has struggled").
_DID = re.compile(r"\s+(?:had\s+)?(?:\w+ly\s+)?(?!said\b|told\b)[a-z]+(?:ed|id|ent|old|ook)\b"
                  r"(?!\s+(?:himself|herself|itself|themselves)\b)")


# The party in a passive or as the channel: "the flights were operated by X", "the money
# reached the agency through X".
_DONE_BY = re.compile(r"\b(?:(?:was|were|been|being)\s+(?:\w+ly\s+)?[a-z]+(?:ed|en|wn|lt|ght)\s+"
                      r"by|through|via)\s+(?:the\s+)?$")


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
    rf"\b[Tt]he (?:{BODIES}|owner|managers?|executives?|founder|boss|network|ring|scheme|"
    r"syndicate|gang|cell|fleet)\b|"
    # people in charge, named by role alone: "said managers told staff to change invoices"
    r"\b(?:managers|executives|bosses|supervisors|directors|owners)\b")
# Papers that speak: "according to invoices seen by Reuters", "emails obtained by the BBC".
# Not public records or filings: what they show is of record.
_PAPERS = (r"(?:invoices|documents|e-?mails|messages|contracts|receipts|ledgers|bank statements|"
           r"files|spreadsheets|minutes|memos|correspondence|papers|recordings|transcripts)")
_DOCUMENTS_SAY = re.compile(
    rf"\baccording to (?:\w+ ){{0,3}}?{_PAPERS}\b|"
    rf"\b{_PAPERS}(?:\s+\S+){{0,2}}?\s+(?:seen|obtained|reviewed|examined) by\b",
    re.IGNORECASE)
# Papers kept by an authority or a registry: what they show is of record, not an accusation
# ("customs records obtained by X show", "documents obtained under the Freedom of
# Information Act show"), unlike private papers a reporter has seen.
_OFFICIAL_PAPERS = re.compile(
    r"\b(?:customs|export|import|shipping|trade|corporate|company|court|land|property|"
    r"public|official|government|registry|tax|census|procurement)\s+(?:\w+\s+)?(?:records|"
    r"documents|filings|data|registers?|statistics)\b|\bFreedom of Information\b|"
    r"\bpublic records? requests?\b", re.IGNORECASE)
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
    rf"\b(?:said|says|insisted|stated|explained)\s+(?:that\s+)?(?:the (?:{BODIES})|it)\b|"
    # the party named by what it is: "The operator said the discharge was within limits"
    rf"^\W*[Tt]he (?:{BODIES}|army|military|ministry|police|authorities|government)\s+"
    r"(?:said|says|insisted|stated|explained|maintained)\s+(?:that\s+)?(?:its|their|the|it|they)\b")


def _only_quoted(sentence: Sentence, start: int, end: int, excerpt: str) -> bool:
    """Alleged only for being a quotation: no hedge, accusation or wrongdoing in it."""
    return mostly_quoted(sentence, start, end) and not (
        INSINUATION.search(excerpt) or HEDGE.search(excerpt) or ACCUSATION.search(excerpt)
        or WRONGDOING.search(excerpt))
