"""The settings file: which portal to open and a few UI preferences (no Qt, never secrets).

One small JSON object in ``settings.json`` under ``platformdirs.user_config_dir("ActivityDesk")``
(``~/.config/ActivityDesk`` on Linux, ``%LOCALAPPDATA%\\ActivityDesk`` on Windows,
``~/Library/Application Support/ActivityDesk`` on macOS). The environment variable
``ACTIVITY_DESK_CONFIG_DIR`` replaces that folder (tests, portable setups).

It holds the portal address (scheme + host + port), the id of the user whose webhook is used,
the host the local store file is named after when the portal has moved since (``store_host``), and
UI preferences. The webhook code lives only in the OS keyring
(:class:`desktop_app.services.secrets.SecretStore`): :class:`Settings` has no field for it,
rejects unknown fields when built in code, and ``portal_url`` may not carry a path, a query or
user info, so a webhook URL (``/rest/<user_id>/<code>/``) cannot be stored by mistake.

Reading is forgiving (unknown keys are dropped; a missing, unreadable or corrupt file gives the
defaults plus a logged warning), writing is atomic (temp file in the same folder +
``os.replace``). A file that is not a JSON object at all (not UTF-8, not JSON, a list…) is moved
aside as ``settings.json.corrupt-<UTC timestamp>`` (:func:`set_aside_unreadable`; the app tells
the user where), never deleted. The folder is ``0700`` and the file ``0600`` whatever the umask.
"""

from __future__ import annotations

import json
import logging
import os
import re
import tempfile
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path
from urllib.parse import urlsplit

import platformdirs
from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from desktop_app.bitrix.auth import split_portal_url
from desktop_app.bitrix.errors import InvalidWebhookUrl

log = logging.getLogger(__name__)

APP_DIR_NAME = "ActivityDesk"
CONFIG_DIR_ENV = "ACTIVITY_DESK_CONFIG_DIR"
FILE_NAME = "settings.json"
#: Interface languages with a translation (``resources/i18n``), in menu order; see :mod:`desktop_app.i18n`.
LANGUAGES: tuple[str, ...] = ("en", "ru")
_BASE64 = re.compile(r"[A-Za-z0-9+/]*={0,2}")
#: A Bitrix24 application's ``client_id`` (``local.5f3c….12345678``, ``app.…``): :attr:`Profile.app_client_id`,
#: the keyring entries' names (:mod:`desktop_app.services.secrets`), the connect form (``app_connect``).
CLIENT_ID_RE = re.compile(r"^[A-Za-z0-9._-]{1,128}$")


def _portal_base_url(value: str) -> str:
    """``scheme://host[:port]`` of ``value`` (lower case, no trailing slash), or ValueError naming the rule."""
    text = value.strip()
    parts = urlsplit(text)
    try:
        base_url, path = split_portal_url(text)
    except InvalidWebhookUrl as exc:
        raise ValueError(f"portal_url: {exc.reason}") from None
    if path not in ("", "/") or parts.query or parts.fragment or text.endswith("?"):
        raise ValueError("portal_url must be scheme://host[:port] with no path or query")
    if parts.username is not None or parts.password is not None:
        raise ValueError("portal_url must not contain user info")
    return base_url


def _host_or_none(value: str | None) -> str | None:
    if value is None:
        return None
    host = value.strip().lower()
    if not host or any(c in host for c in "/\\?#@ "):
        raise ValueError("store_host must be host[:port] with no scheme, path or user info")
    return host


