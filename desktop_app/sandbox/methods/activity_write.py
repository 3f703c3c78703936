"""Legacy activity writes: ``crm.activity.add``, ``crm.activity.update``, ``crm.activity.delete``.

Errors are legacy (``{"error": "", "error_description": msg}``, HTTP 400) in the order of
server-behaviour.md §1.2 / §1.4 / §1.5. Failures that the real portal raises inside ``CCrmActivity``
(not in the REST proxy) come out with the ``ERROR_CORE`` quirk of §1.0.4: code ``ERROR_CORE`` and the
message followed by ``<br>`` [inferred there]; the sandbox produces two of them:
``NOTIFY_VALUE is not assigned.`` (add) and ``SUBJECT is not assigned.`` (update with a blank SUBJECT).

Sandbox choices (documented, not the portal's):

* ``PROVIDER_ID=REST_APP`` needs an application (an OAuth call): a webhook gets ``Application context
  required.``; the activity keeps the application's numeric id in ``ASSOCIATED_ENTITY_ID`` and
  ``PROVIDER_TYPE_ID`` as given (a type of ``crm.activity.type.add``) or ``LINK``; only that
  application may update or delete it (another one gets ``Access denied.``; ``activity_type.py``).
  There is no other permission model: ``Access denied.`` occurs nowhere else.
* Providers known to the sandbox (for ``TYPE_ID=6``): ``CRM_TODO``, ``CONFIGURABLE_REST_APP``,
  ``REST_APP`` and the system ones it stores (``CRM_MEETING``, ``VOXIMPLANT_CALL``, ``CRM_EMAIL``).
  Meetings, calls and e-mails without ``PROVIDER_ID`` get ``CRM_MEETING/MEETING``,
  ``VOXIMPLANT_CALL/CALL``, ``CRM_EMAIL/EMAIL``, like the demo data.
* E-mail: an outgoing (``DIRECTION=2``) e-mail created with ``COMPLETED=Y`` is "sent": nothing is
  delivered, the send is recorded in the ``email_outbox`` table (``portal.db.sent_emails()``) with the
  EMAIL communications as recipients, and the activity stays as stored. The ``Email send error. …``
  failures never happen. Completing an e-mail later with ``crm.activity.update`` sends nothing
  (api-spec.md §4.3 step 6: store with ``COMPLETED=N`` to avoid sending).
* Files (``FILES``, or ``WEBDAV_ELEMENTS`` when ``FILES`` is empty) are stored, removed and checked as
  ``files.py`` describes; an unreadable item fails the call with a legacy error naming the field, the
  item and the rule (the portal would skip it silently). Any activity kind the legacy update may change
  takes files, to-dos (``CRM_TODO``) included. ``params`` is checked, then ignored.
* Without an owner, the first communication's entity becomes ``OWNER_TYPE_ID``/``OWNER_ID`` [inferred].
"""

from __future__ import annotations

import json
from typing import Any

from ..errors import CoreError, LegacyError
from ..events import ONCRMACTIVITYADD, ONCRMACTIVITYDELETE, ONCRMACTIVITYUPDATE, record
from ..files import apply_file_changes, delete_files_of, read_file_changes
from ..params import MISSING, legacy_param
from ..registry import MethodContext, rest_method
from ..wire import is_php_array, php_empty, php_intval, php_items
from .activity_input import (
    TYPE_CALL,
    TYPE_EMAIL,
    TYPE_MEETING,
    TYPE_PROVIDER,
    check_bindings,
    compute_deadline,
    internalize,
    normalize_completed,
    prepare_communications,
)
from .activity_type import check_rest_app_owner, rest_app_values
from .enums import ACTIVITY_ENUMS

_KNOWN_PROVIDERS = {"CRM_TODO", "CONFIGURABLE_REST_APP", "REST_APP", "CRM_MEETING", "VOXIMPLANT_CALL", "CRM_EMAIL"}
_TYPE_PROVIDERS = {TYPE_MEETING: ("CRM_MEETING", "MEETING"), TYPE_CALL: ("VOXIMPLANT_CALL", "CALL"),
                   TYPE_EMAIL: ("CRM_EMAIL", "EMAIL")}
