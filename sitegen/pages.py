"""The model as pages: each page's URL and template (`plan_pages`, cheap) and its
context (`make_page`, one page at a time). No I/O.

Every URL is decided here (via sitegen.links). Each page is independent of the others:
rendering is a pure function of (template, context), and a context is a pure function
of the content and `Shared`, so pages can be built and rendered in any order, in
parallel, or not at all when nothing they read has changed (sitegen.incremental).
"""

from __future__ import annotations

import operator
import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from collections.abc import Set as AbstractSet
from dataclasses import dataclass
from typing import Any

from sitegen import links as urls
from sitegen.article import Block
from sitegen.citing import cited, layout, mentioned_actors
from sitegen.jsonld import actor_ld, event_ld, plain, quote_ld, source_ld
from sitegen.links import Links
from sitegen.model import (
    ACTOR_TYPES,
    STATUSES,
    Claim,
    Content,
    event_order,
)
from sitegen.page_groups import (
    TYPE_LABELS,
    by_name,
    by_year,
    claim_sections,
    relation_label,
)
from sitegen.page_reads import RecordKeys, actor_refs, record_keys, record_keys_of
from sitegen.tracking import Views

_KINDS = ("sources", "actors", "claims", "quotes", "events")
KEY_CLAIMS_MAX = 8


@dataclass(frozen=True, kw_only=True)
class Page:
    """One output file: where it goes, which template draws it, and what it shows."""

    url: str  # path under the output folder, e.g. "actors/mandiant/index.html"
    template: str
    context: Mapping[str, Any]
    reads: AbstractSet[str]  # "kind/id" of every record the page shows (bookkeeping)


@dataclass(frozen=True, kw_only=True)
class Plan:
    """A page before its context is built: its URL, and which page of which record it is.

    Planning every page is cheap; building a context is not. A rebuild builds only the
    contexts of the pages whose inputs changed (sitegen.incremental)."""

    url: str
    template: str
    kind: str  # the _PageMaker method that builds it
    key: str | None = None  # the source or actor the page shows


@dataclass(frozen=True, kw_only=True)
class Shared:
    """What pages draw on that depends on many records at once, worked out once a build:
    each source text laid out with its cited passages and the actors it names."""

    base_url: str  # %-encoded
    blocks: Mapping[str, tuple[Block, ...]]  # source id -> its text, laid out
    passages: Mapping[str, frozenset[str]]  # source id -> passage ids on its text page
    mentioned: Mapping[str, frozenset[str]]  # source id -> ids of the actors its text names


def shared_inputs(content: Content, base_url: str) -> Shared:
    """Lay out every source text (its marks depend on every citation and actor name)."""
    texts = {sid: layout(content, sid) for sid in sorted(content.texts)
             if sid in content.sources}
    return Shared(base_url=urls.encode_url(base_url),
                  blocks={sid: blocks for sid, (blocks, _) in texts.items()},
                  passages={sid: placed for sid, (_, placed) in texts.items()},
                  mentioned={sid: mentioned_actors(blocks) for sid, (blocks, _) in texts.items()})


def plan_pages(content: Content) -> list[Plan]:
    """Every page of the site, the sitemap and robots.txt, in a stable order."""
    flat = content.site is not None and content.site.flat
    plans = [Plan(url=urls.HOME, template="home.html", kind="home")]
    plans += [Plan(url=urls.text_url(sid, flat), template="article.html", kind="text", key=sid)
              for sid in sorted(content.texts) if sid in content.sources]
    plans.append(Plan(url=urls.ACTORS, template="actors.html", kind="actor_index"))
    plans += [Plan(url=urls.actor_url(aid, flat), template="actor.html", kind="actor", key=aid)
              for aid in sorted(content.actors)]
    plans += [Plan(url=url, template=template, kind=kind) for url, template, kind in (
        (urls.TIMELINE, "timeline.html", "timeline"), (urls.QUOTES, "quotes.html", "quotes"),
        (urls.CLAIMS, "claims.html", "claims"), (urls.SOURCES, "sources.html", "sources"),
        (urls.NOT_FOUND, "404.html", "not_found"), ("sitemap.xml", "sitemap.xml", "sitemap"),
        ("robots.txt", "robots.txt", "robots"))]
    return plans


