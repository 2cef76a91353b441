"""Read built pages with the standard library: text, links, ids, and a link checker."""

from __future__ import annotations

import posixpath
from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote, urlsplit

LINK_ATTRS = {"a": "href", "link": "href", "img": "src", "script": "src", "iframe": "src",
              "source": "src"}
VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source",
        "track", "wbr"}


@dataclass
class Element:
    tag: str
    attrs: dict[str, str]
    text: str = ""  # all text inside, tags dropped
    children: list[Element] = field(default_factory=list)


class _Tree(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.root = Element("#root", {})
        self.stack = [self.root]

    def handle_starttag(self, tag, attrs):
        el = Element(tag, {k: v or "" for k, v in attrs})
        self.stack[-1].children.append(el)
        if tag not in VOID:
            self.stack.append(el)

    def handle_endtag(self, tag):
        for i in range(len(self.stack) - 1, 0, -1):
            if self.stack[i].tag == tag:
                del self.stack[i:]
                return

    def handle_data(self, data):
        for el in self.stack:
            el.text += data


@dataclass
class Page:
    """A parsed HTML page with simple queries."""

    path: Path
    root: Element

    def all(self, tag: str | None = None, **attrs: str) -> list[Element]:
        out, todo = [], list(self.root.children)
        while todo:
            el = todo.pop(0)
            if (tag is None or el.tag == tag) and all(
                    (v in el.attrs.get(k.rstrip("_"), "").split() if k.endswith("_") else
                     el.attrs.get(k) == v) for k, v in attrs.items()):
                out.append(el)
            todo[:0] = el.children
        return out

    def one(self, tag: str | None = None, **attrs: str) -> Element:
        found = self.all(tag, **attrs)
        assert len(found) == 1, f"{self.path}: expected one {tag} {attrs}, found {len(found)}"
        return found[0]

    @property
    def text(self) -> str:
        return " ".join(self.root.text.split())

    @property
    def ids(self) -> set[str]:
        return {el.attrs["id"] for el in self.all() if "id" in el.attrs}


def parse(path: Path) -> Page:
    tree = _Tree()
    tree.feed(path.read_text(encoding="utf-8"))
    return Page(path, tree.root)


def words(el: Element) -> str:
    return " ".join(el.text.split())


def check_links(out: Path, base_path: str = "/") -> list[str]:
    """Every broken internal link or #fragment in a built site, as 'page: href'.

    Relative links resolve from the page; root-relative ones (the 404 page) must start
    with base_path, the sub-path the site is hosted under.
    """
    pages = {p.relative_to(out).as_posix(): parse(p) for p in sorted(out.rglob("*.html"))}
    broken = []
    for rel, page in pages.items():
        for el in page.all():
            ref = el.attrs.get(LINK_ATTRS.get(el.tag, ""), None)
            if ref is None or ref.startswith("data:"):
                continue
            parts = urlsplit(ref)
            if parts.scheme or parts.netloc:
                continue
            if parts.path.startswith("/"):
                if not parts.path.startswith(base_path):
                    broken.append(f"{rel}: {ref} (outside {base_path})")
                    continue
                target = parts.path[len(base_path):]
            elif parts.path:
                here = posixpath.dirname(rel)
                target = posixpath.normpath(posixpath.join(here, unquote(parts.path)))
            else:
                target = rel
            if target.endswith("/") or target == "":
                target += "index.html"
            if target.startswith("../") or not (out / target).is_file():
                broken.append(f"{rel}: {ref} (no file {target})")
            elif parts.fragment and parts.fragment not in pages[target].ids:
                broken.append(f"{rel}: {ref} (no #{parts.fragment} in {target})")
    return broken
