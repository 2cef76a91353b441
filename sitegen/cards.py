"""Index pages as lists of per-record cards, each card's HTML kept between builds.

An index page (every actor, quote, event, claim) shows one card per record; an edit
changes one card or two. A template draws a card with `card(draw, record, ...)` (or a
list of them with `cards(draw, records, ...)`): during an incremental build each card
is drawn against its own read log and kept with the reads it made, and the next
rendering of that page reuses it while none of those reads changed. The page's reads
still include every card's, so the page is rendered again when a card changes.

Only sitegen's own card functions (sitegen.fragments, and `actor_item_html` here) are
kept: they read nothing but the record, `content` and `links` handed to them. Anything
else (a macro of a site's own _macros.html) is drawn every time, as it would be without
`card`. Outside an incremental build (no `card_memo` in the page's context) `card` just
draws. No I/O.
"""

from __future__ import annotations

from array import array
from collections.abc import Callable, Iterable, Mapping, Set
from dataclasses import dataclass
from typing import Any

import jinja2
from jinja2.runtime import Context
from markupsafe import Markup

from sitegen import fragments
from sitegen.links import Links
from sitegen.model import Content
from sitegen.tracking import KIND_OF, Read, RecordView, TrackedContent, TrackedMap, Views, view


@dataclass(slots=True, eq=False)
class Card:
    value: Any  # HTML (a card), JSON-LD data (CardMemo.data_all), (HTML, its cards) (a group)
    reads: frozenset[Read]
    numbers: array | None = None  # reads as numbers in the build's index, once known


CardKey = tuple  # (function's name, record kind, record id, options); a group's: see draw_all


