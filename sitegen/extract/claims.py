"""Claims: the article's assertions, each with a status read from its wording. No I/O.

A sentence is one claim, or several when its clauses carry different cues ("He
acknowledged X, but said Y"). The status comes from `cues.classify`, then from who
speaks: an accused party's "we have never ..." denies, an authority's account of what
others did accuses. Denials are linked to the allegation they answer.
"""

from __future__ import annotations

import datetime
import re
from dataclasses import replace

from sitegen.extract.accused import register, spokespeople_of, with_their_people
from sitegen.extract.answers import (
    accuses,
    answered,
    doubts_previous,
    matter,
    named_later,
    rest_of_answer,
    unverified,
)
from sitegen.extract.claimants import claimant_of, mostly_quoted, person_in, spokespeople
from sitegen.extract.clauses import Draft, clause_drafts, restated, words_of
from sitegen.extract.cues import HEDGE, NOT_A_CLAIM, unique
from sitegen.extract.dates import without_date_names
from sitegen.extract.rebuttals import DENIAL, EXPLANATION
from sitegen.extract.restate import neutral_text
from sitegen.extract.stance import speaker_status
from sitegen.extract.status_model import Context, Weights, features, revised
from sitegen.extract.types import DraftClaim, Sentence
from sitegen.extract.wrongdoing import WRONGDOING


def find_claims(
    sentences: list[Sentence], published: datetime.date | None = None
) -> list[DraftClaim]:
    """Return the claims of the article body, in order, denials linked to what they answer."""
    weights = Weights.shipped()
    return [replace(claim, status=revised(claim.status, features(claim, sentence, context),
                                          weights))
            for claim, sentence, context in claims_in_context(sentences, published)]


def claims_in_context(
    sentences: list[Sentence], published: datetime.date | None = None
) -> list[tuple[DraftClaim, Sentence, Context]]:
    """The claims with the rules' statuses, each with its sentence and what the article
    says of its parties: what the status model weighs."""
    # Two passes: who is accused (or denies anything) is known only once all is read, and
    # decides whether their "we have never ..." is a denial.
    # A name the actor stage read inside a date ("Dec." in "Dec. 3") is no party to anything.
    sentences = [without_date_names(s, published) for s in sentences]
    # a sentence's clauses do not depend on who is concerned: divide each once
    clauses = {s.index: clause_drafts(s) for s in sentences if _is_claim_sentence(s)}
    first, first_origins = _draft_claims(sentences, clauses, published, frozenset())
    accused = {a for c in first if c.status == "alleged" for a in c.about}
    accused |= named_later(sentences, [c.excerpt for c in first if c.status == "alleged"])
    accusers = {c.claimant for c in first if c.status == "alleged" and accuses(c)}
    deniers = {c.claimant for c in first if c.status in ("denied", "disputed")}
    by_index = {s.index: s for s in sentences}
    # a firm's chief executive or lawyer speaks for it: their account is its answer
    speaks_for = {p: q for p, q in spokespeople_of(sentences).items() if p not in accusers}
    their_people = with_their_people(
        register([(c, by_index[i]) for c, i in zip(first, first_origins, strict=True)]),
        speaks_for)
    concerned = frozenset(a for a in (accused - accusers) | deniers | their_people if a)
    others = frozenset(a for a in accusers - concerned if a)
    claims, origins = _draft_claims(sentences, clauses, published, concerned, others,
                                    frozenset(a for a in accusers if a))
    types = {m.actor: m.type for s in sentences for m in s.mentions}
    placed = [(claim, by_index[i]) for claim, i in zip(claims, origins, strict=True)]
    context = Context(with_their_people(register(placed), speaks_for) - others, others, types,
                      tuple(frozenset(matter(c.excerpt)) for c in claims if c.status == "alleged"))
    # the accused side's words right after its denial go on answering the accusation
    answering = rest_of_answer(claims, [s.paragraph for _, s in placed], context.accused)
    return [(claim, sentence, context)
            for claim, (_, sentence) in zip(answering, placed, strict=True)]


