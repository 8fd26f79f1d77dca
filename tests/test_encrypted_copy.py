"""Encrypted copies: a round trip, wrong passphrases, and every kind of broken file."""

from __future__ import annotations

import contextlib
import io
import sqlite3
import tempfile
import unicodedata
from pathlib import Path

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from tests.test_cli import assert_user_error, weltoffen
from weltoffen_desktop.fileformats.encrypted import (
    DEFAULT_SCRYPT,
    HEADER_SIZE,
    MAGIC,
    TAG_SIZE,
    ScryptParams,
    decrypt,
)
from weltoffen_desktop.operations.encrypted_copy import export_encrypted, import_encrypted
from weltoffen_desktop.operations.errors import InvalidInput
from weltoffen_desktop.operations.summary import summarize
from weltoffen_desktop.operations.workspace import set_municipality_name
from weltoffen_desktop.storage.backup import backup_now
from weltoffen_desktop.storage.database import Problem, Workspace, WorkspaceError

PASSPHRASE = "Kaffee am Marktplatz 2026"
FAST = ScryptParams(log2_n=10, r=1, p=1)  # stored in the header; real copies use the default
CHUNK = 64 * 1024


def dump(path: Path) -> list[str]:
    with contextlib.closing(sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)) as conn:
        return list(conn.iterdump())


def seal(source: Path, out: Path, passphrase: str = PASSPHRASE) -> Path:
    return export_encrypted(source, out, passphrase, params=FAST)


@pytest.fixture(scope="module")
def sealed_demo(tmp_path_factory: pytest.TempPathFactory, demo_template: Path) -> bytes:
    out = tmp_path_factory.mktemp("sealed") / "demo.weltoffen-enc"
    return seal(demo_template, out).read_bytes()


def refused_import(sealed: bytes, folder: Path, passphrase: str = PASSPHRASE) -> str:
    """Import ``sealed``; it must be refused with a clear error and leave nothing behind."""
    source = folder / "copy.weltoffen-enc"
    source.write_bytes(sealed)
    before = sorted(folder.iterdir())
    with pytest.raises(InvalidInput) as refused:
        import_encrypted(source, folder / "out.weltoffen", passphrase)
    assert sorted(folder.iterdir()) == before, "a refused import must not leave a file"
    assert str(refused.value).endswith((".", "imported."))
    return refused.value.code


# --- round trip --------------------------------------------------------------------------------


def test_a_workspace_comes_back_exactly_and_the_copy_reveals_nothing(
    demo_workspace: Workspace, demo_path: Path, tmp_path: Path
) -> None:
    set_municipality_name(demo_workspace, "Geheimstadt")  # still in the -wal file
    out_folder = tmp_path / "stick"
    out_folder.mkdir()
    sealed = seal(demo_path, out_folder / "Musterstadt.weltoffen-enc")
    data = sealed.read_bytes()
    assert data.startswith(MAGIC)
    assert b"Geheimstadt" not in data and b"SQLite format 3" not in data
    assert sorted(p.name for p in out_folder.iterdir()) == ["Musterstadt.weltoffen-enc"]

    restored = tmp_path / "home" / "Musterstadt.weltoffen"
    restored.parent.mkdir()
    assert import_encrypted(sealed, restored, PASSPHRASE) is None
    assert dump(restored) == dump(demo_path)
    ws = Workspace.open(restored)
    assert summarize(ws).municipality == "Geheimstadt"
    ws.close()
    assert sorted(p.name for p in restored.parent.iterdir()) == ["Musterstadt.weltoffen"]


def test_the_default_cost_is_in_the_header(demo_path: Path, tmp_path: Path) -> None:
    sealed = export_encrypted(demo_path, tmp_path / "a.weltoffen-enc", PASSPHRASE).read_bytes()
    version, kdf, log2_n, r, p = sealed[len(MAGIC) : len(MAGIC) + 5]
    assert (version, kdf) == (1, 1)
    assert ScryptParams(log2_n, r, p) == DEFAULT_SCRYPT == ScryptParams(17, 8, 1)


def test_a_backup_can_be_sealed_and_the_passphrase_form_does_not_matter(
    demo_path: Path, tmp_path: Path
) -> None:
    backup = backup_now(demo_path, tmp_path / "data").path
    composed = "Grüße aus Süderbrück"
    sealed = seal(backup, tmp_path / "b.weltoffen-enc", unicodedata.normalize("NFC", composed))
    out = tmp_path / "b.weltoffen"
    import_encrypted(sealed, out, unicodedata.normalize("NFD", composed))
    assert dump(out) == dump(backup)


