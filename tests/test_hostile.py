"""Hostile input: malformed YAML, path escapes, injected markup, killed builds.

Every attack runs through `sitegen.cli.main` (or `python -m sitegen` when the process
itself is attacked) and must end in a located `path:line:col: message` or a safe site,
never a traceback. Bugs in modules owned elsewhere are strict xfails naming the fix.
"""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import time
import xml.etree.ElementTree as ET
from pathlib import Path
from urllib.parse import urlsplit

import pytest
import yaml
from conftest import REPO, SITE_FIXTURE
from htmlcheck import check_links, parse, words
from hypothesis import given, settings
from hypothesis import strategies as st

import sitegen.build
from sitegen.article import locate_excerpts
from sitegen.cli import main
from sitegen.text import find_verbatim

ACTOR = "content/actors/x.yaml"


@pytest.fixture
def site(tmp_path, monkeypatch) -> Path:
    """A writable copy of the fixture story as the current folder (messages say content/...)."""
    root = tmp_path / "project"
    shutil.copytree(SITE_FIXTURE, root)
    monkeypatch.chdir(root)
    return root


def run(capsys, *argv: str) -> tuple[int, list[str]]:
    """Run the CLI in-process; return the exit code and the problem lines it printed."""
    code = main(list(argv))
    err = capsys.readouterr().err
    assert "Traceback" not in err
    return code, [line for line in err.splitlines() if not line.endswith("found")]


def build(capsys, *extra: str) -> tuple[int, list[str]]:
    return run(capsys, "build", "--content", "content", "--out", "public", *extra)


def tree(folder: Path) -> dict[str, bytes]:
    """Every file under folder (relative path -> bytes): a snapshot to compare builds."""
    return {p.relative_to(folder).as_posix(): p.read_bytes()
            for p in sorted(folder.rglob("*")) if p.is_file()}


def leftovers(folder: Path) -> list[str]:
    """Temp folders a build left beside its output."""
    return sorted(p.name for p in folder.parent.iterdir() if p.name.startswith(f".{folder.name}."))


# --- YAML: every malformed record is one located problem ------------------------------

BOMB = "a: &a [x, x, x, x, x, x, x, x, x]\n" + "".join(
    f"{chr(98 + i)}: &{chr(98 + i)} [{', '.join(['*' + chr(97 + i)] * 9)}]\n" for i in range(9))


@pytest.mark.parametrize(("data", "expected"), [
    (BOMB, "1:4: YAML anchors and aliases are not allowed in content: write the value out"),
    ("name: " + "[" * 100 + "]" * 100 + "\n", "1:26: nested more than 20 levels deep"),
    ("name: !!python/object/apply:os.system [ls]\ntype: person\n",
     "1:7: YAML tag 'tag:yaml.org,2002:python/object/apply:os.system' is not allowed in content"),
    ("%TAG ! tag:yaml.org,2002:python/\n---\nname: !object:os.system X\ntype: person\n",
     "3:7: YAML tag 'tag:yaml.org,2002:python/object:os.system' is not allowed in content"),
    ("base: &b {type: person}\nname: X\n<<: *b\n",
     "1:7: YAML anchors and aliases are not allowed in content: write the value out"),
    ("name: X\ntype: person\n<<: {summary: hi}\n", "3:1: unknown field '<<' in actor"),
    ("name: X\ntype: person\n1: 2\n", "3:1: unknown field '1' in actor"),
    ("name: X\ntype: person\n? [a]\n: b\n",
     "3:3: a field name must be plain text, not a list or mapping"),
    ("name: X\ntype: person\nname: Y\n",
     "3:1: duplicate field 'name' (YAML keeps only the last one)"),
    ("name: X\n\ttype: person\n",
     "2:1: YAML syntax: found a tab character that violates indentation"),
    (b"name: X\x00\ntype: person\n", "1:1: record file looks binary (it contains NUL bytes)"),
    (b"name: \xff\xfe\ntype: person\n", "1:7: record file is not valid UTF-8 (byte 0xff)"),
    (b"name: x\n#" + b"#" * (5 * 1024 * 1024),
     "1:1: record file is too large (5,242,889 bytes; the limit is 5,242,880)"),
    ("", "1:1: expected a mapping of fields for a actor, found nothing"),
    ("# only a comment\n", "1:1: expected a mapping of fields for a actor, found nothing"),
    ("- a\n- b\n", "1:1: expected a mapping of fields for a actor, found a list"),
    ("name: 1.5\ntype: person\n", "1:7: 'name' should be text, found a number (put it in quotes)"),
    ("name: {a: b}\ntype: person\n", "1:7: 'name' should be text, found a mapping of fields"),
    ("name: X\ntype: person\nidentifiers: {wikidata: [1]}\n",
     "3:14: 'identifiers' should be a mapping of names to text"),
    ('name: "\\ud800"\ntype: person\n',
     "1:10: YAML syntax: found invalid Unicode character escape code"),
    ("name: X\n---\nname: Y\n", "2:1: one record per file: a second YAML document starts here"),
    ("name: X\ntype: person\nsummary: one\u2028two\n",
     "3:13: U+2028 is a line break to YAML but not to most editors: replace it with a space "
     "or a new line"),
], ids=["billion-laughs", "deep-nesting", "python-tag", "tag-directive", "merge-alias",
        "merge-key", "int-key", "complex-key", "duplicate-key", "tab", "nul", "invalid-utf8",
        "over-5mb", "empty", "only-comment", "a-list", "number-for-text", "mapping-for-text",
        "nested-identifier", "lone-surrogate", "two-documents", "line-separator"])
