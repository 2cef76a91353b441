"""Events: dated happenings the article treats as having occurred. No I/O.

Each date in the reporter's voice (not inside a quotation, not future) anchors at
most one event. The date's clause decides: a hedge there makes it an allegation
(a claim, not an event); the happening word nearest the date gives the kind; no
happening word, no event. Sanctions get their authority and targets from the
actor mentions around the sanction word.
"""

from __future__ import annotations

import datetime
import re
from collections.abc import Iterable
from dataclasses import replace

from sitegen.extract.cues import HEDGE, UNVERIFIED
from sitegen.extract.dates import find_dates, without_date_names
from sitegen.extract.types import DateMention, DraftEvent, Mention, Sentence

_SANCTION = re.compile(
    # "a sanctioned oligarch" is no sanctioning
    r"\b(?:sanction(?:s|ing)?|(?<!a )(?<!an )(?<!the )(?<!of )sanctioned|"
    r"designat(?:ed|es|ing|ion)|blacklist(?:ed|ing)?|"
    r"asset freeze|froze|frozen|freez(?:e|ing)|detain(?:ed)?|detention order|"
    r"withhold release order|embargo(?:ed)?|entity list|import ban|banned (?:imports|exports))\b",
    re.IGNORECASE,
)
# Happening words by kind; the one nearest the date wins (sanction words win outright).
_KINDS: list[tuple[str, re.Pattern[str]]] = [
    ("investigation", re.compile(
        r"\b(?:investigat\w*|inquiry|inquiries|probe[sd]?|charged|charg(?:es|ing)|indicted|"
        r"arrested|raided|raids?|prosecut\w*|audit(?:ed)?|subpoena\w*|traced|linked|sued|"
        r"pleaded|convicted|sentenced|acquitted|extradited|interviewed|questioned|surveyed|"
        r"detected|discovered|found traces|"
        r"identified|uncovered|shared (?:its|their|the) findings|findings with|monitor\w*|"
        r"observ(?:e|ed|ing)|kept (?:a )?watch|tracked|surveil\w*|examined|analy[sz]ed)\b", re.I)),
    ("publication", re.compile(
        r"\b(?:report|study|documentary|book|article|paper|investigation) (?:was |were )?"
        r"(?:published|released|aired|broadcast)|published|publishe[sd]|aired|broadcast|"
        r"released (?:a|an|its|their) (?:report|study|documentary|findings)|in a report\b", re.I)),
    ("statement", re.compile(
        r"\b(?:said|says|told|announced|statement|press conference|filing|filed|disclosed|"
        r"wrote|letter|notice|testified|emailed|interview|posted|called (?:on|for)|urged|"
        r"demanded)\b", re.I)),
    ("production", re.compile(
        r"\b(?:produced|animated|filmed|manufactured)\b", re.I)),
    ("other", re.compile(
        r"\b(?:renamed|changed (?:its|their|his|her) names?|(?:new )?name had been chosen|chosen|"
        r"stole|stolen|theft|hacked|seized|recovered|suspended|stopped|ended|began|begun|"
        r"started|launched|closed|opened|founded|established|acquired|bought|merged|signed|"
        r"hired|fired|resigned|appointed|died|killed|attacked|shot down|moved|relocated|"
        r"transferred|shipped|delivered|expelled|fined|ordered|agreed|settled|imposed|"
        r"(?<!a )(?<!an )(?<!the )banned|"
        r"released|freed|elected|awarded|won|collapsed|went bankrupt|dissolved|liquidated|fled|"
        r"disappeared|visited|took (?:office|control|over)|invaded|crashed|sank|exploded|"
        r"inaugurated|introduced|adopted|enacted|unveiled|completed|built|shipments|"
        r"left|quit|departed|joined|retired|stepped down|allocated|granted|issued|approved|"
        r"penalt(?:y|ies)|fines?)\b", re.I)),
]
_REPORTING = re.compile(r"\b(?:said|says|told|announced)\b", re.I)
_PRONOUN = re.compile(r"(?:he|she|it|they|we|the|a|an|this|these|its|his|her|their)\b", re.I)
_WISH = re.compile(
    r"\b(?:call(?:ed|s|ing)? (?:on|for)|urg\w+|demand\w*|ask\w*|threaten\w*|propos\w*|"
    r"consider\w*|could|would|may|might|should|to impose|to sanction|to add)\b", re.I)
