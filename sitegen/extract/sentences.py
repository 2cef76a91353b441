"""Split a paragraph into sentences and find its quotations, as offsets into its text.
No classification of lines: reading and classifying an article is article.py's job.
"""

from __future__ import annotations

import re

# Words whose final dot ends no sentence ("Mr.", "Inc.", "Jan.", "U.S.").
_ABBREVIATIONS = frozenset(
    """mr mrs ms dr prof st sr jr inc ltd co corp no vs gen col lt sgt rep sen gov del rev
    capt adm maj cmdr supt insp atty sens reps mt ft dept univ assn bros jan feb mar apr
    jun jul aug sep sept oct nov dec e.g i.e u.s u.k u.n approx est pte pty sp const cst cpl det
    brig""".split()
)
_BOUNDARY = re.compile(r"[.!?…]+[\"”’)\]]*(?=\s+[\"“‘(\[]?[A-Z0-9À-Ý])")


def split_sentences(text: str) -> list[tuple[int, int]]:
    """Split a paragraph into sentences; return (start, end) offsets."""
    spans: list[tuple[int, int]] = []
    start = 0
    for m in _BOUNDARY.finditer(text):
        # the word before the mark (a bounded look-back: dots that end no sentence, as
        # in "A.B.C.", must not make each look-back longer than the last)
        word = re.search(r"([\w.]+)[.!?…]*$", text[max(start, m.start() - 64) : m.start() + 1])
        token = word.group(1).lower().rstrip(".") if word else ""
        if text[m.start()] == "." and (token in _ABBREVIATIONS or re.fullmatch(r"[a-z]", token)):
            continue
        end = m.end()
        spans.append((start, end))
        start = end
        while start < len(text) and text[start].isspace():
            start += 1
    if start < len(text):
        spans.append((start, len(text.rstrip())))
    return [(s, e) for s, e in spans if text[s:e].strip()]


def sentence_start(text: str, at: int) -> int:
    """Offset where the sentence holding `at` opens."""
    start = 0
    for s, _ in split_sentences(text):
        if s <= at:
            start = s
    return start


def sentence_starts(text: str) -> set[int]:
    """Offsets where a sentence or a quotation opens (a capital there may be positional)."""
    starts = set()
    for s, _ in split_sentences(text):
        starts.add(s)
        while s < len(text) and text[s] in "“\"‘'([":
            s += 1
            starts.add(s)
    list_item = re.match(r"\d{1,2}[.)]?\s+(?=[A-Z])", text)
    if list_item:
        starts.add(list_item.end())  # "1 Feel free to scream": a numbered tip
    for m in re.finditer(r"(?:“|(?:^|(?<=\s))\"|[(:—–])\s*(?=\w)", text):
        starts.add(m.end())  # after an opening mark only: '," Europol spokesperson' is no start
    return starts


def quoted_spans(text: str) -> list[tuple[int, int, bool]]:
    """(opening mark, end, closed) of each double-quoted span of a paragraph.

    `end` is the closing mark's offset when closed; else where the span stops (a new
    opening mark, or the paragraph's end). A straight quote opens at a word boundary.
    """
    spans: list[tuple[int, int, bool]] = []
    open_at = None
    for i, ch in enumerate(text):
        if open_at is None and (ch == "“" or (ch == '"' and (i == 0 or not text[i - 1].isalnum()))):
            open_at = i
        elif open_at is not None and ch in '”"':
            spans.append((open_at, i, True))
            open_at = None
        elif open_at is not None and ch == "“":
            spans.append((open_at, i, False))
            open_at = i
    if open_at is not None:
        spans.append((open_at, len(text), False))
    return spans