class Profile(BaseModel):
    """One portal (and user) Activity Desk can open: a *profile* (issue 14 item 3). Secrets are not
    here: the webhook code, the client secret and the tokens live in the OS keyring only
    (:class:`~desktop_app.services.secrets.SecretStore`, keyed by :attr:`portal_host` and
    :attr:`user_id` / :attr:`app_client_id`).

    Attributes:
        id: the profile's key (1–120 of ``A-Z a-z 0-9 @ . _ : -``; :func:`~desktop_app.services.profiles.profile_id`
            makes ``<user id>@<host>``); it does not change when the portal moves.
        portal_url: ``scheme://host[:port]`` as for :attr:`Settings.portal_url`.
        user_id: the employee the profile acts as (the webhook's ``/rest/<user_id>/…``, or the
            application token's ``user_id``), ≥ 1.
        label: the user's name on that portal (``user.current``, ≤ 200 characters), for the Portal
            menu's "<host> — <label>"; ``""``: the user id is shown instead.
        webhook: True when a webhook code is kept for it in the keyring.
        app_client_id: the application's ``client_id`` when an application (OAuth) connection is kept
            for it (client secret and tokens in the keyring), else ``None``.
        store_host: as :attr:`Settings.store_host`, for this profile's store file.
    """

    model_config = ConfigDict(extra="forbid", frozen=True)

    id: str = Field(min_length=1, max_length=120, pattern=r"^[A-Za-z0-9@._:-]+$")
    portal_url: str
    user_id: int = Field(ge=1, strict=True)
    label: str = Field(default="", max_length=200)
    webhook: bool = False
    app_client_id: str | None = Field(default=None, pattern=CLIENT_ID_RE.pattern)
    store_host: str | None = None

    @field_validator("portal_url")
    @classmethod
    def _portal_url_has_no_path(cls, value: str) -> str:
        return _portal_base_url(value)

    @field_validator("store_host")
    @classmethod
    def _store_host_is_a_host(cls, value: str | None) -> str | None:
        return _host_or_none(value)

    @property
    def portal_host(self) -> str:
        """``host[:port]`` of :attr:`portal_url` (the keyring key part)."""
        return urlsplit(self.portal_url).netloc


