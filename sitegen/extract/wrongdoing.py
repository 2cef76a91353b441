"""The words of wrongdoing: what makes an account of someone's doings an accusation. No I/O.

Crimes and abuses, failings ("slow to act"), and dealings with listed parties. Each is
matched as a whole word; "anti-corruption" and "anti-money laundering" accuse no one.
"""

from __future__ import annotations

import re


def _cues(*patterns: str, lead: str = "") -> re.Pattern[str]:
    return re.compile("|".join(rf"{lead}\b(?:{p})\b" for p in patterns), re.IGNORECASE)


WRONGDOING = _cues(
    r"launder\w*|brib\w*|kickbacks?|corrupt\w*|fraud\w*|embezzl\w*|stole|stolen|steal\w*",
    r"thefts?|smuggl\w*|traffick\w*|forced labou?r|debt bondage|beaten|beating",
    r"abused?|abuses|abusive|tortur\w*|kidnap\w*|extort\w*|evad\w*|evasion",
    r"illegal\w*|illicit\w*|unlawful\w*|withheld|withholding|confiscat\w*|misappropriat\w*",
    r"falsif\w*|forged|forgery|collu\w*|price[- ]fixing|insider trading|manipulat\w*",
    r"murder\w*|killed|assault\w*|harass\w*|intimidat\w*|exploit\w*|coerc\w*|scam\w*",
    r"hack(?:ed|ers?|ing)|cyberattacks?|sanctions[- ](?:busting|evasion)|misconduct|wrongdoing",
    r"crimes?|criminal|inflated prices|overcharg\w*|cover[- ]up|covered up|threatened",
    r"defraud\w*|misled|pyramid scheme|abduct\w*|sexual (?:assault|abuse|harassment)|rape",
    r"child labou?r|slave\w*|slavery|massacre\w*|genocide|ethnic cleansing|loot\w*|plunder\w*",
    r"children as young as|(?:by|employ\w*|using|used) (?:child|children|minors)",
    r"poach\w*|counterfeit\w*|obstruct\w*|perjur\w*|on suspicion of|shadow fleet|dark fleet",
    r"deforest\w*|(?:cleared|destroyed|bulldozed|logged)\b[^.]{0,60}\bprotected",
    r"secretly|covertly|conceal\w*|hid|hidden|disguis\w*|front for|shell compan\w*",
    r"facilitat\w*|circumvent\w*|divert(?:ed|ing)|siphon\w*|funnel(?:l?ed|l?ing)|procur(?:ed|ing)",
    r"terror\w*|material support|negligen\w*|mislead\w*|deceiv\w*|deception|falsely|fake",
    r"retaliat\w*|discriminat\w*|pollut\w*|dump(?:ed|ing)|cheat\w*|rigg(?:ed|ing)|tamper\w*",
    r"unlicen[cs]ed|misus\w*|sham|bogus|payoffs?|cartel|victims?|knowingly",
    r"without (?:a |an |the )?(?:\w+ ){0,2}(?:licen[cs]es?|permits?|authori[sz]ation)",
    # destroying evidence: "ordered staff to delete the logs"
    r"(?:delet|destroy|shredd?|wip|eras)(?:e|ed|es|ing)? (?:the |all |its |their )?(?:\w+ )?"
    r"(?:logs|records|evidence|emails|files|documents|data)",
    r"forced to|espionage|spied|spying|disinformation",
    r"ignor(?:ed|ing)(?:\s+\S+){0,2}\s+(?:warnings?|alerts?|red flags|concerns)",
    r"(?:complaints|warnings|concerns|alerts|red flags|reports) (?:were|was|had been|went) "
    r"(?:\w+ )?(?:ignored|dismissed|brushed aside|overlooked)",
    r"contaminat\w*|leak(?:ed|ing)|(?:were|was|went|had been) (?:not paid|unpaid)|unpaid wages",
    r"persecut\w*|repression|surveillance of|doping|doped|performance-enhancing",
    # breaking a rule, not suffering a "data breach" ("systems had been breached")
    r"(?:in )?breach(?:es)? of|(?<!been )(?<!was )(?<!were )breach(?:ed|ing)\b",
    r"violat\w*|in contravention|atrocit\w*|war crimes?",
    r"(?:banned|prohibited|illegal) (?:substances?|drugs?|blood|performance)",
    # trading with a listed party: "continued to ship chips to a blacklisted firm"
    r"(?:ship|sell|sold|suppl|export|deliver|allow|help|enabl|assist|process|transferr?)\w*\b"
    r"(?:[^.]|(?<=\b[A-Z])\.){0,120}\b(?:blacklisted|sanctioned|"  # "U.S." ends nothing
    r"[Ee]ntity [Ll]ist|sanctions list|under (?:US |EU |UN )?sanctions|"
    r"(?:was|were|had been) (?:added|placed|put) (?:to|on))",
    r"underpaid|wage theft|recruitment fees|child (?:workers|miners|labou?rers)",
    # money to those who should take none: "paid customs officials", "paid the militia"
    r"(?:paid|pays|paying|gave|handed) (?:\w+ ){0,3}?(?:officials|militias?|rebels|armed groups?|"
    r"judges|inspectors|customs officers|police officers|ministers|regulators)",
    # billing for what was never done: "billed the council for collections that never took place"
    r"(?:bill|charg|invoic|claim|paid|pay)\w*\b[^.;]{0,80}\b(?:never|not) (?:took place|happened|"
    r"been (?:carried out|delivered|done|performed|provided)|carried out|delivered|performed|"
    r"provided)",
    # violence against people: "setting fire to homes", "opened fire on protesters"
    r"killings?(?! (?:themselves|himself|herself|itself))|(?:set|sets|setting) fire to|"
    r"torch(?:ed|ing)|(?:burn(?:ed|t|ing)|razed) (?:down )?(?:\w+ )?(?:homes|houses|villages?)|"
    r"opened fire on|shot dead|(?:summary|extrajudicial|mass) executions?|executed (?:\w+ )?"
    r"(?:prisoners|civilians|detainees|protesters|men)|rap(?:ed|ing)|shell(?:ed|ing) (?:\w+ )?"
    r"(?:civilians|homes|villages?|hospitals?)",
    # hiding who or what is behind a trade: "front companies", "switched off its transponder"
    r"front (?:compan\w*|firms?|men|man|businesses|organi[sz]ations?)|straw (?:men|man|buyers?|"
    r"compan\w*)|(?:through|behind|via|using) nominees?|nominee (?:directors?|shareholders?|"
    r"owners?)|mislabel\w*|misdeclar\w*|misreport\w*|mis-?represent\w*|"
    r"under-?(?:report|invoic|declar|valu)\w*|over-?invoic\w*|round-?tripp\w*|fictitious|"
    r"relabell?(?:ed|ing)|overstat\w*|understat\w*|double[- ](?:bill|charg|count)\w*|"
    r"ghost (?:workers|employees|companies|ships|vessels)|off[- ]the[- ]books|backdat\w*",
    r"(?:switch|turn)(?:ed|ing)? off (?:\w+ )?(?:transponders?|AIS|tracking)|went dark|"
    r"spoof\w*|obscur\w* (?:the |its |their )?(?:\w+ )?(?:origin|ownership|owners?|identity|"
    r"source)",
    # gain from office or war: "pocketed", "skimmed", "bankrolled the militia"
    r"graft|nepotism|cronyism|self-dealing|conflicts? of interest|skimm(?:ed|ing)|"
    # "pocketed the fees", not "deep-pocketed investors"
    r"(?<!-)pocket(?:ed|ing)(?= (?:the |some |about |at least |over |more than |nearly )?"
    r"(?:[$\u00a3\u20ac]|\d|money|cash|funds|fees|proceeds|millions|payments|profits|bribes))|"
    r"embezzl\w*|sweetheart deal|bankroll\w*|profiteer\w*|price[- ]gouging|"
    r"dodg(?:ed|ing|e) (?:\w+ )?(?:taxe?s?|sanctions|detection|scrutiny|duties)|"
    r"avoid(?:ed|ing) (?:detection|sanctions)|"
    r"(?:inflat|pad)(?:ed|ding|ing) (?:the |its |their )?(?:\w+ )?(?:invoices?|bills?|prices?|"
    r"costs?|figures|contracts?|accounts?)",
    r"(?:supplied|sold|shipped|smuggled|funnell?ed|provided|carried|flew|flown|transported|"
    r"delivered|sent) (?:\w+ ){0,3}?(?:weapons|arms|"
    r"ammunition|drones|munitions)|(?:financ|fund)(?:ed|ing|es) (?:the )?(?:\w+ )?(?:militias?|"
    r"rebels?|armed groups?|terror\w*|paramilitar\w*|war)",
    r"without (?:their |his |her |the )?(?:\w+ )?(?:consent|knowledge)|against (?:their|his|"
    r"her) will|confiscated (?:their |his |her )?passports",
    # a failing laid at someone's door: "Cyprus had been slow to act", "failed to stop"
    r"(?:too )?slow to (?:act|respond|react|intervene)|turned a blind eye|looked the other way",
    r"fail(?:ed|s|ing)? to (?:act|stop|prevent|report|disclose|protect|notify|pay|investigate|"
    r"declare|respond|warn|check|enforce|comply)|did (?:little|nothing|too little) to",
    # carrying on against a ban: "continued to ship parts to Russia after the ban"
    r"continued to \w+\b[^.;]{0,80}?\b(?:after|despite|even after|even though|in spite of)\b",
    r"despite (?:the |a |an |its |their )?(?:\w+ )?(?:ban|sanctions|embargo|warnings?|prohibition)",
    # "anti-corruption agency", "anti-money laundering unit" accuse no one
    lead=r"(?<!anti-)(?<!counter-)(?<!anti-money )(?<!anti-money-)",
)
