"""Claims: the article's assertions, each with a status read from its wording. No I/O.

A sentence is one claim, or several when its clauses carry different cues ("He
acknowledged X, but said Y"). The status comes from `cues.classify`, then from who
speaks: an accused party's "we have never ..." denies, an authority's account of what
others did accuses. Denials are linked to the allegation they answer.
"""

from __future__ import annotations

import datetime
import re
from dataclasses import dataclass, replace

from sitegen.extract.claimants import (
    claimant_of,
    mostly_quoted,
    of_itself,
    person_in,
    spokespeople,
)
from sitegen.extract.cues import (
    ACCUSATION,
    ATTRIBUTION,
    DENIAL,
    HEDGE,
    INSINUATION,
    NOT_A_CLAIM,
    UNVERIFIED,
    WEAK_DENIAL,
    WRONGDOING,
    classify,
    found,
    unique,
)
from sitegen.extract.dates import without_date_names
from sitegen.extract.restate import neutral_text
from sitegen.extract.types import DraftClaim, Sentence

# Where a sentence may divide into separately attributed clauses.
_CLAUSE_BREAK = re.compile(
    r",\s+(?=(?:and|but|adding|which|who|while|whereas|followed by|accusing|alleging)\b)|;\s+|"
    r"\s+(?=(?:and that|but said)\b)|,\s+(?=as (?:these|they|it|he|she|the|this|those)\b)"
)
# A final appositive with its own clause: "..., a country whose access ... ." It is the
# article's own statement and must not inherit the main clause's hedge.
_APPOSITIVE = re.compile(
    r",\s+(?=(?:a|an)\s+(?:\S+\s+){0,4}?(?:whose|that|which|where|the|it|they)\s)")


@dataclass
class _Draft:
    start: int
    end: int
    status: str
    cues: tuple[str, ...]


def find_claims(
    sentences: list[Sentence], published: datetime.date | None = None
) -> list[DraftClaim]:
    """Return the claims of the article body, in order, denials linked to what they answer."""
    # Two passes: who is accused (or denies anything) is known only once all is read, and
    # decides whether their "we have never ..." is a denial.
    # A name the actor stage read inside a date ("Dec." in "Dec. 3") is no party to anything.
    sentences = [without_date_names(s, published) for s in sentences]
    first = _draft_claims(sentences, published, frozenset())
    accused = {a for c in first if c.status == "alleged" for a in c.about}
    accused |= _named_later(sentences, [c.excerpt for c in first if c.status == "alleged"])
    accusers = {c.claimant for c in first if c.status == "alleged" and _accuses(c)}
    deniers = {c.claimant for c in first if c.status in ("denied", "disputed")}
    concerned = {a for a in (accused - accusers) | deniers if a}
    return _draft_claims(sentences, published, frozenset(concerned))


