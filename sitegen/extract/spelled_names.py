"""A body's full name found by the acronym the story also uses, even where the name holds a
lower-case word that would otherwise cut it ('Medicines and Healthcare products Regulatory
Agency' for the MHRA). No I/O.
"""

from __future__ import annotations

import re

from sitegen.extract.article import Article
from sitegen.extract.kinds import GOVERNMENT_WORDS, ORG_WORDS
from sitegen.extract.types import Candidate
from sitegen.extract.vocabulary import CONNECTORS

_WORD = re.compile(r"[^\W\d_][\w’'&.-]*")
_ACRONYM = re.compile(r"\b[A-Z]{3,6}\b")
_MAX_WORDS = 10
_HEADS = ORG_WORDS | GOVERNMENT_WORDS | {"Board", "Registry", "Network", "Panel"}


def spelled_names(article: Article) -> list[tuple[Candidate, str]]:
    """Each run of words whose capitals spell an acronym found elsewhere in the story, with at
    most one lower-case word that is no connector, ending in a body's head word."""
    acronyms = {a for p in article.body() for a in _ACRONYM.findall(p.text)}
    out: list[tuple[Candidate, str]] = []
    for p in article.body():
        words = [(m.start(), m.end(), m.group()) for m in _WORD.finditer(p.text)]
        i = 0
        while i < len(words):
            found = _spelled_from(words, i, p.text, acronyms)
            if found:
                j, acronym = found
                start, end = words[i][0], words[j][1]
                out.append((Candidate(p.index, start, end, p.text[start:end]), acronym))
                i = j + 1
            else:
                i += 1
    return out


def _spelled_from(
    words: list[tuple[int, int, str]], i: int, text: str, acronyms: set[str]
) -> tuple[int, str] | None:
    if not words[i][2][:1].isupper():
        return None
    best = None
    capitals, odd = "", 0
    for j in range(i, min(len(words), i + _MAX_WORDS)):
        if j > i and not re.fullmatch(r"\s+", text[words[j - 1][1] : words[j][0]]):
            break  # a comma or a stop ends the name
        w = words[j][2]
        if w[:1].isupper():
            capitals += w[0]
        elif w not in CONNECTORS:
            odd += 1
        if odd > 1:
            break
        if w in _HEADS and capitals in acronyms and j - i >= 2:
            best = (j, capitals)
    return best
