"""Cue lexicons: the words that decide a claim's status, and the rule that applies them.

The README's status rules, in order: denied/disputed, unverified, confirmed (admission
or matter of record), alleged (hedge, accusation, wrongdoing), reported (attributed),
confirmed (the article's own voice). These lists, with `rebuttals` (denials, disputes)
and `wrongdoing` (what accuses), are the whole of the judgement, so a reviewer can see
why a claim got its status. When in doubt an accusation is alleged. No I/O.
"""

from __future__ import annotations

import re

from sitegen.extract.rebuttals import DENIAL, DISPUTE
from sitegen.extract.wrongdoing import WRONGDOING


def _cues(*patterns: str, flags: int = re.IGNORECASE, lead: str = "") -> re.Pattern[str]:
    return re.compile("|".join(rf"{lead}\b(?:{p})\b" for p in patterns), flags)


# An insinuation scopes over its negation ("hard to believe they did not know").
INSINUATION = _cues(
    r"(?:very |extremely |really )?(?:hard|difficult|impossible) to (?:believe|imagine|see how)",
    r"(?:looked|looks|look|looking) like",
)
_CHECK = r"(?:verif|confirm|corroborat|authenticat|establish)\w*"
UNVERIFIED = _cues(
    rf"could not (?:be )?(?:immediately |independently )?{_CHECK}",
    rf"(?:has|have|had) not (?:been )?(?:independently )?{_CHECK}",
    rf"(?:cannot|can not|can't|couldn't) (?:be )?(?:independently )?{_CHECK}",
    rf"(?:was|were|is|are) (?:unable|not able) to (?:immediately |independently )?{_CHECK}",
    r"unverified",
    rf"(?:none|neither|nothing) (?:of (?:this|it|these|them|those|which) )?(?:could|can|has|have)"
    rf" (?:be |been )?(?:immediately )?(?:independently )?{_CHECK}",
    rf"(?:it was|it is|it has not been) (?:not )?(?:possible|impossible) to (?:immediately )?"
    rf"(?:independently )?{_CHECK}|no (?:independent )?(?:way|means) (?:to|of) (?:independently )?"
    rf"{_CHECK}|(?:has|have|had) not been able to (?:immediately )?(?:independently )?{_CHECK}",
    rf"(?:could|can|did) not (?:immediately |independently |separately )+{_CHECK}",
)
# The doubt points back at what was just said: "could not verify the figures", "which ...".
DOUBT_POINTS_BACK = re.compile(
    rf"\b{_CHECK}\s+(?:the|this|that|these|those|its|his|her|their|it|them)\b|"
    r"^\W*(?:this|that|it|none of (?:this|it|these|them|those)|neither)\s+(?:\w+\s+){0,3}?"
    rf"(?:could|can|has|have|had|was|were|is)\b[^.]{{0,30}}{_CHECK}|"
    r"^\W*(?:which|(?:a|an|the)\s+(?:\w+\s+)?(?:figure|number|estimate|claim|account|total|"
    r"sum|amount|tally|count)s?\s+(?:that|which)?)\b", re.IGNORECASE)
# Admissions and outcomes of record: the wrongdoing is then established, not alleged.
ADMISSION = _cues(
    r"acknowledged|acknowledges|admitted|admits|conceded|concedes|pleaded guilty",
    r"apologi[sz]ed|apologi[sz]es|apologies|apology",
    r"accept(?:ed|s)? (?:the |its |their )?(?:findings|responsibility|blame|allegations|charges)",
)
OUTCOME = _cues(r"(?:was|were|been) (?:convicted|sentenced|fined)|found guilty",
                # a fine imposed is of record, whatever it was for: "fined X for misleading ads"
                r"(?<!be )(?<!could )(?<!may )(?<!might )fined\s+(?:\S+\s+){0,5}?"
                r"(?:[$\u00a3\u20ac]\s?\d|\d[\d.,]*\s(?:million|billion|euros|pounds|dollars))",
                # an authority's act on record: "suspended the permits of three firms"
                r"(?:suspended|revoked|cancelled|canceled|withdrew) (?:the |their |its )?"
                r"(?:\w+ )?(?:permits?|licen[cs]es?|registrations?)",
                r"agreed to pay|(?:to|has|have|had) settle[ds]?(?: the)? (?:charges|case|claims)")
