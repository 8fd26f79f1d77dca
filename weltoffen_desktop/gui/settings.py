"""Every user setting in one typed registry, stored as an INI file by QSettings."""

from __future__ import annotations

from pathlib import Path
from typing import Any, Generic, TypeVar, overload

from PySide6.QtCore import QByteArray, QSettings

T = TypeVar("T")
MAX_RECENT = 8


class Setting(Generic[T]):
    """A descriptor for one key with a type and a default."""

    def __init__(self, key: str, default: T, kind: type) -> None:
        self.key = key
        self.default = default
        self.kind = kind

    @overload
    def __get__(self, obj: None, owner: type) -> Setting[T]: ...
    @overload
    def __get__(self, obj: Settings, owner: type) -> T: ...
    def __get__(self, obj: Settings | None, owner: type) -> Any:
        if obj is None:
            return self
        value = obj.store.value(self.key, self.default, type=self.kind)
        return self.default if value is None else value

    def __set__(self, obj: Settings, value: T) -> None:
        obj.store.setValue(self.key, value)


class Settings:
    language = Setting[str]("ui/language", "de", str)
    recent_files = Setting[list[str]]("files/recent", [], list)
    window_geometry = Setting[QByteArray]("window/geometry", QByteArray(), QByteArray)
    window_state = Setting[QByteArray]("window/state", QByteArray(), QByteArray)
    # The .p12 last created, checked or used for signing; never its passphrase.
    signing_certificate = Setting[str]("signing/certificate", "", str)
    minutes_folder = Setting[str]("minutes/folder", "", str)  # where minutes were exported

    def __init__(self, path: Path) -> None:
        self.store = QSettings(str(path), QSettings.Format.IniFormat)

    def remember_file(self, path: Path) -> None:
        entry = str(Path(path).absolute())
        recent = [p for p in self.recent_files if p != entry]
        self.recent_files = [entry, *recent][:MAX_RECENT]

    def forget_file(self, path: Path) -> None:
        entry = str(Path(path).absolute())
        self.recent_files = [p for p in self.recent_files if p != entry]

    def sync(self) -> None:
        self.store.sync()
