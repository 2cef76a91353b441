"""Validate loaded content as a whole: ids, values, references, excerpts. No I/O.

Returns every problem at once, sorted by file and line, so a contributor fixes
them all in one pass (style.md, section 4).
"""

from __future__ import annotations

import dataclasses
import difflib
import re
import types
import typing
from functools import cache
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from sitegen.check_memo import Memo
from sitegen.code_points import code_points_named, forbidden, is_nested, record_strings
from sitegen.conversion import record_name, yaml_fields
from sitegen.errors import SitegenError
from sitegen.model import ID_MAX, ID_RE, Actor, Content, Loc, Quote, Record
from sitegen.text import fold

_KINDS = ("sources", "actors", "claims", "quotes", "events")
# '/', '/sub/path/' or 'https://host/sub/'; never '//host/', which leads to another site
BASE_URL = re.compile(r"/|/(?!/)[^\s?#]*/|https?://[^\s/?#]+(/[^\s?#]*)?/")


def check_content(content: Content, *, strict: bool = False, memo: Memo | None = None
                  ) -> list[SitegenError]:
    """Return every problem in the content, sorted by path, line and column.

    memo: problems of an earlier check of the same content, reused where still valid.
    """
    problems: list[SitegenError] = list(content.problems)
    checker = _Checker(content, problems)
    if content.site is not None:
        checker.fields(content.site, (), content.site.loc)
        checker.characters(content.site, (), content.site.loc)
        if not BASE_URL.fullmatch(content.site.base_url):
            checker.at(content.site.loc, ("base_url",),
                       f"base_url '{content.site.base_url}' should be '/', '/sub/path/' or "
                       "'https://host/sub/' (ending in /)")
    if memo is None:
        for kind in _KINDS:
            for record in content.records(kind).values():
                checker.record(record, strict)
    else:
        memo.start(content, strict)
        found, kept = memo.found, {}  # kept: this content's records only
        for kind in _KINDS:
            for record in content.records(kind).values():
                entry = found.get(key := id(record))
                if entry is None or entry[0] is not record:
                    entry = memo.check(checker, record, strict)
                kept[key] = entry
                if entry[1]:
                    problems.extend(entry[1])
        memo.found = kept
    for record in content.partial:
        checker.record(record, strict)
    checker.unique_names(None if memo is None else memo.names)
    checker.response_cycles()
    return sorted(set(problems), key=SitegenError.sort_key)


