"""(template, context) -> HTML: Jinja with autoescape and StrictUndefined, safe markdown.

Templates come from the package's defaults, overridden file by file by a site's own
`templates/` folder. Nothing a content field holds can become markup: every template
is autoescaped, markdown runs with raw HTML off and only http(s), mailto and relative
link targets, and JSON-LD is escaped for <script>.
"""

from __future__ import annotations

import functools
import json
import re
import traceback
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import jinja2
from markupsafe import Markup

import sitegen
from sitegen import cards
from sitegen.errors import SitegenError
from sitegen.fragments import globals_for_templates
from sitegen.links import encode_url
from sitegen.markdown import make_markdown, render_markdown
from sitegen.pages import Page

_JSON_ESCAPES = {"<": "\\u003c", ">": "\\u003e", "&": "\\u0026",
                 "\u2028": "\\u2028", "\u2029": "\\u2029"}


def default_template_dir() -> Path:
    """The default templates: shipped inside the package, or the repository's beside it."""
    packaged = Path(sitegen.__file__).parent / "templates"
    return packaged if packaged.is_dir() else Path(sitegen.__file__).parent.parent / "templates"


def template_dirs(content_dir: Path) -> list[Path]:
    """Where templates are looked up, first match wins: the site's own, then the defaults."""
    own = content_dir.parent / "templates"
    default = default_template_dir()
    dirs = [own] if own.is_dir() and own.resolve() != default.resolve() else []
    return [*dirs, default]


def make_environment(dirs: Sequence[Path]) -> jinja2.Environment:
    """A Jinja environment that escapes everything and fails on any undefined name."""
    env = jinja2.Environment(
        loader=jinja2.ChoiceLoader([jinja2.FileSystemLoader(str(d)) for d in dirs]),
        autoescape=True,  # every template, .xml and .txt included
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
        # A template file that changes makes a new environment (the incremental builder
        # compares templates by hash), so no stat of each template for every page.
        auto_reload=False,
    )
    # A summary shows on one page, but a kept environment (serve) re-renders it on every
    # rebuild of that page: render each text once.
    env.filters["markdown"] = functools.lru_cache(maxsize=4096)(
        functools.partial(render_markdown, make_markdown()))
    env.filters["jsonld"] = render_jsonld
    env.filters["url"] = encode_url
    # The pieces of _macros.html, in Python (a Jinja macro call costs more than the HTML
    # it makes, dozens per page); _macros.html re-exports them under the macro names.
    env.globals.update(globals_for_templates())
    env.globals.update(cards.globals_for_templates())  # index cards kept between builds
    return env


def render_page(env: jinja2.Environment, page: Page,
                problems_banner: Sequence[str] = ()) -> str:
    """Render one page; a template mistake becomes a SitegenError at the template's line.

    problems_banner: messages shown at the top of every HTML page (used by `serve`
    when it shows the last good content while the current content has problems).
    """
    try:
        template = env.get_template(page.template)
        return template.render(**page.context, problems_banner=tuple(problems_banner))
    except jinja2.TemplateSyntaxError as e:
        raise SitegenError(Path(e.filename or e.name or page.template), e.lineno or 1, 1,
                           f"template error: {e.message}") from None
    except jinja2.TemplateNotFound as e:
        raise SitegenError(Path(page.template), 1, 1, f"template not found: {e.name}") from None
    except (jinja2.TemplateError, TypeError, ValueError, KeyError, AttributeError) as e:
        path, line = _template_frame(e, page.template)
        raise SitegenError(path, line, 1,
                           f"template error while rendering {page.url}: {e}") from None


def _template_frame(error: BaseException, fallback: str) -> tuple[Path, int]:
    """The innermost template file and line in an error's traceback (Jinja rewrites it)."""
    for frame in reversed(traceback.extract_tb(error.__traceback__)):
        if frame.filename.endswith((".html", ".xml", ".txt")):
            return Path(frame.filename), frame.lineno or 1
    return Path(fallback), 1


def render_jsonld(data: Any) -> Markup:
    """JSON for a <script type="application/ld+json">: no '</script>' can close it early."""
    text = json.dumps(data, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    return Markup(re.sub("[<>&\u2028\u2029]", lambda m: _JSON_ESCAPES[m.group()], text))
