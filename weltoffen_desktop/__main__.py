"""`python -m weltoffen_desktop` runs the command line."""

from weltoffen_desktop.cli.main import main

raise SystemExit(main())
