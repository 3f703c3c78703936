"""ApplicationFeatures against the sandbox portal (in-process): the timeline cards' extras in one batch
request, ownership, the webhook-only fallback, icon checks before any request, and the badge-code check."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest
from app_helpers import DEAL, app_portal, demo_ids
from conftest import FIXED_NOW
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop_app.bitrix import (
    Activity,
    AuthError,
    BitrixClient,
    InvalidParameter,
    PortalUnreachable,
    ReconnectNeeded,
    Webhook,
)
from desktop_app.bitrix.client import TIMELINE_SELECT
from desktop_app.bitrix.errors import ApplicationContextRequired, WrongApplication
from desktop_app.sandbox import SandboxPortal
from desktop_app.sandbox.demo_apps import png_icon
from desktop_app.sandbox.oauth import SandboxApp
from desktop_app.services.app_features import (
    ApplicationFeatures,
    ApplicationUnavailable,
    AppUnavailable,
    ConfigurableFields,
)
from desktop_app.services.app_icons import MAX_ICON_BYTES, IconRefused, IconRule, icon_from_bytes, sniff_image
from desktop_app.services.demo_app import connect_demo_app
from desktop_app.services.session import open_demo_session

LAYOUT = {"icon": {"code": "info"}, "header": {"title": "From the service"},
          "body": {"logo": {"code": "notification"},
                   "blocks": {"text": {"type": "text", "properties": {"value": "Hello"}}}}}


@pytest.fixture
async def ap():  # noqa: ANN201
    async with app_portal(FIXED_NOW) as value:
        yield value


async def _deal_activities(client, *, open_only: bool = False) -> list[Activity]:  # noqa: ANN001
    """Deal 1's timeline rows as the timeline reads them (``crm.activity.list``, every field)."""
    rows = []
    where = {"OWNER_TYPE_ID": DEAL, "OWNER_ID": 1, **({"COMPLETED": "N"} if open_only else {})}
    async for page in client.walk(filter=where, select=TIMELINE_SELECT):
        rows.extend(page.rows)
    return [Activity.from_api(r) for r in rows]


# -- card extras ---------------------------------------------------------------------------------------


async def test_card_extras_of_the_demo_deal_in_one_batch_request(ap) -> None:  # noqa: ANN001
    ids = demo_ids(ap.portal)
    activities = await _deal_activities(ap.webhook, open_only=True)  # the timeline's planned part
    assert 10 < len(activities) <= 49  # so that every call fits one batch request
    features = ApplicationFeatures(ap.app)
    ap.counter.paths.clear()

    extras = await features.card_extras(DEAL, 1, activities)

    assert ap.counter.rest_calls() == ["batch"]
    assert extras.requests == 1
    assert set(extras.layouts) == {ids["call"], ids["delivery"]}
    assert extras.layouts[ids["delivery"]]["header"]["title"]["en"].startswith("Delivery")
    assert set(extras.blocks) == {ids["todo"]} and extras.blocks[ids["todo"]]["blocks"]
    assert {i: b.code for i, b in extras.badges.items()} == {ids["call"]: "missedCall",
                                                             ids["delivery"]: "deliveryLate"}
    assert extras.badges[ids["delivery"]].value_text("de") == "Verspätet"
    assert extras.own == {ids["call"], ids["delivery"]}
    assert extras.failed == {}


async def test_card_extras_of_another_application(ap) -> None:  # noqa: ANN001
    ids = demo_ids(ap.portal)
    activities = await _deal_activities(ap.webhook)
    features = ApplicationFeatures(ap.other)
    extras = await features.card_extras(DEAL, 1, activities)
    assert set(extras.layouts) == {ids["call"], ids["delivery"]}  # any application reads them
    assert extras.blocks == {}  # the demo's blocks are the demo application's own
    assert extras.own == set()
    with pytest.raises(WrongApplication):
        await features.update_configurable(ids["call"], None, ConfigurableFields(completed=True))


