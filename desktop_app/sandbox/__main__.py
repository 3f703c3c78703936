"""``python -m desktop_app.sandbox`` = the ``activity-desk-sandbox`` CLI."""

from .cli import main

if __name__ == "__main__":
    raise SystemExit(main())
