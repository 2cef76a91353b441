"""Find direct quotations and their speakers. No I/O.

A quoted span is a quotation when something attributes it: a reporting verb before or
after it (`,” said X`; `X said: “`; `X said,` closing the paragraph before; `citing “…”`),
or it continues an attributed quote. Anything else in quotation marks (scare quotes,
titles, labels) is left alone (annotation conventions, Quotes).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from sitegen.extract.actors import Cast
from sitegen.extract.article import (
    CREDIT_LINE,
    Article,
    Paragraph,
    sentence_start,
    split_sentences,
)
from sitegen.extract.attribution import Attribution
from sitegen.extract.outlets import credited_outlet, told_outlet
from sitegen.extract.quote_patterns import (
    DASH_AFTER,
    NEXT_SUBJECT,
    PARTIAL,
    PROGRAMME_BEFORE,
    SO_CALLED,
    WHO_THEN_VERB,
    title_cased,
)
from sitegen.extract.quote_spans import DraftQuote, Span, excerpt, find_spans, inside_quotes
from sitegen.extract.speakers import Speakers


@dataclass
class _Context:
    """One quoted span being attributed, with what came before it."""

    span: Span
    p: Paragraph
    prev: Paragraph | None
    prev_quotes: list[DraftQuote]
    found: list[DraftQuote]
    q: DraftQuote
    tail_start: int


# Partial-quote verbs without a subject of their own: the sentence's subject speaks.
_PARTICIPLES = ("citing", "calling", "describing", "saying", "warning")


class QuoteFinder:
    """Walks the article in order, remembering who spoke last and who was named last."""

    def __init__(self, article: Article, cast: Cast) -> None:
        self.article = article
        self.cast = cast
        self.paragraphs = {p.index: p for p in article.paragraphs}
        self.speakers = Speakers(cast, self.paragraphs)
        self.attribution = Attribution(cast, self.speakers)
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
        prev_quotes[-1].via = credited_outlet(self.cast, m.group("outlet"))

    # --- attribution
    # --- attribution
    def _attribute(
        self,
        span: Span,
        p: Paragraph,
        prev: Paragraph | None,
        prev_quotes: list[DraftQuote],
        found: list[DraftQuote],
    ) -> DraftQuote | None:
        """Try each attribution pattern in turn; None when the span is no quotation."""
        if SO_CALLED.search(p.text[: span.open]):
            return None  # 'the so-called “ghost fleet”' is a term, never a quote
        if PROGRAMME_BEFORE.search(p.text[: span.open]) and title_cased(span.text):
            return None  # 'told “Fox and Friends.”', 'said on “Face the Nation”': a title
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
        return not new_sentence and self.attribution.after(
            c.q, c.span, text, c.tail_start, verb_first_only=bool(runs_on)
        )

    def _dash_after(self, c: _Context) -> bool:
        """'“...” ― Laura Benn'."""
        dash = DASH_AFTER.match(c.p.text[c.tail_start :]) if c.span.close is not None else None
        if not dash:
            return False
        who_start = c.tail_start + dash.start("who")
        speaker, title = self.speakers.resolve(
            c.p.index, who_start, dash.group("who"), before=c.span.open
        )
        if speaker:
            c.q.speaker, c.q.speaker_title = speaker, title
            c.q.excerpt = excerpt(c.p.text, c.span.open, c.tail_start + dash.end())
        return bool(speaker)

    def _said_before(self, c: _Context) -> bool:
        """'X said: “' / 'said X, title, “' in the same paragraph."""
        return self.attribution.before(c.q, c.span, c.p.text, c.p.text[: c.span.open])

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
        if not self.attribution.before(
            c.q, c.span, prev.text, prev.text, offset_paragraph=prev.index
        ):
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
        m = NEXT_SUBJECT.match(text[start:end])
        if not m or inside_quotes(text[start:end], m.end("who")):
            return False
        speaker, title = self.speakers.resolve(
            c.p.index, start, m.group("who"), before=start + m.end("who"), last=True
        )
        if speaker is None:
            return False
        c.q.speaker, c.q.speaker_title = speaker, title
        c.q.via = c.q.via or told_outlet(self.cast, text, start, end)
        c.q.excerpt = excerpt(text, c.span.open, end)
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
        if (
            earlier is None
            or not earlier.speaker
            or self._someone_else_after(c)
            or self._someone_else_in_sentence(c, earlier)
        ):
            return False
        c.q.speaker, c.q.speaker_title = earlier.speaker, earlier.speaker_title
        c.q.excerpt = excerpt(c.p.text, c.span.open, c.tail_start)
        if earlier.paragraph == c.p.index and sentence_start(c.p.text, earlier.start) == (
            sentence_start(c.p.text, c.span.open)
        ):
            c.q.via = earlier.via  # 'told The Post that “...” and called it “...”': one telling
        if c.span.close is not None:
            self.attribution.after(c.q, c.span, c.p.text, c.tail_start, keep_speaker=True)
        return True

    def _someone_else_in_sentence(self, c: _Context, earlier: DraftQuote) -> bool:
        """'... condemned it as “provocative”. Senator Tom Baker urged them to “...”': a later
        sentence of the paragraph with its own speaker does not continue the earlier quote."""
        if sentence_start(c.p.text, c.span.open) <= earlier.start:
            return False
        probe = DraftQuote(c.q.text, c.p.index, c.q.start, "")
        short = len(c.span.text.split()) < 4 and not re.search(r"[.?!]$", c.span.text)
        found = self.attribution.in_sentence(probe, c.span, c.p, short=short)
        return found and probe.speaker != earlier.speaker

    def _someone_else_after(self, c: _Context) -> bool:
        """'“...,” investigators said': a speaker named after the quote, even one the cast does
        not know, is not the previous speaker (a pronoun may be)."""
        if c.span.close is None or not re.search(r"[,?!]$", c.p.text[: c.span.close].rstrip()):
            return False
        m = WHO_THEN_VERB.match(c.p.text[c.tail_start :])
        return bool(m) and not re.fullmatch(r"(?i:he|she|they|it|we|I)", m.group("who"))

    def _partial(self, c: _Context) -> bool:
        """'citing “indicators of forced labour”': the sentence's subject speaks."""
        partial = PARTIAL.search(c.p.text[: c.span.open])
        if not partial:
            return False
        # 'a move the TVA described as “...”': a name right before a finite verb is its subject
        own = next(
            (
                m.key
                for m in self.cast.in_paragraph(c.p.index)
                if m.end <= partial.start()
                and re.fullmatch(r"\s+", c.p.text[m.end : partial.start()])
                and not partial.group().lower().startswith(_PARTICIPLES)
            ),
            None,
        )
        who = own or self.speakers.sentence_subject(c.p, c.span.open)
        if who:
            c.q.speaker = who
            start = sentence_start(c.p.text, c.span.open)
            c.q.excerpt = excerpt(c.p.text, start, c.tail_start)
            # 'told The Post that ... and called it “...”': the telling carries both quotes
            c.q.via = c.q.via or told_outlet(self.cast, c.p.text, start, c.span.open)
        return bool(who)

    def _said_in_sentence(self, c: _Context) -> bool:
        """A reporting verb in the same sentence: 'Trump attacked “the hateful ideology ...”'.

        A short span counts only when the verb governs it ('said it was “a mistake”'), so
        that '... said the firm deducted “recruitment fees”' stays a scare quote.
        """
        short = len(c.span.text.split()) < 4 and not re.search(r"[.?!]$", c.span.text)
        return self.attribution.in_sentence(c.q, c.span, c.p, short=short)

    def _said_sentence_before(self, c: _Context) -> bool:
        """It opens a sentence right after 'X said.' / 'X called him a master ...'."""
        return len(c.span.text.split()) >= 4 and self.attribution.previous_sentence(
            c.q, c.span, c.p
        )

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
