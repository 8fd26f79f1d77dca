"""Texts that a catalogue carries in German and English."""

from __future__ import annotations

from dataclasses import dataclass

LANGUAGES = ("de", "en")
DEFAULT_LANGUAGE = "de"


@dataclass(frozen=True)
class LocalText:
    de: str
    en: str

    def get(self, language: str) -> str:
        """The text in ``language``, falling back to German."""
        return self.en if language == "en" and self.en else self.de

    @classmethod
    def from_dict(cls, data: dict[str, str]) -> LocalText:
        return cls(de=data["de"], en=data.get("en", ""))

    def to_dict(self) -> dict[str, str]:
        return {"de": self.de, "en": self.en}
