"""SQLite schema of the sandbox portal and the field lists of the legacy activity reply.

Activities are stored with typed columns (ints, text, Unix-second datetimes) named like the legacy
fields in lower case; bindings, communications and todo pings have their own tables; ids come from
the ``sequence`` table (one sequence per name, e.g. ``activity``), as api-spec.md Appendix A
recommends. Outgoing e-mails that the legacy methods "send" are recorded in ``email_outbox`` (nothing is
delivered). Files of activities (``FILES``) are kept with their bytes in ``activity_file`` (``files.py``).
CRM items of the four supported types share one table ``crm_item`` (columns unused by a type stay NULL);
their phones/e-mails live in ``crm_multifield`` (needed for ``COMMUNICATIONS``).
Layouts of configurable activities and apps' additional content blocks are kept, normalised, in
``activity_layout`` (see ``layouts.py``).
"""

from __future__ import annotations

__all__ = ["ACTIVITY_FIELDS", "ACTIVITY_FIELD_KINDS", "ACTIVITY_INDEXES", "DDL"]

#: Legacy activity fields in the documented key order (api-spec.md §4.5) with their value kind:
#: ``int`` / ``float`` (output as strings), ``str``, ``char`` (Y/N), ``datetime`` (Unix seconds in the
#: store, ISO 8601 with the portal offset on output), ``json`` (a PHP array: object or ``[]``).
ACTIVITY_FIELDS: tuple[tuple[str, str], ...] = (
    ("ID", "int"),
    ("OWNER_ID", "int"),
    ("OWNER_TYPE_ID", "int"),
    ("TYPE_ID", "int"),
    ("PROVIDER_ID", "str"),
    ("PROVIDER_TYPE_ID", "str"),
    ("PROVIDER_GROUP_ID", "str"),
    ("ASSOCIATED_ENTITY_ID", "int"),
    ("SUBJECT", "str"),
    ("CREATED", "datetime"),
    ("LAST_UPDATED", "datetime"),
    ("START_TIME", "datetime"),
    ("END_TIME", "datetime"),
    ("DEADLINE", "datetime"),
    ("COMPLETED", "char"),
    ("STATUS", "int"),
    ("RESPONSIBLE_ID", "int"),
    ("PRIORITY", "int"),
    ("NOTIFY_TYPE", "int"),
    ("NOTIFY_VALUE", "int"),
    ("DESCRIPTION", "str"),
    ("DESCRIPTION_TYPE", "int"),
    ("DIRECTION", "int"),
    ("LOCATION", "str"),
    ("SETTINGS", "json"),
    ("ORIGINATOR_ID", "str"),
    ("ORIGIN_ID", "str"),
    ("AUTHOR_ID", "int"),
    ("EDITOR_ID", "int"),
    ("PROVIDER_PARAMS", "json"),
    ("PROVIDER_DATA", "str"),
    ("RESULT_MARK", "int"),
    ("RESULT_VALUE", "float"),
    ("RESULT_SUM", "float"),
    ("RESULT_CURRENCY_ID", "str"),
    ("RESULT_STATUS", "int"),
    ("RESULT_STREAM", "int"),
    ("RESULT_SOURCE_ID", "str"),
    ("AUTOCOMPLETE_RULE", "int"),
)

#: Every legacy field that can be selected, filtered or ordered, with its kind
#: (``IS_INCOMING_CHANNEL`` is selectable only by name; server-behaviour.md §2.2).
ACTIVITY_FIELD_KINDS: dict[str, str] = {**dict(ACTIVITY_FIELDS), "IS_INCOMING_CHANNEL": "char"}

_SQL_TYPES = {"int": "INTEGER", "float": "REAL", "str": "TEXT", "char": "TEXT", "datetime": "INTEGER", "json": "TEXT"}

_ACTIVITY_COLUMNS = ",\n    ".join(
    f"{name.lower()} {_SQL_TYPES[kind]}" + (" PRIMARY KEY" if name == "ID" else "")
    for name, kind in ACTIVITY_FIELDS
)

