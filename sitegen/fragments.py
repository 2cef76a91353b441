"""The HTML pieces every page repeats (links to actors, badges, citations, quotes,
events, claims), drawn in Python. No I/O.

A Jinja macro call costs more than the HTML it makes, and an actor page makes dozens.
The default `_macros.html` re-exports these functions under the macro names, so a
template imports them as before, and a site's own `_macros.html` replaces them.
Each function reads `content` through the template's context, as the macro did, so
an incremental build sees the same look-ups. Every value is escaped as autoescape
would (markupsafe.escape); the whitespace is the macros' own, byte for byte.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

import jinja2
from jinja2.runtime import Context
from markupsafe import Markup

_DRAFT = Markup(' <span class="draft" title="drafted by sitegen extract, not yet reviewed'
                ' by an editor">unreviewed</span>')
_NO_BADGE = Markup()


# The site navigation of base.html: (URL, label); the lead article's entry comes second.
NAV = (("index.html", "Overview"), ("actors/index.html", "Who is who"),
       ("timeline/index.html", "Timeline"), ("quotes/index.html", "Who said what"),
       ("claims/index.html", "Claims"), ("sources/index.html", "Sources"))


def globals_for_templates() -> dict[str, Any]:
    """Every helper, by the name templates call it (one set per Jinja environment)."""
    return {"actor_link_html": actor_link_html, "actor_list_html": actor_list_html,
            "draft_html": draft_html, "status_html": status_html,
            "nav_link_html": nav_link_html, "site_nav_html": _site_nav(),
            "citations_html": citations_html,
            "quote_html": quote_html, "event_html": event_html,
            "claim_html": claim_html, "claim_body_html": claim_body_html,
            "relation_items_html": relation_items_html}


def draft_html(record: Any) -> Markup:
    """The 'unreviewed' badge of a record sitegen extract drafted, else nothing."""
    return _DRAFT if record.draft else _NO_BADGE


def status_html(value: str) -> Markup:
    """A claim's status badge: allegation, report, confirmed or denial."""
    return Markup(f'<span class="status status-{_esc(value)}">'
                  f'{_esc(str(value).capitalize())}</span>')


@jinja2.pass_context
def actor_link_html(context: Context, actor_id: str) -> Markup:
    """An actor's name linked to its page, with its badge if drafted."""
    actor = context["content"].actors[actor_id]
    return Markup(f'<a href="{_esc(context["links"].actor(actor_id))}">{_esc(actor.name)}'
                  f'</a>{draft_html(actor)}')


@jinja2.pass_context
def actor_list_html(context: Context, actor_ids: Iterable[str]) -> Markup:
    """Actors' links, comma-separated."""
    return Markup(", ".join([actor_link_html(context, actor_id) for actor_id in actor_ids]))


@jinja2.pass_context
def citations_html(context: Context, record: Any) -> Markup:
    """The passages a record cites, each linked to where it stands in its source."""
    links, sources = context["links"], context["content"].sources
    items = "".join(f'  <li><q>{_esc(cit.excerpt)}</q> <a class="passage" '
                    f'href="{_esc(links.passage(cit))}">in {_esc(sources[cit.source].title)}'
                    '</a></li>\n' for cit in record.citations)
    return Markup(f'<ul class="citations">\n{items}</ul>\n')


@jinja2.pass_context
def nav_link_html(context: Context, url: str, label: str) -> Markup:
    """An item of the site navigation, marked as the current page where it is."""
    links = context["links"]
    current = ' aria-current="page"' if links.here == url else ""
    return Markup(f'<li><a href="{_esc(links.to(url))}"{current}>{_esc(label)}</a></li>\n')


def _site_nav() -> Any:
    """site_nav_html(): the items of the site navigation, drawn once per folder.

    Every page of a folder (10,000 actor pages) has the same navigation unless it is
    one of the pages the navigation names, which it marks as current; the environment
    keeps each one drawn (a build has a handful)."""
    drawn: dict[tuple, Markup] = {}

    @jinja2.pass_context
    def site_nav_html(context: Context) -> Markup:
        links, lead = context["links"], context["site"].lead_source
        article = links.text_page(lead) if links.has_text(lead) else None
        here = links.here if links.here in (article, *(url for url, _ in NAV)) else None
        key = (links.root, links.folder, here, article)
        if key not in drawn:
            # base.html's whitespace as it was with one nav_link_html per line
            items = [str(nav_link_html(context, url, label)) for url, label in NAV]
            if article is not None:
                items[0] += f"\n{nav_link_html(context, article, 'The article')}"[:-1]
            drawn[key] = Markup("\n      ".join(items))
        return drawn[key]

    return site_nav_html


@jinja2.pass_context
def relation_items_html(context: Context, actor: Any, outgoing: Iterable[tuple],
                        incoming: Iterable[tuple]) -> Markup:
    """An actor's relations as list items, each linked to its passages: "Employed by X",
    "Employs Y", or "Z <kind> <this actor>" for a kind with no reverse wording."""
    links, items = context["links"], []
    for direction, relations in (("out", outgoing), ("in", incoming)):
        for label, other, rel in relations:
            link = actor_link_html(context, other.id)
            if label or direction == "out":
                said = f"{_esc(str(label).capitalize())} {link}"
            else:
                said = f'{link} {_esc(rel.kind.replace("-", " "))} {_esc(actor.name)}'
            sources = "".join(f'<a class="passage" href="{_esc(links.passage(cit))}">(source)</a>'
                              for cit in rel.citations)
            items.append(f"<li>{said} {sources}</li>")
    return Markup("\n    ".join(items))


