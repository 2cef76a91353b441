"""How claims answer each other: the allegation a denial answers, the claim a doubt
qualifies, and who an allegation accuses before the article names them. No I/O.
"""

from __future__ import annotations

import re
from dataclasses import replace

from sitegen.extract.cues import ATTRIBUTION, BODIES, DOUBT_POINTS_BACK, UNVERIFIED, found, unique
from sitegen.extract.types import DraftClaim, Sentence
from sitegen.extract.wrongdoing import WRONGDOING

_DOUBT = re.compile(
    r"^(?:her|his|their|its|the|this|that|these|those) (?:\w+ ){0,2}"
    r"(?:account|accounts|claims?|allegations?|statements?|version|figures?|reports?)\b",
    re.IGNORECASE,
)

# What a party does about an accusation, or will do, rather than what it says of it:
# "had opened a review", "would challenge the designation", "cooperated with the inquiry".
PROCEDURE = re.compile(
    r"\b(?:would|will|(?:plan|intend|expect)(?:s|ed)? to|planned to|"
    r"(?:was|is|are|were) (?:working|cooperating|co-operating)|"
    r"(?:had |has )?(?:opened|launched|started|begun|commissioned|ordered|suspended|stopped|"
    r"terminated|ended|halted|paused|cut|resigned|fired|dismissed|replaced|hired|installed|"
    r"engaged|appointed|retained|notified|passed|"  # "had passed three audits": an outcome of record
    r"cooperated|co-operated|complied|appealed|challenged|contested|recalled|returned|"
    r"repaid|refunded|compensated)\b)", re.IGNORECASE)

_PARTY_NOUN = re.compile(
    r"\b[Tt]he (company|firm|distributor|trader|manufacturer|maker|supplier|lender|exchange|"
    r"bank|charity|contractor|consultancy|operator|service|mixer|broker|fund|businessman|"
    r"executive|official), $")


def named_later(sentences: list[Sentence], allegations: list[str]) -> set[str]:
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


def accuses(claim: DraftClaim) -> bool:
    """Alleged for its words (a hedge, an accusation, wrongdoing) against someone named,
    not for being a quote."""
    return bool(claim.about) and (any(not ATTRIBUTION.fullmatch(cue) for cue in claim.cues)
                                  or bool(WRONGDOING.search(claim.excerpt)))


def doubts_previous(sentence: Sentence, sentences: list[Sentence]) -> bool:
    """'Her account could not be independently verified.': a doubt cast on the last claim.

    Also 'The AP could not verify the video.' after a sentence about the video.
    """
    before = [s for s in sentences if s.index == sentence.index - 1]
    if not (UNVERIFIED.search(sentence.text) and before and not before[0].heading):
        return False
    if before[0].paragraph != sentence.paragraph and not _opens_paragraph(sentence, sentences):
        return False  # wire copy gives the doubt a paragraph of its own, never a later place
    text = sentence.text.strip()
    words = {w.lower() for w in re.findall(r"[a-z]{4,}", text)} - _UNVERIFIED_WORDS
    shared = words & {w.lower() for w in re.findall(r"[a-z]{4,}", before[0].text)}
    return bool(_DOUBT.match(text)) or (len(text.split()) <= 12 and (
        bool(shared) or bool(DOUBT_POINTS_BACK.search(text))))  # "... could not verify the figure"


def _opens_paragraph(sentence: Sentence, sentences: list[Sentence]) -> bool:
    """Is the sentence the first of its paragraph (so the one before ends the last)?"""
    return all(s.paragraph != sentence.paragraph or s.index >= sentence.index for s in sentences)


_UNVERIFIED_WORDS = {"could", "independently", "verify", "verified", "confirm", "confirmed",
                     "been", "have", "unable", "cannot", "their", "claims", "that", "this"}


def unverified(claim: DraftClaim, sentence: Sentence) -> DraftClaim:
    """The claim, now unverified, its excerpt running on into the sentence that doubts it."""
    return replace(
        claim,
        excerpt=f"{claim.excerpt} {sentence.text.strip()}",
        status="unverified",
        cues=unique(claim.cues + found(UNVERIFIED, sentence.text)),
        responds_to=None,
    )


