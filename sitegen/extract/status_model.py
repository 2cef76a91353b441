"""A transparent status model: is a claim the rules read as a fact an allegation? No I/O
beyond reading its own coefficients file.

The rules (`cues`, `stance`) decide what they are sure of: denials, disputes, doubts,
admissions and outcomes of record. Whether a reported or alleged claim is a fact or an
accusation is weighed here: a logistic model over yes/no features the rules already
compute (cue words, who speaks and whether that party is accused, what the clause tells
of whom, quotation, position). Its weights, trained on the annotated sets
(bench/train_status.py, validated leave-one-set-out), live in status_weights.json beside
this file; the prediction is a dot product, so each decision can be explained feature by
feature.
"""

from __future__ import annotations

import json
import math
import re
from dataclasses import dataclass
from pathlib import Path

from sitegen.extract.answers import PROCEDURE, matter
from sitegen.extract.claimants import ANONYMOUS_SOURCE, mostly_quoted, of_itself
from sitegen.extract.cues import (
    ACCUSATION,
    ADMISSION,
    ATTRIBUTION,
    HEDGE,
    INSINUATION,
    OUTCOME,
    RECORD,
    REPORTING_VERB,
)
from sitegen.extract.rebuttals import EXPLANATION
from sitegen.extract.stance import collective_speaker, deed_of, evidence_against
from sitegen.extract.types import DraftClaim, Sentence
from sitegen.extract.wrongdoing import WRONGDOING

WEIGHTS_FILE = Path(__file__).with_name("status_weights.json")
# The statuses the model may weigh; the rest are the rules' certain readings.
WEIGHED = frozenset({"reported", "alleged"})


@dataclass(frozen=True)
class Context:
    """What the whole article says about its parties, known once all claims are read."""

    accused: frozenset[str]     # the register (`accused.register`): doers, targets, deniers
    accusers: frozenset[str]    # the parties that accuse them
    types: dict[str, str]       # actor key -> actor type
    # the subject matter of each allegation the rules found (`answers.matter`)
    allegations: tuple[frozenset[str], ...] = ()


@dataclass(frozen=True)
class Weights:
    """A logistic model: P(allegation) = 1 / (1 + exp(-(bias + sum of the weights of the
    features present))). At or above `threshold` a weighed claim is an allegation; an
    allegation of the rules becomes a report only below `lower` (an allegation shown as
    fact costs more than a fact shown hedged, so lowering needs more certainty)."""

    bias: float
    weights: dict[str, float]
    threshold: float
    lower: float = 0.0
    answers: bool = False   # may an accused party's account become a denial

    @classmethod
    def shipped(cls) -> Weights | None:
        if not WEIGHTS_FILE.is_file():
            return None
        data = json.loads(WEIGHTS_FILE.read_text(encoding="utf-8"))
        return cls(float(data["bias"]), {k: float(v) for k, v in data["weights"].items()},
                   float(data["threshold"]), float(data["lower"]),
                   bool(data.get("answers", False)))

    def probability(self, features: dict[str, float]) -> float:
        z = self.bias + sum(self.weights.get(k, 0.0) * v for k, v in features.items())
        return 1.0 / (1.0 + math.exp(-max(min(z, 30.0), -30.0)))


def revised(rule: str, features: dict[str, float], weights: Weights | None) -> str:
    """The claim's status: the rules' unless it is weighed and the model disagrees on
    whether it is an allegation. A rule's certain reading (an outcome of record, an
    admission) is kept."""
    if weights is None or rule not in WEIGHED or features.get("certain"):
        return rule
    p = weights.probability(features)
    # an explicit hedge or accusation ("allegedly", "charged with")
    explicit = features.get("hedge") or features.get("accusation") or features.get("insinuation")
    if p >= weights.threshold:
        # the accused party's own account of the matter, with no accusing words: its answer
        answer = features.get("speaks_for_accused") and not explicit
        return "denied" if answer and rule != "alleged" and weights.answers else "alleged"
    # only an authority's act or a record, with no explicit accusation, is lowered: a
    # matter of record, not an account
    of_record = features.get("state_acts") or features.get("record")
    if rule == "alleged" and p < weights.lower and of_record and not explicit:
        return "reported" if features.get("attributed") else "confirmed"
    return rule