_DEFAULT_PROVIDER_TYPES = {"CRM_TODO": "TODO", "CONFIGURABLE_REST_APP": "CONFIGURABLE"}
_APP_CONTEXT = "Application context required."
#: Input field → column for the plain fields copied as given (after internalisation).
_PLAIN = ("PROVIDER_TYPE_ID", "PROVIDER_GROUP_ID", "SUBJECT", "PRIORITY", "NOTIFY_TYPE", "NOTIFY_VALUE",
          "DESCRIPTION", "DESCRIPTION_TYPE", "DIRECTION", "LOCATION", "SETTINGS", "ORIGINATOR_ID", "ORIGIN_ID",
          "ORIGIN_VERSION", "PROVIDER_PARAMS", "PROVIDER_DATA", "RESULT_MARK", "RESULT_VALUE", "RESULT_SUM",
          "RESULT_CURRENCY_ID", "RESULT_STATUS", "RESULT_STREAM", "RESULT_SOURCE_ID", "AUTOCOMPLETE_RULE",
          "RESPONSIBLE_ID", "STATUS")


def _core_error(message: str) -> CoreError:
    """A ``CCrmActivity`` failure as the REST server reports it (server-behaviour.md §1.0.4 quirk)."""
    return CoreError("ERROR_CORE", f"{message}<br>", 400)


def _array_params(ctx: MethodContext) -> dict[str, Any]:
    """``fields`` (default empty) and ``params`` must be arrays when present; returns ``fields``."""
    fields = legacy_param(ctx.params, "fields")
    if fields is MISSING:
        fields = {}
    if not is_php_array(fields):
        raise LegacyError("Parameter 'fields' must be array.")
    params = legacy_param(ctx.params, "params")
    if params is not MISSING and not is_php_array(params):
        raise LegacyError("Parameter 'params' must be array.")
    return dict(php_items(fields))


def _entity_id(ctx: MethodContext) -> int:
    """``ID`` or ``id`` as ``intval`` (0 when absent), like ``CCrmRestHelper::resolveEntityID``."""
    raw = ctx.params.get("ID", ctx.params.get("id"))
    return php_intval(raw) if raw is not None else 0


def _datetime(value: Any) -> int | None:
    return None if value in (None, "") else php_intval(value)


# ---------------------------------------------------------------------------- add


