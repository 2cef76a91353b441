"""`check` on broken content: exact path:line:col: message for each kind of fault."""

from __future__ import annotations

from pathlib import Path

import pytest

from sitegen.check import Memo, check_content
from sitegen.cli import main
from sitegen.load import Reuse, load_content

QUOTE = "content/quotes/jane-doe-never-sold.yaml"
CITE = "citations:\n  - source: story\n    excerpt: Jane Doe, a spokesperson for Acme, said,\n"


def problems(root: Path, strict: bool = False) -> list[str]:
    return [str(p) for p in check_content(load_content(root), strict=strict)]


def test_check_accepts_the_minimal_fixture(make_content):
    assert problems(make_content()) == []


@pytest.mark.parametrize(
    ("files", "expected"),
    [
        ({"quotes/jane-doe-never-sold.yaml": "text: Hi\nspeaker: nobody\n"},
         [f"{QUOTE}:1:1: missing required field 'citations' in quote",
          f"{QUOTE}:2:10: unknown actor 'nobody' in 'speaker'"]),
        ({"quotes/jane-doe-never-sold.yaml": "text: We have never sold anything to Ruritania.\n"
          "speker: jane-doe\n" + CITE},
         [f"{QUOTE}:1:1: missing required field 'speaker' in quote",
          f"{QUOTE}:2:1: unknown field 'speker' in quote (did you mean 'speaker'?)"]),
        ({"quotes/jane-doe-never-sold.yaml": "text: We have never sold anything to Ruritania.\n"
          "speaker: jane-do\n" + CITE},
         [f"{QUOTE}:2:10: unknown actor 'jane-do' in 'speaker' (did you mean 'jane-doe'?)"]),
        ({"quotes/jane-doe-never-sold.yaml": "text: We sold it all.\nspeaker: jane-doe\n" + CITE},
         [f"{QUOTE}:1:7: quote text not found verbatim in the text of source 'story' (closest: "
          "\"\"We have never sold anything to Ruritania.\"\")"]),
        ({"claims/acme-denies.yaml": "text: x\nstatus: aleged\ncitations:\n  - source: story\n"
          "    excerpt: Acme Corp is accused\n"},
         ["content/claims/acme-denies.yaml:2:9: unknown status 'aleged' (expected one of: alleged, "
          "reported, confirmed, disputed, denied, unverified) (did you mean 'alleged'?)"]),
        ({"claims/acme-denies.yaml": "text: x\nstatus: denied\ncitations:\n  - source: story\n"
          "    excerpt: Acme Corp is accused of buying\n"},
         ["content/claims/acme-denies.yaml:5:14: excerpt not found verbatim in the text of source "
          "'story' (closest: \"Acme Corp is accused of selling widgets to Ruritania, according to a "
          "report by the Widget Watch.\")"]),
        ({"events/ruritania-sanctioned.yaml": "date: 2021-13\ntitle: t\nkind: other\n"
          "citations: []\n"},
         ["content/events/ruritania-sanctioned.yaml:1:7: 'date' is not a valid date: '2021-13' "
          "(expected YYYY, YYYY-MM or YYYY-MM-DD)"]),
        ({"events/ruritania-sanctioned.yaml": "date: 2021\ntitle: t\nkind: sanction\ncitations: []\n"},
         ["content/events/ruritania-sanctioned.yaml:3:7: a sanction event needs 'by' (the "
          "sanctioning authority)",
          "content/events/ruritania-sanctioned.yaml:3:7: a sanction event needs 'targets' (the "
          "sanctioned actors)"]),
        ({"actors/treasury.yaml": "name: Treasury\ntype: government\naliases: [Acme]\n"},
         ["content/actors/treasury.yaml:3:11: the name 'Acme' is also used by actor 'acme': a name "
          "must point to one actor"]),
        ({"actors/Bad_Name.yaml": "name: Bad\ntype: person\n"},
         ["content/actors/Bad_Name.yaml:1:1: file name 'Bad_Name' is not a valid id: use lowercase "
          "letters, digits and single hyphens, at most 80 characters"]),
        ({"actors/acme.yaml": "name: Acme Corp\ntype: company\nlinks:\n  - title: x\n"
          "    url: javascript:alert(1)\n"},
         ["content/actors/acme.yaml:5:10: 'url' must be an http(s) or mailto address, found "
          "'javascript:alert(1)'"]),
        ({"actors/acme.yaml": "name: Acme Corp\ntype: company\ncountry: usa\n"},
         ["content/actors/acme.yaml:3:10: 'country' value 'usa' is malformed (expected ISO 3166-1 "
          "alpha-2 code)"]),
        ({"actors/acme.yaml": "name: Acme Corp\ntype: company\naliases: Acme\n"},
         ["content/actors/acme.yaml:3:10: 'aliases' should be a list, found text"]),
        ({"actors/acme.yaml": "name: 1984\ntype: company\n"},
         ["content/actors/acme.yaml:1:7: 'name' should be text, found a number (put it in quotes)"]),
        ({"actors/acme.yaml": "name: Acme Corp\ntype: company\nid: acme\n"},
         ["content/actors/acme.yaml:3:1: unknown field 'id' in actor (the file name is the id)"]),
        ({"actors/acme.yaml": "name: Acme\nname: Acme Corp\ntype: company\n"},
         ["content/actors/acme.yaml:2:1: duplicate field 'name' (YAML keeps only the last one)"]),
        ({"actors/acme.yaml": "name: [Acme\ntype: company\n"},
         ["content/actors/acme.yaml:2:5: YAML syntax: did not find expected ',' or ']'"]),
        ({"actors/acme.yaml": "- name: Acme\n"},
         ["content/actors/acme.yaml:1:1: expected a mapping of fields for a actor, found a list"]),
        ({"actors/acme.yaml": b"name: Acme \xff\ntype: company\n"},
         ["content/actors/acme.yaml:1:12: record file is not valid UTF-8 (byte 0xff)"]),
        ({"actors/acme.yml": "name: Acme\ntype: company\n"},
         ["content/actors/acme.yml:1:1: record files end in .yaml, not .yml: rename it"]),
        ({"sources/story.yaml": "title: t\nkind: article\ntext: ../../etc/passwd\n"},
         ["content/sources/story.yaml:3:7: text path '../../etc/passwd' must be relative to the "
          "repository root and stay inside it"]),
        ({"sources/story.yaml": "title: t\nkind: article\ntext: /etc/passwd\n"},
         ["content/sources/story.yaml:3:7: text path '/etc/passwd' must be relative to the "
          "repository root and stay inside it"]),
        ({"site.yaml": "title: t\nlead_source: nowhere\n"},
         ["content/site.yaml:2:14: unknown source 'nowhere' in 'lead_source'"]),
        ({"site.yaml": None},
         ["content/site.yaml:1:1: site.yaml is missing (it names the site and its lead source)"]),
    ],
    ids=["quote-missing-citations-unknown-speaker", "unknown-field-did-you-mean",
         "unknown-actor-did-you-mean", "quote-not-verbatim", "bad-status", "excerpt-not-verbatim",
         "bad-date", "sanction-without-by-targets", "alias-shared", "bad-id", "javascript-url",
         "bad-country", "aliases-not-list", "number-for-text", "id-field", "duplicate-key",
         "yaml-syntax", "not-a-mapping", "not-utf8", "yml-suffix", "text-path-escape",
         "text-path-absolute", "unknown-lead-source", "missing-site"],
)
def test_check_reports(make_content, files, expected):
    assert problems(make_content(files)) == expected