_NEGATION = re.compile(r"\b(?:not|never|no|n't|nothing|none)\b", re.IGNORECASE)
_FIRST_PERSON = re.compile(r"\b(?:we|our|us|I|my|me)\b")
_FRAME = re.compile(
    r"\b(?:investigation|analysis|review|inquiry|probe|audit|reporters?|journalists?|"
    r"[Rr]euters|the (?:BBC|AP|Guardian))\b(?:\s+\S+){0,4}?\s+(?:found|finds|shows?|showed|"
    r"revealed|reveals|established|identified|traced)\b", re.IGNORECASE)
_ACCORDING = re.compile(r"\baccording to\b", re.IGNORECASE)
_OFFICIAL_SPEAKER = re.compile(
    r"\b(?:prosecutors?|police|investigators|officials?|regulators?|authorities|ministry|"
    r"commission|court|judge|agency|inspectors?|auditors?)\b", re.IGNORECASE)
_COURT_RECORD = re.compile(
    r"\b(?:ruled|convicted|sentenced|acquitted|judgment|verdict|designated|"
    r"added (?:\S+\s+){0,4}?to (?:its|the|a) (?:\S+\s+)?list)\b", re.IGNORECASE)
_DIGIT = re.compile(r"\d")



# A past act right after a doer's name: "designated", "issued", "has frozen", "opened".
# Not a reporting verb: "the ministry said" tells what it says, not what it did.
_ACTED = re.compile(r"\s+(?:has\s+|have\s+|had\s+)?(?:also\s+|already\s+)?"
                    r"(?!(?:said|stated|added|reported|claimed|alleged|noted|warned|argued|"
                    r"insisted|explained|described|accused|estimated|concluded)\b)"
                    r"[a-z]+(?:ed|en|ued|id|ent)\b")


def _doers(sentence: Sentence, start: int, end: int) -> set[str]:
    """The types of the parties the clause names as doing something ("OFAC designated")."""
    return {m.type for m in sentence.mentions
            if start <= m.start < end and _ACTED.match(sentence.text, m.end)}


def _speaker_phrase(sentence: Sentence, start: int, end: int) -> str:
    """The words naming who speaks: before the reporting verb, or after it when inverted
    ('..., said X, the owner of Y'); empty when nothing is attributed."""
    clause = sentence.text[start:end]
    verb = REPORTING_VERB.search(clause)
    if verb is None:
        return ""
    before = re.split(r"[\u201d\"]\s*,?|[.;:]\s", clause[:verb.start()])[-1]
    if len(before.split()) > 1 or not clause[verb.end():].strip():
        return before
    return re.split(r"[.;]", clause[verb.end():])[0]


def _speaks_for_accused(sentence: Sentence, start: int, end: int, context: Context,
                        claimant: str | None) -> bool:
    """Is the speaker an accused party, or speaks for one ("Karnaphuli's managing director",
    "the owner of Adria Deck", "a lawyer for X")?"""
    if claimant in context.accused:
        return True
    phrase = _speaker_phrase(sentence, start, end)
    if not phrase:
        return False
    at = sentence.text.find(phrase, start)
    return any(at <= m.start < at + len(phrase) and m.actor in context.accused
               for m in sentence.mentions)


def _on_accusation(text: str, context: Context) -> bool:
    """Does the clause share its subject matter (two content words or more) with an
    allegation other than itself?"""
    words = matter(text)
    return any(2 <= len(words & a) < len(words) for a in context.allegations)