def test_malformed_record_is_one_located_problem(site, capsys, data, expected):
    path = site / ACTOR
    path.write_bytes(data if isinstance(data, bytes) else data.encode("utf-8"))
    started = time.monotonic()
    assert build(capsys) == (1, [f"{ACTOR}:{expected}"])
    assert time.monotonic() - started < 10
    assert not (site / "public").exists()


@pytest.mark.parametrize("data", [
    "\ufeffname: Zed Quill\ntype: person\n",
    "name: Zed Quill\r\ntype: person\r\nsummary: Line one\r\n  line two\r\n",
    "%YAML 1.2\n---\nname: Zed Quill\ntype: person\n",
], ids=["bom", "crlf", "yaml-directive"])
def test_odd_but_valid_encodings_build_cleanly(site, capsys, data):
    (site / ACTOR).write_bytes(data.encode("utf-8"))
    assert build(capsys) == (0, [])
    page = parse(site / "public/actors/x/index.html")
    assert words(page.one("h1")) == "Zed Quill"
    assert "\r" not in (site / "public/actors/x/index.html").read_text(encoding="utf-8")


def test_huge_scalar_under_the_limit_builds(site, capsys):
    summary = "word " * 400_000  # 2 MB of text, under the 5 MB limit
    (site / ACTOR).write_text(f"name: Zed Quill\ntype: person\nsummary: {summary}\n")
    assert build(capsys) == (0, [])
    assert parse(site / "public/actors/x/index.html").one("div", class_="summary").text.count(
        "word") == 400_000


def test_record_that_is_a_folder_is_a_problem(site, capsys):
    (site / ACTOR).mkdir()
    assert build(capsys) == (
        1, [f"{ACTOR}:1:1: records live directly in actors/, not in subfolders"])


@pytest.mark.parametrize("target", ["/etc/passwd", "/dev/zero", "/proc/self/environ"])
def test_record_symlinked_out_of_the_content_is_refused(site, capsys, target):
    (site / ACTOR).symlink_to(target)
    assert build(capsys) == (
        1, [f"{ACTOR}:1:1: symlink points outside the content folder; refused"])


def test_site_yaml_symlinked_out_is_refused(site, capsys):
    (site / "content/site.yaml").unlink()
    (site / "content/site.yaml").symlink_to("/etc/passwd")
    assert build(capsys) == (
        1, ["content/site.yaml:1:1: symlink points outside the content folder; refused"])


