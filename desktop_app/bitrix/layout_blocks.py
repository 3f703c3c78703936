"""``crm.activity.layout.blocks.*``: an application's own content blocks on an activity (``client.layout_blocks``).

Source: api-spec.md §4.14, server-behaviour.md §1.11. Only **in an application's context**: a webhook
gets ``ERROR_WRONG_CONTEXT`` (:class:`~desktop_app.bitrix.errors.ApplicationContextRequired`). One set per
(activity, application): ``set`` replaces the caller's set, ``get`` / ``delete`` see only the caller's.
Not for configurable activities (``UNSUITABLE_ACTIVITY_TYPE_ERROR``).

Wire (all three take ``entityTypeId``, ``entityId`` — an entity the activity is bound to — and
``activityId``): ``set`` + ``layout`` (a RestAppLayoutDto ``{"blocks": {…}}``, §5.10) → ``{"success": true}``;
``get`` → ``{"layout": {"blocks": {…}}}`` or ``{"layout": null}`` when the application stored none;
``delete`` → ``{"success": true}``. Errors: ``OWNER_NOT_FOUND`` / ``NOT_FOUND`` →
:class:`~desktop_app.bitrix.errors.NotFound` (``delete`` of no set too), ``ACCESS_DENIED``,
``UNSUITABLE_ACTIVITY_TYPE_ERROR`` and the layout validator's codes (``FIELD_IS_REQUIRED`` for a missing
``blocks`` …) → :class:`~desktop_app.bitrix.errors.BitrixError`.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from pydantic import BaseModel, ConfigDict

from .bindings import check_positive
from .errors import InvalidParameter
from .prepared import PreparedCall

if TYPE_CHECKING:
    from .client import BitrixClient

__all__ = ["LayoutBlockMethods"]


class _Success(BaseModel):
    model_config = ConfigDict(extra="ignore", frozen=True)

    success: bool


class _LayoutReply(BaseModel):
    model_config = ConfigDict(extra="ignore", frozen=True)

    layout: dict[str, Any] | None


def _ids(entity_type_id: int, entity_id: int, activity_id: int) -> dict[str, int]:
    return {"entityTypeId": check_positive("entityTypeId", entity_type_id),
            "entityId": check_positive("entityId", entity_id),
            "activityId": check_positive("activityId", activity_id)}


class LayoutBlockMethods:
    """``client.layout_blocks``: ``crm.activity.layout.blocks.set`` / ``.get`` / ``.delete`` (module docstring)."""

    def __init__(self, client: BitrixClient) -> None:
        self._client = client

    def prepare_set(self, entity_type_id: int, entity_id: int, activity_id: int,
                    layout: Mapping[str, Any]) -> PreparedCall:
        """The ``crm.activity.layout.blocks.set`` call of :meth:`set`, checked, not sent.

        Raises:
            InvalidParameter: an id not positive, ``layout`` ``required`` (not an object with ``blocks``).
        """
        params: dict[str, Any] = dict(_ids(entity_type_id, entity_id, activity_id))
        if not isinstance(layout, Mapping) or not isinstance(layout.get("blocks"), Mapping):
            raise InvalidParameter("layout", "required", "the layout needs its blocks")
        params["layout"] = dict(layout)
        return PreparedCall("crm.activity.layout.blocks.set", params)

    async def set(self, entity_type_id: int, entity_id: int, activity_id: int, layout: Mapping[str, Any]) -> None:
        """``crm.activity.layout.blocks.set``: store (replace) this application's blocks on the activity.

        Args:
            entity_type_id, entity_id: an entity the activity is bound to (``entityTypeId``, ``entityId``).
            activity_id: ``activityId`` (not a configurable activity).
            layout: the RestAppLayoutDto ``{"blocks": {name: block, …}}``.

        Raises:
            InvalidParameter: see :meth:`prepare_set` (nothing sent).
            ApplicationContextRequired: a webhook connection.
            NotFound: ``OWNER_NOT_FOUND`` / ``NOT_FOUND``.
            BitrixError: ``UNSUITABLE_ACTIVITY_TYPE_ERROR``, the layout's codes.
        """
        prepared = self.prepare_set(entity_type_id, entity_id, activity_id, layout)
        await self._check_success(prepared)

    def prepare_get(self, entity_type_id: int, entity_id: int, activity_id: int) -> PreparedCall:
        """The ``crm.activity.layout.blocks.get`` call (for a batch), checked, not sent."""
        return PreparedCall("crm.activity.layout.blocks.get", _ids(entity_type_id, entity_id, activity_id))

    async def get(self, entity_type_id: int, entity_id: int, activity_id: int) -> dict[str, Any] | None:
        """``crm.activity.layout.blocks.get``: this application's blocks, ``{"blocks": {…}}``, or ``None``
        when it stored none (``{"layout": null}``).

        Raises:
            ApplicationContextRequired: a webhook connection.
            NotFound: ``OWNER_NOT_FOUND`` / ``NOT_FOUND``.
        """
        prepared = self.prepare_get(entity_type_id, entity_id, activity_id)
        reply = await self._client.send(prepared)
        return self.read_layout(reply.result, status=reply.status)

    def read_layout(self, result: Any, *, status: int = 200) -> dict[str, Any] | None:
        """The layout in a ``get`` result (a batch command's): ``None`` for ``null`` or an empty layout;
        raises ``BadResponse`` for another shape."""
        if result in ([], None):  # a portal may answer an empty result for "nothing stored"
            return None
        method = "crm.activity.layout.blocks.get"
        layout = self._client.checker.check(_LayoutReply, result, method=method, status=status).layout
        if not layout:
            return None
        if not isinstance(layout.get("blocks"), dict):
            raise self._client.checker.bad(method, status, "result.layout.blocks", "an object is required",
                                           layout.get("blocks"))
        return layout

    def prepare_delete(self, entity_type_id: int, entity_id: int, activity_id: int) -> PreparedCall:
        """The ``crm.activity.layout.blocks.delete`` call, checked, not sent."""
        return PreparedCall("crm.activity.layout.blocks.delete", _ids(entity_type_id, entity_id, activity_id))

    async def delete(self, entity_type_id: int, entity_id: int, activity_id: int) -> None:
        """``crm.activity.layout.blocks.delete``: remove this application's blocks from the activity.

        Raises:
            ApplicationContextRequired: a webhook connection.
            NotFound: ``OWNER_NOT_FOUND`` / ``NOT_FOUND`` (also when the application stored none).
        """
        await self._check_success(self.prepare_delete(entity_type_id, entity_id, activity_id))

    async def _check_success(self, prepared: PreparedCall) -> None:
        reply = await self._client.send(prepared)
        done = self._client.checker.check(_Success, reply.result, method=prepared.method, status=reply.status)
        if not done.success:
            raise self._client.checker.bad(prepared.method, reply.status, "result.success", "true is expected",
                                           reply.result)
