"""Every URL of the published site, and relative links between its pages. No I/O.

Pages link to explicit `index.html` files by relative paths, which work at a domain
root, under a sub-path and from file:// alike; canonical and Open Graph URLs use
`base_url` with pretty directory URLs.

Two layouts (site.yaml's `page_files`): `folders`, the default, gives each actor and
source text a folder of its own (`actors/<id>/index.html`, addressed as `actors/<id>/`);
`flat` writes it as one file (`actors/<id>.html`, as Hugo's `uglyURLs`), with no
folder per page to create, which a big site's clean build pays for on many disks.
"""

from __future__ import annotations

import posixpath
from collections.abc import Mapping
from urllib.parse import quote

from sitegen.article import passage_id
from sitegen.model import Citation

HOME = "index.html"
ACTORS = "actors/index.html"
TIMELINE = "timeline/index.html"
QUOTES = "quotes/index.html"
CLAIMS = "claims/index.html"
SOURCES = "sources/index.html"
NOT_FOUND = "404.html"
STYLESHEET = "static/style.css"
# Characters with a meaning in URLs; anything else (", <, space, non-ASCII) gets %-encoded.
_URL_SAFE = "!#$%&'()*+,/:;=?@[]~"
_ODD = frozenset({"", ".", ".."})  # path parts that only posixpath.relpath gets right


def actor_url(actor_id: str, flat: bool = False) -> str:
    return f"actors/{actor_id}.html" if flat else f"actors/{actor_id}/index.html"


def text_url(source_id: str, flat: bool = False) -> str:
    """The page that shows a source's full text with its cited passages marked."""
    return f"sources/{source_id}.html" if flat else f"sources/{source_id}/index.html"


def pretty(url: str) -> str:
    """The directory form of a page URL: 'actors/x/index.html' -> 'actors/x/'."""
    return url[: -len("index.html")] if url.endswith("index.html") else url


def encode_url(url: str) -> str:
    """An address as HTML and XML require it: characters a URL may not hold are %-encoded."""
    return quote(url, safe=_URL_SAFE)


def absolute(base_url: str, url: str) -> str:
    """The public address of a page under base_url (canonical, og:url, sitemap)."""
    return base_url.rstrip("/") + "/" + pretty(url)


def relative(path: str, start: str) -> str:
    """posixpath.relpath(path, start or "."), for the plain relative site paths pages use.

    relpath makes both paths absolute against the working directory on every call,
    a system call per link (tens of thousands per build); site paths need no such thing.
    """
    parts, base = path.split("/"), start.split("/") if start else []
    if "" in parts or "." in parts or ".." in parts or "" in base or "." in base or ".." in base:
        return posixpath.relpath(path, start or ".")
    common = 0
    for a, b in zip(parts, base, strict=False):
        if a != b:
            break
        common += 1
    return "/".join([".."] * (len(base) - common) + parts[common:]) or "."


class Links:
    """Relative hrefs from one page to every other page and record of the site."""

    def __init__(self, here: str, passages: Mapping[str, frozenset[str]],
                 root: str | None = None, flat: bool = False) -> None:
        """here: the page's URL; passages: source id -> passage ids on its text page.

        root: link from this absolute path instead (the 404 page, served at any depth).
        flat: the site's pages are files, not folders (site.yaml's `page_files: flat`).
        """
        self.here, self.root, self.flat = here, root, flat
        self._passages = passages
        self._dir = posixpath.dirname(here)  # every link starts from here: work it out once
        self.folder = self._dir  # pages of one folder share every link but to themselves
        self._base = self._dir.split("/") if self._dir else []
        # a plain folder path (no "", ".", ".."): links from it need no relpath
        self._plain = not _ODD.intersection(self._base)
        # (folder prefix, the way up to it, the page's next folder), deepest first
        base = self._base
        self._levels = [("/".join(base[:k]) + "/" if k else "", "../" * (len(base) - k),
                         base[k] if k < len(base) else None) for k in range(len(base), -1, -1)]

    def to(self, url: str) -> str:
        """The relative href from this page to a site URL (with an optional #fragment)."""
        if self.root is not None:
            return self.root + url
        path, _, fragment = url.partition("#")
        slashed = f"/{path}/"
        if self._plain and "//" not in slashed and "/./" not in slashed \
                and "/../" not in slashed:  # a plain path: strings, no parts (most links)
            for prefix, up, next_folder in self._levels:
                if path.startswith(prefix):
                    rest = path[len(prefix):]
                    if rest == next_folder:  # one of the page's own folders: the long way
                        break
                    return f"{up}{rest}#{fragment}" if fragment else up + rest
        return self._walk(path) + (f"#{fragment}" if fragment else "")

    def _walk(self, path: str) -> str:
        """to() part by part (any path, the page's own folders included)."""
        parts = path.split("/")
        if not self._plain or _ODD.intersection(parts):
            return relative(path, self._dir)
        base, common = self._base, 0
        for a, b in zip(parts, base):  # noqa: B905 - the shorter one decides
            if a != b:
                break
            common += 1
        return "/".join([".."] * (len(base) - common) + parts[common:]) or "."

    def actor(self, actor_id: str) -> str:
        return self.to(actor_url(actor_id, self.flat))

    def claim(self, claim_id: str) -> str:
        return self.to(f"{CLAIMS}#claim-{claim_id}")

    def quote(self, quote_id: str) -> str:
        return self.to(f"{QUOTES}#quote-{quote_id}")

    def event(self, event_id: str) -> str:
        return self.to(f"{TIMELINE}#event-{event_id}")

    def source(self, source_id: str) -> str:
        return self.to(f"{SOURCES}#source-{source_id}")

    def text(self, source_id: str) -> str:
        return self.to(text_url(source_id, self.flat))

    def text_page(self, source_id: str) -> str:
        """The site URL (not the href) of a source's text page, for `nav_link_html`."""
        return text_url(source_id, self.flat)

    def record(self, kind: str, record_id: str) -> str:
        """Where a record of any kind is shown: its page or its entry in an index."""
        return {"actors": self.actor, "claims": self.claim, "quotes": self.quote,
                "events": self.event, "sources": self.source}[kind](record_id)

    def read(self, source_id: str) -> str:
        """Where to read a source: its text page if it has one, else its entry."""
        return self.text(source_id) if self.has_text(source_id) else self.source(source_id)

    def has_text(self, source_id: str) -> bool:
        return source_id in self._passages

    def passage(self, citation: Citation) -> str:
        """The exact passage a citation points at, or its source's entry if it has no text."""
        pid = passage_id(citation.excerpt)
        if pid in self._passages.get(citation.source, ()):
            return self.to(f"{text_url(citation.source, self.flat)}#{pid}")
        return self.source(citation.source)