@dataclasses.dataclass
class _Checker:
    content: Content
    problems: list[SitegenError]
    refs: list[str] | None = None  # when a list: each id looked up is noted as kind, id

    def at(self, loc: Loc, keypath: tuple, message: str) -> None:
        line, col = loc.at(*keypath)
        self.problems.append(SitegenError(Path(loc.path), line, col, message))

    def record(self, record: Record, strict: bool) -> None:
        loc = record.loc
        if not ID_RE.fullmatch(record.id) or len(record.id) > ID_MAX:
            self.at(loc, (), f"file name '{record.id}' is not a valid id: use lowercase letters, "
                             f"digits and single hyphens, at most {ID_MAX} characters")
        if strict and record.draft:
            self.at(loc, ("review",), "unreviewed draft (review: draft): check it against the "
                                      "source, then remove the review line")
        self.fields(record, (), loc)
        if forbidden("\n".join(record_strings(record))):  # rare: then find which field
            self.characters(record, (), loc)
        if record_name(type(record)) == "source" and record.id in self.content.texts:
            self.text_characters(record)
        for name in ("text", "title", "name"):  # a partial record may lack them
            if isinstance(getattr(record, name, None), str) and not getattr(record, name).strip():
                self.at(loc, (name,), f"'{name}' is empty")
        if isinstance(record, Quote) and record.text and record.citations:
            self.quote_text(record)
        kind = getattr(record, "kind", None)
        if record_name(type(record)) == "event" and kind == "sanction":
            if not record.by:
                self.at(loc, ("kind",), "a sanction event needs 'by' (the sanctioning authority)")
            if not record.targets:
                self.at(loc, ("kind",), "a sanction event needs 'targets' (the sanctioned actors)")
        if getattr(record, "responds_to", None) == record.id:
            self.at(loc, ("responds_to",), "a claim cannot respond to itself")
        for i, relation in enumerate(getattr(record, "relations", None) or ()):
            if relation.to == record.id:
                self.at(loc, ("relations", i, "to"), "an actor cannot be related to itself")

    def fields(self, obj: Any, at: tuple, loc: Loc) -> None:
        """Check enums, patterns, URLs, references and excerpts, recursively."""
        for name, meta in _ruled_fields(type(obj)):
            value = getattr(obj, name)
            if value is None:
                continue
            items = enumerate(value) if isinstance(value, tuple) else [(None, value)]
            for i, item in items:
                path = at + ((name,) if i is None else (name, i))
                if is_nested(item):
                    self.fields(item, path, loc)
                    if name == "citations":
                        self.excerpt(item, path, loc)
                elif isinstance(item, str):
                    self.value(item, name, meta, path, loc)

    def value(self, value: str, name: str, meta: Any, path: tuple, loc: Loc) -> None:
        if meta.get("enum") and value not in meta["enum"]:
            self.at(loc, path, f"unknown {name} '{value}' (expected one of: {', '.join(meta['enum'])})"
                    + _did_you_mean(value, meta["enum"]))
        if meta.get("pattern") and not re.fullmatch(meta["pattern"], value):
            self.at(loc, path, f"'{name}' value '{value}' is malformed (expected {meta['doc']})")
        if meta.get("url"):
            parts = urlsplit(value)
            if parts.scheme not in ("http", "https", "mailto") or (
                    parts.scheme != "mailto" and not parts.netloc):
                self.at(loc, path, f"'{name}' must be an http(s) or mailto address, found '{value}'")
        if meta.get("ref"):
            kind = meta["ref"]
            known = self.content.files.get(kind) or self.content.records(kind).keys()
            if self.refs is not None:
                self.refs += (kind, value)
            if value not in known:
                self.at(loc, path, f"unknown {kind[:-1]} '{value}' in '{name}'"
                        + _did_you_mean(value, sorted(known)))

    def characters(self, obj: Any, at: tuple, loc: Loc) -> None:
        """Report each text field holding a code point HTML forbids (written as a YAML
        escape such as "\\x01": a literal one is refused by the YAML reader)."""
        for name in yaml_fields(type(obj)):
            value = getattr(obj, name)
            items = (value.items() if isinstance(value, typing.Mapping)
                     else enumerate(value) if isinstance(value, tuple) else [(None, value)])
            for key, item in items:
                path = at + ((name,) if key is None else (name, key))
                if dataclasses.is_dataclass(item):
                    self.characters(item, path, loc)
                elif isinstance(item, str) and forbidden(item):
                    where = (Path(loc.path), *loc.at(*path))
                    if any((p.path, p.line, p.col) == where for p in self.problems):
                        continue  # one problem a field: e.g. a URL refused already
                    self.at(loc, path, f"'{name}' contains {code_points_named(item)}, which HTML "
                            "forbids; remove it")

    def text_characters(self, source: Any) -> None:
        """A source text is published too: report a forbidden code point at `text:`."""
        text = self.content.texts[source.id]
        found = forbidden(text)
        if found:
            line = text.count("\n", 0, found.start()) + 1
            self.at(source.loc, ("text",), f"{source.text}: line {line} contains "
                    f"{code_points_named(text)}, which HTML forbids; remove it")

    def excerpt(self, citation: Any, path: tuple, loc: Loc) -> None:
        if not citation.excerpt.strip():
            self.at(loc, path + ("excerpt",), "'excerpt' is empty")
            return
        text = self.content.texts.get(citation.source)
        if text is not None and fold(citation.excerpt) not in self._folded(citation.source):
            self.at(loc, path + ("excerpt",), f"excerpt not found verbatim in the text of "
                    f"source '{citation.source}'" + _closest_passage(citation.excerpt, text))

    def quote_text(self, quote: Quote) -> None:
        for source in dict.fromkeys(c.source for c in quote.citations):
            if source in self.content.texts and fold(quote.text) not in self._folded(source):
                self.at(quote.loc, ("text",), f"quote text not found verbatim in the text of "
                        f"source '{source}'" + _closest_passage(quote.text, self.content.texts[source]))

    def _folded(self, source: str) -> str:
        cache = self.__dict__.setdefault("_folds", {})
        if source not in cache:
            cache[source] = fold(self.content.texts[source])
        return cache[source]

    def response_cycles(self) -> None:
        """A claim answers an earlier one; two claims answering each other answer nothing."""
        claims = self.content.claims
        for claim in claims.values():
            seen, current = {claim.id}, claims.get(claim.responds_to or "")
            while current is not None and current.id not in seen:
                seen.add(current.id)
                current = claims.get(current.responds_to or "")
            if current is not None and current.id == claim.id and claim.responds_to != claim.id:
                self.at(claim.loc, ("responds_to",), "claims answer each other in a circle ("
                        + " -> ".join(_cycle(claims, claim.id)) + "): one must be the original")

    def unique_names(self, kept: dict[int, tuple[Actor, _NameKeys]] | None = None) -> None:
        """No name or alias may belong to two actors: a mention must link to one page.

        kept: each actor's folded names from an earlier check (folding is most of the
        cost), refreshed here for the actors that changed and dropped for deleted ones.
        """
        folded: dict[int, tuple[Actor, _NameKeys]] = {}
        owner: dict[str, str] = {}
        for actor in self.content.actors.values():
            entry = None if kept is None else kept.get(id(actor))
            if entry is None or entry[0] is not actor:
                entry = (actor, _name_keys(actor))
            folded[id(actor)] = entry
            for key, path, name, repeat in entry[1]:
                if repeat:
                    self.at(actor.loc, path, f"'{name}' is listed twice for this actor")
                    continue
                first = owner.setdefault(key, actor.id)
                if first != actor.id:
                    self.at(actor.loc, path, f"the name '{name}' is also used by actor "
                                             f"'{first}': a name must point to one actor")
        if kept is not None:
            kept.clear()
            kept.update(folded)


