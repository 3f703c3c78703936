"""The webhook code and an application's OAuth secrets in the operating system's keyring (no Qt).

The secrets Activity Desk keeps: the webhook code of a Bitrix24 incoming webhook
(``https://<portal>/rest/<user_id>/<code>/``, api-spec.md §1.1), and for an application connection
(api-spec.md §1.3) its client secret, access token and refresh token (plus the token set's non-secret
details: expiry, scopes, member id, endpoints, user id). They live in the OS keyring through
the ``keyring`` library: macOS Keychain, Windows Credential Locker, or the freedesktop Secret
Service (GNOME Keyring, KeePassXC) / KWallet on Linux. The settings file never holds them
(see :mod:`desktop_app.services.settings`).

Plaintext stores are refused: ``keyrings.alt`` backends (which write base64 to a file), any
backend with a priority below 1 (``keyring.core.recommended`` is false), the ``fail`` and
``null`` backends, and a chainer that would fall back to one of those. With such a backend the
store reports :attr:`SecretStore.available` ``False`` and every write raises
:class:`KeyringUnavailable`; the caller keeps the code in memory for the session only.

Every call blocks (Secret Service may wait for an unlock prompt), so the UI runs them in a
worker thread (``loop.run_in_executor``). The code never appears in an exception text or a log
line: backend errors are re-raised with the code masked and without the original exception
chained.
"""

from __future__ import annotations

import json
import logging
import os
import sys

import keyring
import keyring.backend
import keyring.core
import keyring.errors
from keyring.backends import chainer, fail, null

from desktop_app.bitrix.oauth import OAuthTokens
from desktop_app.bitrix.redaction import register_secret

from .settings import CLIENT_ID_RE

log = logging.getLogger(__name__)

#: Windows Credential Locker caps a credential blob at 2,560 bytes (1,280 UTF-16 characters);
#: Bitrix24 webhook codes are far shorter, so anything longer is a caller bug.
_MAX_CODE_LENGTH = 1024


class KeyringUnavailable(Exception):
    """No secure password store can hold (or give back) the webhook code.

    The message is plain language for the user: what is missing and what to install. It never
    contains the webhook code.
    """


def _install_hint() -> str:
    """What to install or unlock on this OS to get a secure store (one sentence).

    Linux has no keyring of its own: name the Secret Service providers to install. macOS and
    Windows have theirs built in, so there is nothing to install: say which one is unavailable.
    """
    if sys.platform.startswith("linux"):
        return (
            "Install and unlock a Secret Service provider: GNOME Keyring (package gnome-keyring), "
            "KWallet on KDE (packages kwalletmanager and kwallet), or KeePassXC with its Secret Service "
            "integration switched on, then restart Activity Desk."
        )
    if sys.platform == "darwin":
        return ("The macOS Keychain, built into the system, is unavailable: unlock your login keychain in "
                "Keychain Access, then restart Activity Desk.")
    if sys.platform == "win32":
        return ("Windows Credential Manager, built into the system, is unavailable for your account: check that "
                "the Credential Manager service is running, then restart Activity Desk.")
    return "Install a system keyring supported by the Python 'keyring' package."


def _backend_path(backend: keyring.backend.KeyringBackend) -> str:
    cls = type(backend)
    return f"{cls.__module__}.{cls.__qualname__}"


def _refusal(backend: keyring.backend.KeyringBackend) -> str | None:
    """Why ``backend`` cannot hold secrets safely, or ``None`` when it can."""
    if isinstance(backend, (fail.Keyring, null.Keyring)):
        return "no system keyring was found"
    if type(backend).__module__.startswith("keyrings.alt"):
        return f"{_backend_path(backend)} stores passwords in a plain file"
    if isinstance(backend, chainer.ChainerBackend):
        chained = list(backend.backends)
        if not chained:
            return "no system keyring was found"
        for inner in chained:
            reason = _refusal(inner)
            if reason is not None:
                return reason
        return None
    try:
        recommended = keyring.core.recommended(backend)
    except Exception:  # a backend that is not viable raises from its priority property
        return f"{_backend_path(backend)} is not usable here"
    if not recommended:
        return f"{_backend_path(backend)} is not a recommended (secure) keyring"
    return None


