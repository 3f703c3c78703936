""""My activities": one user's open activities across all CRM entities, grouped by deadline.

``rows`` (compact storage, no Qt) → ``source`` (shared filter and texts) → ``model`` (grouped list /
kanban column) → ``delegate`` + ``views`` → ``panel`` (:class:`MyActivitiesPanel`). ``badges`` paints the
red/green activity counters on entities in the browser.
"""

from .panel import MyActivitiesPanel

__all__ = ["MyActivitiesPanel"]
