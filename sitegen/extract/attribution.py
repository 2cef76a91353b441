"""Where a quotation's speaker stands: after it (',” said X'), before it ('X said: “'), as
the subject of a reporting verb in its sentence, or in the sentence before. No I/O.

Each matcher fills the draft's speaker, title, outlet and excerpt and says whether it found
a speaker; the order in which they are tried is the quote finder's (quotes.py).
"""

from __future__ import annotations

import re

from sitegen.extract.actors import Cast
from sitegen.extract.article import Paragraph, sentence_start, split_sentences
from sitegen.extract.outlets import told_outlet
from sitegen.extract.quote_patterns import (
    AFTER_ACCORDING,
    AFTER_VERB_FIRST,
    AFTER_WHO_FIRST,
    BEFORE,
    PARTICIPLE,
    SENTENCE_VERBS,
    TRAILING_SUBJECT,
    VERBS,
)
from sitegen.extract.quote_spans import DraftQuote, Span, excerpt, inside_quotes
from sitegen.extract.speakers import Speakers

# A thing labelled by a participle: 'goods declared as', 'a shipment described as'.
_LABEL = re.compile(
    r"\b(?P<noun>[a-z]+)\s+(?:declared|described|labell?ed|marked|listed|classified|billed|"
    r"registered|sold|marketed|advertised)\s+as\s+(?:an?\s+|the\s+)?$"
)
_SUBJECT_WORDS = frozenset(
    "it he she they we i who which that has have had was were is are be been being also "
    "repeatedly once publicly".split()
)
# A pronoun subject inside a relative clause: ', which it described as', ', whom he called'.
_RELATIVE_PRONOUN = re.compile(r",?\s+(?:which|whom|that)\s+(?:it|he|she|they)\s+$")


# 'X said she warned ...': the outer reporting verb and the pronoun that repeats its subject.
_SAID_PRONOUN = re.compile(r",?\s+(?:said|says|told\s+\w+|added)\s+(?:that\s+)?(?:he|she)\s+$")