#: Secondary indexes of the activity tables: name → CREATE statement (bulk seeding drops and rebuilds
#: them). Keyset paging at 100k+ rows (ORDER BY ID, ">ID" cursor): each index ends in the rowid, so
#: "RESPONSIBLE_ID = x [AND COMPLETED = y] AND ID > z" is one ordered range search; the binding index
#: ends in activity_id for the same reason.
_INDEX_TARGETS = {
    "activity_owner": "activity (owner_type_id, owner_id)",
    "activity_responsible": "activity (responsible_id)",
    "activity_responsible_open": "activity (responsible_id, completed COLLATE NOCASE)",
    "activity_last_updated": "activity (last_updated)",
    "activity_responsible_updated": "activity (responsible_id, last_updated)",
    "binding_owner_activity": "activity_binding (owner_type_id, owner_id, activity_id)",
    "communication_activity": "activity_communication (activity_id)",
}
ACTIVITY_INDEXES: dict[str, str] = {
    name: f"CREATE INDEX IF NOT EXISTS {name} ON {target}" for name, target in _INDEX_TARGETS.items()}

_DDL_TABLES = f"""
CREATE TABLE IF NOT EXISTS sequence (
    name TEXT PRIMARY KEY,
    value INTEGER NOT NULL
);
CREATE TABLE IF NOT EXISTS portal_meta (
    key TEXT PRIMARY KEY,
    value TEXT
);
CREATE TABLE IF NOT EXISTS activity (
    {_ACTIVITY_COLUMNS},
    is_incoming_channel TEXT NOT NULL DEFAULT 'N',
    parent_id INTEGER,          -- todo parentActivityId
    color_id TEXT,              -- todo colorId, shown as SETTINGS.COLOR
    origin_version TEXT         -- ORIGIN_VERSION of crm.activity.add/update (stored, never listed)
);
CREATE TABLE IF NOT EXISTS activity_binding (
    activity_id INTEGER NOT NULL,
    owner_type_id INTEGER NOT NULL,
    owner_id INTEGER NOT NULL,
    sort INTEGER NOT NULL,
    PRIMARY KEY (activity_id, owner_type_id, owner_id)
);
DROP INDEX IF EXISTS binding_owner;
CREATE TABLE IF NOT EXISTS activity_communication (
    id INTEGER PRIMARY KEY,
    activity_id INTEGER NOT NULL,
    type TEXT NOT NULL,         -- PHONE | EMAIL | ''
    value TEXT NOT NULL,
    entity_type_id INTEGER NOT NULL,
    entity_id INTEGER NOT NULL
);
CREATE TABLE IF NOT EXISTS activity_ping (
    activity_id INTEGER NOT NULL,
    offset_minutes INTEGER NOT NULL,
    sort INTEGER NOT NULL
);
CREATE TABLE IF NOT EXISTS activity_layout (
    activity_id INTEGER NOT NULL,
    kind TEXT NOT NULL,                 -- layout (configurable activity) | rest_app (layout.blocks.set)
    client_id TEXT NOT NULL DEFAULT '', -- the app that set rest_app blocks; '' for a configurable layout
    layout TEXT NOT NULL,               -- the normalised layout as JSON (sandbox/layouts.py)
    PRIMARY KEY (activity_id, kind, client_id)
);
CREATE TABLE IF NOT EXISTS activity_file (
    id INTEGER PRIMARY KEY,         -- the "file" sequence: FILES[].id and the download URL's fileId
    activity_id INTEGER NOT NULL,   -- the owner activity (its files go with it)
    name TEXT NOT NULL,             -- as uploaded (fileData[0])
    content_type TEXT NOT NULL,     -- guessed from the name (files.py)
    size INTEGER NOT NULL,          -- bytes
    data BLOB NOT NULL
);
CREATE INDEX IF NOT EXISTS file_activity ON activity_file (activity_id, id);
CREATE TABLE IF NOT EXISTS email_outbox (
    activity_id INTEGER NOT NULL,   -- an outgoing e-mail "sent" by crm.activity.add/update (not delivered)
    sent_at INTEGER NOT NULL,
    recipients TEXT NOT NULL        -- JSON list of the EMAIL communication values
);
CREATE TABLE IF NOT EXISTS crm_item (
    entity_type_id INTEGER NOT NULL,
    id INTEGER NOT NULL,
    title TEXT, honorific TEXT, name TEXT, second_name TEXT, last_name TEXT, post TEXT,
    status_id TEXT, stage_id TEXT, category_id INTEGER,
    opportunity REAL, currency_id TEXT, revenue REAL, company_type TEXT, industry TEXT,
    company_id INTEGER, contact_id INTEGER, assigned_by_id INTEGER,
    created_time INTEGER, updated_time INTEGER, begin_date INTEGER, close_date INTEGER,
    PRIMARY KEY (entity_type_id, id)
);
CREATE TABLE IF NOT EXISTS deal_contact (
    deal_id INTEGER NOT NULL,
    contact_id INTEGER NOT NULL,
    sort INTEGER NOT NULL,
    PRIMARY KEY (deal_id, contact_id)
);
CREATE TABLE IF NOT EXISTS crm_multifield (
    id INTEGER PRIMARY KEY,
    entity_type_id INTEGER NOT NULL,
    entity_id INTEGER NOT NULL,
    type_id TEXT NOT NULL,      -- PHONE | EMAIL
    value_type TEXT NOT NULL,   -- WORK | MOBILE | HOME
    value TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS user (
    id INTEGER PRIMARY KEY,
    xml_id TEXT NOT NULL DEFAULT '',
    active INTEGER NOT NULL DEFAULT 1,
    name TEXT, last_name TEXT, second_name TEXT, email TEXT,
    last_login INTEGER, date_register INTEGER,
    is_online TEXT NOT NULL DEFAULT 'N',
    time_zone TEXT NOT NULL DEFAULT '',
    time_zone_offset INTEGER NOT NULL DEFAULT 0,
    personal_gender TEXT NOT NULL DEFAULT '',
    personal_photo TEXT NOT NULL DEFAULT '',
    work_position TEXT NOT NULL DEFAULT '',
    department_id INTEGER NOT NULL DEFAULT 1,
    is_admin INTEGER NOT NULL DEFAULT 0     -- portal administrator (Principal.is_admin)
);
CREATE TABLE IF NOT EXISTS event_handler (  -- event.bind (events.py)
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    client_id TEXT NOT NULL,                -- the application that bound it
    event_name TEXT NOT NULL,               -- upper case, e.g. ONCRMACTIVITYADD
    handler TEXT NOT NULL DEFAULT '',       -- '' = an offline handler
    user_id INTEGER NOT NULL DEFAULT 0,     -- auth_type (0 = the user who triggered the event)
    connector_id TEXT NOT NULL DEFAULT '',
    UNIQUE (client_id, event_name, handler, user_id, connector_id)
);
CREATE TABLE IF NOT EXISTS event_offline (  -- the applications' offline event queues (events.py)
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    timestamp_x INTEGER NOT NULL,           -- Unix seconds of the latest change it stands for
    message_id TEXT NOT NULL,               -- md5(EVENT_NAME|json(EVENT_DATA))
    client_id TEXT NOT NULL,
    event_name TEXT NOT NULL,
    event_data TEXT NOT NULL,               -- JSON
    event_additional TEXT NOT NULL,         -- JSON
    process_id TEXT NOT NULL DEFAULT '',    -- '' = not reserved by event.offline.get
    connector_id TEXT NOT NULL DEFAULT '',
    error INTEGER NOT NULL DEFAULT 0,
    UNIQUE (message_id, client_id, connector_id, process_id)
);
CREATE TABLE IF NOT EXISTS activity_app_type (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    client_id TEXT NOT NULL,
    type_id TEXT NOT NULL,
    name TEXT NOT NULL DEFAULT '',
    is_configurable TEXT NOT NULL DEFAULT 'N',   -- Y | N
    icon_id INTEGER NOT NULL DEFAULT 0,          -- app_type_icon.id, 0 = none
    UNIQUE (client_id, type_id)
);
CREATE TABLE IF NOT EXISTS app_type_icon (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    name TEXT NOT NULL,
    content_type TEXT NOT NULL,
    data BLOB NOT NULL
);
CREATE TABLE IF NOT EXISTS activity_badge (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    code TEXT NOT NULL UNIQUE,
    title TEXT NOT NULL,     -- JSON: a string or a {{lang: text}} object
    value TEXT NOT NULL,     -- JSON: a string or a {{lang: text}} object
    type TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS rest_app (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    client_id TEXT NOT NULL UNIQUE
);
"""

DDL = _DDL_TABLES + ";\n".join(ACTIVITY_INDEXES.values()) + ";\n"