def test_content_folder_that_is_a_symlink_builds(site, capsys):
    (site / "content").rename(site / "real-content")
    (site / "content").symlink_to(site / "real-content")
    assert build(capsys) == (0, [])
    assert check_links(site / "public") == []


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads any file whatever its mode")
def test_unreadable_record_is_a_problem(site, capsys):
    (site / ACTOR).write_text("name: X\ntype: person\n")
    (site / ACTOR).chmod(0)
    code, problems = build(capsys)
    assert code == 1 and problems == [f"{ACTOR}:1:1: cannot read record file: Permission denied"]


def test_record_that_is_a_fifo_is_refused_quickly(site):
    os.mkfifo(site / ACTOR)
    try:
        result = subprocess.run([sys.executable, "-m", "sitegen", "check"], cwd=site,
                                env={**os.environ, "PYTHONPATH": str(REPO)},
                                capture_output=True, text=True, timeout=5)
    except subprocess.TimeoutExpired:
        pytest.fail("sitegen check hung reading a FIFO")
    assert result.returncode == 1 and result.stderr.startswith(f"{ACTOR}:1:1: ")


# --- Paths: source texts and ids stay inside the project -------------------------------

SOURCE = "content/sources/y.yaml"
ESCAPES = " must be relative to the repository root and stay inside it"


@pytest.mark.parametrize(("text", "expected"), [
    ("../etc/passwd", "text path '../etc/passwd'" + ESCAPES),
    ("texts/../texts/harbour.txt", "text path 'texts/../texts/harbour.txt'" + ESCAPES),
    ("/etc/passwd", "text path '/etc/passwd'" + ESCAPES),
    ("/dev/zero", "text path '/dev/zero'" + ESCAPES),
    ("/proc/self/environ", "text path '/proc/self/environ'" + ESCAPES),
    ("~/x", "text file '~/x' not found (paths are relative to the repository root)"),
    ("content", "text file 'content' not found (paths are relative to the repository root)"),
    ("texts/passwd", "text file 'texts/passwd' leads outside the repository (a symlink?); refused"),
    ("texts/zero", "text file 'texts/zero' not found (paths are relative to the repository root)"),
    ("texts/fifo", "text file 'texts/fifo' not found (paths are relative to the repository root)"),
    ("texts/big.txt",
     "texts/big.txt: source text is too large (6,291,456 bytes; the limit is 5,242,880)"),
], ids=["dotdot", "dotdot-inside", "absolute", "dev-zero", "proc-environ", "tilde", "directory",
        "symlink-out", "symlink-device", "fifo", "huge"])
def test_source_text_path_cannot_escape(site, capsys, text, expected):
    (site / "texts/passwd").symlink_to("/etc/passwd")
    (site / "texts/zero").symlink_to("/dev/zero")
    os.mkfifo(site / "texts/fifo")
    (site / "texts/big.txt").write_bytes(b"a " * (3 * 1024 * 1024))
    (site / SOURCE).write_text(f"title: T\nkind: article\ntext: '{text}'\n")
    assert build(capsys) == (1, [f"{SOURCE}:3:7: {expected}"])


@pytest.mark.parametrize("name", ["a..b", "A", "Acme", "a_b", "%2e%2e", "ä", "\u0430cme", "x" * 81,
                                  "-x", "a--b"])
def test_bad_id_is_refused(site, capsys, name):
    (site / f"content/actors/{name}.yaml").write_text("name: Zed Quill\ntype: person\n")
    assert build(capsys) == (1, [f"content/actors/{name}.yaml:1:1: file name '{name}' is not a "
                                 "valid id: use lowercase letters, digits and single hyphens, at "
                                 "most 80 characters"])


