"""Rendering pieces: safe markdown and JSON-LD, escaping, links, article layout."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from sitegen.article import is_boilerplate, layout_text, passage_id
from sitegen.errors import SitegenError
from sitegen.links import Links, absolute
from sitegen.model import Citation
from sitegen.pages import Page, relation_label
from sitegen.render import (
    default_template_dir,
    make_environment,
    make_markdown,
    render_jsonld,
    render_markdown,
    render_page,
)


@pytest.fixture
def md():
    return make_markdown()


@pytest.mark.parametrize("source", [
    "[x](javascript:alert(1))", "[x](JaVaScRiPt:alert(1))", "[x]( javascript:alert(1))",
    "[x](java&#x73;cript:alert(1))", "<javascript:alert(1)>", "[x](data:text/html,hi)",
    "[x](vbscript:msgbox)", "![x](javascript:alert(1))",
])
def test_markdown_drops_unsafe_link_targets(md, source):
    html = render_markdown(md, source)
    assert "href" not in html and "src" not in html


@pytest.mark.parametrize("source", ["<script>alert(1)</script>", '<a href="x" onclick="y">z</a>',
                                    "<img src=x onerror=alert(1)>"])
def test_markdown_escapes_raw_html(md, source):
    html = render_markdown(md, source)
    assert "<script" not in html and "<a " not in html and "<img" not in html
    assert "&lt;" in html


def test_markdown_keeps_safe_links(md):
    html = render_markdown(md, "[a](https://x.org/) [b](../y/index.html) [c](mailto:e@x.org)")
    assert html.count("<a href=") == 3


def test_jsonld_cannot_close_its_script():
    text = render_jsonld({"name": "</script><script>alert(1)</script> & \u2028"})
    assert "<" not in text and ">" not in text and "&" not in text
    assert "\\u003c/script\\u003e" in text


def test_jsonld_is_deterministic():
    assert render_jsonld({"b": 1, "a": [2]}) == render_jsonld({"a": [2], "b": 1})


def env_with(tmp_path: Path, **templates: str):
    for name, text in templates.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    return make_environment([tmp_path, default_template_dir()])


def test_every_template_autoescapes_including_xml(tmp_path):
    env = env_with(tmp_path, **{"t.xml": "<loc>{{ v }}</loc>", "t.txt": "{{ v }}"})
    page = Page(url="t.xml", template="t.xml", context={"v": "<a>&"}, reads=frozenset())
    assert render_page(env, page) == "<loc>&lt;a&gt;&amp;</loc>"


def test_undefined_name_becomes_a_located_error(tmp_path):
    env = env_with(tmp_path, **{"t.html": "line one\n{{ missing }}\n"})
    page = Page(url="t.html", template="t.html", context={}, reads=frozenset())
    with pytest.raises(SitegenError) as e:
        render_page(env, page)
    assert (e.value.path, e.value.line) == (tmp_path / "t.html", 2)
    assert "'missing' is undefined" in e.value.message


def test_template_syntax_error_becomes_a_located_error(tmp_path):
    env = env_with(tmp_path, **{"t.html": "ok\nok\n{% for %}\n"})
    page = Page(url="t.html", template="t.html", context={}, reads=frozenset())
    with pytest.raises(SitegenError) as e:
        render_page(env, page)
    assert e.value.line == 3 and e.value.path.name == "t.html"


def test_default_templates_are_found_beside_the_package():
    assert (default_template_dir() / "base.html").is_file()


@pytest.mark.parametrize(("here", "target", "href"), [
    ("index.html", "actors/x/index.html", "actors/x/index.html"),
    ("actors/x/index.html", "actors/y/index.html", "../y/index.html"),
    ("actors/x/index.html", "index.html", "../../index.html"),
    ("quotes/index.html", "quotes/index.html#quote-a", "index.html#quote-a"),
    ("sources/s/index.html", "static/style.css", "../../static/style.css"),
])
def test_links_are_relative_to_the_page(here, target, href):
    assert Links(here, {}).to(target) == href


def test_links_from_the_404_page_start_at_the_base_path():
    assert Links("404.html", {}, root="/nk/").to("actors/index.html") == "/nk/actors/index.html"


def test_passage_link_falls_back_to_the_source_entry_without_text():
    cit = Citation(source="report", excerpt="a finding")
    assert Links("index.html", {}).passage(cit) == "sources/index.html#source-report"
    placed = {"report": frozenset({passage_id("a finding")})}
    assert Links("index.html", placed).passage(cit) == (
        f"sources/report/index.html#{passage_id('a finding')}")


def test_absolute_urls_are_pretty_under_base_url():
    assert absolute("https://x.org/nk/", "actors/a/index.html") == "https://x.org/nk/actors/a/"
    assert absolute("/", "index.html") == "/"


def test_relation_labels_read_from_both_ends():
    assert relation_label("employed-by") == "employed by"
    assert relation_label("employed-by", incoming=True) == "employs"
    assert relation_label("renamed-from") == "renamed from"
    assert relation_label("renamed-from", incoming=True) is None


TEXT = """A lede sentence about Acme Corp and the US.
A heading without a full stop
Acme said the deal with us was fine. Jane Roe of Acme Corporation agreed.
“A quote,” she said.
Sign up for our newsletter and get the news in your inbox.
Ten Amazing Tricks Traders Use To Get Rich Fast.
"""
NAMES = {"Acme Corp": "acme", "Acme": "acme", "Acme Corporation": "acme", "US": "us",
         "Jane Roe": "jane"}


def flat(blocks):
    """Blocks as readable strings: [marks], <actor:text>."""
    out = []
    for block in blocks:
        parts = []
        for run in block.runs:
            inner = "".join(f"<{p.actor}:{p.text}>" if p.actor else p.text for p in run.pieces)
            parts.append(f"[{inner}]" if run.marked else inner)
        out.append((block.kind, "".join(parts)))
    return out


def test_layout_links_names_longest_first_whole_words_and_acronyms_in_capitals():
    blocks, _ = layout_text(TEXT, [], NAMES)
    lines = dict((text, kind) for kind, text in flat(blocks))
    assert ("A lede sentence about <acme:Acme Corp> and the <us:US>.") in lines
    assert ("<acme:Acme> said the deal with us was fine. <jane:Jane Roe> of "
            "<acme:Acme Corporation> agreed.") in lines
    assert lines["A heading without a full stop"] == "heading"


def test_layout_links_proper_nouns_only_with_their_capital():
    text = ("Freedom House said the Guardian and The Guardian saw it. Sek Studio paid.\n"
            "Press freedom fell; apple growers and SEK STUDIO staff and the guardian of the "
            "mine declined to comment.\n")
    names = {"Freedom House": "fh", "Freedom": "freedom", "The Guardian": "guardian",
             "SEK Studio": "sek", "Apple": "apple"}
    lines = [t for _, t in flat(layout_text(text, [], names)[0])]
    assert lines[0] == ("<fh:Freedom House> said <guardian:the Guardian> and "
                        "<guardian:The Guardian> saw it. <sek:Sek Studio> paid.")
    assert lines[1] == ("Press freedom fell; apple growers and <sek:SEK STUDIO> staff and "
                        "the guardian of the mine declined to comment.")


def test_layout_drops_trailing_boilerplate_but_never_a_cited_line():
    blocks, _ = layout_text(TEXT, [], NAMES)
    text = " ".join(t for _, t in flat(blocks))
    assert "newsletter" not in text and "Amazing Tricks" not in text
    assert "“A quote,” she said." in text
    blocks, _ = layout_text(TEXT, ["get the news in your inbox"], NAMES)
    assert "[get the news in your inbox]" in " ".join(t for _, t in flat(blocks))


def test_layout_marks_overlapping_passages_once_with_every_anchor():
    first, second = "deal with us was fine", "with us was fine. Jane Roe"
    blocks, placed = layout_text(TEXT, [first, second, "not in the text"], NAMES)
    assert placed == {passage_id(first), passage_id(second)}
    runs = [r for b in blocks for r in b.runs if r.marked]
    assert len(runs) == 1 and runs[0].id == passage_id(first)
    inner = [a for p in runs[0].pieces for a in p.anchors]
    assert inner == [passage_id(second)]
    assert "".join(p.text for p in runs[0].pieces) == "deal with us was fine. Jane Roe"


def test_layout_matches_excerpts_up_to_typographic_folding():
    _, placed = layout_text(TEXT, ['"A quote," she said.'], NAMES)
    assert placed == {passage_id('"A quote," she said.')}


@pytest.mark.parametrize(("line", "expected"), [
    ("Read more: How hackers emptied an exchange", True),
    ("Advertisement", True),
    ("Photo: The entrance to the hospital. (Photo by A. B. for The Ledger)", True),
    ("Get our free Oceans Briefing newsletter every Friday.", True),
    ("A Step-By-Step System To Launching Your Career in 90 Days.", True),
    ("The company said it had closed in April, which could not be verified.", False),
    ("According to the report, two researchers watched the server.", False),
])
def test_boilerplate_heuristic(line, expected):
    assert is_boilerplate(line) is expected


WORDS = ["Acme", "said", "the", "deal", "US", "us", "was", "fine.", "“Quote,”", "Jane", "Roe",
         "Sign", "up", "Read", "more:"]


@given(lines=st.lists(st.lists(st.sampled_from(WORDS), min_size=1, max_size=8),
                      min_size=1, max_size=6),
       cuts=st.lists(st.tuples(st.integers(0, 400), st.integers(1, 60)), max_size=5))
def test_layout_keeps_the_text_and_anchors_every_excerpt_once(lines, cuts):
    text = "\n".join(" ".join(line) for line in lines) + "\n"
    excerpts = [text[start:start + size] for start, size in cuts]
    excerpts = [e for e in excerpts if e.strip()]
    blocks, placed = layout_text(text, excerpts, NAMES)
    assert placed == {passage_id(e) for e in excerpts}
    shown = ["".join(p.text for r in b.runs for p in r.pieces) for b in blocks]
    assert shown == [" ".join(words) for words in lines][:len(shown)]
    anchors = [a for b in blocks for r in b.runs
               for a in ((r.id,) if r.id else ()) + tuple(x for p in r.pieces for x in p.anchors)]
    assert sorted(anchors) == sorted(placed)


def test_each_page_names_the_records_it_reads():
    from conftest import SITE_FIXTURE

    from sitegen.load import load_content
    from sitegen.pages import build_pages

    pages = {p.url: p for p in build_pages(load_content(SITE_FIXTURE / "content"), "/")}
    sayed = pages["actors/amira-sayed/index.html"].reads
    assert {"site", "actors/amira-sayed", "quotes/sayed-share-an-address",
            "claims/same-clerk"} <= sayed
    assert "claims/board-reviewing" not in sayed and "events/tidewater-sanctioned" not in sayed
    assert "events/tidewater-sanctioned" in pages["timeline/index.html"].reads
    assert len(pages) == len({p.url for p in pages.values()})


def test_markdown_images_become_text_and_a_link_never_an_img():
    from sitegen.render import make_markdown, render_markdown

    html = str(render_markdown(make_markdown(), "See ![the chart](https://tracker.example/c.png)."))
    assert "<img" not in html
    assert '<a href="https://tracker.example/c.png">the chart</a>' in html
