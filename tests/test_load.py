"""The loader: YAML to model, and hostile YAML refused quickly with a position."""

from __future__ import annotations

import time
from pathlib import Path

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from sitegen.errors import SitegenError
from sitegen.load import load_content
from sitegen.model import PartialDate
from sitegen.yamlfile import parse_yaml


def test_load_builds_the_model_with_back_links(make_content):
    content = load_content(make_content())
    assert content.problems == ()
    assert content.site.title == "The widget affair"
    assert content.actors["acme"].aliases == ("Acme",)
    assert content.events["ruritania-sanctioned"].date == PartialDate(2021, 3)
    assert [q.id for q in content.quotes_by_speaker["jane-doe"]] == ["jane-doe-never-sold"]
    assert [c.id for c in content.responses["acme-sold-widgets"]] == ["acme-denies"]
    assert [(a.id, r.kind) for a, r in content.relations_to["acme"]] == [("jane-doe", "spokesperson-of")]
    assert content.texts["story"].startswith("Acme Corp is accused")


def test_load_keeps_dates_at_their_precision(make_content):
    root = make_content({"events/e.yaml": "date: 2016\ntitle: t\nkind: other\ncitations: []\n",
                         "events/f.yaml": "date: 2024-01-05\ntitle: t\nkind: other\ncitations: []\n"})
    content = load_content(root)
    assert str(content.events["e"].date) == "2016" and content.events["e"].date.display() == "2016"
    assert content.events["f"].date.display() == "5 January 2024"


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("a: &x [1]\nb: *x\n", "1:4: YAML anchors and aliases are not allowed in content: write the value out"),
        ("a: !!python/object/apply:os.system [ls]\n",
         "1:4: YAML tag 'tag:yaml.org,2002:python/object/apply:os.system' is not allowed in content"),
        ("a: 1\n---\na: 2\n", "2:1: one record per file: a second YAML document starts here"),
        ("a: " + "[" * 30 + "]" * 30 + "\n", "1:23: nested more than 20 levels deep"),
        ("a: " + "[" * 5000 + "]" * 5000 + "\n", "1:1003: YAML syntax: exceeded maximum nesting depth"),
        ("? [a]\n: b\n", "1:3: a field name must be plain text, not a list or mapping"),
        ("a: 'unclosed\n", "2:1: YAML syntax: found unexpected end of stream"),
    ],
    ids=["alias", "python-tag", "two-documents", "deep-nesting", "very-deep-nesting", "complex-key", "unclosed-quote"],
)
def test_parse_yaml_refuses(text, message):
    with pytest.raises(SitegenError) as caught:
        parse_yaml(text, Path("f.yaml"))
    assert str(caught.value) == f"f.yaml:{message}"


def test_alias_bomb_ends_quickly():
    bomb = "a: &a [x, x, x, x, x, x, x, x, x]\n" + "".join(
        f"{chr(98 + i)}: &{chr(98 + i)} [{', '.join(['*' + chr(97 + i)] * 9)}]\n" for i in range(9))
    started = time.monotonic()
    with pytest.raises(SitegenError, match="anchors and aliases are not allowed"):
        parse_yaml(bomb, Path("bomb.yaml"))
    assert time.monotonic() - started < 1.0


def test_yaml_12_scalars_norway_stays_text():
    data, _, _ = parse_yaml("country: NO\nyes: yes\nn: 12\nd: 2024-04-23\nnull_: ~\nt: true\n",
                            Path("f.yaml"))
    assert data == {"country": "NO", "yes": "yes", "n": 12, "d": "2024-04-23", "null_": None, "t": True}


# -- property: random damage never escapes as anything but SitegenError -------------------

VALID = {
    "actors/acme.yaml": {"name": "Acme Corp", "type": "company", "aliases": ["Acme"], "country": "US"},
    "quotes/jane-doe-never-sold.yaml": {
        "text": "We have never sold anything to Ruritania.", "speaker": "jane-doe",
        "citations": [{"source": "story", "excerpt": "Jane Doe, a spokesperson for Acme, said,"}]},
    "events/ruritania-sanctioned.yaml": {
        "date": "2021-03", "title": "t", "kind": "sanction", "by": "treasury", "targets": ["ruritania"],
        "citations": [{"source": "story", "excerpt": "The Ruritanian government"}]},
}

scalars = st.one_of(st.none(), st.booleans(), st.integers(), st.floats(allow_nan=False),
                    st.text(max_size=20), st.sampled_from(["2016", "2024-13", "sanction", "acme", "NO"]))
values = st.recursive(scalars, lambda inner: st.one_of(
    st.lists(inner, max_size=3), st.dictionaries(st.text(max_size=8), inner, max_size=3)), max_leaves=8)


def _mutate(data, draw_path, new_value):
    """Replace or add the value at one path of a record."""
    node = data
    for key in draw_path[:-1]:
        node = node[key] if isinstance(node, dict) else node[key % max(len(node), 1)]
    if isinstance(node, dict):
        node[draw_path[-1] if isinstance(draw_path[-1], str) else next(iter(node), "x")] = new_value
    elif isinstance(node, list) and node:
        node[0] = new_value


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    target=st.sampled_from(sorted(VALID)),
    field=st.sampled_from(["name", "type", "aliases", "text", "speaker", "citations", "date", "kind",
                           "targets", "by", "extra", "country"]),
    value=values,
    cut=st.integers(min_value=0, max_value=400),
    garble=st.booleans(),
)
def test_damaged_records_only_raise_sitegen_errors(make_content, target, field, value, cut, garble):
    import copy

    record = copy.deepcopy(VALID[target])
    _mutate(record, [field], value)
    text = yaml.safe_dump(record, allow_unicode=True)
    if garble:  # damage the YAML text itself: cut it short and append a stray fragment
        text = text[:cut] + ":\n - [\"{"
    root = make_content({target: text})
    from sitegen.check import check_content

    try:
        problems = check_content(load_content(root))
    except SitegenError:
        return
    assert all(isinstance(p, SitegenError) for p in problems)


def test_load_in_worker_processes_gives_what_one_process_gives(make_content, monkeypatch):
    from sitegen import parallel

    files = {f"actors/a-{i:03d}.yaml": f"name: Actor {i}\ntype: person\nsummary: '{i}'\n"
             for i in range(450)}  # past parallel.MIN_ITEMS: the files are parsed by workers
    files["actors/a-007.yaml"] = "name: [unclosed\n"
    files["actors/a-300.yaml"] = "name: Dup\nname: Dup\ntype: person\n"
    root = make_content(files)
    monkeypatch.setattr(parallel, "workers_available", lambda: 2)
    forked = load_content(root)
    monkeypatch.setattr(parallel, "workers_available", lambda: 1)
    serial = load_content(root)
    assert [str(p) for p in forked.problems] == [str(p) for p in serial.problems]
    broken, duplicate = map(str, forked.problems)
    assert broken.startswith("content/actors/a-007.yaml:2:1: YAML syntax: ")
    assert duplicate == ("content/actors/a-300.yaml:2:1: duplicate field 'name' "
                         "(YAML keeps only the last one)")
    assert list(forked.actors) == list(serial.actors) and len(forked.actors) == 452
    assert forked.actors["a-449"] == serial.actors["a-449"]
    assert forked.actors["a-449"].summary == "449"