def test_ids_named_like_site_pages_get_their_own_urls(site, capsys):
    for name in ("index", "static", "sources", "actors", "404"):
        (site / f"content/actors/{name}.yaml").write_text(f"name: Actor {name}\ntype: group\n")
    (site / "content/sources/index.yaml").write_text("title: Index source\nkind: report\n")
    assert build(capsys) == (0, [])
    out = site / "public"
    for name in ("index", "static", "sources", "actors", "404"):
        assert words(parse(out / f"actors/{name}/index.html").one("h1")) == f"Actor {name}"
    default_css = (REPO / "templates/static/style.css").read_bytes()
    assert (out / "static/style.css").read_bytes() == default_css
    assert words(parse(out / "actors/index.html").one("h1")) == "Who is who"
    assert check_links(out) == []


def test_source_text_in_a_hidden_folder_is_refused(site, capsys):
    (site / ".git").mkdir()
    (site / ".git/config").write_text("[http]\n\textraheader = AUTHORIZATION: basic SECRET\n")
    (site / SOURCE).write_text("title: T\nkind: report\ntext: .git/config\n")
    code, problems = build(capsys)
    assert code == 1 and problems[0].startswith(f"{SOURCE}:3:7: ")


def test_literal_control_character_is_located_on_one_line(site, capsys):
    (site / ACTOR).write_bytes(b"type: person\nname: a\x01b\n")
    code, problems = build(capsys)
    assert code == 1 and len(problems) == 1 and problems[0].startswith(f"{ACTOR}:2:8: ")


@pytest.mark.parametrize("excerpt", ["''", "' '"])
def test_blank_excerpt_is_refused(site, capsys, excerpt):
    (site / "content/claims/c.yaml").write_text(
        "text: A\nstatus: reported\ncitations:\n  - source: harbour-article\n"
        f"    excerpt: {excerpt}\n")
    code, problems = build(capsys)
    assert code == 1 and problems[0].startswith("content/claims/c.yaml:5:14: ")


def test_escaped_control_character_is_refused(site, capsys):
    (site / ACTOR).write_text('name: "Zed\\x01\\x7f\\x9f\\ufdd0 Quill"\ntype: person\n')
    code, problems = build(capsys)
    assert code == 1 and problems[0].startswith(f"{ACTOR}:1:7: ")


def test_control_character_in_a_source_text_is_refused_at_its_text_field(site, capsys):
    with (site / "texts/harbour.txt").open("a", encoding="utf-8") as text:
        text.write("\nA line with a vertical tab\x0b and a noncharacter \uffff.\n")
    code, problems = build(capsys)
    assert code == 1 and len(problems) == 1
    assert problems[0].startswith("content/sources/harbour-article.yaml:8:7: texts/harbour.txt: ")
    assert "U+000B and U+FFFF" in problems[0]

def test_static_files_never_publish_what_lies_outside_the_project(site, capsys):
    static = site / "templates/static"
    static.mkdir(parents=True)
    (static / "passwd.txt").symlink_to("/etc/passwd")
    (static / "etc").symlink_to("/etc")
    (static / ".env").write_text("SECRET=1\n")
    (static / ".git").mkdir()
    (static / ".git/config").write_text("token\n")
    (site / "logo.svg").write_text("<svg/>")
    (static / "logo.svg").symlink_to(site / "logo.svg")  # inside the project: fine
    assert build(capsys) == (1, ["templates/static/passwd.txt:1:1: static file leads outside the "
                                 "project (a symlink?); refused"])
    (static / "passwd.txt").unlink()
    assert build(capsys) == (0, [])
    published = sorted(tree(site / "public/static"))
    assert published == ["logo.svg", "style.css"]


# --- Injection: nothing a field holds becomes markup, script or a dangerous link -------

PAYLOAD = ("\"'><script>alert(1)</script><img src=x onerror=alert(2)>"
           "\" onmouseover=\"alert(3) {{ 7*7 }} {% raw %} </script><!--")
MARKDOWN = ("\n\n[a](javascript:alert(1)) [b]( JaVaScRiPt:alert(1)) [c](&#x6A;avascript:alert(1)) "
            "[d](vbscript:msgbox) [e](data:text/html,x) [f](<java\tscript:alert(1)>) "
            "<javascript:alert(1)> <https://example.org/ok> ![i](javascript:alert(1)) "
            "![j](data:image/svg+xml,x) [r][ref] <img src=x onerror=alert(1)> "
            "<a href='javascript:x' onclick=y>z</a>\n\n[ref]: javascript:alert(1)\n")
