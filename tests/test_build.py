"""sitegen build: the published site, asserted on the parsed HTML it writes."""

from __future__ import annotations

import json
import os
import re
import shutil
from pathlib import Path

import pytest
from conftest import REPO, SITE_FIXTURE, SUB_PATH, build_into
from htmlcheck import Page, check_links, parse, words

from sitegen.build import build_site
from sitegen.cli import main
from sitegen.errors import ProblemsError, SitegenError
from sitegen.load import load_content
from sitegen.model import event_order
from sitegen.text import find_verbatim


def content_of(site: Path):
    """The content a built site came from (the fixture or the seed)."""
    return load_content(REPO / "content" if site.parent.name.startswith("seed")
                        else SITE_FIXTURE / "content")


def html_files(out: Path) -> list[Path]:
    return sorted(out.rglob("*.html"))


def test_build_writes_one_page_per_actor(any_site):
    content = content_of(any_site)
    pages = sorted(p.parent.name for p in (any_site / "actors").glob("*/index.html"))
    assert pages == sorted(content.actors)
    for actor in content.actors.values():
        page = parse(any_site / "actors" / actor.id / "index.html")
        assert words(page.one("h1")).startswith(actor.name)


def test_build_links_and_anchors_resolve(any_site):
    assert check_links(any_site) == []


def test_build_links_resolve_under_a_sub_path(tmp_path):
    out = build_into(SITE_FIXTURE / "content", tmp_path / "public", base_url=SUB_PATH)
    assert check_links(out, base_path=SUB_PATH) == []
    page = parse(out / "actors" / "amira-sayed" / "index.html")
    assert page.one("link", rel="canonical").attrs["href"] == f"{SUB_PATH}actors/amira-sayed/"
    # the 404 page is served at any depth, so it links from the sub-path, not relatively
    hrefs = {a.attrs["href"] for a in parse(out / "404.html").all("a")}
    assert f"{SUB_PATH}index.html" in hrefs and not any(h.startswith("..") for h in hrefs)


def test_build_output_holds_no_file_system_paths(any_site):
    for path in any_site.rglob("*"):
        if path.is_file():
            data = path.read_text(encoding="utf-8")
            assert str(REPO) not in data and str(any_site.parent) not in data, path


def test_build_pages_link_explicit_index_files(site_dir):
    """Relative links to index.html work from file:// too, where folders do not open."""
    for path in html_files(site_dir):
        for a in parse(path).all("a"):
            href = a.attrs.get("href", "")
            if href and "://" not in href and not href.startswith(("#", "mailto:")):
                assert not href.split("#")[0].endswith("/"), f"{path}: {href}"


def test_build_every_page_has_its_own_title_meta_and_jsonld(any_site):
    titles = set()
    for path in html_files(any_site):
        page = parse(path)
        titles.add(words(page.one("title")))
        assert page.one("meta", name="description").attrs["content"]
        assert page.one("meta", property="og:title").attrs["content"]
        assert page.one("html").attrs["lang"]
        assert len(page.all("h1")) == 1, path
        assert page.one("main", id="main")
        data = json.loads(page.one("script", type="application/ld+json").text)
        assert data["@context"] == "https://schema.org"
    assert len(titles) == len(html_files(any_site))


def test_build_jsonld_types_per_page(site_dir):
    def ld(rel):
        return json.loads(parse(site_dir / rel).one("script", type="application/ld+json").text)

    assert ld("actors/amira-sayed/index.html")["@type"] == "Person"
    assert ld("actors/open-ledger-institute/index.html")["@type"] == "Organization"
    quotes = ld("quotes/index.html")["itemListElement"]
    assert {q["@type"] for q in quotes} == {"Quotation"} and len(quotes) == 2
    events = ld("timeline/index.html")["itemListElement"]
    assert [e["startDate"] for e in events] == ["2016", "2024-01", "2024-04", "2024-04-23"]


