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
    r"withhold release order|embargo(?:ed)?|entity list|import ban|banned (?:imports|exports)|"
    # a penalty an authority imposed: "fined ... by the regulator", "the price cap set by"
    r"fined|price caps?)\b",
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
        r"released (?:a|an|its|their) (?:report|study|documentary|findings)|in a report|"
        r"appeared\b(?=(?:\s+\S+){0,4}?\s+in\s+(?:a|an|the)\s+(?:\w+\s+)?(?:documentary|film|"
        r"report|series|programme|program|investigation|interview|video|podcast|episode)\b)",
        re.I)),
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
        r"penalt(?:y|ies)|fines?|registered|incorporated|set up|listed (?:its|their) shares|"
        r"went public|exported|imported|invested|flew|flown|met|"
        r"took (?:its|their|the) (?:current|present|new) name|(?:was|were) (?:called|named)|"
        r"(?:shares|stocks?|prices?) (?:\w+ )?(?:fell|rose|dropped|plunged|jumped|surged|slumped|"
        r"climbed|tumbled|soared)|(?:was|were|served as)\b(?=[^,;]{0,80}\buntil\b))\b", re.I)),
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
# "has supplied since 2019" is a happening; "has been a customer since 2019" a state.
_PRESENT_PERFECT = re.compile(
    r"\b(?:has|have|had)\s+(?:been\s+)?(?:\w+ly\s+)?(?!been\b)\w+(?:ed|en|wn|un|ght)\b", re.I)
# An accuser's account inside a noun phrase: "a customer it says Nordwave has supplied".
_THEY_SAY = re.compile(
    r"\b(?:that|which|whom|who)?\s*(?:it|they|he|she|officials|prosecutors|investigators)\s+"
    r"(?:says?|said|claims?|claimed|alleges?|alleged|believes?|believed|suspects?)\b"
    r"(?!\s+(?:in|on|at)\b)(?!\s*,)", re.I)


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
    start, end = _own_part(text, *clause_around(text, date.start, date.end), date, dates)
    clause = text[start:end]
    if (HEDGE.search(_no_relatives(clause.replace(date.surface, " ")))
            or _hedged_lead(text, start)) \
            and not _SANCTION.search(clause):
        return None  # an allegation or an unverified happening: a claim, not an event
    they_say = _THEY_SAY.search(clause, 0, date.start - start)
    if they_say and re.search(r"\b(?:a|an|the|some|one|two|three|several)\s+\w+(?:\s+\w+)?\s+$",
                             clause[:they_say.start()] + " ", re.I):
        return None  # "a customer it says X has supplied since 2020": an accuser's account
    segment = _segment(clause, date.start - start)
    if date.surface.lower().startswith("since") and (not (
            _PRESENT_PERFECT.search(segment) or _SANCTION.search(segment)) or re.search(
            r"\b(?:every|each|all|any|those|these)\s+\w+\s+(?:it|they|we|he|she)\s+"
            r"(?:has|have|had)\b", segment, re.I)):
        return None  # "contracts signed since 2019", "a customer since 2019": no happening
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


def _no_relatives(text: str) -> str:
    """The text without its embedded relative clauses: their hedges are their own."""
    return re.sub(r",\s+(?:which|who)\b[^,]*,", ",", text)


def _hedged_lead(text: str, start: int) -> bool:
    """Does the sentence's subject come with a hedge that reaches this clause ("The unit
    is believed to be run by the army and last year attacked the port")?"""
    lead = re.split(r";\s|,\s+(?:but|while|whereas)\s|[\"\u201c\u201d]", text[:start])[-1]
    hedge = HEDGE.search(_no_relatives(lead))
    return bool(hedge) and hedge.group(0).lower().startswith(("is ", "are ", "was ", "were "))


def _segment(clause: str, at: int) -> str:
    """The comma-delimited stretch of a clause holding the position at."""
    left = clause.rfind(", ", 0, at)
    right = clause.find(", ", at)
    return clause[left + 1 if left >= 0 else 0: right if right >= 0 else len(clause)]


