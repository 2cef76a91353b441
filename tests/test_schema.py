"""The JSON Schemas: generated from the model, in sync with schema/, usable by check-jsonschema."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import jsonschema
import pytest

from sitegen.cli import main
from sitegen.conversion import record_name, yaml_fields
from sitegen.model import KINDS, Site
from sitegen.schema import record_schemas
from sitegen.yamlfile import parse_yaml

REPO = Path(__file__).parent.parent
FIXTURE = Path(__file__).parent / "fixtures" / "minimal" / "content"
FOLDERS = {"site": None, **{record_name(cls): kind for kind, cls in KINDS.items()}}


def _files(kind: str | None) -> list[Path]:
    return [FIXTURE / "site.yaml"] if kind is None else sorted((FIXTURE / kind).glob("*.yaml"))


@pytest.mark.parametrize("name", sorted(FOLDERS))
def test_schema_accepts_valid_records(name):
    schema = record_schemas()[f"{name}.schema.json"]
    jsonschema.Draft202012Validator.check_schema(schema)
    for path in _files(FOLDERS[name]):
        data, _, _ = parse_yaml(path.read_text(), path)
        jsonschema.validate(data, schema, cls=jsonschema.Draft202012Validator)


@pytest.mark.parametrize(
    ("name", "record", "fault"),
    [
        ("quote", {"text": "x", "speker": "a", "citations": []}, "Additional properties"),
        ("claim", {"text": "x", "status": "aleged", "citations": []}, "is not one of"),
        ("event", {"date": "2024-13", "title": "t", "kind": "other", "citations": []}, "is not valid under any"),
        ("actor", {"name": "X", "type": "person", "relations": [{"to": "Bad Id", "kind": "part-of",
                                                                   "citations": []}]}, "does not match"),
    ],
)
def test_schema_rejects_faults(name, record, fault):
    validator = jsonschema.Draft202012Validator(record_schemas()[f"{name}.schema.json"])
    def flatten(errors):  # anyOf (optional fields) nests the real reasons one level down
        for e in errors:
            yield e.message
            yield from flatten(e.context)

    messages = list(flatten(validator.iter_errors(record)))
    assert any(fault in m for m in messages), messages


def test_every_model_field_is_in_its_schema():
    for cls in (Site, *KINDS.values()):
        schema = record_schemas()[f"{record_name(cls)}.schema.json"]
        assert set(schema["properties"]) == set(yaml_fields(cls))
        assert set(schema["required"]) == {n for n, (_, m) in yaml_fields(cls).items() if m["required"]}


def test_committed_schemas_match_the_model(tmp_path):
    assert main(["schema", str(tmp_path)]) == 0
    for path in sorted(tmp_path.iterdir()):
        committed = REPO / "schema" / path.name
        assert committed.read_text() == path.read_text(), f"run `sitegen schema` to refresh {committed}"
    assert json.loads((tmp_path / "quote.schema.json").read_text())["required"] == [
        "text", "speaker", "citations"]


def test_check_jsonschema_cli_uses_the_schema(tmp_path):
    exe = shutil.which("check-jsonschema") or str(Path(sys.executable).parent / "check-jsonschema")
    if not Path(exe).exists():
        pytest.skip("check-jsonschema is not installed")
    bad = tmp_path / "bad.yaml"
    bad.write_text("text: Hi\nspeker: jane-doe\ncitations: []\n")
    good = sorted((FIXTURE / "quotes").glob("*.yaml"))
    schema = REPO / "schema" / "quote.schema.json"
    ok = subprocess.run([exe, "--schemafile", str(schema), *map(str, good)],
                        capture_output=True, text=True, timeout=60)
    assert ok.returncode == 0, ok.stdout + ok.stderr
    failed = subprocess.run([exe, "--schemafile", str(schema), str(bad)],
                            capture_output=True, text=True, timeout=60)
    assert failed.returncode == 1
    assert "'speker' was unexpected" in failed.stdout
