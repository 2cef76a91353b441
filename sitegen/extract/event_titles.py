"""Event titles: a short neutral summary of who did what, without the date words. No I/O."""

from __future__ import annotations

import re

from sitegen.extract.datelines import dateline_end
from sitegen.extract.types import DateMention, Sentence

_REPORTING = re.compile(r"\b(?:said|says|told|announced)\b", re.I)
# The act in the title's words, as the text tells it: "froze the assets of" -> "freezes
# the assets of"; a list of acts in the order they are tried.
_SANCTION_VERBS = [(re.compile(rf"\b(?:{p})\b", re.I), title) for p, title in (
    (r"fined", "fines"),
    (r"designat\w*", "designates"),
    (r"(?:froze|freez\w*) the assets|asset freeze", "freezes the assets of"),
    (r"(?:froze|freez\w*) the (?:bank )?accounts", "freezes the accounts of"),
    (r"barred|bars|banned|bans", "bars"),
    (r"added", "adds"),
    (r"embargo\w*", "puts an embargo on"),
    (r"blacklist\w*", "blacklists"),
)]
_PRONOUN = re.compile(r"(?:he|she|it|they|we|the|a|an|this|these|its|his|her|their)\b", re.I)


def event_title(sentence: Sentence, names: dict[str, str], kind: str, by: str | None,
                targets: tuple[str, ...], clause: str, date: DateMention, at: int) -> str:
    """A short neutral summary: who did what, without the date words."""
    here = {m.actor: sentence.text[m.start:m.end] for m in reversed(sentence.mentions)}

    def name(actor: str) -> str:
        return here.get(actor) or names.get(actor, actor)

    if kind == "sanction" and by:
        named = [name(t) for t in targets]
        listed = named[0] if len(named) == 1 else ", ".join(named[:-1]) + " and " + named[-1]
        verb = next((title for pattern, title in _SANCTION_VERBS if pattern.search(clause)),
                    "sanctions")
        if verb == "adds":
            return f"{name(by)} adds {listed} to its sanctions list"
        return f"{name(by)} {verb} {listed}"
    words = re.sub(r"\s+", " ", clause.replace(date.surface, " ")).strip(" ,;:.")
    words = words[dateline_end(words):]  # "WASHINGTON (AP) — " is where the story was filed
    words = re.sub(r"^(?:(?:and|but|which|who|that|adding that|according to)\b\s*)+", "", words)
    words = re.sub(r"^(?:In|On|By|Since|Until|From|Between|During)\s*,\s*", "", words)  # "In late
    # September, X sent ..." once the date is gone
    comma = clause.find(", ")
    subject = [m for m in sentence.mentions if m.end <= date.start]
    if words[:1].islower() and 0 <= comma < at:  # "examines weapons ..., said in a report"
        tail = words.partition(", ")[2]
        if subject and _REPORTING.match(tail):
            words = f"{name(subject[0].actor)} {tail}"
    elif words[:1].islower() and comma > at \
            and clause[:comma].replace(date.surface, "").strip(" ,"):  # not "In August, ..."
        # "Aas, who left the team in January 2022, denied ...": the dated part only
        words = words.partition(", ")[0]
        if subject and not _PRONOUN.match(words):
            words = f"{name(subject[0].actor)} {words}"
    if re.match(r"(?:it|they)\s", words) and subject \
            and sentence.text.find(clause) > subject[0].start:
        words = f"{name(subject[0].actor)} {words.split(' ', 1)[1]}"  # "and that it had ..."
    if words[:1].islower() and subject and not _PRONOUN.match(words) \
            and sentence.text.find(clause) > subject[0].start:
        words = f"{name(subject[0].actor)} {words}"  # "fired him in August": who did
    words = re.sub(r"\bsaid\s+(?:that\s+)?", "says ", words, count=1)
    words = re.sub(r"\s+([,;:.])", r"\1", words)
    words = re.sub(rf"\s+{_LOOSE}(?=[,;:.]|$)", "", words)  # "aired in" once "March" is gone
    split = words.split()
    keep = 16
    while keep < min(len(split), 20) and split[keep - 1][:1].isupper() \
            and split[keep][:1].isupper():
        keep += 1  # do not cut a name: "... changed its name to Blue Meridian Seafood Ltd"
    cut = " ".join(split[:keep])
    cut = re.sub(rf"(?:[,;:]?\s+{_LOOSE})+$", "", cut).strip(" ,;:")
    return (cut[:1].upper() + cut[1:]) or kind


# Words that cannot end a title: "... changed its name to Blue" is cut back to "... name".
_LOOSE = (r"(?:in|on|at|of|to|from|since|by|until|between|the|a|an|and|or|its|his|her|their|"
          r"for|with|after|before|that|is|was|were|had|has|have|it|its|would|will|up|into|"
          r"alleges|claims|says|shows)\b")  # "A lawsuit filed alleges" says nothing more


