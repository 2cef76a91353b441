"""The Python helpers that draw the smallest pieces of every page (sitegen.render)."""

from __future__ import annotations

from types import SimpleNamespace

import pytest
from hypothesis import given
from hypothesis import strategies as st
from markupsafe import Markup, escape

from sitegen.fragments import _esc
from sitegen.links import Links
from sitegen.model import Citation
from sitegen.render import default_template_dir, make_environment

DRAFT = (' <span class="draft" title="drafted by sitegen extract, not yet reviewed by an'
         ' editor">unreviewed</span>')


@pytest.fixture
def render():
    env = make_environment([default_template_dir()])
    content = SimpleNamespace(
        actors={"ann": SimpleNamespace(name="Ann <b>&amp;</b>", draft=True),
                "bo": SimpleNamespace(name="Bo", draft=False)},
        sources={"s": SimpleNamespace(title='The "S" <i>')})
    links = Links("actors/bo/index.html", {"s": frozenset()})

    def render(source: str) -> str:
        return env.from_string(source).render(content=content, links=links)
    return render


def test_actor_links_escape_names_and_mark_drafts(render):
    html = render('{{ actor_list_html(["ann", "bo"]) }}')
    assert html == (f'<a href="../ann/index.html">Ann &lt;b&gt;&amp;amp;&lt;/b&gt;</a>{DRAFT}, '
                    '<a href="index.html">Bo</a>')


def test_status_badge_escapes_its_value(render):
    assert render('{{ status_html("<x>") }}') == (
        '<span class="status status-&lt;x&gt;">&lt;x&gt;</span>')


def test_citations_list_each_passage_with_its_source(render):
    record = SimpleNamespace(citations=(Citation(source="s", excerpt="a <q> b"),))
    env = make_environment([default_template_dir()])
    html = env.from_string("{{ citations_html(r) }}").render(
        r=record, content=SimpleNamespace(sources={"s": SimpleNamespace(title="T & U")}),
        links=Links("index.html", {}))
    assert html == ('<ul class="citations">\n  <li><q>a &lt;q&gt; b</q> <a class="passage" '
                    'href="sources/index.html#source-s">in T &amp; U</a></li>\n</ul>\n')


def test_a_site_template_can_still_import_the_old_macro_names(render):
    html = render('{% from "_macros.html" import actor_link, draft, status, nav_link '
                  'with context %}{{ actor_link("bo") }}{{ nav_link("actors/bo/index.html", "Bo") }}')
    assert html == ('<a href="index.html">Bo</a>'
                    '<li><a href="index.html" aria-current="page">Bo</a></li>\n')


@given(st.one_of(st.text(), st.integers(), st.builds(Markup, st.text())))
def test_fragments_escape_as_markupsafe_does(value):
    assert _esc(value) == str(escape(value))


def test_relations_read_from_either_end_and_link_their_passages():
    env = make_environment([default_template_dir()])
    cited = (Citation(source="s", excerpt="x"),)
    rel = SimpleNamespace(kind="went-to-school-with", citations=cited)
    html = env.from_string("{{ relation_items_html(me, out, inc) }}").render(
        me=SimpleNamespace(name="Me & Co"), out=[("employed by", SimpleNamespace(id="bo"), rel)],
        inc=[(None, SimpleNamespace(id="ann"), rel)],
        content=SimpleNamespace(actors={"ann": SimpleNamespace(name="Ann <b>", draft=True),
                                        "bo": SimpleNamespace(name="Bo", draft=False)}),
        links=Links("actors/bo/index.html", {"s": frozenset()}))
    source = '<a class="passage" href="../../sources/index.html#source-s">(source)</a>'
    assert html == (f'<li>Employed by <a href="index.html">Bo</a> {source}</li>\n    '
                    f'<li><a href="../ann/index.html">Ann &lt;b&gt;</a>{DRAFT} went to school with '
                    f'Me &amp; Co {source}</li>')
