"""Turn HTML or Markdown articles into plain text, one paragraph per line. No I/O."""

from __future__ import annotations

import re
from html.parser import HTMLParser

_BLOCKS = {
    "p",
    "div",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "li",
    "blockquote",
    "br",
    "tr",
    "section",
    "article",
    "header",
    "pre",
}
_SKIP = {
    "script",
    "style",
    "nav",
    "footer",
    "aside",
    "figure",
    "figcaption",
    "noscript",
    "form",
    "button",
    "svg",
    "head",
    "iframe",
}


def looks_like_html(text: str) -> bool:
    return bool(re.search(r"<(html|body|p|div|article|h[1-6]|br)\b[^>]*>", text, re.IGNORECASE))


def looks_like_markdown(text: str) -> bool:
    return bool(
        re.search(r"^(#{1,6} |> |\* |- )|\*\*[^*]+\*\*|\[[^\]]+\]\([^)]+\)", text, re.MULTILINE)
    )


class _TextCollector(HTMLParser):
    """Collect the text of block elements; drop scripts, navigation and figures."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.lines: list[str] = []
        self.current: list[str] = []
        self.skipping = 0

    def _flush(self) -> None:
        line = re.sub(r"\s+", " ", "".join(self.current)).strip()
        if line:
            self.lines.append(line)
        self.current = []

    def handle_starttag(self, tag: str, attrs: list) -> None:
        if tag in _SKIP:
            self.skipping += 1
        elif tag in _BLOCKS:
            self._flush()

    def handle_endtag(self, tag: str) -> None:
        if tag in _SKIP:
            self.skipping = max(0, self.skipping - 1)
        elif tag in _BLOCKS:
            self._flush()

    def handle_data(self, data: str) -> None:
        if not self.skipping:
            self.current.append(data)


def html_to_text(html: str) -> str:
    """Text of an HTML page, one block element per line."""
    parser = _TextCollector()
    parser.feed(html)
    parser.close()
    parser._flush()
    return "\n".join(parser.lines) + "\n"


def markdown_to_text(md: str) -> str:
    """Text of a Markdown article: markup removed, wrapped lines joined into paragraphs."""
    paragraphs: list[str] = []
    for block in re.split(r"\n\s*\n", md):
        lines = []
        for line in block.splitlines():
            line = re.sub(r"^\s{0,3}(#{1,6}\s+|>\s?|[-*+]\s+|\d+\.\s+)", "", line)
            line = re.sub(r"!\[[^\]]*\]\([^)]*\)", "", line)
            line = re.sub(r"\[([^\]]+)\]\([^)]*\)", r"\1", line)
            line = re.sub(r"(\*\*|__|\*|`)(.+?)\1", r"\2", line)
            lines.append(line.strip())
        text = " ".join(x for x in lines if x)
        if text:
            paragraphs.append(text)
    return "\n".join(paragraphs) + "\n"
