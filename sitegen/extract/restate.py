"""Neutral restatement of a claim's excerpt: no quotation marks, attribution or hedges.

The hedge lives in the claim's status and cues (content model), so its text reads as
the bare assertion, with relative dates made absolute. No I/O.
"""

from __future__ import annotations

import datetime
import re
from collections.abc import Callable

from sitegen.extract.datelines import dateline_end
from sitegen.extract.dates import restate_dates


def neutral_text(excerpt: str, published: datetime.date | None) -> str:
    """Restate an excerpt without quotation marks, attribution or hedge words."""
    text = re.sub(r"[\"\u201c\u201d]", "", restate_dates(excerpt, published)).strip(" ,;")
    text = text[dateline_end(text):]
    text = re.sub(r"^according to [^,]+,\s*|,\s*according to .*$", "", text, flags=re.I)
    # a clause split from its sentence loses its joint: "and that it had reported ..."
    text = re.sub(r"^(?:and|but|while|adding)\s+(?:that\s+)?|^(?:and )?that\s+", "", text,
                  flags=re.I)
    text = _TRAILING_ATTRIBUTION.sub("", text)
    text = _TRAILING_SOURCE.sub("", text)
    text = re.sub(r",\s+(?:said|says|according to)\s+(?:a|an|one|two|three|four|several|some)\s"
                  r"[^\"\u201c\u201d]*$", "", text)  # "..., said a former mechanic who ..."
    said = _LEADING_ATTRIBUTION.match(text)
    if said and len(said.group("rest").split()) >= 4:
        text = said.group("rest")
    text = re.sub(r",?\s+(and|but) that\s+", r" \1 ", text)  # "said A and that B": A and B
    for pattern, replacement in _DEHEDGE:
        text = pattern.sub(replacement, text)
    text = re.sub(r"\s+", " ", text).strip(" ,;")
    if not text:
        return excerpt
    text = text[0].upper() + text[1:]
    return text if text[-1] in ".!?" else text + "."


# "X said (on Monday) (that) ...", with at most two commas before the verb.
_LEADING_ATTRIBUTION = re.compile(
    r"^(?:[^,]{0,120},){0,2}[^,]{0,80}?\b(?:said|says|say|stated|acknowledged|insisted|"
    # "said (on Monday) that", but not "said the firm had found no evidence that": a verb
    # before "that" makes it the content's own
    r"told\s+(?:\S+\s+){0,4}?(?=that\b))(?:(?:\s+(?!(?:had|has|have|was|were|is|are|did|"
    r"does|do|would|could|will|can)\b)\S+){0,10}?\s+that\b|"
    r"\s+(?:on|in|last|this)\s+\S+(?:\s+\d{4})?(?=\s+(?:it|he|she|they|the|its)\b))?"
    r"\s+(?P<rest>.+)$",
    re.IGNORECASE,
)
# "SAN FRANCISCO — ", "LONDON (Reuters) - "
# "..., a class-action lawsuit filed on Monday alleges."
_TRAILING_SOURCE = re.compile(
    r",\s+(?:a|an|the)\s+[^,]{0,80}?\b(?:alleges?|claims?|says|said|shows?|showed|states?|"
    r"reports?|finds?|found)\.?$")
# "..., she said." or "..., said Kevin Tan, a spokesperson for Blue Meridian."
_TRAILING_ATTRIBUTION = re.compile(
    r",\s+(?:(?:he|she|they|it|the \w+(?: \w+)?|an? (?:\w+ ){0,2}spokes\w+|"
    r"(?:[a-z]+\s+)?[A-Z][\w.'\u2019-]+(?:\s[A-Z][\w.'\u2019-]+)*)\s+"
    r"(?:said|says|told \w+(?: \w+){0,3}|wrote)"
    r"(?:\s+(?:on|in) \w+(?: \w+){0,3})?|"
    # inverted: "..., said Kevin Tan, a spokesperson for ..." (a name, then only its title),
    # also after the speaker's role: "..., said his attorney, Margaret O'Neill-Hayes."
    r"(?:said|says|told) (?:(?:his|her|their|its|the) [\w' -]{1,40}?,? )?"
    r"(?:[A-Z][\w.'\u2019-]*\s?)+(?:,[^.]{0,120})?)\.?$"
)


