"""The outbox's change kinds, declared once (desktop_app/services/change_kinds.py, issue 13 item 1):
every call the services can queue has a declaration, and each declaration says of that call what
the call really carries (id key, reminders, legacy fields, ``value``, merge base, the new id in a
create's reply); nothing undeclared enters the outbox; labels are the translated source strings;
the store's ``is_create`` (which may not import services) agrees with the declarations."""

from __future__ import annotations

import ast
import inspect
import operator
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from changes_helpers import DEAL, FIXED_NOW, at, call_fields

import desktop_app
from desktop_app.bitrix.bindings import Binding
from desktop_app.bitrix.models import Activity, ActivityType
from desktop_app.services import change_kinds
from desktop_app.services.attachments import LocalFile
from desktop_app.services.bulk import BulkAction, DeadlineShift, bulk_call
from desktop_app.services.change_effects import APPLY, optimistic_activity, with_activity_id
from desktop_app.services.change_kinds import KINDS, Effect, UnknownChangeKind, Verify, declared, kind_of
from desktop_app.services.changes import ChangeService
from desktop_app.store import EntryState, OutboxEntry

ROOT = Path(desktop_app.__file__).resolve().parent.parent
RU_TS = ROOT / "resources" / "i18n" / "activity_desk_ru.ts"

#: ChangeService's methods that queue a change (each is called below).
QUEUEING = {
    "add_todo", "add_activity", "update_activity", "update_files", "set_completed", "delete_activity",
    "update_todo", "update_todo_deadline", "update_todo_description", "update_todo_color",
    "update_todo_responsible", "add_binding", "move_binding", "delete_binding",
}
#: ChangeService's methods that return an entry without queueing a new call (the user's decisions).
DECISIONS = {"retry", "resolve_conflict"}


def _entry(method: str, params: dict | None = None) -> OutboxEntry:
    return OutboxEntry(id=7, method=method, params=params or {}, owner_type_id=2, owner_id=1,
                       state=EntryState.PENDING, created_at=FIXED_NOW)


def test_the_methods_that_queue_are_all_exercised_below() -> None:
    returning = {name for name, f in inspect.getmembers(ChangeService, inspect.isfunction)
                 if not name.startswith("_") and f.__annotations__.get("return") == "OutboxEntry"}
    assert returning - DECISIONS == QUEUEING, "a new ChangeService method: call it in the test below"


async def test_every_call_the_services_queue_is_declared_and_the_declaration_matches_it(
        changes, store, net_client) -> None:
    call_entry = changes.add_activity(call_fields("Call about the renewal"))
    todo_entry = changes.add_todo(DEAL, at(4), title="Prepare contract", ping_offsets=[15],
                                  files=[LocalFile("offer.txt", b"offer")])
    await changes.processor.drain()
    call = await net_client.get_activity(changes.entry(call_entry.id).activity_id)
    todo = await net_client.get_activity(changes.entry(todo_entry.id).activity_id)
    first = {e.id for e in store.outbox.all_entries()}

    changes.update_activity(call, {"SUBJECT": "Renewal call"})
    changes.update_files(call, add=[LocalFile("notes.txt", b"notes")])
    changes.set_completed(call, True)
    changes.update_todo(todo, DEAL, at(5), title="Prepare the contract", description="", ping_offsets=[30])
    changes.update_todo_deadline(todo, DEAL, at(6))
    changes.update_todo_description(todo, DEAL, "with annex")
    changes.update_todo_color(todo, DEAL, "5")
    changes.update_todo_responsible(todo, DEAL, 3)
    changes.add_binding(todo, Binding(3, 1))
    changes.move_binding(todo, Binding(3, 1), Binding(3, 2))
    changes.delete_binding(todo, Binding(3, 2))
    changes.delete_activity(call)
    entries = store.outbox.all_entries()
    queued = {e.method for e in entries}

    email = Activity.from_api({"ID": 9, "OWNER_TYPE_ID": 2, "OWNER_ID": 1, "TYPE_ID": int(ActivityType.EMAIL),
                               "SUBJECT": "Re: offer", "START_TIME": at(3).isoformat(), "END_TIME": at(3).isoformat()})
    for activity in (call, todo, email):
        for action, value in ((BulkAction.COMPLETE, None), (BulkAction.DELETE, None), (BulkAction.REASSIGN, 3),
                              (BulkAction.MOVE_DEADLINE, DeadlineShift(at=at(9)))):
            queued.add(bulk_call(net_client, action, activity, value, FIXED_NOW).method)

    assert queued == set(KINDS), "every queued call is declared, and every declaration is queued by something"
    for entry in entries:
        kind = declared(entry.method)
        params = entry.params
        assert kind.creates == entry.is_create
        assert kind.ping_offsets == ("pingOffsets" in params), entry.method
        assert kind.legacy_fields == ("fields" in params), entry.method
        assert kind.binding == ("activityId" in params), entry.method
        assert kind.deletes == (set(params) == {"id"}), entry.method
        assert (kind.value_field is not None) == ("value" in params), entry.method
        if kind.value_field is not None:
            assert kind.sets(params) == {kind.value_field: params["value"]}
        if kind.creates:
            assert (kind.id_key, kind.verify in (Verify.ORIGIN_ID, Verify.TODO_MATCH)) == (None, True)
            assert kind.new_id in ("result", "result.id")
            continue
        assert kind.new_id is None
        if entry.id in first:  # the files queued behind the to-do's create: sent with the create's id
            assert entry.after_entry_id == todo_entry.id
            assert with_activity_id(entry.method, params, todo.id)[kind.id_key] == todo.id
        else:
            assert params[kind.id_key] == entry.activity_id, entry.method
            assert (entry.before is not None) == kind.merged, entry.method  # the merge has its base
        assert with_activity_id(entry.method, params, 4242)[kind.id_key] == 4242


