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
from dataclasses import replace

from sitegen.extract.cues import HEDGE, UNVERIFIED, unique
from sitegen.extract.datelines import DATELINE
from sitegen.extract.dates import after_last_date, find_dates, without_date_names
from sitegen.extract.event_clauses import (clause_around, on_an_accuser_word, own_part, segment_at,
                                           told_at_the_end)
from sitegen.extract.event_titles import event_title
from sitegen.extract.happenings import event_kind, noun_happening, one_time, past_deed, plain_deed
from sitegen.extract.sanction_sequel import acting_body, undated_sanction, with_sequel
from sitegen.extract.sanction_targets import Antecedents, country_actors
from sitegen.extract.sanctions import SANCTION, sanction_roles
from sitegen.extract.types import DateMention, DraftEvent, Sentence
from sitegen.extract.wrongdoing import WRONGDOING

# A listing whose object carries a relative clause: "added X, which supplies Y, to its list".
_ADDED_TO_LIST = re.compile(
    r"\badded\b[^.;]{0,160}?\bto (?:its|their|the|a) (?:[\w-]+ ){0,3}?(?:list|register)\b")
# A document dated by its own participle ("a lawsuit filed on Monday alleges ..."): the
# filing happened, whatever the document alleges.
_DATED_DOCUMENT = re.compile(
    r"\b(?:lawsuit|suit|complaint|indictment|report|filing|study|audit|petition),?\s+(?:filed|"
    r"unsealed|published|released|issued|lodged|submitted)\s*$", re.IGNORECASE)
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
    before = Antecedents(countries=country_actors(sentences))  # what "the firm" refers to
    names: dict[str, str] = {}  # each actor as first written, for titles
    last_date: str | None = None  # the date "the following month" or "the same day" comes after
    for i, sentence in enumerate(sentences):
        if sentence.heading or _title_line(sentence, sentences[i + 1:i + 2]):
            continue
        sentence = without_date_names(sentence, published)
        following = tuple(sentences[i + 1:i + 3])  # where unnamed targets get their names
        # an undated sanction sentence next tells the act in detail ("The US sanctioned an
        # exchange on Monday." then "OFAC designated X, its operator Y and its chief, Z.")
        detail = undated_sanction(following, published)
        dateline = DATELINE.match(sentence.text)  # "VALLETTA, March 18 (AFP) -": when filed
        dates = [d for d in find_dates(sentence.text, published)
                 if not (dateline and d.end <= dateline.end())]
        dates = sorted([*dates, *after_last_date(sentence.text, dates, last_date, published)],
                       key=lambda d: d.start)
        last_date = dates[-1].value if dates else last_date
        for told in (sentence, *following):  # a target may be named only after its act
            for m in told.mentions:
                names.setdefault(m.actor, told.text[m.start:m.end])
        sanctioned: tuple[str, ...] = ()
        authority: str | None = None
        for date in dates:
            event = _event_at(sentence, date, dates, before, names, following, detail)
            if event and _refers_back(sentence.text, date) \
                    and any(known.date == event.date for known in events):
                continue  # "the 2021 takeover": the happening already told
            if event and (event.date, event.excerpt) not in seen:
                seen.add((event.date, event.excerpt))
                _add(events, event)
                sanctioned = event.targets or sanctioned
                authority = event.by or authority
        before = before.after(sentence, sanctioned, authority)
    return [e for e in events if not _retold_sanction(e, events)]


def _retold_sanction(event: DraftEvent, events: list[DraftEvent]) -> bool:
    """Is the event a sanction told again at a coarser date by its authority ("a trader
    that the UK this week hit with sanctions" beside "Britain on Tuesday imposed asset
    freezes on ...")? The precise telling stands for both."""
    return event.kind != "sanction" and bool(SANCTION.search(event.excerpt)) and any(
        known.kind == "sanction" and known.date.startswith(event.date) and known.date != event.date
        and known.by in event.actors for known in events)


