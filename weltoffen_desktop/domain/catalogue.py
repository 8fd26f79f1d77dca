"""The question catalogue: fields, questions, answer scale and stages.

A catalogue is immutable once a round has been answered with it; the
workspace stores the exact document and every round points at the version
it used.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass
from typing import Any

from weltoffen_desktop.domain.texts import LocalText

CATALOGUE_FORMAT = "weltoffen-catalogue"
CATALOGUE_FORMAT_VERSION = 1


@dataclass(frozen=True)
class ScaleLabel:
    value: int
    label: LocalText


@dataclass(frozen=True)
class Scale:
    max: int
    labels: tuple[ScaleLabel, ...]
    skip: LocalText


@dataclass(frozen=True)
class Question:
    id: str
    field_id: str
    text: LocalText
    help: LocalText


@dataclass(frozen=True)
class Field:
    id: str
    name: LocalText
    description: LocalText
    questions: tuple[Question, ...]


@dataclass(frozen=True)
class Catalogue:
    key: str
    version: str
    title: LocalText
    scale: Scale
    stages: tuple[LocalText, ...]
    thresholds: tuple[float, ...]
    disagreement_threshold: float
    fields: tuple[Field, ...]

    @functools.cached_property
    def questions(self) -> tuple[Question, ...]:
        return tuple(q for f in self.fields for q in f.questions)

    @functools.cached_property
    def question_ids(self) -> frozenset[str]:
        return frozenset(q.id for q in self.questions)

    def stage_name(self, stage: int, language: str) -> str:
        return self.stages[stage - 1].get(language)

    @classmethod
    def from_dict(cls, doc: dict[str, Any]) -> Catalogue:
        """Build a catalogue from a document that has already been validated."""
        scale = doc["scale"]
        return cls(
            key=doc["id"],
            version=doc["version"],
            title=LocalText.from_dict(doc["title"]),
            scale=Scale(
                max=scale["max"],
                labels=tuple(
                    ScaleLabel(item["value"], LocalText.from_dict(item)) for item in scale["labels"]
                ),
                skip=LocalText.from_dict(scale["skip"]),
            ),
            stages=tuple(LocalText.from_dict(s) for s in doc["stages"]),
            thresholds=tuple(float(t) for t in doc["thresholds"]),
            disagreement_threshold=float(doc["disagreement_threshold"]),
            fields=tuple(
                Field(
                    id=f["id"],
                    name=LocalText.from_dict(f["name"]),
                    description=LocalText.from_dict(f["description"]),
                    questions=tuple(
                        Question(
                            id=q["id"],
                            field_id=f["id"],
                            text=LocalText.from_dict(q["text"]),
                            help=LocalText.from_dict(q["help"]),
                        )
                        for q in f["questions"]
                    ),
                )
                for f in doc["fields"]
            ),
        )
