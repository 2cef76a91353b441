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

from sitegen.extract.cues import (
    ACCUSATION,
    ADMISSION,
    ATTRIBUTION,
    DENIAL,
    HEDGE,
    INSINUATION,
    NOT_A_CLAIM,
    REPORTING_VERB,
    UNVERIFIED,
    WEAK_DENIAL,
    WRONGDOING,
    classify,
    found,
    unique,
)
from sitegen.extract.dates import without_date_names
from sitegen.extract.restate import neutral_text
from sitegen.extract.types import DraftClaim, Mention, Sentence

_PRONOUN_SUBJECT = re.compile(r"^\W*(?:he|she)\b|\b(?:he|she) (?:said|says|added|told)\b", re.I)
_SPOKESPERSON = re.compile(
    r"^,?\s+(?:a|an|the)\s+(?:\S+\s+){0,2}(?:spokes(?:person|man|woman)|representative)\s+"
    r"(?:for|of|at)\s+$"
)
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
    bodies = _spokespeople(sentences)
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
        quote = len(drafts) == 1 and _mostly_quoted(sentence, 0, len(sentence.text))
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
            claimant = _claimant(sentence, draft, last_person, recent)
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
            last_person = _person(sentence, claimant) or last_person
            last_paragraph = sentence.paragraph
    return claims


_DOUBT = re.compile(
    r"^(?:her|his|their|its|the|this|that|these|those) (?:\w+ ){0,2}"
    r"(?:account|accounts|claims?|allegations?|statements?|version|figures?|reports?)\b",
    re.IGNORECASE,
)


def _accuses(claim: DraftClaim) -> bool:
    """Alleged for its words (a hedge, an accusation, wrongdoing), not for being a quote."""
    return any(not ATTRIBUTION.fullmatch(cue) for cue in claim.cues) or bool(
        WRONGDOING.search(claim.excerpt))


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
            "government", "country") and not _of_itself(sentence, draft, claimant):
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
        status, cues = classify(text[start:end], _mostly_quoted(sentence, start, end),
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
                text[current.start:end], _mostly_quoted(sentence, current.start, end),
                _names(sentence, current.start))
    return drafts


def _names(sentence: Sentence, start: int) -> tuple[tuple[int, int], ...]:
    """Actor names as spans relative to start: "Financial Crimes Commission" accuses no one."""
    return tuple((m.start - start, m.end - start) for m in sentence.mentions)


def _only_quoted(sentence: Sentence, draft: _Draft, excerpt: str) -> bool:
    """Alleged only for being a quotation: no hedge, accusation or wrongdoing in it."""
    return _mostly_quoted(sentence, draft.start, draft.end) and not (
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


def _mostly_quoted(sentence: Sentence, start: int, end: int) -> bool:
    inside = sum(max(0, min(end, e) - max(start, s)) for s, e in sentence.in_quote)
    return inside * 2 > end - start


def _claimant(sentence: Sentence, draft: _Draft, last_person: str | None,
              recent: DraftClaim | None) -> str | None:
    """Who asserts the clause: the subject of its reporting verb, a quote's speaker, or none."""
    text = sentence.text
    if _mostly_quoted(sentence, draft.start, draft.end) and sentence.speakers:
        return sentence.speakers[0]
    clause = text[draft.start:draft.end]
    according = re.search(r"\baccording to\b([^,;]*)", clause, re.I)
    if according:
        at, phrase_end = draft.start + according.start(1), draft.start + according.end(1)
        within = [m for m in sentence.mentions if at <= m.start < phrase_end]
        if within:
            return _body_of(sentence, within[0])
    verb = REPORTING_VERB.search(clause) or ADMISSION.search(clause) or DENIAL.search(clause)
    if not verb:
        return None
    at = draft.start + verb.start()
    for mention in reversed([m for m in sentence.mentions if m.end <= at]):
        gap = text[mention.end:at]
        named = re.fullmatch(r",\s*", gap) and re.search(r"\w, $", text[:mention.start])
        if _SUBJECT_GAP.fullmatch(gap) or named:  # named: "Its director, Rahul Mehta, said"
            return _body_of(sentence, mention)
    after = [m for m in sentence.mentions if at <= m.start <= at + verb.end() - verb.start() + 2]
    if after and re.search(r"[,\"\u201d]\s*$", text[:at]):  # "..., said Kevin Tan, ..."
        return _body_of(sentence, after[0])
    if recent and _SPOKESPERSON_OF_IT.search(text[draft.start:at]):
        return recent.claimant or (recent.about or (None,))[0]  # the group just spoken of
    if sentence.speakers:
        return sentence.speakers[0]
    opening = [m for m in sentence.mentions if draft.start <= m.start
               and re.fullmatch(r"\W*(?:the\s+)?", text[draft.start:m.start], re.I)
               and not re.match(r"['\u2019]s\b", text[m.end:])]  # "Varga's lawyer" is not Varga
    if opening:
        return _body_of(sentence, opening[0])  # "Velotek acknowledged X but said Y"
    subject = text[draft.start:at]
    if recent and recent.claimant and (
            _DEFINITE_SUBJECT.search(subject) or _DEFINITE_SUBJECT.match(clause)):
        return recent.claimant  # "The company said ...", "It acknowledged ...": the one just quoted
    if _PRONOUN_SUBJECT.search(clause):
        return last_person
    return None


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


def _spokespeople(sentences: list[Sentence]) -> dict[str, str]:
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


def _person(sentence: Sentence, claimant: str | None) -> str | None:
    people = [m.actor for m in sentence.mentions if m.type == "person"]
    if claimant in people:
        return claimant
    return people[0] if people else None


def _inside(spans: tuple[tuple[int, int], ...], at: int) -> bool:
    return any(s < at < e for s, e in spans)


_ITSELF = re.compile(
    r"^(?:(?:on|in|at|last|this|during)\s+(?:\S+\s+){0,4}?)?(?:that\s+)?(?:it|its|they|their|we|our|"
    r"he|she|his|her|the (?:ministry|agency|department|government|office|commission|treasury|"
    r"regulator|authority|authorities|bureau|council|court|police))\b",
    re.IGNORECASE,
)


_OTHERS = re.compile(
    r"\bthe (?:firms?|compan(?:y|ies)|men|group|officials?|suspects?|accused|traders?|"
    r"distributors?|vessels?|ships?|banks?)\b", re.IGNORECASE)


def _of_itself(sentence: Sentence, draft: _Draft, claimant: str) -> bool:
    """Does the speaker report its own doings ("said on Monday that it had opened ...")?"""
    clause = sentence.text[draft.start:draft.end]
    verb = REPORTING_VERB.search(clause)
    if verb is None or verb.group(0) in ("called", "urged", "demanded"):
        return True  # a call or a demand tells of no one's deeds
    said = clause[verb.end():].strip(" .,;")
    if len(said.split()) >= 3:
        others = [m for m in sentence.mentions
                  if m.start >= draft.start + verb.end() and m.actor != claimant]
        # "said inquiries were at an early stage" tells of no one else's deeds
        return bool(_ITSELF.match(said)) or not (others or _OTHERS.search(said))
    # "..., a spokesman for the agency said": the subject of what precedes
    opening = draft.start + len(" ".join(clause.split()[:8]))
    return any(m.actor == claimant and m.start < opening for m in sentence.mentions)
