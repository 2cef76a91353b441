"""The words of a party answering an allegation: denials, disputes, innocent explanations.

DENIAL and DISPUTE deny or contest whoever says them; WEAK_DENIAL (a party's "we have
never ...", an explanation) only when the party concerned speaks. No I/O.
"""

from __future__ import annotations

import re

# What an accused party answers: "rejected the findings", "called the lawsuit frivolous".
ACCUSATION_NOUNS = (r"accusations?|allegations?|claims?|charges?|findings|reports?|suggestions?|"
                    r"wrongdoing|account|version|conclusions?|criticism|assertions?|"
                    r"investigation|inquiry|probe|story|stories|article|reporting|lawsuit|suit|"
                    r"complaint|case|sanctions?|designation|listing|indictment|assessment")


# Calling an accusation something: "described the report as", "dismissed the probe as".
_NAMED_AS = (r"(?:described|describes|describing|characteri[sz]ed|characteri[sz]es|branded|"
             r"brands|labell?ed|labels|termed|terms|dismissed|dismisses|portrayed|painted) "
             r"(?:the |these |those |such |its |their |this |that |all )?(?:\w+ ){0,3}?"
             r"(?:{ACCUSATION_NOUNS})(?: \w+){0,6}? as ")
# What an accusation is called when it is refuted.
_REFUTING = (r"(?:a |an )?(?:\w+ )?(?:false|untrue|wrong|baseless|absurd|unfounded|nonsense|"
             r"smear|lies?|fabrications?|fabricated|attack|misleading|inaccurate|defamatory|"
             r"ridiculous|fiction|fantasy|propaganda|witch[- ]hunt|fishing expedition|"
             r"without merit|frivolous|meritless|slander\w*|libel\w*|politically motivated|"
             r"speculation|speculative|distortion|misrepresentation|error|mistakes?|mistaken|flawed|"
             r"fake news|conspiracy theor\w*)")


def _cues(*patterns: str) -> re.Pattern[str]:
    return re.compile("|".join(rf"\b(?:{p.replace('{ACCUSATION_NOUNS}', ACCUSATION_NOUNS)})\b"
                               for p in patterns), re.IGNORECASE)


