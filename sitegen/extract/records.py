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
from sitegen.extract.quote_spans import DraftQuote
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
    b = _Builder(d, existing, report)
    if d.publisher in b.ids:
        d.source["publisher"] = b.ids[d.publisher]
        d.source["review"] = d.source.pop("review")  # keep `review` last
    if not existing.has("sources", d.source_id):
        b.out["sources"][d.source_id] = d.source
    else:
        report.already += 1
    b.actors()
    b.quotes()
    b.claims()
    b.events()
    return b.out


class _Builder:
    """Builds one kind of record at a time; shares ids, the citation check and the output."""

    def __init__(self, d: Drafts, existing: Existing, report: Report) -> None:
        self.d, self.existing, self.report = d, existing, report
        self.out: dict[str, dict[str, dict]] = {k: {} for k in KINDS}
        self.ids = _actor_ids(d.cast, existing, report)
        self.folded_article = fold(
            d.article_text
        )  # folded once: excerpts are checked by the hundred

    def verbatim(self, text: str) -> bool:
        folded = fold(text)
        return bool(folded) and folded in self.folded_article

    def cite(self, excerpt: str) -> list[dict] | None:
        if not excerpt or not self.verbatim(excerpt):
            return None
        return [{"source": self.d.source_id, "excerpt": excerpt}]

    def refs(self, keys) -> list[str]:  # noqa: ANN001 - any iterable of actor keys
        return list(dict.fromkeys(self.ids[k] for k in keys if k in self.ids))

    def actors(self) -> None:
        for key, actor in self.d.cast.actors.items():
            rid = self.ids[key]
            if self.existing.has("actors", rid):
                continue
            rec: dict = {"name": actor.name, "type": actor.type}
            if actor.aliases:
                rec["aliases"] = list(actor.aliases)
            if actor.country:
                rec["country"] = actor.country
            rels = []
            for kind, to, excerpt in actor.relations:
                c = self.cite(excerpt)
                if c and to in self.ids and self.ids[to] != rid:
                    rels.append({"to": self.ids[to], "kind": kind, "citations": c})
            if rels:
                rec["relations"] = rels
            rec["review"] = DRAFT
            self.out["actors"][rid] = rec

    def quotes(self) -> None:
        for q in self.d.quotes:
            c = self.cite(q.excerpt) or self.cite(q.text)
            if q.speaker not in self.ids or not c or not self.verbatim(q.text):
                self.report.left_out.append(f"quote {q.text[:50]!r}: not verbatim or no speaker")
                continue
            if self.existing.same_text("quotes", "text", q.text):
                self.report.already += 1
                continue
            words = " ".join(q.text.split()[:6])
            rid = self._free(slug(f"{_short_name(self.d.cast, q.speaker)} {words}"), "quotes")
            rec = {"text": q.text, "speaker": self.ids[q.speaker]}
            if q.speaker_title:
                rec["speaker_title"] = q.speaker_title
            if q.via in self.ids:
                rec["via"] = self.ids[q.via]
            if q.about:
                rec["about"] = self.refs(q.about)
            rec["citations"] = c
            rec["review"] = DRAFT
            self.out["quotes"][rid] = rec

    def claims(self) -> None:
        claim_ids: list[str | None] = []  # by position, for responds_to
        for cl in self.d.claims:
            c = self.cite(cl.excerpt)
            covered = self.existing.covering("claims", cl.excerpt) if c else None
            if not c or covered:
                if not c:
                    self.report.left_out.append(
                        f"claim {cl.excerpt[:50]!r}: excerpt not verbatim in the article"
                    )
                else:
                    self.report.already += 1
                claim_ids.append(covered)
                continue
            rid = self._free(slug(" ".join(cl.text.split()[:8])), "claims")
            rec = {"text": cl.text, "status": cl.status}
            if cl.claimant in self.ids:
                rec["claimant"] = self.ids[cl.claimant]
            if self.refs(cl.about):
                rec["about"] = self.refs(cl.about)
            if cl.cues:
                rec["cues"] = list(cl.cues)
            answered = (
                claim_ids[cl.responds_to]
                if cl.responds_to is not None and cl.responds_to < len(claim_ids)
                else None
            )
            if answered:
                rec["responds_to"] = answered
            rec["citations"] = c
            rec["review"] = DRAFT
            self.out["claims"][rid] = rec
            claim_ids.append(rid)

    def events(self) -> None:
        for ev in self.d.events:
            c = self.cite(ev.excerpt)
            if not c:
                self.report.left_out.append(
                    f"event {ev.title[:50]!r}: excerpt not verbatim in the article"
                )
                continue
            if self.existing.covering("events", ev.excerpt, date=ev.date):
                self.report.already += 1
                continue
            rid = self._free(slug(f"{ev.date[:4]} {ev.title}"), "events")
            rec = {"date": ev.date, "title": ev.title, "kind": ev.kind}
            if self.refs(ev.actors):
                rec["actors"] = self.refs(ev.actors)
            if ev.by in self.ids:
                rec["by"] = self.ids[ev.by]
            if self.refs(ev.targets):
                rec["targets"] = self.refs(ev.targets)
            rec["citations"] = c
            rec["review"] = DRAFT
            self.out["events"][rid] = rec

    def _free(self, base: str, kind: str) -> str:
        return _free(base, self.out[kind], self.existing, kind)


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
