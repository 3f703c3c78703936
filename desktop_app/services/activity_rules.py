"""Which changes an activity takes, and by which road (no Qt).

Configurable activities (``PROVIDER_ID`` ``CONFIGURABLE_REST_APP``, api-spec.md §4.12) are refused by the
plain methods: ``crm.activity.update`` and ``crm.activity.get`` answer "Use crm.activity.configurable.update
for this activity provider" (server-behaviour.md §1.3, §1.4, §1.7). Only the application that created one may
change it, through ``crm.activity.configurable.update`` — another application gets
``ERROR_WRONG_APPLICATION``, a webhook ``ERROR_WRONG_CONTEXT``. ``crm.activity.delete`` works on them like on
any activity. So:

* :func:`plain_update_refused` — never queue a plain update (complete, reschedule, reassign, edit) for it;
* :func:`changed_by_application` — it is this application's own (:meth:`ApplicationFeatures.is_own
  <desktop_app.services.app_features.ApplicationFeatures.is_own>`): completing and rescheduling it go
  through the application at once (:func:`configurable_change`), not through the outbox;
* :func:`split_plain` — a bulk selection without the ones a plain update would fail on.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime
from typing import TYPE_CHECKING

from desktop_app.bitrix.configurable import CONFIGURABLE_PROVIDER, ConfigurableFields

if TYPE_CHECKING:
    from desktop_app.bitrix.models import Activity

    from .app_features import ApplicationFeatures

__all__ = ["changed_by_application", "configurable_change", "plain_update_refused", "split_plain"]


def plain_update_refused(activity: Activity) -> bool:
    """The portal refuses ``crm.activity.update`` for ``activity`` (a configurable activity, §1.7)."""
    return activity.provider_id == CONFIGURABLE_PROVIDER


def changed_by_application(activity: Activity, features: ApplicationFeatures | None) -> bool:
    """``activity`` is a configurable activity this application created, so it can change it through
    ``crm.activity.configurable.update`` (``features``: the session's; ``None`` = no application)."""
    return features is not None and plain_update_refused(activity) and features.is_own(activity)


def configurable_change(*, completed: bool | None = None, deadline: datetime | None = None) -> ConfigurableFields:
    """The ``fields`` of a ``crm.activity.configurable.update`` that changes only what is given (the others —
    type, badge, reminders, responsible — keep their stored values: only given fields are sent).

    Args:
        completed: the new ``completed``, or ``None`` (unchanged).
        deadline: the new deadline (aware), or ``None`` (unchanged).

    Raises:
        ValueError: nothing given, or a naive ``deadline``.
    """
    given: dict[str, object] = {}
    if completed is not None:
        given["completed"] = completed
    if deadline is not None:
        if deadline.utcoffset() is None:
            raise ValueError("the new deadline must be aware (carry a UTC offset)")
        given["deadline"] = deadline
    if not given:
        raise ValueError("nothing to change")
    return ConfigurableFields(**given)


def split_plain(activities: Iterable[Activity]) -> tuple[list[Activity], list[Activity]]:
    """``(plain, refused)``: the activities a plain update may change, and those it may not
    (:func:`plain_update_refused`), each in the given order."""
    plain: list[Activity] = []
    refused: list[Activity] = []
    for activity in activities:
        (refused if plain_update_refused(activity) else plain).append(activity)
    return plain, refused