DENIAL = _cues(
    # not a refusal: "could deny them mining permits", "was denied bail"
    r"(?<!could )(?<!would )(?<!can )(?<!may )(?<!might )(?<!will )(?:denied|denies|deny|"
    r"denying)(?!\s+(?:them|him|her|us|me)\b|\s+(?:[^\s.]+\s+){0,3}?(?:access|entry|bail|"
    r"permits?|licen[cs]es?|visas?|funding)\b)|denial",
    r"(?:rejected|rejects|reject|rejecting|repudiated|repudiates|dismissed|dismisses|dismissing|"
    r"refuted|refutes|"
    r"refuting|rebutted|rebuts|denounced|denounces|condemned|condemns|slammed|hit back at|"
    r"pushed back (?:on|against))[\"\u201d\u2019']?(?:\s+\S+){0,5}?\s+(?:{ACCUSATION_NOUNS})",
    r"(?:accusations?|allegations?|claims?|charges?|reports?|stor(?:y|ies)) (?:were|was|are|is|"
    r"had been) (?:\w+ )?(?:false|wrong|inaccurate|misleading|mistaken|fabricated|invented|"
    r"made up|absurd|ridiculous|preposterous|nonsense)|(?:accusations?|allegations?|claims?|"
    r"charges?|reports?|stor(?:y|ies)) (?:were|was|are|is|had been) (?:a |an )?(?:\w+ )?"
    r"(?:misunderstanding|fabrication|distortion|fiction|lies?|smear|fantasy|invention)",
    # anyone's verdict on the accusation: "described the report as a politically driven
    # attack", "dismissed the inquiry as a fishing expedition", "branded the claims lies"
    rf"{_NAMED_AS}(?:\w+ ){{0,3}}?{_REFUTING}",
    rf"(?:branded|labell?ed|termed) (?:the |these |those |such )?(?:{{ACCUSATION_NOUNS}}) "
    rf"{_REFUTING}",
    r"baseless|unfounded|groundless|untrue|without merit|innocen(?:t|ce)|not guilty",
    r"without (?:any )?(?:foundation|basis)|(?:had|has|have) no (?:\w+ )?basis",
    r"victims? of (?:a |an )?(?:\w+ )?(?:smear|campaign|vendetta|witch[- ]hunt|mistaken identity|"
    r"misunderstanding|misinformation|disinformation|fraudsters|impersonat\w*|identity theft)|"
    r"witch[- ]hunt|fishing expedition|hatchet job|hit piece",
    r"(?:was|is|were|are) not responsible|(?:suggestion|claim|allegation|accusation|notion)s? "
    r"that\b[^.]{0,100}?\b(?:is|are|was|were) (?:\w+ )?(?:false|untrue|wrong|absurd|nonsense)",
    r"called (?:the |these |those |such |its |their )?(?:\w+ ){0,2}?(?:{ACCUSATION_NOUNS})",
    # an authority's act called a wrong: "called the US decision a political mistake"
    # (names read blank leave runs of spaces: "called the    decision")
    r"called\s+(?:(?:the|its|their|this|that)\s+)?(?:\S+\s+){0,2}?(?:decision|ruling|move|order|"
    rf"measures?|action|raid|arrests?)\s+[\"\u201c]?{_REFUTING}",
    r"(?:did|done|doing) nothing (?:wrong|improper|illegal|unlawful|untoward|inappropriate)",
    r"(?:complied|complies|comply) with all|in full compliance",
    r"(?:follows?|followed|obeys?|obeyed) all (?:the )?(?:rules|laws|regulations)",
    r"(?:had|has|have) nothing to do with",
    r"(?:had|has|have) (?:had )?no (?:\w+ )?(?:connection|links?|ties|relationship|involvement|"
    r"part|role)(?: \w+)? (?:to|with|in)|bears? no relation to|no basis in",
    r"(?:was|is|were|are) not involved|played no (?:part|role)|(?:false and )?defamatory",
    r"did not (?:break|violate|breach) any|acted within the law|no wrongdoing",
    r"(?:acted|operated|worked|remained|stayed|been) (?:\w+ )?within (?:the )?(?:(?:limits|bounds|"
    r"terms) of )?(?:the |its |their |his |her )?(?:law|rules|licen[cs]es?|permits?|regulations)",
    # the defence of intent: "had always acted in good faith"
    r"(?:acted|operated|behaved|dealt) (?:\w+ )?in good faith",
    # disowning a tie: "repudiates any link with mining", "rejects any involvement in"
    r"(?:rejected|rejects|repudiat\w+|disowned|disowns) (?:any|all) (?:\w+ )?(?:links?|connections?|"
    r"involvement|ties|association|responsibility)",
    r"(?:will|would) be (?:\w+ )?(?:vindicated|exonerated|cleared)",
    r"(?:had|has|have) no knowledge|no knowledge of|(?:was|were|is|are) not aware|unaware",
    r"(?:did|does|do) not know|never knew|never knowingly",
    r"no(?:\s+\S+){1,3}\s+(?:had|has|have)\s+(?:known|been aware)",
    r"never (?:took(?! place)|received|paid|accepted|offered|sold|supplied|worked|used|employed|"
    r"knew)",
    # "does not tolerate bribery" denies; "has a zero-tolerance policy" only states a policy
    r"(?:did|does|do) not tolerate|zero[- ]tolerance(?! polic)",
    r"(?:were|was) (?:lied to|misled|deceived)",
    r"insisted(?=(?:\s+\S+){0,4}\s+(?:no|not|never)\b)",
    r"(?:is|was|are|were|isn't|wasn't) not true|politically motivated|smear|nonsense",
    r"acted (?:lawfully|legally|in accordance with)|in accordance with (?:the law|all)",
)
# Denials only when the concerned party speaks ("We have never carried Iranian oil").
# What a party did not do, said by that party; not a non-answer ("did not address the
# tweets", "has not commented").
_NOT_DONE = (r"(?!(?:comment|respond|address|reply|repl|return|answer|say|said|elaborate|contact|"
             r"explain|specify|disclose|provide|make|give|offer|expect|plan|intend|want|need|"
             r"see|seen|believe|think|mention|discuss|identify|name|release|publish|been)\w*\b)")
