"""client.activity_types / badges / configurable / layout_blocks against the sandbox portal (in-process):
each method's happy path, what a webhook caller gets, what another application gets, and the
refusals made before anything is sent (api-spec.md §4.11–4.14)."""

from __future__ import annotations

from datetime import timedelta

import pytest
from app_helpers import DEAL, app_portal, demo_ids
from conftest import FIXED_NOW

from desktop_app.bitrix import AccessDenied, AuthError, BitrixError, InvalidArgument, InvalidParameter, NotFound
from desktop_app.bitrix.app_types import AppActivityType
from desktop_app.bitrix.badges import Badge
from desktop_app.bitrix.configurable import ConfigurableFields, creator_client_id
from desktop_app.bitrix.errors import AdminRequired, ApplicationContextRequired, WrongApplication
from desktop_app.sandbox.demo_apps import DEMO_APP_CLIENT_ID, png_icon
from desktop_app.services.app_icons import icon_from_bytes

LAYOUT = {"icon": {"code": "info"}, "header": {"title": "Test card"},
          "body": {"logo": {"code": "notification"},
                   "blocks": {"text": {"type": "text", "properties": {"value": "Hello"}}}}}
BLOCKS = {"blocks": {"note": {"type": "text", "properties": {"value": "From the app"}}}}


@pytest.fixture
async def ap():  # noqa: ANN201
    async with app_portal(FIXED_NOW) as value:
        yield value


# -- custom types -------------------------------------------------------------------------------------


async def test_types_list_add_delete_with_the_application(ap) -> None:  # noqa: ANN001
    listed = await ap.app.activity_types.list()
    assert [(t.type_id, t.is_configurable) for t in listed] == [("DELIVERY", True), ("ERP_SYNC", False)]
    assert all(t.icon_id > 0 for t in listed)

    icon = icon_from_bytes("parcel.png", png_icon((1, 2, 3)))
    await ap.app.activity_types.add("PARCEL", "Parcel", icon, configurable=True)
    parcel = (await ap.app.activity_types.list())[-1]
    assert parcel == AppActivityType(type_id="PARCEL", name="Parcel", is_configurable=True, icon_id=parcel.icon_id)
    stored = ap.portal.db.query_one("SELECT name, data FROM app_type_icon WHERE id = ?", (parcel.icon_id,))
    assert (stored["name"], bytes(stored["data"])) == ("parcel.png", icon.data)

    # types belong to the registering application: the other one sees none and cannot delete them
    assert await ap.other.activity_types.list() == []
    with pytest.raises(InvalidArgument, match="Type not found"):
        await ap.other.activity_types.delete("PARCEL")

    await ap.app.activity_types.delete("PARCEL")
    assert [t.type_id for t in await ap.app.activity_types.list()] == ["DELIVERY", "ERP_SYNC"]


async def test_type_errors_from_the_portal(ap) -> None:  # noqa: ANN001
    with pytest.raises(InvalidArgument, match="already registered"):
        await ap.app.activity_types.add("DELIVERY", "Again")


async def test_a_webhook_gets_application_context_required_for_types(ap) -> None:  # noqa: ANN001
    for call in (ap.webhook.activity_types.list(), ap.webhook.activity_types.add("X", "X"),
                 ap.webhook.activity_types.delete("DELIVERY")):
        with pytest.raises(ApplicationContextRequired) as caught:
            await call
        # a permission answer about this method, not a broken connection
        assert isinstance(caught.value, AccessDenied) and not isinstance(caught.value, AuthError)
        assert caught.value.status == 403
    assert [t.type_id for t in await ap.app.activity_types.list()] == ["DELIVERY", "ERP_SYNC"]


async def test_a_non_administrator_gets_admin_required() -> None:
    async with app_portal(FIXED_NOW, admin_user_ids=[2]) as ap:
        with pytest.raises(AdminRequired, match="Admin permissions required"):
            await ap.app.activity_types.list()
        assert (await ap.app.call("user.admin")).result is False


async def test_type_input_refused_before_sending(ap) -> None:  # noqa: ANN001
    before = len(ap.counter.paths)
    cases = [(("", "Name"), {}, "TYPE_ID", "required"), (("A" * 101, ""), {}, "TYPE_ID", "too_long"),
             (("CONFIGURABLE", ""), {"configurable": True}, "TYPE_ID", "reserved"),
             (("OK", "N" * 256), {}, "NAME", "too_long")]
    for args, kwargs, field, code in cases:
        with pytest.raises(InvalidParameter) as caught:
            await ap.app.activity_types.add(*args, **kwargs)
        assert (caught.value.field, caught.value.code) == (field, code)
    assert len(ap.counter.paths) == before