class Settings(BaseModel):
    """What Activity Desk remembers between runs.

    Attributes:
        portal_url: the portal's base address, ``scheme://host[:port]`` with no path, e.g.
            ``https://acme.bitrix24.com`` or ``http://127.0.0.1:8765`` (plain http only for
            loopback hosts, as for webhooks, api-spec.md §1.1). Normalised to lower case without
            a trailing slash. ``None`` until a portal is connected.
        user_id: id of the employee who created the webhook (the ``1`` in ``/rest/1/…``), ≥ 1.
        last_entity_type: ``OWNER_TYPE_ID`` of the entity list shown last (1 lead, 2 deal,
            3 contact, 4 company; api-spec.md §3.2), ≥ 1.
        store_host: ``host[:port]`` the local store file (``store-<host>-<user id>.sqlite3``,
            :func:`desktop_app.store.db.default_store_path`) is still named after when the portal
            moved to :attr:`portal_url` (issue 10 item 1); the next start renames the file and clears
            it. ``None``: the file carries :attr:`portal_host`. Lower case, no scheme or path.
        language: the interface language, ``"en"`` or ``"ru"`` (:mod:`desktop_app.i18n`, issue 14
            item 4); ``None`` (also read from ``""`` or a missing key) follows the system. A code we
            have no translation for (a newer version's, a typo) reads as ``None`` with a logged
            warning, so the rest of the file stays.
        window_geometry: the main window's ``QWidget.saveGeometry()`` as base64 text (ASCII, at
            most 8192 characters); ``None`` on first start. A value that is not base64 reads as ``None``.
        splitter_state: the list/timeline/form splitter's ``QSplitter.saveState()``, base64 as above.
        last_entity_id: ``ID`` of the entity selected last in the list of :attr:`last_entity_type`
            (api-spec.md §3.2), ≥ 1; a bad value reads as ``None``.
        color_scheme: ``"light"`` or ``"dark"`` forces the colours; ``None`` (also ``"system"`` or
            anything else) follows the system's (:mod:`desktop_app.ui.color_scheme`).
        updates_checked_at: when the release feed was last asked (:mod:`desktop_app.services.updates`),
            UTC seconds since the epoch; ``None``: never.
        close_to_tray: closing the main window hides it to the system tray, where reminders keep coming
            (:mod:`desktop_app.ui.window_tray`); ``None`` (also anything not a boolean) means yes, ``False`` quits.
        profiles: the portals (and users) the user connected (:class:`Profile`; issue 14 item 3),
            ``None`` in a file written before profiles existed. :attr:`portal_url`, :attr:`user_id` and
            :attr:`store_host` mirror the current profile's, so such a file still loads (it is migrated
            into one profile by :mod:`desktop_app.services.profiles`) and an older Activity Desk still
            opens the current portal. An entry that does not validate is dropped with a warning.
        current_profile: :attr:`Profile.id` of the profile opened at start, else ``None``.
    """

    model_config = ConfigDict(extra="forbid", frozen=True)

    portal_url: str | None = None
    user_id: int | None = Field(default=None, ge=1, strict=True)
    last_entity_type: int | None = Field(default=None, ge=1, strict=True)
    store_host: str | None = None
    language: str | None = None
    window_geometry: str | None = None
    splitter_state: str | None = None
    last_entity_id: int | None = None
    color_scheme: str | None = None
    updates_checked_at: float | None = None
    close_to_tray: bool | None = None
    profiles: tuple[Profile, ...] | None = None
    current_profile: str | None = None

    @field_validator("profiles", mode="before")
    @classmethod
    def _valid_profiles(cls, value: object) -> object:
        if value is None or not isinstance(value, list | tuple):
            return None if value is None else ()
        kept = []
        for entry in value:
            try:
                kept.append(entry if isinstance(entry, Profile) else Profile.model_validate(entry))
            except ValidationError as exc:
                fields = ", ".join(str(err["loc"][0]) for err in exc.errors() if err["loc"])
                log.warning("Dropping a saved portal profile with invalid values (%s)", fields or "not an object")
        return tuple(kept)

    @field_validator("window_geometry", "splitter_state", mode="before")
    @classmethod
    def _base64_or_none(cls, value: object) -> str | None:
        if isinstance(value, str) and len(value) <= 8192 and _BASE64.fullmatch(value):
            return value
        return None

    @field_validator("last_entity_id", mode="before")
    @classmethod
    def _positive_id_or_none(cls, value: object) -> int | None:
        return value if type(value) is int and value >= 1 else None

    @field_validator("color_scheme", mode="before")
    @classmethod
    def _scheme_or_none(cls, value: object) -> str | None:
        return value if value in ("light", "dark") else None

    @field_validator("close_to_tray", mode="before")
    @classmethod
    def _bool_or_none(cls, value: object) -> bool | None:
        return value if isinstance(value, bool) else None

    @field_validator("updates_checked_at", mode="before")
    @classmethod
    def _time_or_none(cls, value: object) -> float | None:
        ok = isinstance(value, int | float) and not isinstance(value, bool) and 0 <= value < 1e11
        return float(value) if ok else None

    @field_validator("language", mode="before")
    @classmethod
    def _language_we_have(cls, value: object) -> str | None:
        return _language_code(value)

    @field_validator("store_host")
    @classmethod
    def _store_host_is_a_host(cls, value: str | None) -> str | None:
        return _host_or_none(value)

    @field_validator("portal_url")
    @classmethod
    def _portal_url_has_no_path(cls, value: str | None) -> str | None:
        return None if value is None else _portal_base_url(value)

    @property
    def portal_host(self) -> str | None:
        """``host[:port]`` of :attr:`portal_url` (the keyring key part), or ``None``."""
        return urlsplit(self.portal_url).netloc if self.portal_url else None


def _language_code(value: object) -> str | None:
    """``"en"``/``"ru"`` for a value naming one (any case, spaces around), else ``None`` (the
    system's language), with a warning for anything but ``None``/``""``."""
    code = value.strip().lower() if isinstance(value, str) else value
    if code in LANGUAGES:
        return code
    if code not in (None, ""):
        log.warning("Unknown interface language %r in the settings; following the system's", value)
    return None


