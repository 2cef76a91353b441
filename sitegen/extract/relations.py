"""Relations the text states between actors, each with its excerpt. No I/O.

Appositions and a few fixed phrasings only ("X, a spokesperson for Y", "Y's lead
investigator, X", "a documentary by Y", "Y's subsidiary, X"). Alleged links are claims,
never relations, so a hedge in the sentence blocks the relation.
"""

from __future__ import annotations

import re

from sitegen.extract.actors import Cast, Located
from sitegen.extract.article import Article, split_sentences
from sitegen.extract.kinds import ROLE_WORDS

_HEDGE = re.compile(
    r"\b(alleged|allegedly|suspected|reportedly|believed|described as|"
    r"accused|claims?|seems?|appears?|supposedly|purportedly)\b",
    re.IGNORECASE,
)
_BODY_NOUNS = {"company", "firm", "group", "ministry", "agency", "bank", "hospital", "charity"}
_ROLE = re.compile(rf"\b(?P<role>{ROLE_WORDS})\b", re.IGNORECASE)


def _kind_for(role: str) -> str:
    role = role.lower()
    if role.startswith("spokes") or role == "representative":
        return "spokesperson-of"
    if role in ("lawyer", "attorney", "counsel"):
        return "lawyer-for"
    return "employed-by"


def find_relations(article: Article, cast: Cast) -> None:
    """Add the stated relations to the cast's actors."""
    for p in article.body():
        mentions = cast.in_paragraph(p.index)
        for s, e in split_sentences(p.text):
            sentence = [m for m in mentions if s <= m.start < e]
            for i, m in enumerate(sentence):
                _apposition(cast, p.text, m, sentence[i + 1 :], e)
                _role_before(cast, p.text, m, sentence[:i], mentions, s)
                _org_role_name(cast, p.text, m, sentence[:i])
                _possessive_body(cast, p.text, m, sentence[i + 1 :])
                _made_by(cast, p.text, m, sentence[i + 1 :], e)
    for actor in cast.actors.values():  # a hedge inside the stated link makes it an allegation
        actor.relations = [r for r in actor.relations if not _HEDGE.search(r[2])]


def _type(cast: Cast, m: Located) -> str:
    return cast.actors[m.key].type


def _apposition(cast: Cast, text: str, m: Located, later: list[Located], end: int) -> None:
    """'X, a spokesperson for Y', 'X, OFAC's acting director', 'X, a consultancy that Y hired'."""
    if not later or not text[m.end : end].startswith(","):
        return
    if _type(cast, m) == "person":
        _person_apposition(cast, text, m, later)
        _employed_at(cast, text, m, later)
    else:
        _body_apposition(cast, text, m, later, end)


def _person_apposition(cast: Cast, text: str, m: Located, later: list[Located]) -> None:
    """'X, a spokesperson for Y' / 'X, the director of Y' / 'X, Y's acting director'."""
    y = later[0]
    between = text[m.end : y.start]
    role = _ROLE.search(between)
    if role and re.fullmatch(
        r",\s+(?:(?:a|an|the|its|his|her)\s+)?(?:former\s+|acting\s+|lead\s+|senior\s+|"
        r"chief\s+|deputy\s+|[\w-]+\s+){0,3}"
        + re.escape(role.group())
        + r"(?:\s+[\w-]+){0,3}\s+(?:of|for|at|with|to)\s+(?:the\s+)?",
        between,
    ):
        cast.relate(m.key, _kind_for(role.group("role")), y.key, text[m.start : y.end])
    elif re.fullmatch(r",\s+(?:the\s+)?", between) and text[y.end : y.end + 2] in ("’s", "'s"):
        role = _ROLE.search(text[y.end : y.end + 60].split(",")[0])
        if role and _type(cast, y) != "person":
            kind = _kind_for(role.group("role"))
            cast.relate(m.key, kind, y.key, text[m.start : y.end + role.end()])


def _employed_at(cast: Cast, text: str, m: Located, later: list[Located]) -> None:
    """'X, a researcher who is employed at a Google owned company called Mandiant'."""
    hired = re.search(r"\bemployed\s+(?:at|by)\b", text[m.end : later[-1].end])
    if not hired:
        return
    after = [x for x in later if x.start > m.end + hired.end()]
    called = [x for x in after if re.search(r"(?:called|named)\s+$", text[x.start - 8 : x.start])]
    owners = [x for x in after if text[x.end : x.end + 8].lstrip("- ").startswith("owned")]
    target = (called or [x for x in after if x not in owners] or [None])[0]
    if target and _type(cast, target) != "person":
        cast.relate(m.key, "employed-by", target.key, text[m.start : target.end])