async def test_card_extras_uses_one_batch_request_per_50_calls(ap) -> None:  # noqa: ANN001
    ids = demo_ids(ap.portal)
    activities = await _deal_activities(ap.webhook)  # the whole history too
    asked = {a.id for a in activities if a.type_id not in (3, 5)}
    assert 50 < len(asked) + 1 <= 100  # + the badge list
    features = ApplicationFeatures(ap.app)
    ap.counter.paths.clear()
    extras = await features.card_extras(DEAL, 1, activities + activities[:3])  # duplicates are asked once
    assert ap.counter.rest_calls() == ["batch", "batch"]
    assert (set(extras.layouts), set(extras.blocks), set(extras.badges), extras.failed) == (
        {ids["call"], ids["delivery"]}, {ids["todo"]}, {ids["call"], ids["delivery"]}, {})


async def test_card_extras_skips_what_needs_nothing(ap) -> None:  # noqa: ANN001
    features = ApplicationFeatures(ap.app)
    ap.counter.paths.clear()
    assert (await features.card_extras(DEAL, 1, [])).requests == 0
    assert ap.counter.paths == []


async def test_webhook_only_card_extras_read_provider_data(ap) -> None:  # noqa: ANN001
    ids = demo_ids(ap.portal)
    activities = await _deal_activities(ap.webhook)
    features = ApplicationFeatures(None, webhook_client=ap.webhook)
    assert features.unavailable is AppUnavailable.WEBHOOK_ONLY
    ap.counter.paths.clear()
    extras = await features.card_extras(DEAL, 1, activities)
    assert ap.counter.rest_calls() == ["crm.activity.badge.list"]
    assert set(extras.layouts) == {ids["call"], ids["delivery"]}
    assert {i: b.code for i, b in extras.badges.items()} == {ids["call"]: "missedCall",
                                                             ids["delivery"]: "deliveryLate"}
    assert extras.blocks == {} and extras.own == set()


# -- availability ---------------------------------------------------------------------------------------


async def test_without_an_application_nothing_is_sent(ap) -> None:  # noqa: ANN001
    features = ApplicationFeatures(None, webhook_client=ap.webhook)
    ap.counter.paths.clear()
    for call in (features.types(), features.add_type("X", "X", None, configurable=False),
                 features.create_configurable(DEAL, 1, LAYOUT, ConfigurableFields()),
                 features.get_layout_blocks(DEAL, 1, 1)):
        with pytest.raises(ApplicationUnavailable) as caught:
            await call
        assert caught.value.reason is AppUnavailable.WEBHOOK_ONLY
    assert ap.counter.paths == []
    assert [b.code for b in await features.badges()] == ["missedCall", "deliveryLate", "contractSigned"]
    # Badges need no application context (api-spec §4.13): the webhook's administrator adds and deletes.
    assert (await features.add_badge("viaWebhook", "Source", "Webhook", "success")).code == "viaWebhook"
    await features.delete_badge("viaWebhook")
    assert "viaWebhook" not in [b.code for b in await features.badges()]
    assert await features.is_admin() is True


async def test_unavailable_follows_the_application_connection(ap) -> None:  # noqa: ANN001
    features = ApplicationFeatures(ap.app)
    assert features.unavailable is None
    ap.counter.down = True
    with pytest.raises(PortalUnreachable):
        await features.delete_type("DELIVERY")
    assert features.unavailable is AppUnavailable.OFFLINE
    ap.counter.down = False
    assert [t.type_id for t in await features.types()] == ["DELIVERY", "ERP_SYNC"]  # nothing was deleted
    assert features.unavailable is None

    ids = demo_ids(ap.portal)
    activities = await _deal_activities(ap.webhook, open_only=True)
    ap.counter.down = True  # the cards are still drawn from their rows (PROVIDER_DATA)
    extras = await features.card_extras(DEAL, 1, activities)
    assert (set(extras.layouts), extras.blocks, features.unavailable) == (
        {ids["call"], ids["delivery"]}, {}, AppUnavailable.OFFLINE)
    ap.counter.down = False

    ap.portal.oauth.revoke_all()  # the application was reinstalled: its tokens are refused
    with pytest.raises(ReconnectNeeded):
        await features.types()
    assert features.unavailable is AppUnavailable.RECONNECT
    ap.counter.paths.clear()
    extras = await features.card_extras(DEAL, 1, activities)
    assert ap.counter.paths == [] and set(extras.layouts) == {ids["call"], ids["delivery"]}