def _detect_backend() -> tuple[keyring.backend.KeyringBackend, str | None]:
    """The keyring the app would use, and why it cannot be loaded (``None`` when it can).

    ``PYTHON_KEYRING_BACKEND`` or ``keyringrc.cfg`` may name a class that does not exist, cannot be
    imported or is not viable here; keyring then raises (ImportError, AttributeError, ValueError,
    RuntimeError…) from ``init_backend``. That is "no secure store", not a reason to stop start-up:
    the fail backend stands in and the reason names the setting, never a traceback.
    """
    try:
        keyring.core.init_backend(limit=keyring.core.recommended)
        return keyring.get_keyring(), None
    except Exception as exc:  # anything a broken configuration makes keyring raise
        configured = os.environ.get("PYTHON_KEYRING_BACKEND")
        where = (f"PYTHON_KEYRING_BACKEND names {configured!r}," if configured is not None
                 else "the keyring configuration file (keyringrc.cfg) names")
        log.debug("keyring could not load the configured backend: %s: %s", type(exc).__name__, exc)
        return fail.Keyring(), f"{where} a keyring that cannot be loaded ({type(exc).__name__})"


class SecretStore:
    """The webhook code per portal and user, and applications' secrets per portal and client id, kept in
    the OS keyring.

    Entries use service :attr:`SERVICE` and username ``webhook:{user_id}@{portal_host}``, where
    ``portal_host`` is the portal's host with an optional port, as :attr:`Webhook.host
    <desktop_app.bitrix.auth.Webhook.host>` gives it (``acme.bitrix24.com``,
    ``127.0.0.1:8765``) and ``user_id`` is the id of the employee who created the webhook.

    Args:
        backend: the keyring backend to use. ``None`` (the app) detects the best backend with
            ``keyring.core.init_backend(limit=keyring.core.recommended)`` and takes
            ``keyring.get_keyring()``; the ``PYTHON_KEYRING_BACKEND`` variable and
            ``keyringrc.cfg`` still take precedence, and a plaintext choice made there is refused;
            a class named there that cannot be loaded (missing module or class, not viable here)
            also means "no secure store" (:attr:`available` ``False``), never an exception.
    """

    SERVICE = "activity-desk"

    def __init__(self, backend: keyring.backend.KeyringBackend | None = None) -> None:
        load_failure = None
        if backend is None:
            backend, load_failure = _detect_backend()
        self._backend = backend
        self._refusal = load_failure or _refusal(backend)
        if self._refusal is not None:
            log.warning("No secure keyring (%s): %s", self.backend_name(), self._refusal)

    @property
    def available(self) -> bool:
        """True when the backend is a secure OS store that can hold the webhook code."""
        return self._refusal is None

    def backend_name(self) -> str:
        """Dotted class path of the backend, e.g. ``keyring.backends.SecretService.Keyring``."""
        return _backend_path(self._backend)

    def unavailable_message(self) -> str:
        """The plain-language text :class:`KeyringUnavailable` carries for this backend."""
        reason = self._refusal or "the keyring refused the request"
        return (
            f"No secure password store is available ({reason}), so the webhook code cannot be "
            f"saved and you will be asked for it again next time. {_install_hint()}"
        )

    def store_webhook_code(self, portal_host: str, user_id: int, code: str) -> None:
        """Save (or replace) the webhook code of ``user_id`` on ``portal_host``.

        Raises:
            KeyringUnavailable: the backend is refused (see :attr:`available`) or the keyring
                failed (locked, prompt dismissed, D-Bus error). The text never holds the code.
            ValueError: empty host, ``user_id`` < 1, or an empty / over-long code.
        """
        self._put(self._username(portal_host, user_id), code, "the webhook code")

    def load_webhook_code(self, portal_host: str, user_id: int) -> str | None:
        """The stored webhook code of ``user_id`` on ``portal_host``, or ``None`` if none is stored.

        Raises:
            KeyringUnavailable: the backend is refused or the keyring failed (e.g. locked).
            ValueError: empty host or ``user_id`` < 1.
        """
        return self._take(self._username(portal_host, user_id), "the webhook code")

    def delete_webhook_code(self, portal_host: str, user_id: int) -> None:
        """Forget the webhook code of ``user_id`` on ``portal_host``.

        Deleting a code that is not stored is not an error, and with a refused backend this
        does nothing (nothing can have been stored there by this class).

        Raises:
            KeyringUnavailable: the keyring failed while deleting (e.g. locked).
            ValueError: empty host or ``user_id`` < 1.
        """
        username = self._username(portal_host, user_id)
        if not self.available:
            return
        try:
            self._backend.delete_password(self.SERVICE, username)
        except keyring.errors.PasswordDeleteError:
            return
        except Exception as exc:  # KeyringError, or a raw D-Bus / OS error from the backend
            raise self._failure("delete", exc, None) from None
        log.info("Deleted the webhook code for %s from %s", username, self.backend_name())

    def copy_webhook_code(self, old_host: str, new_host: str, user_id: int, code: str | None = None) -> bool:
        """Write the webhook code of ``user_id`` (``code``, or the one stored under ``old_host``) under
        ``new_host`` too, and read it back (the portal moved, issue 10 item 1; the old entry stays).

        Returns:
            True when the code is now under ``new_host``; False when there was no code to copy.

        Raises:
            KeyringUnavailable: the backend is refused, or the keyring failed to write or did not give
                the code back. The text never holds the code.
            ValueError: empty host or ``user_id`` < 1.
        """
        if code is None:
            code = self.load_webhook_code(old_host, user_id)
            if code is None:
                return False
        if self._username(old_host, user_id) != self._username(new_host, user_id):
            self.store_webhook_code(new_host, user_id, code)
        if self.load_webhook_code(new_host, user_id) != code:
            raise KeyringUnavailable(
                f"The system keyring did not keep the webhook code under the new portal address. {_install_hint()}")
        return True

    def forget_old_entry(self, old_host: str, new_host: str, user_id: int) -> None:
        """Delete ``old_host``'s entry after a move to ``new_host`` (nothing when they are the same
        entry). A keyring failure is logged and leaves the entry; never raises it."""
        if self._username(old_host, user_id) == self._username(new_host, user_id):
            return
        try:
            self.delete_webhook_code(old_host, user_id)
        except KeyringUnavailable:  # logged by _failure; both entries stay, nothing is lost
            log.warning("the old keyring entry of %s stays (it could not be deleted)", self._username(old_host, user_id))

    # -- helpers -------------------------------------------------------------------------------

    @staticmethod
    def _username(portal_host: str, user_id: int) -> str:
        host = SecretStore._host(portal_host)
        if isinstance(user_id, bool) or not isinstance(user_id, int) or user_id < 1:
            raise ValueError("the user id must be a positive integer")
        return f"webhook:{user_id}@{host}"

    @staticmethod
    def _host(portal_host: str) -> str:
        """``portal_host`` as entry names carry it (trimmed, lower case), or ValueError."""
        host = (portal_host or "").strip().lower()
        if not host or "/" in host:
            raise ValueError("the portal host must be a host name with an optional port")
        return host

    def _require_available(self) -> None:
        if self._refusal is not None:
            raise KeyringUnavailable(self.unavailable_message())

    def _failure(self, action: str, exc: Exception, code: str | None,
                 what: str = "the webhook code") -> KeyringUnavailable:
        detail = str(exc) or type(exc).__name__
        if code:
            detail = detail.replace(code, "••••")
        log.warning("Keyring %s failed in %s: %s", action, self.backend_name(), detail)
        return KeyringUnavailable(
            f"The system keyring could not {action} {what} ({detail}). "
            f"{_install_hint()}"
        )

    # -- application (OAuth) connections ----------------------------------------------------------
    #
    # Entries per portal and client id: ``oauth-secret:{client_id}@{host}`` (client secret),
    # ``oauth-access:…`` (access token), ``oauth-refresh:…`` (refresh token) and ``oauth-meta:…`` (the
    # token set's non-secret details as JSON: OAuthTokens.public()).

    def store_client_secret(self, portal_host: str, client_id: str, secret: str) -> None:
        """Save (or replace) the client secret of application ``client_id`` on ``portal_host``.

        Raises:
            KeyringUnavailable: refused backend or keyring failure (text without the secret).
            ValueError: empty host, a client id that is not 1–128 of ``A-Z a-z 0-9 . _ -``, an empty secret.
        """
        self._put(self._app_name("oauth-secret", portal_host, client_id), secret, "the client secret")

    def load_client_secret(self, portal_host: str, client_id: str) -> str | None:
        """The stored client secret, or ``None``. Raises as :meth:`store_client_secret` (reading)."""
        return self._take(self._app_name("oauth-secret", portal_host, client_id), "the client secret")

    def store_tokens(self, portal_host: str, client_id: str, tokens: OAuthTokens) -> None:
        """Save the token set of ``client_id`` on ``portal_host`` (refresh token first: it is the one that
        cannot be got back without the user). Usable as ``OAuthAuth(on_tokens=…)`` via a lambda.

        Raises:
            KeyringUnavailable, ValueError: as :meth:`store_client_secret`.
        """
        self._put(self._app_name("oauth-refresh", portal_host, client_id), tokens.refresh_token, "the refresh token")
        self._put(self._app_name("oauth-access", portal_host, client_id), tokens.access_token, "the access token")
        self._put(self._app_name("oauth-meta", portal_host, client_id), json.dumps(tokens.public()),
                  "the token details", secret=False)

    def load_tokens(self, portal_host: str, client_id: str) -> OAuthTokens | None:
        """The stored token set, or ``None`` when an entry is missing or damaged (connect again).

        Raises:
            KeyringUnavailable, ValueError: as :meth:`store_client_secret` (reading).
        """
        refresh = self._take(self._app_name("oauth-refresh", portal_host, client_id), "the refresh token")
        access = self._take(self._app_name("oauth-access", portal_host, client_id), "the access token")
        meta = self._take(self._app_name("oauth-meta", portal_host, client_id), "the token details")
        if not (refresh and access and meta):
            return None
        try:
            return OAuthTokens.from_public(access, refresh, json.loads(meta))
        except (ValueError, TypeError, KeyError, AttributeError):
            log.warning("the stored token details of %s on %s are damaged; the application must connect again",
                        client_id, portal_host)
            return None

    def delete_application(self, portal_host: str, client_id: str) -> None:
        """Forget the client secret and the tokens of ``client_id`` on ``portal_host`` (missing entries are
        fine; nothing happens with a refused backend).

        Raises:
            KeyringUnavailable: the keyring failed while deleting. ValueError: as :meth:`store_client_secret`.
        """
        if not self.available:
            return
        for username in self.application_entries(portal_host, client_id):
            try:
                self._backend.delete_password(self.SERVICE, username)
            except keyring.errors.PasswordDeleteError:
                continue
            except Exception as exc:  # KeyringError, or a raw D-Bus / OS error from the backend
                raise self._failure("delete", exc, None, "the application's secrets") from None

    @staticmethod
    def application_entries(portal_host: str, client_id: str) -> list[str]:
        """The keyring usernames of application ``client_id`` on ``portal_host`` (client secret, access and
        refresh tokens, token details; no secret). Raises ValueError as :meth:`store_client_secret`."""
        return [SecretStore._app_name(kind, portal_host, client_id)
                for kind in ("oauth-secret", "oauth-access", "oauth-refresh", "oauth-meta")]

    @staticmethod
    def _app_name(kind: str, portal_host: str, client_id: str) -> str:
        host = SecretStore._host(portal_host)
        if not isinstance(client_id, str) or not CLIENT_ID_RE.match(client_id):
            raise ValueError("the client id must be 1–128 latin letters, digits, '.', '_' or '-'")
        return f"{kind}:{client_id}@{host}"

    def _put(self, username: str, value: str, what: str, *, secret: bool = True) -> None:
        if not isinstance(value, str) or not value:
            raise ValueError(f"{what} is empty")
        if secret:
            register_secret(value)
        if len(value) > _MAX_CODE_LENGTH:
            raise ValueError(f"{what} is longer than {_MAX_CODE_LENGTH} characters")
        self._require_available()
        try:
            self._backend.set_password(self.SERVICE, username, value)
        except Exception as exc:  # KeyringError, or a raw D-Bus / OS error from the backend
            raise self._failure("save", exc, value if secret else None, what) from None
        log.info("Stored %s for %s in %s", what, username, self.backend_name())

    def _take(self, username: str, what: str) -> str | None:
        self._require_available()
        try:
            value = self._backend.get_password(self.SERVICE, username)
        except Exception as exc:  # KeyringError, or a raw D-Bus / OS error from the backend
            raise self._failure("read", exc, None, what) from None
        if not username.startswith("oauth-meta:"):
            register_secret(value)
        return value