def _own_part(text: str, start: int, end: int, date: DateMention,
              dates: list[DateMention]) -> tuple[int, int]:
    """Narrow a clause holding two dates to this date's part: "suspended him in May and
    fired him in August", "which was fined in 2021, took over X in 2023".

    A part with fewer than two words besides its date ("On Monday, ...") stays whole.
    """
    left, right = start, end
    for other in dates:
        if other is date or not start <= other.start < end:
            continue
        low, high = (date.end, other.start) if other.start > date.start else (other.end, date.start)
        joints = list(re.finditer(r",\s+(?:and\s+)?|\s+and\s+|;\s+", text[low:high]))
        if not joints:
            continue
        joint = joints[0] if other.start > date.start else joints[-1]
        if other.start > date.start:
            right = min(right, low + joint.start())
        else:
            left = max(left, low + joint.end())
    own = text[left:right].replace(date.surface, " ")
    return (left, right) if len(re.findall(r"[A-Za-z]+", own)) >= 2 else (start, end)


def clause_around(text: str, start: int, end: int) -> tuple[int, int]:
    """The span of the clause holding text[start:end]: its hedges and verbs are the date's."""
    left = 0
    for m in _BREAK.finditer(text, 0, start):
        left = m.end()
    for m in re.finditer(r"\s(?=that\s)", text[:start]):
        if m.end() > left and not _NOT_REPORTING.search(text[:m.start()]):
            left = m.end()  # a relative clause: "a drone maker that the EU added ..."
    if re.match(r"(?:which|who)\s", text[left:]) and re.search(r",\s", text[left:start]):
        # "X, which is believed to ..., on Monday published": the date is the main clause's
        breaks = [m.end() for m in _BREAK.finditer(text, 0, max(left - 2, 0))]
        left = breaks[-1] if breaks else 0
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
    if re.match(r"(?:which|who)\s", text[left:]) and re.search(r",\s+$", text[:left]):
        # "X, who was chief executive until 2022, is believed to ...": the relative ends
        # where the main clause's verb resumes
        resumes = re.search(r",\s+(?!and\b|or\b)[a-z]", text[end:right])
        if resumes:
            right = end + resumes.start()
    return left, right


def _kind(clause: str, at: int, others: list[int]) -> str | None:
    """The kind of the happening word nearest the date; sanction words win outright.

    A sanction only asked for ("called on the EU to impose sanctions") is a statement.
    A word nearer another date of the clause is that date's ("in 2021, ... an inquiry
    opened last autumn").
    """
    word = _SANCTION.search(clause)
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