def test_an_existing_workspace_is_replaced_only_when_asked_and_kept_aside(
    demo_path: Path, tmp_path: Path
) -> None:
    sealed = seal(demo_path, tmp_path / "c.weltoffen-enc")
    target = tmp_path / "Ziel.weltoffen"
    target.write_bytes(demo_path.read_bytes())
    ws = Workspace.open(target)
    set_municipality_name(ws, "Vorher")
    ws.close()
    before = target.read_bytes()

    with pytest.raises(WorkspaceError) as exists:
        import_encrypted(sealed, target, PASSPHRASE)
    assert exists.value.problem is Problem.EXISTS
    assert target.read_bytes() == before

    aside = import_encrypted(sealed, target, PASSPHRASE, overwrite=True)
    assert aside is not None and aside.name.startswith("Ziel.before-restore-")
    assert aside.read_bytes() == before
    assert dump(target) == dump(demo_path)


def test_export_refuses_a_short_passphrase_and_an_existing_file(
    demo_path: Path, tmp_path: Path
) -> None:
    with pytest.raises(InvalidInput) as short:
        export_encrypted(demo_path, tmp_path / "d.weltoffen-enc", "elf Zeichen")
    assert short.value.code == "passphrase_too_short"
    existing = tmp_path / "e.weltoffen-enc"
    existing.write_bytes(b"keep")
    with pytest.raises(WorkspaceError) as exists:
        seal(demo_path, existing)
    assert exists.value.problem is Problem.EXISTS
    assert sorted(p.name for p in tmp_path.iterdir()) == ["Musterstadt.weltoffen", existing.name]
    assert existing.read_bytes() == b"keep"


# --- broken files ------------------------------------------------------------------------------


def test_a_wrong_passphrase(sealed_demo: bytes, tmp_path: Path) -> None:
    assert refused_import(sealed_demo, tmp_path, "Kaffee am Marktplatz 2025") == (
        "encrypted_wrong_passphrase"
    )


@pytest.mark.parametrize(
    ("cut", "why"),
    [
        (lambda n: n - 1, "last byte missing"),
        (lambda n: HEADER_SIZE + CHUNK + TAG_SIZE, "cut at a chunk boundary"),
        (lambda n: HEADER_SIZE, "only the header"),
        (lambda n: HEADER_SIZE + 5, "cut inside the first chunk"),
    ],
)
def test_a_cut_off_copy_is_damaged(sealed_demo: bytes, tmp_path: Path, cut, why: str) -> None:  # type: ignore[no-untyped-def]
    assert refused_import(sealed_demo[: cut(len(sealed_demo))], tmp_path) == "encrypted_damaged"


def test_reordered_or_lengthened_copies_are_damaged(sealed_demo: bytes, tmp_path: Path) -> None:
    size = CHUNK + TAG_SIZE
    body = sealed_demo[HEADER_SIZE:]
    first, second, rest = body[:size], body[size : 2 * size], body[2 * size :]
    swapped = sealed_demo[:HEADER_SIZE] + second + first + rest
    assert refused_import(swapped, tmp_path) == "encrypted_damaged"
    assert refused_import(sealed_demo + b"\x00", tmp_path) == "encrypted_damaged"
    assert refused_import(sealed_demo + sealed_demo[-TAG_SIZE:], tmp_path) == "encrypted_damaged"


def test_a_changed_header(sealed_demo: bytes, tmp_path: Path) -> None:
    def changed(offset: int, value: int) -> bytes:
        return sealed_demo[:offset] + bytes([value]) + sealed_demo[offset + 1 :]

    version = len(MAGIC)
    assert refused_import(changed(version, 2), tmp_path) == "encrypted_newer_version"
    assert refused_import(changed(version + 2, 40), tmp_path) == "encrypted_damaged"  # 2**40
    salt = version + 5
    flipped = sealed_demo[salt] ^ 0x01
    assert refused_import(changed(salt, flipped), tmp_path) == "encrypted_wrong_passphrase"


