"""Where the application keeps its own files (settings, logs, backups).

Workspaces live wherever the user saves them; this module only covers the
application's folders. Setting a base dir (``--base-dir`` or the
``WELTOFFEN_BASE_DIR`` environment variable) moves all of them below one
folder, so tests and automation never touch the user's real folders.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

BASE_DIR_ENV = "WELTOFFEN_BASE_DIR"


@dataclass(frozen=True)
class AppDirs:
    config: Path
    data: Path
    logs: Path

    @classmethod
    def below(cls, base: Path) -> AppDirs:
        return cls(config=base / "config", data=base / "data", logs=base / "logs")

    @classmethod
    def resolve(cls, base_dir: Path | None = None) -> AppDirs:
        """The folders to use: an explicit base dir, the environment's, or the platform's."""
        if base_dir is None and os.environ.get(BASE_DIR_ENV):
            base_dir = Path(os.environ[BASE_DIR_ENV])
        if base_dir is not None:
            return cls.below(base_dir.expanduser().absolute())
        import platformdirs

        name = "weltoffen-desktop"
        return cls(
            config=Path(platformdirs.user_config_dir(name, appauthor=False)),
            data=Path(platformdirs.user_data_dir(name, appauthor=False)),
            logs=Path(platformdirs.user_log_dir(name, appauthor=False)),
        )

    def ensure(self) -> AppDirs:
        for folder in (self.config, self.data, self.logs):
            folder.mkdir(parents=True, exist_ok=True)
        return self