@jinja2.pass_context
def quote_html(context: Context, q: Any, anchor: bool = False,
               show_speaker: bool = True) -> Markup:
    """A quote with its speaker (unless the page is the speaker's), the outlet it came
    through and the passages it was read in."""
    links, sources = context["links"], context["content"].sources
    out = [f'<figure class="quote"{_anchor("quote", q, anchor)}>\n'
           f'  <blockquote><p>{_esc(q.text)}</p></blockquote>\n  <figcaption>\n']
    if show_speaker:
        out.append(actor_link_html(context, q.speaker) + (", " if q.speaker_title else ""))
    if q.speaker_title:
        out.append(_esc(q.speaker_title))
    out.append(f"{draft_html(q)}.\n")
    if q.via:
        out.append(f"Via {actor_link_html(context, q.via)}.")
    out.extend(f'    Read in <a class="passage" href="{_esc(links.passage(cit))}">'
               f"{_esc(sources[cit.source].title)}</a>.\n" for cit in q.citations)
    out.append("  </figcaption>\n</figure>\n")
    return Markup("".join(out))


@jinja2.pass_context
def event_html(context: Context, e: Any, anchor: bool = False) -> Markup:
    """A dated event: its kind, who sanctioned whom, who else took part, its passages."""
    out = [f'<div class="event event-{_esc(e.kind)}"{_anchor("event", e, anchor)}>\n'
           f'  <p class="event-date"><time datetime="{_esc(e.date)}">'
           f'{_esc(e.date.display())}</time> <span class="kind">'
           f'{_esc(str(e.kind).capitalize())}</span></p>\n'
           f'  <p class="event-title">{_esc(e.title)}{draft_html(e)}</p>\n']
    if e.kind == "sanction" and (e.by or e.targets):
        by = actor_link_html(context, e.by) if e.by else "An unnamed authority"
        targets = actor_list_html(context, e.targets) if e.targets else "unnamed targets"
        out.append(f'  <p class="sanction-line">{by} sanctioned {targets}.</p>\n')
    named = [e.by, *e.targets]
    others = [actor for actor in e.actors if actor not in named]
    if others:
        out.append(f'<p class="event-actors">Involved: {actor_list_html(context, others)}.</p>')
    out.append(f"  {citations_html(context, e)}\n</div>\n")
    return Markup("".join(out))


@jinja2.pass_context
def claim_body_html(context: Context, claim: Any) -> Markup:
    """A claim's status, words and claimant: never shown without its status."""
    out = [f'<p class="claim-text">{status_html(claim.status)} {_esc(claim.text)}'
           f'{draft_html(claim)}</p>\n<p class="claim-meta">\n']
    if claim.claimant:
        out.append(f"According to {actor_link_html(context, claim.claimant)}.")
    else:
        out.append("Claimant not named.")
    if claim.about:
        out.append(f" About {actor_list_html(context, claim.about)}.")
    if claim.cues:
        cues = ", ".join(f"<q>{_esc(cue)}</q>" for cue in claim.cues)
        out.append(f" Wording in the source: {cues}.")
    out.append("</p>\n")
    return Markup("".join(out))


@jinja2.pass_context
def claim_html(context: Context, claim: Any, anchor: bool = False,
               heading: str = "h3") -> Markup:
    """A claim with its passages and, beside it, the responses (denials) that answer it."""
    content = context["content"]
    responses = content.responses.get(claim.id, ())
    contested = " contested" if responses else ""
    out = [f'<div class="claim{contested}"{_anchor("claim", claim, anchor)}>\n'
           f'  <div class="claim-main">\n    {claim_body_html(context, claim)}\n'
           f"    {citations_html(context, claim)}\n"]
    if claim.responds_to and claim.responds_to in content.claims:
        answered = content.claims[claim.responds_to]
        out.append(f'    <p class="answers">Answers: <a href="'
                   f'{_esc(context["links"].claim(claim.responds_to))}">'
                   f"{_esc(answered.text)}</a> ({_esc(answered.status)})</p>\n")
    out.append("  </div>\n")
    if responses:
        out.append('  <aside class="responses" aria-label="Responses">\n')
        out.extend(f'    <div class="response">\n      <p class="response-label">Response</p>\n'
                   f"      {claim_body_html(context, response)}\n"
                   f"      {citations_html(context, response)}\n    </div>\n"
                   for response in responses)
        out.append("  </aside>\n")
    out.append("</div>\n")
    return Markup("".join(out))


def _esc(value: Any) -> str:
    """What markupsafe.escape makes of value, as a plain str: the pieces of a fragment are
    joined first and marked safe once (a Markup per value costs more than the escaping)."""
    if type(value) is not str:  # most values are plain str: no look-up of __html__
        if hasattr(value, "__html__"):
            return value.__html__()
        value = str(value)
    return (value.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
            .replace('"', "&#34;").replace("'", "&#39;"))


def _anchor(kind: str, record: Any, anchor: bool) -> str:
    return f' id="{kind}-{_esc(record.id)}"' if anchor else ""
