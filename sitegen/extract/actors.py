"""Find the actors of an article: name candidates -> clusters -> typed actors. No I/O.

An actor is kept when the text presents it as a party; a place that only locates something
("based in London") and a country that never acts are left out (annotation conventions).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from sitegen.extract.actor_types import actor_type, has_company_cue
from sitegen.extract.article import Article, quoted_spans, sentence_starts, title_case
from sitegen.extract.clusters import Form, cluster_forms
from sitegen.extract.datelines import dateline_end
from sitegen.extract.evidence import canonical_name, country_of, gender_of, person_evidence
from sitegen.extract.links import find_links
from sitegen.extract.names import find_candidates
from sitegen.extract.normalize import name_key, slug, without_suffix
from sitegen.extract.parties import is_actor
from sitegen.extract.spelled_names import spelled_names
from sitegen.extract.state_bodies import (
    OWNED,
    bodies_with_acronyms,
    committees,
    governments_by_description,
    owned_form,
    unnamed_bodies,
)
from sitegen.extract.stray_names import drop_stray
from sitegen.extract.types import Candidate


@dataclass
class Actor:
    """A drafted actor; `key` is its future record id."""

    key: str
    name: str
    type: str
    aliases: list[str] = field(default_factory=list)
    country: str | None = None
    gender: str = ""  # m, f or unknown
    default_type: bool = False  # no cue decided the type (a guess)
    relations: list[tuple[str, str, str]] = field(default_factory=list)  # (kind, to key, excerpt)
    summary: str | None = None


@dataclass(frozen=True)
class Located:
    """A mention of an actor at a place in a paragraph."""

    paragraph: int
    start: int
    end: int
    key: str


@dataclass
class Cast:
    """Everything the later stages need to know about who is named where."""

    actors: dict[str, Actor]
    mentions: list[Located]  # in text order
    merges: list[str]
    warnings: list[str]
    by_name: dict[str, str]  # name key -> actor key
    # mentions by paragraph, so that a lookup costs the paragraph's mentions, not the article's
    _by_paragraph: dict[int, list[Located]] = field(default_factory=dict, init=False, repr=False)

    def __post_init__(self) -> None:
        for m in self.mentions:
            self._by_paragraph.setdefault(m.paragraph, []).append(m)

    def in_paragraph(self, paragraph: int) -> list[Located]:
        return list(self._by_paragraph.get(paragraph, ()))

    def lookup(self, name: str) -> str | None:
        return self.by_name.get(name_key(name))

    def add(self, name: str, type: str) -> str:
        """Add an actor the later stages found (an outlet, an unnamed speaker)."""
        key = _unique(slug(without_suffix(name)), self.actors)
        self.actors[key] = Actor(key, name, type)
        self.by_name[name_key(name)] = key
        return key

    def relate(self, key: str, kind: str, to: str, excerpt: str) -> None:
        rel = (kind, to, excerpt)
        if to != key and rel not in self.actors[key].relations:
            self.actors[key].relations.append(rel)


def find_actors(article: Article) -> Cast:
    """Collect, cluster, type and filter the names of the article body."""
    candidates: list[Candidate] = []
    texts = {p.index: p.text for p in article.paragraphs}
    common = frozenset(w for p in article.body() for w in re.findall(r"\b[a-z][a-z’'-]+\b", p.text))
    for p in article.body():
        if p.kind == "heading" and title_case(p.text):
            continue  # every word capitalised: names cannot be told from other words
        starts = sentence_starts(p.text) | {dateline_end(p.text)}  # the story opens after it
        for c in find_candidates(p.text, p.index, starts, common):
            if p.kind == "heading" and c.initial and len(c.surface.split()) == 1:
                continue
            candidates.append(c)
    candidates = [
        c
        for c in candidates
        if not _in_short_quote(texts[c.paragraph], c) and c.end > dateline_end(texts[c.paragraph])
    ]
    candidates = drop_stray(candidates, texts)  # 'SAN', 'Dad', 'THE PITCH'

    governments = governments_by_description(article)
    candidates = [c for c in candidates if not any(_overlaps(c, g) for g in governments)]
    works = _work_titles(article)
    # a title's words name the work, not parties ('the report “Debt on the Andaman Coast”')
    candidates = [c for c in candidates if not any(_overlaps(c, w) for w in works)]
    bodies = [b for b in unnamed_bodies(article) if not any(_overlaps(b, g) for g in governments)]
    panels = committees(article, candidates)  # 'the Commons health committee' is one body
    candidates = [c for c in candidates if not any(_overlaps(c, x) for x in panels)]
    spelled = spelled_names(article)  # 'Medicines and Healthcare products Regulatory Agency'
    spelled += bodies_with_acronyms(article)  # 'the national financial prosecutor's office (PNF)'
    by_paragraph: dict[int, list[Candidate]] = {}
    for c in candidates:
        by_paragraph.setdefault(c.paragraph, []).append(c)
    spelled = [  # a name already found whole ('... Registry Pte Ltd (TISR)') stays as found
        (x, a)
        for x, a in spelled
        if not any(c.start <= x.start and c.end >= x.end for c in by_paragraph.get(x.paragraph, []))
    ]
    candidates = [c for c in candidates if not any(_overlaps(c, x) for x, _ in spelled)]
    candidates += works + bodies + governments + panels + [x for x, _ in spelled]
    work_keys = {name_key(c.surface) for c in works}
    forms = _forms(candidates, texts)
    links = find_links(article, candidates)
    links.same += [(x.surface, acronym) for x, acronym in spelled]
    links.same += [
        (OWNED.sub("", g.surface), g.surface) for g in governments if OWNED.search(g.surface)
    ]
    clustering = cluster_forms(list(forms.values()), links)
    actors: dict[str, Actor] = {}
    mentions: list[Located] = []
    by_name: dict[str, str] = {}
    warnings: list[str] = list(clustering.near_duplicates)
    by_key: dict[str, list[Candidate]] = {}
    for c in candidates:
        by_key.setdefault(name_key(c.surface), []).append(c)
    for i, group in enumerate(clustering.groups):
        keys = {f.key for f in group}
        cands = sorted(
            (c for f in group for c in by_key.get(f.key, [])), key=lambda c: (c.paragraph, c.start)
        )
        name = _current_name(group, clustering.current.get(i))
        kind = "work" if keys & work_keys else actor_type(group, cands, texts, name)
        if not is_actor(group, cands, texts, kind):
            continue
        key = _unique(slug(without_suffix(name)), actors)
        aliases = [
            s for f in group for s in dict.fromkeys(f.surfaces) if name_key(s) != name_key(name)
        ]
        aliases = list(dict.fromkeys(a for a in aliases if a.strip()))
        actor = Actor(
            key,
            name,
            kind,
            _dedupe_aliases(aliases, name),
            default_type=kind == "company" and not has_company_cue(group, cands, texts),
        )
        actor.country = country_of(actor, cands, texts)
        actor.gender = gender_of(group, cands, texts) if kind == "person" else ""
        actors[key] = actor
        for f in group:
            by_name[f.key] = key
            for s in f.surfaces:
                by_name[name_key(s)] = key
        mentions += [Located(c.paragraph, c.start, c.end, key) for c in cands]
    mentions.sort(key=lambda m: (m.paragraph, m.start))
    for actor in actors.values():
        owned = owned_form(actor, article) if actor.type == "government" else None
        if owned and name_key(owned) not in by_name:
            actor.aliases.append(owned)  # 'Russia’s Finance Ministry': which country's
            by_name[name_key(owned)] = actor.key
        seat = re.fullmatch(r"(.+ (?:Court|Tribunal)) in [A-Z][\w-]*", actor.name)
        if seat and name_key(seat.group(1)) not in by_name:
            actor.aliases.append(seat.group(1))  # 'Federal Court in Itaituba': the court
            by_name[name_key(seat.group(1))] = actor.key
    return Cast(actors, mentions, clustering.merges, warnings, by_name)


def _current_name(group: list[Form], current: str | None) -> str:
    """The fullest form of the name in use ('Brightwater Shipping Ltd', not a former name)."""
    if not current:
        return canonical_name(group)
    key = name_key(without_suffix(current)).split()
    # the fullest form of the current name: 'Meridian Marine Shipping FZE' for 'Meridian Marine'
    same = [f for f in group if name_key(without_suffix(f.surfaces[0])).split()[: len(key)] == key]
    return canonical_name(same) if same else current


def _in_short_quote(text: str, c: Candidate) -> bool:
    """Inside a quoted phrase of a few words ("Spin to Win"): a slogan or label, not a party."""
    for start, end, closed in quoted_spans(text):
        if closed and start < c.start and c.end <= end and len(text[start + 1 : end].split()) <= 5:
            return True
    return False


def _dedupe_aliases(aliases: list[str], name: str) -> list[str]:
    seen = {name_key(name)}
    out = []
    for a in aliases:
        k = name_key(a)
        if k not in seen:
            seen.add(k)
            out.append(a)
    return out


def _unique(key: str, taken: dict) -> str:
    if key not in taken:
        return key
    n = 2
    while f"{key}-{n}" in taken:
        n += 1
    return f"{key}-{n}"


def _forms(candidates: list[Candidate], texts: dict[int, str]) -> dict[str, Form]:
    forms: dict[str, Form] = {}
    for order, c in enumerate(candidates):
        k = name_key(c.surface)
        if not k:
            continue
        if k in forms:
            forms[k].surfaces.append(c.surface)
            forms[k].count += 1
        else:
            forms[k] = Form(k, [c.surface], order)
        if person_evidence(c, texts[c.paragraph]):
            forms[k].personish = True
        if _NATION_OF.search(texts[c.paragraph][: c.start]):
            forms[k].country = True
    return forms


# 'the Pacific island nation of Taloa': a country the tables do not know.
_NATION_OF = re.compile(r"\b(?:nation|country|republic|kingdom|state|island)\s+of\s+$")


def _work_titles(article: Article) -> list[Candidate]:
    """Titled works: “Hooked”, a documentary; the series “Invincible”."""
    out = []
    for p in article.body():
        for m in re.finditer(
            r"(?P<before>\b(?:(?:series|film|documentary|book|show|movie|novel|album|"
            r"podcast|programme|program|game|song|play|report|investigation)\s+|"
            r"(?:titled|entitled)\s+))?"
            r"[“\"](?P<title>[A-Z][^”\"]{0,60}?)[,.]?[”\"]"
            r"(?P<after>,?\s+(?:a|an|the)\s+(?:\w+\s+){0,2}(?:documentary|film|series|"
            r"book|show|movie|novel|album|podcast|programme|program|game|song|play)\b)?",
            p.text,
        ):
            if (m.group("before") or m.group("after")) and len(m.group("title").split()) <= 8:
                out.append(
                    Candidate(
                        p.index,
                        m.start("title"),
                        m.start("title") + len(m.group("title")),
                        m.group("title"),
                    )
                )
    return out


def _overlaps(a: Candidate, b: Candidate) -> bool:
    return a.paragraph == b.paragraph and a.start < b.end and b.start < a.end
