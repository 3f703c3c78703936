"""Demo data of a local application on the sandbox portal: what ``activity-desk --demo`` shows once it is
connected "both ways" (issue 13 item 6).

:func:`load_demo_apps` creates, **through the portal's own REST handlers** as the application
:data:`DEMO_APP_CLIENT_ID` (an administrator's OAuth call), so every rule of the application methods
applies to the demo too:

* two custom activity types with icons (``crm.activity.type.add``): ``DELIVERY`` (configurable) and
  ``ERP_SYNC`` (for ``REST_APP`` activities);
* three badges (``crm.activity.badge.add``): ``missedCall``, ``deliveryLate``, ``contractSigned``;
* configurable activities (``crm.activity.configurable.add``) from ``resources/layout_templates``: a call
  summary (open, badge ``missedCall``) and a delivery (type ``DELIVERY``, badge ``deliveryLate``) on deal 1,
  a signed contract (completed) on deal 2;
* a ``REST_APP`` activity of type ``ERP_SYNC`` on deal 1 (``crm.activity.add``, seed 002);
* additional content blocks (``crm.activity.layout.blocks.set``) on deal 1's first open to-do.

It is not part of the default demo (:func:`desktop_app.sandbox.demo_data.load_demo_data`), so the tests'
ground stays as it is: a :class:`~desktop_app.sandbox.portal.SandboxPortal` with demo data that registers
the application :data:`DEMO_APP_CLIENT_ID` (``apps=[SandboxApp("local.activitydesk.demo", …)]``, or
``serve --app-client-id local.activitydesk.demo``) loads it. Loading is
idempotent per application (a ``portal_meta`` marker), so a demo database file is filled only once.
"""

from __future__ import annotations

import base64
import json
import struct
import zlib
from datetime import timedelta
from typing import TYPE_CHECKING, Any

from desktop_app.resource_paths import resource_path

from .calls import invoke
from .principal import Principal

if TYPE_CHECKING:
    from .portal import SandboxPortal

__all__ = ["DEMO_APP_CLIENT_ID", "DEMO_BADGES", "DEMO_TYPES", "DemoAppError", "load_demo_apps", "png_icon"]

#: The ``client_id`` of the demo's local application.
DEMO_APP_CLIENT_ID = "local.activitydesk.demo"
TEMPLATES_DIR = resource_path("layout_templates")  # the one resolver: checkout, wheel and bundle alike
DEAL = 2

#: ``crm.activity.type.add`` fields of the demo types (``ICON_FILE`` added by :func:`load_demo_apps`).
DEMO_TYPES: tuple[dict[str, str], ...] = (
    {"TYPE_ID": "DELIVERY", "NAME": "Delivery", "IS_CONFIGURABLE_TYPE": "Y"},
    {"TYPE_ID": "ERP_SYNC", "NAME": "ERP synchronisation", "IS_CONFIGURABLE_TYPE": "N"},
)
_TYPE_COLOURS = {"DELIVERY": (0x2f, 0xc6, 0xf6), "ERP_SYNC": (0x9d, 0xcf, 0x00)}

#: ``crm.activity.badge.add`` parameters of the demo badges.
DEMO_BADGES: tuple[dict[str, Any], ...] = (
    {"code": "missedCall", "title": {"en": "Call status", "de": "Anrufstatus"},
     "value": {"en": "Missed", "de": "Verpasst"}, "type": "failure"},
    {"code": "deliveryLate", "title": {"en": "Delivery", "de": "Lieferung"},
     "value": {"en": "Late", "de": "Verspätet"}, "type": "warning"},
    {"code": "contractSigned", "title": "Contract", "value": "Signed", "type": "success"},
)

#: Used when ``resources/layout_templates`` is not installed next to the package.
_FALLBACK_LAYOUT = {"icon": {"code": "info"}, "header": {"title": "Demo application"},
                    "body": {"logo": {"code": "notification"},
                             "blocks": {"text": {"type": "text", "properties": {"value": "Created by the demo app."}}}}}


class DemoAppError(RuntimeError):
    """A demo call was refused: the demo data and the portal's rules disagree (a bug, named with the reply)."""