FREE_TEXT = {"name", "title", "summary", "description", "speaker_title", "text", "aliases", "cues"}
EVIL_URL = "https://example.org/?q=\"onmouseover=alert(1)&x=<script>"
POISONED_BASE = "/%22%3E%3Cscript%3Ealert(1)%3C/script%3E/"  # the base URL below, %-encoded


def poison(data, kind: str):
    """Append the payload to every free-text field of a record (not ids, enums or excerpts)."""
    if isinstance(data, list):
        return [poison(item, kind) for item in data]
    if not isinstance(data, dict):
        return data
    out = {}
    for key, value in data.items():
        free = key in FREE_TEXT and not (key == "text" and kind in ("quotes", "sources"))
        if free and isinstance(value, str):
            out[key] = value + PAYLOAD + (MARKDOWN if key in ("summary", "description") else "")
        elif free and isinstance(value, list):
            out[key] = [v + PAYLOAD for v in value]
        elif key == "url":
            out[key] = EVIL_URL
        else:
            out[key] = poison(value, kind)
    return out


@pytest.fixture
def poisoned(site, capsys) -> Path:
    """The fixture story with the payload in every field, the text and the base URL."""
    content = site / "content"
    for path in sorted(content.rglob("*.yaml")):
        kind = path.parent.name
        data = poison(yaml.load(path.read_text(encoding="utf-8"), Loader=yaml.BaseLoader), kind)
        if kind == "actors":
            data["identifiers"] = {"wikidata": PAYLOAD}
            data["links"] = [{"title": PAYLOAD, "url": EVIL_URL}]
        if path.name == "site.yaml":
            data["base_url"] = "/\"><script>alert(1)</script>/"
        path.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    with (site / "texts/harbour.txt").open("a", encoding="utf-8") as text:
        text.write(f"\nLena Ortiz wrote, \u201c{PAYLOAD}\u201d\n")
    (content / "quotes/payload.yaml").write_text(yaml.safe_dump({
        "text": PAYLOAD, "speaker": "lena-ortiz",
        "citations": [{"source": "harbour-article", "excerpt": PAYLOAD}]}), encoding="utf-8")
    assert build(capsys) == (0, [])
    return site / "public"


def _scheme(url: str) -> str:
    """The scheme a browser would see: it drops leading spaces and controls, tabs, newlines."""
    return urlsplit(url).scheme.lower()


def test_poisoned_content_comes_out_inert(poisoned):
    pages = sorted(poisoned.rglob("*.html"))
    assert len(pages) > 15
    for path in pages:
        page = parse(path)
        for el in page.all():
            assert not [a for a in el.attrs if a.startswith("on")], f"{path}: <{el.tag} {el.attrs}>"
            for attr in ("href", "src", "action", "formaction", "srcset", "poster"):
                if attr in el.attrs and not (el.tag == "link" and el.attrs[attr] == "data:,"):
                    assert _scheme(el.attrs[attr]) in ("", "http", "https", "mailto"), \
                        f"{path}: <{el.tag} {attr}={el.attrs[attr]!r}>"
            assert el.tag not in ("iframe", "object", "embed", "base", "form", "img"), path
        scripts = page.all("script")
        assert [s.attrs for s in scripts] == [{"type": "application/ld+json"}], path
        json.loads(scripts[0].text)  # not cut short by a '</script>' in a field
    # markdown's [f](<java\tscript:...>) is a (dead) relative link, java%09script:...
    broken = check_links(poisoned, base_path=POISONED_BASE)
    assert [b for b in broken if "java%09script:alert(1)" not in b] == []


