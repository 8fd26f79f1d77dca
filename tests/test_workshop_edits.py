"""Undo and redo of workshop edits through the context views use."""

from __future__ import annotations

from pathlib import Path

import pytest

from weltoffen_desktop.domain.workshop import CardKind
from weltoffen_desktop.gui.workshop.edits import WorkshopContext
from weltoffen_desktop.gui.workspace_session import WorkspaceSession
from weltoffen_desktop.operations import workshop as ops
from weltoffen_desktop.storage.database import Workspace

pytestmark = pytest.mark.gui


@pytest.fixture
def context(qtbot, tmp_path: Path) -> WorkshopContext:
    session = WorkspaceSession()
    assert session.create(tmp_path / "w.weltoffen", "Teststadt")
    workshop = ops.create_workshop(session.workspace, "Tag")
    context = WorkshopContext(session)
    context.choose(workshop)
    yield context
    session.close()


def on_disk(context: WorkshopContext) -> ops.WorkshopData:
    path = context.session.workspace.path
    other = Workspace.open_for_reading(path)
    try:
        return ops.load_workshop(other, context.workshop)
    finally:
        other.close()


def test_every_edit_undoes_and_redoes_on_disk(context: WorkshopContext) -> None:
    ws = context.workshop
    ana = context.add("Teilnehmerin", "participant", ws, name="Şükrü")
    card = context.add("Karte", "card", ws, kind=CardKind.IDEA, text="Lotsen")
    assert context.update("Text", "card", card, text="Lotsenstelle")
    assert context.remove("Weg", "participant", ana)
    assert on_disk(context).participants == ()
    assert on_disk(context).cards[0].text == "Lotsenstelle"

    context.stack.undo()  # participant back, same UUID
    assert [p.uid for p in on_disk(context).participants] == [ana]
    context.stack.undo()
    assert on_disk(context).cards[0].text == "Lotsen"
    context.stack.undo()
    context.stack.undo()
    assert on_disk(context).participants == on_disk(context).cards == ()
    for _ in range(4):
        context.stack.redo()
    data = on_disk(context)
    assert data.participants == ()
    assert [(c.uid, c.text) for c in data.cards] == [(card, "Lotsenstelle")]
    assert context.data() == data


def test_a_refused_edit_is_a_message_and_not_on_the_stack(context: WorkshopContext, qtbot) -> None:
    with qtbot.waitSignal(context.session.failed) as message:
        assert context.add("Leer", "participant", context.workshop, name="  ") is None
    assert "Name" in message.args[0] or "name" in message.args[0]
    assert context.stack.count() == 0


def test_changed_is_emitted_after_each_edit_and_undo(context: WorkshopContext, qtbot) -> None:
    with qtbot.waitSignal(context.changed):
        context.add("Punkt", "agenda_item", context.workshop, title="Begrüßung")
    with qtbot.waitSignal(context.changed):
        context.stack.undo()
    assert context.data().agenda == ()
