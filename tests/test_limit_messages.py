"""A refusal for a too long (or too short) input names, in German, the limit that was checked."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

import pytest

from weltoffen_desktop.gui.messages import invalid_input_text
from weltoffen_desktop.operations import rounds, workspace
from weltoffen_desktop.operations.encrypted_copy import MIN_PASSPHRASE, check_new_passphrase
from weltoffen_desktop.operations.errors import InvalidInput
from weltoffen_desktop.signing import certificates, sign

LONG = rounds.MAX_COMMENT + workspace.MAX_NAME_LENGTH  # beyond every text limit here


def refusal(action: Callable[[], object]) -> InvalidInput:
    with pytest.raises(InvalidInput) as info:
        action()
    return info.value


def test_each_limit_in_the_message_is_the_one_the_operation_checked(tmp_path: Path) -> None:
    p12 = tmp_path / "ich.p12"
    cases = [
        (lambda: workspace.checked_name("x" * LONG), workspace.MAX_NAME_LENGTH),
        (lambda: rounds.checked_respondent_text("x" * LONG, "department"), rounds.MAX_TEXT),
        (lambda: rounds.checked_comment("x" * LONG), rounds.MAX_COMMENT),
        (lambda: check_new_passphrase("kurz"), MIN_PASSPHRASE),
        (
            lambda: certificates.create_certificate(p12, "x" * 20, "x" * LONG),
            certificates.MAX_NAME,
        ),
        (
            lambda: sign.sign_pdf(tmp_path / "a.pdf", None, role="x" * LONG),  # type: ignore[arg-type]
            sign.MAX_ROLE,
        ),
    ]
    for action, limit in cases:
        error = refusal(action)
        german = invalid_input_text(error)
        assert german != str(error) and "{" not in german, german
        assert re.sub(r"\D", "", german) == str(limit), german


def test_the_logo_limit_is_named_in_megabytes(tmp_path: Path) -> None:
    ws = workspace.create_workspace(tmp_path / "w.weltoffen", "Teststadt")
    try:
        too_large = b"\x89PNG\r\n\x1a\n" + bytes(workspace.MAX_LOGO_BYTES)
        german = invalid_input_text(refusal(lambda: workspace.set_logo(ws, too_large)))
    finally:
        ws.close()
    assert german == f"Das Logo darf höchstens {workspace.MAX_LOGO_BYTES // 2**20} MB groß sein."
