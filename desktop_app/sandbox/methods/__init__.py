"""REST method handlers of the sandbox portal, one module per method family.

Importing this package registers every handler in :data:`desktop_app.sandbox.registry.REGISTRY`.
Families: ``activity`` (crm.activity.list/get, legacy), ``todo`` (crm.activity.todo.add, controller),
``todo_update`` (crm.activity.todo.update*, controller), ``binding`` (crm.activity.binding.*,
controller), ``item`` (crm.item.list, controller), ``user`` (user.current, user.get).
"""

from . import activity, binding, item, todo, todo_update, user

__all__ = ["activity", "binding", "item", "todo", "todo_update", "user"]
