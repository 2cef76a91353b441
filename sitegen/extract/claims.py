"""Claims: the article's assertions, each with a status read from its wording. No I/O.

A sentence is one claim, or several when its clauses carry different cues ("He
acknowledged X, but said Y"). The status follows the README's rules in order; the
cue lexicons below are the whole of the judgement, so a reviewer can see why a
claim got its status. When in doubt an accusation is `alleged`, never a fact.
"""

from __future__ import annotations

import datetime
import re
from collections.abc import Callable
from dataclasses import dataclass, replace

from sitegen.extract.dates import restate_dates
from sitegen.extract.types import DraftClaim, Mention, Sentence


def _cues(*patterns: str, flags: int = re.IGNORECASE, lead: str = "") -> re.Pattern[str]:
    return re.compile("|".join(rf"{lead}\b(?:{p})\b" for p in patterns), flags)


# An insinuation scopes over its negation ("hard to believe they did not know").
INSINUATION = _cues(
    r"(?:very |extremely |really )?(?:hard|difficult|impossible) to (?:believe|imagine|see how)",
    r"(?:looked|looks|look|looking) like",
)
DENIAL = _cues(
    r"denied|denies|deny|denying|denial",
    r"(?:rejected|rejects|reject|rejecting|dismissed|dismisses|refuted|refutes)"
    r"(?:\s+\S+){0,3}?\s+(?:accusations?|allegations?|claims?|charges?|findings|reports?|suggestions?|"
    r"wrongdoing|account|version|conclusions?|criticism)",
    r"(?:accusations?|allegations?|claims?|charges?|reports?) (?:were|was|are|is) (?:\w+ )?"
    r"(?:false|wrong|inaccurate|misleading)",
    r"baseless|unfounded|groundless|untrue|without merit|innocen(?:t|ce)|not guilty",
    r"called (?:the |these |those |such )?(?:accusations?|allegations?|claims?|charges?|reports?|"
    r"findings|story)",
    r"(?:did|done|doing) nothing wrong|(?:complied|complies|comply) with all|in full compliance",
    r"(?:had|has|have) nothing to do with",
    r"(?:had|has|have) no knowledge|no knowledge of|(?:was|were|is|are) not aware|unaware",
    r"(?:did|does|do) not know|never knew|never knowingly",
    r"no(?:\s+\S+){1,3}\s+(?:had|has|have)\s+(?:known|been aware)",
    r"never (?:took|received|paid|accepted|offered|sold|supplied|worked|used|employed|knew)",
    r"(?:did|does|do) not tolerate|zero tolerance",
    r"(?:were|was) (?:lied to|misled|deceived)",
    r"insisted(?=(?:\s+\S+){0,4}\s+(?:no|not|never)\b)",
    r"(?:is|was|are|were|isn't|wasn't) not true|politically motivated|smear|nonsense",
    r"acted (?:lawfully|legally|in accordance with)|in accordance with (?:the law|all)",
)
# Denials only when the concerned party speaks ("We have never carried Iranian oil").
WEAK_DENIAL = _cues(r"(?:have|has|had) never \w+|never \w+ed|(?:did|do|does) not \w+",
                    r"(?:always |fully )?(?:complied|complies|comply) with")
DISPUTE = _cues(
    r"but said|disputed|disputes|dispute|contested|contests|took issue with|challenged the",
    r"(?:rejected|rejects|reject|dismissed|dismisses)(?:\s+\S+){0,2}?\s+characteri[sz]ations?",
    r"exaggerated|mischaracteri[sz]ed|misrepresented",
)
UNVERIFIED = _cues(
    r"could not (?:be )?(?:independently )?(?:verif|confirm)\w*",
    r"(?:has|have|had) not (?:been )?(?:independently )?(?:verified|confirmed)",
    r"could not (?:immediately |independently )?(?:verify|confirm)",
    r"(?:cannot|can not) be (?:independently )?(?:verified|confirmed)",
    r"(?:was|were) unable to (?:independently )?(?:verify|confirm)|unverified",
)
# Admissions and outcomes of record: the wrongdoing is then established, not alleged.
ADMISSION = _cues(r"acknowledged|acknowledges|admitted|admits|conceded|concedes|pleaded guilty")
OUTCOME = _cues(r"(?:was|were|been) (?:convicted|sentenced|fined)|found guilty",
                r"agreed to pay|(?:to|has|have|had) settle[ds]?(?: the)? (?:charges|case|claims)")
