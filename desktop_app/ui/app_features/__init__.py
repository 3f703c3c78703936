"""What only a Bitrix24 application connection (OAuth) may do, in the window (issue 13 item 4): the
"Application" menu and its webhook-only explanation (:mod:`.menu`), why a feature is unavailable
(:mod:`.availability`), the custom activity types manager (:mod:`.types_dialog`) with activities of a
type (:mod:`.rest_app_activity`), and the badges (:mod:`.badges_dialog`). Qt only: the calls are
:class:`~desktop_app.services.app_features.ApplicationFeatures`'."""
