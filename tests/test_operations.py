"""Operations on the municipality profile and the demo workspace's content."""

from __future__ import annotations

import struct
import zlib

import pytest

from weltoffen_desktop.operations.errors import InvalidInput
from weltoffen_desktop.operations.summary import summarize
from weltoffen_desktop.operations.workspace import set_logo, set_municipality_name
from weltoffen_desktop.storage.database import Workspace


def tiny_png() -> bytes:
    def chunk(kind: bytes, data: bytes) -> bytes:
        return (
            struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))
        )

    header = struct.pack(">IIBBBBB", 1, 1, 8, 2, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(b"\x00\xff\x00\x00"))
        + chunk(b"IEND", b"")
    )


def test_rename_trims_and_any_script_survives(demo_workspace: Workspace) -> None:
    set_municipality_name(demo_workspace, "  Gemeinde Łódź-Đakovo Ştefăneşti Київ  ")
    assert summarize(demo_workspace).municipality == "Gemeinde Łódź-Đakovo Ştefăneşti Київ"


@pytest.mark.parametrize(("name", "code"), [("   ", "name_empty"), ("x" * 201, "name_too_long")])
def test_bad_names_are_refused_and_change_nothing(
    demo_workspace: Workspace, name: str, code: str
) -> None:
    with pytest.raises(InvalidInput) as info:
        set_municipality_name(demo_workspace, name)
    assert info.value.code == code
    assert summarize(demo_workspace).municipality == "Musterstadt"


def test_logo_is_stored_and_removed(demo_workspace: Workspace) -> None:
    set_logo(demo_workspace, tiny_png())
    assert summarize(demo_workspace).logo == tiny_png()
    set_logo(demo_workspace, None)
    assert summarize(demo_workspace).logo is None


@pytest.mark.parametrize(
    ("data", "code"),
    [(b"GIF89a....", "logo_format"), (b"\x89PNG\r\n\x1a\n" + b"0" * 3_000_000, "logo_size")],
)
def test_bad_logos_are_refused(demo_workspace: Workspace, data: bytes, code: str) -> None:
    with pytest.raises(InvalidInput) as info:
        set_logo(demo_workspace, data)
    assert info.value.code == code
    assert summarize(demo_workspace).logo is None


def test_demo_has_rounds_from_several_departments_and_a_full_workshop(
    demo_workspace: Workspace,
) -> None:
    from sqlalchemy import func, select

    from weltoffen_desktop.storage.models import Answer, Participant, Respondent

    summary = summarize(demo_workspace)
    assert [r.name for r in summary.rounds] == ["Selbstcheck 2024", "Selbstcheck 2026"]
    assert all(r.respondents >= 10 and r.answers == r.respondents * 108 for r in summary.rounds)
    (workshop,) = summary.workshops
    assert workshop.participants >= 10 and workshop.cards >= 15 and workshop.measures >= 5
    with demo_workspace.read() as session:
        departments = session.scalars(select(func.count(func.distinct(Respondent.department))))
        assert departments.one() >= 8
        skipped = session.scalars(select(func.count()).where(Answer.value.is_(None))).one()
        assert 0 < skipped < 0.2 * sum(r.answers for r in summary.rounds)
        names = set(session.scalars(select(Participant.name)))
    assert {"Ayşe Şahin", "Nguyễn Thị Lan", "Đorđe Petrović", "Ольга Смирнова"} <= names
