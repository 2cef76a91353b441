"""Claimants: who asserts a claim, as the sentence and its neighbours say. No I/O.

The subject of the reporting verb ("Velotek said"), the source after "according to",
a quote's speaker, the body a spokesperson speaks for, or the one "It" and "the
company" refer back to. The article's own voice has no claimant.
"""

from __future__ import annotations

import re

from sitegen.extract.cues import ADMISSION, REPORTING_VERB
from sitegen.extract.rebuttals import DENIAL, DISPUTE
from sitegen.extract.types import DraftClaim, Mention, Sentence

_PRONOUN_SUBJECT = re.compile(r"^\W*(?:he|she)\b|\b(?:he|she) (?:said|says|added|told)\b", re.I)
_SPOKESPERSON = re.compile(
    r"^,?\s+(?:a|an|the)\s+(?:\S+\s+){0,2}(?:spokes(?:person|man|woman)|representative)\s+"
    r"(?:for|of|at)\s+$"
)


def mostly_quoted(sentence: Sentence, start: int, end: int) -> bool:
    """Is most of text[start:end] inside quotation marks (a speaker's words)?"""
    inside = sum(max(0, min(end, e) - max(start, s)) for s, e in sentence.in_quote)
    return inside * 2 > end - start


def claimant_of(sentence: Sentence, start: int, end: int, last_person: str | None,
                recent: DraftClaim | None) -> str | None:
    """Who asserts the clause: the subject of its reporting verb, a quote's speaker, or none."""
    text = sentence.text
    if mostly_quoted(sentence, start, end) and sentence.speakers:
        return sentence.speakers[0]
    clause = text[start:end]
    according = re.search(r"\baccording to\b([^,;]*)", clause, re.I)
    if according:
        at, phrase_end = start + according.start(1), start + according.end(1)
        within = [m for m in sentence.mentions if at <= m.start < phrase_end]
        if within:
            return _body_of(sentence, within[0])
    verb = (REPORTING_VERB.search(clause) or ADMISSION.search(clause) or DENIAL.search(clause)
            or DISPUTE.search(clause))  # "Castellan disputed that account."
    if not verb:
        return None
    at = start + verb.start()
    for mention in reversed([m for m in sentence.mentions if m.end <= at]):
        gap = text[mention.end:at]
        if _SUBJECT_GAP.fullmatch(gap) and _UNNAMED_OF.search(text[max(start, 0):mention.start]):
            return None  # "A former employee of Baltica Bank says": not the bank's word
        named = re.fullmatch(r",\s*", gap) and re.search(r"\w, $", text[:mention.start])
        if _SUBJECT_GAP.fullmatch(gap) or named:  # named: "Its director, Rahul Mehta, said"
            return _body_of(sentence, mention)
    after = [m for m in sentence.mentions if at <= m.start <= at + verb.end() - verb.start() + 2]
    if after and re.search(r"[,\"\u201d]\s*$", text[:at]) and not _VERB_AFTER.match(
            text[after[0].end:]):  # "..., said Kevin Tan, ...", not "..., said X was ..."
        return _body_of(sentence, after[0])
    if recent and _SPOKESPERSON_OF_IT.search(text[start:at]):
        return recent.claimant or (recent.about or (None,))[0]  # the group just spoken of
    if sentence.speakers:
        return sentence.speakers[0]
    opening = [m for m in sentence.mentions if start <= m.start
               and re.fullmatch(r"\W*(?:the\s+)?", text[start:m.start], re.I)
               and not re.match(r"['\u2019]s\b", text[m.end:])]  # "Varga's lawyer" is not Varga
    if opening:
        return _body_of(sentence, opening[0])  # "Velotek acknowledged X but said Y"
    subject = text[start:at]
    if recent and (recent.claimant or recent.about) and (
            _DEFINITE_SUBJECT.search(subject) or _DEFINITE_SUBJECT.match(clause)):
        # "The company said ...", "It acknowledged ...": the one just quoted, else the one
        # just spoken of ("X has long been accused of ... The company rejected ...")
        return recent.claimant or recent.about[0]
    if _PRONOUN_SUBJECT.search(clause):
        return last_person
    return None


