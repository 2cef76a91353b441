"""Explicit statements that two names are one entity: an acronym in brackets, "also known
as", "another name for", a renaming ("formerly", "renamed", "founded as ... and took its
current name"). No I/O.
"""

from __future__ import annotations

import re

from sitegen.extract.article import Article
from sitegen.extract.clusters import Links
from sitegen.extract.kinds import COMPANY_SUFFIXES, COMPANY_WORDS, ORG_WORDS
from sitegen.extract.mention_roles import LOCATIVE
from sitegen.extract.places import is_place
from sitegen.extract.types import Candidate


def find_links(article: Article, candidates: list[Candidate]) -> Links:
    """Explicit same-entity statements: acronyms in brackets, aliases, renamings."""
    links = Links()
    by_par: dict[int, list[Candidate]] = {}
    for c in candidates:
        by_par.setdefault(c.paragraph, []).append(c)
        if c.acronym:
            links.same.append((c.surface, c.acronym))
    prev_company: Candidate | None = None
    for p in article.body():
        cands = sorted(by_par.get(p.index, []), key=lambda c: c.start)
        for a, b in zip(cands, cands[1:], strict=False):
            gap = p.text[a.end : b.start]
            if re.fullmatch(
                r",?\s*(?:\((?:also\s+)?(?:known\s+as|a\.?k\.?a\.?)\s*|(?:also\s+|now\s+)?"
                r"(?:known\s+as|called|a\.?k\.?a\.?)\s+|(?:also\s+)?known\s+by\s+(?:its|their|the)"
                r"\s+(?:\w+\s+)?(?:initials|acronym|abbreviation)\s+)",
                gap,
            ) or _acronym_apposition(a, b, gap, p.text, cands) or (
                # 'The March 23 Movement, or M23, has ...'
                gap == ", or "
                and re.fullmatch(r"[A-Z][A-Z0-9]{1,5}", b.surface)
                and p.text[b.end : b.end + 1] == ","
            ):
                links.same.append((a.surface, b.surface))
            elif (
                _DESCRIBED.match(a.surface)
                and re.fullmatch(r",\s+(?:the\s+)?", gap)
                and _names_body(b, p.text)
            ):
                links.same.append((b.surface, a.surface))  # "Spain's anti-doping agency, CELAD,"
            elif re.fullmatch(
                r",?\s*(?:which|who)\s+(?:\w+\s+){0,4}(?:another|other|alternative|"
                r"new|old)\s+name\s+(?:for|of)\s+",
                gap,
            ):
                links.same.append((b.surface, a.surface))
            elif re.fullmatch(
                r",?\s*\(?(?:formerly|previously|once)\s+(?:known\s+as\s+|called\s+)?", gap
            ):
                links.renamed.append((b.surface, a.surface))
            elif re.fullmatch(
                r"\s+(?:was\s+)?(?:renamed|rebranded)(?:\s+(?:itself|as|to))*\s+", gap
            ):
                links.renamed.append((a.surface, b.surface))
            elif re.fullmatch(
                # 'X, which until March was called Y'; 'X was founded as Y' (and took its name)
                r",?\s*(?:which|that)\s+(?:until|before|up to)\s+[\w ]{1,30}?\s+(?:was|had been)\s+"
                r"(?:called|named|known\s+as)\s+|"
                r",?\s*(?:which\s+|that\s+)?(?:was\s+)?(?:originally\s+)?(?:founded|established|"
                r"incorporated|registered|set\s+up|created|launched)\s+(?:in\s+\d{4}\s+)?as\s+",
                gap,
            ):
                links.renamed.append((b.surface, a.surface))
        for a in cands:
            after = p.text[a.end :]
            described = next((b for b in cands if _described_after(a, b, p.text)), None)
            if described:  # 'The Zollamt, Germany's customs agency, said': one body
                links.same.append((a.surface, described.surface))
            ticker = _TICKER.match(after)
            if ticker:  # 'Acme Mining Ltd (ASX: ACM)': the market's short name for the firm
                links.same.append((a.surface, ticker.group("ticker")))
            for rx, renamed in _OTHER_NAME:
                m = rx.match(after)
                b = m and next((x for x in cands if x.start == a.end + m.end()), None)
                if b is None:
                    continue
                if renamed or re.match(r"\s+until\b", p.text[b.end :]):
                    links.renamed.append((b.surface, a.surface))
                else:  # the name the story uses stays the name; the legal one is an alias
                    links.same.append((a.surface, b.surface))
                    links.renamed.append((b.surface, a.surface))
        for c in cands:
            before = p.text[: c.start]
            if re.search(
                r"\b(?:changed|change)\s+(?:its|their)\s+name\s+to\s+$|"
                r"\b(?:renamed|rebranded)\s+(?:itself\s+)?(?:as\s+|to\s+)?$",
                before,
            ):
                earlier = [
                    x
                    for x in cands
                    if x.end <= c.start
                    and not is_place(x.surface)
                    and not x.surface.isupper()
                    and not LOCATIVE.search(p.text[: x.start])
                ]
                former = earlier[-1] if earlier else prev_company
                if former is not None:
                    links.renamed.append((former.surface, c.surface))
        for c in cands:
            # 'The company was founded as Y GmbH and took its current name in 2019'
            if re.search(
                r"\b(?:was|were)\s+(?:originally\s+)?(?:founded|established|incorporated|"
                r"set\s+up|created)\s+(?:in\s+\d{4}\s+)?as\s+$",
                p.text[: c.start],
            ) and re.match(
                r"[^.;]*\b(?:(?:took|adopted|assumed)\s+(?:its|the)\s+(?:current|present|new)\s+"
                r"name|renamed|changed\s+(?:its|the)\s+name)",
                p.text[c.end :],
            ):
                firms = [x for x in cands if x.end <= c.start and _is_firm_name(x.surface)]
                current = firms[-1] if firms else prev_company
                if current is not None and current.surface != c.surface:
                    links.renamed.append((c.surface, current.surface))
        firms = [c for c in cands if _is_firm_name(c.surface)]
        prev_company = firms[-1] if firms else prev_company
    return links