_NOT_TOPIC = frozenset("""said says that with have been were which from this their they also
would could will about after before into than them there these those what when where while
other some such only over more most very just denied denies deny rejected rejects allegation
allegations accusations claims claim statement company firm group spokesperson spokesman
added told never none nothing wrong""".split())


def topic(text: str) -> set[str]:
    """The content words of a text, cut to their first five letters ("transfers" ~ "transfer")."""
    return {w.lower()[:5] for w in re.findall(r"[A-Za-z]{4,}", text)
            if w.lower() not in _NOT_TOPIC}


def matter(text: str) -> set[str]:
    """The subject matter of a text: its content words in lower case, so no names ("Harlow
    Freight" is who, not what), cut to their first five letters."""
    return {w[:5] for w in re.findall(r"\b[a-z]{4,}\b", text) if w not in _NOT_TOPIC}


_FINDINGS = re.compile(r"\b(?:findings|report|study|investigation|analysis|conclusions?)\b",
                       re.IGNORECASE)
_FOUND = re.compile(r"\b(?:found|finds|report|study|investigation|analysis|concluded)\b",
                    re.IGNORECASE)


def answered(claims: list[DraftClaim], actors: set[str], denier: str | None,
              excerpt: str = "") -> int | None:
    """The allegation a denial answers: the nearest one about the same actor, else the lead.

    Failing an allegation about them, the nearest account by someone else that names them
    is what they deny, so it is contested: it becomes alleged (claims is updated).
    """
    def shared(claim: DraftClaim) -> int:
        return len(actors & ({*claim.about, claim.claimant} - {None}))

    alleged = [i for i, c in enumerate(claims) if c.status == "alleged"]
    words = topic(excerpt)
    # the allegation about the same parties that shares most of the denial's subject matter
    # ("the transfers were routine payments" answers the one about transfers), then the latest
    about_them = [i for i in alleged if shared(claims[i])]
    # "rejected the findings" answers what a report found
    on_findings = bool(_FINDINGS.search(excerpt))

    def answers_findings(claim: DraftClaim) -> bool:
        return on_findings and bool(_FOUND.search(claim.excerpt))

    if about_them:
        return max(about_them, key=lambda i: (answers_findings(claims[i]),
                                               len(words & topic(claims[i].excerpt)),
                                               shared(claims[i]), i))
    # an account by someone else that names them is contested now: never a fact
    contested = next((i for i in range(len(claims) - 1, -1, -1)
                      if claims[i].status == "reported" and claims[i].claimant != denier
                      and denier in claims[i].about), None)
    if contested is not None:
        claims[contested] = replace(claims[contested], status="alleged")
    # an allegation against a party it does not name ("accusing the main contractor of
    # withholding wages") is what a named party's denial answers, else that account
    unnamed = [i for i in alleged if not claims[i].about
               and re.search(rf"\bthe (?:[\w-]+ )?(?:{BODIES})\b", claims[i].excerpt, re.I)]
    if unnamed:
        return max(unnamed, key=lambda i: (len(words & topic(claims[i].excerpt)), i))
    if contested is not None:
        return contested
    if alleged:  # the allegation on the same subject ("self-defence" answers "killing"
        # civilians" only by being the sole one), else the lead
        return max(alleged, key=lambda i: (len(words & topic(claims[i].excerpt)), -i))
    return len(claims) - 1 if claims else None


def rest_of_answer(claims: list[DraftClaim], paragraphs: list[int],
                   side: frozenset[str]) -> list[DraftClaim]:
    """An accused party's further words right after it denies or disputes (its next claim,
    in the same paragraph or the next) go on answering: '... said the company "strongly
    rejects" the findings. "Our homes are fully staffed," he said.' They dispute what the
    denial answers, unless they tell what the party did or will do about it ("it has
    engaged auditors", "would appeal"): that is its report of an act."""
    out = list(claims)
    last: dict[str, int] = {}  # the speaker's claim before this one
    for i, claim in enumerate(out):
        j = last.get(claim.claimant or "")
        if claim.status == "reported" and claim.claimant in side and j is not None \
                and out[j].status in ("denied", "disputed") and out[j].responds_to is not None \
                and paragraphs[i] - paragraphs[j] <= 1 and not PROCEDURE.search(claim.excerpt):
            out[i] = replace(claim, status="disputed", responds_to=out[j].responds_to)
        if claim.claimant:
            last[claim.claimant] = i
    return out
