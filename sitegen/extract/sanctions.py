"""Sanctions: who imposed one and on whom, read around the sanction word. No I/O.

An authority (a government, country or organization mention) acts; its targets are
the parties named after the word, or the subject the sentence hangs them on.
"""

from __future__ import annotations

import re

from sitegen.extract.cues import unique
from sitegen.extract.datelines import DATELINE
from sitegen.extract.sanction_authority import (
    AUTHORITY,
    as_authority,
    in_apposition,
    is_same_body,
    name_parts,
    without_possessors,
)
from sitegen.extract.sanction_targets import (
    Antecedents,
    also_the_company,
    named_in_turn,
    named_later,
    of_a_nation,
    referred,
    referred_in_list,
    relative_antecedent,
)
from sitegen.extract.types import DateMention, Mention, Sentence

SANCTION = re.compile(
    # "a sanctioned oligarch" is no sanctioning
    r"\b(?:sanction(?:s|ing)?|(?<!a )(?<!an )(?<!the )(?<!of )sanctioned|"
    r"designat(?:ed|es|ing|ion)|blacklist(?:ed|ing)?|"
    r"asset freezes?|froze|frozen|freez(?:e|ing)|detain(?:ed)?|detention order|travel bans?|"
    r"withhold release order|embargo(?:ed)?|entity list|import ban|banned (?:imports|exports)|"
    # barring a party: "barred X from entering", "barred shipments from X", "banned exports to"
    r"(?:barred|banned|bars|bans)(?=\s+(?:[\w.'\u2019-]+\s+){0,6}?(?:from|to)\s)|"
    # a penalty an authority imposed: "fined ... by the regulator", "the price cap set by"
    r"fined|price caps?|"
    # a regulator's formal finding against a party: "issued X a notice of non-compliance"
    r"(?:notices?|orders?) of non-compliance|(?:non-compliance|enforcement) (?:notices?|orders?)|"
    # "the Council added X to its list", "listed Y under its regime"
    r"added(?=[^.;]{0,120}?\bto (?:its|their|the|a) (?:[\w-]+ ){0,3}?(?:list|register)\b))\b",
    re.IGNORECASE,
)
_ACT_VERB = re.compile(r"added|designated|froze|barred|banned|bars|bans|sanctioned|blacklisted|"
                       r"detained|fined|embargoed", re.IGNORECASE)
_THE_COMPANY = re.compile(r"\b[Tt]he (?:firm|company|business|lender|bank|operator|trader)\b")
_BODY = re.compile(
    r"\s*\b[Tt]he (?:commission|agency|ministry|regulator|department|government|authorities|"
    r"authority|office|treasury|bureau|council)\b"
)


def sanction_roles(sentence: Sentence, start: int, end: int, date: DateMention,
                   before: Antecedents, following: tuple[Sentence, ...] = (),
                   in_turn: bool = True) -> tuple[str | None, tuple[str, ...]]:
    """The authority and its targets, read around the sanction word nearest the date.

    Active voice: the nearest authority before the word, targets named after it in the
    clause ("OFAC added Kestrel Mix to its list"), else its subject ("X has been on the
    EU sanctions list") or the noun a relative clause hangs on ("Sokol-Tekh, a maker
    that the EU added to its list"). Passive voice: the agent after "by" and the subject
    before ("Sek Studios was sanctioned by the US"). Targets only counted there ("froze
    the assets of three companies") are those the following sentences name ("The firms,
    A, B and C, ...") or, when in_turn, the parties they name in turn.
    """
    text = sentence.text
    words = list(SANCTION.finditer(text, start, end))
    if not words:
        return None, ()
    # the act, not the name of the list it puts someone on ("added to the UK sanctions list")
    # nor a word inside a name ("Office of Financial Sanctions Implementation")
    words = [w for w in words if not re.match(r"\s+(?:list|lists|regime|register)\b",
                                              text[w.end():])
             and not any(m.start <= w.start() < m.end for m in sentence.mentions)] or words
    # the act told as a verb before a noun that only names sanctions ("the committee that
    # oversees sanctions on the DRC added X to its list")
    words = [w for w in words if _ACT_VERB.fullmatch(w.group(0))
             or re.search(r"\bimpos\w+\s+(?:\w+\s+)?$", text[:w.start()])] or words
    # the act nearest the date that names both who acted and on whom: in "imposed an asset
    # freeze on the company and barred European firms from ... in April" the freeze
    roles = [_roles_at(sentence, start, end, w, before, following, in_turn)
             for w in sorted(words, key=lambda w: abs(w.start() - date.start))]
    return next((r for r in roles if r[0] and r[1]), roles[0])