def _draft_claims(sentences: list[Sentence], clauses: dict[int, list[Draft]],
                  published: datetime.date | None, concerned: frozenset[str],
                  accusers: frozenset[str] = frozenset(),
                  accusing: frozenset[str] = frozenset()
                  ) -> tuple[list[DraftClaim], list[int]]:
    """The claims, and the index of the sentence each comes from."""
    claims: list[DraftClaim] = []
    origins: list[int] = []
    types = {m.actor: m.type for s in sentences for m in s.mentions}
    names: dict[str, str] = {}
    for s in sentences:
        for m in s.mentions:
            names.setdefault(m.actor, s.text[m.start:m.end])
    bodies = spokespeople(sentences)
    last_person: str | None = None
    last_paragraph = -1
    last_quote = -1  # index of the last sentence that was one quoted claim
    open_quote = -1  # index of the last sentence that ended inside an open quotation
    for sentence in sentences:
        if sentence.index not in clauses:
            continue
        if claims and doubts_previous(sentence, sentences):
            claims[-1] = unverified(claims[-1], sentence)
            continue
        drafts = clauses[sentence.index]
        quote = len(drafts) == 1 and mostly_quoted(sentence, 0, len(sentence.text))
        if quote and claims and sentence.index - 1 in (last_quote, open_quote) \
                and _runs_on(claims[-1], sentence, drafts[0], last_paragraph,
                             open_quote == sentence.index - 1):
            claims[-1] = _continued(claims[-1], sentence, drafts[0], published)
            last_quote = sentence.index
            open_quote = sentence.index if _ends_in_quote(sentence) else -1
            continue
        last_quote = sentence.index if quote else -1
        first = len(claims)
        for draft in drafts:
            excerpt = sentence.text[draft.start:draft.end].strip(" ,;")
            # "It" and "the company" refer back to whoever spoke last in this paragraph.
            recent = claims[-1] if claims and last_paragraph == sentence.paragraph else None
            claimant = claimant_of(_without(sentence, draft.cut), max(draft.start, draft.own),
                                   draft.end, last_person, recent)
            if claimant is None and draft.cues and len(claims) > first:
                claimant = claims[-1].claimant  # "..., but it insisted": the same speaker
            claimant = bodies.get(claimant or "", claimant)
            about = _about(sentence, draft, claimant)
            status, cues = speaker_status(sentence, draft.start, draft.end, draft.status,
                                          draft.cues, claimant, concerned, types, accusers,
                                          accusing)
            responds_to = None
            if status in ("denied", "disputed") and len(claims) > first \
                    and claims[-1].status in ("alleged", "reported") \
                    and (claims[-1].claimant != claimant or claimant is None):
                responds_to = len(claims) - 1  # "..., a figure the government disputes"
            elif status in ("denied", "disputed"):
                responds_to = answered(claims, {*about, *([claimant] if claimant else [])},
                                        claimant, excerpt)
                if responds_to is None:
                    status = "reported"  # nothing recorded to deny: say only who said it
            said = restated(excerpt) if draft.inner else words_of(sentence.text, draft).strip(" ,;")
            claims.append(DraftClaim(
                excerpt=excerpt,
                text=_named(neutral_text(said, published), names.get(claimant or "")),
                status=status,
                cues=cues,
                claimant=claimant,
                about=about,
                responds_to=responds_to,
            ))
            origins.append(sentence.index)
            last_person = person_in(sentence, claimant) or last_person
            last_paragraph = sentence.paragraph
        open_quote = sentence.index if _ends_in_quote(sentence) else -1
    return claims, origins


def _ends_in_quote(sentence: Sentence) -> bool:
    """Is a quotation still open at the sentence's end ('he told the BBC: "I have never
    doped.'), so that it goes on in the next sentence?"""
    text = sentence.text.rstrip()
    return bool(sentence.in_quote) and sentence.in_quote[-1][1] >= len(text) - 1 \
        and text[-1:] not in ('"', "\u201d")


def _without(sentence: Sentence, spans: tuple[tuple[int, int], ...]) -> Sentence:
    """The sentence with these spans blanked (offsets kept): who speaks outside them."""
    if not spans:
        return sentence
    chars = list(sentence.text)
    for start, end in spans:
        chars[start:end] = " " * (end - start)
    return replace(sentence, text="".join(chars),
                   mentions=tuple(m for m in sentence.mentions
                                  if not any(s <= m.start < e for s, e in spans)))


def _named(text: str, speaker: str | None) -> str:
    """'It had opened an inquiry.' -> 'Kazakhstan's Ministry ... had opened an inquiry.'"""
    lead = re.match(r"(It|He|She)\b|(Its|His|Her)\b", text)  # singular: the verb agrees
    if not speaker or not lead:
        return text
    return (speaker if lead.group(1) else f"{speaker}'s") + text[lead.end():]


def _runs_on(claim: DraftClaim, sentence: Sentence, draft: Draft, last_paragraph: int,
             same_quote: bool) -> bool:
    """Does this quoted sentence continue the quotation of the claim before it?

    Not when it brings cues of its own ("I have never knowingly ..."): then it is a claim.
    But a denial goes on to the end of its quotation through what the speaker says of
    themselves ('"I have never doped. I have never had a transfusion. I will help."').
    """
    same_speaker = not sentence.speakers or claim.claimant in (None, sentence.speakers[0])
    if not (same_speaker and last_paragraph == sentence.paragraph):
        return False
    if same_quote and claim.status in ("denied", "disputed"):
        return draft.status in ("reported", claim.status)
    return not draft.cues and draft.status == claim.status


def _continued(claim: DraftClaim, sentence: Sentence, draft: Draft,
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
        # ... or answers: "did not respond but has previously said the payments were legitimate"
        return bool(DENIAL.search(text) or HEDGE.search(text) or WRONGDOING.search(text)
                    or EXPLANATION.search(text))
    return True


def _about(sentence: Sentence, draft: Draft, claimant: str | None) -> tuple[str, ...]:
    keys = [m.actor for m in sentence.mentions if draft.start <= m.start < draft.end]
    if draft.status not in ("denied", "disputed", "confirmed"):
        keys = [k for k in keys if k != claimant]
    elif claimant:
        keys = [claimant, *keys]
    return unique(keys)