def _title_line(sentence: Sentence, following: list[Sentence]) -> bool:
    """Say whether a sentence is a line of its own with no closing stop: a headline or
    standfirst ("Watchdog says firms fixed prices from 2021 to 2024"), which sums up the
    story rather than telling a happening of it."""
    alone = sentence.start == 0 and not (following and following[0].paragraph == sentence.paragraph)
    return alone and not re.search(r"[.!?:;\"'\u201d\u2019)\]]\s*$", sentence.text)


def _add(events: list[DraftEvent], event: DraftEvent) -> None:
    """Add an event, unless it retells one already found (same day, kind and parties)."""
    for i, known in enumerate(events):
        if (known.date, known.kind) != (event.date, event.kind):
            continue
        if known.kind == "sanction" and known.by == event.by:
            events[i] = replace(known, targets=unique([*known.targets, *event.targets]),
                                actors=unique([*known.actors, *event.actors]))
            return
        if known.actors and set(known.actors) == set(event.actors):
            return
    events.append(event)


def _event_at(sentence: Sentence, date: DateMention, dates: list[DateMention],
              before: Antecedents, names: dict[str, str],
              following: tuple[Sentence, ...] = (), detail: Sentence | None = None
              ) -> DraftEvent | None:
    """The happening a date anchors in its sentence, or None when it is no event."""
    text = sentence.text
    if date.future or _inside(sentence.in_quote, date.start):
        return None
    named = noun_happening(text, date.start, date.end)  # "A 2024 survey by X found ..."
    if named is not None:
        return _named_happening(sentence, date, named)
    if UNVERIFIED.search(text) or _no_happening(text, date):
        return None
    start, end = own_part(text, *clause_around(text, date.start, date.end), date, dates)
    listed = _ADDED_TO_LIST.search(text, start)
    if listed and listed.start() < end < listed.end():
        end = listed.end()  # "added X, which supplies Y, to its list": one clause
    clause = text[start:end]
    if (HEDGE.search(_no_relatives(clause.replace(date.surface, " ")))
            or _hedged_lead(text, start) or on_an_accuser_word(text, date)) \
            and not SANCTION.search(clause) and not _DATED_DOCUMENT.search(text[:date.start]) \
            and not told_at_the_end(text, date):
        return None  # an allegation or an unverified happening: a claim, not an event
    they_say = _THEY_SAY.search(clause, 0, date.start - start)
    if they_say and re.search(r"\b(?:a|an|the|some|one|two|three|several)\s+\w+(?:\s+\w+)?\s+$",
                             clause[:they_say.start()] + " ", re.I):
        return None  # "a customer it says X has supplied since 2020": an accuser's account
    segment = segment_at(clause, date.start - start)
    if len(segment.replace(date.surface, " ").split()) < 2:
        segment = clause  # "Since 2021, Volkov has chaired the company": the verb follows
    if date.surface.lower().startswith("since") and (not (
            _PRESENT_PERFECT.search(segment) or SANCTION.search(segment)) or re.search(
            r"\b(?:every|each|all|any|those|these)\s+\w+\s+(?:it|they|we|he|she)\s+"
            r"(?:has|have|had)\b", segment, re.I)):
        return None  # "contracts signed since 2019", "a customer since 2019": no happening
    if _tally(text, segment, date):
        return None  # "has tracked more than 300 ships since 2020": a sum, not a happening
    others = [d.start - start for d in dates if d is not date and start <= d.start < end
              and not noun_happening(text, d.start, d.end)]  # "the 2021 takeover" dates no verb
    kind = event_kind(_blank_relatives(clause, date.start - start), date.start - start, others)
    if kind is None and date.surface.lower().startswith("since"):
        kind = "other"  # "Since 2022, the vessel has sailed under ...": what began then
    if kind is None and re.match(r"(?:between|from)\b", date.surface, re.I) \
            and re.search(r"\breceived\b", clause):
        kind = "other"  # "X received 14 contracts between April 2021 and June 2023"
    if kind is None and one_time(text, date) and plain_deed(sentence, start, end, date) \
            and past_deed(clause, date.start - start, others):
        kind = "other"  # any deed of a named party on a given day: "shares fell on Wednesday"
    if kind is None:
        return None
    inside = [m for m in sentence.mentions if start <= m.start < end]
    actors = unique([m.actor for m in inside] or list(sentence.speakers)
                    or [m.actor for m in sentence.mentions])
    excerpt = clause.strip(" ,;:") if len(clause.split()) >= 5 else text.strip()
    by, targets = (with_sequel(*sanction_roles(sentence, start, end, date, before, following,
                                               in_turn=detail is None),
                               detail, before, following[1:])
                   if kind == "sanction" else (None, ()))
    if kind == "sanction" and not targets and detail is not None:
        # the next sentence tells the act without naming whom ("The measures freeze any
        # assets the four hold"): the names come later still
        by, targets = sanction_roles(sentence, start, end, date, before, following)
    if kind == "sanction" and not (by and targets):
        kind, by, targets = "other", None, ()
    by = acting_body(by, text, before, following)  # "The US added ..." then "BIS said ..."
    title = event_title(sentence, names, kind, by, targets, clause, date, date.start - start)
    return DraftEvent(date=date.value, title=title, kind=kind, excerpt=excerpt,
                      actors=unique([*(a for a in [by] if a), *targets, *actors]),
                      by=by, targets=targets)