def _body_apposition(cast: Cast, text: str, m: Located, later: list[Located], end: int) -> None:
    """'X, a consultancy that Y hired' -> commissioned-by; 'X, a subsidiary of Y' -> owned-by."""
    y = later[0]
    between = text[m.end : y.start]
    if re.match(r",\s+(?:a|an|the)\s+[\w\s-]{0,40}?\bthat\s+", between):
        for x in later:
            hired = re.match(r"[,\s]*hired\b", text[x.end : end])
            if hired:
                cast.relate(m.key, "commissioned-by", x.key, text[m.start : x.end + hired.end()])
                return
    elif re.fullmatch(
        r",\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,3}(?:subsidiary|unit|division|arm)\s+of\s+(?:the\s+)?",
        between,
    ):
        kind = "owned-by" if _type(cast, m) == "company" else "part-of"
        cast.relate(m.key, kind, y.key, text[m.start : y.end])


def _role_before(
    cast: Cast, text: str, m: Located, earlier: list[Located], mentions: list[Located], s: int
) -> None:
    """'CSM’s lead investigator, Tomas Jankauskas'; 'Its chief executive, Sabine Krüger'."""
    if _type(cast, m) != "person":
        return
    before = text[s : m.start]
    g = re.search(
        rf"(?:(?P<its>\b[Ii]ts)|(?P<owner>[^\s,]+)[’']s)\s+(?:[\w-]+\s+){{0,3}}?(?P<role>{ROLE_WORDS}),\s+$",
        before,
        re.IGNORECASE,
    )
    if not g:
        return
    owner_word = (g.group("owner") or "").lower()
    if g.group("its") or owner_word in _BODY_NOUNS:  # 'Its chief executive', "the company's lawyer"
        bodies = [x for x in mentions if (x.paragraph, x.start) < (m.paragraph, m.start)]
        # 'Its chief executive': the firm the paragraph is about, before any agency named since
        prior = [x for x in bodies if _type(cast, x) == "company"] or [
            x for x in bodies if _type(cast, x) in ("organization", "government")
        ]
        if not prior:
            return
        # the excerpt stays the verbatim apposition; the owner is read from what came before
        cast.relate(m.key, _kind_for(g.group("role")), prior[-1].key, text[s + g.start() : m.end])
        return
    owner = [x for x in earlier if x.end == s + g.end("owner")]
    lawyer = _kind_for(g.group("role")) == "lawyer-for"
    if owner and (_type(cast, owner[0]) != "person" or lawyer):  # "Mbarga's lawyer, X"
        cast.relate(m.key, _kind_for(g.group("role")), owner[0].key, text[owner[0].start : m.end])


def _org_role_name(cast: Cast, text: str, m: Located, earlier: list[Located]) -> None:
    """'Velotek spokesperson Anna Berg', 'Corvantis chief executive Ian Holt'."""
    if _type(cast, m) != "person" or not earlier:
        return
    org = earlier[-1]
    between = text[org.end : m.start]
    g = re.fullmatch(rf"\s+(?:[\w-]+\s+){{0,2}}?(?P<role>{ROLE_WORDS})\s+", between, re.IGNORECASE)
    if g and _type(cast, org) in ("company", "organization", "government", "media"):
        cast.relate(m.key, _kind_for(g.group("role")), org.key, text[org.start : m.end])


def _possessive_body(cast: Cast, text: str, m: Located, later: list[Located]) -> None:
    """'The US Treasury Department's Office of ...' -> part-of; "Y's subsidiary, X" -> owned-by."""
    if not later or text[m.end : m.end + 2] not in ("’s", "'s"):
        return
    y = later[0]
    between = text[m.end + 2 : y.start]
    if (
        between.strip() == ""
        and _type(cast, m) in ("government", "country")
        and _type(cast, y) in ("government", "organization")
    ):
        cast.relate(y.key, "part-of", m.key, text[m.start : y.end])
    elif re.fullmatch(r"\s+(?:[\w-]+\s+)?subsidiary,\s+", between):
        cast.relate(y.key, "owned-by", m.key, text[m.start : y.end])


def _made_by(cast: Cast, text: str, m: Located, later: list[Located], end: int) -> None:
    """'“Hooked”, a documentary by Y'; '“Invincible,” which is produced by Y'."""
    if _type(cast, m) != "work" or not later:
        return
    y = later[0]
    between = text[m.end : y.start]
    if re.match(
        r"[”\"]?,?[”\"]?\s+(?:a|an|the)?\s*(?:[\w-]+\s+){0,3}?(?:by|from)\s+(?:the\s+)?"
        r"(?:[\w-]+\s+){0,2}$|[,”\"\s]+which\s+(?:is|was)\s+(?:produced|made|created|directed)\s+by\s+(?:the\s+)?$",
        between,
    ):
        cast.relate(m.key, "produced-by", y.key, text[m.start : y.end])
