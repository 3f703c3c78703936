"""Everything the details pane shows about one activity, and the binding rules checked before sending.

Loading (:meth:`DetailsService.load`) takes five kinds of calls, the independent ones at once:

- ``crm.activity.get`` (api-spec.md §4.5): every scalar field. It returns no ``COMMUNICATIONS``,
  ``FILES`` or ``BINDINGS``;
- ``crm.activity.list`` with ``filter: {"ID": id}`` and ``select: ["*", "COMMUNICATIONS", "FILES"]``
  (api-spec.md §4.6, §3.6, §3.1.5): the communications and the files (``{id, url}``; their names
  when Activity Desk uploaded or downloaded them, from the store's ``file_name`` table);
- ``crm.activity.binding.list`` (api-spec.md §4.10): the bindings the user can read;
- ``crm.item.list`` with ``filter: {"@id": [...]}``, one call per entity type and 50 ids: the names
  of bound entities, the owner and the communications' contacts;
- ``user.get`` with ``filter: {"ID": [...]}``: the responsible, author and editor by name.

Replies are typed by the client; an activity answered with another ``ID``, no positive ``ID`` or a
datetime without its offset is a :class:`~desktop_app.bitrix.errors.BadResponse` naming the field
(:func:`~desktop_app.services.reply_rows.check_activity`).

The binding rules (:func:`check_add`, :func:`check_move`, :func:`check_remove`) mirror
``crm.activity.binding.*`` (server-behaviour.md §1.8) so that the panel refuses what the portal
would refuse, with a message naming the field and the rule; the portal's own error is still shown
if it disagrees. No Qt.
"""

from __future__ import annotations

import asyncio
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from desktop_app.bitrix import BitrixClient
from desktop_app.bitrix.bindings import MAX_BINDINGS, Binding
from desktop_app.bitrix.client import PAGE_SIZE
from desktop_app.bitrix.errors import BitrixError
from desktop_app.bitrix.models import PROVIDER_CONFIGURABLE, Activity, ActivityFile, Communication, CrmItem, OwnerType
from desktop_app.store.entries import OutboxEntry

from .attachments import AttachmentService, PortalFile
from .change_kinds import kind_of
from .entities import EntityService
from .reply_rows import check_activities, check_activity, check_items

__all__ = [
    "BINDABLE_TYPES", "ActivityDetails", "BindingProblem", "ConflictField", "DetailsService",
    "check_add", "check_move", "check_remove", "conflict_fields",
]

#: Entity types a binding may be added to from Activity Desk (the ones it can browse and name;
#: api-spec.md §3.2). The portal also accepts quotes, smart invoices and smart processes.
BINDABLE_TYPES: tuple[int, ...] = tuple(int(t) for t in OwnerType)

#: ``crm.item.list`` fields that make a display name, per entity type.
_NAME_SELECT: dict[int, list[str]] = {
    OwnerType.LEAD: ["id", "title", "name", "secondName", "lastName"],
    OwnerType.DEAL: ["id", "title"],
    OwnerType.CONTACT: ["id", "name", "secondName", "lastName"],
    OwnerType.COMPANY: ["id", "title"],
}


@dataclass(frozen=True)
class BindingProblem:
    """Why a binding change would be refused.

    Attributes:
        field: the REST parameter at fault (``entityTypeId``, ``entityId``, ``targetEntityTypeId``,
            ``targetEntityId``, ``sourceEntityId``).
        rule: a stable code the UI translates: ``required``, ``type_not_allowed``, ``already_bound``,
            ``too_many``, ``not_bound``, ``last_binding``, ``same_type``, ``same_entity``.
        text: the rule in English (also what the portal would answer, where it has a code).
    """

    field: str
    rule: str
    text: str


def _ids(binding: Binding, type_field: str, id_field: str,
         allowed_types: Iterable[int] | None) -> BindingProblem | None:
    if binding.entity_type_id <= 0:
        return BindingProblem(type_field, "required", "pick the type of CRM entity")
    if allowed_types is not None and binding.entity_type_id not in set(allowed_types):
        return BindingProblem(type_field, "type_not_allowed",
                              "only leads, deals, contacts and companies can be bound here")
    if binding.entity_id <= 0:
        return BindingProblem(id_field, "required", "pick the entity (a positive id)")
    return None