def test_quote_index_lists_quotes_with_linked_speaker_and_outlet(any_site):
    content = content_of(any_site)
    page = parse(any_site / "quotes" / "index.html")
    for quote in content.quotes.values():
        figure = page.one("figure", id=f"quote-{quote.id}")
        assert words(figure.children[0]) .strip("“”\"") in (quote.text, f"“{quote.text}”")
        caption = figure.children[1]
        hrefs = {a.attrs["href"]: words(a) for a in _links(caption)}
        speaker = content.actors[quote.speaker]
        assert hrefs[f"../actors/{speaker.id}/index.html"] == speaker.name
        if quote.via:
            assert hrefs[f"../actors/{quote.via}/index.html"] == content.actors[quote.via].name
            assert f"Via {content.actors[quote.via].name}" in words(caption)
        if quote.speaker_title:
            assert quote.speaker_title in words(caption)
        assert any("#passage-" in h for h in hrefs), "each quote links to its passage"


def test_timeline_orders_events_by_date(any_site):
    content = content_of(any_site)
    page = parse(any_site / "timeline" / "index.html")
    shown = [el.attrs["id"].removeprefix("event-") for el in page.all(class_="event")
             if el.attrs.get("id", "").startswith("event-")]
    assert shown == [e.id for e in sorted(content.events.values(), key=event_order)]
    dates = [words(t) for t in page.all("time") if t.attrs["datetime"]]
    for event in content.events.values():
        assert event.date.display() in dates
    sanctions = page.all(class_="event-sanction")
    assert len(sanctions) == sum(e.kind == "sanction" for e in content.events.values())


def test_timeline_shows_dates_at_their_precision(site_dir):
    text = parse(site_dir / "timeline" / "index.html").text
    assert "2016" in text and "January 2024" in text and "23 April 2024" in text
    assert "1 January 2016" not in text


def test_actor_page_shows_aliases_relations_and_sanctions(any_site):
    content = content_of(any_site)
    for actor in content.actors.values():
        page = parse(any_site / "actors" / actor.id / "index.html")
        text = page.text
        for alias in actor.aliases:
            assert alias in text
        for event in content.events.values():
            if event.kind == "sanction" and actor.id in event.targets:
                section = page.one("section", **{"aria-labelledby": "sanctions"})
                assert event.title in words(section)
                assert event.by is None or content.actors[event.by].name in words(section)


def test_actor_page_shows_relations_in_both_directions(site_dir):
    sayed = parse(site_dir / "actors" / "amira-sayed" / "index.html")
    ledger = parse(site_dir / "actors" / "open-ledger-institute" / "index.html")
    assert "Employed by Open Ledger Institute" in sayed.text
    assert "Employs Amira Sayed" in ledger.text


def test_relation_without_a_reverse_label_reads_as_a_sentence(project, tmp_path):
    (project / "actors" / "tidewater-holdings.yaml").write_text(
        "name: Tidewater Holdings\ntype: company\nrelations:\n  - to: portvale-marine\n"
        "    kind: fronted-for\n    citations:\n      - source: harbour-article\n"
        "        excerpt: a front company called Tidewater Holdings\n", encoding="utf-8")
    out = build_into(project, tmp_path / "public")
    tidewater = parse(out / "actors" / "tidewater-holdings" / "index.html")
    portvale = parse(out / "actors" / "portvale-marine" / "index.html")
    assert "Fronted for Portvale Marine" in tidewater.text
    assert "Tidewater Holdings fronted for Portvale Marine" in portvale.text


def test_allegation_shows_status_with_denial_beside(any_site):
    content = content_of(any_site)
    page = parse(any_site / "claims" / "index.html")
    for claim in content.claims.values():
        block = page.one(id=f"claim-{claim.id}")
        badge = block.children[0].children[0].children[0]
        assert badge.attrs["class"] == f"status status-{claim.status}"
        assert words(badge) == claim.status.capitalize()  # text, not colour only
        for response in content.responses.get(claim.id, ()):
            aside = block.children[1]
            assert aside.tag == "aside" and response.text in words(aside)
            assert response.status.capitalize() in words(aside)


