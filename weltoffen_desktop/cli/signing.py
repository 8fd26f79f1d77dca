"""Commands for signatures: cert create/export, sign, verify."""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import TYPE_CHECKING

from weltoffen_desktop.cli.common import Commands

if TYPE_CHECKING:
    from weltoffen_desktop.signing.certificates import CertificateInfo
    from weltoffen_desktop.signing.verify import SignatureCheck, VerifyReport

FIELDS = ("chair", "minute_taker")


def read_passphrase(path: Path) -> str:
    """The first line of ``path`` without its line break; a missing or empty file is refused."""
    from weltoffen_desktop.operations.errors import InvalidInput

    try:
        text = path.read_text(encoding="utf-8-sig")
    except FileNotFoundError as exc:
        raise InvalidInput(
            "passphrase_file_missing", f"The passphrase file {str(path)!r} does not exist."
        ) from exc
    except (UnicodeDecodeError, IsADirectoryError) as exc:
        raise InvalidInput(
            "passphrase_file_unreadable",
            f"The passphrase file {str(path)!r} is not a UTF-8 text file.",
        ) from exc
    passphrase = text.partition("\n")[0].removesuffix("\r")
    if not passphrase:
        raise InvalidInput(
            "passphrase_file_empty", f"The first line of {str(path)!r} is empty: no passphrase."
        )
    return passphrase


def _describe(info: CertificateInfo) -> str:
    who = ", ".join(part for part in (info.name, info.organisation, info.email) if part)
    return (
        f"{who}\n  valid {info.valid_from:%Y-%m-%d} to {info.valid_until:%Y-%m-%d}"
        f"{', self-signed' if info.self_signed else ''}\n"
        f"  SHA-256 fingerprint {info.fingerprint}"
    )


def _cert_create(args: argparse.Namespace) -> int:
    from weltoffen_desktop.signing.certificates import create_certificate

    info = create_certificate(
        args.out,
        read_passphrase(args.passphrase_file),
        args.name,
        args.organisation,
        args.email,
        overwrite=args.force,
    )
    print(f"Created a signing certificate in {args.out}:\n{_describe(info)}")
    print(
        "Keep the file and its passphrase to yourself. Give recipients the public "
        "certificate: weltoffen cert export"
    )
    return 0


def _cert_export(args: argparse.Namespace) -> int:
    from weltoffen_desktop.signing.certificates import export_public_certificate

    info = export_public_certificate(args.p12, read_passphrase(args.passphrase_file), args.out)
    print(f"Wrote the public certificate to {args.out}:\n{_describe(info)}")
    return 0


def _sign(args: argparse.Namespace) -> int:
    from weltoffen_desktop.signing.certificates import load_identity
    from weltoffen_desktop.signing.sign import sign_pdf

    identity = load_identity(args.p12, read_passphrase(args.passphrase_file))
    signed = sign_pdf(
        args.pdf,
        identity,
        field=args.field,
        role=args.role,
        out=args.out,
        language=args.language,
    )
    where = f"a new field {signed.field!r}" if signed.new_field else f"field {signed.field!r}"
    print(f"Signed {signed.path} as {identity.info.name} in {where}")
    return 0


def _verify(args: argparse.Namespace) -> int:
    from weltoffen_desktop.signing.certificates import load_public_certificate
    from weltoffen_desktop.signing.verify import verify_pdf

    trusted = [load_public_certificate(path) for path in args.trust or ()]
    report = verify_pdf(args.pdf, trusted)
    if args.json:
        print(json.dumps(_as_json(report), ensure_ascii=False, indent=2))
    else:
        print(_as_text(report))
    return 0 if report.ok else 1


def _as_json(report: VerifyReport) -> dict[str, object]:
    return {
        "file": str(report.path),
        "ok": report.ok,
        "signatures": [
            {
                "field": check.field,
                "signer": check.signer.name if check.signer else None,
                "organisation": check.signer.organisation if check.signer else None,
                "email": check.signer.email if check.signer else None,
                "certificate_fingerprint_sha256": check.signer.fingerprint
                if check.signer
                else None,
                "self_signed": check.signer.self_signed if check.signer else None,
                "role": check.role,
                "signed_at": check.signed_at.isoformat() if check.signed_at else None,
                "intact": check.intact,
                "covers_whole_document": check.covers_whole_document,
                "later_changes": check.later_changes.value,
                "trusted": check.trusted,
                "ok": check.ok,
            }
            for check in report.signatures
        ],
    }