def _roles_at(sentence: Sentence, start: int, end: int, word: re.Match[str],
              before: Antecedents, following: tuple[Sentence, ...], in_turn: bool
              ) -> tuple[str | None, tuple[str, ...]]:
    """The authority and targets of one sanction word."""
    text = sentence.text
    dateline = DATELINE.match(text)  # "(Bloomberg) --", "LONDON (Reuters) -": no party
    source = _TRAILING_SOURCE.search(text)  # "..., the Courier can reveal.": no party either
    mentions = without_possessors(text, [
        as_authority(text, m) for m in sentence.mentions
        if not (dateline and m.end <= dateline.end())
        and not (source and m.start >= source.start())
        and not _SOURCE_BEFORE.search(text, 0, m.start)  # "documents seen by the Guardian"
        and not _AN_AMOUNT.fullmatch(text[m.start:m.end + 1])])  # "R$": money, no party
    agent = _agent_at(text, word)
    if agent is not None:
        agents = [m for m in mentions if agent <= m.start < end and m.type in AUTHORITY]
        # "by the US through its Treasury Department": the body that acted, when named
        bodies = [m for m in agents if m.type == "government"]
        by = (bodies or agents)[0].actor if agents else None
        if by is None and _BODY.match(text, agent - 1):
            by = before.body
        # the passive's subject, right before its verb ("Mr X, 61, was added"), not a party
        # further back ("a trader whose owner was blacklisted by the UN")
        targets = [m for m in mentions if m.end <= word.start() and m.actor != by
                   and _PASSIVE_SUBJECT.fullmatch(text[m.end:word.start()])][-1:]
        if not targets and agents:  # "the designation by the EU ... covers Steppe Link"
            targets = [m for m in mentions if agents[0].end <= m.start < end and m.actor != by]
        if not targets and before.company and _THE_COMPANY.search(text, start, word.start()):
            return by, (before.company,)  # "The firm was fined ... by the regulator"
        nation = None if targets or not by else of_a_nation(text[word.start():],
                                                              before.countries)
        return by, ((nation,) if nation else unique(m.actor for m in targets))
    under = _under(text, word, mentions)
    if under is not None:
        return under
    authorities = [m for m in mentions if m.end <= word.start() and m.type in AUTHORITY]
    # a relative clause on the subject names no actor: "the committee that oversees
    # sanctions on Moldova added X" (Moldova is what the committee oversees)
    described_by = re.search(r"\b(?:that|which|who)\s+(?!(?:the|a|an|it|they)\b)[a-z]+\b[^,;]*$",
                             text[:word.start()])
    if described_by:
        outside = [m for m in authorities if m.start < described_by.start()]
        authorities = outside or authorities
    # "the Department for Business, Energy and Industrial Strategy", split at its commas
    rest = name_parts(text, authorities[-1], mentions, word.start()) if authorities else []
    # the head of the name acts; if the actor stage typed the head apart ("Foreign" of
    # "Foreign, Commonwealth and Development Office"), the piece typed as an authority does
    head = next((m for m in rest if m.type in AUTHORITY), None)
    if head is not None:
        rest.remove(head)
        authorities.append(head)
    described = [m for m in authorities
                 if in_apposition(text, m, authorities, word.start())] + rest
    authorities = [m for m in authorities if m not in described]
    by = authorities[-1].actor if authorities else None
    if by is None and _BODY.search(text, start, word.start()):
        by = before.body  # "The commission froze ...": the body named before
    after_by = max(([*authorities, *rest][-1].end if authorities else start), start)
    clause_end = end  # a second act may follow the reason: "barred X for five years and fined"
    end = _before_reason(text, word.end(), end)
    targets = [m for m in mentions if after_by <= m.start < end and m.actor != by
               and not _REPORTER_AFTER.match(text, m.end)  # ", the BBC reported"
               and not _PLACE_BEFORE.search(text, 0, m.start)  # "at Miami airport": a place
               and not _BASIS_BEFORE.search(text, 0, m.start)  # "under Executive Order 13846"
               and not (described_by and described_by.start() <= m.start < word.start())
               and not _in_relative(text, m.start)  # "X, which supplies Y," names no target
               and not is_same_body(m, authorities + described)
               and "list" not in text[m.start:m.end].lower()  # "the Entity List" is no target
               and not _possessor(text, m, mentions)]  # "X's owner, Y": Y is the target
    targets = [*referred_in_list(text[word.end():end], mentions, before), *targets]
    later = [m for m in mentions if m.start >= end]
    if targets and later and re.fullmatch(r",?\s+and\s+(?:[^,.;]{0,40},\s+|(?:[a-z][\w'-]*\s+)"
                                          r"{0,4})?", text[end:later[0].start]):
        targets.append(later[0])  # the list goes on past the clause: "..., and Lena Hartmann",
        # "..., and its leader Viktor Petrov"
    antecedent = relative_antecedent(text, mentions, authorities)
    if antecedent is not None and antecedent not in targets:
        targets.insert(0, antecedent)  # "X, which the Council added ... together with Y"
    if not targets and by:
        by_reference = referred(text[word.end():end], before)
        if by_reference:
            return by, by_reference
        targets = (named_later(text[word.end():end], following)
                   or in_turn and named_in_turn(text[word.end():end], following) or [])
    if not targets and by:
        reason = _REASON.search(text, word.end())  # "accusing it of ... for Russian banks"
        nation = of_a_nation(text[word.start():reason.start() if reason else len(text)],
                              before.countries)
        if nation:  # "a price cap ... on Russian oil": the country whose goods are barred
            return by, (nation,)
    if not targets:  # the subject: "X has been on the EU sanctions list", "X, which the EU ..."
        limit = authorities[-1].start if authorities else word.start()
        relative = re.match(r"\W*(?:that|which)\s", text[start:])
        targets = [m for m in mentions if m.end <= limit and m.actor != by
                   and (relative or m.start >= start)][-1:]
    also = also_the_company(text[word.end():clause_end], before)
    if by is None and targets and _BACK_TO_LIST.match(text, word.end()) \
            and _PASSIVE_BEFORE.search(text, 0, word.start()):
        by = before.authority  # "Qiheng was itself added to the list": the list just told of
    return by, unique([*(m.actor for m in targets), *also])


