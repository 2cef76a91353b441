"""Find direct quotations and their speakers. No I/O.

A quoted span is a quotation when something attributes it: a reporting verb before or
after it (`,” said X`; `X said: “`; `X said,` closing the paragraph before; `citing “…”`),
or it continues an attributed quote. Anything else in quotation marks (scare quotes,
titles, labels) is left alone (annotation conventions, Quotes).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from sitegen.extract.actors import Cast, Located, looks_like_person_name
from sitegen.extract.article import CREDIT_LINE, Article, Paragraph, quoted_spans, split_sentences
from sitegen.extract.kinds import MEDIA_NAMES, PERSON_ROLES, ROLE_WORDS

VERBS = (r"said|says|say|added|adds|told|tells|asked|asks|explained|continued|wrote|writes|"
         r"reported|reports|yelled|yells|shouted|shouts|screamed|whispered|sang|sings|chanted|"
         r"commented|recounted|read|reads|added|adding|continues|began|concluded|"
         r"insisted|warned|recalled|noted|argued|stated|replied|responded|declared|announced|"
         r"acknowledged|admitted|claimed|conceded|remarked|observed|suggested|complained|"
         r"urged|cautioned|emphasised|emphasized|stressed|tweeted|posted|testified|concluded")
# Verbs that attribute a quotation inside the same sentence ("Obama called the holiday “...”").
_SENTENCE_VERBS = re.compile(rf"\b(?:{VERBS}|saying|telling|adding|writing|calling|called|calls|"
                             r"cited|citing|cites|described|describes|describing|labeled|labelled|"
                             r"attacked|blasted|accused|criticized|criticised|praised|dismissed|"
                             r"promised|vowed|pledged|predicted|insists|argues|warns|notes|"
                             r"tweeted|posted|declared|decried|denounced|mocked|joked|quipped|"
                             r"claiming|claims|describing|arguing|insisting|warning|suggesting|"
                             r"found|finds|concluded|concludes|stated|states|showed|shows|"
                             r"told|tells|according to)\b", re.IGNORECASE)
_DASH_AFTER = re.compile(r"^\s*[―—–]\s*(?P<who>[A-Z][^.,;“”\"]{1,60})")
_AFTER_VERB_FIRST = re.compile(rf"^\s*,?\s*(?:{VERBS})\s+(?P<who>.+)", re.IGNORECASE | re.DOTALL)
_AFTER_WHO_FIRST = re.compile(rf"^\s*,?\s*(?P<who>[^“”\"]{{1,120}}?)\s+(?:{VERBS})\b", re.DOTALL)
_BEFORE = re.compile(rf"(?P<who>[^;!?“”\"]{{1,200}}?)\s+(?:{VERBS})(?:\s+(?:(?:of|about|to)\s+)?(?:the\s+)?[A-Z][\w ]{{0,40}}?)?"
                     rf"(?:\s+(?:in|on|at)\s+[^,:]{{1,60}})?\s*[,:]\s*$")
_PARTIAL = re.compile(r"\b(?:citing|cited|calling\s+(?:it|them|him|her|this|that)?|called\s+(?:it|them|"
                      r"him|her|this|that)|(?:described|describing|describes)\s+(?:it|them|him|her|this|that|"
                      r"the\s+\w+)?\s*as|"
                      r"saying|said|says|warned\s+of|warning\s+of|referred\s+to|denounced|"
                      r"promised|vowed|pledged|condemned)\s+(?:an?\s+|the\s+)?$", re.IGNORECASE)
_PRONOUN = re.compile(r"^(?:he|she|they|it|we)$", re.IGNORECASE)
_NOMINAL = re.compile(r"^(?P<phrase>(?:a|an|the|one|another)\s+(?P<desc>[\w’'\- ]*?)\b(?P<role>spokes(?:person|man|"
                      r"woman)|representative|statement|official|source|person|"
                      + ROLE_WORDS + r"))\b(?P<rest>.*)$", re.IGNORECASE | re.DOTALL)
_BODY_WORDS = {"company": "company", "firm": "company", "group": "organization",
               "ministry": "government", "department": "government", "agency": "government",
               "government": "government", "police": "government", "hospital": "organization",
               "organisation": "organization", "organization": "organization",
               "embassy": "government", "court": "government", "office": "government",
               "regulator": "government", "bank": "company", "army": "government",
               "military": "government", "university": "organization", "school": "organization",
               "party": "organization", "union": "organization", "campaign": "organization"}
# 'a ministry official', 'a company representative': they speak for the body named.
_AGENTS = {"official", "officials", "representative", "source", "spokesperson", "spokesman",
           "spokeswoman", "statement", "executive", "lawyer", "officer"}
_SPOKES = re.compile(r"spokes(person|man|woman)|representative|statement", re.IGNORECASE)


@dataclass
class DraftQuote:
    text: str
    paragraph: int
    start: int                  # offset of the text in its paragraph
    excerpt: str
    speaker: str | None = None
    speaker_title: str | None = None
    via: str | None = None
    about: list[str] = field(default_factory=list)
    closed: bool = True


@dataclass(frozen=True)
class _Span:
    paragraph: int
    open: int                   # offset of the opening mark
    close: int | None           # offset of the closing mark, None if it runs to the end
    text: str
    text_start: int


def find_spans(p: Paragraph) -> list[_Span]:
    """Every double-quoted span of a paragraph; an unclosed one runs to its end."""
    spans = [_make_span(p.index, p.text, start, end if closed else None, until=end)
             for start, end, closed in quoted_spans(p.text)]
    return [s for s in spans if s.text]


def _make_span(paragraph: int, text: str, open_at: int, close: int | None, until: int | None = None) -> _Span:
    end = close if close is not None else (until if until is not None else len(text))
    inner = text[open_at + 1:end]
    lead = len(inner) - len(inner.lstrip())
    inner = inner.strip()
    if close is not None:
        inner = inner.rstrip(",").rstrip()
    return _Span(paragraph, open_at, close, inner, open_at + 1 + lead)


class QuoteFinder:
    """Walks the article in order, remembering who spoke last and who was named last."""

    def __init__(self, article: Article, cast: Cast) -> None:
        self.article = article
        self.cast = cast
        self.paragraphs = {p.index: p for p in article.paragraphs}
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
                q = self._attribute(span, p, prev, prev_quotes, found)
                if q is not None:
                    found.append(q)
            quotes += found
            prev, prev_quotes = p, found
        return [q for q in quotes if q.speaker]

    # --- credits: "Source: Reuters." gives the outlet of the quote just before it
    def _credit(self, p: Paragraph, prev_quotes: list[DraftQuote]) -> None:
        m = CREDIT_LINE.match(p.text)
        if not m or not prev_quotes:
            return
        outlet = m.group("outlet").strip()
        key = self.cast.lookup(outlet) or self.cast.add(outlet, "media")
        prev_quotes[-1].via = key

    # --- attribution
    def _attribute(self, span: _Span, p: Paragraph, prev: Paragraph | None,
                   prev_quotes: list[DraftQuote], found: list[DraftQuote]) -> DraftQuote | None:
        text = p.text
        tail_start = (span.close + 1) if span.close is not None else len(text)
        q = DraftQuote(span.text, p.index, span.text_start, "", closed=span.close is not None)
        head = text[:span.open]
        # 1. after the quote: ',” said X' / ',” X said'
        new_sentence = span.text.endswith(".") and re.match(r"\s*[A-Z]", text[tail_start:])
        if span.close is not None and not new_sentence:
            if self._after(q, span, text, tail_start):
                return q
        if span.close is not None:
            dash = _DASH_AFTER.match(text[tail_start:])
            if dash:
                who_start = tail_start + dash.start("who")
                speaker, title = self._resolve(p.index, who_start, dash.group("who"), before=span.open)
                if speaker:
                    q.speaker, q.speaker_title = speaker, title
                    q.excerpt = self._excerpt(text, span.open, tail_start + dash.end())
                    return q
        # 2. before it in the same paragraph: 'X said: “' / 'said X, title, “'
        if self._before(q, span, text, head):
            return q
        # 3. the paragraph before ends 'X said,' and this one opens with the quote
        if span.open == 0 and prev is not None and prev.kind == "body" and re.search(r"[,:]\s*$", prev.text):
            if self._before(q, span, prev.text, prev.text, offset_paragraph=prev.index):
                q.excerpt = text[:tail_start].strip()
                return q
        # 4. it continues a quote of the same speaker
        earlier = found[-1] if found else None
        if earlier is None and span.open == 0 and prev_quotes and not prev_quotes[-1].closed:
            earlier = prev_quotes[-1]
        if earlier is not None and earlier.speaker:
            q.speaker, q.speaker_title = earlier.speaker, earlier.speaker_title
            q.excerpt = self._excerpt(text, span.open, tail_start)
            if span.close is not None:
                self._after(q, span, text, tail_start, keep_speaker=True)
            return q
        if _PARTIAL.search(head):
            who = self._sentence_subject(p, span.open)
            if who:
                q.speaker = who
                q.excerpt = self._excerpt(text, _sentence_start(text, span.open), tail_start)
                return q
        # 5. a reporting verb in the same sentence: 'Trump attacked “the hateful ideology ...”'
        if len(span.text.split()) >= 4 or re.search(r"[.?!]$", span.text):
            if self._in_sentence(q, span, p):
                return q
        # 6. it opens a sentence right after 'X said.' / 'X called him a master ...'
        if len(span.text.split()) >= 4 and self._previous_sentence(q, span, p):
            return q
        if len(span.text.split()) >= 6:
            self.warnings.append(f"quote without a speaker left out: {span.text[:60]!r}")
        return None

    def _after(self, q: DraftQuote, span: _Span, text: str, tail_start: int,
               keep_speaker: bool = False) -> bool:
        tail = text[tail_start:]
        stop = re.search(r"[“\"]", tail)
        clause = tail[:stop.start()] if stop else tail
        ends = split_sentences(clause)
        if ends and ends[0][0] == 0 or (ends and not clause[:ends[0][0]].strip()):
            clause = clause[:ends[0][1]]
        for rx in (_AFTER_VERB_FIRST, _AFTER_WHO_FIRST):
            m = rx.match(clause)
            if not m:
                continue
            who_start = tail_start + m.start("who")
            who_text = m.group("who")
            if rx is _AFTER_WHO_FIRST and len(who_text.split()) > 12:
                continue
            speaker, title = self._resolve(q.paragraph, who_start, who_text, before=span.open)
            if speaker is None:
                continue
            if not keep_speaker:
                q.speaker, q.speaker_title = speaker, title
            q.via = q.via or self._told(text, tail_start, tail_start + len(clause))
            q.excerpt = self._excerpt(text, span.open, tail_start + len(clause))
            return True
        return False

    def _before(self, q: DraftQuote, span: _Span, text: str, head: str,
                offset_paragraph: int | None = None) -> bool:
        m = _BEFORE.search(head)
        inverted = re.search(rf"(?:^|[.!?]\s+)(?:{VERBS}|[Aa]ccording to)\s+(?P<who>[A-Z][^,:;“”\"]{{1,60}}?)"
                             rf"\s*[:,]\s*$", head)
        if inverted:
            m = inverted  # 'Said Ellis: “...”', 'According to Limbaugh, “...”'
        if not m:
            return False
        paragraph = q.paragraph if offset_paragraph is None else offset_paragraph
        who = m.group("who")
        cut = max(who.rfind(". "), who.rfind("? "))
        start = m.start("who") + (cut + 2 if cut >= 0 else 0)
        who = head[start:m.end("who")]
        speaker, title = self._resolve(paragraph, start, who, before=start + len(who), last=True)
        if speaker is None:
            return False
        q.speaker, q.speaker_title = speaker, title
        q.via = self._told(head, m.end("who"), len(head))
        begin = _sentence_start(head, m.start("who") + (cut + 2 if cut >= 0 else 0))
        if offset_paragraph is None:
            end = (span.close + 1) if span.close is not None else len(text)
            q.excerpt = self._excerpt(text, begin, end)
        return True

    def _in_sentence(self, q: DraftQuote, span: _Span, p: Paragraph) -> bool:
        text = p.text
        start = _sentence_start(text, span.open)
        head = text[start:span.open]
        verbs = [m for m in _SENTENCE_VERBS.finditer(head) if not _inside_quotes(head, m.start())]
        if not verbs:
            return False
        verb = verbs[-1]
        who = head[:verb.start()]
        cut = max(who.rfind("”"), who.rfind('"'))
        offset = start + cut + 1 if cut >= 0 else start
        who = text[offset:start + verb.start()]
        if not who.strip():
            return False
        speaker, title = self._resolve(p.index, offset, who, before=start + verb.start(), last=True, loose=True)
        if speaker is None:
            return False
        q.speaker, q.speaker_title = speaker, title
        end = (span.close + 1) if span.close is not None else len(text)
        q.excerpt = self._excerpt(text, start, end)
        return True

    def _previous_sentence(self, q: DraftQuote, span: _Span, p: Paragraph) -> bool:
        text = p.text
        start = _sentence_start(text, span.open)
        if text[start:span.open].strip() or start == 0:
            return False
        prev_start = _sentence_start(text, start - 2)
        previous = text[prev_start:start]
        if re.search(r"[“”\"]", previous):
            return False
        fake = _Span(p.index, start - 1, None, "", start - 1)
        probe = DraftQuote(q.text, p.index, q.start, "")
        if not self._in_sentence(probe, fake, Paragraph(p.index, text[:start - 1] + " " + text[start - 1:], p.kind)):
            return False
        q.speaker, q.speaker_title = probe.speaker, probe.speaker_title
        end = (span.close + 1) if span.close is not None else len(text)
        q.excerpt = self._excerpt(text, prev_start, end)
        return True

    def _told(self, text: str, start: int, end: int) -> str | None:
        m = re.search(r"\btold\s+(?:the\s+)?(?P<outlet>[A-Z][\w.&’' -]*?)(?=[,.;]|\s+(?:in|on|at|that|after|before|\()\b|$)",
                      text[start:end])
        if not m:
            return None
        outlet = m.group("outlet").strip()
        key = self.cast.lookup(outlet)
        if key and self.cast.actors[key].type == "media":
            return key
        if key is None and (outlet in MEDIA_NAMES or len(outlet.split()) <= 4):
            return self.cast.add(outlet, "media")
        return None

    def _excerpt(self, text: str, start: int, end: int) -> str:
        return text[start:end].strip().rstrip(",")

    # --- who is speaking
    def _resolve(self, paragraph: int, start: int, who: str, before: int,
                 last: bool = False, loose: bool = False) -> tuple[str | None, str | None]:
        """The actor a speaker phrase names, and how the text describes them.

        `loose`: the phrase is a whole clause before a verb; its last subject-like word counts.
        """
        phrase = who.strip().rstrip(",")
        if loose:
            clause = re.split(r",\s+(?=(?:and|but|while|as|when|after|because)\b)|;", phrase)[-1]
            start += who.find(clause) if clause in who else 0
            phrase = clause.strip()
            words = phrase.split()
            last_word = re.sub(r"[’']s$", "", words[-1]).lower() if words else ""
            if last_word in ("he", "she", "it", "they", "we"):
                return self._pronoun(last_word, paragraph, before), None
        end = start + len(who)
        mentions = [m for m in self.cast.in_paragraph(paragraph) if start <= m.start < end]
        word = phrase.split()[0].lower() if phrase else ""
        if _PRONOUN.match(phrase) or (word in ("he", "she", "it", "they") and len(phrase.split()) <= 3):
            return self._pronoun(word, paragraph, before), None
        nominal = _NOMINAL.match(phrase)
        body = re.fullmatch(r"(?:.*,\s+)?(?:the|its)\s+(?:[\w-]+\s+)?(?P<noun>company|firm|group|ministry|"
                            r"department|agency|government|police|hospital|bank|organi[sz]ation|embassy|"
                            r"regulator|authority|office|court|university|party|campaign|army|military)",
                            phrase, re.IGNORECASE | re.DOTALL)
        if body and not mentions:
            return self._body(body.group("noun"), paragraph, before), None   # 'the company said'
        if mentions:
            if nominal and _SPOKES.search(nominal.group("role")) and not self._is_person(mentions[0]):
                return mentions[0].key, nominal.group("phrase").strip()     # a spokesperson for Y
            chosen = self._pick(mentions, last, start, paragraph)
            if chosen is None:
                return None, None
            return chosen.key, self._title(paragraph, chosen, start, end)
        if nominal:
            desc_words = set(nominal.group("desc").lower().split())
            if _SPOKES.search(nominal.group("role")) or (desc_words & set(_BODY_WORDS)
                                                        and nominal.group("role").lower() in _AGENTS):
                body = self._body(nominal.group("desc"), paragraph, before)
                return body, nominal.group("phrase").strip()
            if phrase.lower().startswith("the "):
                return self._pronoun("they-person", paragraph, before), nominal.group("phrase").strip()
            return self._anonymous(phrase, paragraph, start), None
        return None, None

    def _is_person(self, m: Located) -> bool:
        return self.cast.actors[m.key].type == "person"

    def _pick(self, mentions: list[Located], last: bool, start: int, paragraph: int) -> Located | None:
        text = self.paragraphs[paragraph].text
        people = [m for m in mentions if self._is_person(m)]
        if not last and not people:
            lead = text[start:mentions[0].start]
            if not lead.strip() or re.fullmatch(r"\s*(?:the\s+)?(?:[A-Z][\w.]*\s+){0,3}", lead):
                return mentions[0]
        pool = people or [m for m in mentions if self.cast.actors[m.key].type not in ("country", "work")] or mentions
        return pool[-1] if last else pool[0]

    def _title(self, paragraph: int, m: Located, start: int, end: int) -> str | None:
        text = self.paragraphs[paragraph].text
        after = re.match(r",\s*(?P<t>[^,;“”\"]{3,90}?)\s*(?:,|\.|$|\s+(?:who|which)\b|\s+(?:said|told)\b)",
                         text[m.end:end + 90])
        if after and not re.match(r"(in|on|at|during|after|before|when)\b", after.group("t")):
            title = after.group("t")
            if PERSON_ROLES.search(title) or re.match(r"(a|an|the)\b", title):
                return title.strip()
        seg = text[max(0, start - 1):m.start]
        before = re.search(r"(?:^|,\s*)(?P<t>(?:[Tt]he|[Aa]n?|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir|[A-Z][\w’']*[’']s)\s[^,]{2,80}?),\s*$",
                           text[:m.start])
        if before and PERSON_ROLES.search(before.group("t")) and before.start("t") >= _sentence_start(text, m.start):
            return before.group("t").strip()
        del seg
        return None

    def _pronoun(self, word: str, paragraph: int, before: int) -> str | None:
        """He/she: the last person named before (gender agreeing); it: the last organisation."""
        anon = self._anonymous_subject(paragraph, before)
        earlier = [m for m in self.cast.mentions if (m.paragraph, m.start) < (paragraph, before)]
        if word in ("it", "they", "we"):
            bodies = [m for m in earlier if self.cast.actors[m.key].type not in ("person", "country", "work", "media")]
            return bodies[-1].key if bodies else None
        people = [m for m in earlier if self.cast.actors[m.key].type == "person"]
        if not people:
            # 'Dmitri Orlov denied it. "...," he said.': a name typed by guess is a person after all
            guessed = [m for m in earlier if self.cast.actors[m.key].default_type
                       and looks_like_person_name(self.cast.actors[m.key].name)]
            for m in guessed[-1:]:
                self.cast.actors[m.key].type = "person"
            people = guessed[-1:]
        gender = {"he": "m", "she": "f"}.get(word, "")
        agreeing = [m for m in people if gender and self.cast.actors[m.key].gender == gender]
        unknown = [m for m in people if not self.cast.actors[m.key].gender]
        recent = agreeing[-1] if agreeing and agreeing[-1].paragraph >= paragraph - 1 else None
        if recent is None:
            recent = unknown[-1] if unknown else (agreeing[-1] if agreeing else (people[-1] if people else None))
        if anon and word in ("he", "she") and (recent is None or (anon[0], anon[1]) > (recent.paragraph, recent.start)):
            return anon[2]
        if recent is not None and gender and not self.cast.actors[recent.key].gender:
            self.cast.actors[recent.key].gender = gender  # 'he said' tells us
        return recent.key if recent else None

    def _anonymous_subject(self, paragraph: int, before: int) -> tuple[int, int, str] | None:
        """'A senior doctor at X, who spoke on condition of anonymity, said ...' before a pronoun."""
        for pi in (paragraph, paragraph - 1):
            p = self.paragraphs.get(pi)
            if p is None or p.kind != "body":
                continue
            limit = before if pi == paragraph else len(p.text)
            for s, _ in split_sentences(p.text[:limit]):
                m = _NOMINAL.match(p.text[s:limit])
                if m and m.group("phrase").split()[0].lower() in ("a", "an", "one", "another") \
                        and not _SPOKES.search(m.group("role")) \
                        and re.match(rf"[^.“”\"]*?\b(?:{VERBS})\b", m.group("rest")):
                    phrase = p.text[s:s + m.end("role")] + _place_part(m.group("rest"))
                    return pi, s, self._anonymous(phrase, pi, s)
        return None

    def _anonymous(self, phrase: str, paragraph: int, start: int) -> str | None:
        """An unnamed individual speaking for themselves becomes a descriptive person actor."""
        m = _NOMINAL.match(phrase)
        if not m:
            return None
        core = re.sub(r"^(a|an|one|another)\s+", "", m.group("phrase"), flags=re.IGNORECASE)
        rest = _place_part(m.group("rest"))
        org_key = None
        for men in self.cast.in_paragraph(paragraph):
            if start <= men.start < start + len(m.group("phrase")) + len(rest) + 1:
                org_key = men.key
                surface = self.paragraphs[paragraph].text[men.start:men.end]
                rest = rest.replace(surface, self.cast.actors[men.key].name)
                break
        name = f"Unnamed {core}{rest}".strip()
        key = self.cast.lookup(name) or self.cast.add(name, "person")
        if org_key and org_key != key:
            self.cast.relate(key, "employed-by", org_key,
                             self.paragraphs[paragraph].text[start:start + len(m.group("phrase")) + len(_place_part(m.group("rest")))].strip())
        return key

    def _body(self, desc: str, paragraph: int, before: int) -> str | None:
        """'a company spokesperson' -> the company last named; 'a ministry spokesperson' -> the ministry.

        A body that opened a sentence (its subject) is preferred over one named in passing.
        """
        words = desc.lower().split()
        kind = next((_BODY_WORDS[w] for w in reversed(words) if w in _BODY_WORDS), None)
        head = next((w for w in reversed(words) if w in _BODY_WORDS), None)
        fitting = []
        for m in self.cast.mentions:
            if (m.paragraph, m.start) >= (paragraph, before):
                break
            a = self.cast.actors[m.key]
            if a.type in ("person", "country", "work", "media"):
                continue
            if (head and head in a.name.lower()) or not kind or a.type == kind:
                fitting.append(m)
        named = [m for m in fitting if head and head in self.cast.actors[m.key].name.lower()]
        if named:
            return named[-1].key
        subjects = [m for m in fitting if self._opens_sentence(m)]
        pool = subjects or fitting
        return pool[-1].key if pool else None

    def _opens_sentence(self, m: Located) -> bool:
        text = self.paragraphs[m.paragraph].text
        start = _sentence_start(text, m.start)
        return not any(start <= x.start < m.start for x in self.cast.in_paragraph(m.paragraph))

    def _sentence_subject(self, p: Paragraph, at: int) -> str | None:
        start = _sentence_start(p.text, at)
        for m in self.cast.in_paragraph(p.index):
            if start <= m.start < at and self.cast.actors[m.key].type not in ("country", "work"):
                return m.key
        return None


def _inside_quotes(text: str, at: int) -> bool:
    return (text[:at].count("“") > text[:at].count("”")) or text[:at].count('"') % 2 == 1


def _place_part(rest: str) -> str:
    """' at San Ignacio' from ' at San Ignacio, who spoke ...'."""
    m = re.match(r"\s+(?:at|of|from|in|for|with)\s+[^,.;]+", rest)
    return m.group() if m else ""


def _sentence_start(text: str, at: int) -> int:
    start = 0
    for s, e in split_sentences(text):
        if s <= at:
            start = s
    return start


def find_quotes(article: Article, cast: Cast) -> tuple[list[DraftQuote], list[str]]:
    """Quotations with speakers; warnings for quotes left out."""
    finder = QuoteFinder(article, cast)
    quotes = finder.find()
    for q in quotes:
        inside = [m.key for m in cast.in_paragraph(q.paragraph)
                  if q.start <= m.start < q.start + len(q.text) and m.key != q.speaker]
        q.about = list(dict.fromkeys(inside))
    return quotes, finder.warnings