def _as_text(report: VerifyReport) -> str:
    if not report.signatures:
        return f"{report.path}: no signatures.\nResult: NOT OK - the file is not signed."
    lines = [f"{report.path}: {len(report.signatures)} signature(s)"]
    for number, check in enumerate(report.signatures, start=1):
        lines += _check_lines(number, check)
    if report.ok:
        lines.append(
            "Result: OK - every signature is intact and the last one covers the whole document."
        )
    else:
        lines.append("Result: NOT OK - see the signatures above.")
    return "\n".join(lines)


def _check_lines(number: int, check: SignatureCheck) -> list[str]:
    from weltoffen_desktop.signing.verify import LaterChanges

    signer = check.signer
    who = "unreadable signature" if signer is None else signer.name
    if signer is not None and signer.organisation:
        who += f" ({signer.organisation})"
    lines = [f"Signature {number}, field {check.field!r}: {who}"]
    if check.role:
        lines.append(f"  role: {check.role}")
    if check.signed_at is not None:
        lines.append(
            f"  signed at {check.signed_at:%Y-%m-%d %H:%M:%S %z} "
            "(the signer's computer clock, not confirmed by a time-stamp service)"
        )
    lines.append(
        "  intact: yes - unchanged since this signature"
        if check.intact
        else "  intact: NO - the signed content was changed, or the signature is damaged"
    )
    coverage = {
        LaterChanges.NONE: "  covers: the whole document",
        LaterChanges.SIGNATURES: "  covers: the document as it was then; "
        "afterwards only further signatures were added",
        LaterChanges.OTHER: "  covers: NOT the whole document - "
        "it was changed after this signature",
    }
    lines.append(coverage[check.later_changes])
    if signer is not None:
        if check.trusted:
            trust = "trusted (it leads to a certificate you trust)"
        elif signer.self_signed:
            trust = (
                "self-signed, not verified by a trust list - compare the fingerprint with "
                "the signer's, or check with the certificate they exported (--trust FILE)"
            )
        else:
            trust = "not verified by a trust list"
        lines.append(f"  certificate: {trust}")
        lines.append(f"  SHA-256 fingerprint: {signer.fingerprint}")
    return lines


def register(commands: Commands) -> None:
    cert = commands.add_parser(
        "cert", help="create a signing certificate or export its public part"
    )
    cert_commands = cert.add_subparsers(dest="cert_command", required=True, metavar="ACTION")
    create = cert_commands.add_parser(
        "create", help="create a self-signed signing certificate (.p12, passphrase-protected)"
    )
    create.add_argument("--name", required=True, help="the person who signs")
    create.add_argument("--organisation", default="", metavar="ORG")
    create.add_argument("--email", default="", metavar="MAIL")
    create.add_argument("--out", type=Path, required=True, metavar="FILE.p12")
    create.add_argument(
        "--passphrase-file",
        type=Path,
        required=True,
        metavar="F",
        help="a file whose first line is the passphrase (at least 12 characters)",
    )
    create.add_argument("--force", action="store_true", help="replace an existing FILE.p12")
    create.set_defaults(handler=_cert_create)

    export = cert_commands.add_parser(
        "export", help="write the public certificate for recipients (.pem or .cer)"
    )
    export.add_argument("p12", type=Path, metavar="FILE.p12")
    export.add_argument("--passphrase-file", type=Path, required=True, metavar="F")
    export.add_argument("--out", type=Path, required=True, metavar="FILE.pem|.cer")
    export.set_defaults(handler=_cert_export)

    sign = commands.add_parser(
        "sign", help="sign a PDF visibly (PAdES); earlier signatures stay valid"
    )
    sign.add_argument("pdf", type=Path, metavar="FILE.pdf")
    sign.add_argument("--p12", type=Path, required=True, metavar="FILE.p12")
    sign.add_argument("--passphrase-file", type=Path, required=True, metavar="F")
    sign.add_argument(
        "--field",
        metavar="|".join(FIELDS),
        help="the signature field to fill (default: the first empty one, else a new field)",
    )
    sign.add_argument(
        "--role", metavar="TEXT", help="printed under the name (default: by field, e.g. Vorsitz)"
    )
    sign.add_argument("--language", choices=("de", "en"), default="de", help="of the stamp text")
    sign.add_argument("--out", type=Path, metavar="OUT.pdf", help="default: sign FILE.pdf in place")
    sign.set_defaults(handler=_sign)

    verify = commands.add_parser(
        "verify", help="check the signatures of a PDF (exit 0 only if all are intact)"
    )
    verify.add_argument("pdf", type=Path, metavar="FILE.pdf")
    verify.add_argument("--json", action="store_true", help="print JSON")
    verify.add_argument(
        "--trust",
        type=Path,
        action="append",
        metavar="CERT",
        help="a certificate (.pem/.cer) you trust, e.g. one a signer gave you; repeatable",
    )
    verify.set_defaults(handler=_verify)
