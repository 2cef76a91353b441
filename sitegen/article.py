"""Lay out a source's plain text for its page: headings, paragraphs, cited passages, mentions.

No I/O and no HTML: the result is plain data that `article.html` renders (autoescaped),
so nothing in a source's text can inject markup.
"""

from __future__ import annotations

import bisect
import hashlib
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from sitegen.text import fold, fold_with_offsets

# A line that ends like a sentence (or a quotation) is prose, not a heading.
_SENTENCE_END = tuple(".!?:;\"'\u201d\u2019)\u2026")
_HEADING_MAX_WORDS = 20
# Words that stay lower case in Title Case, ignored when judging a line's capitals.
_MINOR_WORDS = frozenset("a an and as at but by for from in into of on or the to with".split())
# First words of calls to action that close web articles ("Sign up for ...", "Read more: ...").
_CALL_TO_ACTION = frozenset(
    "sign subscribe get read follow click download join share support donate listen watch "
    "register buy shop learn discover try advertisement sponsored".split()
)
_PROMO_WORDS = re.compile(r"\b(newsletter|inbox|unsubscribe|sponsored|copyright)\b|\u00a9", re.I)
_LABEL = re.compile(r"^[A-Z][\w ]{0,20}:")  # "Photo:", "Read more:", "Advertisement:"
# Short all-capital aliases (US, UN, CBP) are matched in capitals only, so "US" never
# links the pronoun "us".
_ACRONYM = re.compile(r"[A-Z0-9.&]{1,5}")


@dataclass(frozen=True, kw_only=True)
class Piece:
    """A stretch of text, linked to an actor's page when it names one."""

    text: str
    actor: str | None = None
    anchors: tuple[str, ...] = ()  # passage ids that start here (besides the run's own)


@dataclass(frozen=True, kw_only=True)
class Run:
    """Consecutive pieces of a block, inside one cited passage (marked) or outside any."""

    pieces: tuple[Piece, ...]
    marked: bool
    id: str | None = None  # the passage id of the mark, if a passage starts here


@dataclass(frozen=True, kw_only=True)
class Block:
    """A heading or a paragraph of the source's text."""

    kind: str  # "heading" or "paragraph"
    runs: tuple[Run, ...]


def passage_id(excerpt: str) -> str:
    """A stable anchor for an excerpt: the same passage gets the same id in every build."""
    return "passage-" + hashlib.sha1(fold(excerpt).encode("utf-8")).hexdigest()[:10]


def layout_text(text: str, excerpts: Iterable[str], names: Mapping[str, str]) -> tuple[
        tuple[Block, ...], frozenset[str]]:
    """Split a source's text into blocks with every excerpt marked and every actor named.

    names maps each actor name or alias to the actor's id. Returns the blocks and the
    passage ids that were placed (an excerpt not found in the text gets none).
    """
    spans = _find_spans(text, excerpts)
    lines = _lines(text)
    line_spans = _spans_by_line(lines, spans)
    last_cited = max((i for i, found in enumerate(line_spans) if found), default=-1)
    kept = _drop_trailing_boilerplate(lines, last_cited)
    mentions = _mention_pattern(names)
    folded_names = {_name_key(n): actor for n, actor in sorted(names.items())}
    blocks = []
    for (start, end, line), here in zip(kept, line_spans, strict=False):
        runs = _runs(text, start, end, here, mentions, folded_names)
        blocks.append(Block(kind="heading" if _is_heading(line) else "paragraph", runs=runs))
    return tuple(blocks), frozenset(pid for _, _, pid in spans)


def is_boilerplate(line: str) -> bool:
    """Say whether a line reads like web furniture (ads, sign-ups, captions), not prose."""
    words = line.split()
    if not words:
        return True
    first = re.sub(r"\W", "", words[0]).lower()
    if len(words) <= 2 or first in _CALL_TO_ACTION:
        return True
    if _LABEL.match(line) or _PROMO_WORDS.search(line):
        return True
    major = [w for w in words if w[0].isalpha() and w.lower() not in _MINOR_WORDS]
    capitals = sum(w[0].isupper() for w in major)
    return len(major) >= 4 and capitals >= 0.75 * len(major)


def locate_excerpts(text: str, excerpts: Iterable[str]) -> dict[str, tuple[int, int]]:
    """The (start, end) in text of each excerpt found there, as text.find_verbatim says.

    Folds the text once for all excerpts: a long source cited a thousand times would
    otherwise be folded a thousand times (minutes, not a second).
    """
    folded, offsets = fold_with_offsets(text)
    found = {}
    for excerpt in excerpts:
        target = fold(excerpt)
        at = folded.find(target) if target else -1
        if at >= 0:
            found[excerpt] = (offsets[at], offsets[at + len(target) - 1] + 1)
    return found


def _find_spans(text: str, excerpts: Iterable[str]) -> list[tuple[int, int, str]]:
    spans = {passage_id(excerpt): span for excerpt, span in locate_excerpts(text, excerpts).items()}
    return sorted((s, e, pid) for pid, (s, e) in spans.items())


