"""fork_map: the same results as a loop, in order; a child's problem comes back as itself."""

from __future__ import annotations

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
