"""Markdown to HTML: markdown-it (CommonMark) with raw HTML off and only safe link
targets, plus a fast path for plain prose that gives the very same bytes.

A summary is mostly paragraphs of words with some `**strong**`, `*emphasis*` and
`[links](https://...)`. markdown-it spends ~0.2 ms on such a text in its general rule
machinery; `render_prose` draws it directly, using markdown-it's own emphasis rules
(scanDelims), link normalisation and validation, and escaping. Whatever it is not
certain to render exactly as markdown-it would, it declines (None), and markdown-it
renders it: tests/test_markdown.py compares the two on random texts made of every
character markdown gives a meaning to.
"""

from __future__ import annotations

import re

from markdown_it import MarkdownIt
from markdown_it.common.utils import escapeHtml, isMdAsciiPunct, isPunctChar, isWhiteSpace
from markupsafe import Markup

# A link target is safe if it has no scheme (relative) or one of these.
_SAFE_SCHEMES = ("http", "https", "mailto")
_SCHEME = re.compile(r"^\s*([a-z][a-z0-9+.-]*):", re.I)

# Anything the fast path leaves to markdown-it: escapes, code, raw HTML and autolinks,
# underscore emphasis, tabs and carriage returns, entities (and what may look like one),
# link reference definitions.
_DECLINE = re.compile(r"[\\`<_\t\r\x00]|&(?:#|[A-Za-z0-9]+;)|\]:")
# A line starting like a heading, quote, list, rule, fence, table or setext underline.
_BLOCK_START = re.compile(r"[#>+=|~-]|\d+[.)]|\*(?:\s|$)|(?:\*\s*){3,}$")
_INLINE = re.compile(r"[*\[\]\n]")
# Link targets the fast path takes: printable ASCII without spaces, parentheses,
# brackets, quotes, stars or backslashes (markdown-it's destination rules differ there).
_PLAIN_URL = re.compile(r"[A-Za-z0-9\-._~:/?#@!$&'+,;=%]+")
# The commonest target, which markdown-it's normalizeLink (a parse, format and encode,
# half the fast path's time) returns unchanged: tests/test_markdown.py checks it does.
_SIMPLE_HTTP = re.compile(r"https?://[a-z0-9](?:[a-z0-9.-]*[a-z0-9])?(?:/[A-Za-z0-9._~/-]*)?")


def make_markdown() -> MarkdownIt:
    """A CommonMark renderer with raw HTML off and only safe link targets.

    Images are off too: a summary's image would make every reader's browser call a
    third party; `![alt](url)` stays readable as text and a link.
    """
    md = MarkdownIt("commonmark", {"html": False, "linkify": False, "typographer": False})
    md.disable("image")
    md.validateLink = _safe_link  # type: ignore[method-assign]
    return md


def _safe_link(url: str) -> bool:
    """Allow relative, http(s) and mailto targets; refuse javascript:, data: and the rest."""
    m = _SCHEME.match(url)
    return m is None or m.group(1).lower() in _SAFE_SCHEMES


def render_markdown(md: MarkdownIt, text: str | None) -> Markup:
    """Render markdown to HTML with raw HTML escaped and unsafe links dropped."""
    text = text or ""
    fast = render_prose(md, text)
    return Markup(md.render(text) if fast is None else fast)


def render_prose(md: MarkdownIt, text: str) -> str | None:
    """What md.render(text) returns, for paragraphs of plain prose with `*`/`**`
    emphasis and inline links; None for any other text."""
    if _DECLINE.search(text):
        return None
    paragraphs: list[list[str]] = [[]]
    for line in text.split("\n"):
        if not line:
            if paragraphs[-1]:
                paragraphs.append([])
        elif line != line.strip() or _BLOCK_START.match(line):
            return None
        else:
            paragraphs[-1].append(line)
    out: list[str] = []
    for lines in paragraphs:
        if lines:
            src = "\n".join(lines)
            out.append("<p>")
            if not _inline(md, src, 0, len(src), out):
                return None
            out.append("</p>\n")
    return "".join(out) or None


def _inline(md: MarkdownIt, src: str, start: int, end: int, out: list[str]) -> bool:
    """Append the HTML of src[start:end] (a paragraph or a link's text) to out; False
    if it holds anything but text, soft breaks, simple emphasis and inline links."""
    pos, open_run = start, 0  # open_run: the length of the emphasis run awaiting its closer
    while pos < end:
        found = _INLINE.search(src, pos, end)
        if found is None:
            out.append(escapeHtml(src[pos:end]))
            break
        at = found.start()
        out.append(escapeHtml(src[pos:at]))
        char = src[at]
        if char == "\n":
            out.append("\n")
            pos = at + 1
        elif char == "*":
            pos = at
            while pos < end and src[pos] == "*":
                pos += 1
            run = pos - at
            can_open, can_close = _flanking(src, at, pos, end)
            if run > 2:
                return False
            if open_run:  # the nearest opener is the only one: same length, or decline
                if not can_close or run != open_run:
                    return False
                out.append("</strong>" if run == 2 else "</em>")
                open_run = 0
            elif can_open:
                out.append("<strong>" if run == 2 else "<em>")
                open_run = run
            else:
                return False
        elif char == "]":
            return False
        else:
            pos = _link(md, src, at, end, out)
            if pos < 0:
                return False
    return not open_run


def _link(md: MarkdownIt, src: str, at: int, end: int, out: list[str]) -> int:
    """Append the inline link `[text](url)` starting at src[at]; return where it ends,
    or -1 if it is not one the fast path draws."""
    close = src.find("]", at + 1, end)
    if close < 0 or "[" in src[at + 1:close] or src[close + 1:close + 2] != "(":
        return -1
    paren = src.find(")", close + 2, end)
    if paren < 0 or not _PLAIN_URL.fullmatch(src, close + 2, paren):
        return -1
    url = src[close + 2:paren]
    href = url if _SIMPLE_HTTP.fullmatch(url) else md.normalizeLink(url)
    if not md.validateLink(href):
        return -1
    out.append(f'<a href="{escapeHtml(href)}">')
    if not _inline(md, src, at + 1, close, out):
        return -1
    out.append("</a>")
    return paren + 1


def _flanking(src: str, start: int, stop: int, end: int) -> tuple[bool, bool]:
    """Whether the run of stars src[start:stop] can open and can close emphasis:
    markdown-it's StateInline.scanDelims for `*`, a text's end counting as a space."""
    last = src[start - 1] if start > 0 else " "
    after = src[stop] if stop < end else " "
    last_punct = isMdAsciiPunct(ord(last)) or isPunctChar(last)
    next_punct = isMdAsciiPunct(ord(after)) or isPunctChar(after)
    last_space, next_space = isWhiteSpace(ord(last)), isWhiteSpace(ord(after))
    left = not (next_space or (next_punct and not (last_space or last_punct)))
    right = not (last_space or (last_punct and not (next_space or next_punct)))
    return left, right