# Set phrases whose words would mislead the cues: a settlement "without admitting or denying".
_NO_CUE = re.compile(r"\b(?:without|neither) admit\w* (?:or|nor) deny\w*(?: wrongdoing)?", re.I)
HEDGE = _cues(
    r"suspected|suspects|supposedly|allegedly|alleged|alleges|allege|accused|accuses",
    r"(?:is|are|was|were|been) (?:widely )?(?:believed|thought|understood|said) to",
    r"(?:appears|appear|appeared|seems|seem|seemed) (?:to|like)|apparently|seemingly",
    r"reportedly|purportedly|ostensibly|doubted to|possibly|probably|likely",
    r"(?:may|might|could) have",
    r"(?:has|have|had) been attributed|attributed(?:\s+\S+){0,5}\s+to",
    r"allegations? (?:that|of)|hinted|possibility",
    r"(?:is|are|was|were) (?:widely )?(?:considered|regarded|seen|viewed)(?: as| to be)?",
    r"(?:suggests?|suggested|indicates?|indicated|points? to|pointed to) that",
)
# Plans and expectations: no status of their own, but a clause of their own.
FUTURE = _cues(
    r"(?:is|are|was|were) (?:planned|scheduled|due|set|expected) to|plans? to|planning to",
    r"will|intends? to|expects? to|expected to",
)
# Accusations: their wording makes a claim alleged, though the accusing itself (a charge
# filed, a designation) may well be a dated event.
ACCUSATION = _cues(
    r"described as|(?:have|has|had|were|was) charged|charged with|indicted|accusing",
    r"indictment|charging documents|charge sheet|criminal complaint|lawsuit|the suit",
    r"according to (?:the |an? )?\s*(?:\S+\s+)?complaint",
    r"the complaint (?:says|said|alleges|states)",
    # a sanctioning body's stated reasons: "froze the assets of firms that it says helped ..."
    r"(?:that|which|who|whom) (?:it|they|officials) (?:says?|said|claims?|claimed)",
    r"prosecutors? (?:said|say|says|allege)|investigators (?:said|say|believe)",
    r"(?:sanction\w*|designat\w*|blacklist\w*)\b.{0,80}?\bfor "
    r"(?:\w+ing|(?:its|their|his|her) role)",
)
WRONGDOING = _cues(
    r"launder\w*|brib\w*|kickbacks?|corrupt\w*|fraud\w*|embezzl\w*|stole|stolen|steal\w*",
    r"thefts?|smuggl\w*|traffick\w*|forced labou?r|debt bondage|beaten|beating",
    r"abused?|abuses|abusive|tortur\w*|kidnap\w*|extort\w*|evad\w*|evasion",
    r"illegal\w*|illicit\w*|unlawful\w*|withheld|withholding|confiscat\w*|misappropriat\w*",
    r"falsif\w*|forged|forgery|collu\w*|price[- ]fixing|insider trading|manipulat\w*",
    r"murder\w*|killed|assault\w*|harass\w*|intimidat\w*|exploit\w*|coerc\w*|scam\w*",
    r"hack(?:ed|ers?|ing)|cyberattacks?|sanctions[- ](?:busting|evasion)|misconduct|wrongdoing",
    r"crimes?|criminal|inflated prices|overcharg\w*|cover[- ]up|covered up|threatened",
    r"secretly|covertly|conceal\w*|hid|hidden|disguis\w*|front for|shell compan\w*",
    r"facilitat\w*|circumvent\w*|divert(?:ed|ing)|siphon\w*|funnel(?:l?ed|l?ing)|procur(?:ed|ing)",
    r"terror\w*|material support|negligen\w*|mislead\w*|deceiv\w*|deception|falsely|fake",
    r"retaliat\w*|discriminat\w*|pollut\w*|dump(?:ed|ing)|cheat\w*|rigg(?:ed|ing)|tamper\w*",
    r"unlicen[cs]ed|without (?:a )?licen[cs]e|misus\w*|sham|bogus|payoffs?|cartel|victims?",
    r"forced to|espionage|spied|spying|disinformation|ignor(?:ed|ing)(?:\s+\S+){0,2}\s+warnings?",
    r"contaminat\w*|leak(?:ed|ing)",
    lead=r"(?<!anti-)(?<!counter-)",  # "anti-corruption agency" accuses no one
)
RECORD = _cues(
    r"(?:corporate|court|company|land|property|public|official|registry|shipping) "
    r"(?:records|registers?|registry|filings?)",
    r"records (?:show|showed|seen by|reviewed by this)",
    r"in a (?:regulatory |stock exchange |securities )?filing|disclosed in",
)
# Case-sensitive: "States" in "United States" is no verb.
ATTRIBUTION = _cues(
    r"[Aa]ccording to|said in an? (?:report|statement|letter|filing|post|interview)|[Ii]n a report",
    r"said|says|say|told|tells|added that|adding that|stated|wrote|writes|reports|reported",
    r"announced|announces|disclosed|discloses|noted|claimed|claims|argued|argues|insisted",
    r"insists|estimated|concluded|warned|explained|spoke on condition of anonymity",
    r"found that|also found|citing|cited|called(?! for| on| in)",
    flags=0,
)
_REPORTING_VERB = re.compile(ATTRIBUTION.pattern.replace(r"[Aa]ccording to|", ""))
_NOT_A_CLAIM = _cues(
    r"could not be reached|did not (?:immediately )?(?:respond|reply|return)|declined to comment",
    r"no comment|(?:did|does) not comment",
    r"(?:was|were) not available for comment|did not immediately respond",
)
_PRONOUN_SUBJECT = re.compile(r"^\W*(?:he|she)\b|\b(?:he|she) (?:said|says|added|told)\b", re.I)
_SPOKESPERSON = re.compile(
    r"^,?\s+(?:a|an|the)\s+(?:\S+\s+){0,2}(?:spokes(?:person|man|woman)|representative)\s+"
    r"(?:for|of|at)\s+$"
)
# Where a sentence may divide into separately attributed clauses.
_CLAUSE_BREAK = re.compile(
    r",\s+(?=(?:and|but|adding|which|who|while|whereas|followed by)\b)|;\s+|"
    r"\s+(?=(?:and that|but said)\b)|,\s+(?=as (?:these|they|it|he|she|the|this|those)\b)"
)
# A final appositive with its own clause: "..., a country whose access ... ." It is the
# article's own statement and must not inherit the main clause's hedge.
_APPOSITIVE = re.compile(r",\s+(?=(?:a|an)\s+(?:\S+\s+){0,4}?(?:whose|that|which|where)\s)")