def _nearest(clause: str, word: int, at: int, others: list[int]) -> bool:
    """Is the date at `at` (not one of the others) the one nearest to this word?

    A comma between them counts as distance: "fined in 2021, took over X in 2023".
    """
    def distance(date: int) -> int:
        low, high = sorted((word, date))
        return high - low + 100 * clause.count(", ", low, high)

    return all(distance(at) <= distance(other) for other in others)


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
    agent = _agent_at(text, word)
    if agent is not None:
        agents = [m for m in mentions if agent <= m.start < end and m.type in _AUTHORITY]
        # "by the US through its Treasury Department": the body that acted, when named
        bodies = [m for m in agents if m.type == "government"]
        by = (bodies or agents)[0].actor if agents else None
        if by is None and _BODY.match(text, agent - 1):
            by = body
        targets = [m for m in mentions if m.end <= word.start() and m.actor != by][-1:]
        if not targets and agents:  # "the designation by the EU ... covers Steppe Link"
            targets = [m for m in mentions if agents[0].end <= m.start < end and m.actor != by]
        return by, _unique(m.actor for m in targets)
    authorities = [m for m in mentions if m.end <= word.start() and m.type in _AUTHORITY]
    # "the Department for Business, Energy and Industrial Strategy", split at its commas
    rest = _name_parts(text, authorities[-1], mentions, word.start()) if authorities else []
    if rest and rest[0].type in _AUTHORITY:
        authorities.append(rest.pop(0))  # the head of the name acts
    described = [m for m in authorities if _in_apposition(text, m, authorities)] + rest
    authorities = [m for m in authorities if m not in described]
    by = authorities[-1].actor if authorities else None
    if by is None and _BODY.search(text, start, word.start()):
        by = body  # "The commission froze ...": the body named before
    after_by = max(([*authorities, *rest][-1].end if authorities else start), start)
    targets = [m for m in mentions if after_by <= m.start < end and m.actor != by
               and not _is_same_body(m, authorities + described)
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


def _agent_at(text: str, word: re.Match[str]) -> int | None:
    """Where the agent of a passive sanction starts: "was fined $4 million by X", "set by X"."""
    after = text[word.end():]
    direct = re.match(r"(?:,?\s+(?:set|imposed|introduced|agreed|announced|adopted))?\s+by\s+",
                      after)
    if direct:
        return word.end() + direct.end()
    passive = re.search(r"\b(?:was|were|been|is|are|be)\s+$", text[:word.start()])
    later = re.match(r"(?:\s+(?!by\b)[^\s,;.]+){1,5}?\s+by\s+", after)
    return word.end() + later.end() if passive and later else None


def _name_parts(text: str, last: Mention, mentions: list[Mention], limit: int
                ) -> list[Mention]:
    """The pieces of a name the actor stage broke at its commas, around an authority:
    head first, the rest after ("Department for Business", "Energy", "Industrial
    Strategy"). Only when the run is followed by a verb or a time, not a list of targets."""
    joint = r",\s*|\s+and\s+|,\s+and\s+"
    ordered = sorted((m for m in mentions if m.end <= limit), key=lambda m: m.start)
    chain = [last]
    for m in reversed([m for m in ordered if m.end <= last.start]):
        if not re.fullmatch(joint, text[m.end:chain[0].start]):
            break
        chain.insert(0, m)
    for m in [m for m in ordered if m.start >= last.end]:
        if not re.fullmatch(joint, text[chain[-1].end:m.start]):
            break
        chain.append(m)
    if len(chain) < 2 or not re.match(
            r"(?:\s*\([^)]{1,20}\))?,?\s+(?:on|in|last|this|has|have|had|[a-z]+ed)\b",
            text[chain[-1].end:]):
        return []
    return chain


def _in_apposition(text: str, mention: Mention, others: list[Mention]) -> bool:
    """Is the mention only a description of another authority ("OFAC, part of the Treasury,",
    "OFSI, which is part of the Treasury,")?"""
    if any(s < mention.start < e for s, e in (
            m.span() for m in re.finditer(r",\s+(?:which|who)\b[^,]*,", text))):
        return any(o.end <= mention.start for o in others)
    return any(o.end <= mention.start and re.fullmatch(
        r",\s+(?:(?:a |an |the )?(?:part|arm|unit|division|agency|branch|body|office|member)"
        r"\s+(?:of|within|under)\s+)?(?:the\s+)?", text[o.end:mention.start])
        and re.match(r"\s*,", text[mention.end:]) for o in others)


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
        verb = "fines" if re.search(r"\bfined\b", clause, re.I) else "sanctions"
        return f"{name(by)} {verb} {listed}"
    words = re.sub(r"\s+", " ", clause.replace(date.surface, " ")).strip(" ,;:.")
    words = re.sub(r"^(?:(?:and|but|which|who|that|adding that|according to)\b\s*)+", "", words)
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
    if re.match(r"(?:it|they)\s", words) and subject \
            and sentence.text.find(clause) > subject[0].start:
        words = f"{name(subject[0].actor)} {words.split(' ', 1)[1]}"  # "and that it had ..."
    if words[:1].islower() and subject and not _PRONOUN.match(words) \
            and sentence.text.find(clause) > subject[0].start:
        words = f"{name(subject[0].actor)} {words}"  # "fired him in August": who did
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