def _draft_claims(sentences: list[Sentence], published: datetime.date | None,
                  concerned: frozenset[str]) -> list[DraftClaim]:
    claims: list[DraftClaim] = []
    types = {m.actor: m.type for s in sentences for m in s.mentions}
    names: dict[str, str] = {}
    for s in sentences:
        for m in s.mentions:
            names.setdefault(m.actor, s.text[m.start:m.end])
    bodies = spokespeople(sentences)
    last_person: str | None = None
    last_paragraph = -1
    last_quote = -1  # index of the last sentence that was one quoted claim
    for sentence in sentences:
        if not _is_claim_sentence(sentence):
            continue
        if claims and _doubts_previous(sentence, sentences):
            claims[-1] = _unverified(claims[-1], sentence)
            continue
        drafts = _one_denial(sentence, _split(sentence))
        quote = len(drafts) == 1 and mostly_quoted(sentence, 0, len(sentence.text))
        if quote and claims and last_quote == sentence.index - 1 \
                and _runs_on(claims[-1], sentence, drafts[0], last_paragraph):
            claims[-1] = _continued(claims[-1], sentence, drafts[0], published)
            last_quote = sentence.index
            continue
        last_quote = sentence.index if quote else -1
        first = len(claims)
        for draft in drafts:
            excerpt = sentence.text[draft.start:draft.end].strip(" ,;")
            # "It" and "the company" refer back to whoever spoke last in this paragraph.
            recent = claims[-1] if claims and last_paragraph == sentence.paragraph else None
            claimant = claimant_of(sentence, draft.start, draft.end, last_person, recent)
            if claimant is None and draft.cues and len(claims) > first:
                claimant = claims[-1].claimant  # "..., but it insisted": the same speaker
            claimant = bodies.get(claimant or "", claimant)
            about = _about(sentence, draft, claimant)
            status, cues = _speaker_status(sentence, draft, claimant, concerned, types)
            responds_to = None
            if status in ("denied", "disputed") and len(claims) > first \
                    and claims[-1].status in ("alleged", "reported") \
                    and claims[-1].claimant != claimant:
                responds_to = len(claims) - 1  # "..., a figure the government disputes"
            elif status in ("denied", "disputed"):
                responds_to = _answered(claims, {*about, *([claimant] if claimant else [])},
                                        claimant)
                if responds_to is None:
                    status = "reported"  # nothing recorded to deny: say only who said it
            claims.append(DraftClaim(
                excerpt=excerpt,
                text=_named(neutral_text(excerpt, published), names.get(claimant or "")),
                status=status,
                cues=cues,
                claimant=claimant,
                about=about,
                responds_to=responds_to,
            ))
            last_person = person_in(sentence, claimant) or last_person
            last_paragraph = sentence.paragraph
    return claims


_DOUBT = re.compile(
    r"^(?:her|his|their|its|the|this|that|these|those) (?:\w+ ){0,2}"
    r"(?:account|accounts|claims?|allegations?|statements?|version|figures?|reports?)\b",
    re.IGNORECASE,
)


_PARTY_NOUN = re.compile(
    r"\b[Tt]he (company|firm|distributor|trader|manufacturer|maker|supplier|lender|exchange|"
    r"bank|charity|contractor|consultancy|operator|service|mixer|broker|fund|businessman|"
    r"executive|official), $")


def _named_later(sentences: list[Sentence], allegations: list[str]) -> set[str]:
    """Actors an allegation describes before the article names them.

    "A surveillance company sold ..." then "The company, Apex Cyber Solutions, said ...":
    Apex is the company accused.
    """
    named = set()
    for sentence in sentences:
        for m in sentence.mentions:
            noun = _PARTY_NOUN.search(sentence.text[max(0, m.start - 40):m.start])
            if noun and any(re.search(rf"\b(?:a|an)\s+(?:[\w'-]+\s+){{0,3}}{noun.group(1)}\b",
                                      excerpt, re.I) for excerpt in allegations):
                named.add(m.actor)
    return named


def _accuses(claim: DraftClaim) -> bool:
    """Alleged for its words (a hedge, an accusation, wrongdoing) against someone named,
    not for being a quote."""
    return bool(claim.about) and (any(not ATTRIBUTION.fullmatch(cue) for cue in claim.cues)
                                  or bool(WRONGDOING.search(claim.excerpt)))


def _named(text: str, speaker: str | None) -> str:
    """'It had opened an inquiry.' -> 'Kazakhstan's Ministry ... had opened an inquiry.'"""
    lead = re.match(r"(It|He|She)\b|(Its|His|Her)\b", text)  # singular: the verb agrees
    if not speaker or not lead:
        return text
    return (speaker if lead.group(1) else f"{speaker}'s") + text[lead.end():]


