"""Log files: a text (or JSON lines) log, rotated at start-up, and a faulthandler dump."""

from __future__ import annotations

import faulthandler
import json
import logging
from pathlib import Path
from typing import IO

LOG_NAME = "weltoffen.log"
FAULT_NAME = "crash.log"
MAX_LOG_BYTES = 1_000_000
KEEP_OLD_LOGS = 3
_fault_file: IO[str] | None = None


class JsonLines(logging.Formatter):
    def format(self, record: logging.LogRecord) -> str:
        entry = {
            "time": self.formatTime(record, "%Y-%m-%dT%H:%M:%S"),
            "level": record.levelname,
            "logger": record.name,
            "message": record.getMessage(),
        }
        if record.exc_info:
            entry["exception"] = self.formatException(record.exc_info)
        return json.dumps(entry, ensure_ascii=False)


def _rotate(path: Path) -> None:
    """Start a fresh log when the last one is large, keeping the previous ones.

    Done once at start-up; logging.handlers' rotating handler costs ~50 ms of imports.
    """
    if not path.exists() or path.stat().st_size < MAX_LOG_BYTES:
        return
    for index in range(KEEP_OLD_LOGS - 1, 0, -1):
        older = path.with_name(f"{path.name}.{index}")
        if older.exists():
            older.replace(path.with_name(f"{path.name}.{index + 1}"))
    path.replace(path.with_name(f"{path.name}.1"))


def setup_logging(log_dir: Path, *, json_lines: bool = False) -> Path:
    """Log to ``log_dir``; native crashes (segfaults) are dumped there too."""
    global _fault_file
    log_dir.mkdir(parents=True, exist_ok=True)
    path = log_dir / LOG_NAME
    _rotate(path)
    handler = logging.FileHandler(path, encoding="utf-8")
    handler.setFormatter(
        JsonLines()
        if json_lines
        else logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s")
    )
    root = logging.getLogger()
    root.addHandler(handler)
    root.setLevel(logging.INFO)
    if _fault_file is None:
        _fault_file = (log_dir / FAULT_NAME).open("a", encoding="utf-8")
        faulthandler.enable(_fault_file)
    return path
