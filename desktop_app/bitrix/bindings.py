"""``crm.activity.binding.*``: the CRM entities in whose timelines an activity appears.

Rules the portal enforces, checked here first where the client can know them (api-spec.md §4.10):
``move`` only between entities of the same type and never onto itself; at most 100 bindings; the
last binding cannot be deleted (checked by the caller, who knows the list); to change the type,
``add`` the new binding first, then ``delete`` the old one.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from .errors import InvalidParameter
from .prepared import PreparedCall
from .replies import BindingRows

if TYPE_CHECKING:
    from .client import BitrixClient

#: Most entities one activity may be bound to (api-spec.md §2.5).
MAX_BINDINGS = 100


@dataclass(frozen=True, order=True)
class Binding:
    """One binding: ``entity_type_id`` (1 lead, 2 deal, 3 contact, 4 company …) and ``entity_id``."""

    entity_type_id: int
    entity_id: int


def check_positive(name: str, value: int) -> int:
    """``value`` if it is a positive int (not a bool), else :class:`InvalidParameter` ``name`` ``positive``."""
    if isinstance(value, bool) or not isinstance(value, int) or value <= 0:
        raise InvalidParameter(name, "positive")
    return value


class BindingMethods:
    """``client.bindings``."""

    def __init__(self, client: BitrixClient) -> None:
        self._client = client

    async def list(self, activity_id: int) -> list[Binding]:
        """``crm.activity.binding.list``: the entities the activity is bound to (only those the
        user can read), sorted by type and id (the portal's order is unspecified). The reply
        ``[{"entityTypeId": N, "entityId": N}, …]`` is checked; another shape raises ``BadResponse``."""
        method = "crm.activity.binding.list"
        reply = await self._client.call(method, {"activityId": check_positive("activityId", activity_id)})
        rows = self._client.checker.check(BindingRows, reply.result, method=method, status=reply.status)
        return sorted(Binding(r.entity_type_id, r.entity_id) for r in rows)

    def prepare_add(self, activity_id: int, target: Binding) -> PreparedCall:
        """The ``crm.activity.binding.add`` call, checked, not sent."""
        return PreparedCall("crm.activity.binding.add", {
            "activityId": check_positive("activityId", activity_id),
            "entityTypeId": check_positive("entityTypeId", target.entity_type_id),
            "entityId": check_positive("entityId", target.entity_id),
        })

    async def add(self, activity_id: int, target: Binding) -> None:
        """``crm.activity.binding.add``. Raises ``BitrixError`` ``ACTIVITY_IS_ALREADY_BOUND``,
        ``NotFound`` (``NOT_FOUND`` / ``OWNER_NOT_FOUND``), ``AccessDenied``."""
        await self._client.send(self.prepare_add(activity_id, target))

    def prepare_move(self, activity_id: int, source: Binding, target: Binding) -> PreparedCall:
        """The ``crm.activity.binding.move`` call of :meth:`move`, checked, not sent."""
        if source.entity_type_id != target.entity_type_id:
            raise InvalidParameter("targetEntityTypeId", "same_type")
        if source == target:
            raise InvalidParameter("targetEntityId", "same_entity")
        return PreparedCall("crm.activity.binding.move", {
            "activityId": check_positive("activityId", activity_id),
            "sourceEntityTypeId": check_positive("sourceEntityTypeId", source.entity_type_id),
            "sourceEntityId": check_positive("sourceEntityId", source.entity_id),
            "targetEntityTypeId": check_positive("targetEntityTypeId", target.entity_type_id),
            "targetEntityId": check_positive("targetEntityId", target.entity_id),
        })

    async def move(self, activity_id: int, source: Binding, target: Binding) -> None:
        """``crm.activity.binding.move``: the activity leaves ``source``'s timeline for ``target``'s.

        Raises:
            InvalidParameter: the types differ, or source and target are the same entity (nothing sent).
            NotFound: ``BINDING_NOT_FOUND`` (not bound to ``source``), ``NOT_FOUND``, ``OWNER_NOT_FOUND``.
            BitrixError: ``ACTIVITY_IS_ALREADY_BOUND`` (already bound to ``target``).
        """
        await self._client.send(self.prepare_move(activity_id, source, target))

    def prepare_delete(self, activity_id: int, target: Binding) -> PreparedCall:
        """The ``crm.activity.binding.delete`` call, checked, not sent."""
        return PreparedCall("crm.activity.binding.delete", {
            "activityId": check_positive("activityId", activity_id),
            "entityTypeId": check_positive("entityTypeId", target.entity_type_id),
            "entityId": check_positive("entityId", target.entity_id),
        })

    async def delete(self, activity_id: int, target: Binding) -> None:
        """``crm.activity.binding.delete``. Raises ``NotFound`` ``BINDING_NOT_FOUND``, ``BitrixError``
        ``LAST_BINDING_CANNOT_BE_DELETED`` (check the list first to avoid it)."""
        await self._client.send(self.prepare_delete(activity_id, target))