def read_language() -> str | None:
    """The ``language`` of the settings file alone (``None``: follow the system), read before the
    window exists to pick the translators. Unlike :func:`load` it never moves a damaged file aside
    (the start does that after, and tells the user); a missing or unreadable file gives ``None``."""
    try:
        data = json.loads(_read_bytes(settings_path()).decode("utf-8"))
    except (OSError, ValueError):  # ValueError includes UnicodeDecodeError
        return None
    return _language_code(data.get("language")) if isinstance(data, dict) else None


def config_dir() -> Path:
    """The folder holding the settings file (``$ACTIVITY_DESK_CONFIG_DIR`` wins)."""
    override = os.environ.get(CONFIG_DIR_ENV)
    if override:
        return Path(override)
    return Path(platformdirs.user_config_dir(APP_DIR_NAME, appauthor=False))


def settings_path() -> Path:
    """Full path of ``settings.json``."""
    return config_dir() / FILE_NAME


#: While :func:`read_once` is active on a thread: ``held.files``, the file's bytes (or the error reading them).
_held = threading.local()


@contextmanager
def read_once() -> Iterator[None]:
    """Within the block, on this thread, the settings file is read from disk once: :func:`load`,
    :func:`read_language` and :func:`holds_settings` reuse those bytes (each still parses and warns as
    ever). The start builds the window in one, where the language, the colour scheme, the tray choice,
    the window geometry and the profiles are each asked for. :func:`save` and moving the file aside
    forget the bytes, so a write is read back."""
    outer = getattr(_held, "files", None)
    _held.files = {} if outer is None else outer
    try:
        yield
    finally:
        _held.files = outer


def _read_bytes(path: Path) -> bytes:
    """``path.read_bytes()``, or the bytes :func:`read_once` holds for it (OSError as reading raised it)."""
    files: dict[Path, bytes | OSError] | None = getattr(_held, "files", None)
    if files is None:
        return path.read_bytes()
    if path not in files:
        try:
            files[path] = path.read_bytes()
        except OSError as exc:
            files[path] = exc
    data = files[path]
    if isinstance(data, OSError):
        raise data.with_traceback(None)
    return data


def _forget_read() -> None:
    files = getattr(_held, "files", None)
    if files is not None:
        files.clear()


def _unreadable_reason(path: Path) -> str | None:
    """Why ``path`` is not a settings file at all (for the log), or ``None`` when it is a JSON
    object, missing, or cannot be read (an I/O error is not the file's fault: it is left alone)."""
    try:
        raw = _read_bytes(path)
    except OSError:
        return None
    try:
        data = json.loads(raw.decode("utf-8"))
    except UnicodeDecodeError:
        return "not UTF-8 text"
    except ValueError as exc:
        return f"not valid JSON ({exc})"
    return None if isinstance(data, dict) else "does not hold a JSON object"


def holds_settings() -> bool:
    """Whether ``settings.json`` exists and holds a JSON object (so rewriting it loses nothing the start
    should have moved aside and told about)."""
    path = settings_path()
    return path.is_file() and _unreadable_reason(path) is None


def set_aside_unreadable() -> Path | None:
    """Move a ``settings.json`` that is not a JSON object to ``settings.json.corrupt-<UTC
    timestamp>`` (``YYYYmmddTHHMMSSZ``) and return its new path; ``None`` when there was nothing
    to move (no file, a valid one, or one that cannot be read or renamed — logged)."""
    path = settings_path()
    reason = _unreadable_reason(path)
    if reason is None:
        return None
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
    target = path.with_name(f"{FILE_NAME}.corrupt-{stamp}")
    n = 2
    while target.exists():
        target = path.with_name(f"{FILE_NAME}.corrupt-{stamp}-{n}")
        n += 1
    _forget_read()
    try:
        os.replace(path, target)
    except OSError as exc:
        log.warning("Settings file %s is %s and cannot be moved aside (%s)", path, reason, exc.strerror or exc)
        return None
    log.warning("Settings file %s is %s; moved to %s, using defaults", path, reason, target.name)
    return target