def test_poisoned_text_is_shown_literally(poisoned):
    shown = " ".join(PAYLOAD.split())
    actor = parse(poisoned / "actors/amira-sayed/index.html")
    assert words(actor.one("h1")).startswith("Amira Sayed" + shown)
    assert "{{ 7*7 }}" in actor.text and "{% raw %}" in actor.text
    jsonld = json.loads(actor.one("script").text)
    assert jsonld["name"] == "Amira Sayed" + PAYLOAD
    article = parse(poisoned / "sources/harbour-article/index.html")
    assert shown in article.text
    assert any(shown in words(m) for m in article.all("mark"))  # the payload quote's passage


def test_poisoned_identifier_makes_no_link(poisoned):
    jsonld = json.loads(parse(poisoned / "actors/amira-sayed/index.html").one("script").text)
    assert jsonld["sameAs"] == [EVIL_URL]  # the link field; the wikidata id is no Q-number


def test_poisoned_site_is_valid_html(poisoned):
    java, vnu = shutil.which("java"), REPO / "node_modules/vnu-jar/build/dist/vnu.jar"
    if not java or not vnu.is_file():
        pytest.skip(f"needs java and {vnu} (npm ci)")
    result = subprocess.run([java, "-jar", str(vnu), "--errors-only", "--skip-non-html",
                             "--format", "json", str(poisoned)],
                            capture_output=True, text=True, timeout=120)
    messages = json.loads(result.stderr or '{"messages": []}')["messages"]
    assert [(Path(m.get("url", "")).parent.name, m["message"]) for m in messages] == []


def test_problems_banner_is_shown_as_text(site):
    from sitegen.build import build_site

    banner = ["content/a.yaml:1:1: <script>alert(1)</script><img src=x onerror=alert(2)>"]
    build_site(site / "content", site / "public", problems_banner=banner)
    page = parse(site / "public/index.html")
    assert [words(code) for code in page.all("code")] == banner
    assert [s.attrs for s in page.all("script")] == [{"type": "application/ld+json"}]
    assert page.all("img") == []


def test_poisoned_sitemap_is_well_formed_xml(poisoned):
    root = ET.parse(poisoned / "sitemap.xml").getroot()
    locations = [el.text for el in root.iter() if el.tag.endswith("loc")]
    assert locations and all(loc.startswith(POISONED_BASE) for loc in locations)


@pytest.mark.parametrize("url", [
    "javascript:alert(1)", " JaVaScRiPt:alert(1)", "\tjavascript:alert(1)", "java\tscript:alert(1)",
    "\x01javascript:alert(1)", "vbscript:msgbox(1)", "data:text/html,<script>alert(1)</script>",
    "&#106;avascript:alert(1)", "//evil.example/x", "https:alert(1)", "file:///etc/passwd",
])
@pytest.mark.parametrize("field", ["link", "source"])
def test_url_fields_refuse_other_schemes(site, capsys, url, field):
    if field == "link":
        path, record = ACTOR, {"name": "Zed Quill", "type": "person",
                               "links": [{"title": "Home", "url": url}]}
    else:
        path, record = SOURCE, {"title": "T", "kind": "report", "url": url}
    (site / path).write_text(json.dumps(record))  # JSON is YAML, and keeps the controls exact
    code, problems = build(capsys)
    assert code == 1 and len(problems) == 1
    assert problems[0].startswith(f"{path}:1:")
    assert "must be an http(s) or mailto address" in problems[0]


def test_protocol_relative_base_url_is_refused(site, capsys):
    with (site / "content/site.yaml").open("a") as f:
        f.write("base_url: //evil.example/\n")
    code, problems = build(capsys)
    assert code == 1 and problems[0].startswith("content/site.yaml:")


# --- Output folder: a failed or killed build keeps the previous site -------------------

OVERLAP = ("output folder would replace the content folder content, a folder holding it or one "
           "inside it; choose another --out")
SYMLINK = "output folder is a symlink; refusing to replace it (give the real folder as --out)"