def _lines(text: str) -> list[tuple[int, int, str]]:
    """Non-blank lines as (start, end, stripped text), offsets into text."""
    out, at = [], 0
    for raw in text.splitlines(keepends=True):
        stripped = raw.strip()
        if stripped:
            lead = len(raw) - len(raw.lstrip())
            out.append((at + lead, at + lead + len(stripped), stripped))
        at += len(raw)
    return out


def _spans_by_line(lines: list, spans: list) -> list[list]:
    """The spans that overlap each line, in span order; a long text with many excerpts
    costs the lines each span covers, not every line times every span."""
    starts = [start for start, _, _ in lines]
    by_line: list[list] = [[] for _ in lines]
    for span in spans:
        s, e, _ = span
        for i in range(max(bisect.bisect_right(starts, s) - 1, 0), len(lines)):
            if lines[i][0] >= e:
                break
            if lines[i][1] > s:
                by_line[i].append(span)
    return by_line


def _drop_trailing_boilerplate(lines: list, last_cited: int) -> list:
    """Drop the run of boilerplate-looking lines that ends the text after its last citation."""
    end = len(lines)
    while end - 1 > last_cited and is_boilerplate(lines[end - 1][2]):
        end -= 1
    return lines[:end]


def _is_heading(line: str) -> bool:
    return not line.endswith(_SENTENCE_END) and len(line.split()) <= _HEADING_MAX_WORDS


def _runs(text: str, start: int, end: int, spans: list, mentions: re.Pattern | None,
          names: Mapping[str, str]) -> tuple[Run, ...]:
    """Cut one line into marked and unmarked runs; overlapping passages share one mark."""
    marks: list[list] = []  # [start, end, [(offset, passage id), ...]] merged per line
    for s, e, pid in spans:
        s2, e2 = max(s, start), min(e, end)
        if s2 >= e2:
            continue
        starts_here = [(s, pid)] if s >= start else []
        if marks and s2 <= marks[-1][1]:
            marks[-1][1] = max(marks[-1][1], e2)
            marks[-1][2].extend(starts_here)
        else:
            marks.append([s2, e2, starts_here])
    runs, at = [], start
    for s, e, starts in marks:
        if at < s:
            runs.append(Run(pieces=_pieces(text, at, s, [], mentions, names), marked=False))
        own = starts[0][1] if starts and starts[0][0] == s else None
        inner = [(o, p) for o, p in starts if p != own]
        runs.append(Run(pieces=_pieces(text, s, e, inner, mentions, names), marked=True, id=own))
        at = e
    if at < end:
        runs.append(Run(pieces=_pieces(text, at, end, [], mentions, names), marked=False))
    return tuple(runs)


def _pieces(text: str, start: int, end: int, anchors: list, mentions: re.Pattern | None,
            names: Mapping[str, str]) -> tuple[Piece, ...]:
    """Cut a run at actor mentions and at passages that start inside it."""
    cuts = {start, end, *(o for o, _ in anchors)}
    linked = {}
    if mentions:
        for m in mentions.finditer(text, start, end):
            linked[m.start()] = (m.end(), names.get(_name_key(m.group())))
            cuts.update((m.start(), m.end()))
    out, points = [], sorted(cuts)
    for a, b in zip(points, points[1:], strict=False):
        mention = linked.get(a)
        actor = mention[1] if mention and mention[0] <= b else None
        here = tuple(p for o, p in anchors if o == a)
        out.append(Piece(text=text[a:b], actor=actor, anchors=here))
    return tuple(out)


def _name_key(name: str) -> str:
    return fold(name).lower()


def _mention_pattern(names: Mapping[str, str]) -> re.Pattern | None:
    """One regex for every name: longest first, whole words, typographic variants folded.

    Case is ignored ("SEK Studio" / "Sek Studio") except for the capital a name opens
    with (after a "The"): a proper noun names its actor, the same word in lower case does
    not (an actor called "Apple" or "Freedom" links no apple and no freedom of the press).
    """
    alternatives = []
    for name in sorted(names, key=lambda n: (-len(n), n)):
        folded = fold(name)
        if _ACRONYM.fullmatch(name):
            alternatives.append("".join(_char_pattern(ch) for ch in folded))
            continue
        article = re.match(r"(?i:the )", folded)
        head = article.end() if article else 0
        first = folded[head : head + 1]
        rest = "".join(_char_pattern(ch) for ch in folded[head + 1 :])
        opening = (r"(?i:the\s+)" if article else "") + (
            re.escape(first) if first.isupper() else f"(?i:{re.escape(first)})")
        alternatives.append(opening + f"(?i:{rest})")
    if not alternatives:
        return None
    return re.compile(r"(?<!\w)(?:" + "|".join(alternatives) + r")(?!\w)")


def _char_pattern(ch: str) -> str:
    if ch == " ":
        return r"\s+"
    if ch == "'":
        return "['\u2018\u2019\u201b\u2032]"
    if ch == '"':
        return "[\"\u201c\u201d\u201e\u201f]"
    if ch == "-":
        return "[-\u2010-\u2015\u2212]"
    return re.escape(ch)