async def test_rest_app_activity_of_a_custom_type(ap) -> None:  # noqa: ANN001
    deadline = FIXED_NOW + timedelta(days=1)
    new_id = await ap.app.activity_types.add_activity(DEAL, 1, "ERP_SYNC", "Order synced", description="ok",
                                                      deadline=deadline)
    row = await ap.webhook.get_activity(new_id)
    assert (row.provider_id, row.provider_type_id, row.subject, row.end_time) == (
        "REST_APP", "ERP_SYNC", "Order synced", deadline)
    with pytest.raises(ApplicationContextRequired):
        await ap.webhook.activity_types.add_activity(DEAL, 1, "ERP_SYNC", "From a webhook")


# -- badges ---------------------------------------------------------------------------------------------


async def test_badges_work_with_a_webhook(ap) -> None:  # noqa: ANN001
    listed = await ap.webhook.badges.list()
    assert [b.code for b in listed] == ["missedCall", "deliveryLate", "contractSigned"]
    missed = await ap.webhook.badges.get("missedCall")
    assert (missed.title_text("de"), missed.value_text("fr"), missed.type) == ("Anrufstatus", "Missed", "failure")


async def test_badge_add_get_delete(ap) -> None:  # noqa: ANN001
    added = await ap.app.badges.add("paid", {"en": "Invoice", "de": "Rechnung"}, "Paid", "success")
    assert added == Badge(code="paid", title={"en": "Invoice", "de": "Rechnung"}, value="Paid", type="success")
    assert await ap.webhook.badges.get("paid") == added
    await ap.app.badges.delete("paid")
    with pytest.raises(NotFound, match="paid"):
        await ap.app.badges.get("paid")


async def test_badge_in_use_cannot_be_deleted(ap) -> None:  # noqa: ANN001
    with pytest.raises(BitrixError) as caught:
        await ap.app.badges.delete("missedCall")
    assert caught.value.code == "ENTITY_WITH_BADGE_EXISTS"


async def test_unknown_badge_code_is_named(ap) -> None:  # noqa: ANN001
    with pytest.raises(NotFound) as caught:
        await ap.webhook.badges.get("noSuchBadge")
    assert "noSuchBadge" in caught.value.description
    # on a configurable activity the portal names the field
    with pytest.raises(BitrixError) as refused:
        await ap.app.configurable.add(DEAL, 1, LAYOUT, ConfigurableFields(badge_code="noSuchBadge"))
    assert refused.value.code == "WRONG_FIELD_VALUE" and "badgeCode" in refused.value.description


async def test_badge_input_refused_before_sending(ap) -> None:  # noqa: ANN001
    before = len(ap.counter.paths)
    for args, field in ((("", "T", "V", "success"), "code"), (("c", " ", "V", "success"), "title"),
                        (("c", "T", {}, "success"), "value"), (("c", "T", "V", "purple"), "type")):
        with pytest.raises(InvalidParameter) as caught:
            await ap.app.badges.add(*args)
        assert caught.value.field == field
    assert len(ap.counter.paths) == before


# -- configurable activities ------------------------------------------------------------------------------


async def test_configurable_add_get_update(ap) -> None:  # noqa: ANN001
    deadline = FIXED_NOW + timedelta(days=2, hours=3)
    fields = ConfigurableFields(type_id="DELIVERY", deadline=deadline, ping_offsets=[0, 15], badge_code="deliveryLate",
                                originator_id="erp", origin_id="x-1")
    new_id = await ap.app.configurable.add(DEAL, 1, LAYOUT, fields)
    got = await ap.app.configurable.get(new_id)
    assert (got.id, got.owner_type_id, got.owner_id) == (new_id, DEAL, 1)
    assert got.fields == fields.model_copy(update={"responsible_id": 1})
    assert got.layout["header"]["title"] == "Test card"

    row = (await ap.webhook.list_activities(filter={"ID": new_id})).items[0]
    assert (row.provider_id, creator_client_id(row)) == ("CONFIGURABLE_REST_APP", DEMO_APP_CLIENT_ID)

    changed = {**LAYOUT, "header": {"title": "Changed"}}
    update = got.fields.model_copy(update={"completed": True, "badge_code": ""})
    # typeId is never sent on update: the real server refuses any non-default one there (server-behaviour §1.7).
    assert "typeId" not in ap.app.configurable.prepare_update(new_id, changed, update).params["fields"]
    await ap.app.configurable.update(new_id, changed, update)
    again = await ap.app.configurable.get(new_id)
    assert (again.layout["header"]["title"], again.fields.completed, again.fields.badge_code) == ("Changed", True, "")
    assert again.fields.deadline == deadline and again.fields.type_id == "DELIVERY"  # kept


