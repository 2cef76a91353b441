"""Find direct quotations and their speakers. No I/O.

A quoted span is a quotation when something attributes it: a reporting verb before or
after it (`,” said X`; `X said: “`; `X said,` closing the paragraph before; `citing “…”`),
or it continues an attributed quote. Anything else in quotation marks (scare quotes,
titles, labels) is left alone (annotation conventions, Quotes).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from sitegen.extract.actors import Cast
from sitegen.extract.article import (
    CREDIT_LINE,
    Article,
    Paragraph,
    quoted_spans,
    sentence_start,
    split_sentences,
)
from sitegen.extract.kinds import MEDIA_NAMES
from sitegen.extract.speakers import VERBS, Speakers

# Verbs that attribute a quotation inside the same sentence ("Obama called the holiday “...”").
_SENTENCE_VERBS = re.compile(
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
    r"denied|denies)\b",
    re.IGNORECASE,
)
_DASH_AFTER = re.compile(r"^\s*[―—–]\s*(?P<who>[A-Z][^.,;“”\"]{1,60})")
_AFTER_VERB_FIRST = re.compile(rf"^\s*,?\s*(?:{VERBS})\s+(?P<who>.+)", re.IGNORECASE | re.DOTALL)
_AFTER_WHO_FIRST = re.compile(rf"^\s*,?\s*(?P<who>[^“”\"]{{1,120}}?)\s+(?:{VERBS})\b", re.DOTALL)
# '...," according to a statement from Mayor X.': the statement's author speaks.
_AFTER_ACCORDING = re.compile(
    r"^\s*,?\s*according to\s+(?:(?:a|an|the|his|her|its|their)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:statement|post|email|e-mail|letter|release|filing|transcript|interview|message)\s+"
    r"(?:from|by|of|issued by|released by)\s+)?(?P<who>[^“”\"]+)",
    re.IGNORECASE,
)
_BEFORE = re.compile(
    rf"(?P<who>[^;!?“”\"]{{1,200}}?)\s+(?:{VERBS})"
    r"(?:\s+(?:(?:of|about|to)\s+)?(?:the\s+)?[A-Z][\w ]{0,40}?)?"
    rf"(?:\s+(?:in|on|at)\s+[^,:]{{1,60}})?\s*[,:]\s*$"
)
# The subject and reporting verb opening the sentence after a quote: 'Anna Lind, a spokeswoman
# for X, said'. The subject holds no quotation mark and is at most 15 words.
_NEXT_SUBJECT = re.compile(rf"(?P<who>(?:[^\s“”\"]+\s+){{1,15}}?)(?:{VERBS})\b")
_TRAILING_SUBJECT = re.compile(
    r",\s+(?P<subject>(?i:he|she|they|it|we)|[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){0,3})$"
)
_SO_CALLED = re.compile(r"\b(?:so-called|so called)\s*$", re.IGNORECASE)
# Participles after a comma report what the sentence's subject says: 'X added ..., saying'.
_PARTICIPLE = re.compile(
    r"(?:saying|adding|telling|noting|insisting|warning|arguing|claiming|calling|describing|"
    r"citing|branding|labell?ing|accusing|asking|writing)"
)
_PARTIAL = re.compile(
    r"\b(?:citing|cited|calling\s+(?:it|them|him|her|this|that)?|called\s+(?:it|them|"
    r"him|her|this|that)|(?:described|describing|describes)\s+(?:it|them|him|her|this|that|"
    r"the\s+\w+)?\s*as|"
    r"saying|said|says|warned\s+of|warning\s+of|referred\s+to|denounced|"
    r"promised|vowed|pledged|condemned)\s+(?:an?\s+|the\s+)?$",
    re.IGNORECASE,
)


@dataclass
class DraftQuote:
    text: str
    paragraph: int
    start: int  # offset of the text in its paragraph
    excerpt: str
    speaker: str | None = None
    speaker_title: str | None = None
    via: str | None = None
    about: list[str] = field(default_factory=list)
    closed: bool = True


@dataclass(frozen=True)
class _Span:
    paragraph: int
    open: int  # offset of the opening mark
    close: int | None  # offset of the closing mark, None if it runs to the end
    text: str
    text_start: int


def find_spans(p: Paragraph) -> list[_Span]:
    """Every double-quoted span of a paragraph; an unclosed one runs to its end."""
    spans = [
        _make_span(p.index, p.text, start, end if closed else None, until=end)
        for start, end, closed in quoted_spans(p.text)
    ]
    return [s for s in spans if s.text]


def _make_span(
    paragraph: int, text: str, open_at: int, close: int | None, until: int | None = None
) -> _Span:
    end = close if close is not None else (until if until is not None else len(text))
    inner = text[open_at + 1 : end]
    lead = len(inner) - len(inner.lstrip())
    inner = inner.strip()
    if close is not None:
        inner = inner.rstrip(",").rstrip()
    return _Span(paragraph, open_at, close, inner, open_at + 1 + lead)


@dataclass
class _Context:
    """One quoted span being attributed, with what came before it."""

    span: _Span
    p: Paragraph
    prev: Paragraph | None
    prev_quotes: list[DraftQuote]
    found: list[DraftQuote]
    q: DraftQuote
    tail_start: int


class QuoteFinder:
    """Walks the article in order, remembering who spoke last and who was named last."""

    def __init__(self, article: Article, cast: Cast) -> None:
        self.article = article
        self.cast = cast
        self.paragraphs = {p.index: p for p in article.paragraphs}
        self.speakers = Speakers(cast, self.paragraphs)
        self.warnings: list[str] = []

    def find(self) -> list[DraftQuote]:
        quotes: list[DraftQuote] = []
        body = [p for p in self.article.paragraphs if p.kind in ("body", "credit")]
        prev: Paragraph | None = None
        prev_quotes: list[DraftQuote] = []
        for p in body:
            if p.kind == "credit":
                self._credit(p, prev_quotes)
                prev, prev_quotes = p, []
                continue
            found: list[DraftQuote] = []
            for span in find_spans(p):
                self.speakers.guess = None
                q = self._attribute(span, p, prev, prev_quotes, found)
                if q is not None:
                    found.append(q)
                    if self.speakers.guess and q.speaker:
                        self.warnings.append(
                            f"speaker of {q.text[:50]!r} is a guess: {self.speakers.guess}"
                        )
            quotes += found
            prev, prev_quotes = p, found
        return [q for q in quotes if q.speaker]

    # --- credits: "Source: Reuters." gives the outlet of the quote just before it
    def _credit(self, p: Paragraph, prev_quotes: list[DraftQuote]) -> None:
        m = CREDIT_LINE.match(p.text)
        if not m or not prev_quotes:
            return
        outlet = m.group("outlet").strip()
        lower = [w for w in outlet.split() if w[0].islower()]
        if lower:  # 'Danish broadcaster DR': the name follows its description
            outlet = outlet.rsplit(f" {lower[-1]} ", 1)[-1].strip()
        # 'told Reuters the company had ...': the name ends where the reported clause begins
        outlet = re.match(r"\S+(?:\s+(?:of|&|[A-Z][\w.&’'-]*))*", outlet).group()
        key = self.cast.lookup(outlet) or self.cast.add(outlet, "media")
        prev_quotes[-1].via = key

    # --- attribution
    def _attribute(
        self,
        span: _Span,
        p: Paragraph,
        prev: Paragraph | None,
        prev_quotes: list[DraftQuote],
        found: list[DraftQuote],
    ) -> DraftQuote | None:
        """Try each attribution pattern in turn; None when the span is no quotation."""
        if _SO_CALLED.search(p.text[: span.open]):
            return None  # 'the so-called “ghost fleet”' is a term, never a quote
        tail_start = (span.close + 1) if span.close is not None else len(p.text)
        q = DraftQuote(span.text, p.index, span.text_start, "", closed=span.close is not None)
        c = _Context(span, p, prev, prev_quotes, found, q, tail_start)
        steps = (
            self._said_after,
            self._dash_after,
            self._said_before,
            self._said_paragraph_before,
            self._said_sentence_after,
            self._continued,
            self._partial,
            self._said_in_sentence,
            self._said_sentence_before,
        )
        if any(step(c) for step in steps):
            return q
        if len(span.text.split()) >= 6:
            self.warnings.append(f"quote without a speaker left out: {span.text[:60]!r}")
        return None

    def _said_after(self, c: _Context) -> bool:
        """',” said X' / ',” X said' (not when a new sentence starts after the quote)."""
        text = c.p.text
        if c.span.close is None:
            return False
        new_sentence = c.span.text.endswith(".") and re.match(r"\s*[A-Z]", text[c.tail_start :])
        # '“with high confidence” to X, a customer it says ...': a phrase running on into its
        # sentence has no attribution after it, unless a verb comes right away ('” said X')
        runs_on = not re.search(r"[,.?!…][’'‘]?\s*$", text[: c.span.close]) and not re.match(
            r"\s*[,―—–]", text[c.tail_start :]
        )
        return not new_sentence and self._after(
            c.q, c.span, text, c.tail_start, verb_first_only=bool(runs_on)
        )

    def _dash_after(self, c: _Context) -> bool:
        """'“...” ― Laura Benn'."""
        dash = _DASH_AFTER.match(c.p.text[c.tail_start :]) if c.span.close is not None else None
        if not dash:
            return False
        who_start = c.tail_start + dash.start("who")
        speaker, title = self.speakers.resolve(
            c.p.index, who_start, dash.group("who"), before=c.span.open
        )
        if speaker:
            c.q.speaker, c.q.speaker_title = speaker, title
            c.q.excerpt = self._excerpt(c.p.text, c.span.open, c.tail_start + dash.end())
        return bool(speaker)

    def _said_before(self, c: _Context) -> bool:
        """'X said: “' / 'said X, title, “' in the same paragraph."""
        return self._before(c.q, c.span, c.p.text, c.p.text[: c.span.open])

    def _said_paragraph_before(self, c: _Context) -> bool:
        """The paragraph before ends 'X said,' and this one opens with the quote."""
        prev = c.prev
        if (
            c.span.open
            or prev is None
            or prev.kind != "body"
            or not re.search(r"[,:]\s*$", prev.text)
        ):
            return False
        if not self._before(c.q, c.span, prev.text, prev.text, offset_paragraph=prev.index):
            return False
        c.q.excerpt = c.p.text[: c.tail_start].strip()
        return True

    def _said_sentence_after(self, c: _Context) -> bool:
        """A whole-sentence quote credited by the next sentence: '“...” X said the firm ...'."""
        text = c.p.text
        if (
            c.span.close is None
            or not re.search(r"[.?!]$", c.span.text)
            or text[sentence_start(text, c.span.open) : c.span.open].strip()
        ):
            return False
        gap = re.match(r"\s+(?=[A-Z])", text[c.tail_start :])
        if not gap:
            return False
        start = c.tail_start + gap.end()
        ends = split_sentences(text[start:])
        end = start + ends[0][1] if ends else len(text)
        m = _NEXT_SUBJECT.match(text[start:end])
        if not m or _inside_quotes(text[start:end], m.end("who")):
            return False
        speaker, title = self.speakers.resolve(
            c.p.index, start, m.group("who"), before=start + m.end("who"), last=True
        )
        if speaker is None:
            return False
        c.q.speaker, c.q.speaker_title = speaker, title
        c.q.via = c.q.via or self._told(text, start, end)
        c.q.excerpt = self._excerpt(text, c.span.open, end)
        return True

    def _continued(self, c: _Context) -> bool:
        """It continues a quote of the same speaker (same paragraph, or the paragraph before)."""
        earlier = c.found[-1] if c.found else None
        if (
            earlier is None
            and c.span.open == 0
            and c.prev_quotes
            and self._carries_on(c.prev, c.prev_quotes[-1])
        ):
            earlier = c.prev_quotes[-1]
        if earlier is None or not earlier.speaker:
            return False
        c.q.speaker, c.q.speaker_title = earlier.speaker, earlier.speaker_title
        c.q.excerpt = self._excerpt(c.p.text, c.span.open, c.tail_start)
        if c.span.close is not None:
            self._after(c.q, c.span, c.p.text, c.tail_start, keep_speaker=True)
        return True

    def _partial(self, c: _Context) -> bool:
        """'citing “indicators of forced labour”': the sentence's subject speaks."""
        if not _PARTIAL.search(c.p.text[: c.span.open]):
            return False
        who = self.speakers.sentence_subject(c.p, c.span.open)
        if who:
            c.q.speaker = who
            start = sentence_start(c.p.text, c.span.open)
            c.q.excerpt = self._excerpt(c.p.text, start, c.tail_start)
        return bool(who)

    def _said_in_sentence(self, c: _Context) -> bool:
        """A reporting verb in the same sentence: 'Trump attacked “the hateful ideology ...”'.

        A short span counts only when the verb governs it ('said it was “a mistake”'), so
        that '... said the firm deducted “recruitment fees”' stays a scare quote.
        """
        short = len(c.span.text.split()) < 4 and not re.search(r"[.?!]$", c.span.text)
        return self._in_sentence(c.q, c.span, c.p, short=short)

    def _said_sentence_before(self, c: _Context) -> bool:
        """It opens a sentence right after 'X said.' / 'X called him a master ...'."""
        return len(c.span.text.split()) >= 4 and self._previous_sentence(c.q, c.span, c.p)

    def _after(
        self,
        q: DraftQuote,
        span: _Span,
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
            (_AFTER_VERB_FIRST, _AFTER_WHO_FIRST)
            if verb_first_only
            else (_AFTER_ACCORDING, _AFTER_VERB_FIRST, _AFTER_WHO_FIRST)
        )
        for rx in patterns:
            m = rx.match(clause)
            if not m:
                continue
            who_start = tail_start + m.start("who")
            who_text = m.group("who")
            if rx is _AFTER_WHO_FIRST and len(who_text.split()) > 12:
                continue
            if rx is _AFTER_WHO_FIRST and verb_first_only:
                # '“...” for criminal behavior, she said': only a bare subject after a comma
                # speaks, never a noun phrase of the running sentence ('to X, a client it says')
                subject = _TRAILING_SUBJECT.search(who_text)
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
            q.via = q.via or self._told(text, tail_start, tail_start + len(clause))
            q.excerpt = self._excerpt(text, span.open, tail_start + len(clause))
            return True
        return False

    def _before(
        self, q: DraftQuote, span: _Span, text: str, head: str, offset_paragraph: int | None = None
    ) -> bool:
        m = _BEFORE.search(head)
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
        q.via = self._told(head, m.end("who"), len(head))
        begin = sentence_start(head, m.start("who") + (cut + 2 if cut >= 0 else 0))
        if offset_paragraph is None:
            end = (span.close + 1) if span.close is not None else len(text)
            q.excerpt = self._excerpt(text, begin, end)
        return True

    def _in_sentence(self, q: DraftQuote, span: _Span, p: Paragraph, short: bool = False) -> bool:
        text = p.text
        start = sentence_start(text, span.open)
        head = text[start : span.open]
        verbs = [m for m in _SENTENCE_VERBS.finditer(head) if not _inside_quotes(head, m.start())]
        if not verbs:
            return False
        verb = verbs[-1]
        if re.search(r"\band\s+that\s+(?:\w+\s+){0,4}$", head):
            # 'X said Y had reported the breach and that it was “...”': both clauses are X's
            verb = next((v for v in verbs if re.fullmatch(VERBS, v.group())), verb)
        between = head[verb.end() :]
        # a 'that' clause reports the speaker's words: 'said in a statement that it “rejects”',
        # 'confirmed on Monday that names, addresses and scans of “a significant number” of ...'
        reported = re.match(r"\s*(?:(?:in|on|at)\s+[\w ]{1,25}?\s+)?that\s", between)
        # '... and that it was “making enquiries”': a second reported clause of the same verb
        second = re.search(r"\band\s+that\s+(?:\w+\s+){0,4}$", between)
        if short and (reported or second) and not re.search(r"[“”\"]", between):
            short = False
        limit = 8 if reported else 4
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
        ):
            return False
        who = head[: verb.start()]
        cut = max(who.rfind("”"), who.rfind('"'))
        offset = start + cut + 1 if cut >= 0 else start
        who = text[offset : start + verb.start()]
        if not who.strip():
            return False
        speaker, title = self.speakers.resolve(
            p.index, offset, who, before=start + verb.start(), last=True, loose=True
        )
        if speaker is None:
            return False
        participle = _PARTICIPLE.fullmatch(verb.group().lower()) and who.rstrip().endswith(",")
        subject = self.speakers.sentence_subject(p, span.open) if participle else None
        if subject and subject != speaker:
            speaker, title = subject, None  # 'X added ..., saying the firm had “...”': X speaks
        q.speaker, q.speaker_title = speaker, title
        q.via = q.via or self._told(text, start + verb.start(), span.open)
        end = (span.close + 1) if span.close is not None else len(text)
        q.excerpt = self._excerpt(text, start, end)
        return True

    def _carries_on(self, prev: Paragraph | None, last: DraftQuote) -> bool:
        """A quote paragraph after one whose quote ran on, or ended with no one else named."""
        if not last.closed:
            return True
        if prev is None or prev.index != last.paragraph:
            return False
        after = last.start + len(last.text)
        others = [
            m
            for m in self.cast.in_paragraph(prev.index)
            if m.start > after and m.key != last.speaker
        ]
        return not others and bool(re.search(r"\b(?:said|says|added|told)\b", prev.text[after:]))

    def _previous_sentence(self, q: DraftQuote, span: _Span, p: Paragraph) -> bool:
        text = p.text
        start = sentence_start(text, span.open)
        if text[start : span.open].strip() or start == 0:
            return False
        prev_start = sentence_start(text, start - 2)
        previous = text[prev_start:start]
        if re.search(r"[“”\"]", previous):
            return False
        fake = _Span(p.index, start - 1, None, "", start - 1)
        probe = DraftQuote(q.text, p.index, q.start, "")
        if not self._in_sentence(
            probe, fake, Paragraph(p.index, text[: start - 1] + " " + text[start - 1 :], p.kind)
        ):
            return False
        q.speaker, q.speaker_title = probe.speaker, probe.speaker_title
        end = (span.close + 1) if span.close is not None else len(text)
        q.excerpt = self._excerpt(text, prev_start, end)
        return True

    def _told(self, text: str, start: int, end: int) -> str | None:
        m = re.search(
            r"\btold\s+(?:the\s+)?(?P<outlet>[A-Z][\w.&’' -]*?)"
            r"(?=[,.;:]|\s+(?:in|on|at|that|after|before|\()\b|$)",
            text[start:end],
        )
        if not m:
            return None
        outlet = m.group("outlet").strip()
        lower = [w for w in outlet.split() if w[0].islower()]
        if lower:  # 'Danish broadcaster DR': the name follows its description
            outlet = outlet.rsplit(f" {lower[-1]} ", 1)[-1].strip()
        # 'told Reuters the company had ...': the name ends where the reported clause begins
        outlet = re.match(r"\S+(?:\s+(?:of|&|[A-Z][\w.&’'-]*))*", outlet).group()
        key = self.cast.lookup(outlet)
        if key and self.cast.actors[key].type == "media":
            return key
        if key is None and (outlet in MEDIA_NAMES or len(outlet.split()) <= 4):
            return self.cast.add(outlet, "media")
        return None

    def _excerpt(self, text: str, start: int, end: int) -> str:
        return text[start:end].strip().rstrip(",")

    # --- who is speaking


def _inside_quotes(text: str, at: int) -> bool:
    return (text[:at].count("“") > text[:at].count("”")) or text[:at].count('"') % 2 == 1


def find_quotes(article: Article, cast: Cast) -> tuple[list[DraftQuote], list[str]]:
    """Quotations with speakers; warnings for quotes left out."""
    finder = QuoteFinder(article, cast)
    quotes = finder.find()
    for q in quotes:
        inside = [
            m.key
            for m in cast.in_paragraph(q.paragraph)
            if q.start <= m.start < q.start + len(q.text) and m.key != q.speaker
        ]
        q.about = list(dict.fromkeys(inside))
    return quotes, finder.warnings
