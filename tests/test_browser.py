"""The built site in a real browser: navigation, console, accessibility, valid HTML.

Needs Debian's Chromium (/usr/bin/chromium), and for the axe and Nu checks
`npm install` at the repository root (axe-core, vnu-jar) and Java; each test skips
with the reason when its tool is absent.
"""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

import pytest
from conftest import REPO

playwright = pytest.importorskip("playwright.sync_api")
Page = playwright.Page

AXE_JS = REPO / "node_modules" / "axe-core" / "axe.min.js"
VNU_JAR = REPO / "node_modules" / "vnu-jar" / "build" / "dist" / "vnu.jar"
WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]
# One page of each type; the seed has content for all of them.
PAGE_TYPES = ["index.html", "sources/north-korean-animators/index.html", "actors/index.html",
              "actors/sek-studio/index.html", "timeline/index.html", "quotes/index.html",
              "claims/index.html", "sources/index.html", "404.html"]


def watch_errors(page: Page) -> list[str]:
    errors: list[str] = []
    page.on("console", lambda m: m.type == "error" and errors.append(m.text))
    page.on("pageerror", lambda e: errors.append(str(e)))
    return errors


def test_reader_goes_from_home_to_actor_to_quote_to_passage(page: Page, seed_url):
    errors = watch_errors(page)
    page.goto(f"{seed_url}/index.html")
    page.get_by_role("navigation", name="Site").get_by_role("link", name="Who is who").click()
    page.get_by_role("link", name="Michael Barnhart", exact=True).first.click()
    assert page.url.endswith("/actors/michael-barnhart/index.html")
    quote = page.locator("figure.quote").first
    passage = quote.get_by_role("link").last  # "Read in <source>"
    passage.click()
    page.wait_for_load_state()
    target = page.url.split("#", 1)[1]
    assert target.startswith("passage-") and "/sources/" in page.url
    mark = page.locator(f"#{target}")
    assert "no way that anyone could have known" in mark.inner_text() or \
        "Barnhart said" in mark.inner_text()
    assert mark.evaluate("el => el.matches(':target')")
    assert errors == []


@pytest.mark.parametrize(("site", "actor_page"), [("site", "amira-sayed/index.html"),
                                                  ("flat", "amira-sayed.html")])
def test_site_browses_from_disk_over_file_urls(page: Page, request, site, actor_page):
    site_dir = request.getfixturevalue(f"{site}_dir")
    errors = watch_errors(page)
    page.goto((site_dir / "index.html").as_uri())
    page.get_by_role("navigation", name="Site").get_by_role("link", name="Who is who").click()
    page.get_by_role("link", name="Amira Sayed").click()
    assert page.url == (site_dir / "actors" / actor_page).as_uri()
    assert page.locator("h1").inner_text().startswith("Amira Sayed")
    assert page.evaluate("getComputedStyle(document.body).maxWidth") != "none"  # CSS loaded
    assert errors == []


def test_reader_follows_flat_page_files_over_http(page: Page, flat_url):
    errors = watch_errors(page)
    page.goto(f"{flat_url}/index.html")
    page.get_by_role("navigation", name="Site").get_by_role("link", name="Who is who").click()
    page.get_by_role("link", name="Amira Sayed").click()
    assert page.url == f"{flat_url}/actors/amira-sayed.html"
    page.locator("a.passage").first.click()
    page.wait_for_load_state()
    assert page.url.startswith(f"{flat_url}/sources/harbour-article.html#passage-")
    assert page.locator(f"#{page.url.split('#', 1)[1]}").evaluate("el => el.matches(':target')")
    page.get_by_role("navigation", name="Site").get_by_role("link", name="The article").click()
    assert page.url == f"{flat_url}/sources/harbour-article.html"
    assert errors == []


def test_pages_read_without_javascript(browser, site_url):
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto(f"{site_url}/timeline/index.html")
    assert page.locator(".event").count() == 4
    assert page.get_by_text("January 2024").first.is_visible()
    context.close()


@pytest.mark.parametrize(("site", "path"), [
    *(("seed", path) for path in PAGE_TYPES),
    ("site", "claims/index.html"),  # drafts, marked unreviewed
    ("site", "actors/harbour-board/index.html"),
    ("flat", "actors/harbour-board.html"),  # page_files: flat
])
def test_axe_finds_no_wcag_violations(browser, request, site, path):
    base = request.getfixturevalue(f"{site}_url")
    if not AXE_JS.is_file():
        pytest.skip(f"axe-core missing at {AXE_JS} (run npm install)")
    context = browser.new_context(bypass_csp=True)
    page = context.new_page()
    errors = watch_errors(page)
    page.goto(f"{base}/{path}")
    page.add_script_tag(path=str(AXE_JS))
    result = page.evaluate("tags => axe.run(document, {runOnly: {type: 'tag', values: tags}})",
                           WCAG_TAGS)
    violations = [(v["id"], v["impact"], [n["target"] for n in v["nodes"]][:3])
                  for v in result["violations"]]
    context.close()
    assert violations == []
    assert errors == []


def test_nu_html_checker_finds_no_errors(seed_dir, site_dir, tmp_path):
    java = shutil.which("java")
    if not java or not VNU_JAR.is_file():
        pytest.skip(f"needs java and {VNU_JAR} (run npm install)")
    run = subprocess.run([java, "-jar", str(VNU_JAR), "--errors-only", "--skip-non-html",
                          "--format", "json", str(seed_dir), str(site_dir)],
                         capture_output=True, text=True, timeout=120)
    messages = json.loads(run.stderr or '{"messages": []}')["messages"]
    assert [(Path(m.get("url", "")).name, m.get("lastLine"), m["message"]) for m in messages] == []
    assert run.returncode == 0