def test_home_shows_key_claims_with_status_and_responses(site_dir):
    page = parse(site_dir / "index.html")
    contested = page.all(class_="contested")
    assert contested, "the allegation with its denial is a key claim"
    text = words(contested[0])
    assert text.index("Alleged") < text.index("Response") < text.index("Denied")
    assert "Tidewater Holdings says it has no link to Portvale Marine." in text


def test_article_marks_every_cited_passage_and_links_actors(site_dir):
    page = parse(site_dir / "sources" / "harbour-article" / "index.html")
    marks = page.all("mark")
    assert any("The two companies share an address" in words(m) for m in marks)
    links = {words(a): a.attrs["href"] for a in page.all("a")}
    assert links["Amira Sayed"] == "../../actors/amira-sayed/index.html"
    assert links["Sayed"] == "../../actors/amira-sayed/index.html"  # alias, whole word
    assert [words(h) for h in page.all("h2")] == ["Dredging contract raises questions",
                                                  "What the company says"]


def test_boilerplate_appears_nowhere(site_dir, seed_dir):
    boilerplate = {site_dir: ["Harbour Briefing newsletter", "Ten Secrets Of Successful"],
                   seed_dir: ["Web3 Career", "High-Paying Crypto Jobs"]}
    for out, lines in boilerplate.items():
        for path in out.rglob("*"):
            if path.is_file():
                data = path.read_text(encoding="utf-8")
                for line in lines:
                    assert line not in data, f"{path}: {line}"


def test_drafts_carry_an_unreviewed_mark_wherever_they_appear(site_dir):
    board = parse(site_dir / "actors" / "harbour-board" / "index.html")
    assert "unreviewed" in words(board.one("h1"))
    claims = parse(site_dir / "claims" / "index.html")
    assert "unreviewed" in words(claims.one(id="claim-board-reviewing"))
    assert "unreviewed" not in words(claims.one(id="claim-same-clerk"))
    timeline = parse(site_dir / "timeline" / "index.html")
    assert "unreviewed" in words(timeline.one(id="event-harbour-board-fined"))  # via its actor


def test_sitemap_and_robots_honour_base_url(tmp_path):
    out = build_into(SITE_FIXTURE / "content", tmp_path / "p", base_url="https://news.example/nk/")
    sitemap = (out / "sitemap.xml").read_text(encoding="utf-8")
    locations = re.findall(r"<loc>(.*?)</loc>", sitemap)
    assert "https://news.example/nk/" in locations
    assert "https://news.example/nk/actors/amira-sayed/" in locations
    assert all(loc.startswith("https://news.example/nk/") for loc in locations)
    assert "404" not in sitemap
    assert "Sitemap: https://news.example/nk/sitemap.xml" in (out / "robots.txt").read_text()
    og = parse(out / "index.html").one("meta", property="og:url").attrs["content"]
    assert og == "https://news.example/nk/"


HOSTILE = {
    "actors/portvale-marine.yaml": (
        "name: '\" onmouseover=\"alert(1)'\ntype: company\n"
        "summary: \"<script>alert(1)</script> [x](javascript:alert(1)) "
        "<img src=x onerror=alert(1)> [y](JaVaScRiPt:alert(2))\"\n"
        "links:\n  - title: '</script><script>alert(3)</script>'\n    url: https://example.org/a\n"),
    "claims/same-clerk.yaml": (
        "text: \"</script><script>alert(4)</script>\"\nstatus: reported\n"
        "citations:\n  - source: harbour-article\n"
        "    excerpt: said the paperwork of both firms was drafted by the same clerk\n"),
}


