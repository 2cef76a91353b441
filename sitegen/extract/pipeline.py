"""The extract pipeline: article -> stages -> records -> YAML files (never overwriting).

Everything is computed in memory first; files are written only when all stages succeeded,
and only files that do not exist yet.
"""

from __future__ import annotations

import datetime
import re
from pathlib import Path

import yaml

from sitegen.errors import SitegenError
from sitegen.extract.actors import Cast, find_actors
from sitegen.extract.article import (
    Article,
    parse_article,
    quoted_spans,
    read_article,
    split_sentences,
)
from sitegen.extract.claims import find_claims
from sitegen.extract.dates import find_dates
from sitegen.extract.events import find_events
from sitegen.extract.existing import load_existing
from sitegen.extract.normalize import slug
from sitegen.extract.quote_spans import DraftQuote
from sitegen.extract.quotes import find_quotes
from sitegen.extract.records import DRAFT, Drafts, build_records
from sitegen.extract.relations import find_relations
from sitegen.extract.report import KINDS, Report
from sitegen.extract.types import Mention, Sentence
from sitegen.model import ID_MAX, ID_RE

YAML_WIDTH = 100


def extract_into(
    article: str | Path,
    into: Path,
    *,
    published: str | None = None,
    source_id: str | None = None,
    title: str | None = None,
    url: str | None = None,
    publisher: str | None = None,
) -> Report:
    """Draft records from an article into a content folder; return the report.

    A folder of <id>.txt articles is extracted article by article into into/<id>/.
    """
    into = Path(into)
    if into.exists() and not into.is_dir():
        raise SitegenError(into, 1, 1, "--into must be a folder, and this is a file")
    if str(article) != "-" and Path(article).is_dir():
        return extract_many(Path(article), into, published=published)  # type: ignore[return-value]
    name, raw = read_article(article)
    pub = _published(published)
    parsed = parse_article(raw)
    sid = _source_id(source_id, name, title or parsed.title)
    report = Report(into)
    existing = load_existing(into)
    report.problems += existing.problems

    cast = find_actors(parsed)
    report.warnings += cast.warnings
    report.left_out += [f"boilerplate line: {p.text[:70]!r}" for p in parsed.boilerplate()]
    quotes, quote_warnings = find_quotes(parsed, cast)
    report.warnings += quote_warnings + [f"actors: {m}" for m in cast.merges]
    find_relations(parsed, cast)
    sentences = build_sentences(parsed, cast, quotes)
    claims = find_claims(sentences, pub)
    events = find_events(sentences, pub)
    if pub is None:
        report.left_out += _unresolved_dates(sentences)

    text_rel, text_path = _text_location(into, sid)
    publisher_key = (cast.lookup(publisher) or cast.add(publisher, "media")) if publisher else None
    source = _source_record(
        title or parsed.title or _title_from(name),
        url,
        pub,
        text_rel,
        publisher_key,
    )
    drafts = Drafts(sid, source, cast, quotes, claims, events, parsed.text, publisher_key)
    records = build_records(drafts, existing, report)
    try:
        _write_text(text_path, parsed.text, sid)
        report.text_path = text_path
        for kind in KINDS:
            for rid, rec in records[kind].items():
                if _write_record(into / kind / f"{rid}.yaml", rec):
                    report.written[kind].append(rid)
                else:
                    report.already += 1
    except OSError as e:
        raise SitegenError(e.filename or into, 1, 1, f"cannot write: {e.strerror or e}") from None
    return report


def build_sentences(article: Article, cast: Cast, quotes: list[DraftQuote]) -> list[Sentence]:
    """The body's sentences with their actor mentions, quoted spans and quote speakers."""
    out: list[Sentence] = []
    for p in article.body():
        spans = _quoted_spans(p.text)
        mentions = cast.in_paragraph(p.index)
        par_quotes = [q for q in quotes if q.paragraph == p.index]
        for s, e in split_sentences(p.text):
            ms = tuple(
                Mention(m.start - s, m.end - s, m.key, cast.actors[m.key].type)
                for m in mentions
                if s <= m.start and m.end <= e
            )
            inq = tuple((max(a, s) - s, min(b, e) - s) for a, b in spans if a < e and b > s)
            speakers = tuple(
                dict.fromkeys(
                    q.speaker
                    for q in par_quotes
                    if q.speaker and q.start < e and q.start + len(q.text) > s
                )
            )
            out.append(
                Sentence(
                    text=p.text[s:e],
                    paragraph=p.index,
                    start=s,
                    mentions=ms,
                    heading=p.kind == "heading",
                    index=len(out),
                    in_quote=inq,
                    speakers=speakers,
                )
            )
    return out