def features(claim: DraftClaim, sentence: Sentence, context: Context) -> dict[str, float]:
    """The yes/no facts about a claim the model weighs (absent = 0)."""
    text = claim.excerpt
    start = max(sentence.text.find(text[:60]), 0)
    end = start + len(text) if sentence.text.find(text[:60]) >= 0 else len(sentence.text)
    end = min(end, len(sentence.text))
    claimant = claim.claimant
    kind = context.types.get(claimant or "", "")
    named = {m.actor for m in sentence.mentions if start <= m.start < end} - {claimant}
    verb = REPORTING_VERB.search(text)
    f = {
        f"rule_{claim.status}": 1.0,
        # the rules' certain readings: an outcome, an admission, a filing of record
        "certain": float(bool(OUTCOME.search(text) or ADMISSION.search(text)
                              or RECORD.search(text)) and claim.status == "confirmed"),
        "hedge": float(bool(HEDGE.search(text))),
        "accusation": float(bool(ACCUSATION.search(text))),
        "insinuation": float(bool(INSINUATION.search(text))),
        "wrongdoing": float(bool(WRONGDOING.search(text))),
        "attributed": float(bool(ATTRIBUTION.search(text))),
        "according_to": float(bool(_ACCORDING.search(text))),
        "quoted": float(mostly_quoted(sentence, start, end)),
        "claimant_none": float(claimant is None),
        "claimant_accused": float(claimant in context.accused),
        "claimant_accuser": float(claimant in context.accusers),
        "claimant_state": float(kind in ("government", "country")),
        "claimant_person": float(kind == "person"),
        "claimant_company": float(kind == "company"),
        "claimant_other": float(kind in ("organization", "media", "group", "work")),
        "official_words": float(bool(verb and _OFFICIAL_SPEAKER.search(text[:verb.start()]))),
        "anonymous": float(bool(ANONYMOUS_SOURCE.search(text))),
        # a group telling of others ("Workers say the fees ..."), not of itself
        "collective": float(collective_speaker(sentence, start, end)
                            and not of_itself(sentence, start, end, "")),
        "names_accused": float(bool(named & context.accused)),
        "names_party": float(bool(named)),
        "deed_of_accused": float(deed_of(sentence, start, end, context.accused)),
        "evidence": float(evidence_against(text)),
        "of_itself": float(bool(claimant) and bool(verb)
                           and of_itself(sentence, start, end, claimant or "")),
        "negation": float(bool(_NEGATION.search(text))),
        "first_person": float(bool(_FIRST_PERSON.search(text))),
        "explanation": float(bool(EXPLANATION.search(text))),
        "record": float(bool(RECORD.search(text) or _COURT_RECORD.search(text))),
        "frame": float(bool(_FRAME.search(text))),
        "number": float(bool(_DIGIT.search(text))),
        "long": float(len(text.split()) > 30),
    }
    doers = _doers(sentence, start, end)
    f |= {
        # an authority's own act is a matter of record; a company's or a person's deed,
        # told by others, is what accusations are made of
        "state_acts": float(bool(doers & {"government", "country"})),
        "party_acts": float(bool(doers & {"company", "person", "group"})),
        "seen_by": float(bool(re.search(r"\b(?:seen|reviewed|obtained|examined) by\b", text))),
    }
    defends = _speaks_for_accused(sentence, start, end, context, claimant)
    procedure = bool(PROCEDURE.search(text))
    f |= {
        # the accused answering: "it had never ...", "signed nothing without approval"
        "accused_negates": float(defends and not procedure and bool(_NEGATION.search(text))),
    }
    on_topic = _on_accusation(text, context)
    f |= {
        "speaks_for_accused": float(defends),
        "on_accusation": float(on_topic),
        "procedure": float(procedure),
        # the accused answering the accusation: its account of it is its defence
        "accused_answers": float(defends and on_topic and not procedure),
        # someone else's account of the accused on the matter of the accusation
        "other_on_accused": float(not defends and on_topic and bool(named & context.accused)),
    }
    return {k: v for k, v in f.items() if v}