# A mention that is a currency's letters before its sign ("R" of "R$ 120 million", "HK$")
# or an amount ("R312-million"): money, no party.
_AN_AMOUNT = re.compile(r"[A-Z]{1,3}[$\u20ac\u00a3\u00a5]|[A-Z]{1,3}\$?[\d.,]+-?"
                        r"(?:million|billion|bn|m)?\W?")
# "under a U.N. arms embargo", "placed under EU sanctions": whose sanctions they are.
_UNDER = re.compile(r"\bunder\s+(?:an?\s+|the\s+)?(?:[\w.'\u2019-]+\s+){1,4}$")
_BACK_TO_LIST = re.compile(r"\s+to\s+(?:the|that|this)\s+(?:same\s+)?list\b")
_PASSIVE_BEFORE = re.compile(r"\b(?:was|were|been|is|are)\s+(?:\w+\s+)?$")


def _under(text: str, word: re.Match[str], mentions: list[Mention]
           ) -> tuple[str | None, tuple[str, ...]] | None:
    """A party under an authority's sanctions: "South Sudan's government, which has been
    under a U.N. arms embargo since 2018" (by the U.N., on South Sudan)."""
    under = _UNDER.search(text, 0, word.start())
    if under is None:
        return None
    by = [m for m in mentions if under.start() <= m.start < word.start() and m.type in AUTHORITY]
    if not by:  # "under British and European sanctions": no party named far before is it
        return None, ()
    subject = [m for m in mentions if m.end <= under.start() and by and m.actor != by[-1].actor]
    return (by[-1].actor, (subject[-1].actor,)) if by and subject else None


def _possessor(text: str, mention: Mention, mentions: list[Mention]) -> bool:
    """Does the mention only own the party named next ("Katanga Minerals' owner, Jean-Pierre
    Mwamba," or "the firm's founder Li Wei")?"""
    owned = re.match(r"['\u2019]s?\s+(?:[a-z][\w-]*\s+){0,2}?[a-z][\w-]*,?\s+", text[mention.end:])
    return bool(owned) and any(m.start == mention.end + owned.end() for m in mentions)


