"""The bindings panel: the last binding cannot be removed, moves stay within one entity type, every
refused change names the field and the rule, and the picker finds entities on the sandbox portal."""

from __future__ import annotations

import httpx
import pytest
from PySide6.QtCore import Qt

from desktop_app.bitrix import BitrixClient, Webhook
from desktop_app.bitrix.bindings import Binding
from desktop_app.services.details import DetailsService
from desktop_app.ui.bindings_panel import BindingsPanel

DEAL_1, CONTACT_1, CONTACT_2 = Binding(2, 1), Binding(3, 1), Binding(3, 2)
NAMES = {(2, 1): "Website relaunch", (3, 1): "Andrew Howard", (3, 2): "Hannah Clark"}


@pytest.fixture
def panel(qtbot) -> BindingsPanel:
    widget = BindingsPanel()
    qtbot.addWidget(widget)
    widget.show()
    return widget


def _select(panel: BindingsPanel, binding: Binding) -> None:
    row = panel.bindings().index(binding)
    panel.list.setCurrentRow(row)


def _rows(panel: BindingsPanel) -> list[Binding]:
    return [panel.results.item(i).data(Qt.ItemDataRole.UserRole) for i in range(panel.results.count())]


def test_bindings_are_listed_with_type_and_name(panel: BindingsPanel) -> None:
    panel.set_bindings([CONTACT_1, DEAL_1], NAMES)
    texts = [panel.list.item(i).text() for i in range(panel.list.count())]
    assert texts == ["Deal: Website relaunch (#1)", "Contact: Andrew Howard (#1)"]


def test_last_binding_cannot_be_removed(qtbot, panel: BindingsPanel) -> None:
    panel.set_bindings([DEAL_1], NAMES)
    assert not panel.remove_button.isEnabled()
    assert "only binding" in panel.remove_button.toolTip()
    with qtbot.assertNotEmitted(panel.removeRequested):
        qtbot.mouseClick(panel.remove_button, Qt.MouseButton.LeftButton)


def test_remove_emits_the_selected_binding(qtbot, panel: BindingsPanel) -> None:
    panel.set_bindings([DEAL_1, CONTACT_1], NAMES)
    _select(panel, CONTACT_1)
    assert panel.remove_button.isEnabled()
    with qtbot.waitSignal(panel.removeRequested) as blocker:
        qtbot.mouseClick(panel.remove_button, Qt.MouseButton.LeftButton)
    assert blocker.args == [CONTACT_1]


def test_move_offers_only_the_same_type(qtbot, panel: BindingsPanel) -> None:
    panel.set_bindings([DEAL_1, CONTACT_1], NAMES)
    panel.set_candidates(2, [(1, "Website relaunch"), (5, "Office move")])
    panel.set_candidates(3, [(1, "Andrew Howard"), (2, "Hannah Clark")])
    _select(panel, CONTACT_1)
    qtbot.mouseClick(panel.move_button, Qt.MouseButton.LeftButton)
    assert panel.picker.isVisible()
    assert panel.picker_types() == [3] and not panel.type_combo.isEnabled()
    assert {b.entity_type_id for b in _rows(panel)} == {3}

    # moving onto the entity it is bound to is refused, naming the field and the rule
    with qtbot.assertNotEmitted(panel.moveRequested):
        qtbot.keyClicks(panel.search_edit, "Andrew")
        qtbot.mouseClick(panel.confirm_button, Qt.MouseButton.LeftButton)
    assert panel.problem.isVisible()
    assert panel.problem.text().startswith("Entity: ")
    assert "different" in panel.problem.text() or "other than" in panel.problem.text()

    panel.search_edit.clear()
    qtbot.keyClicks(panel.search_edit, "Hannah")
    assert _rows(panel) == [CONTACT_2]
    with qtbot.waitSignal(panel.moveRequested) as blocker:
        qtbot.mouseClick(panel.confirm_button, Qt.MouseButton.LeftButton)
    assert blocker.args == [CONTACT_1, CONTACT_2]
    assert not panel.picker.isVisible()


def test_add_refuses_a_duplicate_and_takes_a_typed_id(qtbot, panel: BindingsPanel) -> None:
    panel.set_bindings([DEAL_1], NAMES)
    qtbot.mouseClick(panel.add_button, Qt.MouseButton.LeftButton)
    assert panel.picker_types() == [1, 2, 3, 4]
    panel.type_combo.setCurrentIndex(panel.picker_types().index(2))
    with qtbot.assertNotEmitted(panel.addRequested):
        qtbot.keyClicks(panel.search_edit, "1")
        qtbot.keyClick(panel.search_edit, Qt.Key.Key_Return)
    assert panel.problem.text() == "Entity: the activity is already bound to this entity."

    panel.search_edit.clear()
    qtbot.keyClicks(panel.search_edit, "7")
    with qtbot.waitSignal(panel.addRequested) as blocker:
        qtbot.keyClick(panel.search_edit, Qt.Key.Key_Return)
    assert blocker.args == [Binding(2, 7)]


def test_add_with_nothing_picked_names_the_field(qtbot, panel: BindingsPanel) -> None:
    panel.set_bindings([DEAL_1], NAMES)
    qtbot.mouseClick(panel.add_button, Qt.MouseButton.LeftButton)
    with qtbot.assertNotEmitted(panel.addRequested):
        qtbot.keyClicks(panel.search_edit, "nobody by this name")
        qtbot.mouseClick(panel.confirm_button, Qt.MouseButton.LeftButton)
    assert panel.problem.text().startswith("Entity: pick one from the list")


def test_picker_searches_the_portal(qtbot, qloop, arun, portal, panel: BindingsPanel) -> None:
    client = BitrixClient.for_webhook(Webhook(base_url="http://sandbox.local", user_id=1, code="demo"),
                                      transport=httpx.ASGITransport(app=portal.app))
    try:
        contact = arun(client.list_items(3, filter={"id": 2})).items[0]
        panel.set_search(DetailsService(client).search_entities)
        panel.set_bindings([DEAL_1], {})
        qtbot.mouseClick(panel.add_button, Qt.MouseButton.LeftButton)
        panel.type_combo.setCurrentIndex(panel.picker_types().index(3))
        qtbot.keyClicks(panel.search_edit, contact.last_name or "")
        qtbot.waitUntil(lambda: Binding(3, 2) in _rows(panel), timeout=10000)
        labels = [panel.results.item(i).text() for i in range(panel.results.count())]
        assert f"Contact: {contact.display_name} (#2)" in labels
    finally:
        arun(client.aclose())
