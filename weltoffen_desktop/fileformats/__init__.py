"""Files the app reads and writes for exchange with other programs."""
