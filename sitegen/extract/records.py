"""Turn the stages' drafts into content-model records with ids. No I/O.

Ids are stable (derived from names and words, never from counters over the whole
article where avoidable), so a second run finds the same records and changes nothing.
Existing actors are linked by name or alias; what extract would add to them is a suggestion.
"""

from __future__ import annotations

from dataclasses import dataclass

from sitegen.extract.actors import Cast
from sitegen.extract.existing import Existing
from sitegen.extract.normalize import name_key, slug
from sitegen.extract.quotes import DraftQuote
from sitegen.extract.report import KINDS, Report
from sitegen.extract.types import DraftClaim, DraftEvent
from sitegen.text import fold

DRAFT = "draft"


@dataclass
class Drafts:
    source_id: str
    source: dict
    cast: Cast
    quotes: list[DraftQuote]
    claims: list[DraftClaim]
    events: list[DraftEvent]
    article_text: str
    publisher: str | None = None  # actor key of the outlet (--publisher)


def build_records(d: Drafts, existing: Existing, report: Report) -> dict[str, dict[str, dict]]:
    """All records to write, by kind and id; existing records are never among them."""
    out: dict[str, dict[str, dict]] = {k: {} for k in KINDS}
    ids = _actor_ids(d.cast, existing, report)
    if d.publisher in ids:
        d.source["publisher"] = ids[d.publisher]
        d.source["review"] = d.source.pop("review")  # keep `review` last
    if not existing.has("sources", d.source_id):
        out["sources"][d.source_id] = d.source
    else:
        report.already += 1

    folded_article = fold(d.article_text)  # folded once: excerpts are checked by the hundred

    def verbatim(text: str) -> bool:
        folded = fold(text)
        return bool(folded) and folded in folded_article

    def cite(excerpt: str) -> list[dict] | None:
        if not excerpt or not verbatim(excerpt):
            return None
        return [{"source": d.source_id, "excerpt": excerpt}]

    def refs(keys) -> list[str]:
        return list(dict.fromkeys(ids[k] for k in keys if k in ids))

    used = {k for q in d.quotes for k in (q.speaker, q.via, *q.about)}
    used |= {k for c in d.claims for k in (c.claimant, *c.about)}
    used |= {k for e in d.events for k in (*e.actors, e.by, *e.targets)}
    for key, actor in d.cast.actors.items():
        rid = ids[key]
        if existing.has("actors", rid):
            continue
        rec: dict = {"name": actor.name, "type": actor.type}
        if actor.aliases:
            rec["aliases"] = list(actor.aliases)
        if actor.country:
            rec["country"] = actor.country
        rels = []
        for kind, to, excerpt in actor.relations:
            c = cite(excerpt)
            if c and to in ids and ids[to] != rid:
                rels.append({"to": ids[to], "kind": kind, "citations": c})
        if rels:
            rec["relations"] = rels
        rec["review"] = DRAFT
        out["actors"][rid] = rec
    del used

    for q in d.quotes:
        c = cite(q.excerpt) or cite(q.text)
        if q.speaker not in ids or not c or not verbatim(q.text):
            report.left_out.append(f"quote {q.text[:50]!r}: not verbatim or no speaker")
            continue
        if existing.same_text("quotes", "text", q.text):
            report.already += 1
            continue
        rid = _free(
            slug(f"{_short_name(d.cast, q.speaker)} {' '.join(q.text.split()[:6])}"),
            out["quotes"],
            existing,
            "quotes",
        )
        rec = {"text": q.text, "speaker": ids[q.speaker]}
        if q.speaker_title:
            rec["speaker_title"] = q.speaker_title
        if q.via in ids:
            rec["via"] = ids[q.via]
        if q.about:
            rec["about"] = refs(q.about)
        rec["citations"] = c
        rec["review"] = DRAFT
        out["quotes"][rid] = rec

    claim_ids: list[str | None] = []
    for cl in d.claims:
        c = cite(cl.excerpt)
        if not c:
            report.left_out.append(
                f"claim {cl.excerpt[:50]!r}: excerpt not verbatim in the article"
            )
            claim_ids.append(None)
            continue
        covered = existing.covering("claims", cl.excerpt)
        if covered:
            report.already += 1
            claim_ids.append(covered)
            continue
        rid = _free(slug(" ".join(cl.text.split()[:8])), out["claims"], existing, "claims")
        rec = {"text": cl.text, "status": cl.status}
        if cl.claimant in ids:
            rec["claimant"] = ids[cl.claimant]
        if cl.about and refs(cl.about):
            rec["about"] = refs(cl.about)
        if cl.cues:
            rec["cues"] = list(cl.cues)
        if (
            cl.responds_to is not None
            and cl.responds_to < len(claim_ids)
            and claim_ids[cl.responds_to]
        ):
            rec["responds_to"] = claim_ids[cl.responds_to]
        rec["citations"] = c
        rec["review"] = DRAFT
        out["claims"][rid] = rec
        claim_ids.append(rid)

    for ev in d.events:
        c = cite(ev.excerpt)
        if not c:
            report.left_out.append(f"event {ev.title[:50]!r}: excerpt not verbatim in the article")
            continue
        if existing.covering("events", ev.excerpt, date=ev.date):
            report.already += 1
            continue
        rid = _free(slug(f"{ev.date[:4]} {ev.title}"), out["events"], existing, "events")
        rec = {"date": ev.date, "title": ev.title, "kind": ev.kind}
        if refs(ev.actors):
            rec["actors"] = refs(ev.actors)
        if ev.by in ids:
            rec["by"] = ids[ev.by]
        if refs(ev.targets):
            rec["targets"] = refs(ev.targets)
        rec["citations"] = c
        rec["review"] = DRAFT
        out["events"][rid] = rec
    return out


