"""REST method handlers of the sandbox portal, one module per method family.

Importing this package registers every handler in :data:`desktop_app.sandbox.registry.REGISTRY`.
Families: ``activity`` (crm.activity.list/get, legacy), ``todo`` (crm.activity.todo.*, controller),
``item`` (crm.item.list, controller), ``user`` (user.current, user.get).
"""

from . import activity, item, todo, user

__all__ = ["activity", "item", "todo", "user"]