@dataclass
class _Draft:
    start: int
    end: int
    status: str
    cues: tuple[str, ...]


def find_claims(
    sentences: list[Sentence], published: datetime.date | None = None
) -> list[DraftClaim]:
    """Return the claims of the article body, in order, denials linked to what they answer."""
    # Two passes: who is accused (or denies anything) is known only once all is read, and
    # decides whether their "we have never ..." is a denial.
    first = _draft_claims(sentences, published, frozenset())
    concerned = {a for c in first if c.status == "alleged" for a in c.about}
    concerned |= {c.claimant for c in first if c.status in ("denied", "disputed") and c.claimant}
    return _draft_claims(sentences, published, frozenset(concerned))


def _draft_claims(sentences: list[Sentence], published: datetime.date | None,
                  concerned: frozenset[str]) -> list[DraftClaim]:
    claims: list[DraftClaim] = []
    types = {m.actor: m.type for s in sentences for m in s.mentions}
    last_person: str | None = None
    last_paragraph = -1
    last_quote = -1  # index of the last sentence that was one quoted claim
    for sentence in sentences:
        if not _is_claim_sentence(sentence):
            continue
        if claims and _doubts_previous(sentence, sentences):
            claims[-1] = _unverified(claims[-1], sentence)
            continue
        drafts = _split(sentence)
        quote = len(drafts) == 1 and _mostly_quoted(sentence, 0, len(sentence.text))
        same_speaker = not sentence.speakers or claims and claims[-1].claimant in (
            None, sentence.speakers[0])
        # A sentence with cues of its own ("I have never knowingly ...") stays its own claim.
        if quote and not drafts[0].cues and claims and same_speaker \
                and last_quote == sentence.index - 1 \
                and last_paragraph == sentence.paragraph and drafts[0].status == claims[-1].status:
            claims[-1] = _continued(claims[-1], sentence, drafts[0], published)
            last_quote = sentence.index
            continue
        last_quote = sentence.index if quote else -1
        first = len(claims)
        for draft in drafts:
            excerpt = sentence.text[draft.start:draft.end].strip(" ,;")
            # "It" and "the company" refer back to whoever spoke last in this paragraph.
            previous = claims[-1].claimant if claims and last_paragraph == sentence.paragraph \
                else None
            claimant = _claimant(sentence, draft, last_person, previous)
            if claimant is None and draft.cues and len(claims) > first:
                claimant = claims[-1].claimant  # "..., but it insisted": the same speaker
            about = _about(sentence, draft, claimant)
            status, responds_to = draft.status, None
            if status in ("alleged", "reported") and claimant in concerned:
                weak = _found(WEAK_DENIAL, excerpt)
                if weak:
                    status, draft.cues = "denied", _unique(draft.cues + weak)
                elif status == "alleged" and _only_quoted(sentence, draft, excerpt):
                    status = "reported"  # an accused party's own account, not an accusation
            if status == "reported" and claimant and types.get(claimant) in (
                    "government", "country") and not _of_itself(sentence, draft, claimant):
                status = "alleged"  # an authority's account of what others did: its accusation
            if status in ("denied", "disputed"):
                responds_to = _answered(claims, {*about, *([claimant] if claimant else [])})
                if responds_to is None:
                    status = "reported"  # nothing recorded to deny: say only who said it
            claims.append(DraftClaim(
                excerpt=excerpt,
                text=neutral_text(excerpt, published),
                status=status,
                cues=draft.cues,
                claimant=claimant,
                about=about,
                responds_to=responds_to,
            ))
            last_person = _person(sentence, claimant) or last_person
            last_paragraph = sentence.paragraph
    return claims