@rest_method("crm.activity.add")
def activity_add(ctx: MethodContext) -> int:
    """``crm.activity.add`` (api-spec.md §4.3, server-behaviour.md §1.2) → the new id (JSON integer).

    Errors, in this order: ``Parameter 'fields' must be array.``, ``Parameter 'params' must be array.``,
    ``The field SUBJECT is not defined or empty.``, ``The field RESPONSIBLE_ID is not defined or invalid.``,
    ``The field TYPE_ID is not defined or invalid.``, ``The custom activity without provider is not
    supported in current context.``, ``The activity type "<Name> is not supported in current context".``
    (sic), ``Use crm.activity.configurable.add for this activity provider``, ``Application context
    required.``, ``The field COMMUNICATIONS is not defined or invalid.``, ``The only one communication is
    allowed for activity of specified type.``, ``Could not build binding. Please ensure that owner info
    and communications are defined correctly.``, ``Entity type '<NAME>' is not supported in current
    context``, ``Could not find '<NAME>' with ID: <id>``; then ``ERROR_CORE`` ``NOTIFY_VALUE is not
    assigned.<br>`` (NOTIFY_TYPE ≠ 0 without NOTIFY_VALUE); then ``The field FILES is not valid: item
    <key>: <rule>.`` / ``The field FILES must be a list of … items.`` (``files.py``).

    Stored: the owner and each communication entity as bindings (owner first); client ``DEADLINE``,
    ``CREATED``, ``AUTHOR_ID`` … ignored; defaults COMPLETED ``N``, STATUS 1 (2 when completed),
    PRIORITY 1, DESCRIPTION_TYPE 1, DIRECTION 0, NOTIFY_TYPE/VALUE 0, END_TIME ↔ START_TIME,
    ``ORIGIN_ID``/``ORIGINATOR_ID``/``ORIGIN_VERSION`` as given (strings).
    """
    fields = internalize(_array_params(ctx), ctx.clock, update=False)
    subject = str(fields.get("SUBJECT", ""))
    if subject.strip() == "":
        raise LegacyError("The field SUBJECT is not defined or empty.")
    owner = (php_intval(fields.get("OWNER_TYPE_ID", 0)), php_intval(fields.get("OWNER_ID", 0)))
    has_owner = owner[0] > 0 and owner[1] > 0
    responsible_id = php_intval(fields.get("RESPONSIBLE_ID", 0))
    if responsible_id <= 0 and has_owner:
        item = ctx.db.item(*owner)
        responsible_id = int(item["assigned_by_id"] or 0) if item else 0
    if responsible_id <= 0:
        responsible_id = ctx.user_id
    if responsible_id <= 0:
        raise LegacyError("The field RESPONSIBLE_ID is not defined or invalid.")

    provider_id = str(fields.get("PROVIDER_ID", ""))
    if provider_id != "" and php_empty(fields.get("TYPE_ID")):
        fields["TYPE_ID"] = TYPE_PROVIDER
    type_id = php_intval(fields.get("TYPE_ID", 0))
    if not 1 <= type_id <= 6:
        raise LegacyError("The field TYPE_ID is not defined or invalid.")
    if type_id == TYPE_PROVIDER and provider_id not in _KNOWN_PROVIDERS:
        raise LegacyError("The custom activity without provider is not supported in current context.")
    if type_id not in (TYPE_CALL, TYPE_MEETING, TYPE_EMAIL, TYPE_PROVIDER):
        name = ACTIVITY_ENUMS["crm.enum.activitytype"][type_id]
        raise LegacyError(f'The activity type "{name} is not supported in current context".')
    if provider_id == "CONFIGURABLE_REST_APP":
        raise LegacyError("Use crm.activity.configurable.add for this activity provider")
    app_values = rest_app_values(ctx, fields) if provider_id == "REST_APP" else {}

    communications, entities = prepare_communications(fields.get("COMMUNICATIONS"), owner, type_id)
    if not communications and type_id != TYPE_PROVIDER:
        raise LegacyError("The field COMMUNICATIONS is not defined or invalid.")
    if type_id in (TYPE_CALL, TYPE_MEETING) and len(communications) > 1:
        raise LegacyError("The only one communication is allowed for activity of specified type.")
    bindings = ([owner] if has_owner else []) + [pair for pair in entities if pair != owner]
    if not bindings:
        raise LegacyError("Could not build binding. Please ensure that owner info and communications are "
                          "defined correctly.")
    problem = check_bindings(ctx.db, bindings)
    if problem:
        raise LegacyError(problem)
    notify_type = php_intval(fields.get("NOTIFY_TYPE", 0))
    if notify_type != 0 and "NOTIFY_VALUE" not in fields:
        raise _core_error("NOTIFY_VALUE is not assigned.")
    files = read_file_changes(fields)

    values = _new_values(ctx, fields, type_id, provider_id, bindings[0], responsible_id, subject)
    values.update(app_values)
    with ctx.db.transaction():
        activity_id = ctx.db.insert_activity(values, bindings, communications)
        record(ctx.portal, ONCRMACTIVITYADD, activity_id, ctx.user_id)
        if files is not None:
            apply_file_changes(ctx.db, activity_id, files)
        if type_id == TYPE_EMAIL and values["direction"] == 2 and values["completed"] == "Y":
            recipients = [c["value"] for c in communications if c["type"] == "EMAIL"]
            ctx.db.record_sent_email(activity_id, values["created"], recipients)
    return activity_id


