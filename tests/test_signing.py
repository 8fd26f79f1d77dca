"""Certificates, signing and verification, checked with poppler and qpdf."""

from __future__ import annotations

import datetime as dt
import io
import os
import subprocess
from pathlib import Path

import pytest

from tests.signing_support import NAMES, PASSPHRASE, make_pdf, pdfsig, qpdf_check
from weltoffen_desktop.operations.errors import InvalidInput
from weltoffen_desktop.signing.certificates import (
    SigningIdentity,
    create_certificate,
    export_public_certificate,
    load_identity,
    load_public_certificate,
)
from weltoffen_desktop.signing.sign import sign_pdf, signature_fields
from weltoffen_desktop.signing.verify import LaterChanges, verify_pdf


@pytest.fixture(scope="session")
def certificates(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    folder = tmp_path_factory.mktemp("certificates")
    chair, taker = folder / "chair.p12", folder / "taker.p12"
    create_certificate(chair, PASSPHRASE, NAMES[0], "Stadt Musterstadt", "dang@example.org")
    create_certificate(taker, PASSPHRASE, NAMES[4], "Stadt Musterstadt")
    return {"chair": chair, "minute_taker": taker}


@pytest.fixture(scope="session")
def identities(certificates: dict[str, Path]) -> dict[str, SigningIdentity]:
    return {role: load_identity(path, PASSPHRASE) for role, path in certificates.items()}


def signatures_in(output: str) -> list[str]:
    return [block for block in output.split("Signature #")[1:]]


# --- certificates ----------------------------------------------------------------------


def test_a_new_certificate_is_private_and_meant_for_signing(
    certificates: dict[str, Path], tmp_path: Path
) -> None:
    from cryptography import x509

    path = certificates["chair"]
    assert path.stat().st_mode & 0o777 == 0o600
    assert PASSPHRASE.encode() not in path.read_bytes()
    identity = load_identity(path, PASSPHRASE)
    info = identity.info
    assert (info.name, info.organisation, info.email) == (
        "Đặng Thị Ễ",
        "Stadt Musterstadt",
        "dang@example.org",
    )
    assert info.self_signed
    assert 3 * 365 - 2 <= (info.valid_until - info.valid_from).days <= 3 * 365 + 1
    assert identity.key.curve.name == "secp256r1"  # type: ignore[union-attr]
    usage = identity.certificate.extensions.get_extension_for_class(x509.KeyUsage)
    assert usage.critical and usage.value.digital_signature and usage.value.content_commitment
    assert not usage.value.key_cert_sign and not usage.value.key_encipherment
    # openssl reads the file with the passphrase, and only with it
    opened = subprocess.run(
        ["openssl", "pkcs12", "-in", str(path), "-nokeys", "-passin", f"pass:{PASSPHRASE}"],
        capture_output=True,
        check=False,
    )
    assert opened.returncode == 0 and b"BEGIN CERTIFICATE" in opened.stdout


def test_public_certificate_export_as_pem_and_cer(
    certificates: dict[str, Path], tmp_path: Path
) -> None:
    identity = load_identity(certificates["chair"], PASSPHRASE)
    for name, inform in (("chair.pem", "PEM"), ("chair.cer", "DER")):
        out = tmp_path / name
        export_public_certificate(certificates["chair"], PASSPHRASE, out)
        assert b"PRIVATE KEY" not in out.read_bytes()
        fingerprint = subprocess.run(
            ["openssl", "x509", "-noout", "-fingerprint", "-sha256", "-inform", inform, "-in", out],
            capture_output=True,
            text=True,
            check=True,
        ).stdout
        assert fingerprint.strip().endswith(identity.info.fingerprint)
        assert load_public_certificate(out) == identity.certificate
    with pytest.raises(InvalidInput) as refused:
        export_public_certificate(certificates["chair"], PASSPHRASE, tmp_path / "chair.txt")
    assert refused.value.code == "public_suffix"


def _refusal(path: Path, passphrase: str = PASSPHRASE) -> str:
    with pytest.raises(InvalidInput) as refused:
        load_identity(path, passphrase)
    return refused.value.code


def test_opening_a_certificate_file_refuses_clearly(
    certificates: dict[str, Path], tmp_path: Path
) -> None:
    from cryptography.hazmat.primitives.serialization import BestAvailableEncryption, pkcs12

    assert _refusal(certificates["chair"], "falsch") == "passphrase_wrong"
    assert _refusal(tmp_path / "missing.p12") == "certificate_missing"
    not_pkcs12 = make_pdf(tmp_path / "minutes.p12")
    assert _refusal(not_pkcs12) == "not_pkcs12"
    public_only = tmp_path / "public.p12"
    certificate = load_identity(certificates["chair"], PASSPHRASE).certificate
    public_only.write_bytes(
        pkcs12.serialize_key_and_certificates(
            b"x", None, certificate, None, BestAvailableEncryption(PASSPHRASE.encode())
        )
    )
    assert _refusal(public_only) == "no_private_key"
    expired = tmp_path / "expired.p12"
    create_certificate(
        expired, PASSPHRASE, NAMES[1], now=dt.datetime.now(dt.UTC) - dt.timedelta(days=4 * 365)
    )
    assert _refusal(expired) == "certificate_expired"


def test_creating_refuses_bad_input_and_keeps_existing_files(
    certificates: dict[str, Path], tmp_path: Path
) -> None:
    before = certificates["chair"].read_bytes()
    cases = [
        ((certificates["chair"], PASSPHRASE, "X"), "file_exists"),
        ((tmp_path / "a.p12", "zu-kurz", "X"), "passphrase_too_short"),
        ((tmp_path / "a.p12", PASSPHRASE, "  "), "signer_name_empty"),
        ((tmp_path / "a.p12", PASSPHRASE, "X", "", "keine-adresse"), "email_invalid"),
        ((tmp_path / "a.pem", PASSPHRASE, "X"), "certificate_suffix"),
        ((tmp_path / "gone" / "a.p12", PASSPHRASE, "X"), "folder_missing"),
    ]
    for args, code in cases:
        with pytest.raises(InvalidInput) as refused:
            create_certificate(*args)  # type: ignore[arg-type]
        assert refused.value.code == code
    assert certificates["chair"].read_bytes() == before
    assert list(tmp_path.iterdir()) == []


# --- signing ---------------------------------------------------------------------------


def test_chair_and_minute_taker_sign_and_independent_tools_agree(
    identities: dict[str, SigningIdentity], tmp_path: Path
) -> None:
    pdf = make_pdf(tmp_path / "Protokoll.pdf", pages=3)
    first = sign_pdf(pdf, identities["chair"])
    assert (first.field, first.new_field) == ("chair", False)
    second = sign_pdf(pdf, identities["minute_taker"])
    assert (second.field, second.new_field) == ("minute_taker", False)
    assert [(f.name, f.signed) for f in signature_fields(pdf)] == [
        ("chair", True),
        ("minute_taker", True),
    ]

    blocks = signatures_in(pdfsig(pdf))
    assert len(blocks) == 2
    assert "Signature Field Name: chair" in blocks[0]
    assert "Signature Field Name: minute_taker" in blocks[1]
    assert all("Signature Validation: Signature is Valid." in block for block in blocks)
    assert "Signature Type: ETSI.CAdES.detached" in blocks[0]
    assert "Total document signed" in blocks[1]
    assert "Not total document signed" in blocks[0]
    check = qpdf_check(pdf)
    assert check.returncode == 0, check.stdout + check.stderr

    report = verify_pdf(pdf)
    assert report.ok
    chair, taker = report.signatures
    assert (chair.signer.name, chair.role) == ("Đặng Thị Ễ", "Vorsitz")  # type: ignore[union-attr]
    assert (taker.signer.name, taker.role) == ("Юлия Ковалёва", "Protokollführung")  # type: ignore[union-attr]
    assert chair.intact and taker.intact
    assert chair.later_changes is LaterChanges.SIGNATURES and not chair.covers_whole_document
    assert taker.covers_whole_document
    assert not chair.trusted and chair.signer.self_signed  # type: ignore[union-attr]
    assert chair.signed_at is not None
    assert abs(chair.signed_at - dt.datetime.now(dt.UTC)) < dt.timedelta(minutes=2)


def test_the_stamp_shows_every_script_and_the_clock_note(
    identities: dict[str, SigningIdentity], tmp_path: Path
) -> None:
    pdf = make_pdf(tmp_path / "Protokoll.pdf")
    sign_pdf(pdf, identities["chair"], role=f"Vorsitz ({NAMES[1]}, {NAMES[2]})")
    sign_pdf(pdf, identities["minute_taker"], role=f"Protokoll: {NAMES[3]} <&>")
    text = subprocess.run(
        ["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout
    for name in NAMES:
        assert name in text
    assert "Protokoll: Ἀλέξανδρος <&>" in text
    assert text.count("Zeit laut Uhr dieses Computers") == 2
    assert text.count("Digital unterschrieben am") == 2
    fonts = subprocess.run(
        ["pdffonts", str(pdf)], capture_output=True, text=True, check=True
    ).stdout
    stamp_fonts = [line for line in fonts.splitlines() if "NotoSans" in line]
    assert len(stamp_fonts) == 2
    assert all(line.split()[-5:-2] == ["yes", "yes", "yes"] for line in stamp_fonts)


def test_english_stamp(identities: dict[str, SigningIdentity], tmp_path: Path) -> None:
    pdf = make_pdf(tmp_path / "minutes.pdf")
    sign_pdf(pdf, identities["chair"], field="minute_taker", language="en")
    text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True).stdout
    assert "Minute-taker" in text and "Time from this computer's clock" in text
    assert [f.signed for f in signature_fields(pdf)] == [False, True]


def test_a_pdf_without_empty_field_gets_new_fields_side_by_side(
    identities: dict[str, SigningIdentity], tmp_path: Path
) -> None:
    from pyhanko.pdf_utils.reader import PdfFileReader

    pdf = make_pdf(tmp_path / "fremd.pdf", pages=2, fields=())
    out = tmp_path / "signed.pdf"
    first = sign_pdf(pdf, identities["chair"], out=out)
    second = sign_pdf(out, identities["minute_taker"], role="")
    assert (first.field, first.new_field) == ("signature1", True)
    assert (second.field, second.new_field) == ("signature2", True)
    assert verify_pdf(out).ok
    assert all("Signature is Valid." in block for block in signatures_in(pdfsig(out)))
    reader = PdfFileReader(io.BytesIO(out.read_bytes()))
    last_page = reader.root["/Pages"]["/Kids"][1]
    rects = [[float(v) for v in a.get_object()["/Rect"]] for a in last_page["/Annots"]]
    assert len(rects) == 2
    (ax1, ay1, ax2, ay2), (bx1, by1, bx2, by2) = rects
    assert ay1 < 150 and by1 < 150  # at the bottom of the page
    assert ax2 <= bx1 or bx2 <= ax1 or ay2 <= by1 or by2 <= ay1  # not overlapping
    assert signature_fields(pdf) == []  # the input file was left alone


def test_a_signed_field_is_not_signed_again(
    identities: dict[str, SigningIdentity], tmp_path: Path
) -> None:
    pdf = make_pdf(tmp_path / "Protokoll.pdf")
    sign_pdf(pdf, identities["chair"], field="chair")
    before = pdf.read_bytes()
    with pytest.raises(InvalidInput) as refused:
        sign_pdf(pdf, identities["minute_taker"], field="chair")
    assert refused.value.code == "field_signed"
    assert pdf.read_bytes() == before


def test_no_half_written_file_in_a_missing_or_read_only_folder(
    identities: dict[str, SigningIdentity], tmp_path: Path, read_only
) -> None:  # type: ignore[no-untyped-def]
    pdf = make_pdf(tmp_path / "Protokoll.pdf")
    with pytest.raises(InvalidInput) as refused:
        sign_pdf(pdf, identities["chair"], out=tmp_path / "weg" / "signed.pdf")
    assert refused.value.code == "folder_missing"
    locked = tmp_path / "locked"
    locked.mkdir()
    read_only(locked)
    with pytest.raises(InvalidInput) as refused:
        sign_pdf(pdf, identities["chair"], out=locked / "signed.pdf")
    assert refused.value.code == "not_writable"
    assert os.listdir(locked) == []
    assert signature_fields(pdf)[0].signed is False


def test_other_files_are_refused(identities: dict[str, SigningIdentity], tmp_path: Path) -> None:
    text = tmp_path / "notes.pdf"
    text.write_text("keine PDF-Datei")
    for path, code in ((text, "not_a_pdf"), (tmp_path / "none.pdf", "pdf_missing")):
        for action in (lambda p: sign_pdf(p, identities["chair"]), verify_pdf):
            with pytest.raises(InvalidInput) as refused:
                action(path)
            assert refused.value.code == code


# --- tampering -------------------------------------------------------------------------


def test_a_flipped_byte_in_the_signed_range_is_detected(
    identities: dict[str, SigningIdentity], tmp_path: Path
) -> None:
    pdf = make_pdf(tmp_path / "Protokoll.pdf")
    sign_pdf(pdf, identities["chair"])
    data = bytearray(pdf.read_bytes())
    data[data.index(b"/Title (Protokoll)") + 8] ^= 0x01  # "Protokoll" -> "Qrotokoll"
    tampered = tmp_path / "tampered.pdf"
    tampered.write_bytes(bytes(data))
    report = verify_pdf(tampered)
    assert not report.ok and not report.signatures[0].intact
    assert "Signature is Valid." not in pdfsig(tampered)


def test_an_unsigned_change_after_the_last_signature_is_detected(
    identities: dict[str, SigningIdentity], tmp_path: Path
) -> None:
    pdf = make_pdf(tmp_path / "Protokoll.pdf")
    sign_pdf(pdf, identities["chair"])
    sign_pdf(pdf, identities["minute_taker"])
    changed = append_unsigned_change(pdf, tmp_path / "changed.pdf")
    report = verify_pdf(changed)
    assert not report.ok
    assert all(check.intact for check in report.signatures)
    assert not any(check.covers_whole_document for check in report.signatures)
    assert "Total document signed" not in pdfsig(changed)


def append_unsigned_change(pdf: Path, out: Path) -> Path:
    from pyhanko.pdf_utils import generic
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter

    writer = IncrementalPdfFileWriter(io.BytesIO(pdf.read_bytes()))
    writer.set_info(
        generic.DictionaryObject({generic.NameObject("/Title"): generic.TextStringObject("Neu")})
    )
    buffer = io.BytesIO()
    writer.write(buffer)
    out.write_bytes(buffer.getvalue())
    return out


def test_a_changed_page_stays_detected_when_someone_signs_after_it(
    identities: dict[str, SigningIdentity], tmp_path: Path
) -> None:
    from pyhanko.pdf_utils import generic
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter

    pdf = make_pdf(tmp_path / "Protokoll.pdf")
    sign_pdf(pdf, identities["chair"])
    writer = IncrementalPdfFileWriter(io.BytesIO(pdf.read_bytes()))
    extra = writer.add_object(generic.StreamObject(stream_data=b"BT 100 400 Td (abgelehnt) Tj ET"))
    writer.add_stream_to_page(0, extra)
    buffer = io.BytesIO()
    writer.write(buffer)
    pdf.write_bytes(buffer.getvalue())
    sign_pdf(pdf, identities["minute_taker"])
    report = verify_pdf(pdf)
    chair, taker = report.signatures
    assert chair.intact and chair.later_changes is LaterChanges.OTHER
    assert taker.intact and taker.covers_whole_document
    assert not report.ok


def test_a_trusted_certificate_makes_the_signature_trusted(
    certificates: dict[str, Path], identities: dict[str, SigningIdentity], tmp_path: Path
) -> None:
    pdf = make_pdf(tmp_path / "Protokoll.pdf")
    sign_pdf(pdf, identities["chair"])
    sign_pdf(pdf, identities["minute_taker"])
    exported = tmp_path / "chair.cer"
    export_public_certificate(certificates["chair"], PASSPHRASE, exported)
    chair, taker = verify_pdf(pdf, [load_public_certificate(exported)]).signatures
    assert chair.trusted and not taker.trusted


def test_an_rsa_certificate_from_elsewhere_signs_too(tmp_path: Path) -> None:
    """E.g. a .p12 the administration issued: RSA, with the issuer's certificate inside."""
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes
    from cryptography.hazmat.primitives.asymmetric import rsa
    from cryptography.hazmat.primitives.serialization import BestAvailableEncryption, pkcs12
    from cryptography.x509.oid import NameOID

    now = dt.datetime.now(dt.UTC)
    ca_key, key = (rsa.generate_private_key(65537, 2048) for _ in range(2))
    ca_name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "Stadt Musterstadt CA")])
    person = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, NAMES[1])])

    def issue(subject, public_key, ca: bool) -> x509.Certificate:  # type: ignore[no-untyped-def]
        unused = "content_commitment key_encipherment data_encipherment key_agreement crl_sign"
        usage = dict.fromkeys([*unused.split(), "encipher_only", "decipher_only"], False)
        return (
            x509.CertificateBuilder()
            .subject_name(subject)
            .issuer_name(ca_name)
            .public_key(public_key)
            .serial_number(x509.random_serial_number())
            .not_valid_before(now - dt.timedelta(days=1))
            .not_valid_after(now + dt.timedelta(days=30))
            .add_extension(x509.BasicConstraints(ca=ca, path_length=None), critical=True)
            .add_extension(
                x509.KeyUsage(digital_signature=not ca, key_cert_sign=ca, **usage), critical=True
            )
            .sign(ca_key, hashes.SHA256())
        )

    authority = issue(ca_name, ca_key.public_key(), True)
    p12 = tmp_path / "verwaltung.pfx"
    p12.write_bytes(
        pkcs12.serialize_key_and_certificates(
            b"x",
            key,
            issue(person, key.public_key(), False),
            [authority],
            BestAvailableEncryption(PASSPHRASE.encode()),
        )
    )
    identity = load_identity(p12, PASSPHRASE)
    assert not identity.info.self_signed and identity.chain == (authority,)
    pdf = make_pdf(tmp_path / "Protokoll.pdf")
    sign_pdf(pdf, identity)
    assert "Signature Validation: Signature is Valid." in pdfsig(pdf)
    (check,) = verify_pdf(pdf).signatures
    assert check.intact and not check.trusted
    assert verify_pdf(pdf, [authority]).signatures[0].trusted


def test_a_pdf_from_another_program_gets_a_new_field(
    identities: dict[str, SigningIdentity], tmp_path: Path
) -> None:
    """matplotlib writes the page's MediaBox and annotations as indirect objects."""
    from matplotlib.figure import Figure

    pdf = tmp_path / "chart.pdf"
    Figure(figsize=(6, 4)).savefig(pdf)
    sign_pdf(pdf, identities["chair"])
    assert [f.signed for f in signature_fields(pdf)] == [True]
    assert "Total document signed" in pdfsig(pdf)