def check_add(bindings: Sequence[Binding], binding: Binding, *,
              allowed_types: Iterable[int] | None = BINDABLE_TYPES) -> BindingProblem | None:
    """Would ``crm.activity.binding.add`` accept ``binding`` for an activity bound to ``bindings``?

    Rules (api-spec.md §2.5, §4.10; server-behaviour.md §1.8): the type is one of ``allowed_types``
    (``None`` = any), the id is positive, the entity is not bound yet (``ACTIVITY_IS_ALREADY_BOUND``),
    and at most :data:`MAX_BINDINGS` (100) bindings per activity.

    Returns:
        ``None`` when it may be sent, else the first problem.
    """
    problem = _ids(binding, "entityTypeId", "entityId", allowed_types)
    if problem is not None:
        return problem
    if binding in bindings:
        return BindingProblem("entityId", "already_bound", "the activity is already bound to this entity")
    if len(set(bindings)) >= MAX_BINDINGS:
        return BindingProblem("entityId", "too_many", f"an activity can be bound to at most {MAX_BINDINGS} entities")
    return None


def check_move(from_: Binding, to: Binding, bindings: Sequence[Binding] | None = None) -> BindingProblem | None:
    """Would ``crm.activity.binding.move`` accept moving the activity from ``from_`` to ``to``?

    Rules (api-spec.md §4.10; server-behaviour.md §1.8; the same as
    :meth:`desktop_app.bitrix.bindings.BindingMethods.move` checks, with its field names):
    the types are equal (``SOURCE_AND_TARGET_ENTITY_TYPES_ARE_NOT_EQUAL_ERROR``; to change the type,
    add the new binding and then remove the old one), the target is another entity
    (``SOURCE_AND_TARGET_ENTITY_ID_ARE_EQUAL_ERROR``), and, when ``bindings`` is given, ``from_`` is
    one of them (``BINDING_NOT_FOUND``) and ``to`` is not (``ACTIVITY_IS_ALREADY_BOUND``).

    The portal compares the ids before the types (deal 5 → company 5 gives the "ids are equal"
    error); here the type rule comes first because it is the one the user can act on. Both refuse.
    """
    problem = _ids(to, "targetEntityTypeId", "targetEntityId", None)
    if problem is not None:
        return problem
    if from_.entity_type_id != to.entity_type_id:
        return BindingProblem("targetEntityTypeId", "same_type",
                              "must be the same type as the source; to change the type add the new "
                              "binding, then delete the old one")
    if from_ == to:
        return BindingProblem("targetEntityId", "same_entity", "must differ from the source entity")
    if bindings is not None:
        if from_ not in bindings:
            return BindingProblem("sourceEntityId", "not_bound", "the activity is not bound to this entity")
        if to in bindings:
            return BindingProblem("targetEntityId", "already_bound",
                                  "the activity is already bound to this entity")
    return None


def check_remove(bindings: Sequence[Binding], binding: Binding) -> BindingProblem | None:
    """Would ``crm.activity.binding.delete`` accept removing ``binding``?

    Rules (server-behaviour.md §1.8, in the portal's order): the activity is bound to it
    (``BINDING_NOT_FOUND``), and it is not the last binding (``LAST_BINDING_CANNOT_BE_DELETED``:
    an activity always appears in at least one timeline).
    """
    if binding not in bindings:
        return BindingProblem("entityId", "not_bound", "the activity is not bound to this entity")
    if len(set(bindings)) <= 1:
        return BindingProblem("entityId", "last_binding", "the last binding of an activity cannot be removed")
    return None


