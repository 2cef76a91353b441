"""Where a date's clause begins and ends, and the part of it that is the date's own when
the clause holds two dates. Its hedges and happening words are the date's. No I/O."""

from __future__ import annotations

import re

from sitegen.extract.types import DateMention

# Where a date's clause ends: its hedges and happening words stop at these.
_BREAK = re.compile(
    r";\s|,\s+(?=(?:and|but|while|whereas|which|who|adding|according to|followed by|"
    r"accusing|alleging|citing|saying|claiming)\b)"
    # not a list going on with a named item: "added the company, X, and its founder, Y, to"
    r"(?!and\s+(?:its|his|her|their|the|a|an|two|three|several)\s+(?:[\w'-]+\s+){0,2}?"
    r"[\w'-]+\s*,\s+[A-Z])|"
    r"\s(?=according to\b)|\s+(?=and that\b)|[\"\u201c\u201d]|"
    # the document a sentence ends on: "..., a class-action lawsuit filed on Monday alleges."
    r",\s+(?=(?:a|an|the)\s+(?:[\w-]+\s+){0,3}?(?:lawsuit|suit|complaint|indictment|report|"
    r"filing|study|audit|petition)\s+(?:filed|unsealed|published|released|issued|lodged|"
    r"submitted)\b)"
)
_NOT_REPORTING = re.compile(
    r"\b(?:said|says|say|told|believe[sd]?|alleged|allege[sd]?|claim(?:s|ed)?|suspect(?:s|ed)?|"
    r"found|noted|added|adding|reported|showed|shows|argued|insisted|denied|acknowledged|"
    r"admitted|stated|announced|disclosed|confirmed|concluded|so|such|now|and|is|was|are|were)$",
    re.I,
)
# A verb of the main clause: without one before "that", the "that" opens a relative clause
# on the subject ("the committee that oversees sanctions ... added X"), the verb follows it.
_HAS_VERB = re.compile(r"\b(?:[a-z]+ed|said|says|told|is|was|were|are|has|have|had|will|would|"
                       r"did|does|do)\b")
# A work's title in quotation marks: 'appeared in “The Listening Room”, a documentary'.
_TITLE = re.compile(r"(\b(?:in|titled|called|named|entitled)\s+)[\"\u201c][^\"\u201c\u201d]{1,80}"
                    r"[\"\u201d]")


def segment_at(clause: str, at: int) -> str:
    """The comma-delimited stretch of a clause holding the position at."""
    left = clause.rfind(", ", 0, at)
    right = clause.find(", ", at)
    return clause[left + 1 if left >= 0 else 0: right if right >= 0 else len(clause)]


def own_part(text: str, start: int, end: int, date: DateMention,
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
        relative = list(re.finditer(r",\s+(?:[^,]{0,60}?\s)?(?:whom|which|who|whose)\s",
                                    text[low:high]))
        if other.start > date.start and relative and "," not in text[low + relative[-1].end():high]:
            # the other date is a relative clause's ("X paid Y, a dealer whom the US added to
            # its list in May 2023"): this date's part ends where that clause begins
            right = min(right, low + relative[-1].start())
            continue
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
    text = _TITLE.sub(lambda m: m.group(1) + "T" * (len(m.group(0)) - len(m.group(1))), text)
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
    if relative and not _NOT_REPORTING.search(head) \
            and _HAS_VERB.search(text[left:end + relative.start()].replace(text[start:end], " ")):
        right = end + relative.start()  # not "Last Thursday, the committee that oversees ..."
    if re.match(r"(?:which|who)\s", text[left:]) and re.search(r",\s+$", text[:left]):
        # "X, who was chief executive until 2022, is believed to ...": the relative ends
        # where the main clause's verb resumes
        resumes = re.search(r",\s+(?!and\b|or\b)[a-z]", text[end:right])
        if resumes:
            right = end + resumes.start()
    return left, right



# Whose word a clause is told on: "According to prosecutors, X steered ...", "a network
# that, according to investigators, extracted ...". Those who build a case tell an
# accusation; papers ("the charge sheet", "the BIS order") show what they record, and a
# witness ("a person familiar with the talks") tells what was done.
_ON_WORD_OF = re.compile(r"\baccording to\s+([^,.;]{1,100}?)\s*(?:,|$)", re.I)
_ACCUSER = re.compile(
    r"\b(?:investigators|prosecutors?|prosecution|prosecutor\W?s office|police|detectives|"
    r"(?:anti-corruption|law enforcement|investigative) (?:authorities|agencies|bodies))\b", re.I)


def on_an_accuser_word(text: str, date: DateMention) -> bool:
    """Is the date's clause told on the word of those who build a case ("according to
    investigators, extracted ... between 2022 and 2025")? Their account is an accusation,
    not a happening. The whole clause counts: "According to prosecutors, X, who left in
    May, steered ... in 2024" tells the steering on their word."""
    start, _ = clause_around(text, date.start, date.end)
    return any(_ACCUSER.search(m.group(1))
               for m in _ON_WORD_OF.finditer(text, start, date.start))


# A sentence closed by who told it and when: "..., the bureau (NABU) said on Dec. 1."
_TELLER_AT_END = re.compile(
    r",\s+(?:[^,;\"\u201c\u201d]{1,80}?\s)?(?:said|says|announced|reported|confirmed|stated)"
    r"(?:\s+in\s+a\s+(?:[\w-]+\s+)?(?:statement|release|filing|post))?\s+$", re.I)


def told_at_the_end(text: str, date: DateMention) -> bool:
    """Does the date close the sentence on its teller ("..., NABU said on Dec. 1.")? It
    dates the telling, which happened whatever hedges the account it closes."""
    return bool(_TELLER_AT_END.search(text[:date.start])) \
        and not text[date.end:].strip(" .\"'\u201d\u2019")
