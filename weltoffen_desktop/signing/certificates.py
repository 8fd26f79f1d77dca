"""Signing certificates: make a self-signed one, open a PKCS#12 file, export the public part.

A certificate with its private key lives in a passphrase-protected PKCS#12 file
(.p12/.pfx). The passphrase is only ever held in memory while a file is written or
opened; it is never stored.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from weltoffen_desktop.operations.errors import InvalidInput
from weltoffen_desktop.signing.output import write_output

if TYPE_CHECKING:
    from cryptography import x509
    from cryptography.hazmat.primitives.asymmetric.ec import EllipticCurvePrivateKey
    from cryptography.hazmat.primitives.asymmetric.rsa import RSAPrivateKey
    from cryptography.hazmat.primitives.serialization import Encoding
    from cryptography.hazmat.primitives.serialization.pkcs12 import PKCS12PrivateKeyTypes

    SigningKey = RSAPrivateKey | EllipticCurvePrivateKey

VALID_DAYS = 3 * 365
MIN_PASSPHRASE = 12  # as for encrypted copies; the PKCS#12 MAC is a cheap target
MAX_NAME = 64  # X.509 upper bound for a common name and an organisation
MAX_EMAIL = 128
MAX_FILE_BYTES = 1024 * 1024  # a .p12 holding one certificate is a few kilobytes
PUBLIC_SUFFIXES = (".pem", ".cer", ".crt", ".der")
_EMAIL = re.compile(r"[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)+")


@dataclass(frozen=True)
class CertificateInfo:
    """What a person needs to know about a certificate."""

    name: str
    organisation: str
    email: str
    valid_from: dt.datetime  # UTC
    valid_until: dt.datetime  # UTC
    self_signed: bool
    fingerprint: str  # SHA-256 of the certificate, "AB:CD:…", to compare by phone


@dataclass(frozen=True)
class SigningIdentity:
    """A certificate with its private key, ready to sign; held in memory only."""

    key: SigningKey
    certificate: x509.Certificate
    chain: tuple[x509.Certificate, ...]  # further certificates in the file (issuers)
    info: CertificateInfo


def describe(certificate: x509.Certificate) -> CertificateInfo:
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes
    from cryptography.x509.oid import NameOID

    def first(oid: x509.ObjectIdentifier) -> str:
        found = certificate.subject.get_attributes_for_oid(oid)
        return str(found[0].value) if found else ""

    email = first(NameOID.EMAIL_ADDRESS)
    try:
        alternatives = certificate.extensions.get_extension_for_class(
            x509.SubjectAlternativeName
        ).value
        email = next(iter(alternatives.get_values_for_type(x509.RFC822Name)), email)
    except x509.ExtensionNotFound:
        pass
    return CertificateInfo(
        name=first(NameOID.COMMON_NAME) or certificate.subject.rfc4514_string(),
        organisation=first(NameOID.ORGANIZATION_NAME),
        email=email,
        valid_from=certificate.not_valid_before_utc,
        valid_until=certificate.not_valid_after_utc,
        self_signed=certificate.issuer == certificate.subject,
        fingerprint=certificate.fingerprint(hashes.SHA256()).hex(":").upper(),
    )


def create_certificate(
    out: Path,
    passphrase: str,
    name: str,
    organisation: str = "",
    email: str = "",
    *,
    overwrite: bool = False,
    now: dt.datetime | None = None,
) -> CertificateInfo:
    """Make a self-signed signing certificate and store it with its key in ``out`` (.p12).

    The file is protected by ``passphrase``, written atomically and readable by its owner
    only (mode 0600). The key is ECDSA P-256; the certificate is valid for VALID_DAYS and
    allows digital signatures and non-repudiation (content commitment), nothing else.
    """
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.hazmat.primitives.serialization import pkcs12
    from cryptography.x509.oid import NameOID

    name, organisation, email = name.strip(), organisation.strip(), email.strip()
    _check_person(name, organisation, email)
    if len(passphrase) < MIN_PASSPHRASE:
        raise InvalidInput(
            "passphrase_too_short",
            f"The passphrase must have at least {MIN_PASSPHRASE} characters.",
            {"limit": MIN_PASSPHRASE},
        )
    if out.suffix.lower() not in (".p12", ".pfx"):
        raise InvalidInput(
            "certificate_suffix", f"Cannot store a certificate as {out.name!r}: use .p12 or .pfx."
        )
    if out.exists() and not overwrite:
        raise InvalidInput("file_exists", f"The file {str(out)!r} exists already.")

    attributes = [x509.NameAttribute(NameOID.COMMON_NAME, name)]
    if organisation:
        attributes.append(x509.NameAttribute(NameOID.ORGANIZATION_NAME, organisation))
    if email:
        attributes.append(x509.NameAttribute(NameOID.EMAIL_ADDRESS, email))
    subject = x509.Name(attributes)
    # ECDSA on P-256: as strong as RSA-3072 (BSI TR-02102-1), and checked by Acrobat,
    # poppler and Windows alike. Opening a .p12 re-checks an RSA key's primes, on every
    # signature (~0.2-0.5 s for RSA-3072 here); a P-256 key opens in ~20 ms.
    key = ec.generate_private_key(ec.SECP256R1())
    start = (now or dt.datetime.now(dt.UTC)).replace(microsecond=0) - dt.timedelta(minutes=5)
    builder = (
        x509.CertificateBuilder()
        .subject_name(subject)
        .issuer_name(subject)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(start)
        .not_valid_after(start + dt.timedelta(days=VALID_DAYS))
        .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
        .add_extension(
            x509.KeyUsage(
                digital_signature=True,
                content_commitment=True,
                key_encipherment=False,
                data_encipherment=False,
                key_agreement=False,
                key_cert_sign=False,
                crl_sign=False,
                encipher_only=False,
                decipher_only=False,
            ),
            critical=True,
        )
        .add_extension(x509.SubjectKeyIdentifier.from_public_key(key.public_key()), critical=False)
    )
    if email:
        builder = builder.add_extension(
            x509.SubjectAlternativeName([x509.RFC822Name(email)]), critical=False
        )
    certificate = builder.sign(key, hashes.SHA256())
    data = pkcs12.serialize_key_and_certificates(
        name.encode("utf-8"),
        key,
        certificate,
        None,
        serialization.BestAvailableEncryption(passphrase.encode("utf-8")),
    )
    write_output(out, data, private=True)
    return describe(certificate)


def _check_person(name: str, organisation: str, email: str) -> None:
    if not name:
        raise InvalidInput("signer_name_empty", "Please give the name of the person who signs.")
    if len(name) > MAX_NAME:
        raise InvalidInput(
            "signer_name_too_long",
            f"The name may have at most {MAX_NAME} characters.",
            {"limit": MAX_NAME},
        )
    if len(organisation) > MAX_NAME:
        raise InvalidInput(
            "organisation_too_long",
            f"The organisation may have at most {MAX_NAME} characters.",
            {"limit": MAX_NAME},
        )
    if email and (len(email) > MAX_EMAIL or not _EMAIL.fullmatch(email)):
        raise InvalidInput(
            "email_invalid", f"{email!r} is not an e-mail address like name@example.org."
        )


def load_identity(
    path: Path, passphrase: str, *, now: dt.datetime | None = None
) -> SigningIdentity:
    """Open a PKCS#12 file with its passphrase and check that it can sign today.

    Refused with InvalidInput: a missing file, a file that is not PKCS#12, a wrong
    passphrase, a file without a private key or certificate, a key type that cannot
    sign PDFs, a certificate that is expired, not yet valid or not meant for signing.
    """
    from cryptography import x509
    from cryptography.hazmat.primitives.asymmetric import ec, rsa

    key, certificate, chain = _open_pkcs12(path, passphrase)
    if key is None:
        raise InvalidInput(
            "no_private_key",
            f"{path.name!r} holds no private key: it can show a certificate but cannot sign.",
        )
    if certificate is None:
        raise InvalidInput("no_certificate", f"{path.name!r} holds a key but no certificate.")
    if not isinstance(key, rsa.RSAPrivateKey | ec.EllipticCurvePrivateKey):
        raise InvalidInput("key_unsupported", f"The key in {path.name!r} is neither RSA nor ECDSA.")
    info = describe(certificate)
    moment = now or dt.datetime.now(dt.UTC)
    if moment > info.valid_until:
        raise InvalidInput(
            "certificate_expired",
            f"The certificate of {info.name} expired on {info.valid_until:%Y-%m-%d}.",
        )
    if moment < info.valid_from:
        raise InvalidInput(
            "certificate_not_yet_valid",
            f"The certificate of {info.name} is valid only from {info.valid_from:%Y-%m-%d}.",
        )
    try:
        usage = certificate.extensions.get_extension_for_class(x509.KeyUsage).value
    except x509.ExtensionNotFound:
        usage = None
    if usage is not None and not (usage.digital_signature or usage.content_commitment):
        raise InvalidInput(
            "certificate_not_for_signing",
            f"The certificate of {info.name} is not meant for signatures.",
        )
    return SigningIdentity(key=key, certificate=certificate, chain=tuple(chain), info=info)


def _open_pkcs12(
    path: Path, passphrase: str
) -> tuple[PKCS12PrivateKeyTypes | None, x509.Certificate | None, list[x509.Certificate]]:
    from cryptography.hazmat.primitives.serialization import pkcs12

    data = _read_certificate_file(path)
    _check_pkcs12_structure(path, data)
    try:
        return pkcs12.load_key_and_certificates(data, passphrase.encode("utf-8") or None)
    except ValueError as exc:
        raise InvalidInput(
            "passphrase_wrong", f"The passphrase for {path.name!r} is not correct."
        ) from exc


def _read_certificate_file(path: Path) -> bytes:
    try:
        size = path.stat().st_size
    except FileNotFoundError as exc:
        raise InvalidInput(
            "certificate_missing", f"The file {str(path)!r} does not exist."
        ) from exc
    if not path.is_file() or size > MAX_FILE_BYTES:
        raise InvalidInput("not_pkcs12", f"{path.name!r} is not a certificate file (.p12/.pfx).")
    return path.read_bytes()


def _check_pkcs12_structure(path: Path, data: bytes) -> None:
    """Tell "not a PKCS#12 file" apart from "wrong passphrase" (cryptography says either)."""
    from asn1crypto import pkcs12

    try:
        pfx = pkcs12.Pfx.load(data, strict=True)
        pfx["auth_safe"]["content_type"].native  # noqa: B018  (parses the structure)
    except ValueError as exc:
        raise InvalidInput(
            "not_pkcs12", f"{path.name!r} is not a certificate file (.p12/.pfx)."
        ) from exc


def export_public_certificate(p12: Path, passphrase: str, out: Path) -> CertificateInfo:
    """Write the public certificate of ``p12`` for recipients: .pem (text) or .cer/.crt/.der.

    The file holds no secret: recipients import it to trust signatures made with it.
    An expired certificate can still be exported, for checking older signatures.
    """
    _public_encoding(out)  # refuse a wrong suffix before asking for the file
    _, certificate, _ = _open_pkcs12(p12, passphrase)
    if certificate is None:
        raise InvalidInput("no_certificate", f"{p12.name!r} holds no certificate.")
    save_public_certificate(certificate, out)
    return describe(certificate)


def save_public_certificate(certificate: x509.Certificate, out: Path) -> None:
    """Write ``certificate`` as .pem (text) or .cer/.crt/.der (binary DER)."""
    write_output(out, certificate.public_bytes(_public_encoding(out)))


def _public_encoding(out: Path) -> Encoding:
    from cryptography.hazmat.primitives.serialization import Encoding

    suffix = out.suffix.lower()
    if suffix not in PUBLIC_SUFFIXES:
        raise InvalidInput(
            "public_suffix",
            f"Cannot export a certificate as {out.name!r}: use .pem, .cer, .crt or .der.",
        )
    return Encoding.PEM if suffix == ".pem" else Encoding.DER


def load_public_certificate(path: Path) -> x509.Certificate:
    """A certificate from a .pem or DER (.cer/.crt/.der) file, e.g. one a signer exported."""
    from cryptography import x509

    try:
        data = path.read_bytes()
    except FileNotFoundError as exc:
        raise InvalidInput(
            "certificate_missing", f"The file {str(path)!r} does not exist."
        ) from exc
    try:
        if data.lstrip().startswith(b"-----BEGIN"):
            return x509.load_pem_x509_certificate(data)
        return x509.load_der_x509_certificate(data)
    except ValueError as exc:
        raise InvalidInput(
            "not_a_certificate", f"{path.name!r} is not a certificate (.pem or .cer)."
        ) from exc