def _speaker_status(
    sentence: Sentence, draft: _Draft, claimant: str | None, concerned: frozenset[str],
    types: dict[str, str],
) -> tuple[str, tuple[str, ...]]:
    """The clause's status and cues once its speaker is known."""
    excerpt = sentence.text[draft.start:draft.end]
    if draft.status in ("alleged", "reported") and claimant in concerned:
        weak = found(WEAK_DENIAL, excerpt)
        if weak:
            return "denied", unique(draft.cues + weak)
        if draft.status == "alleged" and _only_quoted(sentence, draft, excerpt):
            return "reported", draft.cues  # an accused party's own account, not an accusation
    if draft.status == "reported" and claimant and types.get(claimant) in (
            "government", "country") and not of_itself(sentence, draft.start, draft.end, claimant):
        return "alleged", draft.cues  # an authority's account of what others did accuses them
    return draft.status, draft.cues


def _runs_on(claim: DraftClaim, sentence: Sentence, draft: _Draft, last_paragraph: int) -> bool:
    """Does this quoted sentence continue the quotation of the claim before it?

    Not when it brings cues of its own ("I have never knowingly ..."): then it is a claim.
    """
    same_speaker = not sentence.speakers or claim.claimant in (None, sentence.speakers[0])
    return (same_speaker and not draft.cues and last_paragraph == sentence.paragraph
            and draft.status == claim.status)


def _doubts_previous(sentence: Sentence, sentences: list[Sentence]) -> bool:
    """'Her account could not be independently verified.': a doubt cast on the last claim.

    Also 'The AP could not verify the video.' after a sentence about the video.
    """
    before = [s for s in sentences if s.index == sentence.index - 1]
    if not (UNVERIFIED.search(sentence.text) and before
            and before[0].paragraph == sentence.paragraph):
        return False
    text = sentence.text.strip()
    words = {w.lower() for w in re.findall(r"[a-z]{4,}", text)} - _UNVERIFIED_WORDS
    shared = words & {w.lower() for w in re.findall(r"[a-z]{4,}", before[0].text)}
    return bool(_DOUBT.match(text)) or (len(text.split()) <= 12 and bool(shared))


_UNVERIFIED_WORDS = {"could", "independently", "verify", "verified", "confirm", "confirmed",
                     "been", "have", "unable", "cannot", "their", "claims", "that", "this"}


def _unverified(claim: DraftClaim, sentence: Sentence) -> DraftClaim:
    """The claim, now unverified, its excerpt running on into the sentence that doubts it."""
    return replace(
        claim,
        excerpt=f"{claim.excerpt} {sentence.text.strip()}",
        status="unverified",
        cues=unique(claim.cues + found(UNVERIFIED, sentence.text)),
        responds_to=None,
    )


def _continued(claim: DraftClaim, sentence: Sentence, draft: _Draft,
               published: datetime.date | None) -> DraftClaim:
    """A quotation running on into the next sentence stays one claim of its speaker."""
    excerpt = sentence.text.strip()
    return replace(
        claim,
        excerpt=f"{claim.excerpt} {excerpt}",
        text=f"{claim.text} {neutral_text(excerpt, published)}",
        cues=unique(claim.cues + draft.cues),
        about=unique(claim.about + tuple(m.actor for m in sentence.mentions)),
    )


def _is_claim_sentence(sentence: Sentence) -> bool:
    text = sentence.text.strip()
    if sentence.heading or len(text.split()) < 3 or text.endswith((":", ",")):
        return False
    if NOT_A_CLAIM.search(text):  # "X did not respond", unless it also denies or accuses
        return bool(DENIAL.search(text) or HEDGE.search(text) or WRONGDOING.search(text))
    return True