def test_check_reports_every_problem_at_once(make_content):
    root = make_content({
        "actors/acme.yaml": "name: Acme Corp\ntype: compny\n",
        "claims/acme-denies.yaml": "text: x\nstatus: denied\nclaimant: acm\ncitations:\n"
                                   "  - source: story\n    excerpt: Acme Corp is accused\n",
    })
    assert problems(root) == [
        "content/actors/acme.yaml:2:7: unknown type 'compny' (expected one of: person, "
        "organization, company, government, media, group, country, work) (did you mean 'company'?)",
        "content/claims/acme-denies.yaml:3:11: unknown actor 'acm' in 'claimant' (did you mean "
        "'acme'?)",
    ]


def test_check_strict_refuses_drafts(make_content):
    root = make_content({"actors/treasury.yaml": "name: Treasury\ntype: government\nreview: draft\n"})
    assert problems(root) == []
    assert problems(root, strict=True) == [
        "content/actors/treasury.yaml:3:9: unreviewed draft (review: draft): check it against the "
        "source, then remove the review line"]


def test_check_refuses_symlink_out_of_content(make_content, tmp_path):
    outside = tmp_path / "outside.yaml"
    outside.write_text("name: Outsider\ntype: person\n")
    root = make_content()
    (root / "actors" / "outsider.yaml").symlink_to(outside)
    assert problems(root) == [
        "content/actors/outsider.yaml:1:1: symlink points outside the content folder; refused"]


