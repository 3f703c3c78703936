"""Typed errors raised by sandbox method handlers; the server turns them into the error envelope.

Every error becomes ``{"error": code, "error_description": description}`` with HTTP ``status`` and
no ``time`` key (api-spec.md §1.5, server-behaviour.md §5.2–5.3). Three families exist because the
real portal has three generations of code:

* :class:`LegacyError` — the old ``CCrmRestProxy`` (``crm.activity.get/list``): HTTP 400 and an
  **empty** ``error`` code, e.g. ``Activity is not found.`` (server-behaviour.md §1.0.4).
* :class:`ControllerError` — D7 controllers (``crm.activity.todo.*``, ``crm.item.*``): HTTP 400 and
  a symbolic or numeric code (``NOT_FOUND``, ``100``; server-behaviour.md §1.0.2–1.0.3).
* :class:`CoreError` — the REST core itself (auth, unknown method): own status per §5.3.
"""

from __future__ import annotations

from typing import Any


class SandboxError(Exception):
    """A REST error reply: ``code`` (``error``), ``description`` (``error_description``), HTTP ``status``.

    ``extra`` holds additional top-level keys of the error body (rarely used).
    """

    def __init__(self, code: str, description: str, status: int = 400, **extra: Any) -> None:
        super().__init__(f"{code or '<empty>'}: {description}")
        self.code = code
        self.description = description
        self.status = status
        self.extra = extra

    def body(self) -> dict[str, Any]:
        """The error envelope as a dict (``error`` first, then ``error_description``, then extras)."""
        return {"error": self.code, "error_description": self.description, **self.extra}


class LegacyError(SandboxError):
    """A legacy CRM proxy error: ``{"error": "", "error_description": message}``, HTTP 400."""

    def __init__(self, message: str) -> None:
        super().__init__("", message, 400)


class ControllerError(SandboxError):
    """A D7 controller error with a code such as ``NOT_FOUND`` or ``100``, HTTP 400 by default."""


class CoreError(SandboxError):
    """A REST-core error (authorization, unknown method) with its own HTTP status."""


# ---------------------------------------------------------------- ready-made errors (exact texts)


def invalid_credentials() -> CoreError:
    """Wrong webhook code or user id: 401 ``INVALID_CREDENTIALS`` (server-behaviour.md §5.3)."""
    return CoreError("INVALID_CREDENTIALS", "Invalid request credentials", 401)


def no_auth_found() -> CoreError:
    """A call without any authorization (``/rest/<method>``): 401 ``NO_AUTH_FOUND``."""
    return CoreError("NO_AUTH_FOUND", "Wrong authorization data", 401)


def method_not_found() -> CoreError:
    """Unknown method: 404 ``ERROR_METHOD_NOT_FOUND`` / ``Method not found!``."""
    return CoreError("ERROR_METHOD_NOT_FOUND", "Method not found!", 404)


def access_denied(message: str = "") -> CoreError:
    """403 ``ACCESS_DENIED`` / ``Access denied!`` [+ `` <message>``] (the REST core's ``AccessException``)."""
    return CoreError("ACCESS_DENIED", "Access denied!" + (f" {message}" if message else ""), 403)


def missing_parameter(name: str) -> ControllerError:
    """Controller binder: a required parameter is absent → code ``100``."""
    return ControllerError("100", f"Could not find value for parameter {{{name}}}")


def invalid_parameter(value_text: str, name: str, type_name: str) -> ControllerError:
    """Controller binder: a parameter has the wrong type → code ``100``."""
    return ControllerError(
        "100",
        f"Invalid value {{{value_text}}} to match with parameter {{{name}}}. Should be value of type {type_name}.",
    )


def item_not_found() -> ControllerError:
    """``NOT_FOUND`` / ``Item was not found.`` (server-behaviour.md §1.0.3)."""
    return ControllerError("NOT_FOUND", "Item was not found.")


def owner_not_found() -> ControllerError:
    """``OWNER_NOT_FOUND`` / ``Owner was not found`` (api-spec.md §4.9.1, server-behaviour.md §1.0.3)."""
    return ControllerError("OWNER_NOT_FOUND", "Owner was not found")


def wrong_datetime_format() -> ControllerError:
    """``WRONG_DATETIME_FORMAT`` / ``Incorrect date format.`` (server-behaviour.md §1.0.2)."""
    return ControllerError("WRONG_DATETIME_FORMAT", "Incorrect date format.")
