"""Sandbox portal: an emulated Bitrix24 REST server (Starlette + SQLite) for the demo and the tests.

Public interface: :class:`SandboxPortal` (``portal.app``, ``portal.webhook_url()``, ``portal.db``,
``portal.close()``) and the ``activity-desk-sandbox`` CLI (``desktop_app.sandbox.cli``).
Every request gets a JSON envelope, whatever it holds (``wire.py`` reads input as PHP bounds it;
``guard.py`` answers ``Https required.`` to plain HTTP from other hosts and the 500 envelope, never a
traceback). No Qt here, and nothing from ``desktop_app.bitrix``.
"""

from .portal import SandboxPortal

__all__ = ["SandboxPortal"]