def load(*, set_aside: bool = True) -> Settings:
    """Read the settings file.

    Returns the defaults (all ``None``) when the file is missing; when it is unreadable or not a
    JSON object, also logs a warning. A value that fails validation is dropped alone (its default
    used, a warning naming the field), so the valid ones survive the next save. Unknown keys are dropped
    (with a debug line naming them). Never raises for file content.

    ``set_aside=False``: a file that is not a JSON object is left where it is (a read made while
    the window is being built; the start moves it aside afterwards and tells the user,
    :func:`set_aside_unreadable`).
    """
    path = settings_path()
    try:
        raw = _read_bytes(path).decode("utf-8")
    except FileNotFoundError:
        return Settings()
    except OSError as exc:
        log.warning("Cannot read settings file %s (%s); using defaults", path, exc.strerror or exc)
        return Settings()
    except UnicodeDecodeError:
        log.warning("Settings file %s is not UTF-8 text; using defaults", path)
        if set_aside:
            set_aside_unreadable()
        return Settings()
    try:
        data = json.loads(raw)
    except ValueError as exc:
        log.warning("Settings file %s is not valid JSON (%s); using defaults", path, exc)
        if set_aside:
            set_aside_unreadable()
        return Settings()
    if not isinstance(data, dict):
        log.warning("Settings file %s does not hold a JSON object; using defaults", path)
        if set_aside:
            set_aside_unreadable()
        return Settings()
    known = {key: data[key] for key in Settings.model_fields if key in data}
    unknown = sorted(set(data) - set(known))
    if unknown:
        log.debug("Ignoring unknown keys in %s: %s", path, ", ".join(map(str, unknown)))
    dropped: list[str] = []
    while True:  # a value that fails validation is dropped alone: the valid ones are kept
        try:
            settings = Settings.model_validate(known)
        except ValidationError as exc:
            bad = {str(err["loc"][0]) for err in exc.errors() if err["loc"]} & set(known)
            if not bad:
                log.warning("Settings file %s has invalid values; using defaults", path)
                return Settings()
            dropped.extend(sorted(bad))
            known = {key: value for key, value in known.items() if key not in bad}
            continue
        if dropped:
            log.warning("Settings file %s has invalid values (%s); using defaults for them", path, ", ".join(dropped))
        return settings


def save(settings: Settings) -> Path:
    """Write ``settings`` atomically and return the file path.

    The JSON goes to a temp file in the same folder, is flushed and fsynced, then renamed over
    ``settings.json`` with ``os.replace``, so readers see either the old or the new file, never
    a half-written one. ``None`` values are omitted. Creates the folder if needed.

    The model is validated again first, because ``model_copy(update=...)`` skips validation: a
    path in ``portal_url`` or an extra field (a webhook code) can never reach the file.

    Raises:
        pydantic.ValidationError: ``settings`` holds a value or a field :class:`Settings` rejects.
        OSError: the folder or file cannot be written (disk full, permissions).
    """
    settings = Settings.model_validate(dict(vars(settings)))
    path = settings_path()
    _forget_read()
    path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
    if path.parent.stat().st_mode & 0o077:
        os.chmod(path.parent, 0o700)  # owner only, whatever the umask or an older version left
    payload = json.dumps(settings.model_dump(exclude_none=True), indent=2, sort_keys=True) + "\n"
    fd, tmp_name = tempfile.mkstemp(prefix=f".{FILE_NAME}.", suffix=".tmp", dir=path.parent)
    try:
        if hasattr(os, "fchmod"):  # POSIX: mkstemp's mode already; said out loud (issue 10 item 4)
            os.fchmod(fd, 0o600)
        with os.fdopen(fd, "w", encoding="utf-8") as tmp:
            tmp.write(payload)
            tmp.flush()
            os.fsync(tmp.fileno())
        os.replace(tmp_name, path)
    except BaseException:
        try:
            os.unlink(tmp_name)
        except FileNotFoundError:
            pass
        raise
    return path