def test_hostile_content_comes_out_inert(project, tmp_path):
    for name, text in HOSTILE.items():
        (project / name).write_text(text, encoding="utf-8")
    out = build_into(project, tmp_path / "public")
    for path in html_files(out):
        page = parse(path)
        for el in page.all():
            assert not any(k.startswith("on") for k in el.attrs), f"{path}: {el.tag} {el.attrs}"
            for attr in ("href", "src"):
                target = el.attrs.get(attr, "").lower()
                assert not target.startswith(("javascript:", "data:text")), path
        scripts = page.all("script")
        assert [s.attrs.get("type") for s in scripts] == ["application/ld+json"], path
        json.loads(scripts[0].text)  # the JSON-LD was not cut short by a '</script>'
    page = parse(out / "actors" / "portvale-marine" / "index.html")
    assert '" onmouseover="alert(1)' in words(page.one("h1"))  # shown as text


def test_two_builds_are_byte_identical(tmp_path):
    first = build_into(SITE_FIXTURE / "content", tmp_path / "a")
    second = build_into(SITE_FIXTURE / "content", tmp_path / "b")
    files = sorted(p.relative_to(first) for p in first.rglob("*") if p.is_file())
    assert files == sorted(p.relative_to(second) for p in second.rglob("*") if p.is_file())
    for rel in files:
        assert (first / rel).read_bytes() == (second / rel).read_bytes(), rel


def test_broken_record_leaves_existing_output_untouched(project, tmp_path):
    out = build_into(project, tmp_path / "site" / "public")
    before = {p: p.read_bytes() for p in out.rglob("*") if p.is_file()}
    (project / "quotes" / "berg-no-ties.yaml").write_text(
        "text: We have no ties\nspeaker: jonas-berk\ncitations: []\n", encoding="utf-8")
    with pytest.raises(ProblemsError) as e:
        build_site(project, out)
    assert any("jonas-berk" in str(p) and str(p).startswith(str(project / "quotes"))
               for p in e.value.problems)
    assert {p: p.read_bytes() for p in out.rglob("*") if p.is_file()} == before
    assert sorted(q.name for q in out.parent.iterdir()) == ["public"], "no temp folder left"


def test_problem_check_finds_while_workers_render_drops_their_pages(project, tmp_path,
                                                                    monkeypatch):
    """A first build checks while forked workers render: a problem still leaves the
    previous site as it was, and the workers' half-written folder goes."""
    from sitegen import parallel

    monkeypatch.setattr(parallel, "workers_available", lambda: 2)
    for n in range(450):  # enough pages to fork
        (project / "actors" / f"extra-{n}.yaml").write_text(f"name: Extra {n}\ntype: person\n")
    out = build_into(project, tmp_path / "site" / "public")
    assert (out / "actors" / "extra-449" / "index.html").is_file()
    before = {p: p.read_bytes() for p in out.rglob("*") if p.is_file()}
    shutil.rmtree(project.parent / ".sitegen-cache")  # no state: a first build again
    (project / "quotes" / "berg-no-ties.yaml").write_text(  # breaks rendering too
        "text: We have no ties\nspeaker: jonas-berk\ncitations: []\n", encoding="utf-8")
    with pytest.raises(ProblemsError) as e:
        build_site(project, out)
    assert [str(p) for p in e.value.problems if "jonas-berk" in str(p)]
    assert {p: p.read_bytes() for p in out.rglob("*") if p.is_file()} == before
    assert sorted(q.name for q in out.parent.iterdir()) == ["public"], "no temp folder left"


def test_template_error_is_reported_at_the_template_line(project, tmp_path):
    out = build_into(project, tmp_path / "public")
    before = (out / "index.html").read_bytes()
    templates = project.parent / "templates"
    templates.mkdir()
    (templates / "actors.html").write_text("{% block main %}{% if %}{% endblock %}\n")
    with pytest.raises(ProblemsError) as e:
        build_site(project, out)
    messages = [str(p) for p in e.value.problems]
    assert any(m.startswith(f"{templates / 'actors.html'}:1:") for m in messages), messages
    assert (out / "index.html").read_bytes() == before


