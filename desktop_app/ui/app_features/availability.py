"""Why an application feature cannot be used now, in words a user understands (issue 13 item 4:
"a webhook-only connection shows these features disabled with the reason").

What each feature needs (``needs``):

- ``"application"``: the application (OAuth) connection, online — custom types, ``REST_APP``
  activities, configurable activities, layout blocks (api-spec.md §1.3 "application context",
  §4.11, §4.12, §4.14);
- ``"portal"``: any connection to the portal, online — badges (``crm.activity.badge.list/get`` work
  with a webhook too, §4.13).

:func:`unavailable_for` decides, :func:`reason_text` says it (translated, plain text). The
"Application" menu (:mod:`.menu`) and the card menus (H3) use both, so the same reason reads the same
everywhere. Qt only for the translation.
"""

from __future__ import annotations

from typing import Literal

from PySide6.QtCore import QCoreApplication

from desktop_app.services.app_features import AppUnavailable

__all__ = ["NEEDS", "Needs", "admin_reason", "admin_text", "no_portal_text", "reason_text", "unavailable_for"]

Needs = Literal["application", "portal"]
#: Every value of ``needs`` the menu accepts.
NEEDS: tuple[str, ...] = ("application", "portal")

translate = QCoreApplication.translate  # pyside6-lupdate reads translate("Context", "text") calls


def reason_text(unavailable: AppUnavailable | None) -> str:
    """One sentence saying why an application feature is unavailable (``""`` for ``None``: it is
    available). Translated (context ``AppFeatures``); plain text, for a tooltip, a status tip or a
    disabled menu item's hint."""
    if unavailable is None:
        return ""
    if unavailable == AppUnavailable.WEBHOOK_ONLY:
        return translate("AppFeatures", "Needs an application connection (OAuth): this portal is connected by an "
                                        "incoming webhook only.")
    if unavailable == AppUnavailable.OFFLINE:
        return translate("AppFeatures", "The portal cannot be reached now; this comes back when it answers again.")
    if unavailable == AppUnavailable.RECONNECT:
        return translate("AppFeatures", "The application connection has to be renewed: connect the application "
                                        "again (Portal → Connect a portal… → the Application (OAuth) tab).")
    return translate("AppFeatures", "Not available for this connection.")


def no_portal_text() -> str:
    """The reason while no portal is open."""
    return translate("AppFeatures", "Connect a portal first.")


def admin_text() -> str:
    """The reason for an action only a portal administrator may take (api-spec.md §4.11, §4.13)."""
    return translate("AppFeatures", "Only a portal administrator can do this; your Bitrix24 user is not one.")


def admin_reason(admin: bool | None, problem: str = "") -> str:
    """Why an administrator's action is disabled: ``""`` for an administrator (``admin`` True),
    :func:`admin_text` for anyone else, else (not known yet) the ``problem`` that kept ``user.admin``
    from answering, or that it is being asked."""
    if admin:
        return ""
    if admin is False:
        return admin_text()
    if problem:
        return translate("AppFeatures", "Your permissions could not be checked: %1").replace("%1", problem)
    return translate("AppFeatures", "Checking your permissions on the portal…")


def unavailable_for(*, has_app_client: bool, offline: bool, features_unavailable: AppUnavailable | None,
                    needs: str = "application") -> AppUnavailable | None:
    """What stands in the way of a feature that ``needs`` ``"application"`` or ``"portal"``, or ``None``.

    Args:
        has_app_client: the session has an application connection (``PortalSession.app_client``).
        offline: the window cannot reach the portal now (``MainWindow.offline``).
        features_unavailable: what the application connection itself reports
            (``ApplicationFeatures.unavailable``, e.g. ``RECONNECT`` after ``invalid_grant``).
        needs: ``"application"`` or ``"portal"`` (:data:`NEEDS`).

    A webhook-only session is named first for application features (connecting one is what helps),
    then being offline, then what the connection reports.
    """
    if needs == "portal":
        return AppUnavailable.OFFLINE if offline else None
    if not has_app_client:
        return AppUnavailable.WEBHOOK_ONLY
    if offline:
        return AppUnavailable.OFFLINE
    return features_unavailable