def test_check_refuses_source_text_symlinked_out_of_repository(make_content, tmp_path):
    secret = tmp_path / "secret.txt"
    secret.write_text("Acme Corp is accused")
    root = make_content()
    (root.parent / "seeds" / "story.txt").unlink()
    (root.parent / "seeds" / "story.txt").symlink_to(secret)
    assert problems(root) == [
        "content/sources/story.yaml:4:7: text file 'seeds/story.txt' leads outside the repository "
        "(a symlink?); refused"]


def test_check_refuses_oversized_file(make_content):
    root = make_content({"actors/big.yaml": "name: Big\ntype: person\nsummary: " + "x" * 5_300_000})
    assert problems(root) == [
        "content/actors/big.yaml:1:1: record file is too large (5,300,032 bytes; the limit is "
        "5,242,880)"]


def test_check_folds_typography_only(make_content):
    # Straight quotes and a plain hyphen match the source's curly quotes; other changes do not.
    ok = make_content({"quotes/jane-doe-never-sold.yaml":
                       'text: "We have  never sold anything to Ruritania."\nspeaker: jane-doe\n' + CITE})
    assert problems(ok) == []


def test_cli_check_prints_summary_and_problems(make_content, capsys):
    root = make_content()
    assert main(["check", "--content", str(root)]) == 0
    assert capsys.readouterr().out == "content: ok (1 sources, 4 actors, 2 claims, 1 quotes, 1 events)\n"
    make_content({"actors/acme.yaml": "name: Acme Corp\ntype: compny\n"})
    assert main(["check", "--content", str(root)]) == 1
    err = capsys.readouterr().err
    assert err.startswith("content/actors/acme.yaml:2:7: unknown type 'compny'")
    assert err.endswith("1 problem found\n")


def test_cli_check_missing_folder(tmp_path, capsys):
    assert main(["check", "--content", str(tmp_path / "nope")]) == 1
    assert "content folder not found" in capsys.readouterr().err


def test_check_refuses_non_utf8_source_text(make_content):
    root = make_content()
    (root.parent / "seeds" / "story.txt").write_bytes(b"Acme Corp \xe9 accused\n")
    found = problems(root)
    assert found[0] == ("content/sources/story.yaml:4:7: seeds/story.txt: source text is not valid "
                        "UTF-8 (byte 0xe9)")


def test_check_finds_text_beside_a_one_folder_site(make_content):
    # A site kept in one folder (as `sitegen extract --into DIR` writes) finds its text there.
    root = make_content()
    (root / "texts").mkdir()
    (root.parent / "seeds" / "story.txt").rename(root / "texts" / "story.txt")
    source = root / "sources" / "story.yaml"
    source.write_text(source.read_text().replace("seeds/story.txt", "texts/story.txt"))
    assert problems(root) == []