def _new_values(ctx: MethodContext, fields: dict[str, Any], type_id: int, provider_id: str,
                owner: tuple[int, int], responsible_id: int, subject: str) -> dict[str, Any]:
    """Column values of a new activity: defaults, then the client's fields, then the computed ones."""
    now = ctx.clock.now_ts()
    completed = normalize_completed(fields["COMPLETED"]) if "COMPLETED" in fields else "N"
    provider_type_id = fields.get("PROVIDER_TYPE_ID") or None
    if provider_id == "":
        provider_id, default_type = _TYPE_PROVIDERS.get(type_id, ("", None))
        provider_type_id = provider_type_id or default_type
    provider_type_id = provider_type_id or _DEFAULT_PROVIDER_TYPES.get(provider_id)
    start, end = _datetime(fields.get("START_TIME")), _datetime(fields.get("END_TIME"))
    start, end = (start if start is not None else end), (end if end is not None else start)
    incoming = normalize_completed(fields.get("IS_INCOMING_CHANNEL", "N")) == "Y"
    values: dict[str, Any] = {
        "priority": 1, "notify_type": 0, "notify_value": 0, "description": "", "description_type": 1,
        "direction": 0, "location": "", "settings": {}, "originator_id": None, "origin_id": None,
        "origin_version": None, "provider_params": {}, "provider_data": None, "provider_group_id": None,
        "result_mark": 0, "result_value": None, "result_sum": None, "result_currency_id": None,
        "result_status": 0, "result_stream": 0, "result_source_id": None, "autocomplete_rule": 0,
        "status": 2 if completed == "Y" else 1,
    }
    values.update({name.lower(): fields[name] for name in _PLAIN if name in fields})
    if values["notify_type"] == 0:
        values["notify_value"] = 0
    values.update({
        "owner_type_id": owner[0], "owner_id": owner[1], "type_id": type_id,
        "provider_id": provider_id or None, "provider_type_id": provider_type_id,
        "associated_entity_id": 0, "subject": subject, "created": now, "last_updated": now,
        "start_time": start, "end_time": end,
        "deadline": compute_deadline(ctx.clock, type_id, provider_id, start, end, incoming),
        "completed": completed, "responsible_id": responsible_id,
        "author_id": ctx.user_id, "editor_id": ctx.user_id,
        "is_incoming_channel": "Y" if incoming else "N", "parent_id": None, "color_id": None,
    })
    return values


# ---------------------------------------------------------------------------- update