# A count of things done: "at least 64 ship-to-ship transfers", "more than 300 ships",
# "three customs audits"; not an amount ("$3 million", "410,000 tonnes", "81 per cent"), a
# set named before ("the three officials", "two of the tankers") or a magnitude that tells
# an activity going on ("has launched thousands of drones since 2022").
_COUNTED = re.compile(
    r"(?<![$\u20ac\u00a3\w])(?<!the )(?<!its )(?<!their )(?:\d[\d,]*|two|three|four|five|six|"
    r"seven|eight|nine|ten)\s+(?!of\b)(?:[\w-]+\s+){0,2}?(?!(?:millions?|billions?|tonnes|tons|"
    r"kilograms|kilos|pounds|dollars|euros|barrels|years|months|weeks|days|hours)\b)"
    r"[a-z-]+s\b", re.I)
_HAS_DONE = re.compile(r"\b(?:has|have)\s+(?:\w+ly\s+)?(?!been\b)\w+(?:ed|en|wn|un|ght)\b", re.I)


def _tally(text: str, segment: str, date: DateMention) -> bool:
    """Is the date the start of a running count ("has added more than 140 entities this
    year", "carried out at least 64 transfers since early 2023", "had passed three audits
    since 2023")? A sum of deeds since a year or month is no one happening; a day is a
    start that can be ("agents have interviewed three employees since Jan. 6")."""
    since = date.surface.lower().startswith("since") or re.search(
        r"\bsince\s+(?:(?:early|late|mid)[\s-]+)?(?:at least\s+)?$", text[:date.start], re.I)
    done = _HAS_DONE.search(segment)  # or the count is what "has ... done": its object
    rest = segment.replace(date.surface, " ")
    return len(date.value) < 10 and bool(
        since and _COUNTED.search(rest) or done and _COUNTED.search(rest, done.end()))


def _refers_back(text: str, date: DateMention) -> bool:
    """Is the year in a definite noun phrase ("the 2021 takeover"), which names a
    happening the article may have told already?"""
    return bool(re.search(r"\b(?:the|its|their|his|her|this|that)\s+$", text[:date.start], re.I))


def _named_happening(sentence: Sentence, date: DateMention, kind: str) -> DraftEvent:
    """The happening a year dates inside its noun phrase: what the phrase tells, whatever
    the sentence says of it (a doubt about a survey's finding is no doubt that it took
    place)."""
    text = sentence.text
    start = max(text.rfind(", ", 0, date.start) + 1, 0)
    stop = re.search(r",\s|;\s|\s(?:found|finds|showed|shows|said|says|measured|concluded)\b|$",
                     text[date.end:])
    end = date.end + (stop.start() if stop else 0)
    phrase = text[start:end].strip(" ,")
    inside = unique(m.actor for m in sentence.mentions if start <= m.start < end)
    return DraftEvent(date=date.value, title=phrase[:1].upper() + phrase[1:], kind=kind,
                      excerpt=phrase if len(phrase.split()) >= 4 else text.strip(),
                      actors=inside, by=None, targets=())