class CardMemo:
    """The cards of one page: the ones kept from its last rendering, reused while their
    reads are not among the reads this build changed, and the ones this rendering used."""

    def __init__(self, kept: Mapping[CardKey, Card] | None, changed: Set[Read],
                 reads: set[Read], content: Content, passages: Mapping[str, Any]) -> None:
        self.kept, self.changed, self.reads = kept or {}, changed, reads
        self.content, self.passages = content, passages
        self.used: dict[CardKey, Card] = {}  # what the next rendering may reuse
        self.shown: list[Card] = []  # the cards whose reads are the page's (see numbered)
        self._fields: dict[tuple[str, ...], tuple[str, ...]] = {}  # one tuple each (sorted_by)

    def draw(self, draw: Any, links: Links, record: Any, options: dict[str, Any]) -> Markup:
        """draw(context, record, **options), a card function of sitegen's."""
        return self._use(*self._card(self._drawing(draw, links, options), record))

    def draw_all(self, draw: Any, links: Links, records: Iterable[Any],
                 options: dict[str, Any], item: str) -> Markup:
        """The cards of several records (a speaker's quotes, a year's events), each put in
        `item`, joined and kept as one while none of their reads changed: a kept page
        then joins a few hundred strings, not one per record."""
        raws = (records.raws if isinstance(records, Views)
                else [getattr(record, "_record", record) for record in records])
        key = ("+" + draw.__name__, tuple([(KIND_OF[type(r)], r.id) for r in raws]),
               tuple(sorted(options.items())), item)
        group = self.kept.get(key)
        if group is None or not group.reads.isdisjoint(self.changed):
            drawing = self._drawing(draw, links, options)
            inner = dict(self._card(drawing, raw) for raw in raws)
            html = Markup("".join([item.format(card.value) for card in inner.values()]))
            group = Card((html, inner), frozenset().union(*[c.reads for c in inner.values()]))
        self.used.update(group.value[1])  # its cards, for when the group is drawn again
        return self._use(key, group)[0]

    def data_all(self, describe: Any, records: Iterable[Any]) -> list[Any]:
        """describe(content, record) of each record, kept as one list while none of their
        reads changed (an index page's JSON-LD: one look-up, not one per record)."""
        raws = (records.raws if isinstance(records, Views)
                else [getattr(record, "_record", record) for record in records])
        key = ("+" + describe.__name__, tuple([(KIND_OF[type(r)], r.id) for r in raws]))
        group = self.kept.get(key)
        if group is None or not group.reads.isdisjoint(self.changed):
            describing = self._describing(describe)
            inner = dict(self._card(describing, raw) for raw in raws)
            group = Card(([card.value for card in inner.values()], inner),
                         frozenset().union(*[card.reads for card in inner.values()]))
        self.used.update(group.value[1])  # its records' data, for when one of them changes
        return self._use(key, group)[0]

    def _describing(self, describe: Any) -> tuple:
        """What describe(content, record)'s data is kept under, and how it is worked out."""
        return ((describe.__name__, ()),
                lambda reads, view: describe(TrackedContent(self.content, reads), view))

    def order(self, name: str, arrange: Any) -> Views:
        """arrange(content): records in the order a page lists them (by date, by name),
        kept as ids while the reads the ordering made are unchanged; the current records
        in that order, as the page's Views."""
        key: CardKey = ("=" + name,)
        kept = self.kept.get(key)
        if kept is None or not kept.reads.isdisjoint(self.changed):
            reads: set[Read] = set()
            raws = [getattr(r, "_record", r) for r in arrange(TrackedContent(self.content, reads))]
            kept = Card(tuple([(KIND_OF[type(raw)], raw.id) for raw in raws]), frozenset(reads))
        ids = self._use(key, kept)
        records = {kind: self.content.records(kind) for kind in {kind for kind, _ in ids}}
        return Views([records[kind][rid] for kind, rid in ids], self.reads)

    def sorted_by(self, name: str, kind: str, key: Callable[[Any], Any]) -> list[tuple[Any, Any]]:
        """(key(record), record) for every record of a kind, sorted by key (which must be
        unique and read nothing but the record), the records raw: the page hands them to
        its template as `Views`. Each record's key is kept with the fields it read, and
        worked out again only when the record is new or one of its fields changed: a page
        sorting 10,000 actors by name works out one key after a rename."""
        memo_key: CardKey = ("~" + name, kind)
        kept = self.kept.get(memo_key)
        before: Mapping[str, tuple] = kept.value if kept is not None else {}
        dirty = {read[1] for read in self.changed if read[0] == kind}
        records, fields_of = self.content.records(kind), self._fields
        entries: dict[str, tuple[Any, tuple[str, ...]]] = {}
        fresh: set[Read] = set()
        for rid, record in records.items():
            entry = before.get(rid)
            if entry is None or rid in dirty:
                reads: set[Read] = set()
                found = key(view(record, reads))
                fields = tuple(sorted(read[2] for read in reads))
                entry = (found, fields_of.setdefault(fields, fields))
                fresh |= reads
            entries[rid] = entry
        # The fields the keys read, kept as one set: a page after a rename counts the
        # 20,000 reads of 10,000 actors' keys with one call, not 20,000 new tuples.
        all_reads = frozenset(fresh)
        if kept is not None:
            stale = {(kind, rid, f) for rid in dirty | (before.keys() - entries.keys())
                     if rid in before for f in before[rid][1]}
            all_reads = (kept.reads - stale) | all_reads if stale or all_reads else kept.reads
        card = self._use(memo_key, Card(entries, all_reads))
        self.reads.add((kind, None, None))  # which records there are
        ordered = sorted([(entry[0], rid) for rid, entry in card.items()])
        return [(found, records[rid]) for found, rid in ordered]

    def _drawing(self, draw: Any, links: Links, options: dict[str, Any]) -> tuple:
        """What a card of draw(record, **options) is kept under, and how it is drawn."""
        def make(reads: set[Read], record: RecordView) -> Markup:
            context = {"content": TrackedContent(self.content, reads),
                       "links": Links(links.here, TrackedMap("@passages", self.passages, reads),
                                      links.root, links.flat)}
            return draw(context, record, **options)
        return (draw.__name__, tuple(sorted(options.items()))), make

    def _card(self, drawing: tuple, record: Any) -> tuple[CardKey, Card]:
        """The record's kept card if none of its reads changed, else a new one."""
        (name, options), make = drawing
        raw = getattr(record, "_record", record)
        key = (name, KIND_OF[type(raw)], raw.id, options)
        card = self.kept.get(key)
        if card is None or not card.reads.isdisjoint(self.changed):
            reads: set[Read] = set()
            card = Card(make(reads, view(raw, reads)), frozenset(reads))
        return key, card

    def _use(self, key: CardKey, card: Card) -> Any:
        """Count the card's reads as the page's, and keep it for the next rendering."""
        self.shown.append(card)
        self.used[key] = card
        return card.value

    def numbered(self, number: Callable[[Iterable[Read]], array], known: int) -> list[array]:
        """The reads of the cards the page showed, as numbers: number(reads) once per
        card, kept with it when all of them were numbered before this build began (below
        `known`, numbers every worker process shares), so that a kept page's 100,000
        reads are joined arrays, not 100,000 look-ups."""
        found = []
        for card in self.shown:
            numbers = card.numbers
            if numbers is None:
                numbers = number(card.reads)
                if not numbers or max(numbers) < known:
                    card.numbers = numbers
            found.append(numbers)
        return found


