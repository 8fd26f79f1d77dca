"""Commands for the safety of the data: backups, restoring, encrypted copies."""

from __future__ import annotations

import argparse
import getpass
import json
import sys
from pathlib import Path

from weltoffen_desktop.cli.common import Commands, add_take_over


def _data_dir() -> Path:
    from weltoffen_desktop.paths import AppDirs

    return AppDirs.resolve().data


def _backup(args: argparse.Namespace) -> int:
    from weltoffen_desktop.operations.backups import back_up

    print(back_up(args.path, _data_dir(), args.out, overwrite=args.force))
    return 0


def _backups(args: argparse.Namespace) -> int:
    from weltoffen_desktop.operations.backups import backups_of

    infos = backups_of(args.path, _data_dir())
    if args.json:
        rows = [
            {"path": str(i.path), "created": i.created.isoformat(), "size": i.size} for i in infos
        ]
        print(json.dumps(rows, ensure_ascii=False))
        return 0
    if not infos:
        print(f"No backups of {args.path}")
    for info in infos:
        print(f"{info.created:%Y-%m-%d %H:%M:%S}  {info.size:>12,} bytes  {info.path}")
    return 0


def _restore(args: argparse.Namespace) -> int:
    from weltoffen_desktop.operations.backups import restore

    aside = restore(args.backup, args.to, take_over=args.take_over)
    print(f"Restored {args.backup} to {args.to}")
    if aside is not None:
        print(f"The previous file was kept as {aside}")
    return 0


def _passphrase(args: argparse.Namespace, *, new: bool) -> str:
    """The passphrase: the first line of ``--passphrase-file``, or typed (twice if new)."""
    from weltoffen_desktop.operations.errors import InvalidInput

    if args.passphrase_file is not None:
        with args.passphrase_file.open(encoding="utf-8-sig") as f:
            return f.readline().rstrip("\r\n")
    if not sys.stdin.isatty():
        raise InvalidInput("passphrase_missing", "Give the passphrase with --passphrase-file.")
    passphrase = getpass.getpass("Passphrase: ")
    if new and getpass.getpass("The same passphrase again: ") != passphrase:
        raise InvalidInput("passphrase_mismatch", "The two passphrases differ.")
    return passphrase


def _check_files(source: Path, out: Path, force: bool) -> None:
    """Before asking for a passphrase: the source must be there, the target not (unless forced)."""
    from weltoffen_desktop.storage.database import Problem, WorkspaceError

    if not source.is_file():
        raise WorkspaceError(Problem.NOT_FOUND, source)
    if out.exists() and not force:
        raise WorkspaceError(Problem.EXISTS, out)


def _export_encrypted(args: argparse.Namespace) -> int:
    from weltoffen_desktop.operations.encrypted_copy import check_new_passphrase, export_encrypted

    _check_files(args.path, args.out, args.force)
    passphrase = _passphrase(args, new=True)
    check_new_passphrase(passphrase)
    export_encrypted(args.path, args.out, passphrase, overwrite=args.force)
    print(f"Wrote an encrypted copy of {args.path} to {args.out}")
    return 0


def _import_encrypted(args: argparse.Namespace) -> int:
    from weltoffen_desktop.operations.encrypted_copy import import_encrypted

    _check_files(args.file, args.out, args.force)
    aside = import_encrypted(
        args.file,
        args.out,
        _passphrase(args, new=False),
        overwrite=args.force,
        take_over=args.take_over,
    )
    print(f"Decrypted {args.file} to {args.out}")
    if aside is not None:
        print(f"The previous file was kept as {aside}")
    return 0


def _add_passphrase_file(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--passphrase-file",
        type=Path,
        metavar="F",
        help="read the passphrase from the first line of F (else it is asked for)",
    )


def register(commands: Commands) -> None:
    backup = commands.add_parser(
        "backup",
        help="make a verified backup of a workspace (by default into the automatic backups)",
    )
    backup.add_argument("path", type=Path, metavar="PATH", help="the workspace")
    backup.add_argument("--out", type=Path, metavar="FILE", help="write the backup to FILE")
    backup.add_argument("--force", action="store_true", help="replace an existing FILE")
    backup.set_defaults(handler=_backup)

    backups = commands.add_parser("backups", help="list the automatic backups of a workspace")
    backups.add_argument("path", type=Path, metavar="PATH", help="the workspace")
    backups.add_argument("--json", action="store_true", help="print JSON")
    backups.set_defaults(handler=_backups)

    restore = commands.add_parser(
        "restore", help="restore a backup; an existing file is kept aside, never overwritten"
    )
    restore.add_argument("backup", type=Path, metavar="BACKUP", help="the backup file")
    restore.add_argument(
        "--to", type=Path, required=True, metavar="PATH", help="the workspace to restore"
    )
    add_take_over(restore)
    restore.set_defaults(handler=_restore)

    export = commands.add_parser(
        "export-encrypted",
        help="write a passphrase-encrypted copy of a workspace or backup (for a USB stick)",
    )
    export.add_argument("path", type=Path, metavar="PATH", help="the workspace or backup")
    export.add_argument(
        "--out", type=Path, required=True, metavar="FILE.weltoffen-enc", help="the copy"
    )
    _add_passphrase_file(export)
    export.add_argument("--force", action="store_true", help="replace an existing FILE")
    export.set_defaults(handler=_export_encrypted)

    load = commands.add_parser(
        "import-encrypted",
        help="decrypt an encrypted copy into a workspace; nothing is written unless it is intact",
    )
    load.add_argument("file", type=Path, metavar="FILE.weltoffen-enc", help="the encrypted copy")
    load.add_argument(
        "--out", type=Path, required=True, metavar="PATH.weltoffen", help="the workspace to write"
    )
    _add_passphrase_file(load)
    load.add_argument(
        "--force",
        action="store_true",
        help="replace an existing workspace (it is kept aside, as with restore)",
    )
    add_take_over(load)
    load.set_defaults(handler=_import_encrypted)