_DOCUMENT_NOUN = re.compile(
    r"\s+(?:[\w-]+\s+)?(?:report|study|survey|audit|documentary|book|article|paper|letter|"
    r"statement|interview|filing|lawsuit|complaint|ruling|judgment|decision|review|analysis)s?\b",
    re.IGNORECASE)


# A scope, not a happening: "its investigation covered the period from April 2020", "invoices
# covering shipments between mid-2023 and ...", "records spanning 2019 to 2022".
_SCOPE = re.compile(r"\b(?:cover(?:s|ed|ing)?|span(?:s|ned|ning)?)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?"
                    r"(?:(?:period|years?|months?)\s+)?$", re.I)


def _no_happening(text: str, date: DateMention) -> bool:
    """Dates that date no happening of their own: a year naming a thing ("the 2021
    takeover"), a count ("the fifth round of sanctions this year"), and the start of a
    span whose deed is a hedged or wrongful one ("it allegedly smuggled oil from 2021 to
    2023")."""
    before, after = text[:date.start], text[date.end:]
    if _SCOPE.search(before):
        return True  # "the audit covered the period from April 2020": what it looked at
    if re.fullmatch(r"\d{4}", date.surface) and re.search(
            r"\b(?:the|a|an|its|their|his|her|this|that)\s+$", before, re.I) \
            and re.match(r"\s+[a-z]", after) and not _DOCUMENT_NOUN.match(after):
        return True  # but "in a 2021 report" dates the report
    if re.search(r"\b(?:the|its|their|his|her|a)\s+(?:first|second|third|fourth|fifth|sixth|"
                 r"seventh|eighth|ninth|tenth|"
                 r"\d+(?:st|nd|rd|th)|latest)\s+(?:[\w-]+\s+){0,3}$", before, re.I):
        return True
    if not re.match(r"(?:from|between)\b", date.surface, re.I):
        return False
    # the deed its clause tells is the accusation, not the papers that tell it: "According
    # to the charge sheet, X received N312 million between ..." dates a payment
    clause = text[slice(*clause_around(text, date.start, date.end))]
    return bool(HEDGE.search(clause) or WRONGDOING.search(_unquoted(clause)))


def _unquoted(text: str) -> str:
    """The text without its quoted words: a term in quotation marks ("so-called 'avoided
    deforestation' credits") is named, not charged by the reporter."""
    return re.sub(r"[\"\u201c][^\"\u201c\u201d]*[\"\u201d]", " ", text)


def _blank_relatives(clause: str, at: int) -> str:
    """The clause with the relative clauses that do not hold the date blanked out: in "X, a
    former Treasury official who now advises banks on sanctions compliance, said ... since
    2019" the sanctions are what X advises on, not what happened in 2019."""
    return re.sub(r",\s+(?:[^,]{0,60}?\s)?(?:which|who)\b[^,]*,",
                  lambda m: m.group(0) if m.start() <= at < m.end() else " " * len(m.group(0)),
                  clause)


def _no_relatives(text: str) -> str:
    """The text without its embedded relative clauses: their hedges are their own."""
    return re.sub(r",\s+(?:which|who)\b[^,]*,", ",", text)


def _hedged_lead(text: str, start: int) -> bool:
    """Does the sentence's subject come with a hedge that reaches this clause ("The unit
    is believed to be run by the army and last year attacked the port")?"""
    lead = re.split(r";\s|,\s+(?:but|while|whereas)\s|[\"\u201c\u201d]", text[:start])[-1]
    hedge = HEDGE.search(_no_relatives(lead))
    return bool(hedge) and hedge.group(0).lower().startswith(("is ", "are ", "was ", "were "))


def _inside(spans: tuple[tuple[int, int], ...], at: int) -> bool:
    return any(s <= at < e for s, e in spans)

