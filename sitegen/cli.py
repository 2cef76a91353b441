"""The `sitegen` command: parse arguments, run one command, print its problems.

Only this module prints problems or chooses exit codes (0 ok, 1 problems in the
content, 2 usage). Commands are imported inside their handlers, so `check`
never loads the server or the extractor.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from sitegen.errors import ProblemsError, SitegenError


def main(argv: list[str] | None = None, *, exit_process: bool = False) -> int:
    """Run the sitegen command line; return the exit code.

    exit_process (`python -m sitegen`): end the process right after a command that kept
    what it made on its arguments (`build`), without freeing that object by object:
    a build's records and page reads at 10,000 actors take ~0.1 s to free, a tenth of
    a one-record rebuild."""
    args = make_parser().parse_args(argv)
    try:
        code = args.run(args) or 0
    except ProblemsError as e:
        code = _report(e.problems)
    except SitegenError as e:
        code = _report([e])
    except KeyboardInterrupt:
        code = 130
    if exit_process and getattr(args, "kept", None) is not None and not _observed():
        sys.stdout.flush()
        sys.stderr.flush()
        os._exit(code)  # the build registered no exit handlers; its files are closed
    return code


def _observed() -> bool:
    """A profiler, tracer or coverage run: its exit handlers write its results."""
    return sys.getprofile() is not None or sys.gettrace() is not None \
        or "coverage" in sys.modules


def _report(problems: list[SitegenError]) -> int:
    for problem in problems:
        print(problem, file=sys.stderr)
    print(f"{len(problems)} problem{'s' * (len(problems) != 1)} found", file=sys.stderr)
    return 1


def make_parser() -> argparse.ArgumentParser:
    """Build the argument parser with one subcommand per command."""
    parser = argparse.ArgumentParser(
        prog="sitegen",
        description="Turn an investigative article into a cross-linked explainer site.",
    )
    from sitegen import __version__

    parser.add_argument("--version", action="version", version=f"sitegen {__version__}")
    sub = parser.add_subparsers(title="commands", required=True, metavar="COMMAND")

    p = sub.add_parser("check", help="validate the content and report every problem",
                       description="Validate every record; print problems as path:line:col: message.")
    _content_arg(p)
    p.add_argument("--strict", action="store_true",
                   help="also refuse unreviewed drafts written by `sitegen extract`")
    p.set_defaults(run=run_check)

    p = sub.add_parser("schema", help="write the JSON Schemas of the record kinds",
                       description="Write one JSON Schema per record kind, for editors and check-jsonschema.")
    p.add_argument("dir", nargs="?", type=Path, default=Path("schema"),
                   help="folder to write into (default: schema/)")
    p.set_defaults(run=run_schema)

    p = sub.add_parser("build", help="render the site into a folder of static files",
                       description="Render content/ into public/; the previous output stays if anything fails.")
    _content_arg(p)
    p.add_argument("--out", type=Path, default=Path("public"), help="output folder (default: public/)")
    p.add_argument("--base-url", help="where the site will be hosted (default: site.yaml's base_url)")
    p.set_defaults(run=run_build)

    p = sub.add_parser("serve", help="preview the site, rebuilding and reloading on every edit",
                       description="Build, serve on 127.0.0.1 and rebuild when content or templates change.")
    _content_arg(p)
    p.add_argument("--port", type=int, default=8000, help="port (default: 8000)")
    p.add_argument("--host", default="127.0.0.1", help="address to bind (default: 127.0.0.1)")
    p.add_argument("--open", action="store_true", help="open the site in a browser")
    p.set_defaults(run=run_serve)

    p = sub.add_parser("extract", help="draft records from an article (never overwrites existing ones)",
                       description="Draft sources, actors, claims, quotes and events from an article.")
    p.add_argument("article", help="the article: a text, Markdown or HTML file, or - for standard input")
    p.add_argument("--into", type=Path, required=True, help="content folder to add the drafts to")
    _article_args(p)
    p.set_defaults(run=run_extract)

    p = sub.add_parser("new", help="start a new site from an article",
                       description="Create site.yaml, the article under seeds/ and drafted content.")
    p.add_argument("dir", type=Path, help="the new site's folder")
    p.add_argument("--article", required=True, help="the article file, or - for standard input")
    _article_args(p)
    p.set_defaults(run=run_new)
    return parser


def _content_arg(p: argparse.ArgumentParser) -> None:
    p.add_argument("--content", type=Path, default=Path("content"),
                   help="content folder (default: content/)")


def _article_args(p: argparse.ArgumentParser) -> None:
    p.add_argument("--published", help="publication date YYYY-MM-DD (anchors relative dates)")
    p.add_argument("--source-id", help="id for the article's source record")
    p.add_argument("--title", help="the article's title")
    p.add_argument("--url", help="the article's address")
    p.add_argument("--publisher", help="the outlet that published it")


def run_check(args: argparse.Namespace) -> int:
    from sitegen.check import check_content
    from sitegen.load import load_content

    content = load_content(args.content)
    problems = check_content(content, strict=args.strict)
    if problems:
        raise ProblemsError(problems)
    counts = ", ".join(f"{len(content.records(kind))} {kind}" for kind in
                       ("sources", "actors", "claims", "quotes", "events"))
    print(f"{args.content}: ok ({counts})")
    return 0


def run_schema(args: argparse.Namespace) -> int:
    from sitegen.schema import write_schemas

    for path in write_schemas(args.dir):
        print(path)
    return 0


def run_build(args: argparse.Namespace) -> int:
    from sitegen import collector
    from sitegen.incremental import Builder

    # build.build_site's work, with the Builder kept for main(exit_process=True)
    args.kept = Builder(args.content, args.out, base_url=args.base_url)
    with collector.paused():  # see build_site: a one-shot build makes next to no cycles
        print(args.kept.build())
    return 0


def run_serve(args: argparse.Namespace) -> int:
    from sitegen.serve import serve

    serve(args.content, host=args.host, port=args.port, open_browser=args.open)
    return 0


def run_extract(args: argparse.Namespace) -> int:
    from sitegen.extract import extract_into

    print(extract_into(args.article, args.into, **_article_options(args)))
    return 0


def run_new(args: argparse.Namespace) -> int:
    from sitegen.extract import new_site

    print(new_site(args.dir, args.article, **_article_options(args)))
    return 0


def _article_options(args: argparse.Namespace) -> dict[str, str | None]:
    """What the user told us about the article (the options of _article_args)."""
    return {name: getattr(args, name) for name in
            ("published", "source_id", "title", "url", "publisher")}
