"""Entry point of the frozen bundle: one program, two faces, chosen by its name.

`weltoffen` (a link to, or on Windows a console copy of, this program) runs the
command line; every other name (`weltoffen-desktop`) starts the GUI.
"""

import sys
from pathlib import Path

if Path(sys.argv[0]).stem.lower() == "weltoffen":
    from weltoffen_desktop.cli.main import main
else:
    from weltoffen_desktop.gui.app import main

raise SystemExit(main())