async def test_is_admin_without_the_user_scope_asks_the_webhook(fixed_now) -> None:  # noqa: ANN001
    portal = SandboxPortal(":memory:", demo_data=False, now=lambda: fixed_now,
                           apps=[SandboxApp("local.crm.only", "crm-only-secret-0123456789", None, scopes={"crm"})])
    transport = portal.transport()
    app = await connect_demo_app("local.crm.only", "crm-only-secret-0123456789", transport=transport)
    webhook = BitrixClient.for_webhook(Webhook("http://sandbox.local", 1, "demo"), transport=transport)
    try:
        with pytest.raises(AuthError) as caught:
            await ApplicationFeatures(app).is_admin()
        assert caught.value.code == "insufficient_scope"
        assert await ApplicationFeatures(app, webhook_client=webhook).is_admin() is True
    finally:
        await app.aclose()
        await webhook.aclose()
        portal.close()


async def test_a_webhook_passed_as_the_application_gets_the_portal_refusal(ap) -> None:  # noqa: ANN001
    features = ApplicationFeatures(ap.webhook)
    with pytest.raises(ApplicationContextRequired):
        await features.types()
    with pytest.raises(ApplicationContextRequired):
        await features.get_configurable(demo_ids(ap.portal)["call"])


async def test_demo_session_features() -> None:
    session = await open_demo_session(now=lambda: FIXED_NOW)
    try:
        features = ApplicationFeatures(session.app_client)
        assert features.unavailable is None
        assert await features.is_admin() is True
        assert [t.type_id for t in await features.types()] == ["DELIVERY", "ERP_SYNC"]
        new_id = await features.add_rest_app_activity(DEAL, 1, "ERP_SYNC", "Invoice sent",
                                                      deadline=FIXED_NOW + timedelta(hours=2))
        assert (await session.client.list_activities(filter={"ID": new_id})).items[0].provider_type_id == "ERP_SYNC"
    finally:
        await session.aclose()


# -- configurable through the service --------------------------------------------------------------------


async def test_create_update_get_configurable(ap) -> None:  # noqa: ANN001
    features = ApplicationFeatures(ap.app)
    new_id = await features.create_configurable(DEAL, 1, LAYOUT, ConfigurableFields(badge_code="contractSigned"))
    got = await features.get_configurable(new_id)
    assert got.fields.badge_code == "contractSigned" and got.layout["header"]["title"] == "From the service"
    await features.update_configurable(new_id, None, got.fields.model_copy(update={"completed": True}))
    assert (await features.get_configurable(new_id)).fields.completed is True


async def test_unknown_badge_code_is_refused_naming_badge_code(ap) -> None:  # noqa: ANN001
    features = ApplicationFeatures(ap.app)
    count = ap.portal.db.scalar("SELECT COUNT(*) FROM activity")
    ap.counter.paths.clear()
    with pytest.raises(InvalidParameter) as caught:
        await features.create_configurable(DEAL, 1, LAYOUT, ConfigurableFields(badge_code="noSuchBadge"))
    assert (caught.value.field, caught.value.code) == ("badgeCode", "unknown_badge")
    assert "noSuchBadge" in str(caught.value)
    assert ap.counter.rest_calls() == ["crm.activity.badge.list"]  # looked up, nothing created
    assert ap.portal.db.scalar("SELECT COUNT(*) FROM activity") == count


