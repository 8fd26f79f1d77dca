"""Signing a PDF: a visible PAdES B-B signature, added as an incremental update.

The minutes carry empty signature fields named ``chair`` and ``minute_taker`` in the
signature blocks of their last page. Signing fills the named field, or by default the
first empty one; a PDF without an empty field gets a new field at the bottom of its last
page, beside any that are there. Earlier signatures stay valid: a signature only appends
to the file.
"""

from __future__ import annotations

import io
from dataclasses import dataclass
from pathlib import Path

from asn1crypto import x509 as asn1_x509
from cryptography.hazmat.primitives.asymmetric.ec import ECDSA
from cryptography.hazmat.primitives.asymmetric.padding import PKCS1v15
from cryptography.hazmat.primitives.asymmetric.rsa import RSAPrivateKey
from cryptography.hazmat.primitives.serialization import Encoding
from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
from pyhanko.pdf_utils.misc import PdfError
from pyhanko.pdf_utils.reader import PdfFileReader
from pyhanko.pdf_utils.rw_common import find_inherited_value_in_tree
from pyhanko.sign import fields, signers
from pyhanko.sign.general import SigningError, get_pyca_cryptography_hash
from pyhanko.sign.signers.pdf_byterange import BuildProps
from pyhanko_certvalidator.registry import SimpleCertificateStore

from weltoffen_desktop import APP_NAME, __version__
from weltoffen_desktop.operations.errors import InvalidInput
from weltoffen_desktop.signing.certificates import SigningIdentity
from weltoffen_desktop.signing.output import read_pdf, write_output
from weltoffen_desktop.signing.stamp import TEXTS, stamp_params, stamp_style

FIELD_CHAIR = "chair"
FIELD_MINUTE_TAKER = "minute_taker"
DEFAULT_ROLES = {
    "de": {FIELD_CHAIR: "Vorsitz", FIELD_MINUTE_TAKER: "Protokollführung"},
    "en": {FIELD_CHAIR: "Chair", FIELD_MINUTE_TAKER: "Minute-taker"},
}
LANGUAGES = tuple(TEXTS)
MAX_ROLE = 100
MAX_FIELD_NAME = 100
NEW_FIELD_SIZE = (220.0, 72.0)  # points
NEW_FIELD_MARGIN = 36.0  # from the page's edges
NEW_FIELD_GAP = 12.0  # between fields
NEW_FIELD_PREFIX = "signature"
SIGNATURE_HEADROOM = 4096  # bytes beyond the certificates: attributes, signature, slack

Box = tuple[float, float, float, float]


@dataclass(frozen=True)
class SignatureField:
    name: str
    signed: bool


@dataclass(frozen=True)
class SignedPdf:
    path: Path
    field: str
    new_field: bool  # True if the PDF had no such empty field and one was added


def default_role(field: str | None, language: str = "de") -> str:
    """The role printed for a field of the minutes ("Vorsitz"), or "" for other fields."""
    return DEFAULT_ROLES[language].get(field or "", "")


def signature_fields(pdf: Path) -> list[SignatureField]:
    """The signature fields of ``pdf`` in document order, empty or signed."""
    reader = PdfFileReader(io.BytesIO(read_pdf(pdf)))
    return _fields(reader)


def sign_pdf(
    pdf: Path,
    identity: SigningIdentity,
    *,
    field: str | None = None,
    role: str | None = None,
    out: Path | None = None,
    language: str = "de",
) -> SignedPdf:
    """Sign ``pdf`` and write the result to ``out`` (default: ``pdf`` itself), atomically.

    ``field``: the signature field to fill (default: the first empty one); a name the PDF
    does not have becomes a new field. ``role`` is printed under the name; ``None`` means
    the field's default role (``default_role``), "" means none. ``language`` ("de"/"en")
    is the language of the stamp text.
    """
    if language not in LANGUAGES:
        raise InvalidInput("language_unknown", f"Unknown stamp language {language!r}.")
    if role is not None and len(role.strip()) > MAX_ROLE:
        raise InvalidInput(
            "signature_role_too_long",
            f"The role may have at most {MAX_ROLE} characters.",
            {"limit": MAX_ROLE},
        )
    if field is not None:
        field = field.strip()
        if not field or len(field) > MAX_FIELD_NAME or "." in field:
            raise InvalidInput(
                "field_name_invalid", f"{field!r} cannot be the name of a signature field."
            )
    writer = _writer(pdf)
    existing = _fields(writer.prev)
    name, new_field = _target_field(writer, existing, field)
    role = default_role(name, language) if role is None else role.strip()
    meta = signers.PdfSignatureMetadata(
        field_name=name,
        md_algorithm="sha256",
        subfilter=fields.SigSeedSubFilter.PADES,
        reason=role or None,
        app_build_props=BuildProps(name=APP_NAME, revision=__version__),
    )
    signer = signers.PdfSigner(
        meta,
        _IdentitySigner(identity),
        stamp_style=stamp_style(language, with_role=bool(role)),
        new_field_spec=new_field,
    )
    try:
        signed = signer.sign_pdf(
            writer,
            bytes_reserved=_room_for_signature(identity),
            appearance_text_params=stamp_params(identity.info.name, role, language),
            output=io.BytesIO(),
        )
    except (SigningError, PdfError) as exc:
        raise InvalidInput("cannot_sign", f"{pdf.name!r} cannot be signed: {exc}") from exc
    target = out if out is not None else pdf
    write_output(target, signed.getvalue())
    return SignedPdf(path=target, field=name, new_field=new_field is not None)


