"""The context menu of a suggestion: a right click on a dashed outline offers Accept, Reject and Accept all of its
kind, each calling what Enter, Backspace and Ctrl+Shift+Y call (``Suggestions.on_enter`` / ``on_reject`` /
``on_accept_kind``), so the menu adds no edit path and each entry is one undo step. The keyboard's menu key (a
context-menu event from the keyboard, delivered to the view, which has the focus) opens it for the suggestion
chosen with N.

Where an annotation lies under the mouse the highlight's menu opens instead, with these entries in a submenu for
each suggestion there (``add_submenus``).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QPoint
from PySide6.QtGui import QContextMenuEvent
from PySide6.QtWidgets import QMenu

from ui.commands import quoted
from ui.i18n import tr

if TYPE_CHECKING:
    from app.services.suggestions import SuggestionData
    from ui.suggestions_controller import Suggestions


class SuggestionMenu(QObject):
    """Watches the reading view's viewport for the context-menu event, before the view's own handler (which
    opens Qt's Copy / Select all menu where no annotation is)."""

    def __init__(self, controller: Suggestions) -> None:
        super().__init__(controller)
        self.controller = controller
        view = controller.bench.view
        view.viewport().installEventFilter(self)  # a right click: the viewport gets it
        view.installEventFilter(self)  # the menu key: the focus widget, the view itself, gets it

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.ContextMenu or not isinstance(event, QContextMenuEvent):
            return False
        view = self.controller.bench.view
        selected = self.controller.model.selected_suggestion()
        if event.reason() == QContextMenuEvent.Reason.Keyboard:
            if selected is None:
                return False  # the view's own: the selected annotation's menu, or Qt's
            menu = self.build(selected)  # the menu key: the suggestion chosen with N (or a click)
            at = self.below(selected)
            menu.exec(at if at is not None else event.globalPos())
            menu.deleteLater()
            event.accept()
            return True
        elif watched is not view.viewport():
            return False
        else:
            point = event.pos()
            # the character under the mouse, as a left click and a tooltip find it
            cp = view.cp_at(point)
            if not view.offsets.text or view.index.at(cp):
                return False  # an annotation here: the highlight's menu (with the suggestions in a submenu)
            found = self.controller.model.at(cp)
            if not found:
                return False
            menu = self.build(found[-1])  # the innermost, the one a left click selects
        menu.exec(event.globalPos())
        menu.deleteLater()
        event.accept()
        return True

    def below(self, sugg: SuggestionData) -> QPoint | None:
        """Under the first line of ``sugg`` on screen (X11 gives the menu key's event the mouse's position)."""
        view = self.controller.bench.view
        boxes = [box for sugg_id, box in self.controller.painter.rects(view._highlight_visible()) if sugg_id == sugg.id]
        if not boxes:
            return None
        corner = boxes[0].bottomRight() if view.isRightToLeft() else boxes[0].bottomLeft()
        return view.viewport().mapToGlobal(corner.toPoint())

    def build(self, sugg: SuggestionData) -> QMenu:
        """The menu of ``sugg``, selected first."""
        self.controller.model.select(sugg.id)
        menu = QMenu(self.controller.bench.window)
        menu.setObjectName("suggestionContextMenu")
        heading = menu.addAction(self.heading(sugg))
        heading.setEnabled(False)
        menu.addSeparator()
        self.add_entries(menu, sugg)
        return menu

    def add_submenus(self, menu: QMenu, cp: int) -> None:
        """A submenu in the highlight's menu for each suggestion at ``cp`` (innermost first)."""
        found = list(reversed(self.controller.model.at(cp)))
        if not found:
            return
        menu.addSeparator()
        for sugg in found:
            sub = menu.addMenu(self.heading(sugg))
            sub.setObjectName(f"suggestionSubmenu_{sugg.id}")
            self.add_entries(sub, sugg)

    def heading(self, sugg: SuggestionData) -> str:
        return tr("Suggested %1 %2").replace("%1", self.controller.shown(sugg.label)).replace("%2", quoted(sugg.text))

    def add_entries(self, menu: QMenu, sugg: SuggestionData) -> None:
        """Accept, Reject, Accept all of its kind: the suggestion selected, then the key's own slot."""
        c = self.controller
        kind = tr("Accept all %1 suggestions in this document").replace("%1", c.shown(sugg.label))
        for name, text, slot in (
            ("menuAcceptSuggestion", c.accept_action.text(), c.on_enter),
            ("menuRejectSuggestion", c.reject_action.text(), c.on_reject),
            ("menuAcceptKind", kind + "\t" + c.accept_kind_action.shortcut().toString(), c.on_accept_kind),
        ):
            action = menu.addAction(text)
            action.setObjectName(name)
            action.triggered.connect(self._on(sugg.id, slot))

    def _on(self, sugg_id: int, slot: Callable[[], None]) -> Callable[[], None]:
        def run(_checked: bool = False) -> None:
            self.controller.model.select(sugg_id)  # the highlight's menu selected its annotation meanwhile
            slot()

        return run