_AUTHORITY = ("government", "country", "organization")
_BODY = re.compile(
    r"\s*\b[Tt]he (?:commission|agency|ministry|regulator|department|government|authorities|"
    r"authority|office|treasury|bureau|council)\b"
)
# Where a date's clause ends: its hedges and happening words stop at these.
_BREAK = re.compile(
    r";\s|,\s+(?=(?:and|but|while|whereas|which|who|adding|according to|followed by|"
    r"accusing|alleging|citing|saying|claiming)\b)|"
    r"\s(?=according to\b)|\s+(?=and that\b)|[\"\u201c\u201d]"
)
_NOT_REPORTING = re.compile(
    r"\b(?:said|says|say|told|believe[sd]?|alleged|allege[sd]?|claim(?:s|ed)?|suspect(?:s|ed)?|"
    r"found|noted|added|adding|reported|showed|shows|argued|insisted|denied|acknowledged|"
    r"admitted|stated|announced|disclosed|confirmed|concluded|so|such|now|and|is|was|are|were)$",
    re.I,
)
_PRESENT_PERFECT = re.compile(
    r"\b(?:has|have)\s+(?:been\s+)?(?:\w+\s+)?\w+(?:ed|en|wn|un|ght)\b", re.I)


def find_events(sentences: list[Sentence], published: datetime.date | None) -> list[DraftEvent]:
    """Return the dated happenings of the article body, in text order, one per date."""
    events: list[DraftEvent] = []
    seen: set[tuple[str, str]] = set()
    body: str | None = None  # the last public body named: what "the commission" refers to
    names: dict[str, str] = {}  # each actor as first written, for titles
    for sentence in sentences:
        if sentence.heading:
            continue
        sentence = without_date_names(sentence, published)
        dates = find_dates(sentence.text, published)
        for m in sentence.mentions:
            names.setdefault(m.actor, sentence.text[m.start:m.end])
        for date in dates:
            event = _event_at(sentence, date, dates, body, names)
            if event and (event.date, event.excerpt) not in seen:
                seen.add((event.date, event.excerpt))
                _add(events, event)
        bodies = [m for m in sentence.mentions if m.type == "government"]
        body = bodies[-1].actor if bodies else body
    return events


def _add(events: list[DraftEvent], event: DraftEvent) -> None:
    """Add an event, unless it retells one already found (same day, kind and parties)."""
    for i, known in enumerate(events):
        if (known.date, known.kind) != (event.date, event.kind):
            continue
        if known.kind == "sanction" and known.by == event.by:
            events[i] = replace(known, targets=_unique([*known.targets, *event.targets]),
                                actors=_unique([*known.actors, *event.actors]))
            return
        if known.actors and set(known.actors) == set(event.actors):
            return
    events.append(event)


def _event_at(sentence: Sentence, date: DateMention, dates: list[DateMention],
              body: str | None, names: dict[str, str]) -> DraftEvent | None:
    """The happening a date anchors in its sentence, or None when it is no event."""
    text = sentence.text
    if date.future or _inside(sentence.in_quote, date.start) or UNVERIFIED.search(text):
        return None
    start, end = clause_around(text, date.start, date.end)
    clause = text[start:end]
    if HEDGE.search(clause.replace(date.surface, " ")) and not _SANCTION.search(clause):
        return None  # an allegation or an unverified happening: a claim, not an event
    if date.surface.lower().startswith("since") and not _PRESENT_PERFECT.search(clause):
        return None  # "contracts signed since 2019" bounds a set; it is no happening
    others = [d.start - start for d in dates if d is not date and start <= d.start < end]
    kind = _kind(clause, date.start - start, others)
    if kind is None:
        return None
    inside = [m for m in sentence.mentions if start <= m.start < end]
    actors = _unique([m.actor for m in inside] or list(sentence.speakers)
                     or [m.actor for m in sentence.mentions])
    excerpt = clause.strip(" ,;:") if len(clause.split()) >= 5 else text.strip()
    by, targets = (_sanction_roles(sentence, start, end, date, body) if kind == "sanction"
                   else (None, ()))
    if kind == "sanction" and not (by and targets):
        kind, by, targets = "other", None, ()
    title = _title(sentence, names, kind, by, targets, clause, date, date.start - start)
    return DraftEvent(date=date.value, title=title, kind=kind, excerpt=excerpt,
                      actors=_unique([*(a for a in [by] if a), *targets, *actors]),
                      by=by, targets=targets)