def test_undefined_name_in_a_template_is_an_error(project, tmp_path):
    templates = project.parent / "templates"
    templates.mkdir()
    (templates / "quotes.html").write_text(
        '{% extends "base.html" %}\n{% block main %}\n<h1>Quotes</h1>\n{{ no_such_name }}\n'
        "{% endblock %}\n", encoding="utf-8")
    with pytest.raises(ProblemsError) as e:
        build_site(project, tmp_path / "public")
    [problem] = e.value.problems
    assert (problem.path, problem.line) == (templates / "quotes.html", 4)
    assert "no_such_name" in problem.message
    assert not (tmp_path / "public").exists()


def test_site_templates_override_defaults_file_by_file(project, tmp_path):
    templates = project.parent / "templates"
    (templates / "static").mkdir(parents=True)
    (templates / "404.html").write_text(
        '{% extends "base.html" %}{% block main %}<h1>Lost at sea</h1>{% endblock %}\n')
    (templates / "static" / "style.css").write_text("body { color: navy; }\n")
    (templates / "static" / "extra.css").write_text("p { margin: 0; }\n")
    out = build_into(project, tmp_path / "public")
    assert words(parse(out / "404.html").one("h1")) == "Lost at sea"
    assert words(parse(out / "quotes" / "index.html").one("h1")) == "Who said what"  # default
    assert (out / "static" / "style.css").read_text() == "body { color: navy; }\n"
    assert (out / "static" / "extra.css").is_file()


def test_a_site_macros_file_replaces_the_python_pieces(project, tmp_path):
    templates = project.parent / "templates"
    templates.mkdir()
    (templates / "_macros.html").write_text(
        "{% set claim, event = claim_html, event_html %}\n"
        '{% macro quote(q, anchor=false, show_speaker=true) %}<p class="mine">{{ q.text }}'
        "</p>{% endmacro %}\n", encoding="utf-8")
    out = build_into(project, tmp_path / "public")
    for page in ("actors/jonas-berg/index.html", "quotes/index.html"):
        mine = [words(p) for p in parse(out / page).all(class_="mine")]
        assert "We have no ties to Portvale Marine and never had" in mine
        assert parse(out / page).all("figure", class_="quote") == []
    assert parse(out / "timeline/index.html").all(class_="event")  # the default pieces


def test_build_refuses_an_output_folder_that_is_not_a_site(project, tmp_path):
    precious = tmp_path / "notes"
    precious.mkdir()
    (precious / "todo.txt").write_text("keep me")
    with pytest.raises(SitegenError, match="refusing to replace it"):
        build_site(project, precious)
    assert (precious / "todo.txt").read_text() == "keep me"
    with pytest.raises(SitegenError, match="would replace the content"):
        build_site(project, project.parent)


def test_problems_banner_tops_every_page(tmp_path):
    out = build_into(SITE_FIXTURE / "content", tmp_path / "p",
                     problems_banner=["content/quotes/q.yaml:2:10: unknown actor 'x'"])
    for path in html_files(out):
        alert = parse(path).one(role="alert")
        assert "content/quotes/q.yaml:2:10: unknown actor 'x'" in words(alert)
    assert not parse(build_into(SITE_FIXTURE / "content", tmp_path / "q") / "index.html").all(
        role="alert")


def test_cli_build_prints_what_it_wrote(tmp_path, capsys):
    out = tmp_path / "public"
    assert main(["build", "--content", str(SITE_FIXTURE / "content"), "--out", str(out),
                 "--base-url", SUB_PATH]) == 0
    line = capsys.readouterr().out
    assert re.search(r"wrote \d+ pages .* 9 actors, 5 claims, 2 quotes, 4 events, 2 sources "
                     r"in \d+\.\d\d s", line), line
    assert (out / "index.html").is_file()


def test_cli_build_rejects_a_bad_base_url(tmp_path, capsys):
    assert main(["build", "--content", str(SITE_FIXTURE / "content"), "--out",
                 str(tmp_path / "p"), "--base-url", "no-slash"]) == 1
    assert "--base-url:1:1: base URL 'no-slash'" in capsys.readouterr().err


