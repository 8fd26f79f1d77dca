"""Commands for the safety of the data: backup, backups, restore."""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from weltoffen_desktop.cli.common import Commands


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

    aside = restore(args.backup, args.to)
    print(f"Restored {args.backup} to {args.to}")
    if aside is not None:
        print(f"The previous file was kept as {aside}")
    return 0


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
    restore.set_defaults(handler=_restore)