# Set phrases whose words would mislead the cues: a settlement "without admitting or denying".
# Also a charge never brought: "has not been charged with any offence" is a plain fact.
_NO_CUE = re.compile(r"\b(?:without|neither) admit\w* (?:or|nor) deny\w*(?: wrongdoing)?|"
                     r"\b(?:has|have|had|was|were) (?:not|never) been (?:charged|indicted|"
                     r"arrested)(?: with)?|"
                     # who a source is: "because he was not authorised to brief the media"
                     r"\b(?:was|were|is|are) not authori[sz]ed to (?:speak|brief|comment|discuss|"
                     r"talk)\w*", re.I)
HEDGE = _cues(
    r"suspected|suspects|supposedly|allegedly|alleged|alleges|allege|accused|accuses|accuse",
    r"(?:is|are|was|were|been) (?:widely )?(?:believed|thought|understood|said) to",
    r"(?:appears|appear|appeared|seems|seem|seemed) (?:to|like)|apparently|seemingly",
    r"reportedly|purportedly|ostensibly|doubted to|possibly|probably|likely",
    r"(?:may|might|could) have",
    r"(?:has|have|had) been attributed|attribut(?:ed|es|ing)(?:\s+\S+){0,6}?\s+to",
    r"blames?|blamed|blaming",
    r"assess(?:es|ed)?(?: with \w+ confidence)? that|with (?:high|moderate|medium|low) confidence",
    r"allegations? (?:that|of)|hinted|possibility|alleging",
    r"(?:is|are|was|were) (?:widely )?(?:considered|regarded|seen|viewed)(?: as| to be)?",
    r"(?:suggests?|suggested|indicates?|indicated|points? to|pointed to) that",
    # "the documents suggest Kestrel knew": a name read blank, or a subject, follows
    r"(?:suggest|suggests|suggested|indicate|indicates|indicated)(?=\s{2,}|\s+(?:the|it|he|she|"
    r"they)\b|\s+[A-Z])",
    # someone's suspicion: "investigators believe the unit stole ..."
    r"(?<!we )(?<!We )(?<!I )(?:believe|believes|suspect|suspects)"
    r"(?= (?:that )?(?:the|it|he|she|they|[A-Z]))",
)
# Plans and expectations: no status of their own, but a clause of their own.
FUTURE = _cues(
    r"(?:is|are|was|were) (?:planned|scheduled|due|set|expected) to|plans? to|planning to",
    # "will" the verb, not the noun: "charged against their will"
    r"(?<!their )(?<!his )(?<!her )(?<!its )(?<!own )(?<!free )(?<!the )(?<!good)will",
    r"intends? to|expects? to|expected to",
)
# The papers of an accusing authority: a court's or agency's order, a warrant, an affidavit
# (an indictment, a charge sheet or a complaint is an accusation by its name, below).
_CHARGING_PAPER = (r"(?:the|an?|its|their) (?:[\w-]+ ){0,2}?(?:order|warrant|affidavit|summons)")
# Accusations: their wording makes a claim alleged, though the accusing itself (a charge
# filed, a designation) may well be a dated event.
ACCUSATION = _cues(
    r"described as|(?:have|has|had|were|was) charged|charged with|indicted|accusing",
    r"fac(?:es|ed|ing) (?:allegations|charges)",
    r"indictment|charging documents|charge sheet|criminal complaint|lawsuit|the suit",
    r"according to (?:the |an? )?\s*(?:\S+\s+)?complaint",
    r"the complaint (?:says|said|alleges|states)",
    # a sanctioning body's stated reasons: "froze the assets of firms that it says helped ..."
    r"(?:that|which|who|whom) (?:it|they|officials) (?:says?|said|claims?|claimed)",
    # ... or a named accuser, read blank: "payments that Chainsight says came from X"
    r"(?:that|which|whom)\s{3,}(?:says?|said|claims?|claimed|alleges?|alleged)",
    # an inquiry's subject: "investigating whether X paid officials", "for its role in"
    r"investigat\w+ whether|under investigation (?:for|over)|for (?:its|his|her|their) "
    r"(?:alleged )?role in",
    r"prosecutors? (?:said|say|says|allege)|investigators (?:said|say|believe)",
    r"(?:sanction\w*|designat\w*|blacklist\w*)\b.{0,80}?\bfor "
    r"(?:\w+ing|(?:its|their|his|her) role)",
    # ... and its stated reasons: "added X to the Entity List, saying its lathes went to Y"
    r"(?:sanction\w*|designat\w*|blacklist\w*|[Ee]ntity [Ll]ist|sanctions list)\b.{0,120}?"
    r"\b(?:citing|saying|alleging)",
    # a charging paper or a court's order speaks for its authority, not for a verdict:
    # "..., the order said", "the indictment says", "according to the arrest warrant"
    rf"{_CHARGING_PAPER} (?:said|says|states|stated|alleges|alleged|claims|claimed)|"
    rf"according to (?:the |an? )?(?:\w+ ){{0,2}}?{_CHARGING_PAPER}",
    # a whistleblower's warnings, which the employer is implied to have ignored
    r"(?:flagged|reported|raised|escalated)(?:\s+\S+){0,5}?\s+(?:to|with)\s+(?:her|his|their|"
    r"my|our)\s+(?:\w+\s+)?(?:managers?|superiors?|bosses|boss|supervisors?|bank|employer)",
    r"warned (?:her|his|their|my|our) (?:\w+ )?(?:managers?|superiors?|bosses|boss|supervisors?)",
)
# A body's legal power or a law's penalty is a matter of record, not an accusation.
LEGAL_POWER = _cues(
    r"(?:can|may|could) (?:\w+ )?(?:fine|impose|issue|order|ban|revoke|suspend|prosecute|jail|"
    r"seize|freeze|sanction|punish|carry|face|levy)\b(?=[^.;]{0,80}?\b(?:up to|maximum|"
    r"penalt\w*|fines?|prison|jail|sentences?|licen[cs]es?|years)\b)",
    r"(?:has|have|had) (?:the )?(?:legal )?powers? to|(?:is|are) empowered to",
    r"punishable by|carr(?:y|ies) (?:a )?(?:maximum )?(?:penalty|penalties|fines?|sentences?)",
)
# Remedies name the wrong they put right: "pledged to end forced labour" accuses no one.
REMEDY = re.compile(
    r"\b(?P<trigger>(?:eliminat|prevent|tackl|combat|fight|eradicat|compensat|"
    r"repa(?:y|id)|reimburs|recover)\w*|claw(?:ing)? back|root(?:ing)? out|apologi[sz]e[ds]? (?:for|to)|pledged to|"
    r"promised to|vowed to|committed to|"
    r"(?:polic(?:y|ies)|rules?|stance|measures|campaign|programme|program|fight|war) "
    r"(?:on|against|towards?)|zero[- ]tolerance (?:for|on|towards?)|"
    # a tool's stated purpose: "for use against serious crime and terrorism only" (not
    # "weapons used against civilians in massacres": that names the wrong done)
    r"for use against|(?:efforts?|action) against|"
    # a journalist's subject: "after publishing a story on corruption in the ministry"
    r"(?:stor(?:y|ies)|reports?|articles?|reporting|documentary|book) (?:on|about|exposing))\b"
    r"(?:\s+\S+){0,4}", re.IGNORECASE)
