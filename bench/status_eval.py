"""Claim status on every annotated set, measured in-process, per set.

    PYTHONPATH=. /work/venv/bin/python bench/status_eval.py            # the table
    PYTHONPATH=. /work/venv/bin/python bench/status_eval.py --errors   # every as-fact error

Runs the extractor's stages up to the claims (no files written), matches predicted to gold
claims with the scorer's own excerpt overlap (score.py, imported) and counts, per set:
hedged accuracy, allegations shown as fact, status accuracy, and "facts hedged" (gold
reported/confirmed predicted otherwise). `matched_claims` is also the training data of
bench/train_status.py.
"""

from __future__ import annotations

import argparse
import datetime
import importlib.util
import sys
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType

from sitegen.extract.actors import find_actors
from sitegen.extract.article import parse_article
from sitegen.extract.claims import claims_in_context
from sitegen.extract.pipeline import build_sentences
from sitegen.extract.quotes import find_quotes
from sitegen.extract.relations import find_relations
from sitegen.extract.status_model import Weights, features, revised

ROOT = Path(__file__).resolve().parent.parent
SCORER = Path("/work/shared/benchmarks/extract/score.py")
SETS = {
    "dev": Path("/work/shared/benchmarks/extract/dev"),
    "heldout": ROOT / "bench/extract-heldout",
    "blind": ROOT / "bench/extract-blind",
    "blind2": ROOT / "bench/extract-blind2",
    "blind3": ROOT / "bench/extract-blind3",
    "train4": ROOT / "bench/extract-train4",
    "blind4": ROOT / "bench/extract-blind4",
    "blind5": ROOT / "bench/extract-blind5",
    "blind6": ROOT / "bench/extract-blind6",
    "blind7": ROOT / "bench/extract-blind7",
    "blind8": ROOT / "bench/extract-blind8",
}
HEDGED = frozenset({"alleged", "denied", "disputed", "unverified"})
FACTUAL = frozenset({"reported", "confirmed"})


def scorer() -> ModuleType:
    spec = importlib.util.spec_from_file_location("score", SCORER)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@dataclass
class Matched:
    """One gold claim matched to a predicted one, with what the model sees of it."""

    article: str
    gold_id: str
    allowed: frozenset[str]     # the gold status and any status_ok alternatives
    rule: str                   # the status the rules give
    features: dict[str, float]
    excerpt: str


def matched_claims(set_dir: Path, score: ModuleType) -> list[Matched]:
    out: list[Matched] = []
    for gold_dir in sorted(p for p in set_dir.iterdir() if (p / "claims").is_dir()):
        gold, _ = score.load_records(str(gold_dir))
        expect = score.load_yaml(str(gold_dir / "expect.yaml"), {}) or {}
        optional = set(score.as_list((expect.get("optional") or {}).get("claims")))
        status_ok = expect.get("status_ok") or {}
        published = score.published_of(str(gold_dir), gold)
        pub = datetime.date.fromisoformat(published) if len(published) == 10 else None
        parsed = parse_article(score.article_text(str(gold_dir), gold))
        cast = find_actors(parsed)
        quotes, _ = find_quotes(parsed, cast)
        find_relations(parsed, cast)
        placed = claims_in_context(build_sentences(parsed, cast, quotes), pub)
        pairs = []
        for g, gc in gold["claims"].items():
            for i, (claim, _s, _c) in enumerate(placed):
                s = _claim_score(score, score.excerpts(gc), [claim.excerpt])
                if s > 0:
                    pairs.append((s, g, i))
        for g, i in score.greedy(pairs).items():
            if g in optional:
                continue
            gc = gold["claims"][g]
            claim, sentence, context = placed[i]
            allowed = frozenset(score.as_list(status_ok.get(g))) | {gc.get("status")}
            out.append(Matched(gold_dir.name, g, allowed, claim.status,
                               features(claim, sentence, context), claim.excerpt))
    return out


def _claim_score(score: ModuleType, gold: list[str], pred: list[str]) -> float:
    best = 0.0
    for ge in gold:
        gt = score.tokens(ge)
        for pe in pred:
            pt = score.tokens(pe)
            if not gt or not pt:
                continue
            o = score.overlap(gt, pt)
            cov, prec = o / len(gt), o / len(pt)
            if cov >= score.CLAIM_COVER and prec >= score.CLAIM_PRECISION:
                best = max(best, 2 * cov * prec / (cov + prec))
    return best


def figures(rows: list[Matched], statuses: list[str]) -> dict[str, float]:
    """Status accuracy; on hedged gold (no fact allowed): accuracy and shown as fact; on
    factual gold: shown hedged."""
    pairs = list(zip(rows, statuses, strict=True))
    hedged = [(r, s) for r, s in pairs if not r.allowed & FACTUAL]
    facts = [(r, s) for r, s in pairs if r.allowed & FACTUAL]
    return {
        "n": len(rows),
        "status": sum(s in r.allowed for r, s in pairs) / max(len(rows), 1),
        "hedged_n": len(hedged),
        "hedged": sum(s in r.allowed for r, s in hedged) / max(len(hedged), 1),
        "as_fact": sum(s in FACTUAL for _, s in hedged),
        "facts_hedged": sum(s not in FACTUAL for _, s in facts),
    }


def available_sets() -> dict[str, Path]:
    return {name: path for name, path in SETS.items() if path.is_dir()}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--errors", action="store_true", help="list allegations shown as fact")
    parser.add_argument("--rules-only", action="store_true", help="without the status model")
    args = parser.parse_args(argv)
    score = scorer()
    weights = Weights.shipped()
    print("| set | claims | status | hedged (n) | as fact | facts hedged |")
    print("|---|---|---|---|---|---|")
    total: list[tuple[Matched, str]] = []
    for name, path in available_sets().items():
        rows = matched_claims(path, score)
        statuses = [r.rule if args.rules_only else revised(r.rule, r.features, weights)
                    for r in rows]
        total += list(zip(rows, statuses, strict=True))
        f = figures(rows, statuses)
        print(f"| {name} | {f['n']} | {f['status']:.3f} | {f['hedged']:.2f} ({f['hedged_n']}) "
              f"| {f['as_fact']} | {f['facts_hedged']} |")
        if args.errors:
            for r, s in zip(rows, statuses, strict=True):
                if (s in FACTUAL) != bool(r.allowed & FACTUAL):
                    print(f"    {r.article}/{r.gold_id}: gold {sorted(r.allowed)} got {s}"
                          f" (rule {r.rule}) {r.excerpt[:110]!r}")
    f = figures([r for r, _ in total], [s for _, s in total])
    print(f"| all | {f['n']} | {f['status']:.3f} | {f['hedged']:.2f} ({f['hedged_n']}) "
          f"| {f['as_fact']} | {f['facts_hedged']} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
