"""Find the actors of an article: name candidates -> clusters -> typed actors. No I/O.

An actor is kept when the text presents it as a party; a place that only locates something
("based in London") and a country that never acts are left out (annotation conventions).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from sitegen.extract.article import Article, quoted_spans, split_sentences
from sitegen.extract.clusters import Form, Links, cluster_forms
from sitegen.extract.kinds import (
    COMPANY_SUFFIXES,
    COMPANY_WORDS,
    FEMALE_NAMES,
    GOVERNMENT_WORDS,
    INTERNATIONAL_BODIES,
    MALE_NAMES,
    MEDIA_NAMES,
    MEDIA_WORDS,
    NOUN_TYPES,
    ORGANIZATION_WORDS,
    PERSON_ROLES,
    ROLE_WORDS,
)
from sitegen.extract.names import HONORIFICS, Candidate, find_candidates
from sitegen.extract.normalize import name_key, slug, without_suffix
from sitegen.extract.places import CAPITALS, COUNTRY_NAMES, country_code, is_place

REPORTING = re.compile(
    r"^(said|says|told|added|adds|denied|denies|declined|acknowledged|admitted|argued|"
    r"insisted|stated|wrote|warned|explained|claimed|confirmed|noted|disclosed|announced|"
    r"replied|responded|rejected|alleged|asserted|maintained|contended|estimated|believes|"
    r"believed|could|did|has|had|was|is|will|would|confirms|says|tells|urged|ordered|"
    r"opened|launched|imposed|sanctioned|fined|seized|arrested|charged|accused)\b")
_LOCATIVE = re.compile(r"\b(in|at|near|across|throughout|inside|outside|based in|registered in|"
                       r"headquartered in|located in|born in|off)\s+(?:the\s+)?$", re.IGNORECASE)
_PLACE_LOCATIVE = re.compile(r"\b(from|to|into|over|through|via|towards?|around|within|reached|"
                             r"entered|visited|left)\s+(?:the\s+)?$", re.IGNORECASE)
_AGENT = re.compile(r"\b(by|for|against|on|sanctioned|accused|urged|with)\s+(?:the\s+)?$",
                    re.IGNORECASE)
_VERBISH = re.compile(r"^\s+(is|was|has|have|had|will|would|can|could|should|may|might|must|"
                      r"did|does|said|says|\w+ed|imposed|launched|sanctions|accuses|denies|"
                      r"wants|seeks|continues)\b")
_GOV_BODY = re.compile(r"^[’']s\s+((?:[a-z]+\s){0,2}(ministry|government|embassy|police|army|"
                       r"navy|military|regulator|parliament|customs|intelligence service|"
                       r"security service|foreign office|consulate))\b")


@dataclass
class Actor:
    """A drafted actor; `key` is its future record id."""

    key: str
    name: str
    type: str
    aliases: list[str] = field(default_factory=list)
    country: str | None = None
    gender: str = ""                           # m, f or unknown
    default_type: bool = False                 # no cue decided the type (a guess)
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
    mentions: list[Located]                      # in text order
    merges: list[str]
    warnings: list[str]
    by_name: dict[str, str]                      # name key -> actor key

    def in_paragraph(self, paragraph: int) -> list[Located]:
        return [m for m in self.mentions if m.paragraph == paragraph]

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


def sentence_starts(text: str) -> set[int]:
    """Offsets where a sentence or a quotation opens (a capital there may be positional)."""
    starts = set()
    for s, _ in split_sentences(text):
        starts.add(s)
        while s < len(text) and text[s] in "“\"‘'([":
            s += 1
            starts.add(s)
    for m in re.finditer(r"(?:“|(?:^|(?<=\s))\"|[(:—–])\s*(?=\w)", text):
        starts.add(m.end())   # after an opening mark only: '," Europol spokesperson' is no start
    return starts


def find_actors(article: Article) -> Cast:
    """Collect, cluster, type and filter the names of the article body."""
    candidates: list[Candidate] = []
    texts = {p.index: p.text for p in article.paragraphs}
    common = frozenset(w for p in article.body() for w in re.findall(r"\b[a-z][a-z’'-]+\b", p.text))
    for p in article.body():
        for c in find_candidates(p.text, p.index, sentence_starts(p.text), common):
            if p.kind == "heading" and c.initial and len(c.surface.split()) == 1:
                continue
            candidates.append(c)
    candidates = [c for c in candidates if not _in_short_quote(texts[c.paragraph], c)]
    works = _work_titles(article)
    candidates += works + _unnamed_bodies(article)
    work_keys = {name_key(c.surface) for c in works}
    forms = _forms(candidates, texts)
    clustering = cluster_forms(list(forms.values()), _links(article, candidates))
    actors: dict[str, Actor] = {}
    mentions: list[Located] = []
    by_name: dict[str, str] = {}
    warnings: list[str] = list(clustering.near_duplicates)
    by_key: dict[str, list[Candidate]] = {}
    for c in candidates:
        by_key.setdefault(name_key(c.surface), []).append(c)
    for i, group in enumerate(clustering.groups):
        keys = {f.key for f in group}
        cands = sorted((c for f in group for c in by_key.get(f.key, [])), key=lambda c: (c.paragraph, c.start))
        kind = "work" if keys & work_keys else _actor_type(group, cands, texts)
        if not _is_actor(group, cands, texts, kind):
            continue
        name = clustering.current.get(i) or _canonical(group)
        key = _unique(slug(without_suffix(name)), actors)
        aliases = [s for f in group for s in dict.fromkeys(f.surfaces)
                   if name_key(s) != name_key(name)]
        aliases = list(dict.fromkeys(a for a in aliases if a.strip()))
        actor = Actor(key, name, kind, _dedupe_aliases(aliases, name),
                      default_type=kind == "company" and not _has_company_cue(group, cands, texts))
        actor.country = _country(actor, cands, texts)
        actor.gender = _gender(group, cands, texts) if kind == "person" else ""
        actors[key] = actor
        for f in group:
            by_name[f.key] = key
            for s in f.surfaces:
                by_name[name_key(s)] = key
        mentions += [Located(c.paragraph, c.start, c.end, key) for c in cands]
    mentions.sort(key=lambda m: (m.paragraph, m.start))
    return Cast(actors, mentions, clustering.merges, warnings, by_name)


def _in_short_quote(text: str, c: Candidate) -> bool:
    """Inside a quoted phrase of a few words ("Spin to Win"): a slogan or label, not a party."""
    for start, end, closed in quoted_spans(text):
        if closed and start < c.start and c.end <= end and len(text[start + 1:end].split()) <= 5:
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
        if _person_evidence(c, texts[c.paragraph]):
            forms[k].personish = True
    return forms


def _person_evidence(c: Candidate, text: str) -> bool:
    words = c.surface.split()
    if any(w.rstrip(".") in COMPANY_SUFFIXES or w in COMPANY_WORDS or w in GOVERNMENT_WORDS
           or w in ORGANIZATION_WORDS or w in MEDIA_WORDS for w in words):
        return False
    if is_place(c.surface) or c.surface in MEDIA_NAMES or c.surface.isupper():
        return False
    if any(w[0].islower() for w in words if w not in ("de", "del", "da", "van", "von", "der", "bin")):
        return False
    if c.honorific:
        return True
    if len(words) > 4:
        return False
    if words[0] in FEMALE_NAMES or words[0] in MALE_NAMES:
        return len(words) >= 2
    after = text[c.end:c.end + 80]
    before = text[max(0, c.start - 60):c.start]
    m = re.match(r",\s+(?:(?:a|an|the|its|his|her|their)\s+|[A-Z][\w’']*[’']s\s+)?([^,.;“\"]{0,60})", after)
    if m and PERSON_ROLES.search(m.group(1).split(" who ")[0]) and not re.match(r"\s*(which|that)\b", m.group(1)):
        return len(words) >= 2 or bool(re.match(r",\s+(?:a|an)\s", after))
    if re.search(r"(?:\b(?:his|her|its|their)\s+|[’']s\s+)(?:[a-z-]+\s+){0,3}"
                 rf"(?:{ROLE_WORDS}),?\s+$", before, re.IGNORECASE):
        return len(words) >= 2
    if re.match(r",?\s+(?:said|says|told|added|wrote)\b", after) and 2 <= len(words) <= 3:
        return True
    if 2 <= len(words) <= 3 and (re.search(r"\b(?:said|says|added)\s+$", before)
                                 or re.search(rf"\b(?:{ROLE_WORDS})\s+$", before, re.IGNORECASE)):
        return True  # 'said Rucker Culpepper', 'press secretary Josh Earnest'
    segment = re.split(r"[.;:“”\"(]", before)[-1]
    m = re.search(r"(?:^|,)\s*((?:the|a|an|his|her|its|their)\s[^,]*|[A-Z][\w’']*[’']s\s[^,]*),\s*$", segment)
    if m and PERSON_ROLES.search(m.group(1)) and len(words) >= 2:
        return True  # "the regional prosecutor leading the case, Carolina Muñoz"
    return False


def _links(article: Article, candidates: list[Candidate]) -> Links:
    """Explicit same-entity statements: acronyms in brackets, aliases, renamings."""
    links = Links()
    by_par: dict[int, list[Candidate]] = {}
    for c in candidates:
        by_par.setdefault(c.paragraph, []).append(c)
        if c.acronym:
            links.same.append((c.surface, c.acronym))
    prev_company: Candidate | None = None
    for p in article.body():
        cands = sorted(by_par.get(p.index, []), key=lambda c: c.start)
        for a, b in zip(cands, cands[1:]):
            gap = p.text[a.end:b.start]
            if re.fullmatch(r",?\s*(?:\((?:also\s+)?(?:known\s+as|a\.?k\.?a\.?)\s*|(?:also\s+|now\s+)?"
                            r"(?:known\s+as|called|a\.?k\.?a\.?)\s+)", gap):
                links.same.append((a.surface, b.surface))
            elif re.fullmatch(r",?\s*(?:which|who)\s+(?:\w+\s+){0,4}(?:another|other|alternative|"
                              r"new|old)\s+name\s+(?:for|of)\s+", gap):
                links.same.append((b.surface, a.surface))
            elif re.fullmatch(r",?\s*\(?(?:formerly|previously|once)\s+(?:known\s+as\s+|called\s+)?", gap):
                links.renamed.append((b.surface, a.surface))
            elif re.fullmatch(r"\s+(?:was\s+)?(?:renamed|rebranded)(?:\s+(?:itself|as|to))*\s+", gap):
                links.renamed.append((a.surface, b.surface))
        for c in cands:
            before = p.text[:c.start]
            if re.search(r"\b(?:changed|change)\s+(?:its|their)\s+name\s+to\s+$|"
                         r"\b(?:renamed|rebranded)\s+(?:itself\s+)?(?:as\s+|to\s+)?$", before):
                earlier = [x for x in cands if x.end <= c.start and not is_place(x.surface)
                           and not x.surface.isupper() and not _LOCATIVE.search(p.text[:x.start])]
                former = earlier[-1] if earlier else prev_company
                if former is not None:
                    links.renamed.append((former.surface, c.surface))
        for c in cands:
            w = c.surface.split()[-1].rstrip(".")
            if w in COMPANY_SUFFIXES or w in COMPANY_WORDS:
                prev_company = c
    return links


def _work_titles(article: Article) -> list[Candidate]:
    """Titled works: “Hooked”, a documentary; the series “Invincible”."""
    out = []
    for p in article.body():
        for m in re.finditer(r"(?P<before>\b(?:(?:series|film|documentary|book|show|movie|novel|album|"
                             r"podcast|programme|program|game|song|play|report|investigation)\s+|"
                             r"(?:titled|entitled)\s+))?"
                             r"[“\"](?P<title>[A-Z][^”\"]{0,60}?)[,.]?[”\"]"
                             r"(?P<after>,?\s+(?:a|an|the)\s+(?:\w+\s+){0,2}(?:documentary|film|series|"
                             r"book|show|movie|novel|album|podcast|programme|program|game|song|play)\b)?",
                             p.text):
            if (m.group("before") or m.group("after")) and len(m.group("title").split()) <= 8:
                out.append(Candidate(p.index, m.start("title"), m.start("title") + len(m.group("title")),
                                     m.group("title")))
    return out


def _unnamed_bodies(article: Article) -> list[Candidate]:
    """'Indonesia’s foreign ministry': a body the text names only by description."""
    out = []
    for p in article.body():
        for m in re.finditer(r"\b(?P<country>[A-Z]\w*(?:\s[A-Z]\w*)?)[’']s\s+(?:[a-z]+\s){0,2}"
                             r"(?:ministry|government|embassy|police|army|navy|military|regulator|"
                             r"parliament|customs)\b", p.text):
            if m.group("country") in COUNTRY_NAMES:
                out.append(Candidate(p.index, m.start(), m.end(), m.group()))
    return out


def _canonical(group: list[Form]) -> str:
    """The fullest form: most words, then with a legal suffix, then the first seen."""
    surfaces = [s for f in group for s in f.surfaces]
    countries = [s for s in surfaces if s in COUNTRY_NAMES]
    if countries:
        return COUNTRY_NAMES[countries[0]][0]
    capitals = [s for s in surfaces if s in CAPITALS]
    if capitals and len(set(name_key(s) for s in surfaces)) == 1:
        return CAPITALS[capitals[0]]
    return max(surfaces, key=lambda s: (len(s.split()), s.split()[-1].rstrip(".") in COMPANY_SUFFIXES,
                                        not s.isupper(), -surfaces.index(s)))


def _actor_type(group: list[Form], cands: list[Candidate], texts: dict[int, str]) -> str:
    surfaces = [s for f in group for s in f.surfaces]
    longest = _canonical(group)
    words = longest.split()
    if any(s in MEDIA_NAMES for s in surfaces) or any(
            re.search(r"\btold\s+(?:the\s+)?$", texts[c.paragraph][:c.start]) for c in cands):
        return "media"
    if any(s in COUNTRY_NAMES or s in CAPITALS for s in surfaces) and not any(f.personish for f in group):
        return "country"
    if any(s in INTERNATIONAL_BODIES for s in surfaces):
        return "organization"
    if words[-1].rstrip(".") in COMPANY_SUFFIXES:
        return "company"
    if any(f.personish for f in group):
        return "person"
    head = _head_word(words)
    for table, kind in ((GOVERNMENT_WORDS, "government"), (MEDIA_WORDS, "media"),
                        (ORGANIZATION_WORDS, "organization"), (COMPANY_WORDS, "company")):
        if head in table:
            return kind
    for table, kind in ((GOVERNMENT_WORDS, "government"), (ORGANIZATION_WORDS, "organization"),
                        (COMPANY_WORDS, "company")):
        if any(w in table for w in words):
            return kind
    if re.search(r"\b(ministry|government|embassy|police|army|navy|military|regulator|"
                 r"parliament|customs)$", longest):
        return "government"
    for c in cands:
        kind = _described_as(c, texts[c.paragraph])
        if kind:
            return kind
    return "company"


def _has_company_cue(group: list[Form], cands: list[Candidate], texts: dict[int, str]) -> bool:
    words = _canonical(group).split()
    return (words[-1].rstrip(".") in COMPANY_SUFFIXES or any(w in COMPANY_WORDS for w in words)
            or any(_described_as(c, texts[c.paragraph]) for c in cands))


def looks_like_person_name(name: str) -> bool:
    """Two or three capitalised words with no institution cue: 'Dmitri Orlov'."""
    words = name.split()
    return 2 <= len(words) <= 3 and all(w[0].isupper() and not w.isupper() for w in words) and not any(
        w in COMPANY_WORDS or w in GOVERNMENT_WORDS or w in ORGANIZATION_WORDS or w in MEDIA_WORDS
        for w in words)


def _head_word(words: list[str]) -> str:
    """'Ministry' in 'Ministry of Fisheries'; 'Commission' in 'Securities and Exchange Commission'."""
    for i, w in enumerate(words):
        if w in ("of", "for") and i > 0:
            return words[i - 1]
    return words[-1]


def _described_as(c: Candidate, text: str) -> str | None:
    """The type a nearby descriptive noun gives: 'the service, Kestrel Mix'."""
    after = re.match(r",\s+(?:a|an|the)\s+([^,.;“\"]{0,60})", text[c.end:])
    windows = [after.group(1).split(" that ")[0].split(" which ")[0] if after else ""]
    before = text[max(0, c.start - 50):c.start]
    windows.append(re.split(r"[.;“”\"]", before)[-1])
    for w in windows:
        best = None
        for rx, kind in NOUN_TYPES:
            for m in rx.finditer(w):
                if best is None or m.end() > best[0]:
                    best = (m.end(), kind)
        if best:
            return best[1]
    return None


def _context(c: Candidate, text: str) -> str:
    """How a mention uses its name: locative, agent, subject, possessive or plain."""
    before, after = text[:c.start], text[c.end:]
    if re.match(r"[- ]based\b", after):
        return "locative"
    if _LOCATIVE.search(before):
        return "locative"
    if is_place(c.surface) and _PLACE_LOCATIVE.search(before):
        return "locative"
    if c.possessive:
        return "possessive-body" if (_GOV_BODY.match(text[c.end:]) or re.match(r"[’']s\s+[A-Z]", after)) \
            else "agent"
    if _AGENT.search(before):
        return "agent"
    opens = c.initial or re.search(r"(?:^|[,;:]\s+|\bthat\s+|\band\s+)(?:the\s+)?$", before)
    if opens and _VERBISH.match(after):
        return "agent"
    return "plain"


# Names of laws, events and prizes: not parties ("the EU Timber Regulation").
NOT_PARTY_HEADS = frozenset({"Act", "Law", "Regulation", "Regulations", "Directive", "Convention",
                             "Treaty", "Agreement", "Accord", "Protocol", "Code", "Bill", "Amendment",
                             "Rule", "Rules", "Index", "Prize", "Award", "Day", "War", "Summit",
                             "Games", "Cup", "Olympics", "Constitution", "Charter", "Doctrine"})


def _is_actor(group: list[Form], cands: list[Candidate], texts: dict[int, str], kind: str) -> bool:
    if not cands or _canonical(group).split()[-1] in NOT_PARTY_HEADS:
        return False
    contexts = [_context(c, texts[c.paragraph]) for c in cands]
    name = _canonical(group)
    if kind in ("person", "media", "work"):
        return not all(x == "locative" for x in contexts) or kind == "work"
    if kind == "country" or is_place(name):
        return "agent" in contexts
    if all(c.initial and len(c.surface.split()) == 1 for c in cands):
        # A lone capitalised word opening sentences is usually an ordinary word ("Researchers").
        return any(REPORTING.match(texts[c.paragraph][c.end:].lstrip()) for c in cands) or any(
            c.surface.isupper() or c.surface in INTERNATIONAL_BODIES or c.surface in MEDIA_NAMES for c in cands)
    if any(x == "locative" for x in contexts) and not any(x in ("agent",) for x in contexts):
        return kind not in ("company", "organization", "government") or any(
            w in (COMPANY_WORDS | GOVERNMENT_WORDS | ORGANIZATION_WORDS) for w in name.split())
    return True


def _country(actor: Actor, cands: list[Candidate], texts: dict[int, str]) -> str | None:
    """ISO country from the name itself, a possessive or prefix, or a nearby adjective/place."""
    if actor.type == "country":
        return country_code(actor.name)
    words = actor.name.split()
    if words[0] in COUNTRY_NAMES:
        return COUNTRY_NAMES[words[0]][1]
    for c in cands:
        text = texts[c.paragraph]
        m = re.search(r"([A-Z][\w ]*?)[’']s\s+(?:[a-z]+\s+){0,2}$", text[max(0, c.start - 40):c.start])
        if m and country_code(m.group(1).split()[-1]):
            return country_code(m.group(1).split()[-1])
        window = re.split(r"[.;]", text[c.end:c.end + 90])[0]
        window = window.split(" who ")[0] if actor.type == "person" else window
        m = re.match(r",\s+(?:a|an|the)\s+([^,]*)", window)
        if m:
            for w in re.findall(r"[A-Z][\w-]*(?:\s[A-Z][\w-]*)?", m.group(1)):
                for cand in (w, w.split()[0], w.split("-")[0]):
                    if country_code(cand):
                        return country_code(cand)
    return None


def _gender(group: list[Form], cands: list[Candidate], texts: dict[int, str]) -> str:
    for c in cands:
        if c.honorific and HONORIFICS.get(c.honorific):
            return HONORIFICS[c.honorific]
    first = group[0].surfaces[0].split()[0] if group else ""
    for f in group:
        first = max(f.surfaces, key=lambda s: len(s.split())).split()[0]
        if first in FEMALE_NAMES:
            return "f"
        if first in MALE_NAMES:
            return "m"
    votes = {"m": 0, "f": 0}
    for c in cands:
        rest = re.split(r"[.;]", texts[c.paragraph][c.end:])[0]
        m = re.search(r"\b(he|his|him|himself|she|her|hers|herself)\b", rest, re.IGNORECASE)
        if m:
            votes["f" if m.group(1).lower().startswith(("she", "her")) else "m"] += 1
    if votes["m"] != votes["f"]:
        return "m" if votes["m"] > votes["f"] else "f"
    return ""
