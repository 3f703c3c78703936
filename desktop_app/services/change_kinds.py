"""Every kind of change that goes through the outbox, declared once (issue 13 item 1). No I/O, no Qt.

One :class:`ChangeKind` per REST method the window can queue (:class:`~.changes.ChangeService`,
:func:`~.bulk.bulk_call`). The outbox, its reconciliation, the field merge, the optimistic cards, the
outbox's rows in the details pane and the timeline's reaction to a confirmed change all read these
declarations (``kind_of(entry.method).creates``…) instead of comparing method names:

===========================================  ============  ===========  ==========  ======  ===============
method                                       effect        verified by  id key      merged  label
===========================================  ============  ===========  ==========  ======  ===============
``crm.activity.add``                         create        origin id    (reply)     no      New activity
``crm.activity.todo.add``                    create todo   todo match   (reply)     no      New to-do
``crm.activity.update``                      fields        fields       id          yes     Edit
``crm.activity.todo.update``                 todo fields   fields       id          yes     Edit
``crm.activity.todo.updateDeadline``         todo fields   fields       id          yes     New deadline
``crm.activity.todo.updateDescription``      todo fields   fields       id          yes     New description
``crm.activity.todo.updateColor``            todo fields   fields       id          yes     New colour
``crm.activity.todo.updateResponsibleUser``  todo fields   fields       id          yes     New responsible
``crm.activity.delete``                      delete        gone         id          no      Delete
``crm.activity.binding.add``                 binding add   bindings     activityId  no      New binding
``crm.activity.binding.move``                binding move  bindings     activityId  no      Moved binding
``crm.activity.binding.delete``              binding del.  bindings     activityId  no      Removed binding
===========================================  ============  ===========  ==========  ======  ===============

(api-spec.md §4.3–4.4, §4.7, §4.9.1–4.9.6, §4.10.) Adding a method to the outbox means adding its
declaration here (and, for a new :class:`Effect` or :class:`Verify`, the function that applies or
checks it: :data:`desktop_app.services.change_effects.APPLY`,
:meth:`desktop_app.services.outbox_reconcile.Reconciler.check`); ``tests/services/test_change_kinds.py``
fails for a method :class:`~.changes.ChangeService` queues without one.

**Unknown methods.** :func:`kind_of` answers a method nobody declared (an outbox file written by
another version of the app) with a *generic* kind — label ``""`` (the UI then shows the method name),
no optimistic effect, id key none, verified by reading the activity — which is how such an entry was
treated before the declarations existed: it is kept and sent, never dropped. Code that *queues*
a change uses :func:`declared`, which raises :class:`UnknownChangeKind` instead, so nothing new
enters the outbox undeclared.

**Labels** are untranslated source texts in the translation context ``"OutboxEntries"`` (marked with
``QT_TRANSLATE_NOOP`` so ``pyside6-lupdate`` files them there; this module stays Qt-free with a
no-op of the same name); the UI translates them with
``QCoreApplication.translate("OutboxEntries", label)``.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from desktop_app.bitrix.activities import SystemActivityFields


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name pyside6-lupdate reads
    """Mark ``text`` for translation in ``context`` (read by ``pyside6-lupdate``); returns it as is."""
    return text


#: The translation context of every label here (the UI's ``OutboxEntries``).
LABEL_CONTEXT = "OutboxEntries"
#: Labels of a ``crm.activity.update`` that sets only ``COMPLETED`` (``Y`` / ``N``).
COMPLETE_LABEL = QT_TRANSLATE_NOOP("OutboxEntries", "Complete")
REOPEN_LABEL = QT_TRANSLATE_NOOP("OutboxEntries", "Reopen")

#: Legacy datetime fields (compared as instants), integer fields (compared as ints) and every field
#: a change can be checked by: the ones ``crm.activity.get`` echoes (api-spec.md §4.4–4.5).
#: ``COMMUNICATIONS``, ``FILES``, ``pingOffsets``, ``parentActivityId``… are not echoed.
DATETIME_FIELDS = frozenset({"DEADLINE", "START_TIME", "END_TIME"})
INT_FIELDS = frozenset({"RESPONSIBLE_ID", "PRIORITY", "DIRECTION", "DESCRIPTION_TYPE", "STATUS", "TYPE_ID"})
CHECKABLE_FIELDS = DATETIME_FIELDS | INT_FIELDS | {"SUBJECT", "DESCRIPTION", "LOCATION", "COMPLETED", "COLOR"}


class Effect(StrEnum):
    """What a change does to its card at once (the optimistic card), applied by the function
    :data:`desktop_app.services.change_effects.APPLY` names for it."""

    #: a placeholder activity (``ID = -entry id``) from the ``fields`` of ``crm.activity.add``
    CREATE = "create"
    #: a placeholder to-do from the camelCase parameters of ``crm.activity.todo.add``
    CREATE_TODO = "create_todo"
    #: the legacy ``fields`` set (what :attr:`ChangeKind.sets` gives), ``FILES`` shown as pending,
    #: ``COMPLETED`` moving ``STATUS``
    FIELDS = "fields"
    #: a to-do's camelCase parameters set (:attr:`ChangeKind.sets`); a new deadline moves
    #: ``START_TIME``/``END_TIME`` with it
    TODO_FIELDS = "todo_fields"
    #: the card goes
    DELETE = "delete"
    #: the card stays (another binding is added); verified: the target is bound
    BINDING_ADD = "binding_add"
    #: the card follows the primary binding to its target when that one is moved; verified: the
    #: target is bound and the source is not
    BINDING_MOVE = "binding_move"
    #: the card stays (a binding is removed); verified: the target is not bound
    BINDING_DELETE = "binding_delete"
    #: nothing shown (a method no declaration knows)
    NONE = "none"


class Verify(StrEnum):
    """How an outcome-unknown send is checked on the portal before anything is sent again
    (:meth:`desktop_app.services.outbox_reconcile.Reconciler.check`; bulk entries:
    :mod:`desktop_app.services.outbox_batch`)."""

    #: ``crm.activity.list`` by the entry's ``ORIGIN_ID`` and ``ORIGINATOR_ID`` (found: done with that id)
    ORIGIN_ID = "origin_id"
    #: ``crm.activity.list``: a to-do of the same owner, author, title, description, deadline and
    #: responsible created since the first send that no other create of ours took
    TODO_MATCH = "todo_match"
    #: ``crm.activity.get`` holds every value the change sets (``FILES``: listed against the snapshot)
    FIELDS = "fields"
    #: ``crm.activity.get`` answers "not found"
    GONE = "gone"
    #: ``crm.activity.binding.list`` shows the binding change
    BINDINGS = "bindings"


def _nothing(_params: Mapping[str, Any]) -> dict[str, Any]:
    return {}


def setting_color(value: Any) -> str | None:
    """A ``colorId`` as ``SETTINGS.COLOR`` holds it: ``None`` for the default colour."""
    return None if value in (None, "", "default") else str(value)


def _legacy_fields(params: Mapping[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in (params.get("fields") or {}).items() if k in CHECKABLE_FIELDS}


def _todo_update(params: Mapping[str, Any]) -> dict[str, Any]:
    out = {"DEADLINE": params["deadline"], "SUBJECT": params.get("title", ""),
           "DESCRIPTION": params.get("description", ""), "COLOR": setting_color(params.get("colorId"))}
    if "responsibleId" in params:
        out["RESPONSIBLE_ID"] = params["responsibleId"]
    return out


@dataclass(frozen=True)
class ChangeKind:
    """One REST method that goes through the outbox (see the module docstring).

    Attributes:
        method: the REST method, e.g. ``"crm.activity.todo.updateDeadline"``.
        label: untranslated short name shown for the change (context ``"OutboxEntries"``); ``""``
            for the generic kind (the UI shows the method instead).
        effect: what it does to the card at once (:class:`Effect`).
        verify: how an outcome-unknown send is checked (:class:`Verify`).
        sets: ``params`` → the legacy fields (``crm.activity.get`` names, ``COLOR`` for
            ``SETTINGS.COLOR``) the change sets and the portal echoes, with their values
            (datetimes as sent: ISO 8601 with offset). Used for the optimistic card, for "is it
            already applied?" and for the field merge. Creates, deletes and bindings: ``{}``.
        builder: the client's ``prepare_*`` twin that builds (and checks) the call, as an
            attribute path on :class:`~desktop_app.bitrix.client.BitrixClient`.
        params_model: the model the parameters are built from, where there is one.
        id_key: where the activity id sits in ``params`` (``"id"``, ``"activityId"``); ``None``
            for creates.
        new_id: where a create's reply carries the new id: ``"result"`` (a number) or
            ``"result.id"``; ``None`` for other changes.
        ping_offsets: it carries a to-do's reminders (``pingOffsets``, minutes before the deadline),
            which ``crm.activity.get`` does not return: remembered locally once confirmed.
        merged: merged field by field with the portal's version before sending
            (:mod:`desktop_app.services.change_merge`).
        full_replace: every content parameter is sent and omitted ones are blanked by the portal
            (server-behaviour.md §1.6): fields the user left alone carry the portal's current value.
        value_field: the legacy field its ``value`` parameter sets (narrow to-do updates).
    """

    method: str
    label: str
    effect: Effect
    verify: Verify
    sets: Callable[[Mapping[str, Any]], dict[str, Any]] = _nothing
    builder: str = ""
    params_model: type | None = None
    id_key: str | None = None
    new_id: str | None = None
    ping_offsets: bool = False
    merged: bool = False
    full_replace: bool = False
    value_field: str | None = None

    @property
    def creates(self) -> bool:
        """It makes a new activity (its id comes back in the reply, :attr:`new_id`)."""
        return self.effect in (Effect.CREATE, Effect.CREATE_TODO)

    @property
    def deletes(self) -> bool:
        """It deletes the activity."""
        return self.effect is Effect.DELETE

    @property
    def binding(self) -> bool:
        """It changes the activity's bindings (``crm.activity.binding.*``)."""
        return self.effect in (Effect.BINDING_ADD, Effect.BINDING_MOVE, Effect.BINDING_DELETE)

    @property
    def legacy_fields(self) -> bool:
        """Its parameters carry UPPER_CASE legacy ``fields`` (which may hold ``FILES``, api-spec.md §3.1.5)."""
        return self.effect in (Effect.CREATE, Effect.FIELDS)

    @property
    def declared(self) -> bool:
        """Declared here (``False`` for the generic kind of an unknown method)."""
        return self.method in KINDS

    def label_for(self, params: Mapping[str, Any]) -> str:
        """The label of this change with these ``params`` (untranslated): ``Complete`` / ``Reopen``
        for a legacy update that sets only ``COMPLETED``, else :attr:`label`."""
        fields = params.get("fields") if isinstance(params, Mapping) else None
        if self.effect is Effect.FIELDS and isinstance(fields, Mapping) and set(fields) == {"COMPLETED"}:
            return COMPLETE_LABEL if str(fields["COMPLETED"]).upper() in ("Y", "TRUE", "1") else REOPEN_LABEL
        return self.label