@pytest.mark.parametrize(("out", "message"), [
    ("content", OVERLAP), ("content/actors", OVERLAP), (".", OVERLAP), ("/", OVERLAP),
    ("texts", "output folder is not empty and holds no index.html; refusing to replace it "
     "(choose another --out or empty it)"),
    ("a-file", "output path exists and is not a folder"),
    ("link-out", SYMLINK), ("dangling", SYMLINK),
])
def test_dangerous_output_folder_is_refused(site, capsys, tmp_path, out, message):
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    (site / "a-file").write_text("not a folder")
    (site / "link-out").symlink_to(elsewhere)
    (site / "dangling").symlink_to(tmp_path / "missing")
    before = {p.name for p in site.iterdir()}
    code = run(capsys, "build", "--content", "content", "--out", out)
    assert code == (1, [f"{out}:1:1: {message}"])
    assert {p.name for p in site.iterdir()} == before
    assert (site / "link-out").is_symlink() and list(elsewhere.iterdir()) == []
    assert sorted(p.name for p in tmp_path.iterdir()) == ["elsewhere", "project"]


@pytest.mark.parametrize("out", [".", "..", ""])
def test_output_folder_holding_the_current_folder_is_refused(site, capsys, monkeypatch, out):
    work = site / "empty" / "work"
    work.mkdir(parents=True)
    monkeypatch.chdir(work)
    code = run(capsys, "build", "--content", str(site / "content"), "--out", out)
    assert code == (1, [f"{Path(out)}:1:1: output folder holds the current folder; "
                        "choose a folder below it, such as public/"])
    assert sorted(p.name for p in site.joinpath("empty").iterdir()) == ["work"]


@pytest.mark.parametrize("breakage", ["record", "template", "static"])
def test_failed_build_leaves_previous_output_byte_identical(site, capsys, breakage):
    assert build(capsys) == (0, [])
    before = tree(site / "public")
    if breakage == "record":
        (site / "content/claims/same-clerk.yaml").write_text("text: [unclosed\n")
    elif breakage == "template":
        (site / "templates").mkdir()
        (site / "templates/actor.html").write_text("{% extends 'base.html' %}\n{% block main %}"
                                                   "{{ actor.no_such_field }}{% endblock %}\n")
    else:
        (site / "templates/static").mkdir(parents=True)
        os.mkfifo(site / "templates/static/pipe.css")  # not a file: must not hang the build
        (site / "templates/actor.html").write_text("{% if %}\n")
    code, problems = build(capsys)
    assert code == 1 and problems and all(p.count(":") >= 3 for p in problems), problems
    assert tree(site / "public") == before
    assert leftovers(site / "public") == []


def _write_actors(content: Path, count: int) -> None:
    for i in range(count):
        (content / f"actors/p-{i:04d}.yaml").write_text(
            f"name: Person {i:04d}\ntype: person\nsummary: Someone numbered {i}.\n")


def _started_writing(out: Path) -> bool:
    """Whether a build has written a page into its temp folder beside out."""
    return any(next(out.parent.glob(f"{name}/*"), None) for name in leftovers(out))


