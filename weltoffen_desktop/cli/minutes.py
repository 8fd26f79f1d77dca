"""The `minutes` command: the minutes of a workshop as a PDF, optionally signed."""

from __future__ import annotations

import argparse
from pathlib import Path

from weltoffen_desktop.cli.common import Commands, open_workspace


def _minutes(args: argparse.Namespace) -> int:
    from weltoffen_desktop.minutes.build import build_minutes
    from weltoffen_desktop.minutes.export import sign_minutes, write_minutes
    from weltoffen_desktop.operations.errors import InvalidInput
    from weltoffen_desktop.operations.minutes import find_workshop, minutes_source

    if args.out.suffix.lower() != ".pdf":
        raise InvalidInput("minutes_suffix", f"Minutes are written as .pdf, not {args.out.name!r}.")
    if (args.sign is None) != (args.passphrase_file is None):
        raise InvalidInput("sign_needs_both", "--sign and --passphrase-file go together.")
    if args.sign_field is not None and args.sign is None:
        raise InvalidInput("sign_field_alone", "--sign-field needs --sign.")
    identity = None
    if args.sign is not None:  # a wrong passphrase is refused before anything is written
        from weltoffen_desktop.cli.signing import read_passphrase
        from weltoffen_desktop.signing.certificates import load_identity

        identity = load_identity(args.sign, read_passphrase(args.passphrase_file))
    with open_workspace(args.path) as ws:
        uid = find_workshop(ws, args.workshop)
        source = minutes_source(ws, uid)
        pdf = build_minutes(source, args.kind, args.language)
        if identity is not None:
            pdf = sign_minutes(pdf, identity, args.sign_field, args.language)
        info = write_minutes(ws, uid, pdf, args.out, args.kind)
    signed = f", signed by {identity.info.name}" if identity is not None else ""
    print(f"Wrote the {args.kind} minutes of {source.workshop.title!r} to {args.out}{signed}")
    print(f"SHA-256 {info.sha256}")
    return 0


def register(commands: Commands) -> None:
    minutes = commands.add_parser(
        "minutes",
        help="write the minutes of a workshop as a PDF (results or course minutes)",
        description="Write the minutes of a workshop as a PDF with empty signature fields "
        "for the chair and the minute-taker; with --sign, sign one of them right away.",
    )
    minutes.add_argument("path", type=Path, metavar="PATH")
    minutes.add_argument(
        "--workshop", required=True, metavar="ID", help="the workshop's ID (or its exact title)"
    )
    minutes.add_argument("--out", type=Path, required=True, metavar="FILE.pdf")
    minutes.add_argument(
        "--kind",
        choices=("results", "course"),
        default="results",
        help="results minutes (Ergebnisprotokoll, default) or course minutes "
        "(Verlaufsprotokoll: also the notes of each agenda item and every card)",
    )
    minutes.add_argument("--language", choices=("de", "en"), default="de")
    minutes.add_argument("--sign", type=Path, metavar="FILE.p12", help="sign with this certificate")
    minutes.add_argument(
        "--passphrase-file",
        type=Path,
        metavar="F",
        help="a file whose first line is the passphrase",
    )
    minutes.add_argument(
        "--sign-field",
        choices=("chair", "minute_taker"),
        help="the signature block to sign (default: the chair's)",
    )
    minutes.set_defaults(handler=_minutes)
