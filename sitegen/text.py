"""Text folding and verbatim matching, shared by check, build and extract. No I/O."""

from __future__ import annotations

import re

# Typographic variants that an editor's copy-paste may change; nothing else is folded.
_FOLD = str.maketrans(
    {
        "\u201c": '"', "\u201d": '"', "\u201e": '"', "\u201f": '"', "\u2033": '"',
        "\u00ab": '"', "\u00bb": '"',
        "\u2018": "'", "\u2019": "'", "\u201a": "'", "\u201b": "'", "\u2032": "'",
        "\u2010": "-", "\u2011": "-", "\u2012": "-", "\u2013": "-", "\u2014": "-",
        "\u2015": "-", "\u2212": "-",
    }
)
_SPACE = re.compile(r"\s+")


def fold(text: str) -> str:
    """Fold whitespace runs, typographic quotes, apostrophes and dashes."""
    return _SPACE.sub(" ", text.translate(_FOLD)).strip()


def contains_verbatim(haystack: str, needle: str) -> bool:
    """Say whether needle occurs in haystack, up to folding (content model, Citations)."""
    folded = fold(needle)
    return bool(folded) and folded in fold(haystack)


def fold_with_offsets(text: str) -> tuple[str, list[int]]:
    """Fold text and return, for each folded character, its offset in the original.

    Lets the article page anchor an excerpt at its exact place in the source text.
    """
    out: list[str] = []
    offsets: list[int] = []
    pending_space = False
    for i, ch in enumerate(text):
        if ch.isspace():
            pending_space = bool(out)
            continue
        if pending_space:
            out.append(" ")
            offsets.append(i - 1)
            pending_space = False
        out.append(ch.translate(_FOLD))
        offsets.append(i)
    return "".join(out), offsets


def find_verbatim(text: str, needle: str) -> tuple[int, int] | None:
    """Return the (start, end) offsets in text of needle, matched up to folding."""
    folded, offsets = fold_with_offsets(text)
    target = fold(needle)
    if not target:
        return None
    at = folded.find(target)
    if at < 0:
        return None
    return offsets[at], offsets[at + len(target) - 1] + 1