def classify(text: str, quoted: bool = False) -> tuple[str, tuple[str, ...]]:
    """Return a clause's status and the cues that decided it, copied as written."""
    text = _NO_CUE.sub(lambda m: " " * len(m.group(0)), text)
    attributed = _found(ATTRIBUTION, text)
    for pattern, status in (
        (INSINUATION, "alleged"), (DENIAL, "denied"), (DISPUTE, "disputed"),
        (UNVERIFIED, "unverified"), (ADMISSION, "confirmed"), (OUTCOME, "confirmed"),
        (HEDGE, "alleged"), (ACCUSATION, "alleged"),
    ):
        if quoted and status == "confirmed":
            continue  # a quote is its speaker's assertion; admissions are told by the reporter
        found = _found(pattern, text)
        if found:
            return status, _unique(attributed + found)
    if WRONGDOING.search(text) or quoted:
        return "alleged", attributed  # an accusation, or a party's own characterisation
    record = _found(RECORD, text)
    if record:
        return "confirmed", _unique(attributed + record)
    planned = _found(FUTURE, text)
    return ("reported" if attributed else "confirmed"), _unique(attributed + planned)


def neutral_text(excerpt: str, published: datetime.date | None) -> str:
    """Restate an excerpt without quotation marks, attribution or hedge words."""
    text = re.sub(r"[\"\u201c\u201d]", "", restate_dates(excerpt, published)).strip(" ,;")
    text = re.sub(r"^according to [^,]+,\s*|,\s*according to .*$", "", text, flags=re.I)
    text = _TRAILING_ATTRIBUTION.sub("", text)
    said = _LEADING_ATTRIBUTION.match(text)
    if said and len(said.group("rest").split()) >= 4:
        text = said.group("rest")
    for pattern, replacement in _DEHEDGE:
        text = pattern.sub(replacement, text)
    text = re.sub(r"\s+", " ", text).strip(" ,;")
    if not text:
        return excerpt
    text = text[0].upper() + text[1:]
    return text if text[-1] in ".!?" else text + "."