def _short_name(cast: Cast, key: str) -> str:
    """'raman' for Priya Raman; for unnamed speakers and bodies, the start of the id."""
    actor = cast.actors[key]
    if actor.type == "person" and not actor.name.startswith("Unnamed"):
        return actor.name.split()[-1]
    return "-".join(key.split("-")[:3])


def _free(base: str, taken: dict, existing: Existing, kind: str) -> str:
    base = base[:70].strip("-") or kind[:-1]
    rid, n = base, 2
    while rid in taken or existing.has(kind, rid):
        rid, n = f"{base}-{n}", n + 1
    return rid


def _actor_ids(cast: Cast, existing: Existing, report: Report) -> dict[str, str]:
    """Draft actor key -> record id: an existing actor with one of its names, else a free id."""
    ids: dict[str, str] = {}
    taken: set[str] = set()
    for key, actor in cast.actors.items():
        match = None
        for n in (actor.name, *actor.aliases):
            match = existing.actor_by_name(n)
            if match:
                break
        if match:
            ids[key] = match
            report.linked.append(f"{actor.name} -> {match}")
            known = existing.records["actors"][match]
            names = {
                name_key(x)
                for x in [known.get("name"), *(known.get("aliases") or [])]
                if isinstance(x, str)
            }
            new = [a for a in (actor.name, *actor.aliases) if name_key(a) not in names]
            if new:
                report.suggestions.append(
                    f"actors/{match}.yaml: add aliases {', '.join(map(repr, new))}"
                )
            continue
        rid, n = key, 2
        while rid in taken or existing.has("actors", rid):
            rid, n = f"{key}-{n}", n + 1
        ids[key] = rid
        taken.add(rid)
    for key, actor in cast.actors.items():
        known = existing.records["actors"].get(ids[key])
        if known is None:
            continue
        stated = {
            (r.get("kind"), r.get("to"))
            for r in known.get("relations") or []
            if isinstance(r, dict)
        }
        for kind, to, _ in actor.relations:
            if to in ids and (kind, ids[to]) not in stated:
                report.suggestions.append(
                    f"actors/{ids[key]}.yaml: add relation {kind} -> {ids[to]}"
                )
    return ids