def png_icon(rgb: tuple[int, int, int], size: int = 24) -> bytes:
    """A ``size``×``size`` PNG filled with ``rgb`` (a custom type's icon)."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    row = b"\x00" + bytes(rgb) * size
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", size, size, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(row * size)) + chunk(b"IEND", b""))


def _template(name: str) -> dict[str, Any]:
    try:
        return json.loads((TEMPLATES_DIR / f"{name}.json").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return json.loads(json.dumps(_FALLBACK_LAYOUT))


def load_demo_apps(portal: SandboxPortal, client_id: str = DEMO_APP_CLIENT_ID) -> bool:
    """Create the demo application's types, badges, activities and blocks (module docstring) once.

    Args:
        portal: a portal with the default demo data (deals 1 and 2, deal 1's open to-dos).
        client_id: the application's ``client_id``.

    Returns:
        ``True`` when the data was created now, ``False`` when it was there already or the portal has no
        deals 1 and 2.

    Raises:
        DemoAppError: a call was refused (e.g. the portal has no demo data).
    """
    marker = f"demo_apps:{client_id}"
    if portal.db.scalar("SELECT value FROM portal_meta WHERE key = ?", (marker,)) is not None:
        return False
    if not (portal.db.item_exists(DEAL, 1) and portal.db.item_exists(DEAL, 2)):
        return False  # a portal without the demo CRM (``serve --empty``): nothing to attach the data to
    principal = Principal(user_id=portal.webhook_user_id, is_admin=True, app_client_id=client_id,
                          scopes=frozenset({"crm"}))

    def call(method: str, params: dict[str, Any]) -> Any:
        reply = invoke(portal, method, params, 0, principal=principal)
        if not reply.ok:
            raise DemoAppError(f"{method}: {reply.body.get('error')}: {reply.body.get('error_description')}")
        return reply.body["result"]

    for fields in DEMO_TYPES:
        icon = png_icon(_TYPE_COLOURS[fields["TYPE_ID"]])
        call("crm.activity.type.add", {"fields": {**fields, "ICON_FILE": [
            f"{fields['TYPE_ID'].lower()}.png", base64.b64encode(icon).decode()]}})
    for badge in DEMO_BADGES:
        call("crm.activity.badge.add", badge)

    today = portal.clock.today_start()

    def at(days: int, hour: int) -> str:
        return (today + timedelta(days=days, hours=hour)).isoformat()

    call("crm.activity.configurable.add", {"ownerTypeId": DEAL, "ownerId": 1, "layout": _template("call_summary"),
                                           "fields": {"deadline": at(1, 10), "pingOffsets": [0, 15],
                                                      "badgeCode": "missedCall"}})
    call("crm.activity.configurable.add", {"ownerTypeId": DEAL, "ownerId": 1, "layout": _template("delivery"),
                                           "fields": {"typeId": "DELIVERY", "deadline": at(3, 14),
                                                      "badgeCode": "deliveryLate", "originatorId": "demo-erp",
                                                      "originId": "parcel-4711"}})
    call("crm.activity.configurable.add", {"ownerTypeId": DEAL, "ownerId": 2, "layout": _template("signed_contract"),
                                           "fields": {"completed": "Y"}})
    call("crm.activity.add", {"fields": {
        "OWNER_TYPE_ID": DEAL, "OWNER_ID": 1, "PROVIDER_ID": "REST_APP", "PROVIDER_TYPE_ID": "ERP_SYNC",
        "SUBJECT": "Order 1042 synchronised with the ERP", "COMPLETED": "N", "START_TIME": at(2, 9),
        "DESCRIPTION": "The ERP confirmed the order; invoice to follow."}})
    todo = portal.db.query_one(
        "SELECT a.id FROM activity a JOIN activity_binding b ON b.activity_id = a.id "
        "WHERE b.owner_type_id = ? AND b.owner_id = 1 AND a.provider_id = 'CRM_TODO' AND a.completed = 'N' "
        "ORDER BY a.id LIMIT 1", (DEAL,))
    if todo is None:
        raise DemoAppError("deal 1 has no open to-do for the layout blocks (demo data missing?)")
    call("crm.activity.layout.blocks.set", {"entityTypeId": DEAL, "entityId": 1, "activityId": int(todo["id"]),
                                            "layout": _template("rest_app_call_summary")})
    portal.db.execute("INSERT INTO portal_meta (key, value) VALUES (?, ?)", (marker, "1"))
    return True
