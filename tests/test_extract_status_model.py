"""The accused-party register and the transparent status model: who is accused is read
from the whole article, and the model's decision is a dot product over named features."""

from __future__ import annotations

import datetime
import json
import math
import re

import pytest

from sitegen.extract.accused import register
from sitegen.extract.claims import claims_in_context, find_claims
from sitegen.extract.status_model import WEIGHTS_FILE, Weights, features, revised
from sitegen.extract.types import Mention, Sentence

PUBLISHED = datetime.date(2024, 6, 1)
ACTORS = {
    "Harlow Freight": ("harlow-freight", "company"),
    "Dana Pike": ("dana-pike", "person"),
    "Rosa Lind": ("rosa-lind", "person"),
    "the Treasury": ("treasury", "government"),
}


def sentence(text: str, index: int) -> Sentence:
    """A sentence in its own paragraph, after the article's lead (which the model weighs)."""
    mentions = [Mention(m.start(), m.end(), key, kind)
                for name, (key, kind) in ACTORS.items()
                for m in re.finditer(re.escape(name), text)]
    return Sentence(text, index + 3, 0, tuple(sorted(mentions, key=lambda m: m.start)),
                    index=index)


def sentences(*texts: str) -> list[Sentence]:
    return [sentence(t, i) for i, t in enumerate(texts)]


def registered(*texts: str) -> frozenset[str]:
    return register([(c, s) for c, s, _ in claims_in_context(sentences(*texts), PUBLISHED)])


@pytest.mark.parametrize("texts", [
    # wire: the doer of what prosecutors allege
    ("Prosecutors say Harlow Freight billed the city for 40 trucks it never sent.",),
    # long read: the target of an accusation, the accuser named first
    ("Rosa Lind, a city auditor, accused Harlow Freight of inflating its invoices.",),
    # local paper: a party that answers an accusation is accused
    ("The council alleges the trucks were never sent.",
     "Harlow Freight denied the allegations."),
])
def test_the_register_holds_the_accused_party(texts: tuple[str, ...]) -> None:
    assert "harlow-freight" in registered(*texts)


def test_the_register_leaves_out_the_accuser_and_the_witness() -> None:
    accused = registered(
        "Rosa Lind, a city auditor, accused Harlow Freight of inflating its invoices.",
        "Dana Pike said the trucks sat idle in a yard for months.")
    assert accused == {"harlow-freight"}


def test_the_accused_partys_denial_without_deny_words_is_its_answer() -> None:
    claims = find_claims(sentences(
        "Prosecutors say Harlow Freight billed the city for 40 trucks it never sent.",
        "Harlow Freight said it had never billed the city for trucks it did not send."),
        PUBLISHED)
    assert claims[1].status == "denied"


@pytest.mark.xfail(strict=True, reason="cause A, open: the accused's defence told as a plain "
                   "account stays reported; the annotated sets label most such accounts "
                   "reported, so the model does not learn it (docs/extractor-notes.md)")
def test_the_accused_partys_own_account_is_never_a_fact() -> None:
    claims = find_claims(sentences(
        "Prosecutors say Harlow Freight billed the city for 40 trucks it never sent.",
        "Harlow Freight said it had delivered every load under the contract."), PUBLISHED)
    assert claims[1].status not in ("reported", "confirmed")


@pytest.mark.parametrize("text", [
    # matters of record and plain facts stay facts beside an accusation
    "The city council approved the contract in March 2022.",
    "The Treasury designated Harlow Freight in May.",
    "Dana Pike, a council spokesperson, said the contract was signed in March 2022.",
    "Dana Pike said the city paid Harlow Freight 2 million dollars last year.",
])
def test_plain_facts_beside_an_accusation_stay_facts(text: str) -> None:
    claims = find_claims(sentences(
        "Prosecutors say Harlow Freight billed the city for 40 trucks it never sent.", text),
        PUBLISHED)
    assert claims[1].status in ("reported", "confirmed")


def test_the_shipped_model_is_a_readable_dot_product() -> None:
    data = json.loads(WEIGHTS_FILE.read_text(encoding="utf-8"))
    model = Weights.shipped()
    assert model is not None and 0 <= model.lower <= model.threshold < 1
    present = {"hedge": 1.0, "attributed": 1.0, "rule_reported": 1.0}
    z = data["bias"] + sum(data["weights"].get(k, 0.0) for k in present)
    assert model.probability(present) == pytest.approx(1 / (1 + math.exp(-z)))


@pytest.mark.parametrize("rule", ["denied", "disputed", "unverified"])
def test_the_rules_certain_readings_are_never_weighed(rule: str) -> None:
    eager = Weights(bias=10.0, weights={}, threshold=0.5, lower=0.5)
    assert revised(rule, {"hedge": 1.0}, eager) == rule


def test_an_outcome_of_record_and_an_explicit_hedge_stay_as_the_rules_read_them() -> None:
    raise_all = Weights(bias=10.0, weights={}, threshold=0.5)
    lower_all = Weights(bias=-10.0, weights={}, threshold=0.9, lower=0.5)
    assert revised("confirmed", {"certain": 1.0}, raise_all) == "confirmed"
    assert revised("alleged", {"hedge": 1.0, "state_acts": 1.0}, lower_all) == "alleged"
    # only an authority's act or a record is lowered from an allegation
    assert revised("alleged", {"attributed": 1.0}, lower_all) == "alleged"
    assert revised("alleged", {"state_acts": 1.0, "attributed": 1.0}, lower_all) == "reported"
    assert revised("reported", {}, raise_all) == "alleged"


def test_features_name_who_speaks_and_of_whom() -> None:
    placed = claims_in_context(sentences(
        "Prosecutors say Harlow Freight billed the city for 40 trucks it never sent.",
        "Harlow Freight said it had delivered every load under the contract."), PUBLISHED)
    first, second = (features(c, s, ctx) for c, s, ctx in placed)
    assert first.get("deed_of_accused") and first.get("rule_alleged")
    assert second.get("speaks_for_accused") and second.get("rule_reported")
