"""sitegen.links: relative hrefs between site pages, as posixpath.relpath would give them."""

from __future__ import annotations

import posixpath

from hypothesis import given
from hypothesis import strategies as st

from sitegen.links import Links, actor_url, pretty, text_url

PART = st.sampled_from(["a", "b", "actors", "x-1", "index.html", "p.html", ".", "..", ""])
PATH = st.lists(PART, min_size=1, max_size=4).map("/".join)


@given(here=PATH, url=PATH, fragment=st.sampled_from(["", "#", "#passage-1"]))
def test_links_to_any_path_matches_relpath(here, url, fragment):
    start = posixpath.dirname(here) or "."
    want = posixpath.relpath(url, start) if url else None
    if want is None or posixpath.isabs(url) or posixpath.isabs(start):
        return  # not a site path
    got = Links(here, {}).to(url + fragment)
    assert got == want + (fragment if len(fragment) > 1 else "")


def test_links_between_the_pages_of_either_layout():
    folders = Links(actor_url("amira-sayed"), {"story": frozenset({"passage-1"})})
    assert folders.actor("lena-ortiz") == "../lena-ortiz/index.html"
    assert folders.text("story") == "../../sources/story/index.html"
    assert folders.to("index.html") == "../../index.html"
    assert folders.to("actors/amira-sayed/index.html#quotes") == "index.html#quotes"
    flat = Links(actor_url("amira-sayed", flat=True), {"story": frozenset()}, flat=True)
    assert flat.actor("lena-ortiz") == "lena-ortiz.html"
    assert flat.text("story") == "../sources/story.html"
    assert flat.text_page("story") == text_url("story", flat=True) == "sources/story.html"
    assert flat.to("actors/index.html") == "index.html"
    assert pretty(actor_url("x")) == "actors/x/" and pretty(actor_url("x", True)) == "actors/x.html"