@jinja2.pass_context
def actor_item_html(context: Context, actor: Any) -> Markup:
    """An actor's line in the index's list: name linked to its page, badge, aliases."""
    esc = fragments._esc
    aliases = (f' <span class="aliases">(also {esc(", ".join(actor.aliases))})</span>'
               if actor.aliases else "")
    return Markup(f'    <li><a href="{esc(context["links"].actor(actor.id))}">{esc(actor.name)}'
                  f"</a>{fragments.draft_html(actor)}{aliases}</li>\n")



@jinja2.pass_context
def speaker_heading_html(context: Context, speaker: Any) -> Markup:
    """The start of a speaker's section of the quote index: the section, its heading."""
    esc, sid = fragments._esc, fragments._esc(speaker.id)
    return Markup(f'<section aria-labelledby="speaker-{sid}">\n  <h2 id="speaker-{sid}"><a href='
                  f'"{esc(context["links"].actor(speaker.id))}">{esc(speaker.name)}</a>'
                  f"{fragments.draft_html(speaker)}</h2>\n")


@jinja2.pass_context
def sanction_row_html(context: Context, event: Any) -> Markup:
    """A row of the timeline's table of sanctions: when, who sanctioned, whom."""
    esc, link = fragments._esc, fragments.actor_link_html
    by = link(context, event.by) if event.by else "Not named"
    whom = fragments.actor_list_html(context, event.targets) if event.targets else "Not named"
    return Markup(f'      <tr>\n        <td><a href="#event-{esc(event.id)}"><time datetime='
                  f'"{esc(event.date)}">{esc(event.date.display())}</time></a></td>\n'
                  f"        <td>{by}</td>\n        <td>{whom}</td>\n      </tr>\n")


# Card functions whose output depends only on the record, `content` and `links`.
_KEPT = frozenset({fragments.quote_html, fragments.event_html, fragments.claim_html,
                   actor_item_html, speaker_heading_html, sanction_row_html})


@jinja2.pass_context
def card(context: Context, draw: Any, record: Any, **options: Any) -> Markup:
    """draw(record, **options), kept between builds when draw is one of sitegen's cards."""
    memo = context.get("card_memo")
    if memo is None or draw not in _KEPT:
        return context.call(draw, record, **options)
    return memo.draw(draw, context["links"], record, options)


@jinja2.pass_context
def cards(context: Context, draw: Any, records: Iterable[Any], item: str = "{}",
          **options: Any) -> Markup:
    """The cards of several records, each put in `item` ("<li>{}</li>"), one after another."""
    memo = context.get("card_memo")
    if memo is None or draw not in _KEPT:
        return Markup("".join([item.format(context.call(draw, r, **options)) for r in records]))
    return memo.draw_all(draw, context["links"], records, options, item)


@jinja2.pass_context
def speaker_sections(context: Context, draw: Any, groups: Iterable[tuple[Any, Any]],
                     **options: Any) -> Markup:
    """The quote index's sections, one per (speaker, quotes): its heading, then its quotes
    drawn by draw(quote, **options), each part kept as a card; one call, not a loop of
    the template's over thousands of speakers."""
    return Markup("".join([f"{card(context, speaker_heading_html, speaker)}"
                           f"{cards(context, draw, quotes, **options)}</section>\n"
                           for speaker, quotes in groups]))


def globals_for_templates() -> dict[str, Any]:
    return {"card": card, "cards": cards, "actor_item_html": actor_item_html,
            "sanction_row_html": sanction_row_html,
            "speaker_sections": speaker_sections}
