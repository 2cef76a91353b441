"""Name keys and record ids: accent-, case- and punctuation-insensitive. No I/O."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from sitegen.extract.kinds import COMPANY_SUFFIXES

_HONORIFIC = re.compile(r"^(mr|mrs|ms|dr|prof|sir|dame|miss)\.?\s+", re.IGNORECASE)


def strip_accents(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


@lru_cache(maxsize=1 << 16)  # pure; pairwise name comparisons ask for the same keys again and again
def name_key(name: str) -> str:
    """A comparison key: 'The Seafarers’ Rights Watch' -> 'seafarers rights watch'."""
    s = strip_accents(name).replace("’", "'").replace("'", "").replace(".", "")
    s = _HONORIFIC.sub("", s.strip())
    words = re.sub(r"[^\w]+", " ", s.casefold()).split()
    if len(words) > 1 and words[0] == "the":
        words = words[1:]
    return " ".join(words)


@lru_cache(maxsize=1 << 16)
def without_suffix(name: str) -> str:
    """The name without its legal suffix ('Velotek GmbH' -> 'Velotek')."""
    # forms of several words, partly in lower case: 'Sp. z o.o.', 'S.A. de C.V.'
    words = re.sub(r"\s+(?:Sp\.? z o\.o|S\.A\.? de C\.V)\.?$", "", name).split()
    # stacked and bracketed forms go too: 'Siam Foods Co., Ltd.', 'Kalahari Defence (Pty) Ltd'
    while len(words) > 1 and words[-1].strip("().,") in COMPANY_SUFFIXES | _BRACKETED:
        words = words[:-1]
        words[-1] = words[-1].rstrip(",")
    return " ".join(words)


_BRACKETED = frozenset({"Pty", "Pvt", "Private", "Proprietary"})


def slug(text: str, limit: int = 60) -> str:
    """A record id: lowercase [a-z0-9]+(-[a-z0-9]+)*, at most `limit` characters."""
    s = strip_accents(text).replace("’", "").replace("'", "").lower()
    s = re.sub(r"[^a-z0-9]+", "-", s).strip("-")
    if len(s) > limit:
        s = s[:limit].rsplit("-", 1)[0] if "-" in s[:limit] else s[:limit]
    return s.strip("-") or "record"