# The subject of the words said, not the one saying them: "said Meridian Crest was ..."
_VERB_AFTER = re.compile(
    r"\s+(?:was|were|is|are|had|has|have|did|does|would|could|will|may|might|\w+ed)\b")
# An unnamed member of a body, speaking for no one but themselves.
_UNNAMED_OF = re.compile(
    r"\b(?:a|an|one|two|three|four|five|several|some|many)\s+(?!spokes)(?:[\w-]+\s+){0,3}"
    r"(?:of|at|from|with|in|inside|close to)\s+(?:the\s+)?$", re.IGNORECASE)
_UNNAMED = (r"(?:a|an|one|two|three|four|five|six|several|some|many|numerous)\s+"
            r"(?![^,;.]{0,80}?\b(?:spokes\w+|representative|statement|report|filing|document|"
            # a document is no anonymous person: "according to a forensic analysis by X"
            r"lawyer|attorney|analysis|study|review|audit|survey|research|investigation|data|"
            r"records|emails|letter|complaint|lawsuit)s?\b)[^,;.\"\u201c\u201d]{0,80}?")
# Why a source goes unnamed: "who asked not to be named", "who was not authorised to ..."
ANONYMITY = (r"(?:asked|spoke|requested|declined|(?:was|were|is|are) not authori[sz]ed|"
             r"did not want)")
_HIDDEN = (r"(?:the|these|those|both|a|an|one|two|three|four|several)\s+(?:[\w'-]+\s+){0,3}?"
           rf"[\w'-]+\s*,\s+(?:who\s+{ANONYMITY}|(?:speaking\s+)?on condition of anonymity)"
           r"[^.;]{0,100}?,")
# An anonymous source: "A former employee says ...", "..., two people familiar with it said."
# Also "The people, who asked not to be identified ..., said".
ANONYMOUS_SOURCE = re.compile(
    rf"^\W*(?:[Aa]ccording to\s+{_UNNAMED}[,\s]|(?:{_HIDDEN}|{_UNNAMED})\s(?:says?|said|told|"
    rf"alleges?|alleged|"
    rf"claims?|claimed)\b)|,\s+(?:according to\s+{_UNNAMED}|{_UNNAMED}\s(?:says?|said|told\s+\S+"
    rf"(?:\s+\S+)?)|(?:said|says)\s+{_UNNAMED}(?:,?\s+who\s[^.;]{{0,100}})?)\W*$", re.IGNORECASE)


# "A spokesman for the group said": the group just spoken of.
_SPOKESPERSON_OF_IT = re.compile(
    r"\bspokes(?:person|man|woman) for the (?:group|company|firm|organi[sz]ation|ministry|"
    r"agency|militia|movement|party|bank|government)\b", re.IGNORECASE)
# What may stand between a subject and its reporting verb: nothing, a possessive
# ("Denmark's environment agency"), an acronym, an appositive, an adverb or a time.
_SUBJECT_GAP = re.compile(
    r"\s*|'s(?: \w+){1,3}\s+|\)?\s*(?:\([^)]{1,20}\))?\s*(?:,[^,]{1,120},)?\s*|"
    r"\s+(?:also|has|have|had|later|then|previously|earlier|again|first|now|repeatedly|"
    r"publicly|separately)\s+|\s+(?:on|in|last|this)\s+\w+(?:\s+(?:\d+|[A-Z]\w*))?\s+",
    re.IGNORECASE,
)
_DEFINITE = (r"(?:it|they|the (?:company|firm|group|ministry|agency|bank|department|"
             r"organi[sz]ation|trader|manufacturer|business|government|authority))")
# The subject of the clause's reporting verb, or of the whole clause when it opens with one.
_DEFINITE_SUBJECT = re.compile(
    rf"^\W*{_DEFINITE}\b|(?:^|[,;]\s*|\bbut\s+|\band\s+){_DEFINITE}\s+(?:\w+\s+){{0,2}}$",
    re.IGNORECASE,
)


