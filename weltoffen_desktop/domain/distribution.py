"""How often each scale value (and "weiß nicht") was chosen, per field."""

from __future__ import annotations

from collections.abc import Iterable

from weltoffen_desktop.domain.catalogue import Catalogue
from weltoffen_desktop.domain.scoring import Rating

Distribution = dict[str, dict[int | None, int]]


def answer_distribution(catalogue: Catalogue, ratings: Iterable[Rating]) -> Distribution:
    """Per field id (catalogue order): count per value 0..scale max, and None for skipped.

    Every field and every value is present, with 0 where nothing was chosen. Raises
    ValueError for a question outside the catalogue or a value outside the scale.
    """
    values: list[int | None] = [*range(catalogue.scale.max + 1), None]
    counts: Distribution = {field.id: dict.fromkeys(values, 0) for field in catalogue.fields}
    field_of = {question.id: question.field_id for question in catalogue.questions}
    for rating in ratings:
        field_id = field_of.get(rating.question_id)
        if field_id is None:
            raise ValueError(f"question {rating.question_id!r} is not in the catalogue")
        field_counts = counts[field_id]
        if rating.value not in field_counts:
            raise ValueError(f"value {rating.value} is outside 0..{catalogue.scale.max}")
        field_counts[rating.value] += 1
    return counts