def _title_from(name: str) -> str:
    """'north-korean-animators.txt' -> 'North Korean Animators' (an editor will improve it)."""
    stem = "Article" if name == "<stdin>" else Path(name).stem
    return re.sub(r"[-_]+", " ", stem).strip().title() or "Article"


def _unresolved_dates(sentences: list[Sentence]) -> list[str]:
    """Relative dates ('last year', 'on Monday') that only --published could anchor."""
    anchor = datetime.date(2000, 1, 1)  # any day: only which dates are relative matters
    out = []
    for s in sentences:
        for d in find_dates(s.text, anchor):
            if d.relative and not any(a <= d.start < b for a, b in s.in_quote):
                out.append(
                    f"relative date {d.surface!r} (give --published to date it): {s.text[:60]!r}"
                )
    return out


def _quoted_spans(text: str) -> list[tuple[int, int]]:
    return [(start, end + 1 if closed else end) for start, end, closed in quoted_spans(text)]


def _published(published: str | None) -> datetime.date | None:
    if not published:
        return None
    try:
        return datetime.date.fromisoformat(published)
    except ValueError:
        raise SitegenError(
            "--published", 1, 1, f"'{published}' is not a date; expected YYYY-MM-DD"
        ) from None


def _source_id(given: str | None, name: str, title: str | None) -> str:
    if given:
        if not ID_RE.fullmatch(given) or len(given) > ID_MAX:
            raise SitegenError(
                "--source-id",
                1,
                1,
                f"'{given}' is not a valid id; expected lowercase "
                "words joined by hyphens, at most 80 characters",
            )
        return given
    if name != "<stdin>":
        return slug(Path(name).stem)
    return slug(title) if title else "article"


def _text_location(into: Path, sid: str) -> tuple[str, Path]:
    """Where the article copy goes, per the loader's rule for `text:` paths."""
    if into.name == "content":
        return f"seeds/{sid}.txt", into.parent / "seeds" / f"{sid}.txt"
    return f"texts/{sid}.txt", into / "texts" / f"{sid}.txt"


def _source_record(
    title: str, url: str | None, pub: datetime.date | None, text: str, publisher: str | None
) -> dict:
    rec: dict = {"title": title, "kind": "article"}
    if url:
        if not re.match(r"https?://", url):
            raise SitegenError("--url", 1, 1, f"'{url}' is not an http(s) address")
        rec["url"] = url
    if pub:
        rec["published"] = pub.isoformat()
    rec["text"] = text
    rec["review"] = DRAFT
    return rec


def _write_text(path: Path, text: str, sid: str) -> None:
    if path.exists():
        if path.read_text(encoding="utf-8") != text:
            raise SitegenError(
                path,
                1,
                1,
                f"a different text is already kept for source '{sid}'; give another --source-id",
            )
        return
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")


def _write_record(path: Path, record: dict) -> bool:
    """Write one record unless its file exists; say whether it was written."""
    if path.exists():
        return False
    path.parent.mkdir(parents=True, exist_ok=True)
    text = yaml.safe_dump(record, sort_keys=False, allow_unicode=True, width=YAML_WIDTH)
    with path.open("x", encoding="utf-8") as f:
        f.write(text)
    return True


def extract_many(folder: Path, into: Path, **options: str | None) -> str:
    """Extract every <id>.txt of a folder into into/<id>/ (batch scoring); return a summary."""
    files = sorted(Path(folder).glob("*.txt"))
    if not files:
        raise SitegenError(folder, 1, 1, "no .txt articles in this folder")
    lines = []
    for f in files:
        try:
            report = extract_into(f, Path(into) / f.stem, **options)
            lines.append(f"{f.name}: " + str(report).splitlines()[0])
        except SitegenError as e:
            lines.append(str(e))
    return "\n".join(lines)


def new_site(
    folder: Path,
    article: str | Path,
    *,
    published: str | None = None,
    source_id: str | None = None,
    title: str | None = None,
    url: str | None = None,
    publisher: str | None = None,
) -> Report:
    """Start a site: content/site.yaml, the article under seeds/, drafted records."""
    folder = Path(folder)
    content = folder / "content"
    if (content / "site.yaml").exists() or (content.is_dir() and any(content.iterdir())):
        raise SitegenError(
            content,
            1,
            1,
            "this folder already has content; "
            "use `sitegen extract ARTICLE --into` to add an article to it",
        )
    report = extract_into(
        article,
        content,
        published=published,
        source_id=source_id,
        title=title,
        url=url,
        publisher=publisher,
    )
    lead = report.written["sources"][0] if report.written["sources"] else source_id or "article"
    source = yaml.safe_load((content / "sources" / f"{lead}.yaml").read_text(encoding="utf-8"))
    site = {"title": source.get("title") or "Explainer", "lead_source": lead, "base_url": "/"}
    _write_record(content / "site.yaml", site)
    return report
