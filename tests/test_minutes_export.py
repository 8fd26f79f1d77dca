"""Exporting minutes: atomic writes, the record of each version, and `weltoffen minutes`."""

from __future__ import annotations

import dataclasses
import hashlib
import json
from pathlib import Path

import pytest

from tests.minutes_support import pdf_text, tool
from tests.signing_support import PASSPHRASE
from tests.test_cli import weltoffen
from weltoffen_desktop.cli.main import main
from weltoffen_desktop.minutes.build import build_minutes
from weltoffen_desktop.minutes.export import free_path, suggested_name, write_minutes
from weltoffen_desktop.operations.errors import InvalidInput
from weltoffen_desktop.operations.minutes import exports_of, minutes_source
from weltoffen_desktop.operations.workshop import workshops
from weltoffen_desktop.storage.database import Workspace


@pytest.fixture
def workshop_uid(demo_workspace: Workspace) -> str:
    return workshops(demo_workspace)[0].uid


@pytest.fixture(scope="module")
def demo_pdf(demo_template: Path) -> bytes:
    ws = Workspace.open(demo_template)
    try:
        return build_minutes(minutes_source(ws, workshops(ws)[0].uid), "results")
    finally:
        ws.close()


def test_each_export_is_recorded_with_its_hash(
    demo_workspace: Workspace, workshop_uid: str, demo_pdf: bytes, tmp_path: Path
) -> None:
    source = minutes_source(demo_workspace, workshop_uid)
    name = suggested_name(source, "results")
    assert name == "2026-03-14 Ergebnisprotokoll Workshop Weltoffene Kommune 2026.pdf"
    first = write_minutes(demo_workspace, workshop_uid, demo_pdf, tmp_path / name, "results")
    second_path = free_path(tmp_path, name)
    assert second_path.name == name.replace(".pdf", " (2).pdf")
    second = write_minutes(demo_workspace, workshop_uid, demo_pdf, second_path, "course")
    assert (tmp_path / name).read_bytes() == demo_pdf
    assert first.sha256 == hashlib.sha256(demo_pdf).hexdigest()
    assert exports_of(demo_workspace, workshop_uid) == [second, first]  # the newest first
    assert first.path == str(tmp_path / name) and second.kind == "course"
    assert sorted(p.name for p in tmp_path.glob("*.pdf")) == sorted([name, second_path.name])
    assert not list(tmp_path.glob(".*.tmp"))


def test_a_suggested_name_is_safe_on_every_file_system(
    demo_workspace: Workspace, workshop_uid: str
) -> None:
    source = minutes_source(demo_workspace, workshop_uid)
    odd = dataclasses.replace(source.workshop, title='A/B: "C" <D>? *E*|F\\G\tH' + "x" * 300)
    name = suggested_name(dataclasses.replace(source, workshop=odd), "course", "en")
    assert name.startswith("2026-03-14 Minutes of proceedings A B C D E F G H")
    assert name.endswith("x.pdf") and len(name) <= 124
    assert not set('/\\:*?"<>|\t') & set(name)


def test_a_read_only_or_vanished_folder_is_refused_and_nothing_is_left(
    demo_workspace: Workspace, workshop_uid: str, demo_pdf: bytes, tmp_path: Path, read_only
) -> None:
    folder = tmp_path / "Freigabe"
    folder.mkdir()
    existing = folder / "Protokoll.pdf"
    existing.write_bytes(b"%PDF-1.4 the earlier version")
    read_only(folder)
    with pytest.raises(InvalidInput, match="no permission") as refused:
        write_minutes(demo_workspace, workshop_uid, demo_pdf, existing, "results")
    assert refused.value.code == "not_writable"
    assert [p.name for p in folder.iterdir()] == ["Protokoll.pdf"]
    assert existing.read_bytes() == b"%PDF-1.4 the earlier version"
    with pytest.raises(InvalidInput, match="does not exist") as missing:
        write_minutes(demo_workspace, workshop_uid, demo_pdf, tmp_path / "weg" / "P.pdf", "results")
    assert missing.value.code == "folder_missing"
    assert exports_of(demo_workspace, workshop_uid) == []


def passphrase_file(folder: Path) -> Path:
    path = folder / "passphrase.txt"
    path.write_text(PASSPHRASE + "\n", encoding="utf-8")
    return path


@pytest.mark.e2e
def test_the_command_writes_signed_minutes(demo_path: Path, tmp_path: Path) -> None:
    secret = passphrase_file(tmp_path)
    p12 = tmp_path / "vorsitz.p12"
    created = weltoffen(
        "cert", "create", "--name", "Dr. Katrin Vogel", "--out", p12, "--passphrase-file", secret
    )
    assert created.returncode == 0, created.stderr
    listed = weltoffen("workshop", "list", demo_path, "--json")
    uid = json.loads(listed.stdout)[0]["uid"]
    out = tmp_path / "Protokoll.pdf"
    result = weltoffen(
        "minutes",
        demo_path,
        "--workshop",
        uid,
        "--kind",
        "course",
        "--out",
        out,
        "--sign",
        p12,
        "--passphrase-file",
        secret,
    )
    assert result.returncode == 0, result.stderr
    assert "signed by Dr. Katrin Vogel" in result.stdout
    signatures = tool("pdfsig", out).stdout
    assert "Signature Field Name: chair" in signatures
    assert "Signature Validation: Signature is Valid." in signatures
    assert "Total document signed" in signatures
    assert "Field Name: minute_taker" in signatures  # still empty, for the co-signer
    assert tool("qpdf", "--check", out).returncode == 0
    assert "Verlaufsprotokoll" in pdf_text(out)
    digest = hashlib.sha256(out.read_bytes()).hexdigest()
    assert f"SHA-256 {digest}" in result.stdout  # the record holds the signed file's hash


def test_command_errors_are_one_line(
    demo_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    cases = [
        (["--workshop", "Gibt es nicht", "--out", tmp_path / "a.pdf"], "no workshop"),
        (["--workshop", "Workshop Weltoffene Kommune 2026", "--out", tmp_path / "a.txt"], ".pdf"),
        (
            ["--workshop", "Workshop Weltoffene Kommune 2026", "--out", tmp_path / "x" / "a.pdf"],
            "does not exist",
        ),
        (
            ["--workshop", "x", "--out", tmp_path / "a.pdf", "--sign", tmp_path / "none.p12"],
            "go together",
        ),
    ]
    for args, fragment in cases:
        code = main(["minutes", str(demo_path), *map(str, args)])
        err = capsys.readouterr().err
        assert code == 1, args
        assert fragment in err and len(err.strip().splitlines()) == 1, err
    assert [p.name for p in tmp_path.iterdir()] == [demo_path.name]