async def test_a_create_answers_with_the_new_id_where_its_declaration_says(net_client) -> None:
    for prepared in (net_client.activities.prepare_add(call_fields("Call")),
                     net_client.prepare_add_todo(2, 1, at(4), title="To-do")):
        kind = declared(prepared.method)
        reply = await net_client.send(prepared)
        raw = reply.result if kind.new_id == "result" else reply.result["id"]
        assert int(raw) > 0 and net_client.new_id(prepared.method, reply) == int(raw)
        assert (await net_client.get_activity(int(raw))).id == int(raw)


def test_each_builder_is_the_clients_prepare_twin_of_that_method(client) -> None:  # noqa: ANN001
    for kind in KINDS.values():
        builder = operator.attrgetter(kind.builder)(client)
        assert callable(builder) and builder.__name__.startswith("prepare_"), kind.method
        assert kind.method in inspect.getsource(builder) or kind.method == "crm.activity.update"
    assert declared("crm.activity.add").params_model.__name__ == "SystemActivityFields"


def test_every_effect_has_the_function_that_applies_it() -> None:
    assert set(APPLY) == set(Effect)
    assert {kind.verify for kind in KINDS.values()} == set(Verify)


def test_a_method_nobody_declared_is_kept_as_it_was_but_never_queued(changes, store) -> None:
    method = "crm.activity.configurable.add"
    generic = kind_of(method)
    assert (generic.label, generic.effect, generic.verify, generic.id_key, generic.declared) == (
        "", Effect.NONE, Verify.FIELDS, None, False)
    card = Activity.from_api({"ID": 5, "OWNER_TYPE_ID": 2, "OWNER_ID": 1, "SUBJECT": "as it was"})
    assert optimistic_activity(_entry(method, {"id": 5}), card).subject == "as it was"
    assert with_activity_id(method, {"id": 5}, 6) == {"id": 5}
    with pytest.raises(UnknownChangeKind, match=r"crm\.activity\.configurable\.add"):
        declared(method)
    with pytest.raises(UnknownChangeKind):
        changes.enqueue_many([_entry(method, {"fields": {}})])
    assert store.outbox.all_entries() == []


def test_the_store_is_create_agrees_with_the_declarations() -> None:
    for method in [*KINDS, "crm.activity.configurable.add", "crm.activity.todo.updatePingOffsets"]:
        assert _entry(method).is_create == kind_of(method).creates, method


def _russian_outbox_texts() -> dict[str, str]:
    root = ET.parse(RU_TS).getroot()
    return {m.findtext("source"): m.findtext("translation") or ""
            for ctx in root.iter("context") if ctx.findtext("name") == change_kinds.LABEL_CONTEXT
            for m in ctx.findall("message") if m.find("translation").get("type") is None}


def _marked_labels() -> set[str]:
    """Texts marked ``QT_TRANSLATE_NOOP("OutboxEntries", "…")`` in change_kinds.py, as lupdate reads them."""
    tree = ast.parse(Path(change_kinds.__file__).read_text(encoding="utf-8"))
    return {node.args[1].value for node in ast.walk(tree)
            if isinstance(node, ast.Call) and getattr(node.func, "id", "") == "QT_TRANSLATE_NOOP"
            and [getattr(a, "value", None) for a in node.args[:1]] == ["OutboxEntries"]}


def test_labels_are_marked_for_lupdate_and_translated_in_russian() -> None:
    labels = {kind.label for kind in KINDS.values()}
    assert labels | {change_kinds.COMPLETE_LABEL, change_kinds.REOPEN_LABEL} <= _marked_labels()
    russian = _russian_outbox_texts()
    assert {label: bool(russian.get(label, "").strip()) for label in labels} == dict.fromkeys(labels, True)


def test_the_details_pane_names_each_change_in_russian(qapp) -> None:  # noqa: ANN001
    from PySide6.QtCore import QCoreApplication, QTranslator

    from desktop_app.ui.outbox_entries import change_name

    translator = QTranslator()
    assert translator.load(str(RU_TS.with_suffix(".qm")))
    QCoreApplication.installTranslator(translator)
    try:
        russian = _russian_outbox_texts()
        for kind in KINDS.values():
            assert change_name(_entry(kind.method)) == russian[kind.label], kind.method
        assert change_name(_entry("crm.activity.configurable.add")) == "crm.activity.configurable.add"
    finally:
        QCoreApplication.removeTranslator(translator)
