"""Checking the signatures of a PDF: by whom, when, intact, covering what, trusted or not.

Every check runs offline: certificates are never fetched and revocation is not looked up.
Whether a signature is intact is judged by its hash over the signed bytes (pyHanko's
``intact``, together with the cryptographic ``valid``), how much of the file it covers,
and what changed after it; never by ``valid`` alone, which stays True after tampering.
"""

from __future__ import annotations

import datetime as dt
import enum
import io
import logging
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from asn1crypto import x509 as asn1_x509
from cryptography import x509
from cryptography.hazmat.primitives.serialization import Encoding
from pyhanko.pdf_utils.misc import PdfError
from pyhanko.pdf_utils.reader import PdfFileReader
from pyhanko.sign.diff_analysis import ModificationLevel
from pyhanko.sign.validation import validate_pdf_signature
from pyhanko.sign.validation.errors import SignatureValidationError
from pyhanko.sign.validation.pdf_embedded import EmbeddedPdfSignature
from pyhanko.sign.validation.settings import KeyUsageConstraints
from pyhanko.sign.validation.status import SignatureCoverageLevel
from pyhanko_certvalidator import ValidationContext

from weltoffen_desktop.operations.errors import InvalidInput
from weltoffen_desktop.signing.certificates import CertificateInfo, describe
from weltoffen_desktop.signing.output import read_pdf

log = logging.getLogger(__name__)
# pyHanko logs each untrusted (e.g. self-signed) certificate and each change after a
# signature as an error with a traceback; the report says the same in plain words.
for _noisy in ("pyhanko.sign.validation.generic_cms", "pyhanko.sign.diff_analysis.policies"):
    logging.getLogger(_noisy).setLevel(logging.CRITICAL)

_SIGNING_KEY_USAGE = KeyUsageConstraints(
    key_usage={"digital_signature", "non_repudiation"}, match_all_key_usages=False
)


class LaterChanges(enum.Enum):
    """What was added to the file after a signature."""

    NONE = "none"  # the signature covers the whole file
    SIGNATURES = "signatures"  # only further signatures, form entries or metadata
    OTHER = "other"  # anything else: the signed content may look different now


@dataclass(frozen=True)
class SignatureCheck:
    field: str
    signer: CertificateInfo | None  # None if the signature cannot even be read
    role: str  # the signature's stated reason, e.g. "Vorsitz"
    signed_at: dt.datetime | None  # as the signer's computer clock said, not confirmed
    intact: bool  # the signed bytes are unchanged and the signature matches them
    covers_whole_document: bool  # nothing at all was added to the file after it
    later_changes: LaterChanges
    trusted: bool  # the certificate leads to a trusted certificate (a trust list)

    @property
    def ok(self) -> bool:
        """Intact, and whatever came after it does not alter what was signed."""
        return self.intact and self.later_changes is not LaterChanges.OTHER


@dataclass(frozen=True)
class VerifyReport:
    path: Path
    signatures: list[SignatureCheck]

    @property
    def ok(self) -> bool:
        """At least one signature, each ok, and the last one covers the whole document."""
        return (
            bool(self.signatures)
            and all(check.ok for check in self.signatures)
            and self.signatures[-1].covers_whole_document
        )


def verify_pdf(path: Path, trusted: Sequence[x509.Certificate] = ()) -> VerifyReport:
    """Check every signature of ``path``, in the order they were made.

    ``trusted``: certificates the user trusts (e.g. one a signer exported for them); a
    signature counts as trusted only if its certificate leads to one of them.
    """
    try:
        reader = PdfFileReader(io.BytesIO(read_pdf(path)))
        embedded = reader.embedded_signatures
    except PdfError as exc:
        raise InvalidInput("pdf_damaged", f"{path.name!r} is damaged: {exc}") from exc
    roots = [asn1_x509.Certificate.load(c.public_bytes(Encoding.DER)) for c in trusted]
    return VerifyReport(path=path, signatures=[_check(sig, roots) for sig in embedded])


def _check(signature: EmbeddedPdfSignature, roots: list[asn1_x509.Certificate]) -> SignatureCheck:
    field = str(signature.field_name)
    role = str(signature.sig_object.get("/Reason", ""))
    try:
        signer = describe(x509.load_der_x509_certificate(signature.signer_cert.dump()))
        status = validate_pdf_signature(
            signature,
            ValidationContext(trust_roots=roots, allow_fetching=False),
            key_usage_settings=_SIGNING_KEY_USAGE,
        )
    except (SignatureValidationError, PdfError, ValueError, KeyError) as exc:
        log.warning("Signature in field %s cannot be checked: %s", field, exc)
        return SignatureCheck(
            field=field,
            signer=None,
            role=role,
            signed_at=None,
            intact=False,
            covers_whole_document=False,
            later_changes=LaterChanges.OTHER,
            trusted=False,
        )
    coverage = status.coverage
    if coverage is SignatureCoverageLevel.ENTIRE_FILE:
        later = LaterChanges.NONE
    elif coverage is SignatureCoverageLevel.ENTIRE_REVISION and status.modification_level in (
        ModificationLevel.NONE,
        ModificationLevel.LTA_UPDATES,
        ModificationLevel.FORM_FILLING,
    ):
        later = LaterChanges.SIGNATURES
    else:
        later = LaterChanges.OTHER
    intact = bool(status.intact and status.valid)
    return SignatureCheck(
        field=field,
        signer=signer,
        role=role,
        signed_at=status.signer_reported_dt,
        intact=intact,
        covers_whole_document=coverage is SignatureCoverageLevel.ENTIRE_FILE,
        later_changes=later,
        trusted=intact and status.trusted,
    )