async def test_layout_blocks_through_the_service(ap) -> None:  # noqa: ANN001
    todo = demo_ids(ap.portal)["todo"]
    features = ApplicationFeatures(ap.other)
    blocks = {"blocks": {"n": {"type": "text", "properties": {"value": "x"}}}}
    await features.set_layout_blocks(DEAL, 1, todo, blocks)
    assert (await features.get_layout_blocks(DEAL, 1, todo))["blocks"]["n"]["properties"]["value"] == "x"
    await features.delete_layout_blocks(DEAL, 1, todo)
    assert await features.get_layout_blocks(DEAL, 1, todo) is None


# -- icons ------------------------------------------------------------------------------------------------


async def test_icon_refused_before_any_request(ap, tmp_path: Path) -> None:  # noqa: ANN001
    features = ApplicationFeatures(ap.app)
    (tmp_path / "text.png").write_text("not an image at all")
    (tmp_path / "empty.png").write_bytes(b"")
    (tmp_path / "huge.png").write_bytes(png_icon((1, 1, 1)) + b"\0" * MAX_ICON_BYTES)
    (tmp_path / "vector.svg").write_text('<svg xmlns="http://www.w3.org/2000/svg"/>')
    ap.counter.paths.clear()
    cases = {"text.png": IconRule.NOT_IMAGE, "empty.png": IconRule.EMPTY, "huge.png": IconRule.TOO_LARGE,
             "vector.svg": IconRule.NOT_IMAGE, "missing.png": IconRule.UNREADABLE, ".": IconRule.UNREADABLE}
    for name, rule in cases.items():
        with pytest.raises(IconRefused) as caught:
            features.read_icon(tmp_path / name)
        assert (caught.value.field, caught.value.reason) == ("icon", rule)
    assert str(caught.value).startswith("icon: ")
    with pytest.raises(IconRefused, match="not a PNG, JPEG or GIF image"):
        features.read_icon(tmp_path / "text.png")
    assert ap.counter.paths == []


async def test_icon_read_and_sent(ap, tmp_path: Path) -> None:  # noqa: ANN001
    (tmp_path / "truck.PNG").write_bytes(png_icon((9, 8, 7)))
    (tmp_path / "photo.gif").write_bytes(png_icon((9, 8, 7)))  # a PNG whatever its name says
    features = ApplicationFeatures(ap.app)
    icon = features.read_icon(tmp_path / "truck.PNG")
    assert (icon.name, icon.content_type) == ("truck.PNG", "image/png")
    assert features.read_icon(tmp_path / "photo.gif").name == "photo.png"
    await features.add_type("TRUCK", "Truck", icon, configurable=False)
    truck = next(t for t in await features.types() if t.type_id == "TRUCK")
    stored = ap.portal.db.query_one("SELECT data FROM app_type_icon WHERE id = ?", (truck.icon_id,))
    assert bytes(stored["data"]) == icon.data


SIGNATURES = (b"\x89PNG\r\n\x1a\n", b"\xff\xd8\xff", b"GIF87a", b"GIF89a")


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.binary(min_size=1, max_size=64))
def test_sniffing_accepts_only_image_signatures(data: bytes) -> None:
    kind = sniff_image(data)
    if not data.startswith(SIGNATURES[1:]) and not (data.startswith(SIGNATURES[0]) and data[12:16] == b"IHDR"):
        assert kind is None
        with pytest.raises(IconRefused) as caught:
            icon_from_bytes("x.png", data)
        assert caught.value.reason is IconRule.NOT_IMAGE
    for signature, expected in zip(SIGNATURES[1:], ("image/jpeg", "image/gif", "image/gif"), strict=True):
        assert icon_from_bytes("a/b\\c.bin", signature + data).content_type == expected
