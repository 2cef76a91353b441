"""fork_map: the same results as a loop, in order; a child's problem comes back as itself."""

from __future__ import annotations

import os
import time
from pathlib import Path

import pytest

from sitegen import parallel
from sitegen.errors import SitegenError
from sitegen.parallel import fork_map


def square(n: int) -> int:
    return n * n


def fail_on_seven(n: int) -> int:
    if n == 7:
        raise SitegenError(Path("x.yaml"), 3, 4, "seven is not allowed")
    return n


def test_fork_map_keeps_order_across_processes(monkeypatch):
    monkeypatch.setattr(parallel, "MIN_ITEMS", 2)
    assert fork_map(square, list(range(101)), workers=2) == [n * n for n in range(101)]


def test_fork_map_raises_a_childs_problem_unchanged(monkeypatch):
    monkeypatch.setattr(parallel, "MIN_ITEMS", 2)
    with pytest.raises(SitegenError) as e:
        fork_map(fail_on_seven, list(range(20)), workers=2)  # 7 is in the child's share
    assert str(e.value) == "x.yaml:3:4: seven is not allowed"


class Numbering:
    """Numbers the words it meets in its own table, as the Renderer numbers reads."""

    def __init__(self) -> None:
        self.table: dict[str, int] = {}
        self.forked_at = 0

    def __call__(self, word: str) -> int:
        return self.table.setdefault(word, len(self.table))

    def handed_back(self) -> list[str]:
        return list(self.table)[self.forked_at:]

    def take_back(self, handed: list[str], results: list[int]) -> None:
        numbers = [self.table.setdefault(word, len(self.table)) for word in handed]
        results[:] = [numbers[n - self.forked_at] for n in results]


def test_a_sharded_function_merges_what_each_child_hands_back(monkeypatch):
    monkeypatch.setattr(parallel, "MIN_ITEMS", 2)
    words = [f"w{n % 37}" for n in range(300)]
    numbering = Numbering()
    numbers = fork_map(numbering, words, workers=2)
    assert len(numbering.table) == 37  # each word numbered once, whoever met it first
    assert [next(w for w, n in numbering.table.items() if n == k) for k in numbers] == words


def test_fork_map_works_meanwhile_and_stops_the_children_if_that_fails(monkeypatch, tmp_path):
    monkeypatch.setattr(parallel, "MIN_ITEMS", 2)
    done: list[str] = []
    assert fork_map(square, list(range(50)), workers=2, meanwhile=lambda: done.append("x"),
                    head_start=10) == [n * n for n in range(50)]
    assert done == ["x"]

    def refuse() -> None:
        raise SitegenError(Path("y.yaml"), 1, 2, "checked: no")

    with pytest.raises(SitegenError, match="checked: no"):
        fork_map(slow_touch(tmp_path), list(range(50)), workers=2, meanwhile=refuse)
    written = len(list(tmp_path.iterdir()))
    time.sleep(0.3)
    assert len(list(tmp_path.iterdir())) == written < 25  # the child was stopped


def slow_touch(folder: Path):
    def touch(n: int) -> int:
        time.sleep(0.05)
        (folder / str(n)).touch()
        return n
    return touch


def test_a_head_start_gives_the_parent_fewer_items():
    shares = parallel._shares(100, 2, head_start=10)
    assert sorted(shares[0] + shares[1]) == list(range(100))
    assert (len(shares[0]), len(shares[1])) == (45, 55)
    assert parallel._shares(10, 2, head_start=100)[0] == []


def test_fork_map_finishes_each_result_here_in_order(monkeypatch):
    monkeypatch.setattr(parallel, "MIN_ITEMS", 2)
    parent = os.getpid()
    results = fork_map(square, list(range(60)), workers=2,
                       finish=lambda n, sq: (n, sq, os.getpid()), finish_cost=0.5)
    assert [(n, sq) for n, sq, _ in results] == [(n, n * n) for n in range(60)]
    assert {pid for _, _, pid in results} == {parent}  # finished in the parent
    shares = parallel._shares(60, 2, head_start=0, finish_cost=0.5)
    assert (len(shares[0]), len(shares[1])) == (24, 36)  # 24 * 1.5 == 36
