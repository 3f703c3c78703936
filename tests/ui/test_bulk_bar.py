"""The bulk bar on its own: when it shows, what it offers, and the final report's wording."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QLocale

from desktop_app.services.bulk import BulkAction, BulkProgress
from desktop_app.ui.bulk_actions import BulkActionsBar, BulkController


@pytest.fixture(autouse=True)
def us_english() -> Iterator[None]:
    """Numbers as an English (US) user reads them: 1,000."""
    saved = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
    yield
    QLocale.setDefault(saved)


def test_the_bar_shows_for_two_or_more_and_offers_nothing_without_a_portal(qtbot, make_activity) -> None:  # noqa: ANN001
    controller = BulkController()
    bar = BulkActionsBar(controller)
    qtbot.addWidget(bar)
    bar.show()
    bar.set_selection([make_activity(1, "One")])
    assert not bar.isVisible() and bar.menu_actions() == []
    bar.set_selection([make_activity(1, "One"), make_activity(2, "Two"), make_activity(-5, "Being created")])
    assert bar.isVisible() and bar.count_label.text() == "2 selected"  # placeholders are left out
    assert not bar.complete_action.isEnabled()  # not connected to a portal yet
    assert [a.objectName() for a in bar.menu_actions()] == ["bulkComplete", "bulkReassign", "bulkDeadline",
                                                            "bulkDelete"]


def test_the_report_says_exactly_what_happened(qtbot) -> None:  # noqa: ANN001
    controller = BulkController()
    report = controller.report_text
    assert report(BulkProgress("b", BulkAction.COMPLETE, 1000, done=747, failed=3, cancelled=250)) == (
        "Completed 747 of 1,000 · 250 cancelled · 3 failed")
    assert report(BulkProgress("b", BulkAction.DELETE, 4, done=4)) == "Deleted 4 of 4"
    assert report(BulkProgress("b", BulkAction.REASSIGN, 100, done=50)) == "Reassigned 50 of 100 · 50 still sending"
    assert report(BulkProgress("b", BulkAction.MOVE_DEADLINE, 2, failed=2)) == "Moved 0 of 2 · 2 failed"
