"""Wire datelines: where (and when) a story was filed, before its first words. No I/O.

"LONDON (Reuters) - ", "KIGALI/KINSHASA, Feb 11 (Reuters) - ", "(Bloomberg) -- ",
"NEW DELHI: ", "KYIV, Ukraine — ", "Kyiv, Ukraine (AP) — ",
"VALLETTA, March 18, 2026 (AFP) - ". A dateline names a place and a wire, not a party,
and its date is when the story was filed, not a happening.
"""

from __future__ import annotations

import re

_CAPS = r"[A-Z][A-Z.'/&-]+(?:\s+[A-Z][A-Z.'/&-]*)*"  # LONDON, KIGALI/KINSHASA, ST. LOUIS
_TITLE = r"[A-Z][\w.'\u2019-]*(?:\s+[A-Z][\w.'\u2019-]*)*"  # Kyiv, Ukraine, Marshall Falls, Neb.
_DATE = (r"(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:,\s*\d{4})?"  # Feb 11, March 18, 2026
         r"|\d{1,2}\s+[A-Z][a-z]{2,8}\.?(?:\s+\d{4})?)")  # 18 March 2026
_WIRE = r"\([A-Za-z][A-Za-z .&/-]{1,29}\)"  # (Reuters), (AP), (Bloomberg)
_DASH = r"(?:--|[-\u2013\u2014]{1,2})"

DATELINE = re.compile(
    r"^\s*(?:"
    # a place in capitals, perhaps its region and date, perhaps a wire; a dash or a colon
    rf"{_CAPS}(?:,\s+{_TITLE})?(?:,?\s+{_DATE})?\s*(?:{_WIRE}\s*)?(?:{_DASH}|:)\s+"
    # or any place written as a name, or none, before a wire and a dash ("(AP)—The")
    rf"|(?:{_TITLE}(?:,\s+{_TITLE})?(?:,?\s+{_DATE})?\s*)?{_WIRE}\s*{_DASH}\s*"
    r")"
)


def dateline_end(text: str) -> int:
    """Where the text's dateline ends (0 if it opens with none)."""
    found = DATELINE.match(text)
    return found.end() if found else 0