def test_files_that_are_no_encrypted_copy(demo_path: Path, tmp_path: Path) -> None:
    for content in (b"", b"WELT", demo_path.read_bytes()[:4096], b"\x00" * 1000):
        assert refused_import(content, tmp_path) == "encrypted_not_ours"


def test_a_sealed_file_that_is_no_workspace(tmp_path: Path) -> None:
    from weltoffen_desktop.fileformats.encrypted import encrypt

    target = io.BytesIO()
    encrypt(io.BytesIO(b"just some notes"), target, PASSPHRASE, params=FAST)
    assert refused_import(target.getvalue(), tmp_path) == "encrypted_not_workspace"


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data())
def test_any_changed_byte_is_refused_without_a_trace(
    sealed_demo: bytes, data: st.DataObject
) -> None:
    offset = data.draw(st.integers(0, len(sealed_demo) - 1), label="offset")
    flip = data.draw(st.integers(1, 255), label="xor")
    broken = bytearray(sealed_demo)
    broken[offset] ^= flip
    with tempfile.TemporaryDirectory() as folder:
        code = refused_import(bytes(broken), Path(folder))
    assert code in {
        "encrypted_not_ours",
        "encrypted_newer_version",
        "encrypted_damaged",
        "encrypted_wrong_passphrase",
    }


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data())
def test_any_cut_or_garbage_is_refused_without_a_trace(
    sealed_demo: bytes, data: st.DataObject
) -> None:
    keep = data.draw(st.integers(0, len(sealed_demo) - 1), label="keep")
    broken = data.draw(
        st.one_of(
            st.binary(max_size=64).map(lambda tail: sealed_demo[:keep] + tail),
            st.binary(max_size=4096),
            st.binary(max_size=4096).map(lambda rest: MAGIC + rest),
        ),
        label="file",
    )
    assume(broken != sealed_demo)
    with tempfile.TemporaryDirectory() as folder:
        refused_import(broken, Path(folder))


def test_decrypting_writes_nothing_it_has_not_checked() -> None:
    """Each chunk is authenticated before a byte of it reaches the target."""
    from weltoffen_desktop.fileformats.encrypted import encrypt

    sealed = io.BytesIO()
    encrypt(io.BytesIO(b"a" * 10 + b"b" * 10), sealed, PASSPHRASE, params=FAST, chunk_size=10)
    broken = bytearray(sealed.getvalue())
    broken[-1] ^= 1  # in the second chunk's tag
    out = io.BytesIO()
    with pytest.raises(ValueError, match="damaged"):
        decrypt(io.BytesIO(bytes(broken)), out, PASSPHRASE)
    assert out.getvalue() == b"a" * 10  # the first, intact chunk only


# --- the command line --------------------------------------------------------------------------


@pytest.mark.e2e
def test_the_commands_export_and_import(demo_path: Path, tmp_path: Path) -> None:
    passphrase_file = tmp_path / "pass.txt"
    passphrase_file.write_text(PASSPHRASE + "\n", encoding="utf-8")
    sealed = tmp_path / "stick" / "Musterstadt.weltoffen-enc"
    sealed.parent.mkdir()
    exported = weltoffen(
        "export-encrypted", demo_path, "--out", sealed, "--passphrase-file", passphrase_file
    )
    assert exported.returncode == 0, exported.stderr
    out = tmp_path / "home" / "Musterstadt.weltoffen"
    out.parent.mkdir()
    imported = weltoffen(
        "import-encrypted", sealed, "--out", out, "--passphrase-file", passphrase_file
    )
    assert imported.returncode == 0, imported.stderr
    assert dump(out) == dump(demo_path)

    assert_user_error(
        weltoffen("import-encrypted", sealed, "--out", out, "--passphrase-file", passphrase_file),
        "A file of that name exists already",
    )
    wrong = tmp_path / "wrong.txt"
    wrong.write_text("nicht die richtige Passphrase", encoding="utf-8")
    other = tmp_path / "home" / "other.weltoffen"
    assert_user_error(
        weltoffen("import-encrypted", sealed, "--out", other, "--passphrase-file", wrong),
        "The passphrase is wrong",
    )
    assert not other.exists()
    short = tmp_path / "short.txt"
    short.write_text("kurz", encoding="utf-8")
    assert_user_error(
        weltoffen(
            "export-encrypted", demo_path, "--out", tmp_path / "s.enc", "--passphrase-file", short
        ),
        "at least 12 characters",
    )
