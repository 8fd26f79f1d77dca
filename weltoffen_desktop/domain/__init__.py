"""Domain rules as plain dataclasses and functions: no Qt, no SQL."""