def _split(sentence: Sentence) -> list[_Draft]:
    """Divide a sentence where a clause brings cues of its own (or a final appositive)."""
    text = sentence.text
    appositive = {m.start() for m in _APPOSITIVE.finditer(text)
                  if "," not in text[m.end():].rstrip(" .")}
    candidates = sorted({m.start() for m in _CLAUSE_BREAK.finditer(text)} | appositive)
    bounds: list[int] = []
    for at in candidates:
        left = text[bounds[-1] if bounds else 0:at]
        if (len(left.split()) >= 7 and len(text[at:].split()) >= 4
                and not _inside(sentence.in_quote, at)):
            bounds.append(at)
    drafts: list[_Draft] = []
    for start, end in zip([0, *bounds], [*bounds, len(text)], strict=True):
        piece = text[start:end]
        status, cues = classify(text[start:end], mostly_quoted(sentence, start, end),
                                _names(sentence, start))
        current = drafts[-1] if drafts else None
        if current is None:
            drafts.append(_Draft(start, end, status, cues))
            continue
        if status == "unverified" and re.match(r"\W*which\b", piece):
            current.status, current.cues = status, unique(current.cues + cues)
            current.end = end  # "..., which could not be verified" doubts what precedes
            continue
        own_claim = bool(cues) and (status != current.status or set(cues) != set(current.cues))
        if not current.cues and all(ATTRIBUTION.fullmatch(c) for c in cues):
            own_claim = False  # "The person, who asked not to be named, said ...": one claim
        if start in appositive and current.status != "confirmed":
            own_claim = status != current.status
        if own_claim:
            drafts.append(_Draft(start, end, status, cues))
        else:
            current.end = end
            current.status, current.cues = classify(
                text[current.start:end], mostly_quoted(sentence, current.start, end),
                _names(sentence, current.start))
    return drafts


def _names(sentence: Sentence, start: int) -> tuple[tuple[int, int], ...]:
    """Actor names as spans relative to start: "Financial Crimes Commission" accuses no one."""
    return tuple((m.start - start, m.end - start) for m in sentence.mentions)


def _only_quoted(sentence: Sentence, draft: _Draft, excerpt: str) -> bool:
    """Alleged only for being a quotation: no hedge, accusation or wrongdoing in it."""
    return mostly_quoted(sentence, draft.start, draft.end) and not (
        INSINUATION.search(excerpt) or HEDGE.search(excerpt) or ACCUSATION.search(excerpt)
        or WRONGDOING.search(excerpt))


def _one_denial(sentence: Sentence, drafts: list[_Draft]) -> list[_Draft]:
    """'X said A and that it had no knowledge of B': A is given in denial, one claim."""
    joined: list[_Draft] = []
    for draft in drafts:
        if len(joined) == 1 and draft.status in ("denied", "disputed") \
                and joined[-1].status == "reported" \
                and re.match(r"\W*and that\b", sentence.text[draft.start:draft.end]):
            joined[-1] = _Draft(joined[-1].start, draft.end, draft.status,
                                unique(joined[-1].cues + draft.cues))
        else:
            joined.append(draft)
    return joined


def _about(sentence: Sentence, draft: _Draft, claimant: str | None) -> tuple[str, ...]:
    keys = [m.actor for m in sentence.mentions if draft.start <= m.start < draft.end]
    if draft.status not in ("denied", "disputed", "confirmed"):
        keys = [k for k in keys if k != claimant]
    elif claimant:
        keys = [claimant, *keys]
    return unique(keys)


def _answered(claims: list[DraftClaim], actors: set[str], denier: str | None) -> int | None:
    """The allegation a denial answers: the nearest one about the same actor, else the lead.

    Failing an allegation about them, the nearest account by someone else that names them
    is what they deny, so it is contested: it becomes alleged (claims is updated).
    """
    def concerns(claim: DraftClaim) -> bool:
        return bool(actors & ({*claim.about, claim.claimant} - {None}))

    alleged = [i for i, c in enumerate(claims) if c.status == "alleged"]
    for i in reversed(alleged):
        if concerns(claims[i]):
            return i
    for i in range(len(claims) - 1, -1, -1):
        if claims[i].status == "reported" and claims[i].claimant != denier \
                and denier in claims[i].about:
            claims[i] = replace(claims[i], status="alleged")
            return i
    if alleged:
        return alleged[0]
    return len(claims) - 1 if claims else None


def _inside(spans: tuple[tuple[int, int], ...], at: int) -> bool:
    return any(s < at < e for s, e in spans)

