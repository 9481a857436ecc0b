"""Suggestions in the workbench: computed off the UI thread when a document opens, drawn as dashed outlines,
selected by a click (where no annotation is) or N / Shift+N, accepted with Enter, rejected with Backspace (or
Delete), all of one label accepted from the Suggestions menu; each of those is one undo step. A right click on an
outline offers the same three (``ui.suggestion_menu``).

Enter goes to the suggestion only while one is selected; otherwise it goes into the selected annotation's form as
before (F2 always does).
"""

from __future__ import annotations

import contextlib
import threading
from typing import TYPE_CHECKING, Any

import shiboken6
from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QColor, QKeySequence
from PySide6.QtWidgets import QMenu

from app.schema.default import DEFAULT_SCHEMA
from ui.actions import Act
from ui.i18n import tr
from ui.suggestion_menu import SuggestionMenu
from ui.suggestion_text import (
    SuggestionWords,
    accepted_all_line,
    accepted_line,
    rejected_line,
    status_line,
    suggestion_words,
    tooltip_html,
)
from ui.suggestions_commands import AcceptAll, AcceptSuggestion, RejectSuggestion
from ui.suggestions_model import OpenSuggestions
from ui.suggestions_paint import SuggestionPainter

if TYPE_CHECKING:
    from app.schema.model import Schema
    from app.services.suggestions import SuggestionData
    from ui.workbench import Workbench

GREY = QColor("#888888")
IDLE_POLL_MS = 20  # how often a document being highlighted is asked whether it is done


