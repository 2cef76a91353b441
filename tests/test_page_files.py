"""site.yaml's page_files: `flat` writes each actor and source text page as a file of its
own (actors/<id>.html), with every link, the sitemap and canonical URLs to match."""

from __future__ import annotations

import filecmp
import re
import shutil
from pathlib import Path

import pytest
from conftest import SITE_FIXTURE, SUB_PATH, build_into, flat_project
from htmlcheck import check_links, parse, words

from sitegen.build import build_site
from sitegen.check import check_content
from sitegen.errors import ProblemsError
from sitegen.load import load_content

CONTENT = load_content(SITE_FIXTURE / "content")


def tree(out: Path) -> dict[str, bytes]:
    return {p.relative_to(out).as_posix(): p.read_bytes()
            for p in sorted(out.rglob("*")) if p.is_file()}


def test_flat_writes_a_file_per_page_and_no_folder_per_page(flat_dir):
    actors = flat_dir / "actors"
    assert sorted(p.stem for p in actors.glob("*.html") if p.name != "index.html") \
        == sorted(CONTENT.actors)
    assert sorted(p.name for p in (flat_dir / "sources").iterdir()) \
        == ["harbour-article.html", "index.html"]
    assert not [p for p in flat_dir.rglob("*") if p.is_dir() and p.parent != flat_dir]
    assert check_links(flat_dir) == []


def test_flat_pages_show_what_folder_pages_show(site_dir, flat_dir):
    """Same words on every page; only the addresses differ, each by the layout's rule."""
    folders, flat = tree(site_dir), tree(flat_dir)
    assert len(folders) == len(flat)
    for url in folders:
        flat_url = re.sub(r"^(actors|sources)/([a-z0-9-]+)/index\.html$", r"\1/\2.html", url)
        if url.endswith(".html"):
            before, after = parse(site_dir / url), parse(flat_dir / flat_url)
            assert words(before.one("main")) == words(after.one("main")), url
            hrefs = [a.attrs["href"] for a in after.all("a")]
            folder_page = re.compile(r"(actors|sources)/[a-z0-9-]+/index\.html")
            assert not any(folder_page.search(h) for h in hrefs), url
        else:
            assert flat_url in flat


def test_flat_links_point_at_files(flat_dir):
    page = parse(flat_dir / "actors" / "amira-sayed.html")
    hrefs = {words(a): a.attrs["href"] for a in page.all("a")}
    assert hrefs["Who is who"] == "index.html"  # actors/index.html, beside the page
    assert hrefs["Overview"] == "../index.html"
    assert page.one("link", rel="stylesheet").attrs["href"] == "../static/style.css"
    assert page.one("link", rel="canonical").attrs["href"] == "/actors/amira-sayed.html"
    article = parse(flat_dir / "sources" / "harbour-article.html")
    assert article.one("a", **{"aria-current": "page"}).attrs["href"] == "harbour-article.html"
    assert article.all("a", href="../actors/amira-sayed.html")
    sitemap = (flat_dir / "sitemap.xml").read_text(encoding="utf-8")
    assert "<loc>/actors/amira-sayed.html</loc>" in sitemap
    assert "/actors/amira-sayed/" not in sitemap


def test_flat_links_resolve_under_a_sub_path(tmp_path):
    out = build_into(flat_project(tmp_path / "project"), tmp_path / "public", base_url=SUB_PATH)
    assert check_links(out, base_path=SUB_PATH) == []
    canonical = parse(out / "actors" / "lena-ortiz.html").one("link", rel="canonical")
    assert canonical.attrs["href"] == f"{SUB_PATH}actors/lena-ortiz.html"


def test_switching_layout_rebuilds_as_a_clean_build_would(tmp_path):
    """The cache's next build after the setting changed: the old folders are gone."""
    content = tmp_path / "project" / "content"
    shutil.copytree(SITE_FIXTURE, tmp_path / "project")
    out = build_into(content, tmp_path / "public")
    assert (out / "actors" / "amira-sayed" / "index.html").is_file()
    fresh = build_into(flat_project(tmp_path / "clean"), tmp_path / "clean-public")
    (content / "site.yaml").write_text((tmp_path / "clean" / "content" / "site.yaml")
                                       .read_text(encoding="utf-8"), encoding="utf-8")
    build_site(content, out)  # a new Builder: from .sitegen-cache/
    assert tree(out) == tree(fresh)
    assert not (out / "actors" / "amira-sayed").exists()
    (content / "site.yaml").write_text((SITE_FIXTURE / "content" / "site.yaml")
                                       .read_text(encoding="utf-8"), encoding="utf-8")
    build_site(content, out)  # and back
    folders = build_into(SITE_FIXTURE / "content", tmp_path / "folders-public")
    assert not filecmp.dircmp(out, folders).diff_files and tree(out) == tree(folders)


def test_unknown_page_files_is_a_clear_problem(tmp_path):
    root = tmp_path / "project"
    content = flat_project(root)
    site = content / "site.yaml"
    site.write_text(site.read_text(encoding="utf-8").replace("flat", "ugly"), encoding="utf-8")
    problems = check_content(load_content(content))
    assert [p.path.name for p in problems] == ["site.yaml"]
    assert "page_files" in problems[0].message and "flat" in problems[0].message


def test_an_actor_named_index_cannot_hide_the_actor_index(tmp_path):
    content = flat_project(tmp_path / "project")
    (content / "actors" / "index.yaml").write_text("name: Index Ltd\ntype: company\n",
                                                   encoding="utf-8")
    with pytest.raises(ProblemsError) as caught:
        build_site(content, tmp_path / "public")
    messages = [str(p) for p in caught.value.problems]
    assert len(messages) == 1 and "two pages would be written to actors/index.html" in messages[0]
    assert not (tmp_path / "public").exists()