_ROLE = r"(?:spokes(?:person|man|woman)|communications \w+|press \w+|representative)"
_ROLE_AFTER = re.compile(rf"^['\u2019]s\s+(?:\S+\s+){{0,3}}?{_ROLE}")  # "Skybound's ... head"
_ROLE_BEFORE = re.compile(rf"^['\u2019]s\s+(?:\S+\s+){{0,3}}?{_ROLE}\s*,?\s+$")


def spokespeople(sentences: list[Sentence]) -> dict[str, str]:
    """Who speaks for which body, as the article introduces them anywhere.

    "Kevin Tan, a spokesperson for Blue Meridian", "Hannah Cosgrove, Skybound's
    communications head", "Skybound's spokesperson, Hannah Cosgrove": their assertions
    belong to the body (content model, claims).
    """
    bodies: dict[str, str] = {}
    for sentence in sentences:
        text = sentence.text
        for person in sentence.mentions:
            for other in sentence.mentions:
                if other.start >= person.end and (
                        _SPOKESPERSON.match(text[person.end:other.start])
                        or (re.fullmatch(r",\s*", text[person.end:other.start])
                            and _ROLE_AFTER.match(text[other.end:]))):
                    bodies.setdefault(person.actor, other.actor)
                elif other.end <= person.start and _ROLE_BEFORE.match(
                        text[other.end:person.start]):
                    bodies.setdefault(person.actor, other.actor)
    return {person: body for person, body in bodies.items() if person != body}


def _body_of(sentence: Sentence, mention: Mention) -> str:
    """A spokesperson's assertion belongs to the body they speak for."""
    for other in sentence.mentions:
        if other.start > mention.end and _SPOKESPERSON.match(
                sentence.text[mention.end:other.start]):
            return other.actor
    return mention.actor


def person_in(sentence: Sentence, claimant: str | None) -> str | None:
    people = [m.actor for m in sentence.mentions if m.type == "person"]
    if claimant in people:
        return claimant
    return people[0] if people else None


_ITSELF = re.compile(
    r"^(?:(?:on|in|at|last|this|during)\s+(?:\S+\s+){0,4}?)?(?:that\s+)?(?:it|its|they|their|we|our|"
    r"he|she|his|her|the (?:ministry|agency|department|government|office|commission|treasury|"
    r"regulator|authority|authorities|bureau|council|court|police)|"
    r"(?:its |their |the )?(?:officers|agents|inspectors|police))\b",
    re.IGNORECASE,
)


_OTHERS = re.compile(
    r"\bthe (?:firms?|compan(?:y|ies)|men|group|officials?|suspects?|accused|traders?|"
    r"distributors?|vessels?|ships?|banks?)\b", re.IGNORECASE)


def of_itself(sentence: Sentence, start: int, end: int, claimant: str) -> bool:
    """Does the speaker report its own doings ("said on Monday that it had opened ...")?"""
    clause = sentence.text[start:end]
    verb = REPORTING_VERB.search(clause)
    if verb is None or verb.group(0) in ("called", "urged", "demanded"):
        return True  # a call or a demand tells of no one's deeds
    said = clause[verb.end():].strip(" .,;")
    told = clause[:verb.start()].strip(" .,;\"\u201c\u201d")
    if len(said.split()) < 3 and _ITSELF.match(told):
        return True  # "Officers seized vials of EPO, it said": its own officers' doings
    if len(said.split()) >= 3:
        others = [m for m in sentence.mentions
                  if m.start >= start + verb.end() and m.actor != claimant]
        # "said inquiries were at an early stage" tells of no one else's deeds
        return bool(_ITSELF.match(said)) or not (others or _OTHERS.search(said))
    # "..., a spokesman for the agency said": the subject of what precedes
    opening = start + len(" ".join(clause.split()[:8]))
    return any(m.actor == claimant and m.start < opening for m in sentence.mentions)