def make_page(content: Content, shared: Shared, plan: Plan, memo: Any = None) -> Page:
    """Build one planned page's context. memo: a sitegen.cards.CardMemo that keeps each
    record's part of an index page's JSON-LD between builds (None: work each out)."""
    maker = getattr(_PageMaker(content, shared, memo), plan.kind)
    return maker() if plan.key is None else maker(plan.key)


def build_pages(content: Content, base_url: str) -> list[Page]:
    """Return every page of the site, the sitemap and robots.txt, in a stable order."""
    shared = shared_inputs(content, base_url)
    return [make_page(content, shared, plan) for plan in plan_pages(content)]


class _PageMaker:
    """Builds each page's context; holds what all pages share (content, base URL)."""

    def __init__(self, content: Content, shared: Shared, memo: Any = None) -> None:
        site = content.site
        if site is None:  # only content with problems lacks it; build checks first
            raise ValueError("cannot build pages without site.yaml")
        self.content, self.site, self.shared, self.memo = content, site, shared, memo
        self.base_url, self.passages = shared.base_url, shared.passages
        self.flat = site.flat

    def page(self, url: str, template: str, *, title: str, description: str,
             reads: Iterable[str], jsonld: Mapping[str, Any], og_type: str = "website",
             root: str | None = None, **context: Any) -> Page:
        """Assemble a page with the context every template gets (see base.html)."""
        site = self.site
        full_title = title if title == site.title else f"{title} · {site.title}"
        canonical = urls.absolute(self.base_url, url)
        reads = reads.plus("site") if isinstance(reads, RecordKeys) else frozenset({"site", *reads})
        return Page(url=url, template=template, reads=reads, context={
            "site": site, "content": self.content,
            "links": Links(url, self.passages, root, self.flat),
            "page_title": title, "full_title": full_title,
            "description": plain(description), "canonical": canonical,
            "og_type": og_type,
            "jsonld": {"@context": "https://schema.org", **jsonld, "url": canonical},
            **context})

    def home(self) -> Page:
        c = self.content
        site = self.site
        lead = c.sources[site.lead_source]
        key = sorted((cl for cl in c.claims.values() if not cl.responds_to), key=self._weight)
        return self.page(
            urls.HOME, "home.html", title=site.title,
            description=site.description or f"An explainer built on {lead.title}",
            reads=record_keys_of(c, *_KINDS),  # key claims, and counts of every kind
            jsonld={"@type": "WebSite", "name": site.title},
            lead=lead, key_claims=key[:KEY_CLAIMS_MAX], claim_count=len(c.claims))

    def _ld_all(self, describe: Callable[[Content, Any], dict], records: Sequence[Any]
                ) -> list[dict]:
        """Each record's JSON-LD, in order, kept between builds as one list if it can be."""
        if self.memo is None:
            return [describe(self.content, record) for record in records]
        return self.memo.data_all(describe, records)

    def _ordered(self, name: str, arrange: Callable[[Content], list]) -> Sequence[Any]:
        """arrange(content): records in a page's order, kept between builds if it can be
        (then as Views)."""
        return arrange(self.content) if self.memo is None else self.memo.order(name, arrange)

    def _sorted_by(self, name: str, kind: str, key: Callable[[Any], Any]) -> list[tuple[Any, Any]]:
        """(key(record), record) for every record of a kind, sorted by key (unique, and
        reading nothing but the record), kept between builds per record if it can be;
        with a memo the records are raw: hand them to a template through _views."""
        if self.memo is None:
            return sorted([(key(r), r) for r in self.content.records(kind).values()],
                          key=operator.itemgetter(0))
        return self.memo.sorted_by(name, kind, key)

    def _views(self, records: list) -> Sequence[Any]:
        """Records _sorted_by gave, as the template gets them: views (seen as looked at)."""
        return records if self.memo is None else Views(records, self.memo.reads)

    def _weight(self, claim: Claim) -> tuple:
        """Contested claims first (a denial beside them), then by status, then by id."""
        return (-len(self.content.responses.get(claim.id, ())),
                STATUSES.index(claim.status), claim.id)

    def text(self, source_id: str) -> Page:
        source, blocks = self.content.sources[source_id], self.shared.blocks[source_id]
        return self.page(
            urls.text_url(source.id, self.flat), "article.html", title=source.title,
            description=f"The text of {source.title}, with every passage the site cites marked",
            reads=record_keys_of(self.content, *_KINDS),  # every record's citations place the marks
            jsonld=source_ld(self.content, source), og_type="article",
            source=source, blocks=blocks)

    def actor_index(self) -> Page:
        c = self.content
        by_type: dict[str, list] = {}  # one pass: each read is tracked, 10,000s of actors
        for (_, _, kind), a in self._sorted_by("actor_index", "actors", by_name):
            by_type.setdefault(kind, []).append(a)
        groups = [(TYPE_LABELS.get(t, t.capitalize()), t, self._views(by_type.get(t, [])))
                  for t in (*ACTOR_TYPES, *sorted(by_type.keys() - set(ACTOR_TYPES)))]
        return self.page(
            urls.ACTORS, "actors.html", title="Who is who",
            description=f"The {len(c.actors)} people, organisations and governments in the story",
            reads=record_keys_of(c, "actors"),
            jsonld={"@type": "CollectionPage", "name": "Who is who"},
            groups=[group for group in groups if group[2]])

    def actor(self, aid: str) -> Page:
        c, mentioned = self.content, self.shared.mentioned
        actor = c.actors[aid]
        outgoing = [(relation_label(r.kind), c.actors[r.to], r) for r in actor.relations
                    if r.to in c.actors]
        incoming = [(relation_label(r.kind, incoming=True), other, r)
                    for other, r in c.relations_to.get(aid, ())]
        events = c.events_by_actor.get(aid, ())
        claims_by, claims_about = c.claims_by_claimant.get(aid, ()), c.claims_about.get(aid, ())
        quotes = c.quotes_by_speaker.get(aid, ())
        quotes_about = tuple(q for q in c.quotes_about.get(aid, ()) if q.speaker != aid)
        records: list[Any] = [*events, *claims_by, *claims_about, *quotes, *quotes_about]
        cited = {cit.source for r in records for cit in r.citations}
        sources = [s for s in _sorted(c.sources) if s.id in cited or aid in mentioned.get(s.id, ())
                   or s.publisher == aid or aid in s.authors]
        responses = [r for cl in (*claims_by, *claims_about) for r in c.responses.get(cl.id, ())]
        shown_by, shown_about = claim_sections(claims_by, claims_about)
        # names of linked actors, titles of cited sources, mentions in source texts (which
        # depend on every actor's names: "actors/*", not each key, or reads grow as N^2)
        linked = {aid, *(a.id for _, a, _ in outgoing + incoming),
                  *(ref for r in [*records, *responses] for ref in actor_refs(r))}
        reads = {*record_keys([*records, *responses]), *(f"actors/{a}" for a in linked),
                 *record_keys_of(c, "sources"), *(("actors/*",) if mentioned else ())}
        return self.page(
            urls.actor_url(aid, self.flat), "actor.html", title=actor.name,
            description=actor.summary or f"{actor.name} in {self.site.title}", reads=reads,
            jsonld=actor_ld(actor), og_type="profile" if actor.type == "person" else "website",
            actor=actor, outgoing=outgoing, incoming=incoming,
            sanctions_on=[e for e in events if e.kind == "sanction" and aid in e.targets],
            sanctions_by=[e for e in events if e.kind == "sanction" and e.by == aid],
            events=events, quotes=quotes, quotes_about=quotes_about,
            claims_by=shown_by, claims_about=shown_about,
            sources=sources)

    def timeline(self) -> Page:
        c = self.content
        events = self._ordered("timeline", lambda c: sorted(c.events.values(), key=event_order))
        # kept like the order: a rename does not look at every event's kind again
        sanctions = [e for e in events if e.kind == "sanction"] if self.memo is None else \
            self._ordered("sanctions", lambda c: [e for e in sorted(c.events.values(),
                                                                     key=event_order)
                                                   if e.kind == "sanction"])
        return self.page(
            urls.TIMELINE, "timeline.html", title="Timeline",
            description=f"{len(events)} dated events, sanctions set apart, each with its source",
            reads=record_keys_of(c, "events", "actors"),
            jsonld={"@type": "ItemList", "name": "Timeline",
                    "itemListElement": self._ld_all(event_ld, events)},
            events=events, years=by_year(events), sanctions=sanctions)

    def quotes(self) -> Page:
        c = self.content
        speakers = sorted(c.quotes_by_speaker, key=lambda a: (c.actors[a].name.lower(), a))
        groups = [(c.actors[a], sorted(c.quotes_by_speaker[a], key=lambda q: q.id))
                  for a in speakers]
        return self.page(
            urls.QUOTES, "quotes.html", title="Who said what",
            description=f"{len(c.quotes)} quotes, each with its speaker and its passage",
            reads=record_keys_of(c, "quotes", "actors", "sources"),
            jsonld={"@type": "ItemList", "name": "Who said what", "itemListElement":
                    self._ld_all(quote_ld, [q for _, qs in groups for q in qs])},
            groups=groups)

    def claims(self) -> Page:
        c = self.content
        groups = [(s, [cl for cl in _sorted(c.claims) if cl.status == s]) for s in STATUSES]
        return self.page(
            urls.CLAIMS, "claims.html", title="Claims",
            description=f"{len(c.claims)} claims grouped by how established they are",
            reads=record_keys_of(c, "claims", "actors", "sources"),
            jsonld={"@type": "CollectionPage", "name": "Claims"},
            groups=[(s, cls) for s, cls in groups if cls])

    def sources(self) -> Page:
        c = self.content
        return self.page(
            urls.SOURCES, "sources.html", title="Sources",
            description=f"The {len(c.sources)} documents this site draws on and what it cites",
            reads=record_keys_of(c, *_KINDS),
            jsonld={"@type": "CollectionPage", "name": "Sources"},
            sources=[(s, cited(c, s.id)) for s in _sorted(c.sources)])

    def not_found(self) -> Page:
        return self.page(urls.NOT_FOUND, "404.html", title="Page not found",
                         description="This page does not exist", reads={"site"},
                         jsonld={"@type": "WebPage", "name": "Page not found"},
                         root=_base_path(self.base_url))

    def sitemap(self) -> Page:
        html = [urls.absolute(self.base_url, p.url) for p in plan_pages(self.content)
                if p.url.endswith(".html") and p.url != urls.NOT_FOUND]
        return Page(url="sitemap.xml", template="sitemap.xml", reads=frozenset({"site"}),
                    context={"locations": sorted(html)})

    def robots(self) -> Page:
        sitemap = urls.absolute(self.base_url, "sitemap.xml")
        return Page(url="robots.txt", template="robots.txt", reads=frozenset({"site"}),
                    context={"sitemap": sitemap if "://" in sitemap else None})


def _sorted(records: Mapping[str, Any]) -> list[Any]:
    return [records[k] for k in sorted(records)]


def _base_path(base_url: str) -> str:
    """The path part of base_url, for the 404 page (served at any depth)."""
    path = re.sub(r"^[a-z][a-z0-9+.-]*://[^/]*", "", base_url, flags=re.I) or "/"
    return path if path.endswith("/") else path + "/"
