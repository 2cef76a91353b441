"""What the sentences after a dated sanction add to it: the authority and targets an
undated next sentence names ("The US sanctioned an exchange on Monday." then "OFAC
designated X, its operator Y and its chief, Z."), and parties it adds ("Her partner, Z,
was also designated."). No I/O.
"""

from __future__ import annotations

import re

from sitegen.extract.cues import unique
from sitegen.extract.dates import find_dates
from sitegen.extract.sanction_authority import as_authority, without_possessors
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


def acting_body(by: str | None, text: str, before: Antecedents,
                following: tuple[Sentence, ...]) -> str | None:
    """A nation a lede has put parties on a list of its own name ("The US added a
    distributor to the Entity List on Tuesday.") acts through the body that keeps the list,
    the public body the next sentence opens on telling of it ("The Commerce Department's
    Bureau of Industry and Security said ..."). A measure with no named list ("Britain froze
    the assets of ...") stays the nation's, whichever ministry speaks for it."""
    if by not in {key for _, key in before.countries} or not following \
            or not re.search(r"\bto\s+the\s+(?:[A-Z][\w-]*\s+)+(?:List|Register)\b", text):
        return by
    told = following[0].text
    bodies = without_possessors(told, [as_authority(told, m) for m in following[0].mentions])
    opening = min(bodies, key=lambda m: m.start, default=None)
    if opening is None or opening.type != "government" or not re.fullmatch(
            r"(?:the\s+)?(?:[\w.\s-]+['\u2019]s\s+)?", told[:opening.start], re.I) \
            or not re.match(r"(?:\s*\([^)]{1,12}\))?,?\s+(?:said|says|announced|stated)\b",
                            told[opening.end:]):
        return by
    return opening.actor