def clause_around(text: str, start: int, end: int) -> tuple[int, int]:
    """The span of the clause holding text[start:end]: its hedges and verbs are the date's."""
    left = 0
    for m in _BREAK.finditer(text, 0, start):
        left = m.end()
    for m in re.finditer(r"\s(?=that\s)", text[:start]):
        if m.end() > left and not _NOT_REPORTING.search(text[:m.start()]):
            left = m.end()  # a relative clause: "a drone maker that the EU added ..."
    right = len(text)
    found = _BREAK.search(text, end)
    if found:
        right = found.start()
    relative = re.search(r"\s(?=that\s)", text[end:right])
    head = text[:end + relative.start()] if relative else ""
    if relative and not text[end:end + relative.start()].strip():
        head = text[:start].rstrip()  # "said on Monday that ...": the verb before the date
    if relative and not _NOT_REPORTING.search(head):
        right = end + relative.start()
    return left, right


def _kind(clause: str, at: int, others: list[int]) -> str | None:
    """The kind of the happening word nearest the date; sanction words win outright.

    A sanction only asked for ("called on the EU to impose sanctions") is a statement.
    A word nearer another date of the clause is that date's ("in 2021, ... an inquiry
    opened last autumn").
    """
    word = _SANCTION.search(clause)
    if word and not _WISH.search(clause, 0, word.start()) \
            and _nearest(word.start(), at, others):
        return "sanction"
    best: tuple[int, str] | None = None
    for kind, pattern in _KINDS:
        for m in pattern.finditer(clause):
            if not _nearest(m.start(), at, others):
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


def _nearest(word: int, at: int, others: list[int]) -> bool:
    """Is the date at `at` (not one of the others) the one nearest to this word?"""
    return all(abs(word - at) <= abs(word - other) for other in others)


def _sanction_roles(sentence: Sentence, start: int, end: int, date: DateMention,
                    body: str | None) -> tuple[str | None, tuple[str, ...]]:
    """The authority and its targets, read around the sanction word nearest the date.

    Active voice: the nearest authority before the word, targets named after it in the
    clause ("OFAC added Kestrel Mix to its list"), else its subject ("X has been on the
    EU sanctions list") or the noun a relative clause hangs on ("Sokol-Tekh, a maker
    that the EU added to its list"). Passive voice: the agent after "by" and the subject
    before ("Sek Studios was sanctioned by the US").
    """
    text = sentence.text
    words = list(_SANCTION.finditer(text, start, end))
    if not words:
        return None, ()
    word = min(words, key=lambda w: abs(w.start() - date.start))
    mentions = list(sentence.mentions)
    if re.match(r"\s+by\s+", text[word.end():]):
        agents = [m for m in mentions if word.end() <= m.start < end and m.type in _AUTHORITY]
        # "by the US through its Treasury Department": the body that acted, when named
        bodies = [m for m in agents if m.type == "government"]
        by = (bodies or agents)[0].actor if agents else None
        if by is None and _BODY.match(text, word.end() + len(" by ") - 1):
            by = body
        targets = [m for m in mentions if m.end <= word.start() and m.actor != by][-1:]
        if not targets and agents:  # "the designation by the EU ... covers Steppe Link"
            targets = [m for m in mentions if agents[0].end <= m.start < end and m.actor != by]
        return by, _unique(m.actor for m in targets)
    authorities = [m for m in mentions if m.end <= word.start() and m.type in _AUTHORITY]
    by = authorities[-1].actor if authorities else None
    if by is None and _BODY.search(text, start, word.start()):
        by = body  # "The commission froze ...": the body named before
    after_by = max(authorities[-1].end if authorities else start, start)
    targets = [m for m in mentions if after_by <= m.start < end and m.actor != by
               and not _is_same_body(m, authorities)
               and "list" not in text[m.start:m.end].lower()]  # "the Entity List" is no target
    later = [m for m in mentions if m.start >= end]
    if targets and later and re.fullmatch(r",?\s+and\s+(?:[^,.;]{0,40},\s+)?",
                                          text[end:later[0].start]):
        targets.append(later[0])  # the list goes on past the clause: "..., and Lena Hartmann"
    if not targets:  # the subject: "X has been on the EU sanctions list", "X, which the EU ..."
        limit = authorities[-1].start if authorities else word.start()
        relative = re.match(r"\W*(?:that|which)\s", text[start:])
        targets = [m for m in mentions if m.end <= limit and m.actor != by
                   and (relative or m.start >= start)][-1:]
    return by, _unique(m.actor for m in targets)


