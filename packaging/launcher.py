"""Entry script of the frozen app (PyInstaller's Analysis starts here; see activity-desk.spec).

The same as the ``activity-desk`` gui-script of the wheel: ``desktop_app.app.main`` with the
command line (``--demo``, ``--screenshot PATH``, ``--quit-when-ready`` …). A plain script, not a
module: ``packaging/`` is never an importable package (it would shadow PyPI's ``packaging``).
"""

import sys

from desktop_app.app import main

if __name__ == "__main__":
    sys.exit(main())