def _room_for_signature(identity: SigningIdentity) -> int:
    """Hex digits to reserve for the signature: its certificates plus signed attributes,
    the signature value and headroom. pyHanko would otherwise build the signature twice
    (once to measure it)."""
    certificates = sum(
        len(c.public_bytes(Encoding.DER)) for c in (identity.certificate, *identity.chain)
    )
    return 2 * (certificates + SIGNATURE_HEADROOM)


def _writer(pdf: Path) -> IncrementalPdfFileWriter:
    try:
        writer = IncrementalPdfFileWriter(io.BytesIO(read_pdf(pdf)))
    except PdfError as exc:
        raise InvalidInput("pdf_damaged", f"{pdf.name!r} is damaged: {exc}") from exc
    if writer.prev.encrypted:
        raise InvalidInput(
            "pdf_encrypted", f"{pdf.name!r} is encrypted; only unencrypted PDFs can be signed."
        )
    return writer


def _fields(reader: PdfFileReader) -> list[SignatureField]:
    return [
        SignatureField(name=name, signed=value is not None)
        for name, value, _ in fields.enumerate_sig_fields(reader)
    ]


def _target_field(
    writer: IncrementalPdfFileWriter, existing: list[SignatureField], wanted: str | None
) -> tuple[str, fields.SigFieldSpec | None]:
    """The field to sign, and the spec of a new one if it must be created."""
    if wanted is None:
        empty = next((f for f in existing if not f.signed), None)
        if empty is not None:
            return empty.name, None
        taken = {f.name for f in existing}
        number = len(existing) + 1
        while f"{NEW_FIELD_PREFIX}{number}" in taken:
            number += 1
        wanted = f"{NEW_FIELD_PREFIX}{number}"
    else:
        found = next((f for f in existing if f.name == wanted), None)
        if found is not None and found.signed:
            raise InvalidInput("field_signed", f"The field {wanted!r} is signed already.")
        if found is not None:
            return wanted, None
    page_count = int(writer.root["/Pages"]["/Count"])
    box = _free_box(writer, page_count - 1)
    return wanted, fields.SigFieldSpec(sig_field_name=wanted, on_page=page_count - 1, box=box)


def _free_box(writer: IncrementalPdfFileWriter, page_index: int) -> Box:
    """A place for a new field at the bottom of a page that overlaps no annotation there."""
    page_ref, _ = writer.find_page_for_modification(page_index)
    page = page_ref.get_object()
    # Any of these may be an indirect object (matplotlib writes them so).
    media_box = find_inherited_value_in_tree(page, "/MediaBox", "/Parent").get_object()
    left, bottom, right, top = (float(v) for v in media_box)
    annotations = page["/Annots"].get_object() if "/Annots" in page else ()
    taken = [
        tuple(float(v) for v in annotation.get_object()["/Rect"].get_object())
        for annotation in annotations
        if "/Rect" in annotation.get_object()
    ]
    width, height = NEW_FIELD_SIZE
    y = bottom + NEW_FIELD_MARGIN
    while y + height <= top - NEW_FIELD_MARGIN:
        x = left + NEW_FIELD_MARGIN
        while x + width <= right - NEW_FIELD_MARGIN:
            box = (x, y, x + width, y + height)
            if not any(_overlap(box, other) for other in taken):  # type: ignore[arg-type]
                return box
            x += width + NEW_FIELD_GAP
        y += height + NEW_FIELD_GAP
    raise InvalidInput("no_room", "The last page has no free place for another signature.")


def _overlap(a: Box, b: Box) -> bool:
    b = (min(b[0], b[2]), min(b[1], b[3]), max(b[0], b[2]), max(b[1], b[3]))
    return a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]


class _IdentitySigner(signers.Signer):
    """Signs with a key already in memory.

    pyHanko's SimpleSigner re-reads (and re-checks) the key for every signing operation,
    which costs ~0.2 s each for RSA-3072; the key here was checked once when opened.
    """

    def __init__(self, identity: SigningIdentity) -> None:
        certificate = asn1_x509.Certificate.load(identity.certificate.public_bytes(Encoding.DER))
        chain = [asn1_x509.Certificate.load(c.public_bytes(Encoding.DER)) for c in identity.chain]
        super().__init__(
            signing_cert=certificate,
            cert_registry=SimpleCertificateStore.from_certs([certificate, *chain]),
        )
        self._key = identity.key

    async def async_sign_raw(
        self, data: bytes, digest_algorithm: str, dry_run: bool = False
    ) -> bytes:
        algorithm = get_pyca_cryptography_hash(digest_algorithm)
        if isinstance(self._key, RSAPrivateKey):
            return self._key.sign(data, PKCS1v15(), algorithm)
        return self._key.sign(data, ECDSA(algorithm))
