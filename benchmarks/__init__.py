"""Benchmarks and long-running checks; importable so tests can share their harnesses."""