@dataclass(frozen=True)
class ActivityDetails:
    """One activity with what the details pane needs around it.

    Attributes:
        activity: every field from ``crm.activity.get`` (``activity.raw`` holds fields the model
            does not name, e.g. ``PROVIDER_PARAMS``, ``RESULT_*``), with :attr:`communications`
            filled in from ``crm.activity.list``.
        communications: the ``COMMUNICATIONS`` items (type ``PHONE`` / ``EMAIL`` / ``""``, value,
            contact entity).
        bindings: ``crm.activity.binding.list``, sorted by type and id (only entities the user can read).
        entity_names: ``(entityTypeId, entityId)`` → display name, for bindings, the owner and the
            communications' entities (missing when the portal did not return the item).
        user_names: user id → "Name Last name" for the responsible, author and editor.
        ping_offsets: a todo's reminders (minutes before the deadline, ``[]`` = none) as Activity
            Desk set them (:meth:`ChangeService.known_ping_offsets
            <desktop_app.services.changes.ChangeService.known_ping_offsets>`); ``None`` = not known
            here (the portal does not return them, api-spec.md §4.9.1).
        files: the activity's files (:class:`~desktop_app.services.attachments.PortalFile`: ``id``,
            ``url``, ``name`` or ``None`` when not known here), in the portal's order; download one
            with ``AttachmentService.download``. ``activity.files`` holds the same as the portal sent it.
    """

    activity: Activity
    communications: list[Communication] = field(default_factory=list)
    bindings: list[Binding] = field(default_factory=list)
    entity_names: dict[tuple[int, int], str] = field(default_factory=dict)
    user_names: dict[int, str] = field(default_factory=dict)
    ping_offsets: list[int] | None = None
    files: list[PortalFile] = field(default_factory=list)

    def entity_name(self, entity_type_id: int, entity_id: int) -> str | None:
        """The entity's display name, or ``None`` when unknown."""
        return self.entity_names.get((int(entity_type_id), int(entity_id)))

    def binding_name(self, binding: Binding) -> str | None:
        """The bound entity's display name, or ``None`` when unknown."""
        return self.entity_name(binding.entity_type_id, binding.entity_id)

    def user_name(self, user_id: int) -> str | None:
        """The user's name, or ``None`` when unknown (or ``user_id`` is 0)."""
        return self.user_names.get(int(user_id))


class DetailsService:
    """Loads :class:`ActivityDetails` and searches entities for the bindings picker."""

    def __init__(self, client: BitrixClient, file_names: Any = None) -> None:
        """``file_names``: ``Store.files`` (names of files uploaded or downloaded here), or ``None``."""
        self._client = client
        self._entities = EntityService(client)
        self._attachments = AttachmentService(client, file_names)

    async def load(self, activity_id: int) -> ActivityDetails:
        """Everything about activity ``activity_id`` (see the module docstring for the calls).

        Raises:
            InvalidParameter: ``activity_id`` is not positive (nothing sent).
            NotFound: the activity does not exist or is not readable (``crm.activity.get``).
            BitrixError and transport errors from any of the calls.
        """
        got, from_list, bindings = await asyncio.gather(
            self._client.get_activity(activity_id),
            self._listed(activity_id),
            self._client.bindings.list(activity_id),
            return_exceptions=True,
        )
        for outcome in (from_list, bindings):
            if isinstance(outcome, BaseException):
                raise outcome
        listed, communications, files = from_list
        if isinstance(got, BitrixError) and listed is not None and listed.provider_id == PROVIDER_CONFIGURABLE:
            # crm.activity.get refuses configurable activities ("Use crm.activity.configurable.get…",
            # server-behaviour.md §1.7); crm.activity.list returns them like any other (api-spec.md §4.12).
            got = listed
        if isinstance(got, BaseException):
            raise got
        activity = check_activity(self._client.checker, got, method="crm.activity.get", expected_id=activity_id)
        activity = activity.model_copy(update={"communications": communications, "files": files})
        wanted = {(b.entity_type_id, b.entity_id) for b in bindings}
        if activity.owner_type_id > 0 and activity.owner_id > 0:
            wanted.add((activity.owner_type_id, activity.owner_id))
        wanted.update((c.entity_type_id, c.entity_id) for c in communications
                      if c.entity_type_id and c.entity_id)
        user_ids = {activity.responsible_id, activity.author_id, activity.editor_id} - {0}
        entity_names, users = await asyncio.gather(
            self.entity_names(wanted), self._client.get_users(user_ids),
        )
        return ActivityDetails(
            activity=activity, communications=communications, bindings=bindings,
            entity_names=entity_names, user_names={u.id: u.display_name for u in users},
            files=self._attachments.portal_files(activity) or [],
        )

    async def _listed(self, activity_id: int) -> tuple[Activity | None, list[Communication], tuple[ActivityFile, ...]]:
        """The listed row (``None``: not listed), its communications and files (``crm.activity.list`` by
        ``ID``; ``get`` returns neither)."""
        page = await self._client.list_activities(
            filter={"ID": int(activity_id)}, select=["*", "COMMUNICATIONS", "FILES"], start=-1)
        mine = [a for a in check_activities(self._client.checker, page.items, method="crm.activity.list")
                if a.id == int(activity_id)]
        if not mine:
            return None, [], ()
        return mine[0], list(mine[0].communications), mine[0].files or ()

    async def entity_names(self, keys: Iterable[tuple[int, int]]) -> dict[tuple[int, int], str]:
        """Display names of CRM items: one ``crm.item.list`` per entity type and 50 ids, the types
        at once. Types Activity Desk cannot name (not lead/deal/contact/company) are skipped."""
        by_type: dict[int, list[int]] = {}
        for type_id, item_id in sorted(set(keys)):
            if type_id in _NAME_SELECT and item_id > 0:
                by_type.setdefault(type_id, []).append(item_id)
        calls = [self._names_of(type_id, ids[i:i + PAGE_SIZE])
                 for type_id, ids in by_type.items() for i in range(0, len(ids), PAGE_SIZE)]
        names: dict[tuple[int, int], str] = {}
        for items in await asyncio.gather(*calls):
            names.update({(item.entity_type_id, item.id): item.display_name for item in items})
        return names

    async def _names_of(self, entity_type_id: int, ids: list[int]) -> list[CrmItem]:
        page = await self._client.list_items(
            entity_type_id, filter={"@id": ids}, select=_NAME_SELECT[entity_type_id], start=-1)
        return check_items(self._client.checker, page.items)

    async def search_entities(self, entity_type_id: int, text: str) -> list[tuple[int, str]]:
        """The first page (≤ 50) of ``entity_type_id`` items matching ``text`` (title or name, as the
        entity browser searches), most recently updated first, as ``(id, display name)`` pairs —
        the shape :meth:`BindingsPanel.set_search <desktop_app.ui.bindings_panel.BindingsPanel.set_search>`
        expects."""
        page = await self._entities.page(entity_type_id, text)
        return [(item.id, item.display_name) for item in page.items]


