"""REST method handlers of the sandbox portal, one module per method family.

Importing this package registers every handler in :data:`desktop_app.sandbox.registry.REGISTRY`.
Families: ``activity`` (crm.activity.list/get, legacy), ``activity_write`` (crm.activity.add/update/
delete, legacy), ``activity_fields`` (crm.activity.fields, crm.activity.communication.fields, legacy),
``enums`` (crm.enum.*, legacy), ``todo`` (crm.activity.todo.add, controller),
``todo_update`` (crm.activity.todo.update*, controller), ``binding`` (crm.activity.binding.*,
controller), ``item`` (crm.item.list, controller), ``contact`` (crm.contact.list, crm.company.list, crm.lead.list,
legacy, with PHONE/EMAIL multifields), ``user`` (user.current, user.get); application families:
``configurable`` (crm.activity.configurable.*), ``activity_type`` (crm.activity.type.*), ``badge``
(crm.activity.badge.*), ``layout_blocks`` (crm.activity.layout.blocks.*).
"""

from . import (
    activity,
    activity_fields,
    activity_type,
    activity_write,
    badge,
    binding,
    configurable,
    contact,
    enums,
    item,
    layout_blocks,
    todo,
    todo_update,
    user,
)

__all__ = ["activity", "activity_fields", "activity_type", "activity_write", "badge", "binding", "configurable",
           "contact", "enums", "item", "layout_blocks", "todo", "todo_update", "user"]
