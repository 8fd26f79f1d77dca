"""Hypothesis strategies for hostile JSON: any value, and valid documents changed a little."""

from __future__ import annotations

import copy
from collections.abc import Sequence
from typing import Any

from hypothesis import strategies as st

ACTIONS = ("similar", "similar", "similar", "swap", "replace", "delete", "insert", "copy")


def json_values(
    keys: Sequence[str], samples: Sequence[object], digits: Sequence[int] = (400, 5000)
) -> st.SearchStrategy[Any]:
    """Any JSON value, with the format's own ``keys`` and telling ``samples`` favoured.

    Huge numbers have about ``digits`` digits (more than 4300 cannot be written as JSON).
    """
    key = st.text(max_size=8) | st.sampled_from(sorted(keys))
    scalars = (
        st.none()
        | st.booleans()
        | st.integers()
        | st.floats()
        | st.text(max_size=20)
        | st.sampled_from(["", " ", "a\ud800", *samples])
        | st.builds(pow, st.sampled_from([10, -10]), st.sampled_from(digits))
    )
    return st.recursive(
        scalars,
        lambda children: (
            st.lists(children, max_size=4) | st.dictionaries(key, children, max_size=4)
        ),
        max_leaves=12,
    )


def places(doc: Any) -> list[tuple[Any, Any]]:
    """Every (container, key) pair in ``doc``."""
    found, stack = [], [doc]
    while stack:
        node = stack.pop()
        keys = range(len(node)) if isinstance(node, list) else list(node)
        for key in keys:
            found.append((node, key))
            if isinstance(node[key], list | dict):
                stack.append(node[key])
    return found[::-1]  # leaves first: Hypothesis favours the first entries


@st.composite
def mutated(
    draw: st.DrawFn,
    base: dict[str, Any],
    values: st.SearchStrategy[Any],
    similar: dict[type, st.SearchStrategy[Any]],
    keys: Sequence[str],
) -> dict[str, Any]:
    """``base`` changed in one to three places.

    Values like the ones they replace (``similar``), or taken from elsewhere in the
    document (a UUID, a date), often keep it valid, so valid documents get tried too.
    """
    doc = copy.deepcopy(base)
    for _ in range(draw(st.integers(1, 3))):
        spots = places(doc)
        if not spots:
            break
        container, key = draw(st.sampled_from(spots))
        action = draw(st.sampled_from(ACTIONS))
        if action == "delete":
            del container[key]
        elif action == "swap":
            other, other_key = draw(st.sampled_from(spots))
            container[key] = copy.deepcopy(other[other_key])
        elif action == "similar" and type(container[key]) in similar:
            container[key] = draw(similar[type(container[key])])
        elif action in ("similar", "replace"):
            container[key] = draw(values)
        elif isinstance(container, list):
            copied = copy.deepcopy(container[key])
            container.insert(key, copied if action == "copy" else draw(values))
        else:  # insert or copy into an object: a new (or overwritten) key
            key_strategy = st.text(max_size=8) | st.sampled_from(sorted(keys))
            container[draw(key_strategy)] = draw(values)
    return doc