def test_build_copies_the_default_stylesheet(site_dir):
    css = (site_dir / "static" / "style.css").read_text(encoding="utf-8")
    assert "@media print" in css and ":focus-visible" in css


def _links(el):
    found = [el] if el.tag == "a" else []
    for child in el.children:
        found += _links(child)
    return found



def test_sources_page_lists_cited_passages_in_reading_order(site_dir):
    page = parse(site_dir / "sources" / "index.html")
    section = Page(page.path, page.one("section", id="source-harbour-article"))
    excerpts = [words(li.children[0]) for li in section.one("ul", class_="cited").children]
    text = (SITE_FIXTURE / "texts" / "harbour.txt").read_text(encoding="utf-8")
    offsets = [find_verbatim(text, excerpt)[0] for excerpt in excerpts]
    content = content_of(site_dir)
    cited = {cit.excerpt for kind in ("claims", "quotes", "events")
             for record in content.records(kind).values() for cit in record.citations}
    cited |= {cit.excerpt for actor in content.actors.values()
              for rel in actor.relations for cit in rel.citations}
    assert len(offsets) == len(cited) and offsets == sorted(offsets)


def test_build_refuses_a_url_written_twice_or_outside_the_site(monkeypatch, tmp_path):
    import sitegen.incremental
    from sitegen.pages import Plan

    page = Plan(url="robots.txt", template="robots.txt", kind="robots")
    for pages, message in [([page, page], "two pages would be written to robots.txt"),
                           ([Plan(url="../x.txt", template="robots.txt", kind="robots")],
                            "outside the site")]:
        monkeypatch.setattr(sitegen.incremental, "plan_pages", lambda content, p=pages: p)
        with pytest.raises(ProblemsError) as e:
            build_site(SITE_FIXTURE / "content", tmp_path / "public")
        assert message in str(e.value.problems[0])
        assert not (tmp_path / "public").exists() and not (tmp_path / "x.txt").exists()


def test_actor_index_groups_by_type_with_counts(any_site):
    content = content_of(any_site)
    page = parse(any_site / "actors" / "index.html")
    for actor_type in {a.type for a in content.actors.values()}:
        members = sorted((a for a in content.actors.values() if a.type == actor_type),
                         key=lambda a: a.name.lower())
        section = Page(page.path, page.one("section", **{"aria-labelledby": f"type-{actor_type}"}))
        assert words(section.one("h2")).endswith(f"({len(members)})")
        assert [words(a) for a in section.all("a")] == [a.name for a in members]


def test_unwritable_output_is_a_clear_error(tmp_path):
    blocked = tmp_path / "blocked"
    blocked.write_text("a file where the output's parent folder should be")
    with pytest.raises(SitegenError, match="cannot write the site"):
        build_site(SITE_FIXTURE / "content", blocked / "public")


def test_actor_page_shows_a_denial_once_beside_its_allegation(site_dir):
    page = parse(site_dir / "actors" / "tidewater-holdings" / "index.html")
    denial = "Tidewater Holdings says it has no link to Portvale Marine."
    assert page.text.count(denial) == 1
    [aside] = page.all("aside")
    assert denial in words(aside)


def test_a_new_site_folder_is_marked_for_spreading_its_folders_apart(make_content, tmp_path):
    """chattr +T on ext2/3/4: the pages' folders are not made near the deleted old site."""
    fcntl = pytest.importorskip("fcntl")
    import struct

    out = tmp_path / "out"
    build_site(make_content(), out)
    get_flags = (2 << 30) | (struct.calcsize("l") << 16) | 0x6601
    fd = os.open(out, os.O_RDONLY)
    try:
        flags = struct.unpack("i", fcntl.ioctl(fd, get_flags, bytes(4)))[0]
    except OSError:
        pytest.skip("this file system keeps no such flags")
    finally:
        os.close(fd)
    assert flags & 0x00020000  # FS_TOPDIR_FL
