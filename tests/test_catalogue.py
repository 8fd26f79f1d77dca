"""The shipped catalogue: our own questions in seven fields, German and English."""

from __future__ import annotations

from collections import Counter

from weltoffen_desktop.domain.catalogue import Catalogue
from weltoffen_desktop.operations.catalogue import default_catalogue_document

FIELD_NAMES = {
    "MS": "Management und Steuerung",
    "IO": "Interkulturelle Öffnung und Antirassismus",
    "ZT": "Fairer Zugang und Teilhabechancen",
    "AW": "Arbeit und wirtschaftliche Entwicklung",
    "EB": "Engagement und Beteiligung",
    "ZB": "Zusammenhalt und Begegnung",
    "KK": "Kommunikation und Konfliktmanagement",
}


def test_default_catalogue_has_the_seven_fields_in_order() -> None:
    catalogue = Catalogue.from_dict(default_catalogue_document())
    assert {f.id: f.name.de for f in catalogue.fields} == FIELD_NAMES
    assert [f.id for f in catalogue.fields] == list(FIELD_NAMES)


def test_fair_access_is_the_largest_field_and_there_are_about_100_questions() -> None:
    catalogue = Catalogue.from_dict(default_catalogue_document())
    sizes = {f.id: len(f.questions) for f in catalogue.fields}
    assert max(sizes, key=sizes.__getitem__) == "ZT"
    assert 95 <= sum(sizes.values()) <= 115


def test_question_ids_are_unique_and_carry_their_field() -> None:
    catalogue = Catalogue.from_dict(default_catalogue_document())
    ids = Counter(q.id for q in catalogue.questions)
    assert ids.most_common(1)[0][1] == 1
    for question in catalogue.questions:
        assert question.id.startswith(f"{question.field_id}-")


def test_every_text_exists_in_german_and_english() -> None:
    catalogue = Catalogue.from_dict(default_catalogue_document())
    for question in catalogue.questions:
        for text in (question.text, question.help):
            assert text.de.strip() and text.en.strip(), question.id
            assert text.get("en") == text.en and text.get("de") == text.de


def test_scale_stages_and_thresholds() -> None:
    catalogue = Catalogue.from_dict(default_catalogue_document())
    assert [label.value for label in catalogue.scale.labels] == [0, 1, 2, 3]
    assert catalogue.scale.max == 3
    assert catalogue.thresholds == (25, 50, 75)
    assert len(catalogue.stages) == 4
    assert catalogue.stages[0].de.startswith("Die Kommune hat sich auf den Weg")
    assert catalogue.stages[3].de.endswith("weltoffen aufgestellt")