# "X said (on Monday) (that) ...", with at most two commas before the verb.
_LEADING_ATTRIBUTION = re.compile(
    r"^(?:[^,]{0,80},){0,2}[^,]{0,80}?\b(?:said|says|say|stated|acknowledged|insisted|"
    r"told\s+(?:\S+\s+){0,4}?(?=that\b))(?:(?:\s+\S+){0,10}?\s+that\b)?\s+(?P<rest>.+)$",
    re.IGNORECASE,
)
# "..., she said." or "..., said Kevin Tan, a spokesperson for Blue Meridian."
_TRAILING_ATTRIBUTION = re.compile(
    r",\s+(?:(?:he|she|they|it|the \w+(?: \w+)?|an? (?:\w+ ){0,2}spokes\w+|"
    r"[A-Z][\w.-]+(?:\s[A-Z][\w.-]+)*)\s+(?:said|says|told \w+(?: \w+){0,3}|wrote)"
    r"(?:\s+(?:on|in) \w+(?: \w+){0,3})?|(?:said|says|told) [A-Z][^.]{0,120})\.?$"
)


_IRREGULAR = {"running": "ran", "taking": "took", "making": "made", "paying": "paid",
              "selling": "sold", "sending": "sent", "giving": "gave", "hiding": "hid",
              "buying": "bought", "stealing": "stole", "bringing": "brought", "getting": "got",
              "keeping": "kept", "holding": "held", "building": "built", "being": "was"}


def _past(match: re.Match[str]) -> str:
    """'accused of helping' -> 'helped': the allegation restated without its hedge."""
    gerund = match.group(1)
    lower = gerund.lower()
    return _IRREGULAR.get(lower) or (gerund[:-3] + "ed")


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
]


_DOUBT = re.compile(
    r"^(?:her|his|their|its|the|this|that|these|those) (?:\w+ ){0,2}"
    r"(?:account|accounts|claims?|allegations?|statements?|version|figures?|reports?)\b",
    re.IGNORECASE,
)


def _doubts_previous(sentence: Sentence, sentences: list[Sentence]) -> bool:
    """'Her account could not be independently verified.': a doubt cast on the last claim.

    Also 'The AP could not verify the video.' after a sentence about the video.
    """
    before = [s for s in sentences if s.index == sentence.index - 1]
    if not (UNVERIFIED.search(sentence.text) and before
            and before[0].paragraph == sentence.paragraph):
        return False
    text = sentence.text.strip()
    words = {w.lower() for w in re.findall(r"[a-z]{4,}", text)} - _UNVERIFIED_WORDS
    shared = words & {w.lower() for w in re.findall(r"[a-z]{4,}", before[0].text)}
    return bool(_DOUBT.match(text)) or (len(text.split()) <= 12 and bool(shared))


_UNVERIFIED_WORDS = {"could", "independently", "verify", "verified", "confirm", "confirmed",
                     "been", "have", "unable", "cannot", "their", "claims", "that", "this"}


def _unverified(claim: DraftClaim, sentence: Sentence) -> DraftClaim:
    """The claim, now unverified, its excerpt running on into the sentence that doubts it."""
    return replace(
        claim,
        excerpt=f"{claim.excerpt} {sentence.text.strip()}",
        status="unverified",
        cues=_unique(claim.cues + _found(UNVERIFIED, sentence.text)),
        responds_to=None,
    )


def _continued(claim: DraftClaim, sentence: Sentence, draft: _Draft,
               published: datetime.date | None) -> DraftClaim:
    """A quotation running on into the next sentence stays one claim of its speaker."""
    excerpt = sentence.text.strip()
    return replace(
        claim,
        excerpt=f"{claim.excerpt} {excerpt}",
        text=f"{claim.text} {neutral_text(excerpt, published)}",
        cues=_unique(claim.cues + draft.cues),
        about=_unique(claim.about + tuple(m.actor for m in sentence.mentions)),
    )


def _is_claim_sentence(sentence: Sentence) -> bool:
    text = sentence.text.strip()
    if sentence.heading or len(text.split()) < 3 or text.endswith((":", ",")):
        return False
    if _NOT_A_CLAIM.search(text):  # "X did not respond", unless it also denies or accuses
        return bool(DENIAL.search(text) or HEDGE.search(text) or WRONGDOING.search(text))
    return True