RECORD = _cues(
    r"(?:corporate|court|company|land|property|public|official|registry|shipping) "
    r"(?:records|registers?|registry|filings?)",
    r"records (?:show|showed)",
    r"in a (?:regulatory |stock exchange |securities )?filing|disclosed in",
)
# What a party may be called when the text does not name it ("the firm", "the lender").
BODIES = (r"team|company|firm|bank|lender|club|charity|studio|business|employer|group|trader|"
          r"supplier|manufacturer|contractor|operator")
# Evidence speaking: "data from the analytics firm SeaTrace Ltd shows".
EVIDENCE_SHOWS = (
    r"\b(?:[Dd]ata|[Ff]igures|[Aa]nalysis|[Dd]ocuments|[Ee]mails|[Ss]tatistics|[Tt]racking|"
    r"[Rr]ecords|[Ll]ogs|[Ii]mages|[Ii]magery|[Pp]hotos|[Pp]hotographs|[Vv]ideos?|[Ff]ootage|"
    r"[Pp]olls?|[Ss]urveys?|[Ss]tud(?:y|ies))"
    r"(?:\s+\S+){0,8}\s+(?:shows?|showed|suggests?|"
    r"suggested|indicates?|indicated|reveals?|revealed)")
# Case-sensitive: "States" in "United States" is no verb.
ATTRIBUTION = _cues(
    r"[Aa]ccording to|said in an? (?:report|statement|letter|filing|post|interview)|[Ii]n a report",
    r"said|says|say|told|tells|added that|adding that|stated|wrote|writes|reports|reported",
    r"announced|announces|disclosed|discloses|noted|claimed|claims|argued|argues|insisted",
    r"complained|complain|complains",
    r"insists|estimated|concluded|warned|explained|spoke on condition of anonymity",
    r"describes?|described(?! as)",
    # a finding told by whoever made it, the outlet too: "..., amaBhungane found."
    r"found(?=[\s.]*$)|has found|have found|found that|also found|citing|cited|urged|demanded|confirm(?:ed|s|ing) that",
    # a finding told by the work that made it: "The audit found X overstated its revenue"
    r"(?:audit|review|inquiry|investigation|analysis|report|study|probe|assessment)s? "
    r"(?:\w+ )?(?:found|finds|concluded|concludes)",
    # "X called the report baseless" attributes; "was called Dalton Paving" only names
    r"(?<!was )(?<!were )(?<!is )(?<!are )(?<!been )(?<!be )called",
    EVIDENCE_SHOWS,
    r"attributes|attributed|blames|blamed",
    flags=0,
)
REPORTING_VERB = re.compile(ATTRIBUTION.pattern.replace(r"[Aa]ccording to|", ""))
NOT_A_CLAIM = _cues(
    r"could not be reached|did not (?:immediately )?(?:respond|reply|return)|declined to comment",
    r"no comment|(?:did|does) not comment|declined to (?:say|confirm|discuss|elaborate)",
    r"(?:was|were) not available for comment|did not immediately respond",
)