class Attribution:
    """The attribution patterns, resolving speaker phrases against the cast."""

    def __init__(self, cast: Cast, speakers: Speakers) -> None:
        self.cast = cast
        self.speakers = speakers

    def after(
        self,
        q: DraftQuote,
        span: Span,
        text: str,
        tail_start: int,
        keep_speaker: bool = False,
        verb_first_only: bool = False,
    ) -> bool:
        tail = text[tail_start:]
        stop = re.search(r"[“\"]", tail)
        clause = tail[: stop.start()] if stop else tail
        ends = split_sentences(clause)
        if ends and ends[0][0] == 0 or (ends and not clause[: ends[0][0]].strip()):
            clause = clause[: ends[0][1]]
        patterns = (
            (AFTER_VERB_FIRST, AFTER_WHO_FIRST)
            if verb_first_only
            else (AFTER_ACCORDING, AFTER_VERB_FIRST, AFTER_WHO_FIRST)
        )
        for rx in patterns:
            m = rx.match(clause)
            if not m:
                continue
            who_start = tail_start + m.start("who")
            who_text = m.group("who")
            if rx is AFTER_WHO_FIRST and len(who_text.split()) > 12:
                continue
            if rx is AFTER_WHO_FIRST and verb_first_only:
                # '“...” for criminal behavior, she said': only a bare subject after a comma
                # speaks, never a noun phrase of the running sentence ('to X, a client it says')
                subject = TRAILING_SUBJECT.search(who_text)
                if not subject:
                    continue
                who_start += subject.start("subject")
                who_text = subject.group("subject")
            speaker, title = self.speakers.resolve(
                q.paragraph, who_start, who_text, before=span.open
            )
            if speaker is None:
                continue
            if not keep_speaker:
                q.speaker, q.speaker_title = speaker, title
            q.via = q.via or told_outlet(self.cast, text, tail_start, tail_start + len(clause))
            q.excerpt = excerpt(text, span.open, tail_start + len(clause))
            return True
        return False

    def before(
        self, q: DraftQuote, span: Span, text: str, head: str, offset_paragraph: int | None = None
    ) -> bool:
        m = BEFORE.search(head)
        inverted = re.search(
            rf"(?:^|[.!?]\s+)(?i:{VERBS}|according to)\s+(?P<who>[A-Z][^,:;“”\"]{{1,60}}?)"
            rf"\s*[:,]\s*$",
            head,
        )
        if inverted:
            m = inverted  # 'Said Ellis: “...”', 'According to Limbaugh, “...”'
        if not m:
            return False
        paragraph = q.paragraph if offset_paragraph is None else offset_paragraph
        who = m.group("who")
        cut = max(who.rfind(". "), who.rfind("? "))
        start = m.start("who") + (cut + 2 if cut >= 0 else 0)
        who = head[start : m.end("who")]
        speaker, title = self.speakers.resolve(
            paragraph, start, who, before=start + len(who), last=True
        )
        if speaker is None:
            return False
        q.speaker, q.speaker_title = speaker, title
        q.via = told_outlet(self.cast, head, m.end("who"), len(head))
        begin = sentence_start(head, m.start("who") + (cut + 2 if cut >= 0 else 0))
        if offset_paragraph is None:
            end = (span.close + 1) if span.close is not None else len(text)
            q.excerpt = excerpt(text, begin, end)
        return True

    def in_sentence(self, q: DraftQuote, span: Span, p: Paragraph, short: bool = False) -> bool:
        text = p.text
        start = sentence_start(text, span.open)
        head = text[start : span.open]
        verbs = [
            m
            for m in SENTENCE_VERBS.finditer(head)
            if not inside_quotes(head, m.start())
            and not re.search(r"\b(?:in|by)\s+$", head[: m.start()])  # 'warned him in writing'
        ]
        if not verbs:
            return False
        verb = verbs[-1]
        outer = next((v for v in verbs[:-1] if re.fullmatch(r"said|says", v.group())), None)
        if (
            outer
            and re.fullmatch(r"found|finds|concluded|concludes|showed|shows", verb.group())
            and re.match(r"\s+(?:that\s+)?(?:its|his|her|their)\s", head[outer.end() :])
        ):
            # 'it said its inspectors had found “...”': the words come through the outer speaker
            verb = outer
        label = _LABEL.search(head)
        if label and label.group("noun").lower() not in _SUBJECT_WORDS:
            return False  # 'goods declared as “farm machinery”': a label, no one's words
        if re.search(r"\band\s+that\s+(?:\w+\s+){0,4}$", head):
            # 'X said Y had reported the breach and that it was “...”': both clauses are X's
            verb = next((v for v in verbs if re.fullmatch(VERBS, v.group())), verb)
        between = head[verb.end() :]
        # a 'that' clause reports the speaker's words: 'said in a statement that it “rejects”',
        # 'confirmed on Monday that names, addresses and scans of “a significant number” of ...'
        # ('said in an interview with Bloomberg last month that the company had “...”')
        reported = re.match(
            r"\s*(?:(?:in|on|at|this|last|earlier|later)\s+[\w ]{1,60}?\s+)?that\s", between
        ) or (
            # 'said in a statement it was “...”', 'said it had sold the vessel “...”': a
            # reported clause without 'that'
            re.match(
                r"\s*(?:(?:in|on|at)\s+[\w ]{1,60}?\s+)?(?:it|he|she|they|we)\s+"
                r"(?:had|has|have|was|were|is|are|would|will|could|did)\b",
                between,
            )
        ) or (
            # 'told state news agency BelTA that': whom it was said to comes first
            re.fullmatch(r"told|tells", verb.group())
            and re.match(r"\s*(?:[\w’'-]+\s+){1,6}?that\s", between)
        )
        # '... and that it was “making enquiries”': a second reported clause of the same verb
        second = re.search(r"\band\s+that\s+(?:\w+\s+){0,4}$", between)
        # 'tells his supporters at a rally to “go and vote”': the words they were told to say
        told_to = re.fullmatch(r"\s*(?:[\w’'-]+\s+){1,8}to\s+", between) and re.match(
            r"(?i:tell|told|urge|ask|call|warn|instruct|order|exhort|implor|plead)", verb.group()
        )
        if short and (reported or second or told_to) and not re.search(r"[“”\"]", between):
            short = False
        # 'called Western restrictions on Russian energy “illegal”': the words name what the
        # speaker called it, however long the object ('called for', 'called on' are not this)
        naming = re.fullmatch(
            r"(?:called|calls|described|describes|termed|terms|dubbed)", verb.group()
        )
        naming = naming and not re.match(r"\s*(?:for|on|in|off|up)\b", between)
        limit = 8 if reported or naming else 4
        # 'said the data, belonging to “millions” of customers,': a phrase set off by commas
        # inside the reported clause still carries the speaker's words
        inset = re.fullmatch(
            r"\s*(?:that\s+)?(?:the|its|their|his|her)\s+\w+,\s+[a-z]\w*ing\s+\w+\s+", between
        )
        plain = re.fullmatch(r"said|says|told|tells", verb.group())
        comma = "," in between and not (inset and plain)
        if short and (
            len(between.split()) > limit
            or comma
            or "“" in between
            or '"' in between
            # 'said the firm deducted “recruitment fees”': a third party's own deed, the
            # words marked as a term
            or re.fullmatch(r"\s*(?:the|a|an|its|their)\s+[a-z]+\s+[a-z]+ed\s+", between)
        ):
            return False
        subject_end = verb.start()
        if len(verbs) > 1 and _RELATIVE_PRONOUN.search(head[:subject_end]):
            # 'The panel said the flights were run by X, which it described as “...”': the
            # pronoun is the subject of the first verb, never the relative's antecedent
            subject_end = verbs[0].start()
        who = head[:subject_end]
        cut = max(who.rfind("”"), who.rfind('"'))
        offset = start + cut + 1 if cut >= 0 else start
        who = text[offset : start + subject_end]
        if not who.strip():
            return False
        # 'X, a former officer, said she warned Y that ... “...”': the pronoun after the
        # outer 'said' is its subject, X, whoever was named last before
        outer = _SAID_PRONOUN.search(who)
        speaker, title = (
            self.speakers.resolve(
                p.index, offset, who[: outer.start()], before=offset + outer.start()
            )
            if outer
            else (None, None)
        )
        if speaker is None:
            speaker, title = self.speakers.resolve(
                p.index, offset, who, before=start + subject_end, last=True, loose=True
            )
        if speaker is None:
            return False
        participle = PARTICIPLE.fullmatch(verb.group().lower()) and who.rstrip().endswith(",")
        subject = self.speakers.sentence_subject(p, span.open) if participle else None
        if subject and subject != speaker:
            speaker, title = subject, None  # 'X added ..., saying the firm had “...”': X speaks
        q.speaker, q.speaker_title = speaker, title
        # 'told The Post that ... and called the designation “...”': one telling, both quotes
        q.via = q.via or told_outlet(self.cast, text, start + verbs[0].start(), span.open)
        end = (span.close + 1) if span.close is not None else len(text)
        q.excerpt = excerpt(text, start, end)
        return True

    def previous_sentence(self, q: DraftQuote, span: Span, p: Paragraph) -> bool:
        text = p.text
        start = sentence_start(text, span.open)
        if text[start : span.open].strip() or start == 0:
            return False
        prev_start = sentence_start(text, start - 2)
        previous = text[prev_start:start]
        if re.search(r"[“”\"]", previous):
            return False
        fake = Span(p.index, start - 1, None, "", start - 1)
        probe = DraftQuote(q.text, p.index, q.start, "")
        if not self.in_sentence(
            probe, fake, Paragraph(p.index, text[: start - 1] + " " + text[start - 1 :], p.kind)
        ):
            return False
        q.speaker, q.speaker_title = probe.speaker, probe.speaker_title
        end = (span.close + 1) if span.close is not None else len(text)
        q.excerpt = excerpt(text, prev_start, end)
        return True