def _split(sentence: Sentence) -> list[_Draft]:
    """Divide a sentence where a clause brings cues of its own (or a final appositive)."""
    text = sentence.text
    appositive = {m.start() for m in _APPOSITIVE.finditer(text)
                  if "," not in text[m.end():].rstrip(" .")}
    candidates = sorted({m.start() for m in _CLAUSE_BREAK.finditer(text)} | appositive)
    bounds: list[int] = []
    for at in candidates:
        left = text[bounds[-1] if bounds else 0:at]
        if (len(left.split()) >= 7 and len(text[at:].split()) >= 4
                and not _inside(sentence.in_quote, at)):
            bounds.append(at)
    drafts: list[_Draft] = []
    for start, end in zip([0, *bounds], [*bounds, len(text)], strict=True):
        piece = text[start:end]
        status, cues = classify(_masked(sentence, start, end),
                                quoted=_mostly_quoted(sentence, start, end))
        current = drafts[-1] if drafts else None
        if current is None:
            drafts.append(_Draft(start, end, status, cues))
            continue
        if status == "unverified" and re.match(r"\W*which\b", piece):
            current.status, current.cues = status, _unique(current.cues + cues)
            current.end = end  # "..., which could not be verified" doubts what precedes
            continue
        own_claim = bool(cues) and (status != current.status or set(cues) != set(current.cues))
        if not current.cues and all(ATTRIBUTION.fullmatch(c) for c in cues):
            own_claim = False  # "The person, who asked not to be named, said ...": one claim
        if start in appositive and current.status != "confirmed":
            own_claim = status != current.status
        if own_claim:
            drafts.append(_Draft(start, end, status, cues))
        else:
            current.end = end
            current.status, current.cues = classify(
                _masked(sentence, current.start, end),
                quoted=_mostly_quoted(sentence, current.start, end))
    return drafts


def _masked(sentence: Sentence, start: int, end: int) -> str:
    """The clause with actor names blanked: "Financial Crimes Commission" accuses no one."""
    chars = list(sentence.text[start:end])
    for m in sentence.mentions:
        for i in range(max(m.start, start), min(m.end, end)):
            chars[i - start] = " "
    return "".join(chars)


def _only_quoted(sentence: Sentence, draft: _Draft, excerpt: str) -> bool:
    """Alleged only for being a quotation: no hedge, accusation or wrongdoing in it."""
    return _mostly_quoted(sentence, draft.start, draft.end) and not (
        INSINUATION.search(excerpt) or HEDGE.search(excerpt) or ACCUSATION.search(excerpt)
        or WRONGDOING.search(excerpt))


def _mostly_quoted(sentence: Sentence, start: int, end: int) -> bool:
    inside = sum(max(0, min(end, e) - max(start, s)) for s, e in sentence.in_quote)
    return inside * 2 > end - start


def _claimant(sentence: Sentence, draft: _Draft, last_person: str | None,
              previous: str | None) -> str | None:
    """Who asserts the clause: the subject of its reporting verb, a quote's speaker, or none."""
    text = sentence.text
    if _mostly_quoted(sentence, draft.start, draft.end) and sentence.speakers:
        return sentence.speakers[0]
    clause = text[draft.start:draft.end]
    according = re.search(r"\baccording to\b([^,;]*)", clause, re.I)
    if according:
        at, phrase_end = draft.start + according.start(1), draft.start + according.end(1)
        within = [m for m in sentence.mentions if at <= m.start < phrase_end]
        if within:
            return _body_of(sentence, within[0])
    verb = _REPORTING_VERB.search(clause) or ADMISSION.search(clause) or DENIAL.search(clause)
    if not verb:
        return None
    at = draft.start + verb.start()
    for mention in reversed([m for m in sentence.mentions if m.end <= at]):
        gap = text[mention.end:at]
        named = re.fullmatch(r",\s*", gap) and re.search(r"\w, $", text[:mention.start])
        if _SUBJECT_GAP.fullmatch(gap) or named:  # named: "Its director, Rahul Mehta, said"
            return _body_of(sentence, mention)
    after = [m for m in sentence.mentions if at <= m.start <= at + verb.end() - verb.start() + 2]
    if after:
        return _body_of(sentence, after[0])
    if sentence.speakers:
        return sentence.speakers[0]
    opening = [m for m in sentence.mentions if draft.start <= m.start
               and re.fullmatch(r"\W*(?:the\s+)?", text[draft.start:m.start], re.I)
               and not re.match(r"['\u2019]s\b", text[m.end:])]  # "Varga's lawyer" is not Varga
    if opening:
        return _body_of(sentence, opening[0])  # "Velotek acknowledged X but said Y"
    subject = text[draft.start:at]
    if previous and (_DEFINITE_SUBJECT.search(subject) or _DEFINITE_SUBJECT.match(clause)):
        return previous  # "The company said ...", "It acknowledged ...": the one just quoted
    if _PRONOUN_SUBJECT.search(clause):
        return last_person
    return None


