"""Sandbox portal: an emulated Bitrix24 REST server (Starlette + SQLite) for the demo and the tests.

Public interface: :class:`SandboxPortal` (``portal.app``, ``portal.webhook_url()``, ``portal.db``,
``portal.close()``) and the ``activity-desk-sandbox`` CLI (``desktop_app.sandbox.cli``).
No Qt here.
"""

from .portal import SandboxPortal

__all__ = ["SandboxPortal"]