def _is_same_body(mention: Mention, authorities: list[Mention]) -> bool:
    return any(mention.actor == a.actor for a in authorities)


def _title(sentence: Sentence, names: dict[str, str], kind: str, by: str | None,
           targets: tuple[str, ...], clause: str, date: DateMention, at: int) -> str:
    """A short neutral summary: who did what, without the date words."""
    here = {m.actor: sentence.text[m.start:m.end] for m in reversed(sentence.mentions)}

    def name(actor: str) -> str:
        return here.get(actor) or names.get(actor, actor)

    if kind == "sanction" and by:
        named = [name(t) for t in targets]
        listed = named[0] if len(named) == 1 else ", ".join(named[:-1]) + " and " + named[-1]
        return f"{name(by)} sanctions {listed}"
    words = re.sub(r"\s+", " ", clause.replace(date.surface, " ")).strip(" ,;:.")
    words = re.sub(r"^(?:and|but|which|who|that|adding that|according to)\b\s*", "", words)
    comma = clause.find(", ")
    subject = [m for m in sentence.mentions if m.end <= date.start]
    if words[:1].islower() and 0 <= comma < at:  # "examines weapons ..., said in a report"
        tail = words.partition(", ")[2]
        if subject and _REPORTING.match(tail):
            words = f"{name(subject[0].actor)} {tail}"
    elif words[:1].islower() and comma > at \
            and clause[:comma].replace(date.surface, "").strip(" ,"):  # not "In August, ..."
        # "Aas, who left the team in January 2022, denied ...": the dated part only
        words = words.partition(", ")[0]
        if subject and not _PRONOUN.match(words):
            words = f"{name(subject[0].actor)} {words}"
    words = re.sub(r"\bsaid\s+(?:that\s+)?", "says ", words, count=1)
    words = re.sub(r"\s+([,;:.])", r"\1", words)
    words = re.sub(rf"\s+{_LOOSE}(?=[,;:.]|$)", "", words)  # "aired in" once "March" is gone
    split = words.split()
    keep = 16
    while keep < min(len(split), 20) and split[keep - 1][:1].isupper() \
            and split[keep][:1].isupper():
        keep += 1  # do not cut a name: "... changed its name to Blue Meridian Seafood Ltd"
    cut = " ".join(split[:keep])
    cut = re.sub(rf"(?:[,;:]?\s+{_LOOSE})+$", "", cut).strip(" ,;:")
    return (cut[:1].upper() + cut[1:]) or kind


# Words that cannot end a title: "... changed its name to Blue" is cut back to "... name".
_LOOSE = (r"(?:in|on|at|of|to|from|since|by|until|between|the|a|an|and|or|its|his|her|their|"
          r"for|with|after|before|that|is|was|were|had|has|have|it|its|would|will|up|into)\b")


def _inside(spans: tuple[tuple[int, int], ...], at: int) -> bool:
    return any(s <= at < e for s, e in spans)


def _unique(items: Iterable[str]) -> tuple[str, ...]:
    return tuple(dict.fromkeys(items))