# What may stand between a subject and its reporting verb: nothing, a possessive
# ("Denmark's environment agency"), an acronym, an appositive, an adverb or a time.
_SUBJECT_GAP = re.compile(
    r"\s*|'s(?: \w+){1,3}\s+|\)?\s*(?:\([^)]{1,20}\))?\s*(?:,[^,]{1,120},)?\s*|"
    r"\s+(?:also|has|have|had|later|then|previously|earlier|again|first|now|repeatedly|"
    r"publicly|separately)\s+|\s+(?:on|in|last|this)\s+\w+(?:\s+\w+)?\s+",
    re.IGNORECASE,
)
_DEFINITE = (r"(?:it|they|the (?:company|firm|group|ministry|agency|bank|department|"
             r"organi[sz]ation|trader|manufacturer|business|government|authority))")
# The subject of the clause's reporting verb, or of the whole clause when it opens with one.
_DEFINITE_SUBJECT = re.compile(
    rf"^\W*{_DEFINITE}\b|(?:^|[,;]\s*|\bbut\s+|\band\s+){_DEFINITE}\s+(?:\w+\s+){{0,2}}$",
    re.IGNORECASE,
)


def _body_of(sentence: Sentence, mention: Mention) -> str:
    """A spokesperson's assertion belongs to the body they speak for."""
    for other in sentence.mentions:
        if other.start > mention.end and _SPOKESPERSON.match(
                sentence.text[mention.end:other.start]):
            return other.actor
    return mention.actor


def _about(sentence: Sentence, draft: _Draft, claimant: str | None) -> tuple[str, ...]:
    keys = [m.actor for m in sentence.mentions if draft.start <= m.start < draft.end]
    if draft.status not in ("denied", "disputed", "confirmed"):
        keys = [k for k in keys if k != claimant]
    elif claimant:
        keys = [claimant, *keys]
    return _unique(keys)


def _answered(claims: list[DraftClaim], actors: set[str]) -> int | None:
    """The allegation a denial answers: the nearest one about the same actor, else the lead."""
    alleged = [i for i, c in enumerate(claims) if c.status == "alleged"]
    for i in reversed(alleged):
        if actors & (set(claims[i].about) | {claims[i].claimant} - {None}):
            return i
    if alleged:
        return alleged[0]
    return len(claims) - 1 if claims else None


def _person(sentence: Sentence, claimant: str | None) -> str | None:
    people = [m.actor for m in sentence.mentions if m.type == "person"]
    if claimant in people:
        return claimant
    return people[0] if people else None


def _inside(spans: tuple[tuple[int, int], ...], at: int) -> bool:
    return any(s < at < e for s, e in spans)


def _found(pattern: re.Pattern[str], text: str) -> tuple[str, ...]:
    return tuple(m.group(0) for m in pattern.finditer(text))


def _unique(items: tuple[str, ...] | list[str]) -> tuple[str, ...]:
    return tuple(dict.fromkeys(items))


_ITSELF = re.compile(
    r"^(?:(?:on|in|at|last|this|during)\s+(?:\S+\s+){0,4}?)?(?:that\s+)?(?:it|its|they|their|we|our|"
    r"he|she|his|her|the (?:ministry|agency|department|government|office|commission|treasury|"
    r"regulator|authority|authorities|bureau|council|court|police))\b",
    re.IGNORECASE,
)


def _of_itself(sentence: Sentence, draft: _Draft, claimant: str) -> bool:
    """Does the speaker report its own doings ("said on Monday that it had opened ...")?"""
    clause = sentence.text[draft.start:draft.end]
    verb = _REPORTING_VERB.search(clause)
    if verb is None:
        return True
    said = clause[verb.end():].strip(" .,;")
    if len(said.split()) >= 3:
        return bool(_ITSELF.match(said))
    # "..., a spokesman for the agency said": the subject of what precedes
    opening = draft.start + len(" ".join(clause.split()[:8]))
    return any(m.actor == claimant and m.start < opening for m in sentence.mentions)