#: camelCase parameters of ``crm.activity.todo.*`` → the legacy field they change (api-spec.md §4.9).
_TODO_PARAM_FIELDS = {
    "title": "SUBJECT", "description": "DESCRIPTION", "deadline": "DEADLINE",
    "responsibleId": "RESPONSIBLE_ID", "colorId": "COLOR",
}
_ID_PARAMS = {"id", "ownerTypeId", "ownerId", "activityId", "parentActivityId"}


@dataclass(frozen=True)
class ConflictField:
    """One field of a conflicting change: the legacy name (``SUBJECT``, ``DEADLINE``, ``COLOR``…),
    the user's value and the portal's current one, as texts (``""`` = empty; datetimes stay ISO
    8601 with their offset, for the UI to format)."""

    field: str
    mine: str
    theirs: str


def _text(value: object) -> str:
    if value is None or value == [] or value == {}:
        return ""
    if isinstance(value, bool):
        return "Y" if value else "N"
    return str(value)


def conflict_fields(entry: OutboxEntry) -> list[ConflictField]:
    """What a ``conflict`` entry would change versus what the portal has now (``entry.theirs``,
    the legacy fields from ``crm.activity.get``), one row per field the change sets, in its order.

    ``crm.activity.update`` changes its ``fields``; ``crm.activity.todo.update*`` map their
    camelCase parameters (``title`` → ``SUBJECT``, ``value`` of ``updateDeadline`` → ``DEADLINE``,
    ``colorId`` → ``COLOR`` = ``SETTINGS.COLOR``). ``pingOffsets`` has no legacy field: ``theirs``
    is ``""``.
    """
    theirs = dict(entry.theirs or {})
    settings = theirs.get("SETTINGS")
    theirs["COLOR"] = settings.get("COLOR") if isinstance(settings, dict) else None
    params = entry.params or {}
    if isinstance(params.get("fields"), dict):
        mine = dict(params["fields"])
    else:
        mine = {}
        value_field = kind_of(entry.method).value_field  # narrow todo updates: ``value`` → that field
        for key, value in params.items():
            if key in _ID_PARAMS:
                continue
            if key == "value" and value_field:
                mine[value_field] = value
            else:
                mine[_TODO_PARAM_FIELDS.get(key, key)] = value
    if mine.get("COLOR") == "default":  # crm.activity.todo.* spelling of the default colour
        mine["COLOR"] = None
    return [ConflictField(name, _text(value), _text(theirs.get(name))) for name, value in mine.items()]
