"""The shipped content/ for the seed article: it loads, checks clean and keeps its promises.

These tests read the curated records themselves (not the extractor's output), so a
careless edit to content/ fails here before it reaches the published site.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, Iterator

import pytest
import yaml

from sitegen.text import contains_verbatim, fold

REPO = Path(__file__).resolve().parent.parent
CONTENT = REPO / "content"
# The trailing advertisement of the seed article: not article text, so in no record.
ADVERT = ("A Step-By-Step System To Launching Your Web3 Career and Landing "
          "High-Paying Crypto Jobs in 90 Days.")
SEK_FORMS = ("April 26 Animation Studio", "Sek Studio", "Sek Studios", "Set Studios")


def records(kind: str) -> dict[str, dict[str, Any]]:
    """Every record of one folder, by id, read with the safe loader."""
    return {path.stem: yaml.safe_load(path.read_text(encoding="utf-8"))
            for path in sorted((CONTENT / kind).glob("*.yaml"))}


def citations(value: Any) -> Iterator[dict[str, Any]]:
    """Every citation anywhere in a record, actor relations included."""
    if isinstance(value, dict):
        if "excerpt" in value:
            yield value
        for item in value.values():
            yield from citations(item)
    elif isinstance(value, list):
        for item in value:
            yield from citations(item)


def source_texts() -> dict[str, str]:
    """Source id -> text, for the sources that have a text file."""
    return {sid: (REPO / src["text"]).read_text(encoding="utf-8")
            for sid, src in records("sources").items() if "text" in src}


def name_owners() -> dict[str, set[str]]:
    """Folded name or alias -> the ids of the actors that use it."""
    owners: dict[str, set[str]] = {}
    for aid, actor in records("actors").items():
        for name in [actor["name"], *actor.get("aliases", [])]:
            owners.setdefault(fold(name).casefold(), set()).add(aid)
    return owners


def test_content_loads_and_passes_strict_check() -> None:
    from sitegen.check import check_content
    from sitegen.load import load_content

    content = load_content(CONTENT)
    assert [str(p) for p in check_content(content, strict=True)] == []
    assert content.site.lead_source in content.texts


@pytest.mark.parametrize("kind", ["actors", "claims", "quotes", "events"])
def test_every_excerpt_is_verbatim_in_its_source(kind: str) -> None:
    texts = source_texts()
    cited = [(rid, c) for rid, rec in records(kind).items() for c in citations(rec)]
    assert cited, f"no citations in {kind}/"
    missing = [(rid, c["excerpt"]) for rid, c in cited
               if c["source"] in texts and not contains_verbatim(texts[c["source"]], c["excerpt"])]
    assert missing == []


def test_every_quote_text_is_verbatim_in_each_cited_source() -> None:
    texts = source_texts()
    quotes = records("quotes")
    assert quotes
    for qid, quote in quotes.items():
        cited = {c["source"] for c in quote["citations"]} & texts.keys()
        assert cited, f"quote {qid} cites no source with text"
        for sid in cited:
            assert contains_verbatim(texts[sid], quote["text"]), (qid, sid)


def test_every_cue_occurs_in_its_claims_excerpts() -> None:
    for cid, claim in records("claims").items():
        excerpts = " ".join(fold(c["excerpt"]).casefold() for c in claim["citations"])
        for cue in claim.get("cues", []):
            assert fold(cue).casefold() in excerpts, (cid, cue)


def test_advertisement_appears_in_no_content_file() -> None:
    assert ADVERT in (REPO / "seeds" / "north-korean-animators.txt").read_text(encoding="utf-8")
    words = fold(ADVERT).casefold().split()
    # Any run of four words would betray a copied fragment, not just the whole line.
    shingles = {" ".join(words[i:i + 4]) for i in range(len(words) - 3)}
    files = sorted(CONTENT.rglob("*.yaml"))
    assert files
    for path in files:
        text = fold(path.read_text(encoding="utf-8")).casefold()
        assert not [s for s in shingles if s in text], path
        assert "web3" not in text, path


def test_sek_studio_forms_are_one_actor() -> None:
    owners = name_owners()
    ids = set().union(*(owners.get(fold(form).casefold(), set()) for form in SEK_FORMS))
    assert len(ids) == 1
    assert all(fold(form).casefold() in owners for form in SEK_FORMS)


def test_no_name_or_alias_is_shared_by_two_actors() -> None:
    shared = {name: ids for name, ids in name_owners().items() if len(ids) > 1}
    assert shared == {}


def test_each_sanction_event_has_by_and_targets() -> None:
    actors = records("actors")
    sanctions = {eid: e for eid, e in records("events").items() if e["kind"] == "sanction"}
    assert len(sanctions) >= 2  # the 2016 sanction of SEK and the 2022 one on Chinese studios
    for eid, event in sanctions.items():
        assert event.get("by") in actors, eid
        assert event.get("targets"), eid
        assert set(event["targets"]) <= actors.keys(), eid


def test_denials_answer_an_allegation() -> None:
    claims = records("claims")
    denials = {cid: c for cid, c in claims.items() if c["status"] in ("denied", "disputed")}
    assert denials
    for cid, claim in denials.items():
        assert claims[claim["responds_to"]]["status"] == "alleged", cid
    assert all("responds_to" not in c for cid, c in claims.items() if cid not in denials)


def test_no_event_is_dated_after_the_lead_source() -> None:
    sources = records("sources")
    site = yaml.safe_load((CONTENT / "site.yaml").read_text(encoding="utf-8"))
    published = str(sources[site["lead_source"]]["published"])
    for eid, event in records("events").items():
        date = str(event["date"])
        assert date <= published[:len(date)], eid
