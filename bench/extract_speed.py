"""Time `sitegen extract` on the seed and on a 10,000-word article; print the figures.

    PYTHONPATH=. python bench/extract_speed.py

Targets (issue #6): the seed under 1 s, 10,000 words under 10 s. The long article is
the body of every annotated article at hand (the seed, the shared dev set, bench/extract-*),
each once until 10,000 words, so that it names many different actors, as a long
investigation does; it is timed twice: one paragraph per line, and pasted as one line.
"""

from __future__ import annotations

import statistics
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from sitegen.extract import extract_into  # noqa: E402
from sitegen.extract.article import parse_article  # noqa: E402

SEED = REPO / "seeds" / "north-korean-animators.txt"


def long_article(words: int) -> str:
    shared = REPO.parent / "shared" / "benchmarks" / "extract" / "dev"
    sources = [SEED, *sorted(shared.glob("*/article.txt")),
               *sorted((REPO / "bench").glob("extract-*/*/article.txt"))]
    lines: list[str] = []
    count = 0
    while count < words:
        for path in sources:
            article = parse_article(path.read_text(encoding="utf-8"))
            for paragraph in article.body():
                lines.append(paragraph.text)
                count += len(paragraph.text.split())
            if count >= words:
                break
    return "\n".join(lines) + "\n"


def timed(article: Path, runs: int) -> list[float]:
    out = []
    for _ in range(runs):
        with tempfile.TemporaryDirectory() as tmp:
            start = time.perf_counter()
            extract_into(article, Path(tmp) / "content", published="2024-04-23")
            out.append(time.perf_counter() - start)
    return out


def main() -> None:
    seed_times = timed(SEED, 5)
    print(
        f"seed ({len(SEED.read_text().split())} words): "
        f"median {statistics.median(seed_times):.3f} s, "
        f"max {max(seed_times):.3f} s over {len(seed_times)} runs (target < 1 s)"
    )
    text = long_article(10_000)
    for label, body in (("long article", text), ("same, pasted as one line", text.replace("\n", " "))):
        with tempfile.TemporaryDirectory() as tmp:
            big = Path(tmp) / "long-article.txt"
            big.write_text(body + "\n", encoding="utf-8")
            times = timed(big, 3)
        print(
            f"{label} ({len(body.split())} words): median {statistics.median(times):.2f} s, "
            f"max {max(times):.2f} s over {len(times)} runs (target < 10 s)"
        )


if __name__ == "__main__":
    main()