@rest_method("crm.activity.update")
def activity_update(ctx: MethodContext) -> bool:
    """``crm.activity.update`` (api-spec.md §4.4, server-behaviour.md §1.4) → ``true``. Partial update.

    Errors, in this order: ``Parameter 'fields' must be array.``, ``Parameter 'params' must be array.``,
    ``ID is not defined or invalid.`` (``id``/``ID`` missing or ≤ 0), ``Activity is not found.``,
    ``Application context required.`` (a REST_APP activity), ``Use crm.activity.configurable.update for
    this activity provider``, ``The field COMMUNICATIONS is not defined or invalid.`` (given but empty
    after normalisation), the ``FILES`` errors of ``files.py``, then ``ERROR_CORE`` ``SUBJECT is not
    assigned.<br>`` (a blank SUBJECT).

    Only the given fields change. Dropped: read-only and immutable fields (``OWNER_*``, ``TYPE_ID``),
    ``PROVIDER_ID``, client ``DEADLINE``; a ``RESPONSIBLE_ID`` ≤ 0 is ignored. ``COMPLETED`` (normalised
    as on add) sets ``STATUS`` 1 (``N``) or 2 (``Y``; an auto-completed 3 stays 3). ``LAST_UPDATED`` =
    now, ``EDITOR_ID`` = the caller, ``DEADLINE`` recomputed. ``COMMUNICATIONS`` replaces the
    communications and rebuilds the bindings (owner + communication entities). ``FILES`` uploads add
    files, ``{"id", "remove": "Y"}`` items remove them, files not named stay.
    """
    raw_fields = _array_params(ctx)
    activity_id = _entity_id(ctx)
    if activity_id <= 0:
        raise LegacyError("ID is not defined or invalid.")
    fields = internalize(raw_fields, ctx.clock, update=True)
    row = ctx.db.query_one("SELECT * FROM activity WHERE id = ?", (activity_id,))
    if row is None:
        raise LegacyError("Activity is not found.")
    if row["provider_id"] == "REST_APP":
        check_rest_app_owner(ctx, row)
    if row["provider_id"] == "CONFIGURABLE_REST_APP":
        raise LegacyError("Use crm.activity.configurable.update for this activity provider")
    owner = (int(row["owner_type_id"]), int(row["owner_id"]))
    communications = None
    if is_php_array(fields.get("COMMUNICATIONS")):
        communications, entities = prepare_communications(fields["COMMUNICATIONS"], owner, int(row["type_id"]))
        if not communications:
            raise LegacyError("The field COMMUNICATIONS is not defined or invalid.")
        bindings = [owner] + [pair for pair in entities if pair != owner]
    files = read_file_changes(fields)
    if "SUBJECT" in fields and str(fields["SUBJECT"]).strip() == "":
        raise _core_error("SUBJECT is not assigned.")

    changes: dict[str, Any] = {name.lower(): fields[name] for name in _PLAIN if name in fields}
    if changes.get("responsible_id", 1) <= 0:
        del changes["responsible_id"]
    if "COMPLETED" in fields:
        changes["completed"] = normalize_completed(fields["COMPLETED"])
        if changes["completed"] == "N":
            changes["status"] = 1
        elif int(changes.get("status", row["status"] or 0)) != 3:
            changes["status"] = 2
    for name in ("START_TIME", "END_TIME"):
        if name in fields:
            changes[name.lower()] = _datetime(fields[name])
    if "IS_INCOMING_CHANNEL" in fields:
        changes["is_incoming_channel"] = normalize_completed(fields["IS_INCOMING_CHANNEL"])
    start = changes.get("start_time", row["start_time"])
    end = changes.get("end_time", row["end_time"])
    incoming = changes.get("is_incoming_channel", row["is_incoming_channel"]) == "Y"
    changes["deadline"] = compute_deadline(ctx.clock, int(row["type_id"]), row["provider_id"], start, end, incoming)
    changes["last_updated"] = ctx.clock.now_ts()
    changes["editor_id"] = ctx.user_id
    for key in ("settings", "provider_params"):
        if key in changes:
            changes[key] = json.dumps(changes[key])
    with ctx.db.transaction():
        ctx.db.update_activity(activity_id, **changes)
        record(ctx.portal, ONCRMACTIVITYUPDATE, activity_id, ctx.user_id)
        if communications is not None:
            ctx.db.replace_communications(activity_id, bindings, communications)
        if files is not None:
            apply_file_changes(ctx.db, activity_id, files)
    return True


# ---------------------------------------------------------------------------- delete


@rest_method("crm.activity.delete")
def activity_delete(ctx: MethodContext) -> bool:
    """``crm.activity.delete`` (api-spec.md §4.7, server-behaviour.md §1.5) → ``true``.

    Deletes an activity of any kind with its files (no recycle bin in the sandbox). Errors, in this order:
    ``ID is not defined or invalid.``, ``Activity is not found.``, ``Application context required.``
    (a REST_APP activity). ``params`` is not checked.
    """
    activity_id = _entity_id(ctx)
    if activity_id <= 0:
        raise LegacyError("ID is not defined or invalid.")
    row = ctx.db.query_one("SELECT provider_id, associated_entity_id FROM activity WHERE id = ?", (activity_id,))
    if row is None:
        raise LegacyError("Activity is not found.")
    if row["provider_id"] == "REST_APP":
        check_rest_app_owner(ctx, row)
    with ctx.db.transaction():
        ctx.db.delete_activity(activity_id)
        record(ctx.portal, ONCRMACTIVITYDELETE, activity_id, ctx.user_id)
        delete_files_of(ctx.db, activity_id)  # the download URLs answer 404 from now on
    return True
