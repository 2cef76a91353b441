"""The content after a few record files changed, made from the previous load: only
those files are read (`sitegen serve`, told by its watcher what changed).

Listing and looking at 25,000 record files costs more than the rest of a rebuild.
Anything that is not a plain edit, addition or removal of a record file (site.yaml,
a source and its text, a new folder, a file with a problem) gets None: load all.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from pathlib import Path
from types import MappingProxyType
from typing import Any

from sitegen.load import Reuse, load_record_file
from sitegen.model import KINDS, Content
from sitegen.tracking import GROUPED_BY


def patch_content(old: Content, root: Path, changed: Iterable[str | Path],
                  template_dirs: Sequence[Path], reuse: Reuse) -> Content | None:
    """old with the changed record files under root loaded again, or None if a full
    load is needed. root is the content folder as the loader was given it."""
    base = root.resolve()
    templates = [d.resolve() for d in template_dirs]
    records = {kind: dict(old.records(kind)) for kind in KINDS}
    resort: set[str] = set()
    for name in changed:
        path = Path(name).resolve()
        if any(d == path or d in path.parents for d in templates):
            continue  # the Builder compares templates itself
        try:
            kind, file_name = path.relative_to(base).parts
        except ValueError:  # outside the content folder (a source text?), or nested
            return None
        if file_name.startswith("."):
            continue  # hidden: the loader skips it too (an editor's swap file)
        if kind not in KINDS or kind == "sources" or not file_name.endswith(".yaml"):
            return None  # site.yaml, a stray or misnamed file, a source (and its text)
        rid, shown = file_name[: -len(".yaml")], root / kind / file_name
        if not shown.exists() and not shown.is_symlink():
            records[kind].pop(rid, None)
            continue
        if shown.is_symlink() or not shown.is_file():
            return None
        record, problems = load_record_file(KINDS[kind], shown, reuse)
        if problems or record is None:
            return None  # the full load reports every problem, located
        if rid not in records[kind]:
            resort.add(kind)
        records[kind][rid] = record
    for kind in resort:  # the loader's order: by file name
        records[kind] = dict(sorted(records[kind].items(), key=lambda item: f"{item[0]}.yaml"))
    new = Content(root=old.root, site=old.site, texts=old.texts,
                  files={kind: frozenset(found) for kind, found in records.items()},
                  **records)
    _carry_groups(old, new)
    return new


def _carry_groups(old: Content, new: Content) -> None:
    """Give new the groups old worked out (quotes_by_speaker...) where an edit leaves
    them as they were but for the edited records' new objects: each group costs a pass
    over every record of its kind, and a page of the edited record asks for all of them."""
    swaps: dict[str, dict[int, tuple[Any, Any]]] = {}  # kind -> id(old) -> (old, new)
    came_or_went: dict[str, list[Any]] = {}  # kind -> records added or deleted
    for kind in KINDS:
        before, after = old.records(kind), new.records(kind)
        edited = [k for k, record in after.items() if before.get(k) is not record]
        swaps[kind] = {id(before[k]): (before[k], after[k]) for k in edited if k in before}
        came_or_went[kind] = [after[k] for k in edited if k not in before]
        came_or_went[kind] += [before[k] for k in before.keys() - after.keys()]
    for name, (kind, fields) in GROUPED_BY.items():
        swapped = swaps[kind]
        if name not in vars(old):
            continue
        if any(getattr(r, f) != () for r in came_or_went[kind] for f in fields):
            continue  # a record added to a group or taken from one (an empty list of
            # targets, relations... puts it in none): work it out again
        if any(getattr(a, f) != getattr(b, f) for a, b in swapped.values() for f in fields):
            continue  # a record moves to another group or place: work it out again
        groups = vars(old)[name]
        if swapped:  # a copy with the few groups that hold an edited record made again
            gone = swapped.keys()
            holding = [key for key, items in groups.items() if not gone.isdisjoint(
                map(id, map(_record_of, items) if items and type(items[0]) is tuple else items))]
            groups = MappingProxyType({**groups, **{key: tuple([_swap(item, swapped)
                                                                for item in groups[key]])
                                                    for key in holding}})
        vars(new)[name] = groups


def _record_of(pair: tuple) -> Any:
    """The record of a (record, detail) pair (relations_to's (actor, relation))."""
    return pair[0]


def _swap(item: Any, swapped: dict[int, tuple[Any, Any]]) -> Any:
    """item, or the record that replaced it; a (record, detail) pair with its record replaced."""
    if type(item) is tuple:
        return (_swap(item[0], swapped), *item[1:])
    return swapped[id(item)][1] if id(item) in swapped else item