WEAK_DENIAL = _cues(_NAMED_AS,  # the accused's word for the accusation, whatever it is
                    # ... or for what it is accused of: "described the payments as fees"
                    r"(?:described|characteri[sz]ed) (?:the |these |"
                    r"those |its |their |his |her )?(?:\w+ ){0,2}?as ",
                    r"adhere[sd]? to|adhering to|in (?:line|keeping|accordance) with (?:the |all |"
                    r"local |applicable |its )?(?:\w+ )?(?:laws?|rules|regulations|procedures)",
                    # acting in good faith, or under the permits it needed: "bought the
                    # timber in good faith", "had flown under valid permits"
                    r"in good faith|(?:under|with) (?:a |all |the |its )?(?:valid|proper|necessary|"
                    r"required|all) (?:\w+ )?(?:permits?|licen[cs]es?|authori[sz]ations?)",
                    r"never been (?:informed|told|made aware|notified|warned)|"
                    r"(?:vigorously|robustly|strongly) defend|acted correctly",
                    rf"(?:have|has|had) (?:never|not) {_NOT_DONE}\w+|never \w+ed|"
                    rf"(?:did|do|does) not {_NOT_DONE}\w+",
                    r"no evidence|(?:is|was|are|were) not (?:true|correct|accurate)",
                    r"(?:always |fully )?(?:complied|complies|comply) with",
                    r"(?:followed|follows|abided by|abides by|respected) (?:all )?(?:the )?"
                    r"(?:\w+ )?(?:rules|laws?|regulations|procedures)",
                    r"acted (?:properly|appropriately|responsibly|lawfully|legally|in good faith)")
