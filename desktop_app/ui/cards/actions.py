"""What a card is previewed as (:class:`PreviewOptions`) and what a click on it would do
(:class:`CardAction`). Sources: api-spec.md §5.9 (ActionDto), server-behaviour.md §3.3 (how
actions and the footer menu reach the browser), §5.12 (previewer options).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any, Literal

from PySide6.QtCore import QCoreApplication

__all__ = ["CardAction", "PreviewOptions"]


@dataclass(frozen=True)
class PreviewOptions:
    """How a layout is previewed.

    Attributes:
        lang: viewer's interface language (``textWithTranslation`` key: ``en``, ``de``, ``la`` …).
        readonly: the viewer cannot edit the owner entity: ``hideIfReadonly`` buttons, menu items
            and tags are hidden, the deadline pill cannot be changed.
        scope: ``"web"`` (browser) or ``"mobile"`` (mobile app): elements scoped to the other one are hidden.
        completed: the activity is closed (history: white card, grey icon, "Pin" instead of "Postpone").
        dark: dark colours.
    """

    lang: str = "en"
    readonly: bool = False
    scope: Literal["web", "mobile"] = "web"
    completed: bool = False
    dark: bool = False


translate = QCoreApplication.translate  # pyside6-lupdate reads translate("Context", "text") calls


def _params_text(params: object) -> str:
    if not isinstance(params, Mapping) or not params:
        return translate("CardAction", "no parameters")
    shown = [f"{key}={_scalar(value)}" for key, value in list(params.items())[:20]]
    return ", ".join(shown)


def _scalar(value: object) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, str | int | float):
        text = str(value)
        return text if len(text) <= 200 else text[:200] + "…"
    return translate("CardAction", "(not a scalar)")


@dataclass(frozen=True)
class CardAction:
    """What a click on a card element would do; the preview describes it and never performs it.

    Attributes:
        kind: ``"redirect"``, ``"restEvent"``, ``"openRestApp"`` (an ActionDto, api-spec.md §5.9);
            ``"menu"`` (the "…" button), ``"showMore"`` / ``"hide"`` (largeText), ``"changeDeadline"``
            (an editable deadline pill), ``"note"``, ``"pin"``, ``"postpone"``, ``"delete"``,
            ``"aboutApp"`` (portal menu items), ``"complete"`` (the header checkbox), ``"changeColor"`` /
            ``"changeResponsible"`` (quick edits of a timeline todo), ``"none"`` (an ActionDto without a known type).
        label: the clicked element, plain text (``Button “About client”``).
        params: for ActionDto kinds the action as given (``uri``, ``id``, ``actionParams``,
            ``animationType``, ``sliderParams``); else ``{}``.
        path: where it is in the layout: the ActionDto's path for ActionDto kinds
            (``footer.buttons.startCall.action``), else the element's (``body.blocks.note`` for
            "Show more", ``footer.menu`` for "…"); ``""`` for the portal's own menu items.
    """

    kind: str
    label: str
    params: Mapping[str, Any] = field(default_factory=dict)
    path: str = ""

    @classmethod
    def from_dto(cls, action: object, label: str, path: str) -> CardAction:
        """The action of an ActionDto (a dict; anything else gives ``kind="none"``)."""
        if not isinstance(action, Mapping):
            return cls("none", label, {}, path)
        kind = action.get("type")
        if kind not in ("redirect", "restEvent", "openRestApp"):
            kind = "none"
        return cls(kind, label, dict(action), path)

    def describe(self) -> str:
        """One plain-text sentence: what the portal would do on this click (never markup)."""
        p = self.params
        if self.kind == "redirect":
            uri = p.get("uri")
            if not isinstance(uri, str) or not uri:
                return translate("CardAction", "{label}: opens a link, but the action has no uri.").format(label=self.label)
            if "://" in uri or uri.startswith("//"):
                how = translate("CardAction", "in a new browser tab")
            elif uri.startswith("/crm/"):
                how = translate("CardAction", "in a slider of the portal")
            else:
                how = translate("CardAction", "on the portal")
            return translate("CardAction", "{label}: opens {uri} {how}.").format(
                label=self.label, uri=_scalar(uri), how=how)
        if self.kind == "restEvent":
            event_id = p.get("id")
            text = translate("CardAction",
                             "{label}: sends the event onCrmTimelineItemAction to the app with id “{id}” and {params}").format(
                label=self.label, id=_scalar(event_id) if event_id is not None else "", params=_params_text(p.get("actionParams"))
            )
            animation = p.get("animationType")
            if animation == "loader":
                text += translate("CardAction", "; the card is blocked with a loader until the app updates it")
            elif animation == "disable":
                text += translate("CardAction", "; the button is disabled until the app updates the card")
            return text + "."
        if self.kind == "openRestApp":
            text = translate("CardAction", "{label}: opens the app in a slider with {params}").format(
                label=self.label, params=_params_text(p.get("actionParams"))
            )
            slider = p.get("sliderParams")
            if isinstance(slider, Mapping) and slider:
                text += translate("CardAction", " (slider: {params})").format(params=_params_text(slider))
            return text + translate("CardAction", "; not available in the mobile app.")
        return {
            "menu": translate("CardAction", "{label}: opens the menu."),
            "showMore": translate("CardAction", "{label}: shows the whole text."),
            "hide": translate("CardAction", "{label}: collapses the text."),
            "changeDeadline": translate("CardAction", "{label}: opens a calendar to change the deadline (the portal does it)."),
            "note": translate("CardAction", "{label}: opens a note editor (the portal stores the note)."),
            "pin": translate("CardAction", "{label}: pins the activity at the top of the timeline (the portal does it)."),
            "postpone": translate("CardAction", "{label}: postpones the deadline (the portal does it)."),
            "delete": translate("CardAction", "{label}: deletes the activity after a confirmation (the portal does it)."),
            "aboutApp": translate("CardAction", "{label}: shows the app that created this activity."),
            "complete": translate("CardAction", "{label}: marks the activity completed (the portal does it)."),
            "changeColor": translate("CardAction", "{label}: opens the to-do's colours."),
            "changeResponsible": translate("CardAction", "{label}: opens the list of users to pick the responsible person."),
        }.get(self.kind, translate("CardAction", "{label}: the action has no valid type; the portal does nothing.")).format(
            label=self.label)