class Suggestions(QObject):
    """Signal ``computed`` (doc id, the open suggestions or the exception that stopped them), emitted from the
    worker thread and delivered on the UI thread."""

    computed = Signal(int, object)

    def __init__(self, bench: Workbench) -> None:
        super().__init__(bench)
        self.bench = bench
        self.model = OpenSuggestions(self)
        self.painter = SuggestionPainter(bench.view, self.model, self.colour_of)
        self._threads: list[threading.Thread] = []
        self._wanted: int | None = None  # the document whose suggestions are being computed
        self._closed = False  # the window is closing: its view may be gone before a thread or a timer reports
        self._running: set[int] = set()  # documents a thread is computing (one at a time for each)
        self._said = ""  # the status line last shown about a suggestion (taken back once it is no longer true)
        view, doc = bench.view, bench.doc
        view.paint_hooks.append(self.painter.paint)
        view.form_requested.disconnect(bench.on_form_requested)
        view.form_requested.connect(self.on_enter)
        view.clicked_at.connect(self.on_clicked_at)  # after the workbench's own: annotations come first
        view.escape_pressed.connect(lambda: self.model.select(None))
        self._tooltips = view.tooltip_provider
        view.tooltip_provider = self.tooltip_at
        doc.loaded.connect(self.on_document_loaded)
        doc.selection_changed.connect(self.on_annotation_selected)
        self.model.selection_changed.connect(self.on_selection_changed)
        self.model.changed.connect(self.on_model_changed)
        self.computed.connect(self.on_computed, Qt.ConnectionType.QueuedConnection)
        bench.actions[Act.DELETE].triggered.connect(self.on_delete)
        bench.window.closing.connect(self.on_window_closing)
        bench.window.language_changed.connect(self.retranslate)
        bench.schema.changed.connect(self.on_schema_changed)  # the labels' display names in the menu
        self._build_menu()
        self.context_menu = SuggestionMenu(self)  # a right click on an outline

    # the menu
    def _build_menu(self) -> None:
        win = self.bench.window
        self.menu = QMenu(win)
        self.menu.setObjectName("suggestionsMenu")
        self.accept_action = self._action("action_accept_suggestion", self.on_enter)
        self.reject_action = self._action("action_reject_suggestion", self.on_reject)
        self.next_action = self._action("action_next_suggestion", lambda: self.on_step(1), "N")
        self.previous_action = self._action("action_previous_suggestion", lambda: self.on_step(-1), "Shift+N")
        self.accept_kind_action = self._action("action_accept_kind", self.on_accept_kind, "Ctrl+Shift+Y")
        self.menu.addActions([self.accept_action, self.reject_action])
        self.menu.addSeparator()
        self.menu.addActions([self.next_action, self.previous_action])
        self.menu.addSeparator()
        self.menu.addAction(self.accept_kind_action)
        self.label_actions: dict[str, QAction] = {}
        from app.assist.registry import RECOGNISERS

        for role in dict.fromkeys(r.label for r in RECOGNISERS.values()):  # by role: the label may be renamed
            accept = lambda _=False, role=role: self.accept_all(self.named(role))  # noqa: E731
            action = self._action(f"action_accept_all_{role}", accept)
            self.label_actions[role] = action
            self.menu.addAction(action)
        help_menu = win.menus.get("help")
        if help_menu is not None:
            win.menuBar().insertMenu(help_menu.menuAction(), self.menu)
        else:
            win.menuBar().addMenu(self.menu)
        self.retranslate()

    def _action(self, name: str, slot: Any, key: str = "") -> QAction:
        action = QAction(self.bench.window)
        action.setObjectName(name)
        if key:
            action.setShortcut(QKeySequence(key))
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        action.triggered.connect(slot)
        self.bench.window.addAction(action)  # its key works with the menu closed
        return action

    def retranslate(self) -> None:
        self.menu.setTitle(tr("S&uggestions"))
        self.accept_action.setText(tr("&Accept suggestion") + "\tEnter")
        self.reject_action.setText(tr("&Reject suggestion") + "\tBackspace")
        self.next_action.setText(tr("&Next suggestion"))
        self.previous_action.setText(tr("&Previous suggestion"))
        self.accept_kind_action.setText(tr("Accept all suggestions of this &kind"))
        for role, action in self.label_actions.items():
            action.setText(tr("Accept all %1 suggestions in this document").replace("%1", self.shown(self.named(role))))
            action.setEnabled(self.bench.schema.schema.for_role(role) is not None)  # a deleted one: nothing to accept

    def on_schema_changed(self, _schema: Schema) -> None:
        """The workspace's schema arrived (after this menu was built: it showed FIGURE, CLAIM) or was edited."""
        self.retranslate()

    def shown(self, label: str) -> str:
        return self.bench.schema.label_name(label)

    def named(self, role: str) -> str:
        """The name of the label that has ``role`` now (FIGURE renamed NUMBER: NUMBER), else ``role`` itself."""
        found = self.bench.schema.schema.for_role(role)
        return found.name if found else role

    def colour_of(self, label: str) -> QColor:
        """A suggestion's label (a name), else the label of that role (the ACTOR and CUE a claim's source and cue
        are made as, whatever they are called now), else the default schema's, else grey."""
        schema = self.bench.schema.schema
        found = schema.label(label) or schema.for_role(label) or DEFAULT_SCHEMA.label(label)
        return QColor(found.colour) if found else GREY

    # computing, off the UI thread
    def on_document_loaded(self) -> None:
        self.model.clear()
        doc_id = self.bench.doc.id
        if doc_id is not None and hasattr(self.bench, "ws"):
            self._wanted = doc_id
            QTimer.singleShot(0, lambda: self._when_painted(doc_id))

    def on_attached(self) -> None:
        """The workspace arrived after the first frame (the start view): compute for the document shown."""
        if self.bench.doc.id is not None and self.model.doc_id != self.bench.doc.id:
            self._wanted = self.bench.doc.id
            self._when_painted(self.bench.doc.id)

    def on_window_closing(self) -> None:
        self._closed = True
        self.wait()

    def _when_painted(self, doc_id: int) -> None:
        """Start once the document is painted and highlighted: the recognisers hold the GIL, and a 1 MB
        document's first paint waited 3.5 s for them (bench_ui) when they started at once."""
        if self._closed or doc_id != self.bench.doc.id or doc_id != self._wanted:
            return
        if self.bench.view.highlighter.pending():
            QTimer.singleShot(IDLE_POLL_MS, lambda: self._when_painted(doc_id))
            return
        stored = self.bench.ws.suggestions.list(doc_id)
        if stored:  # computed before (here or by `hashiya suggest --apply`): one read, no recomputation
            self.model.set(doc_id, stored)
        elif doc_id not in self._running:
            self.compute(doc_id)

    def compute(self, doc_id: int) -> None:
        self._wanted = doc_id
        self._running.add(doc_id)
        service = self.bench.ws.suggestions

        def work() -> None:
            try:
                result: object = service.suggest(doc_id)
            except Exception as exc:  # a recogniser's bug must not reach the window: logged on arrival
                result = exc
            self._running.discard(doc_id)
            with contextlib.suppress(RuntimeError):  # the window went away meanwhile
                self.computed.emit(doc_id, result)

        self._threads = [t for t in self._threads if t.is_alive()]
        thread = threading.Thread(target=work, name=f"suggestions-{doc_id}", daemon=True)
        self._threads.append(thread)
        thread.start()

    def wait(self, timeout: float = 5.0) -> None:
        """Let a computation still running finish (the window is closing, or a test wants its result)."""
        for thread in self._threads:
            thread.join(timeout)
        self._threads = []

    def on_computed(self, doc_id: int, result: object) -> None:
        if self._closed or doc_id != self.bench.doc.id or doc_id != self._wanted:
            return  # another document is open now
        if isinstance(result, Exception):
            from app.errors import HashiyaError

            if not isinstance(result, HashiyaError):
                from app.logs import log_bug

                log_bug(result, "suggestions failed")
            return
        self.model.set(doc_id, result)  # type: ignore[arg-type]

    def refresh(self, doc_id: int) -> None:
        """After an accept or reject, done, undone or redone: the open suggestions as the store has them now (and
        what the status line said about them may be past)."""
        self.unsay()
        if doc_id == self.bench.doc.id:
            selected = self.model.selected
            self.model.set(doc_id, self.bench.ws.suggestions.list(doc_id))
            self.model.select(selected)

    # selection
    def on_clicked_at(self, cp: int) -> None:
        if self.bench.labelling.linking_claim is not None or self.bench.doc.selected is not None:
            return
        found = self.model.at(cp)
        self.model.select(found[-1].id if found else None)

    def on_annotation_selected(self, ann_id: object) -> None:
        if ann_id is not None:
            self.model.select(None)

    def on_selection_changed(self, sugg_id: object) -> None:
        sugg = self.model.selected_suggestion()
        if sugg is not None:
            self.bench.doc.select(None)
            self.say(self.describe(sugg))
        else:
            self.unsay()  # "Enter accepts" is no longer true
        self._repaint()

    def say(self, text: str) -> None:
        self._said = text
        self.bench.on_message(text)

    def unsay(self) -> None:
        status = self.bench.window.status
        if self._said and shiboken6.isValid(status) and status.currentMessage() == self._said:
            status.clearMessage()
        self._said = ""

    def on_model_changed(self) -> None:
        self._repaint()

    def _repaint(self) -> None:
        view = self.bench.view
        if shiboken6.isValid(view):  # the model outlives the window's widgets when the window is closed
            view.viewport().update()

    def words(self, sugg: SuggestionData) -> SuggestionWords:
        return suggestion_words(sugg, self.bench.schema, self.bench.doc.text)

    def describe(self, sugg: SuggestionData) -> str:
        return status_line(sugg, self.words(sugg))

    def undo_key(self) -> str:
        return self.bench.undo_action.shortcut().toString()

    def on_step(self, step: int) -> None:
        cursor_cp = self.bench.view.to_cp(self.bench.view.textCursor().position())
        found = self.model.neighbour(step, cursor_cp)
        if found is None:
            self.bench.on_message(tr("No suggestions in this document."))
            return
        self.model.select(found.id)
        self.bench.view.clear_selection(at=found.start)
        self.bench.view.reveal(found.start)

    # deciding
    def on_enter(self) -> None:
        sugg = self.model.selected_suggestion()
        if sugg is None:
            self.bench.on_form_requested()
            return
        command = AcceptSuggestion(self.bench.ctx, sugg, self.refresh)
        if self.bench.labelling.push(command) and command.change is not None:
            self.say(accepted_line(sugg, self.words(sugg), command.change, self.undo_key()))

    def on_reject(self) -> None:
        sugg = self.model.selected_suggestion()
        if sugg is None:
            self.bench.on_message(tr("Select a suggestion first (click a dashed outline or press N)."))
            return
        following = self.model.neighbour(1, sugg.start)
        if not self.bench.labelling.push(RejectSuggestion(self.bench.ctx, sugg, self.refresh)):
            return
        if following is not None and following.id != sugg.id:
            self.model.select(following.id)  # on to the next one (the status line then describes it)
        else:
            self.say(rejected_line(sugg, self.words(sugg), self.undo_key()))

    def on_delete(self) -> None:
        """Backspace or Delete: rejects the selected suggestion (an annotation is never selected with it)."""
        if self.model.selected_suggestion() is not None:
            self.on_reject()

    def on_accept_kind(self) -> None:
        sugg = self.model.selected_suggestion()
        if sugg is None:
            self.bench.on_message(tr("Select a suggestion first (click a dashed outline or press N)."))
            return
        self.accept_all(sugg.label)

    def accept_all(self, label: str) -> None:
        doc_id = self.bench.doc.id
        if doc_id is None:
            return
        if not self.model.of_label(label):
            self.bench.on_message(tr("No open %1 suggestions in this document.").replace("%1", self.shown(label)))
            return
        self.model.select(None)
        command = AcceptAll(self.bench.ctx, doc_id, label, self.shown(label), self.refresh)
        if self.bench.labelling.push(command):
            made = command.change.added if command.change is not None else ()
            accepted = sum(1 for ann in made if ann.label == label)  # not the sources and cues made with them
            left = len(self.model.of_label(label))
            self.say(accepted_all_line(self.shown(label), accepted, left, self.undo_key()))

    # tooltips
    def tooltip_at(self, cp: int) -> str:
        tip = self._tooltips(cp) if self._tooltips is not None else ""
        found = self.model.at(cp)
        if not found:
            return tip
        lines = [tooltip_html(sugg, self.words(sugg)) for sugg in found]
        mine = "<div dir='rtl'>" + "<hr/>".join(lines) + "</div>"
        return tip + "<hr/>" + mine if tip else mine
