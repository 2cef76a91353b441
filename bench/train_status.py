"""Train the status model and validate it leave-one-set-out (plain Python, no dependency).

    PYTHONPATH=. /work/venv/bin/python bench/train_status.py             # LOSO table only
    PYTHONPATH=. /work/venv/bin/python bench/train_status.py --write     # + ship weights

For each annotated set: train on every other set, pick the threshold on those sets, and
measure the left-out set (hedged accuracy, allegations shown as fact, status accuracy,
facts hedged), beside the rules alone. --write then trains on all sets and writes
sitegen/extract/status_weights.json. Only claims the rules read as reported, alleged or
confirmed (and not an outcome of record) are weighed; the label is "the gold status is
not a fact".
"""

from __future__ import annotations

import argparse
import json
import math
import os
import sys

from status_eval import FACTUAL, Matched, available_sets, figures, matched_claims, scorer

from sitegen.extract.status_model import WEIGHED, WEIGHTS_FILE, Weights, revised

# ridge penalty: few, correlated yes/no features
L2 = float(os.environ.get("STATUS_L2", "1.0"))
# an allegation shown as fact costs this many facts shown hedged
AS_FACT_COST = float(os.environ.get("STATUS_COST", "1.25"))
DROP = frozenset(os.environ.get("STATUS_DROP", "").split(","))  # features left out (ablation)
LOWER = os.environ.get("STATUS_LOWER", "0") == "1"      # may the model lower an allegation
SEARCH = os.environ.get("STATUS_SEARCH", "") == "1"    # thresholds by grid search, not by cost
ANSWERS = os.environ.get("STATUS_ANSWERS", "") == "1"  # may it turn an account to a denial


def weighed(row: Matched) -> bool:
    return row.rule in WEIGHED and not row.features.get("certain")


def label(row: Matched) -> int:
    return int(not row.allowed & FACTUAL)


def fit(rows: list[Matched]) -> tuple[float, dict[str, float]]:
    """Ridge logistic regression by Newton's method (deterministic, exact)."""
    names = sorted({k for r in rows for k in r.features if k != "certain" and k not in DROP})
    cols = ["(bias)", *names]
    xs = [[1.0, *(r.features.get(n, 0.0) for n in names)] for r in rows]
    ys = [label(r) for r in rows]
    w = [0.0] * len(cols)
    for _ in range(25):
        grad = [L2 * w[j] * (j > 0) for j in range(len(cols))]
        hess = [[L2 * (i == j and i > 0) for j in range(len(cols))] for i in range(len(cols))]
        for x, y in zip(xs, ys, strict=True):
            z = sum(a * b for a, b in zip(w, x, strict=True))
            p = 1.0 / (1.0 + math.exp(-max(min(z, 30.0), -30.0)))
            for i, xi in enumerate(x):
                if not xi:
                    continue
                grad[i] += (p - y) * xi
                for j, xj in enumerate(x):
                    if xj:
                        hess[i][j] += p * (1 - p) * xi * xj
        step = _solve(hess, grad)
        w = [a - b for a, b in zip(w, step, strict=True)]
        if max(abs(s) for s in step) < 1e-6:
            break
    return w[0], {n: round(v, 4) for n, v in zip(names, w[1:], strict=True) if abs(v) >= 1e-4}


def _solve(a: list[list[float]], b: list[float]) -> list[float]:
    """Gaussian elimination with partial pivoting (the Hessian is positive definite)."""
    n = len(b)
    m = [row[:] + [b[i]] for i, row in enumerate(a)]
    for c in range(n):
        pivot = max(range(c, n), key=lambda r: abs(m[r][c]))
        m[c], m[pivot] = m[pivot], m[c]
        if abs(m[c][c]) < 1e-12:
            continue
        for r in range(n):
            if r != c and m[r][c]:
                f = m[r][c] / m[c][c]
                m[r] = [x - f * y for x, y in zip(m[r], m[c], strict=True)]
    return [m[i][n] / m[i][i] if abs(m[i][i]) >= 1e-12 else 0.0 for i in range(n)]


def thresholds(rows: list[Matched], model: Weights) -> tuple[float, float]:
    """The (raise, lower) thresholds with the least cost on these rows: an allegation shown
    as fact costs AS_FACT_COST, any other wrong status 1; ties go to the rules."""
    grid = [i / 40 for i in range(0, 41)]
    lows = grid if LOWER else [0.0]
    best = (math.inf, 1.0, 0.0)
    for up in grid:
        for low in lows:
            if low > up:
                break
            cost = 0.0
            for r in rows:
                s = r.rule
                if weighed(r):
                    s = revised(s, r.features, Weights(model.bias, model.weights, up, low, ANSWERS))
                if s not in r.allowed:
                    cost += AS_FACT_COST if s in FACTUAL and label(r) else 1.0
            # fewer changes from the rules break ties: (1 - up) + low measures the reach
            best = min(best, (cost + 1e-3 * ((1 - up) + low), up, low))
    return best[1], best[2]


def train(rows: list[Matched]) -> Weights:
    bias, weights = fit([r for r in rows if weighed(r)])
    if not SEARCH:
        # the decision that costs least in expectation: an allegation at p >= 1 / (1 + cost),
        # the same point both ways (raising a fact costs 1, lowering an allegation `cost`)
        t = round(1 / (1 + AS_FACT_COST), 4)
        return Weights(bias, weights, t, t if LOWER else 0.0, ANSWERS)
    up, low = thresholds(rows, Weights(bias, weights, 0.5))
    return Weights(bias, weights, up, low, ANSWERS)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--write", action="store_true", help="write the shipped weights")
    args = parser.parse_args(argv)
    score = scorer()
    by_set = {name: matched_claims(path, score) for name, path in available_sets().items()}
    print("| left out | claims | status rules -> model | hedged rules -> model | "
          "as fact rules -> model | facts hedged rules -> model |")
    print("|---|---|---|---|---|---|")
    totals: dict[str, list] = {"rows": [], "rules": [], "model": []}
    for name, rows in by_set.items():
        model = train([r for other, rs in by_set.items() if other != name for r in rs])
        before = [r.rule for r in rows]
        after = [revised(r.rule, r.features, model) for r in rows]
        totals["rows"] += rows
        totals["rules"] += before
        totals["model"] += after
        _line(name, rows, before, after)
    _line("all", totals["rows"], totals["rules"], totals["model"])
    if args.write:
        model = train([r for rs in by_set.values() for r in rs])
        WEIGHTS_FILE.write_text(json.dumps(
            {"about": "sitegen/extract/status_model.py; trained by bench/train_status.py",
             "bias": round(model.bias, 4), "threshold": model.threshold, "lower": model.lower,
             "weights": dict(sorted(model.weights.items(), key=lambda kv: -abs(kv[1])))},
            indent=1) + "\n", encoding="utf-8")
        print(f"wrote {WEIGHTS_FILE} (threshold {model.threshold})")
    return 0


def _line(name: str, rows: list[Matched], before: list[str], after: list[str]) -> None:
    b, a = figures(rows, before), figures(rows, after)
    print(f"| {name} | {a['n']} | {b['status']:.3f} -> {a['status']:.3f} | "
          f"{b['hedged']:.2f} -> {a['hedged']:.2f} | {b['as_fact']} -> {a['as_fact']} | "
          f"{b['facts_hedged']} -> {a['facts_hedged']} |")


if __name__ == "__main__":
    sys.exit(main())