# (folded key, field path, name, already listed for this actor) per name of an actor
_NameKeys = tuple[tuple[str, tuple, str, bool], ...]


def _name_keys(actor: Actor) -> _NameKeys:
    """An actor's names folded for comparison, each with the field it came from."""
    seen: set[str] = set()
    keys = []
    for i, name in enumerate(actor.names):
        key = fold(name).casefold()
        path: tuple = ("name",) if i == 0 else ("aliases", i - 1)
        keys.append((key, path, name, key in seen))
        seen.add(key)
    return tuple(keys)


_RULES = ("enum", "pattern", "url", "ref")


@cache
def _ruled_fields(cls: type) -> tuple[tuple[str, Any], ...]:
    """The fields of cls that check can find fault with: those with a rule (enum,
    pattern, URL, reference) and those holding records of their own (citations,
    relations); plain text fields are skipped without a look (the hot path)."""
    out = []
    for name, (hint, meta) in yaml_fields(cls).items():
        inner = _item_type(hint)
        nested = dataclasses.is_dataclass(inner) and (
            bool(_ruled_fields(inner)) or name == "citations")
        if nested or any(meta.get(rule) for rule in _RULES):
            out.append((name, meta))
    return tuple(out)


def _item_type(hint: Any) -> Any:
    """The type of one value of a field: str for `str | None` and `tuple[str, ...]`."""
    while typing.get_origin(hint) in (types.UnionType, typing.Union, tuple):
        hint = next(h for h in typing.get_args(hint) if h is not type(None))
    return hint


def _cycle(claims: Any, start: str) -> list[str]:
    """The ids around a responds_to circle, from start back to start."""
    path, current = [start], claims[start].responds_to
    while current != start:
        path.append(current)
        current = claims[current].responds_to
    return [*path, start]


def _did_you_mean(word: str, choices: Any) -> str:
    close = difflib.get_close_matches(word, list(choices), n=1, cutoff=0.6)
    return f" (did you mean '{close[0]}'?)" if close else ""


def _closest_passage(excerpt: str, text: str) -> str:
    """A hint: the sentence of the source that is most like the excerpt."""
    target = fold(excerpt)
    if len(target) > 2000 or len(text) > 200_000:
        return ""
    sentences = [fold(s) for s in re.split(r"(?<=[.!?])\s+|\n", text) if s.strip()]

    def shared(sentence: str) -> float:
        blocks = difflib.SequenceMatcher(None, target, sentence, autojunk=False).get_matching_blocks()
        return sum(b.size for b in blocks) / max(len(target), 1)

    best = max(sentences, key=shared, default="")
    if not best or shared(best) < 0.6:
        return ""
    return f" (closest: \"{best[:120]}{'...' if len(best) > 120 else ''}\")"