async def test_only_the_creating_application_may_update(ap) -> None:  # noqa: ANN001
    ids = demo_ids(ap.portal)
    with pytest.raises(WrongApplication) as caught:
        await ap.other.configurable.update(ids["call"], None, ConfigurableFields(completed=True))
    assert isinstance(caught.value, AccessDenied)
    assert (await ap.other.configurable.get(ids["call"])).fields.completed is False  # any app may read


async def test_a_webhook_gets_application_context_required_for_configurable(ap) -> None:  # noqa: ANN001
    ids = demo_ids(ap.portal)
    for call in (ap.webhook.configurable.add(DEAL, 1, LAYOUT), ap.webhook.configurable.get(ids["call"]),
                 ap.webhook.configurable.update(ids["call"], LAYOUT)):
        with pytest.raises(ApplicationContextRequired):
            await call


async def test_configurable_input_refused_before_sending(ap) -> None:  # noqa: ANN001
    before = len(ap.counter.paths)
    naive = FIXED_NOW.replace(tzinfo=None)
    cases = [(ConfigurableFields(deadline=naive), "deadline", "utc_offset"),
             (ConfigurableFields(deadline=FIXED_NOW, is_incoming_channel=True), "deadline", "incoming_deadline")]
    for fields, field, code in cases:
        with pytest.raises(InvalidParameter) as caught:
            await ap.app.configurable.add(DEAL, 1, LAYOUT, fields)
        assert (caught.value.field, caught.value.code) == (field, code)
    with pytest.raises(InvalidParameter, match="layout"):
        await ap.app.configurable.add(DEAL, 1, {})
    with pytest.raises(InvalidParameter) as nothing:
        await ap.app.configurable.update(5, None, None)
    assert nothing.value.code == "empty"
    assert len(ap.counter.paths) == before


# -- layout blocks ------------------------------------------------------------------------------------------


async def test_layout_blocks_set_get_delete(ap) -> None:  # noqa: ANN001
    ids = demo_ids(ap.portal)
    todo = ids["todo"]
    assert (await ap.app.layout_blocks.get(DEAL, 1, todo))["blocks"]  # the demo's own set
    assert await ap.other.layout_blocks.get(DEAL, 1, todo) is None  # {"layout": null}: per application

    await ap.other.layout_blocks.set(DEAL, 1, todo, BLOCKS)
    assert (await ap.other.layout_blocks.get(DEAL, 1, todo))["blocks"]["note"]["properties"]["value"] == "From the app"
    await ap.other.layout_blocks.delete(DEAL, 1, todo)
    assert await ap.other.layout_blocks.get(DEAL, 1, todo) is None
    with pytest.raises(NotFound):
        await ap.other.layout_blocks.delete(DEAL, 1, todo)


async def test_layout_blocks_refusals(ap) -> None:  # noqa: ANN001
    ids = demo_ids(ap.portal)
    with pytest.raises(ApplicationContextRequired):
        await ap.webhook.layout_blocks.get(DEAL, 1, ids["todo"])
    with pytest.raises(BitrixError) as unsuitable:
        await ap.app.layout_blocks.set(DEAL, 1, ids["call"], BLOCKS)
    assert unsuitable.value.code == "UNSUITABLE_ACTIVITY_TYPE_ERROR"
    with pytest.raises(NotFound):
        await ap.app.layout_blocks.get(DEAL, 2, ids["todo"])  # not bound to deal 2: OWNER_NOT_FOUND
    before = len(ap.counter.paths)
    with pytest.raises(InvalidParameter):
        await ap.app.layout_blocks.set(DEAL, 1, ids["todo"], {"text": "no blocks"})
    assert len(ap.counter.paths) == before
