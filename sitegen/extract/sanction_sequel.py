"""What the sentences after a dated sanction add to it: the authority and targets an
undated next sentence names ("The US sanctioned an exchange on Monday." then "OFAC
designated X, its operator Y and its chief, Z."), and parties it adds ("Her partner, Z,
was also designated."). No I/O.
"""

from __future__ import annotations

import re

from sitegen.extract.cues import unique
from sitegen.extract.dates import find_dates
from sitegen.extract.sanction_targets import Antecedents
from sitegen.extract.sanctions import SANCTION, sanction_roles
from sitegen.extract.types import DateMention, Sentence


def undated_sanction(following: tuple[Sentence, ...], published: object) -> Sentence | None:
    """The next sentence, when it tells a sanction and gives it no date of its own."""
    return next((f for f in following[:1] if SANCTION.search(f.text)
                 and not find_dates(f.text, published)), None)  # type: ignore[arg-type]


def detailed(sentence: Sentence, before: Antecedents, following: tuple[Sentence, ...],
             in_turn: bool = True) -> tuple[str | None, tuple[str, ...]]:
    """The authority and targets an undated sanction sentence names (either may be None/())."""
    word = SANCTION.search(sentence.text)
    assert word is not None
    at = DateMention(word.start(), word.end(), word.group(0), "", relative=True)
    return sanction_roles(sentence, 0, len(sentence.text), at, before, following, in_turn)


def with_sequel(by: str | None, targets: tuple[str, ...], detail: Sentence | None,
                before: Antecedents, following: tuple[Sentence, ...]
                ) -> tuple[str | None, tuple[str, ...]]:
    """A dated sanction's roles completed by the undated sanction sentence after it: its
    roles when the dated one named no target, its targets when it tells of more parties
    sanctioned "also" by the same authority or by none named."""
    if detail is None:
        return by, targets
    more_by, more = detailed(detail, before, following, in_turn=not targets)
    if not targets:
        return (more_by, more) if more_by and more else (by, targets)
    if re.search(r"\balso\b", detail.text) and more and more_by in (None, by):
        return by, unique([*targets, *more])
    return by, targets