def classify(text: str, quoted: bool = False, blank: tuple[tuple[int, int], ...] = ()
             ) -> tuple[str, tuple[str, ...]]:
    """Return a clause's status and the cues that decided it, copied as written.

    Spans in `blank` (actor names, such as "Financial Crimes Commission") are not read.
    """
    chars = list(_NO_CUE.sub(lambda m: " " * len(m.group(0)), text))
    for start, end in blank:
        for i in range(max(start, 0), min(end, len(chars))):
            chars[i] = " "
    # quotation marks are not read ('said the accusations were "absurd"'); `kept` maps
    # each character read back to the text, so cues are still copied as written
    kept = [i for i, c in enumerate(chars) if c not in '"\u201c\u201d']
    masked = "".join(chars[i] for i in kept)

    def cues(pattern: re.Pattern[str]) -> tuple[str, ...]:
        return tuple(text[kept[m.start()]:kept[m.end() - 1] + 1]
                     for m in pattern.finditer(masked) if m.end() > m.start())

    attributed = cues(ATTRIBUTION)
    if FIRST_PERSON_DENIAL.search(masked) and WRONGDOING.search(masked):
        return "denied", unique(attributed + cues(FIRST_PERSON_DENIAL))  # "I have never doped"
    power = cues(LEGAL_POWER)
    if power and not (HEDGE.search(masked) or attributed):
        return "confirmed", power  # "the regulator can fine firms up to 10 percent"
    masked = REMEDY.sub(  # the wrong a remedy names, not the remedy's own words
        lambda m: m.group("trigger") + " " * (len(m.group(0)) - len(m.group("trigger"))), masked)
    for pattern, status in (
        (INSINUATION, "alleged"), (DENIAL, "denied"), (DISPUTE, "disputed"),
        (UNVERIFIED, "unverified"), (ADMISSION, "confirmed"), (OUTCOME, "confirmed"),
        (HEDGE, "alleged"), (ACCUSATION, "alleged"),
    ):
        if quoted and status == "confirmed":
            continue  # a quote is its speaker's assertion; admissions are told by the reporter
        matched = cues(pattern)
        if matched:
            return status, unique(attributed + matched)
    if WRONGDOING.search(masked) or (quoted and not OWN_ACCOUNT.match(masked)):
        return "alleged", attributed  # an accusation, or a party's own characterisation
    record = cues(RECORD)
    if record:
        return "confirmed", unique(attributed + record)
    # a quotation is its speaker's account, never the reporter's own statement
    return ("reported" if attributed or quoted else "confirmed"), unique(attributed + cues(FUTURE))


# A quotation whose subject is the speaker ("we will pay for ...", "I was told ..."): an
# account of their own doings, unless it is what they know or believe of others.
OWN_ACCOUNT = re.compile(
    r"^\W*(?:we|I)\b(?!\s+(?:\w+\s+){0,2}?(?:believe|think|suspect|know|knew|known|saw|see|"
    r"seen|found|heard|were told|was told)\b)", re.IGNORECASE)
# A speaker rejecting a wrong as their own: "I have never doped", "we did not pay bribes".
FIRST_PERSON_DENIAL = re.compile(
    r"\b(?:I|we|I've|we've)\s+(?:have\s+|had\s+)?(?:never|not|did not|didn't|do not|don't)\b"
    r"|\b(?:I|we)\s+(?:am|are|was|were)\s+not\b", re.IGNORECASE)


def found(pattern: re.Pattern[str], text: str) -> tuple[str, ...]:
    """Every match of a cue pattern, as written."""
    return tuple(m.group(0) for m in pattern.finditer(text))


def unique(items: tuple[str, ...] | list[str]) -> tuple[str, ...]:
    """Items in first-seen order, each once."""
    return tuple(dict.fromkeys(items))
