"""Legacy enumeration methods: ``crm.enum.ownertype`` and the six activity enums (api-spec.md §4.15).

Every reply is a list of ``{"ID": <int>, "NAME": str, "SYMBOL_CODE": str | None, "SYMBOL_CODE_SHORT":
str | None}``; the methods take no parameters and ignore any they get. ``crm.enum.ownertype`` lists the
static types in the documented sample order (1, 2, 3, 4, 5, 31, 7, 8, 36, 39) with the English names
of the current docs; the sandbox portal has no smart processes, so no ``DYNAMIC_<id>`` rows follow.
The deprecated activity enums carry ``null`` symbol codes and always start with ``{ID: 0, NAME: ""}``.
"""

from __future__ import annotations

from typing import Any

from ..registry import MethodContext, rest_method

#: ``crm.enum.ownertype`` rows: (ID, NAME, SYMBOL_CODE, SYMBOL_CODE_SHORT), documented order (§3.2, §4.15).
OWNER_TYPES: tuple[tuple[int, str, str, str], ...] = (
    (1, "Lead", "LEAD", "L"),
    (2, "Deal", "DEAL", "D"),
    (3, "Contact", "CONTACT", "C"),
    (4, "Company", "COMPANY", "CO"),
    (5, "Invoice (old version)", "INVOICE", "I"),
    (31, "Invoice", "SMART_INVOICE", "SI"),
    (7, "Quote", "QUOTE", "Q"),
    (8, "Billing Details", "REQUISITE", "RQ"),
    (36, "Document", "SMART_DOCUMENT", "DO"),
    (39, "Company Document", "SMART_B2E_DOC", "SBD"),
)

#: The deprecated enums: method name → names of IDs 0, 1, 2, … (api-spec.md §4.15).
ACTIVITY_ENUMS: dict[str, tuple[str, ...]] = {
    "crm.enum.activitytype": ("", "Meeting", "Call", "Task", "E-mail", "Action", "User Action"),
    "crm.enum.activitystatus": ("", "Pending", "Completed", "Automatically Completed"),
    "crm.enum.activitypriority": ("", "low", "medium", "high"),
    "crm.enum.activitynotifytype": ("", "min.", "h.", "d."),
    "crm.enum.activitydirection": ("", "Incoming", "Outgoing"),
    "crm.enum.contenttype": ("", "Plain text", "bbCode", "HTML"),
}


@rest_method("crm.enum.ownertype")
def enum_owner_type(ctx: MethodContext) -> list[dict[str, Any]]:
    """``crm.enum.ownertype``: the CRM entity types ``[{ID, NAME, SYMBOL_CODE, SYMBOL_CODE_SHORT}]``."""
    return [{"ID": type_id, "NAME": name, "SYMBOL_CODE": code, "SYMBOL_CODE_SHORT": short}
            for type_id, name, code, short in OWNER_TYPES]


def _deprecated_enum(names: tuple[str, ...]) -> Any:
    def handler(ctx: MethodContext) -> list[dict[str, Any]]:
        return [{"ID": index, "NAME": name, "SYMBOL_CODE": None, "SYMBOL_CODE_SHORT": None}
                for index, name in enumerate(names)]

    return handler


for _method, _names in ACTIVITY_ENUMS.items():
    rest_method(_method)(_deprecated_enum(_names))