# Another name of the entity just named, after it: a former name ('X, which was called Y
# until 2023'), or a registered or trading name ('X, which is registered in Cyprus as Y',
# 'X, trading as Y'), which is a former name when 'until' follows it. (pattern, renamed)
_OTHER_NAME = (
    (  # 'X, a Beirut shipping agent formerly known as Y'
        re.compile(
            r",\s+(?:a|an|the)\s+[^,;()]{1,60}?\s+(?:formerly|previously|once|originally)\s+"
            r"(?:known\s+as|called|named)\s+(?:the\s+)?"
        ),
        True,
    ),
    (
        re.compile(
            r",?\s*(?:which|that|who)\s+(?:was|were|had\s+been)\s+(?:previously\s+|formerly\s+|"
            r"once\s+|originally\s+|then\s+)?(?:called|named|known\s+as)\s+(?:the\s+)?"
        ),
        True,
    ),
    (  # 'X, which changed its name from Y in 2023'
        re.compile(
            r",?\s*(?:which|that|who)\s+(?:changed\s+(?:its|their)\s+name|was\s+renamed)\s+"
            r"from\s+(?:the\s+)?"
        ),
        True,
    ),
    (
        re.compile(
            r",?\s*(?:(?:which|that)\s+(?:is|was|has\s+been)\s+)?(?:legally\s+|officially\s+|"
            r"formally\s+)?(?:registered|incorporated|listed|licensed)\s+(?:in\s+(?:the\s+)?"
            r"[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,3}\s+)?as\s+(?:the\s+)?"
        ),
        False,
    ),
    (
        re.compile(
            r",?\s*(?:which\s+|that\s+|and\s+)?(?:trades|traded|trading|operates|operated|operating|"
            r"does\s+business|did\s+business|doing\s+business)\s+as\s+(?:the\s+)?"
        ),
        False,
    ),
)


def _acronym_apposition(
    a: Candidate, b: Candidate, gap: str, text: str, cands: list[Candidate]
) -> bool:
    """'The European Anti-Fraud Office, OLAF, went further': an acronym set off by commas
    right after a body's name is its short name, even in another language's order; never
    one that spells another name of the paragraph ('the Treasury, OFAC, and ...')."""
    if gap != ", " or not re.fullmatch(r"[A-Z]{2,6}", b.surface) or text[b.end : b.end + 1] != ",":
        return False
    if a.surface.split()[-1] not in ORG_WORDS:
        return False
    spelled = {"".join(w[0] for w in c.surface.split() if w[0].isupper()) for c in cands}
    return b.surface not in spelled and not re.match(r",\s+(?:and|or)\b", text[b.end :])


def _described_after(a: Candidate, b: Candidate, text: str) -> bool:
    """A body's description set off by commas right after its name ('the Zollamt, Germany's
    customs agency,') is the same body; a place is never so described."""
    return (
        a.end < b.start <= a.end + 6
        and re.fullmatch(r", (?:the )?", text[a.end : b.start]) is not None
        and bool(_DESCRIBED.fullmatch(b.surface))
        and not _DESCRIBED.match(a.surface)
        and not is_place(a.surface)
        and bool(re.match(r"\s*(?:[,.;]|$)", text[b.end :]))
    )


def _is_firm_name(name: str) -> bool:
    last = name.split()[-1].rstrip(".")
    return last in COMPANY_SUFFIXES or last in COMPANY_WORDS


# A stock-exchange listing in brackets after a firm's name: '(ASX: CSB)', '(NYSE: ACME)'.
_TICKER = re.compile(r"\s*\((?:[A-Z][A-Za-z]{1,7}\s*:\s*)(?P<ticker>[A-Z][A-Z0-9]{1,5})\)")

# A body named by description: "Spain's anti-doping agency".
_DESCRIBED = re.compile(r"[A-Z][\w ]*[’']s\s+(?:[a-z][\w-]*\s+){0,2}[a-z]+$")


def _names_body(c: Candidate, text: str) -> bool:
    """An acronym or a body's name set off by commas after a description names that body."""
    words = c.surface.split()
    return text[c.end : c.end + 1] in (",", ")") and (
        c.surface.isupper()
        or words[-1] in ORG_WORDS
        or words[-1].rstrip(".") in COMPANY_SUFFIXES
        or (len(words) == 1 and not is_place(c.surface))  # "... authority, Sepblac,"
    )
