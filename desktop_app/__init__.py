"""Activity Desk: a desktop client for Bitrix24 CRM activities.

Layers (each a sub-package; only ``ui`` imports Qt):

- ``bitrix``   async REST client (httpx): transport, auth, errors, typed methods and models.
- ``sandbox``  the sandbox portal: an emulated Bitrix24 REST server (ASGI) and its CLI.
- ``layout``   configurable-activity layout model and validator.
- ``store``    local SQLite cache and outbox.
- ``services`` Qt-free use cases the window calls (connect a portal, load a timeline, add a todo).
- ``ui``       Qt widgets, models and delegates.
"""

__version__ = "0.1.0"