class UnknownChangeKind(LookupError):
    """A method with no :class:`ChangeKind` declaration was about to be queued."""

    def __init__(self, method: str) -> None:
        super().__init__(f"{method!r} is not a declared outbox change (desktop_app/services/change_kinds.py)")
        self.method = method


_TODO = dict(effect=Effect.TODO_FIELDS, verify=Verify.FIELDS, id_key="id", merged=True)
_BINDING = dict(verify=Verify.BINDINGS, id_key="activityId")

_DECLARED = (
    ChangeKind("crm.activity.add", QT_TRANSLATE_NOOP("OutboxEntries", "New activity"),
               Effect.CREATE, Verify.ORIGIN_ID, builder="activities.prepare_add",
               params_model=SystemActivityFields, new_id="result"),
    ChangeKind("crm.activity.todo.add", QT_TRANSLATE_NOOP("OutboxEntries", "New to-do"),
               Effect.CREATE_TODO, Verify.TODO_MATCH, builder="prepare_add_todo", new_id="result.id",
               ping_offsets=True),
    ChangeKind("crm.activity.update", QT_TRANSLATE_NOOP("OutboxEntries", "Edit"),
               Effect.FIELDS, Verify.FIELDS, _legacy_fields, builder="activities.prepare_update",
               id_key="id", merged=True),
    ChangeKind("crm.activity.todo.update", QT_TRANSLATE_NOOP("OutboxEntries", "Edit"),
               sets=_todo_update, builder="todo.prepare_update", ping_offsets=True, full_replace=True, **_TODO),
    ChangeKind("crm.activity.todo.updateDeadline", QT_TRANSLATE_NOOP("OutboxEntries", "New deadline"),
               sets=lambda p: {"DEADLINE": p["value"]}, builder="todo.prepare_update_deadline",
               value_field="DEADLINE", **_TODO),
    ChangeKind("crm.activity.todo.updateDescription", QT_TRANSLATE_NOOP("OutboxEntries", "New description"),
               sets=lambda p: {"DESCRIPTION": p["value"]}, builder="todo.prepare_update_description",
               value_field="DESCRIPTION", **_TODO),
    ChangeKind("crm.activity.todo.updateColor", QT_TRANSLATE_NOOP("OutboxEntries", "New colour"),
               sets=lambda p: {"COLOR": setting_color(p.get("colorId"))}, builder="todo.prepare_update_color", **_TODO),
    ChangeKind("crm.activity.todo.updateResponsibleUser", QT_TRANSLATE_NOOP("OutboxEntries", "New responsible"),
               sets=lambda p: {"RESPONSIBLE_ID": p["responsibleId"]},
               builder="todo.prepare_update_responsible_user", **_TODO),
    ChangeKind("crm.activity.delete", QT_TRANSLATE_NOOP("OutboxEntries", "Delete"),
               Effect.DELETE, Verify.GONE, builder="activities.prepare_delete", id_key="id"),
    ChangeKind("crm.activity.binding.add", QT_TRANSLATE_NOOP("OutboxEntries", "New binding"),
               Effect.BINDING_ADD, builder="bindings.prepare_add", **_BINDING),
    ChangeKind("crm.activity.binding.move", QT_TRANSLATE_NOOP("OutboxEntries", "Moved binding"),
               Effect.BINDING_MOVE, builder="bindings.prepare_move", **_BINDING),
    ChangeKind("crm.activity.binding.delete", QT_TRANSLATE_NOOP("OutboxEntries", "Removed binding"),
               Effect.BINDING_DELETE, builder="bindings.prepare_delete", **_BINDING),
)

#: The declarations by method.
KINDS: Mapping[str, ChangeKind] = {kind.method: kind for kind in _DECLARED}


def declared(method: str) -> ChangeKind:
    """The declaration of ``method``. Raises :class:`UnknownChangeKind` when there is none (use
    this where a change is queued)."""
    try:
        return KINDS[method]
    except KeyError:
        raise UnknownChangeKind(method) from None


def kind_of(method: str) -> ChangeKind:
    """The declaration of ``method``, or a generic kind for a method nobody declared (module
    docstring: label ``""``, :attr:`Effect.NONE`, verified by :attr:`Verify.FIELDS`, no id key)."""
    kind = KINDS.get(method)
    return kind if kind is not None else ChangeKind(method, "", Effect.NONE, Verify.FIELDS)


__all__ = ["CHECKABLE_FIELDS", "COMPLETE_LABEL", "DATETIME_FIELDS", "INT_FIELDS", "KINDS", "LABEL_CONTEXT",
           "REOPEN_LABEL", "ChangeKind", "Effect", "UnknownChangeKind", "Verify", "declared", "kind_of",
           "setting_color"]
