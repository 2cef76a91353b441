"""The wording that attributes a quotation: reporting verbs and where the speaker stands
around the quoted span. Patterns only, no logic.
"""

from __future__ import annotations

import re

# Verbs that report speech right beside a quotation ('said', 'told', 'insisted').
VERBS = (
    r"demanded|wondered|questioned|pleaded|boasted|bragged|lamented|predicted|promised|pledged|"
    r"vowed|countered|retorted|reiterated|maintained|quipped|joked|mused|reminded|agreed|"
    r"scoffed|explains|recalls|insists|warns|notes|argues|adds|asks|"
    r"said|says|say|added|adds|told|tells|asked|asks|explained|continued|wrote|writes|"
    r"reported|reports|yelled|yells|shouted|shouts|screamed|whispered|sang|sings|chanted|"
    r"commented|recounted|read|reads|added|adding|continues|began|concluded|"
    r"insisted|warned|recalled|noted|argued|stated|replied|responded|declared|announced|"
    r"acknowledged|admitted|claimed|conceded|remarked|observed|suggested|complained|"
    r"urged|cautioned|emphasised|emphasized|stressed|tweeted|posted|testified|concluded"
)
# Verbs that attribute a quotation inside the same sentence ("Obama called the holiday “...”").
SENTENCE_VERBS = re.compile(
    rf"\b(?:{VERBS}|saying|telling|adding|writing|calling|called|calls|tweeting|asking|"
    r"chanting|demanding|shouting|declaring|announcing|insisting|noting|warning|"
    r"cited|citing|cites|described|describes|describing|labeled|labelled|"
    r"attacked|blasted|accused|criticized|criticised|praised|dismissed|"
    r"promised|vowed|pledged|predicted|insists|argues|warns|notes|"
    r"tweeted|posted|declared|decried|denounced|mocked|joked|quipped|"
    r"claiming|claims|describing|arguing|insisting|warning|suggesting|"
    r"characteri[sz]ed|characteri[sz]ing|branded|likened|recalled|"
    r"found|finds|concluded|concludes|stated|states|showed|shows|"
    r"told|tells|according to|attributes|attributed|attributing|confirmed|confirms|"
    r"denied|denies|condemned|condemns|slammed|hailed|welcomed|lauded|exhorted|exhorts|"
    r"pleaded|implored|urges|urge|urging)\b",
    re.IGNORECASE,
)
DASH_AFTER = re.compile(r"^\s*[―—–]\s*(?P<who>[A-Z][^.,;“”\"]{1,60})")
AFTER_VERB_FIRST = re.compile(rf"^\s*,?\s*(?:{VERBS})\s+(?P<who>.+)", re.IGNORECASE | re.DOTALL)
AFTER_WHO_FIRST = re.compile(rf"^\s*,?\s*(?P<who>[^“”\"]{{1,120}}?)\s+(?:{VERBS})\b", re.DOTALL)
# '...," according to a statement from Mayor X.': the statement's author speaks.
AFTER_ACCORDING = re.compile(
    r"^\s*,?\s*according to\s+(?:(?:a|an|the|his|her|its|their)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:statement|post|email|e-mail|letter|release|filing|transcript|interview|message)\s+"
    r"(?:from|by|of|issued by|released by)\s+)?(?P<who>[^“”\"]+)",
    re.IGNORECASE,
)
BEFORE = re.compile(
    rf"(?P<who>[^;!?“”\"]{{1,200}}?)\s+(?:{VERBS})"
    r"(?:\s+(?:(?:of|about|to)\s+)?(?:the\s+)?[A-Z][\w ]{0,40}?)?"
    rf"(?:\s+(?:in|on|at)\s+[^,:]{{1,60}})?\s*[,:]\s*$"
)
# The subject and reporting verb opening the sentence after a quote: 'Anna Lind, a spokeswoman
# for X, said'. The subject holds no quotation mark and is at most 15 words.
NEXT_SUBJECT = re.compile(rf"(?P<who>(?:[^\s“”\"]+\s+){{1,15}}?)(?:{VERBS})\b")
# The bare subject closing a sentence a quote ran into: ', she said', ', the Commission said',
# ', the company said'; never a noun phrase such as ', a customer it says'.
TRAILING_SUBJECT = re.compile(
    r",\s+(?P<subject>(?i:he|she|they|it|we)|(?:the\s+)?[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){0,3}|"
    r"the\s+[a-z]+)$"
)
# Where a programme's or a publication's title stands: 'appeared on “Morning Joe”',
# 'told “Fox and Friends”', 'wrote in “The Atlantic”', 'on CBS's “Face the Nation”'.
PROGRAMME_BEFORE = re.compile(
    r"\b(?:on|in|told|to)\s+(?:the\s+)?(?:[A-Z][\w.&-]*(?:\s+[A-Z][\w.&-]*){0,2}[’']s\s+)?$"
)
SO_CALLED = re.compile(r"\b(?:so-called|so called)\s*$", re.IGNORECASE)
# Participles after a comma report what the sentence's subject says: 'X added ..., saying'.
PARTICIPLE = re.compile(
    r"(?:saying|adding|telling|noting|insisting|warning|arguing|claiming|calling|describing|"
    r"citing|branding|labell?ing|accusing|asking|writing)"
)
PARTIAL = re.compile(
    r"\b(?:citing|cited|calling\s+(?:it|them|him|her|this|that)?|called\s+(?:it|them|"
    r"him|her|this|that)|(?:described|describing|describes)\s+(?:it|them|him|her|this|that|"
    r"the\s+\w+)?\s*as|"
    r"saying|said|says|warned\s+of|warning\s+of|referred\s+to|denounced|"
    r"promised|vowed|pledged|condemned)\s+(?:an?\s+|the\s+)?$",
    re.IGNORECASE,
)
# A short subject and a reporting verb right after a quote: '” investigators said'.
WHO_THEN_VERB = re.compile(
    rf"\s*(?P<who>[A-Za-z][\w’'-]*(?:\s+[\w’'-]+){{0,4}}?)\s+(?:{VERBS})\b"
)
_TITLE_LOWER = frozenset("a an the of in on at to for and or with from".split())


def title_cased(text: str) -> bool:
    """A short span whose every word but small ones is capitalised: 'Face the Nation'."""
    words = re.findall(r"[^\W\d_][\w'’-]*", text)
    return 0 < len(words) <= 6 and all(w[0].isupper() or w in _TITLE_LOWER for w in words)