EXPLANATION = _cues(
                    # an innocent explanation of what is alleged: "the transfers were routine"
                    r"(?:was|were|is|are|had been|have been)\s+(?:(?!not\b|never\b)\w+\s+){0,2}?"
                    r"(?:routine|"
                    r"legitimate|genuine|normal|ordinary|standard|lawful|legal|proper|bona fide|"
                    r"customary|authori[sz]ed|licensed|above board|approved)",
                    r"(?:genuine|legitimate|lawful|bona fide)(?:\s+\w+){0,2}?\s+(?:services|work|"
                    r"business|payments?|transactions?|fees|contracts?|consulting|trade)",
                    r"for unrelated reasons|(?:was|were|is|are) unrelated to",
                    # goods from lawful hands: "bought fuel only from authorised suppliers"
                    r"from (?:\w+ )?(?:authori[sz]ed|licensed|legitimate|legal|certified|approved|"
                    r"registered) (?:\w+ )?(?:suppliers?|sources?|dealers?|vendors?|distributors?|"
                    r"mines?|channels)",
                    # its obligations met: "complied in a timely manner with all its obligations"
                    r"(?:complied|complies|comply)\s+(?:\w+\s+){0,4}?with\s+(?:all\s+)?(?:its|their|"
                    r"the|\w+)\s+(?:\w+\s+)?(?:laws?|obligations|rules|regulations|requirements)",
                    r"official (?:fees|charges|duties|tariffs)",
                    # blame laid on one person: "the work of a rogue employee"
                    r"rogue (?:employee|employees|trader|individual|staff|member|manager|agent)s?",
                    # force or harm explained: "acted in self-defence", "within permitted limits"
                    r"in self-defen[cs]e|within (?:the )?(?:\w+ )?(?:permitted|legal|allowed|"
                    r"regulatory|agreed|safe) (?:limits|levels|thresholds)",
                    # a deal defended by its process: "awarded through a competitive tender"
                    r"(?:competitive|transparent|open|fair|public)(?: and \w+)? (?:process|"
                    r"tender|bidding|procedure|auction)",
                    # where the money came from: "the money came from the sale of property"
                    r"(?:came|come|comes|derived) from (?:the sale of|savings|(?:an |his |her |"
                    r"their )?inheritance|(?:a |an )?(?:legitimate|personal|family|bank) \w+|"
                    r"(?:his|her|their|its) own)",
                    r"(?:was|were|is|are) (?:\w+ )?voluntary|voluntary (?:contributions?|"
                    r"payments?|donations?|deductions?)",
                    r"(?:was|were|is|are) (?:a |an )?(?:\w+ )?(?:loans?|gifts?|donations?|salary|"
                    r"salaries|dividends?|refunds?|bonus(?:es)?|commissions? for|"
                    r"fees? for|fees)\b(?![\"\u201d])",
                    r"for (?:genuine|legitimate|lawful|ordinary|normal) (?:\w+ )?(?:services|"
                    r"purposes|business|reasons|work)|in the ordinary course",
                    r"(?:bought|acquired|obtained|sold|paid|earned|imported|exported|shipped|"
                    r"made|received)\s+(?:\S+\s+){0,3}?(?:legitimately|lawfully|legally)",
                    # a change explained by a plan: "the renaming was part of a merger"
                    r"(?:was|were|is|are) (?:all )?part of (?:a|an|the|its|their) (?:\w+ )?"
                    r"(?:merger|restructuring|reorgani[sz]ation|rebranding|plan|strategy|review|"
                    r"programme|program|process|overhaul)",
                    r"(?:had|has|have) been (?:planned|agreed|decided|scheduled|in the works) "
                    r"(?:for|since|long before|well before|months|years)")
WEAK_DENIAL = re.compile(f"{WEAK_DENIAL.pattern}|{EXPLANATION.pattern}", re.IGNORECASE)
DISPUTE = _cues(
    r"but said|disputed|disputes|dispute|contested|contests|took issue with|challenged the",
    # with an account, not a policy: "disagrees with the report's conclusions"
    r"disagree(?:s|d)? with (?:the |its |their |this |that |these )?(?:\w+ ){0,2}?"
    r"(?:{ACCUSATION_NOUNS})|(?:does|do|did) not reflect",
    r"question(?:ed|s|ing)? (?:the )?(?:\w+ )?(?:report|findings|methodology|methods|figures|"
    r"accuracy|data|conclusions|analysis|numbers|sources?)(?:['\u2019]s? \w+)?",
    r"misread\w*|misinterpret\w*|misunderst\w*|(?:taken|quoted) out of context",
    # the source faulted: "relied on unnamed sources with an axe to grind"
    r"axe to grind|(?:relied|relies|rely|based|drew|draws) (?:heavily )?(?:on|upon) (?:\w+ ){0,3}?"
    r"(?:unnamed|anonymous|disgruntled|unreliable|biased|former) (?:\w+ )?(?:sources|employees|"
    r"staff|witnesses)",
    r"(?:rejected|rejects|reject|dismissed|dismisses)(?:\s+\S+){0,2}?\s+characteri[sz]ations?",
    r"exaggerated|mischaracteri[sz]ed|misrepresented",
    r"(?:contained|contains|full of|riddled with) (?:\w+ )?(?:inaccuracies|errors|mistakes|"
    r"falsehoods)",
    # the report is faulted, not rejected outright: "said the report was riddled with errors"
    r"(?:report|findings|study|analysis|account|figures?|story|article|estimate)s? (?:was|were|is|"
    r"are) (?:\w+ )?(?:riddled with errors|flawed|one-sided|incomplete|outdated|selective|"
    r"unreliable|inflated)",
)
