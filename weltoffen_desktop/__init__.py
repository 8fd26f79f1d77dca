"""Weltoffen Desktop: the Selbstcheck Weltoffene Kommune and its workshop, offline."""

__version__ = "0.1.0"
APP_NAME = "Weltoffen Desktop"
APP_ID = "weltoffen-desktop"  # program, desktop entry and icon name
FILE_SUFFIX = ".weltoffen"
