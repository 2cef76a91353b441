"""Extract end to end: files written, existing records untouched, a second run a no-op."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
import yaml

from sitegen.check import check_content
from sitegen.cli import main
from sitegen.errors import SitegenError
from sitegen.extract import extract_into, new_site
from sitegen.load import load_content

REPO = Path(__file__).parent.parent
SEED = REPO / "seeds" / "north-korean-animators.txt"
FIXTURES = Path(__file__).parent / "fixtures"


def snapshot(folder: Path) -> dict[str, bytes]:
    return {
        str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()
    }


def test_seed_extracts_into_a_site_that_checks_clean(tmp_path):
    report = new_site(tmp_path / "site", SEED, published="2024-04-23")
    content = load_content(tmp_path / "site" / "content")
    assert check_content(content) == []
    assert report.count("quotes") == 2 and report.count("actors") >= 10
    assert (
        tmp_path / "site" / "seeds" / "north-korean-animators.txt"
    ).read_bytes() == SEED.read_bytes()
    barnhart = [q for q in content.quotes.values() if q.speaker == "michael-barnhart"]
    assert [q.via for q in barnhart] == ["reuters"]
    assert all(
        r.draft
        for kind in ("actors", "quotes", "claims", "events")
        for r in content.records(kind).values()
    )
    # the trailing spam line is left out of every record
    assert "Web3" not in "".join(
        p.read_text() for p in (tmp_path / "site" / "content").rglob("*.yaml")
    )
    assert any("Web3" in line for line in report.left_out)


def test_strict_check_refuses_the_drafts(tmp_path):
    new_site(tmp_path / "site", SEED, published="2024-04-23")
    problems = check_content(load_content(tmp_path / "site" / "content"), strict=True)
    assert problems and all("draft" in p.message for p in problems)


def test_extract_into_existing_content_changes_no_file_and_second_run_changes_nothing(tmp_path):
    project = tmp_path / "project"
    shutil.copytree(FIXTURES / "minimal", project)
    content = project / "content"
    before = snapshot(content)
    article = tmp_path / "widgets.txt"
    article.write_text(
        "Acme Corp sold widgets to Ruritania, investigators said. Jane Doe, a spokesperson for "
        "Acme Corp, denied it. “We never sold a single widget,” she said.\n"
        "Sign up for our newsletter.\n",
        encoding="utf-8",
    )
    first = extract_into(article, content, published="2024-05-01")
    after = snapshot(content)
    assert {k: v for k, v in after.items() if k in before} == before  # nothing existing changed
    assert first.count("quotes") == 1 and first.count("actors") == 0  # Jane Doe, Acme linked
    assert any("acme" in line for line in first.linked)
    quote = yaml.safe_load(next((content / "quotes").glob("doe-*.yaml")).read_text())
    assert quote["speaker"] == "jane-doe" and quote["review"] == "draft"
    assert (project / "seeds" / "widgets.txt").exists()
    second = extract_into(article, content, published="2024-05-01")
    assert snapshot(content) == after
    assert sum(second.count(k) for k in ("sources", "actors", "claims", "quotes", "events")) == 0
    assert check_content(load_content(content)) == []


def test_a_broken_existing_record_is_reported_not_fatal(tmp_path):
    content = tmp_path / "drafts"
    (content / "actors").mkdir(parents=True)
    (content / "actors" / "bad.yaml").write_text("name: [unclosed\n", encoding="utf-8")
    article = tmp_path / "a.txt"
    article.write_text(
        "“We acted,” said Lea Brandt, a spokesperson for Korva Shipping.\n", encoding="utf-8"
    )
    report = extract_into(article, content)
    assert report.problems and "bad.yaml" in report.problems[0]
    assert (content / "texts" / "a.txt").exists()
    assert yaml.safe_load((content / "sources" / "a.yaml").read_text())["text"] == "texts/a.txt"


def test_new_site_refuses_a_folder_with_content(tmp_path):
    new_site(tmp_path / "site", SEED)
    with pytest.raises(SitegenError) as e:
        new_site(tmp_path / "site", SEED)
    assert "already has content" in e.value.message


def test_cli_reports_bad_input_without_a_traceback(tmp_path, capsys):
    empty = tmp_path / "empty.txt"
    empty.write_text("", encoding="utf-8")
    assert main(["extract", str(empty), "--into", str(tmp_path / "out")]) == 1
    assert f"{empty}:1:1: article is empty" in capsys.readouterr().err
    assert not (tmp_path / "out").exists()
    assert (
        main(["extract", str(SEED), "--into", str(tmp_path / "out"), "--published", "23/04/2024"])
        == 1
    )
    assert (
        "--published:1:1: '23/04/2024' is not a date; expected YYYY-MM-DD"
        in capsys.readouterr().err
    )


def test_output_is_deterministic(tmp_path):
    extract_into(SEED, tmp_path / "a", published="2024-04-23")
    extract_into(SEED, tmp_path / "b", published="2024-04-23")
    assert snapshot(tmp_path / "a") == snapshot(tmp_path / "b")


def test_stdin_article_with_publisher_title_and_url(tmp_path, monkeypatch):
    import io
    import sys

    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(SEED.read_bytes())))
    report = extract_into(
        "-",
        tmp_path / "out",
        title="Animators",
        url="https://example.org/a",
        publisher="The Daily Ledger",
    )
    source = yaml.safe_load((tmp_path / "out" / "sources" / "animators.yaml").read_text())
    assert source == {
        "title": "Animators",
        "kind": "article",
        "url": "https://example.org/a",
        "text": "texts/animators.txt",
        "publisher": "the-daily-ledger",
        "review": "draft",
    }
    assert "the-daily-ledger" in report.written["actors"]


def test_into_a_file_is_a_clear_error(tmp_path):
    target = tmp_path / "file.txt"
    target.write_text("x", encoding="utf-8")
    with pytest.raises(SitegenError) as e:
        extract_into(SEED, target)
    assert e.value.message == "--into must be a folder, and this is a file"


def test_curated_records_covering_the_same_passages_are_not_drafted_again(tmp_path):
    project = tmp_path / "project"
    shutil.copytree(FIXTURES / "minimal", project)
    article = tmp_path / "widgets.txt"
    article.write_text(
        "Jane Doe, a spokesperson for Acme Corp, denied it. "
        "“We never sold a single widget,” she said.\n",
        encoding="utf-8",
    )
    extract_into(article, project / "content")
    (project / "content" / "actors" / "acme.yaml").unlink()  # an editor removes the firm
    report = extract_into(article, project / "content", source_id="widgets-2")
    assert report.count("quotes") == 0  # the quote is already there
    assert report.written["actors"] == ["acme"]
    assert not any("add relation" in s for s in report.suggestions)  # jane-doe.yaml states it


def test_without_published_relative_dates_are_listed_as_left_out(tmp_path):
    article = tmp_path / "a.txt"
    article.write_text(
        "The regulator fined Korva Shipping on Monday. It was founded in 2019.\n", encoding="utf-8"
    )
    report = extract_into(article, tmp_path / "out")
    assert [x for x in report.left_out if x.startswith("relative date")] == [
        "relative date 'on Monday' (give --published to date it): "
        "'The regulator fined Korva Shipping on Monday.'"
    ]


def test_new_site_gets_a_readable_title_and_lead_source(tmp_path):
    new_site(tmp_path / "site", SEED)
    site = yaml.safe_load((tmp_path / "site" / "content" / "site.yaml").read_text())
    assert site == {
        "title": "North Korean Animators",
        "lead_source": "north-korean-animators",
        "base_url": "/",
    }