# A trailing source is no target: "..., a group the EU sanctioned in 2023, the BBC reported".
_REPORTER_AFTER = re.compile(r"\s+(?:said|says|reported|reports|wrote|writes|told|found)\b")
_PASSIVE_SUBJECT = re.compile(
    r"(?:\s*\([^)]{1,30}\))?(?:,[^,]{1,60},)?,?\s+(?:(?:who|which|that)\s+)?(?:was|were|is|are|be|"
    r"(?:has|have|had)\s+been|been)\s+(?:\w+ly\s+)?")
# Who tells the sentence, at its end: "..., the Foreign, Commonwealth and Development Office
# said.", "..., the Courier can reveal."
_TRAILING_SOURCE = re.compile(
    r",\s+(?:the\s+|a\s+|an\s+)?(?:[A-Z][\w'\u2019.&-]*,?\s+(?:and\s+)?){1,8}(?:said|says|"
    r"reported|reports|wrote|confirmed|told \S+|can reveal|has learned|understands)\b[^,;]*$")
# Where the act took place is no target: "detained a shipment at Miami International Airport".
_PLACE_BEFORE = re.compile(r"\b(?:at|in|near|outside|inside)\s+(?:the\s+)?$")
# The law or reach an act is taken under: "under Executive Order 13846", "under US jurisdiction".
_BASIS_BEFORE = re.compile(r"\bunder\s+(?:the\s+|its\s+|their\s+)?$")
# Who saw the papers is no target: "According to documents seen by the Guardian, ...".
_SOURCE_BEFORE = re.compile(r"\b(?:seen|obtained|reviewed|examined|verified|according to|told)\s+"
                            r"(?:by\s+)?(?:the\s+)?$", re.IGNORECASE)
# Why a sanction was imposed: what follows names no target ("for efforts to destabilise
# Moldova", "over its role in ...", "citing ...").
_REASON = re.compile(r"\s(?:for|over|citing|because|accusing|alleging|in connection with|"
                     r"in response to|amid|after)\s|"
                     # "two firms it accused of buying ore from M23", "that it says helped"
                     r"\s(?:(?:that|which|whom|who)\s+)?(?:it|they|officials|Washington)\s+"
                     r"(?:accused|accuses|says?|said|alleged|alleges|claims?|believes?)\b|"
                     # "..., an investigation by X has found", "..., according to X"
                     r",\s+(?:an?|the)\s+(?:[\w-]+\s+){0,2}?(?:investigation|report|analysis|"
                     r"review|study|inquiry)\s+by\b|,?\s+according to\b")


def _in_relative(text: str, at: int) -> bool:
    """Is the position inside a comma-set relative clause (", which supplies Y,")?"""
    return any(m.start() < at < m.end()
               for m in re.finditer(r",\s+(?:which|who|whose)\b[^,;]*,", text))


def _before_reason(text: str, after: int, end: int) -> int:
    """The end of the targets: the clause's end, or where its reason begins."""
    reason = _REASON.search(text, after, end)
    return reason.start() if reason else end


def _agent_at(text: str, word: re.Match[str]) -> int | None:
    """Where the agent of a passive sanction starts: "was fined $4 million by X", "set by X"."""
    after = text[word.end():]
    direct = re.match(r"(?:,?\s+(?:(?:were|was|have been|has been|had been)\s+)?(?:set|imposed|"
                      r"introduced|agreed|announced|adopted))?\s+by\s+", after)
    if direct:
        return word.end() + direct.end()
    passive = re.search(r"\b(?:was|were|been|is|are|be)\s+$", text[:word.start()])
    # up to five words before "by"; a figure's point or comma ("£1.2 million") ends nothing
    # ("was added to the UK sanctions list in March 2022 by X": up to ten after "added")
    reach = 10 if word.group(0).lower() == "added" else 5
    later = re.match(rf"(?:\s+(?!by\b)(?:[^\s,;.]|[.,](?=\d))+){{1,{reach}}}?\s+by\s+", after)
    return word.end() + later.end() if passive and later else None
