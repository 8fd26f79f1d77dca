"""`weltoffen cert`, `sign` and `verify`: one real run as a subprocess, checked with poppler
and qpdf, and the failures in this process (each subprocess costs ~1 s of imports)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.signing_support import NAMES, PASSPHRASE, make_pdf, pdfsig, qpdf_check
from tests.test_cli import weltoffen
from tests.test_signing import append_unsigned_change, certificates  # noqa: F401  (fixture)
from weltoffen_desktop.cli.main import main


def passphrase_file(folder: Path) -> Path:
    """The passphrase as a Windows editor saves it: with a line break after it."""
    path = folder / "passphrase.txt"
    path.write_text(PASSPHRASE + "\r\n", encoding="utf-8")
    return path


@pytest.mark.e2e
def test_create_sign_cosign_verify(
    certificates: dict[str, Path],  # noqa: F811
    tmp_path: Path,
) -> None:
    passphrase = passphrase_file(tmp_path)
    chair = tmp_path / "chair.p12"
    created = weltoffen(
        "cert", "create", "--name", NAMES[1], "--organisation", "Stadt Musterstadt",
        "--out", chair, "--passphrase-file", passphrase,
    )  # fmt: skip
    assert created.returncode == 0, created.stderr
    assert NAMES[1] in created.stdout and "SHA-256 fingerprint" in created.stdout

    minutes = make_pdf(tmp_path / "Protokoll.pdf")
    signed = tmp_path / "Protokoll-unterschrieben.pdf"
    first = weltoffen(
        "sign", minutes, "--p12", chair, "--passphrase-file", passphrase, "--out", signed
    )
    assert first.returncode == 0, first.stderr
    assert "field 'chair'" in first.stdout
    second = weltoffen(
        "sign", signed, "--p12", certificates["minute_taker"], "--passphrase-file", passphrase,
        "--field", "minute_taker", "--role", "Schriftführung",
    )  # fmt: skip
    assert second.returncode == 0, second.stderr

    blocks = pdfsig(signed).split("Signature #")[1:]
    assert len(blocks) == 2
    assert all("Signature is Valid." in block for block in blocks)
    assert "Total document signed" in blocks[1]
    assert qpdf_check(signed).returncode == 0

    verified = weltoffen("verify", signed, "--json")
    assert verified.returncode == 0, verified.stdout
    report = json.loads(verified.stdout)
    assert report["ok"] is True
    assert [(s["field"], s["signer"], s["role"], s["intact"]) for s in report["signatures"]] == [
        ("chair", NAMES[1], "Vorsitz", True),
        ("minute_taker", NAMES[4], "Schriftführung", True),
    ]
    assert [s["covers_whole_document"] for s in report["signatures"]] == [False, True]
    assert all(s["trusted"] is False and s["self_signed"] for s in report["signatures"])


def run(capsys: pytest.CaptureFixture[str], *args: str | Path) -> tuple[int, str, str]:
    """The command in this process (fast): exit code, stdout, stderr."""
    code = main([str(arg) for arg in args])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def test_an_exported_certificate_makes_its_signatures_trusted(
    certificates: dict[str, Path],  # noqa: F811
    capsys: pytest.CaptureFixture[str],
    tmp_path: Path,
) -> None:
    passphrase = passphrase_file(tmp_path)
    pdf = make_pdf(tmp_path / "Protokoll.pdf")
    for role in ("chair", "minute_taker"):
        assert (
            run(capsys, "sign", pdf, "--p12", certificates[role], "--passphrase-file", passphrase)[
                0
            ]
            == 0
        )
    exported = tmp_path / "chair.pem"
    code, out, _ = run(
        capsys, "cert", "export", certificates["chair"], "--passphrase-file", passphrase,
        "--out", exported,
    )  # fmt: skip
    assert code == 0 and "SHA-256 fingerprint" in out
    assert exported.read_text().startswith("-----BEGIN CERTIFICATE-----")

    code, out, _ = run(capsys, "verify", pdf, "--trust", exported)
    assert code == 0 and "Result: OK" in out
    chair, taker = out.split("Signature 2")
    assert "certificate: trusted" in chair
    assert "self-signed, not verified by a trust list" in taker
    assert "signed at " in chair and "the signer's computer clock" in chair


def test_tampering_makes_verify_fail_with_a_readable_report(
    certificates: dict[str, Path],  # noqa: F811
    capsys: pytest.CaptureFixture[str],
    tmp_path: Path,
) -> None:
    pdf = make_pdf(tmp_path / "Protokoll.pdf")
    signing = ("--p12", certificates["chair"], "--passphrase-file", passphrase_file(tmp_path))
    assert run(capsys, "sign", pdf, *signing)[0] == 0

    data = bytearray(pdf.read_bytes())
    data[data.index(b"/Title (Protokoll)") + 8] ^= 0x01
    flipped = tmp_path / "flipped.pdf"
    flipped.write_bytes(bytes(data))
    code, out, err = run(capsys, "verify", flipped)
    assert code == 1 and err == ""
    assert "intact: NO" in out and "Result: NOT OK" in out

    appended = append_unsigned_change(pdf, tmp_path / "appended.pdf")
    code, out, _ = run(capsys, "verify", appended, "--json")
    assert code == 1
    (signature,) = json.loads(out)["signatures"]
    assert signature["intact"] is True and signature["covers_whole_document"] is False

    code, out, _ = run(capsys, "verify", make_pdf(tmp_path / "leer.pdf"))
    assert code == 1 and "no signatures" in out


def test_user_errors_are_one_line_and_leave_no_file(
    certificates: dict[str, Path],  # noqa: F811
    capsys: pytest.CaptureFixture[str],
    tmp_path: Path,
) -> None:
    p12, good = certificates["chair"], passphrase_file(tmp_path)
    pdf = make_pdf(tmp_path / "Protokoll.pdf")
    wrong = tmp_path / "wrong.txt"
    wrong.write_text("falsch\n")
    empty = tmp_path / "empty.txt"
    empty.write_text("\n")
    out = tmp_path / "out.pdf"
    before = set(tmp_path.iterdir())
    cases = [
        (("sign", pdf, "--p12", p12, "--passphrase-file", wrong, "--out", out), "is not correct"),
        (("sign", pdf, "--p12", p12, "--passphrase-file", empty, "--out", out), "no passphrase"),
        (("cert", "export", p12, "--passphrase-file", tmp_path / "nope", "--out", out), "nope"),
        (("sign", good, "--p12", p12, "--passphrase-file", good), "is not a PDF file"),
        (("cert", "create", "--name", "A", "--out", p12, "--passphrase-file", good), "exists"),
        (("sign", pdf, "--p12", p12, "--passphrase-file", good, "--out", tmp_path / "x" / "o.pdf"),
         "does not exist"),
    ]  # fmt: skip
    for args, fragment in cases:
        code, stdout, stderr = run(capsys, *args)
        assert code == 1 and stdout == "", args
        assert stderr.startswith("weltoffen: error: ") and fragment in stderr, stderr
        assert len(stderr.strip().splitlines()) == 1
    assert set(tmp_path.iterdir()) == before