def test_killed_build_keeps_previous_output_and_next_build_cleans_up(site, capsys):
    assert build(capsys) == (0, [])
    before = tree(site / "public")
    _write_actors(site / "content", 3000)
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    child = subprocess.Popen([sys.executable, "-m", "sitegen", "build"], cwd=site, env=env,
                             stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        deadline = time.monotonic() + 120
        while not _started_writing(site / "public") and time.monotonic() < deadline:
            assert child.poll() is None, "the build ended before it could be killed"
            time.sleep(0.005)
        os.kill(child.pid, signal.SIGKILL)
    finally:
        child.kill()
        child.wait(timeout=10)
    assert tree(site / "public") == before
    assert leftovers(site / "public"), "the killed build had started writing beside public/"
    assert build(capsys) == (0, [])
    assert leftovers(site / "public") == []
    assert (site / "public/actors/p-2999/index.html").is_file()


@pytest.mark.parametrize("exchange", [True, False], ids=["exchange", "two-renames"])
def test_swap_replaces_the_output_and_leaves_nothing_beside_it(tmp_path, monkeypatch, exchange):
    if not exchange:
        monkeypatch.setattr(sitegen.build, "_exchange", lambda a, b: False)
    out = tmp_path / "public"
    out.mkdir()
    (out / "index.html").write_text("old")
    fresh = sitegen.build.new_folder(out)
    (fresh / "index.html").write_text("new")
    sitegen.build.swap(fresh, out)
    assert tree(out) == {"index.html": b"new"}
    assert leftovers(out) == []


def test_a_kill_between_the_two_renames_puts_the_previous_site_back(site, capsys):
    """Where folders cannot be exchanged in one step, a kill after public/ was moved aside
    and before the new site took its place must not lose the site."""
    assert build(capsys) == (0, [])
    before = tree(site / "public")
    (site / "public").rename(site / ".public.old-killed")
    (site / ".public.new-killed").mkdir()
    sitegen.build.new_folder(site / "public").rmdir()  # what the next build does first
    assert tree(site / "public") == before
    assert leftovers(site / "public") == []


def test_long_text_with_many_citations_builds_in_seconds(site, capsys):
    """Each page must not refold a long source text once per excerpt (minutes before)."""
    lines = [f"Paragraph {i} says that firm {i} did something reportable." for i in range(6000)]
    (site / "texts/long.txt").write_text("\n".join(lines), encoding="utf-8")
    (site / "content/sources/long.yaml").write_text(
        "title: Long\nkind: report\ntext: texts/long.txt\n")
    for i in range(0, 6000, 6):
        (site / f"content/claims/c-{i}.yaml").write_text(
            f"text: Firm {i} did it.\nstatus: reported\ncitations:\n"
            f"  - source: long\n    excerpt: {lines[i]}\n")
    started = time.monotonic()
    assert build(capsys) == (0, [])
    assert time.monotonic() - started < 30
    article = parse(site / "public/sources/long/index.html")
    assert len(article.all("mark")) == 1000


@settings(max_examples=200, deadline=None)
@given(text=st.text(alphabet="ab \n\u201c\u201d\"-\u2014", max_size=40),
       excerpts=st.lists(st.text(alphabet="ab \"-\u2014\u201c", max_size=6), max_size=6))
def test_locating_excerpts_at_once_agrees_with_find_verbatim(text, excerpts):
    found = locate_excerpts(text, excerpts)
    assert found == {x: find_verbatim(text, x) for x in excerpts if find_verbatim(text, x)}


# --- Reproducible and machine-independent output ---------------------------------------

def test_builds_are_identical_across_hash_seeds_time_zones_and_locales(site):
    envs = {"a": {"PYTHONHASHSEED": "0"},
            "b": {"PYTHONHASHSEED": "1", "TZ": "Pacific/Kiritimati", "LC_ALL": "C"},
            "c": {"PYTHONHASHSEED": "12345", "TZ": "America/Adak", "LC_ALL": "C.UTF-8"}}
    for name, env in envs.items():
        subprocess.run([sys.executable, "-m", "sitegen", "build", "--out", f"out-{name}"], cwd=site,
                       env={**os.environ, "PYTHONPATH": str(REPO), **env},
                       check=True, capture_output=True, timeout=120)
    assert tree(site / "out-a") == tree(site / "out-b") == tree(site / "out-c")


def test_poisoned_output_holds_no_path_of_the_build_machine(poisoned, tmp_path):
    for rel, data in tree(poisoned).items():
        text = data.decode("utf-8")
        assert str(tmp_path) not in text and str(REPO) not in text, rel


@pytest.mark.parametrize("base", ["/", "/deep/sub/path/", "https://news.example/x/"])
def test_odd_ids_and_poisoned_text_keep_links_working(site, capsys, base):
    for name in ("index", "static", "404"):
        (site / f"content/actors/{name}.yaml").write_text(f"name: Actor {name}\ntype: group\n")
    assert build(capsys, "--base-url", base) == (0, [])
    assert check_links(site / "public", base_path=urlsplit(base).path) == []