def test_check_refuses_claims_answering_each_other(make_content):
    root = make_content({"claims/acme-sold-widgets.yaml":
                         "text: Acme Corp sold widgets to Ruritania.\nstatus: alleged\n"
                         "responds_to: acme-denies\ncitations:\n  - source: story\n"
                         "    excerpt: Acme Corp is accused of selling widgets\n"})
    assert problems(root) == [
        "content/claims/acme-denies.yaml:4:14: claims answer each other in a circle (acme-denies "
        "-> acme-sold-widgets -> acme-denies): one must be the original",
        "content/claims/acme-sold-widgets.yaml:3:14: claims answer each other in a circle "
        "(acme-sold-widgets -> acme-denies -> acme-sold-widgets): one must be the original",
    ]


ACTOR = "content/actors/treasury.yaml"


@pytest.mark.parametrize(
    ("yaml_text", "expected"),
    [
        ('aliases: [Tre, "Tr\\x7fe"]\n', [f"{ACTOR}:3:16: 'aliases' contains U+007F"]),
        ('identifiers: {wikidata: "Q\\ufdd0"}\n', [f"{ACTOR}:3:25: 'identifiers' contains U+FDD0"]),
        ('relations:\n  - to: acme\n    kind: part-of\n    citations:\n      - source: story\n'
         '        excerpt: "Acme\\x0b Corp"\n', [f"{ACTOR}:8:18: 'excerpt' contains U+000B"]),
        ('summary: "past the BMP \\U0010FFFF"\n', [f"{ACTOR}:3:10: 'summary' contains U+10FFFF"]),
        ('summary: "allowed \\U00020000 \\U0001F600 \\u00e9 \\t \\x0c"\n', []),
    ],
    ids=["alias", "identifier-value", "nested-excerpt", "astral-noncharacter", "allowed"],
)
def test_check_reports_code_points_html_forbids_wherever_they_hide(make_content, yaml_text,
                                                                   expected):
    root = make_content({"actors/treasury.yaml": "name: Treasury\ntype: government\n" + yaml_text})
    found = [p for p in problems(root) if "which HTML forbids" in p]
    assert [p.split(", which")[0] for p in found] == expected


def test_check_with_a_memo_finds_a_name_clash_an_edit_makes_and_unmakes(make_content):
    # serve keeps a Memo (each actor's folded names among it) from one check to the next
    memo = Memo()
    clash = "name: Treasury\ntype: government\naliases: [Acme, ACME]\n"
    fixed = "name: Treasury\ntype: government\naliases: [Treasury Dept]\n"
    seen = []
    for treasury in (fixed, clash, clash, fixed):
        content = load_content(make_content({"actors/treasury.yaml": treasury}))
        kept = [str(p) for p in check_content(content, memo=memo)]
        assert kept == [str(p) for p in check_content(content)]
        seen.append(kept)
    assert seen[0] == seen[3] == []
    assert seen[1] == seen[2] == [
        "content/actors/treasury.yaml:3:11: the name 'Acme' is also used by actor 'acme': a name "
        "must point to one actor",
        "content/actors/treasury.yaml:3:17: 'ACME' is listed twice for this actor"]


def test_check_with_a_memo_rechecks_what_an_added_or_deleted_record_changes(make_content):
    # serve keeps the Memo across records added and deleted: a record that referred to a
    # deleted id, or had a problem whose hint lists the ids, is checked again; others not
    memo, reuse = Memo(), Reuse()
    steps = [{}, {"actors/jane-doe.yaml": None},
             {"actors/jane-do.yaml": "name: Jane Do\ntype: person\n"},
             {"actors/jane-doe.yaml": "name: Jane Doe\ntype: person\n",
              "actors/jane-do.yaml": None}]
    seen, kept = [], []
    for files in steps:
        content = load_content(make_content(files), reuse=reuse)
        found = [str(p) for p in check_content(content, memo=memo)]
        assert found == [str(p) for p in check_content(content)]
        seen.append(found)
        kept.append(memo.found[id(content.claims["acme-sold-widgets"])])
    unknown = f"{QUOTE}:2:10: unknown actor 'jane-doe' in 'speaker'"
    assert seen[0] == seen[3] == []
    assert seen[1] == [unknown]
    assert seen[2] == [unknown + " (did you mean 'jane-do'?)"]
    assert kept[0] is kept[1] is kept[2] is kept[3]  # a claim naming none of them: kept