_IRREGULAR = {"running": "ran", "taking": "took", "making": "made", "paying": "paid",
              "selling": "sold", "sending": "sent", "giving": "gave", "hiding": "hid",
              "buying": "bought", "stealing": "stole", "bringing": "brought", "getting": "got",
              "keeping": "kept", "holding": "held", "building": "built", "being": "was",
              "withholding": "withheld", "spending": "spent", "lending": "lent",
              "leading": "led", "telling": "told", "seeking": "sought", "winning": "won",
              "breaking": "broke", "fighting": "fought", "shooting": "shot"}


def _past(match: re.Match[str]) -> str:
    """'accused of helping' -> 'helped': the allegation restated without its hedge."""
    gerund = match.group(1)
    lower = gerund.lower()
    if lower in _IRREGULAR:
        return _IRREGULAR[lower]
    if re.search(r"[^aeiou]ying$", lower):
        return gerund[:-4] + "ied"  # "supplying" -> "supplied"
    return gerund[:-3] + "ed"


_DEHEDGE: list[tuple[re.Pattern[str], str | Callable[[re.Match[str]], str]]] = [
    (re.compile(r"\b(?:is|are|was|were|has been|have been) (?:accused|suspected) of "
                r"(?!having\b)(\w+ing)\b", re.I), _past),
    (re.compile(r"\b(?:is|are|was|were) suspected (?:of )?(?:having |to have )(\w+)", re.I), r"\1"),
    (re.compile(r"\b(is|are|was|were) suspected (?:of|to be) (\w+)", re.I), r"\1 \2"),
    (re.compile(r"\b(?:appears|seems) to have been\b", re.I), "was"),
    (re.compile(r"\b(?:appear|seem) to have been\b", re.I), "were"),
    (re.compile(r"\b(?:appeared|seemed) to have been\b", re.I), "had been"),
    (re.compile(r"\b(?:appears|appear|appeared|seems|seem|seemed) to have (\w+)", re.I), r"\1"),
    (re.compile(r"\b(?:appears|seems) to be\b", re.I), "is"),
    (re.compile(r"\b(?:appear|seem) to be\b", re.I), "are"),
    (re.compile(r"\b(they|these|those|we|\w+[^s\W]s) (?:appeared|seemed) to be\b", re.I),
     r"\1 were"),
    (re.compile(r"\b(?:appeared|seemed) to be\b", re.I), "was"),
    (re.compile(r"\b(?:appears|appear|appeared|seems|seem|seemed) to\s+", re.I), ""),
    (re.compile(r"\bit (?:seems|seemed|appears|appeared|looks|looked) (?:like|that|as if)\s+",
                re.I), ""),
    (re.compile(r"\b(is|are) (?:widely )?(?:believed|thought) to be\b", re.I), r"\1"),
    (re.compile(r"\bis (?:widely )?(?:believed|thought) to have\b", re.I), "has"),
    (re.compile(r"\bare (?:widely )?(?:believed|thought) to have\b", re.I), "have"),
    (re.compile(r"\b(is|are|was|were) (?:widely )?(?:believed|thought) to\s+", re.I),
     r"\1 said to "),
    (re.compile(r"\b(?:are|were) doubted to have (\w+)", re.I), r"\1"),
    (re.compile(r"\b(?:allegedly|reportedly|supposedly|apparently|purportedly|seemingly)\s+",
                re.I), ""),
    (re.compile(r",?\s*which (?:could not|cannot|has not) (?:be |been )?(?:independently )?"
                r"(?:verified|confirmed)", re.I), ""),
]

