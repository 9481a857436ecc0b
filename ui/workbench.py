"""The controller: connects the window's widgets to the open document, the labelling edits and the
services. It holds no layout (see ``ui.main_window``) and no edit logic (see ``ui.labelling``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtGui import QAction, QColor, QGuiApplication, QUndoStack
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from app.changes import ChangeSet
from app.dto import DocumentData
from app.errors import HashiyaError
from app.schema.changes import AddLabel, DeleteLabel, RenameLabel, SchemaChange
from app.schema.default import CUE, SOURCE
from app.schema.model import Schema
from app.start_view import StartView
from app.text.search import Finder
from ui.actions import Act, StackAction, build_actions, label_action, retranslate_actions
from ui.commands import EditContext, retranslate_stack
from ui.document_list import DocumentListModel
from ui.focus import FormKeys
from ui.help import GuideDialog, ShortcutsDialog, about_text, shortcut_rows
from ui.highlight_menu import HighlightMenu
from ui.i18n import tr
from ui.labelling import EDIT_WAIT_MS, Labelling
from ui.legend import label_icon
from ui.link_overlay import source_links
from ui.main_window import MainWindow
from ui.open_document import OpenDocument
from ui.overlap_cycle import ClickCycle, cycle_message
from ui.schema_commands import SchemaContext
from ui.schema_state import SchemaState, display_name
from ui.settings import Settings
from ui.span_edges import SpanEdges

if TYPE_CHECKING:
    from app.services import Workspace


class Workbench(QObject):
    """Built on a workspace, or first on a ``StartView`` (what the first frame shows, read without
    SQLAlchemy) and then given its workspace with ``attach`` once that frame is painted."""

    ws: Workspace  # set by attach

    def __init__(self, ws: Workspace | StartView, settings: Settings, database: str = "") -> None:
        super().__init__()
        self.settings = settings
        self.doc = OpenDocument(self)
        self.stack = QUndoStack(self)
        self.list_model = DocumentListModel(None, self)
        self.window = MainWindow(self.doc, self.list_model, settings.font_size)
        self.view = self.window.view
        self.ctx = EditContext(self.doc, self.on_message, self.on_document_touched)
        self.labelling = Labelling(self.ctx, self.stack, self)
        self.actions = build_actions(self.window)
        undo, redo = StackAction(self.stack, False, self.window), StackAction(self.stack, True, self.window)
        self.undo_action, self.redo_action = undo, redo
        self.window.build_menus(self.actions, undo, redo)
        self.label_actions: dict[str, QAction] = {}
        self.schema = SchemaState(parent=self)  # the one schema every view reads; refreshed from ``changed``
        self.schema.changed.connect(self.on_schema_changed)
        self.ctx.label_name = self.schema.label_name  # undo steps name labels as the schema shows them
        self.schema_ctx = SchemaContext(lambda: self.ws.schema, self.on_message, self.on_schema_applied)
        self.schema_editor: QWidget | None = None
        self.window.fields.attach(self.schema, self.stack, self.ctx)
        self._finder: Finder | None = None
        self.click_cycle = ClickCycle()  # a click again where spans overlap selects the next one out
        self._last_query = ""
        self._touched: set[int] = set()
        self._stats_timer = QTimer(self.window, singleShot=True, interval=300)  # dies with the window
        self._stats_timer.timeout.connect(self.on_stats_due)
        # label counts follow an edit when the loop is next free: a wider count re-lays out the status
        # bar and repaints the window around it, which would hold back the highlight
        self._counts_due = QTimer(self.window, singleShot=True, interval=0)
        self._counts_due.timeout.connect(self.on_counts_due)
        self._connect()
        if isinstance(ws, StartView):
            self._show_start(ws, database)
        else:
            self.attach(ws)
        self._restore_window()

    def attach(self, ws: Workspace) -> None:
        """Work on ``ws`` from now on (after the start view: the same data, now through the services)."""
        self.ws = ws
        self._setup_workspace()
        if self.doc.id is not None:
            self.window.documents.show_document(self.doc.id)  # the list was re-read
        self.window.fields.reload()  # the start view read the document-level labels, not their values
        self.suggestions.on_attached()

    def _show_start(self, start: StartView, database: str) -> None:
        from app.paths import default_annotator

        self.list_model.set_source(start)
        self.schema.set(start.schema)
        self.window.status.show_workspace(self.settings.annotator or default_annotator(), database)
        self.window.status.show_progress(start.by_status)
        if start.document is not None:
            self._show_document(start.document)
        self.view.setFocus(Qt.FocusReason.OtherFocusReason)

    # set-up
    def _connect(self) -> None:
        doc, view, win = self.doc, self.view, self.window
        doc.loaded.connect(self.on_document_loaded)
        doc.changed.connect(self.on_changed)
        doc.selection_changed.connect(self.on_marks_due)
        view.clicked_at.connect(self.on_clicked_at)
        view.cycle_requested.connect(self.on_cycle_requested)
        view.escape_pressed.connect(self.on_escape)
        view.form_requested.connect(self.on_form_requested)
        self.highlight_menu = HighlightMenu(self)
        self.edges = SpanEdges(self)  # proclitics, the exact toggle, a span's edges by key and by mouse
        self.form_keys = FormKeys(self)  # single keys typed in a panel's field stay in that field
        win.installEventFilter(self.form_keys)
        view.menu_requested.connect(self.highlight_menu.show_at)
        view.zoom_changed.connect(self.on_zoom_changed)
        view.tooltip_provider = self.tooltip_at
        win.documents.document_activated.connect(self.open_document)
        win.annotations.annotation_chosen.connect(self.on_annotation_chosen)
        win.properties.label_chosen.connect(self.labelling.relabel)
        win.properties.attribute_edited.connect(self.labelling.set_attribute)
        win.properties.note_edited.connect(self.labelling.set_note)
        win.properties.source_chosen.connect(self.on_source_chosen)
        win.properties.link_requested.connect(self.on_link_requested)
        win.properties.leave_requested.connect(self.on_form_left)
        win.find_bar.find_requested.connect(self.on_find_requested)
        win.find_bar.closed.connect(self.on_find_closed)
        win.closing.connect(self.on_closing)
        win.language_changed.connect(self.on_language_changed)
        self.labelling.message.connect(self.on_message)
        self.labelling.link_mode_changed.connect(self.on_link_mode_changed)
        self.labelling.labels_may_have_grown.connect(self.on_labels_may_have_grown)
        a = self.actions
        a[Act.DELETE].triggered.connect(self.labelling.delete_selected)
        a[Act.LINK_SOURCE].triggered.connect(self.on_link_requested)
        a[Act.MARK_CUE].triggered.connect(self.on_mark_cue)
        a[Act.NEXT_ANNOTATION].triggered.connect(lambda: self.on_cycle_requested(1))
        a[Act.PREVIOUS_ANNOTATION].triggered.connect(lambda: self.on_cycle_requested(-1))
        a[Act.EDIT_FORM].triggered.connect(self.on_form_requested)
        a[Act.DONE_AND_NEXT].triggered.connect(self.on_done_and_next)
        a[Act.REOPEN].triggered.connect(self.on_reopen)
        a[Act.NEXT_DOCUMENT].triggered.connect(lambda: self.on_step_document(1))
        a[Act.PREVIOUS_DOCUMENT].triggered.connect(lambda: self.on_step_document(-1))
        a[Act.FIND].triggered.connect(self.on_find)
        a[Act.FIND_NEXT].triggered.connect(lambda: self.on_find_requested(self._last_query, False))
        a[Act.FIND_PREVIOUS].triggered.connect(lambda: self.on_find_requested(self._last_query, True))
        a[Act.ZOOM_IN].triggered.connect(lambda: self.view.zoom_by(1))
        a[Act.ZOOM_OUT].triggered.connect(lambda: self.view.zoom_by(-1))
        a[Act.ZOOM_RESET].triggered.connect(lambda: self.view.set_point_size(16.0))
        a[Act.QUIT].triggered.connect(self.window.close)
        a[Act.ABOUT].triggered.connect(self.on_about)
        a[Act.SHORTCUTS].triggered.connect(self.on_shortcuts)
        a[Act.USER_GUIDE].triggered.connect(self.on_guide)
        a[Act.ABOUT_QT].triggered.connect(QApplication.aboutQt)
        a[Act.EDIT_SCHEMA].triggered.connect(self.on_edit_schema)
        self.window.menus["edit"].insertAction(a[Act.PREFERENCES], a[Act.EDIT_SCHEMA])
        from ui import file_actions

        self.files = file_actions.FileActions(self)
        from ui.suggestions_controller import Suggestions

        self.suggestions = Suggestions(self)
        from ui.annotate_all_dialog import AnnotateAllFlow
        from ui.search_panel import SearchFlow

        self.search_flow = SearchFlow(self)  # Ctrl+Shift+F; Enter on a hit; the hits follow edits
        self.annotate_all = AnnotateAllFlow(self)  # Ctrl+Shift+A, the menus, the toolbar

    def _setup_workspace(self) -> None:
        self.ctx.ws = self.ws
        self.ws.db.wait_briefly(EDIT_WAIT_MS)  # a busy database: retry on a timer, never freeze the window
        self.list_model.set_workspace(self.ws)
        schema = self.ws.schema.get()
        if schema != self.schema.schema or not self.label_actions:
            self.schema.set(schema)
        self.window.status.show_workspace(self.ws.annotator, self.ws.db.describe())
        self.on_stats_due()

    def build_label_actions(self, schema: Schema | None = None) -> None:
        """A toolbar button, menu entry and key for each label of ``schema`` (else the current one)."""
        schema = self.schema.schema if schema is None else schema
        actions = []
        self.label_actions = {}
        for label in schema.labels:
            action = label_action(self.window, label.name, label.key or "", display_name(label.display, label.name))
            action.setIcon(label_icon(label.style, label.colour))
            action.triggered.connect(lambda _checked=False, name=label.name: self.on_label_triggered(name))
            actions.append(action)
            self.label_actions[label.name] = action
        self.window.set_label_actions(actions)

    def on_schema_changed(self, schema: Schema) -> None:
        """Every view follows the schema: actions and keys, colours, the panels, the counts."""
        self.build_label_actions(schema)
        colours = {label.name: QColor(label.colour) for label in schema.labels}
        shown = {label.name: display_name(label.display, label.name) for label in schema.labels}
        self.view.highlighter.set_colours(colours, {label.name: label.style for label in schema.labels})
        self.view.viewport().update()
        self.window.annotations.model.set_labels(colours, shown, schema.ends(SOURCE)[0])
        self.window.properties.set_schema(schema)
        self.window.status.set_labels(shown)

    def on_schema_applied(self, change: SchemaChange) -> None:
        """A schema step was done or undone: keys follow it, the open document is read again when labels it
        may hold were renamed, deleted or brought back, and the window shows the stored schema (keys included:
        the schema is their one source)."""
        relabels = any(
            isinstance(step, RenameLabel | DeleteLabel) or (isinstance(step, AddLabel) and step.annotations)
            for step in change.steps
        )
        if relabels and self.doc.id is not None:
            selected = self.doc.selected
            self.open_document(self.doc.id)
            self.doc.select(selected)
        self.schema.set(self.ws.schema.get())

    def on_labels_may_have_grown(self) -> None:
        """A label made on the way (the first cue makes CUE) is shown at once: toolbar, Preferences, Properties."""
        schema = self.ws.schema.get()
        if schema != self.schema.schema:
            self.schema.set(schema)

    def set_label_keys(self, keys: dict[str, str | None]) -> bool:
        """Give labels these keys as one undo step through the schema service (Preferences); False if refused."""
        from ui.schema_commands import push_keys

        return push_keys(self.stack, self.schema_ctx, self.schema.schema, keys)

    def on_edit_schema(self) -> None:
        from ui.schema_editor import SchemaEditor

        if self.schema_editor is None:
            self.schema_editor = SchemaEditor(self.schema, self.stack, self.schema_ctx, self.window)
        self.schema_editor.show()
        self.schema_editor.raise_()
        self.schema_editor.activateWindow()

    def _restore_window(self) -> None:
        geometry, state = self.settings.window_geometry(), self.settings.window_state(self.window.isRightToLeft())
        if geometry is not None:
            self.window.restoreGeometry(geometry)
        else:
            first_start_geometry(self.window)
        if state is not None:
            self.window.restoreState(state)

    def set_workspace(self, ws: Workspace) -> None:
        """Switch to another database: the undo history belongs to the old one and is dropped."""
        old = self.ws
        self.stack.clear()
        self.ws = ws
        self.doc.load(None)
        self._setup_workspace()
        old.close()
        self.open_initial(None)

    # documents
    def open_initial(self, doc_id: int | None) -> None:
        """Open ``doc_id``, else the last document, else the first; focus the reading view."""
        candidates = [doc_id, self.settings.last_document, self.ws.documents.first_id()]
        for candidate in candidates:
            if candidate is not None and self.open_document(candidate, quiet=True):
                break
        self.view.setFocus(Qt.FocusReason.OtherFocusReason)

    def open_document(self, doc_id: int, quiet: bool = False) -> bool:
        self.labelling.cancel_link()
        try:
            data = self.ws.documents.open(doc_id)
        except HashiyaError as exc:
            if not quiet:
                self.on_message(str(exc))
            return False
        self._show_document(data)
        return True

    def _show_document(self, data: DocumentData) -> None:
        self.doc.load(data)
        self.settings.last_document = data.id
        self.window.documents.show_document(data.id)

    def on_document_loaded(self) -> None:
        self._finder = None
        self.view.load(self.doc.offsets, self.doc.index)
        self.on_title_due()
        self.window.status.show_counts(self.doc.counts_by_label())
        QTimer.singleShot(0, self.doc.warm)  # after the first paint, before the first key press

    def on_title_due(self, *_args: object) -> None:
        data = self.doc.data
        title = f"{data.title or '#' + str(data.id)} — Hashiya" if data else "Hashiya — حاشية"
        self.window.setWindowTitle(title)

    def on_step_document(self, step: int) -> None:
        if self.doc.id is None:
            return
        row = self.list_model.row_of(self.doc.id)
        if row is None:
            return
        row += step
        if 0 <= row < self.list_model.rowCount():
            self.open_document(self.list_model.id_at(row))

    def on_done_and_next(self) -> None:
        doc_id = self.doc.id
        if doc_id is None or (not self.doc.annotations and not self._confirm_empty_done()):
            return
        if not self.labelling.set_status(doc_id, "done"):
            return
        following = self.ws.documents.next_id(doc_id) or self.ws.documents.next_id(0)
        if following is not None and following != doc_id:
            self.open_document(following)
        else:
            self.on_message(tr("All documents are done."))

    # reports from the document model
    def on_changed(self, change: ChangeSet) -> None:
        """An edit reached the open document: repaint its spans; counts, marks and title follow."""
        spans = change.spans
        if spans:
            self.view.repaint_spans(*spans)
            self._counts_due.start()
        if change.touches_relations():
            self.on_marks_due()
        if change.status is not None:
            self.on_title_due()
        if change.schema:
            self.build_label_actions()

    def on_counts_due(self) -> None:
        self.window.status.show_counts(self.doc.counts_by_label())

    def on_marks_due(self, *_args: object) -> None:
        ann = self.doc.selected_annotation()
        if ann is None:
            self.view.show_marks(None, [])
            self.view.links.set_links([])
            return
        linked = self.doc.links(ann.id, SOURCE) + self.doc.links(ann.id, CUE)
        if ann.label in self.schema.schema.ends(SOURCE)[1]:
            linked += self.doc.claims_of(ann.id)
        self.view.show_marks((ann.start, ann.end), [(a.start, a.end) for a in linked])
        pairs = source_links(ann, self.schema.schema, self.doc.source_of, self.doc.claims_of)
        self.view.links.set_links([((c.start, c.end), (s.start, s.end)) for c, s in pairs])

    def on_document_touched(self, doc_id: int) -> None:
        """A document's count or status changed: refresh its row and the totals a moment later, off the
        key press that caused it."""
        self._touched.add(doc_id)
        self._stats_timer.start()

    def on_stats_due(self) -> None:
        touched, self._touched = self._touched, set()
        for doc_id in touched:
            self.list_model.refresh(doc_id)
        try:
            self.window.status.show_progress(self.ws.documents.status_counts())
        except Exception as exc:  # a HashiyaError says what to do; a bug is logged and the message names the log
            from app.logs import user_message

            self.on_message(user_message(exc))

    def _confirm_empty_done(self) -> bool:
        """Marking a document without one annotation done is more often a slip than a finding: ask."""
        answer = QMessageBox.question(
            self.window,
            tr("Mark done"),
            tr("This document has no annotations. Mark it done anyway?"),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes

    def on_reopen(self) -> None:
        """A done document goes back to work (one undo step); any other status stays as it is."""
        doc_id = self.doc.id
        if doc_id is None:
            return
        if self.doc.data is None or self.doc.data.status != "done":
            self.on_message(tr("This document is not marked done."))
            return
        self.labelling.set_status(doc_id, "in_progress")

    def set_annotator(self, name: str) -> None:
        """Preferences named the annotator: edits from now on are theirs (an empty name: the default)."""
        from app.paths import default_annotator

        if (name or default_annotator()) != self.ws.annotator:
            self.ws.set_annotator(name)
        self.window.status.show_workspace(self.ws.annotator, self.ws.db.describe())

    def on_message(self, text: str) -> None:
        self.window.status.showMessage(text, 6000)

    # labelling
    def on_label_triggered(self, label: str) -> None:
        span = self.edges.span_for(label)  # without the proclitics when the label leaves them out
        selected = self.doc.selected_annotation()
        if span is not None and (selected is None or (selected.start, selected.end) != span):
            if self.labelling.add(label, *span) is not None:
                self.view.clear_selection(at=span[1])
        elif selected is not None and selected.label == label:
            self.edges.toggle_proclitic()  # the key again: the proclitic in (or out)
        elif selected is not None:
            self.labelling.relabel(label)
        else:
            self.on_message(tr("Select some words first (drag, double-click or Shift+arrows)."))

    def on_clicked_at(self, cp: int) -> None:
        covering = self.doc.at(cp)
        if self.labelling.linking_claim is not None:
            actors = [a for a in covering if a.label in self.schema.schema.ends(SOURCE)[1]]
            if actors:
                self.labelling.finish_link(actors[-1].id)
            else:
                self.on_message(tr("That is not an ACTOR: click a highlighted actor, or press Esc."))
            return
        if not covering:
            self.doc.select(None)
            return
        chosen = self.click_cycle.choose(covering, self.doc.selected)  # the innermost, then outwards
        if chosen is not None:
            ann, rank = chosen
            self.doc.select(ann.id)
            if len(covering) > 1:
                label = self.schema.schema.label(ann.label)
                shown = display_name(label.display, label.name) if label is not None else ann.label
                self.on_message(cycle_message(shown, rank, len(covering)))

    def on_cycle_requested(self, step: int) -> None:
        cursor_cp = self.view.to_cp(self.view.textCursor().position())
        ann = self.doc.neighbour(self.doc.selected, step, cursor_cp)
        if ann is not None:
            self.doc.select(ann.id)
            self.view.clear_selection(at=ann.start)
            self.view.reveal(ann.start)

    def on_annotation_chosen(self, ann_id: str) -> None:
        self.doc.select(ann_id)
        ann = self.doc.selected_annotation()
        if ann is not None:
            self.view.clear_selection(at=ann.start)
            self.view.reveal(ann.start)

    def on_escape(self) -> None:
        if self.labelling.linking_claim is not None:
            self.labelling.cancel_link()
            self.on_message(tr("Linking cancelled."))
        elif self.window.find_bar.isVisible():
            self.window.find_bar.on_close()
        else:
            self.doc.select(None)
            self.view.clear_selection()

    def on_form_requested(self) -> None:
        """F2 or Enter: into the selected annotation's form (the keys then type into its fields)."""
        dock = self.window.properties_dock
        if self.doc.selected_annotation() is None:
            self.on_message(tr("Select an annotation first (click a highlight or press Tab)."))
            return
        dock.show()
        dock.raise_()
        self.window.properties.focus_form()

    def on_form_left(self) -> None:
        """Esc in the form: back to the text, the annotation still selected."""
        self.view.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def on_link_requested(self) -> None:
        if self.labelling.start_link():
            self.view.setFocus()

    def on_link_mode_changed(self, active: bool) -> None:
        shape = Qt.CursorShape.PointingHandCursor if active else Qt.CursorShape.IBeamCursor
        self.view.viewport().setCursor(shape)

    def on_source_chosen(self, actor_id: str | None) -> None:
        claim = self.doc.selected_annotation()
        if claim is not None and claim.label in self.schema.schema.ends(SOURCE)[0]:
            self.labelling.link(claim.id, actor_id)

    def on_mark_cue(self) -> None:
        self.labelling.mark_cue(self.edges.cue_span())
        self.view.clear_selection()

    def tooltip_at(self, cp: int) -> str:
        lines = []
        sources_of = self.schema.schema.ends(SOURCE)[1]  # labels that may be the source of a claim-like label
        for ann in self.doc.at(cp):
            line = f"<b>{ann.label}</b> «{ann.text[:80]}»"
            attrs = ", ".join(f"{k}: {v}" for k, v in sorted(ann.attributes.items()))
            if attrs:
                line += f"<br/>&nbsp;&nbsp;{attrs}"
            source = self.doc.source_of(ann.id)
            if source is not None:
                line += "<br/>&nbsp;&nbsp;" + tr("source: %1").replace("%1", f"«{source.text}»")
            claims = self.doc.claims_of(ann.id) if ann.label in sources_of else []
            if claims:
                line += "<br/>&nbsp;&nbsp;" + tr("claims it is the source of: %1").replace("%1", str(len(claims)))
            if ann.note:
                line += f"<br/>&nbsp;&nbsp;<i>{ann.note[:120]}</i>"
            lines.append(line)
        return "<div dir='rtl'>" + "<hr/>".join(lines) + "</div>" if lines else ""

    # find
    def on_find(self) -> None:
        span = self.view.selection_span()
        self.window.find_bar.open(self.doc.text[span[0] : span[1]] if span else "")

    def on_find_requested(self, query: str, backward: bool) -> None:
        if not query:
            self.on_find()
            return
        self._last_query = query
        if self._finder is None:
            self._finder = Finder(self.doc.text)
        start16, end16 = self.view.cursor_range()
        origin = self.view.to_cp(start16 if backward else end16)
        span = self._finder.find(query, origin, backward=backward)
        if span is None:
            self.window.find_bar.result.setText(tr("not found"))
            return
        self.window.find_bar.result.setText("")
        self.view.select_span(*span, exact=True)
        self.view.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def on_find_closed(self) -> None:
        self.view.setFocus()

    # settings and window
    def on_zoom_changed(self, size: float) -> None:
        self.settings.font_size = size

    def on_language_changed(self) -> None:
        """The actions belong to no widget, so no ``LanguageChange`` reaches them: the window's does."""
        retranslate_actions(self.actions)
        retranslate_stack(self.stack)
        self.undo_action.retranslate()
        self.redo_action.retranslate()
        self.on_schema_changed(self.schema.schema)  # the labels' display names in the new language

    def on_closing(self) -> None:
        self.settings.save_window(self.window.saveGeometry(), self.window.saveState(), self.window.isRightToLeft())
        self.settings.sync()

    def on_about(self) -> None:
        box = QMessageBox(
            QMessageBox.Icon.Information,
            tr("About Hashiya"),
            about_text(),
            QMessageBox.StandardButton.Close,
            self.window,
        )
        box.setObjectName("aboutBox")
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()  # not exec(): the window stays live behind it

    def on_shortcuts(self) -> None:
        """Help → Keyboard shortcuts, with the keys the labels and actions have now."""
        rows = shortcut_rows(self.actions, self.label_actions, self.schema.schema, (self.undo_action, self.redo_action))
        self._show_help(ShortcutsDialog(rows, self.window))

    def on_guide(self) -> None:
        self._show_help(GuideDialog(self.window))

    def _show_help(self, dialog: QWidget) -> None:
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()


FIRST_START_SHARE = 0.9  # of the screen's available area, on a first start


def first_start_geometry(window: QWidget) -> None:
    """A first start takes most of the screen, centred (a small default window hid the text and the list)."""
    screen = window.screen() or QGuiApplication.primaryScreen()
    if screen is None:
        window.resize(1400, 860)
        return
    area = screen.availableGeometry()
    width, height = int(area.width() * FIRST_START_SHARE), int(area.height() * FIRST_START_SHARE)
    window.ensurePolished()  # a window whose content needs more (a small screen) still starts on the screen
    if (layout := window.layout()) is not None:
        layout.activate()
    width, height = max(width, window.minimumSizeHint().width()), max(height, window.minimumSizeHint().height())
    left, top = area.x() + max(0, (area.width() - width) // 2), area.y() + max(0, (area.height() - height) // 2)
    window.setGeometry(left, top, width, height)
    if isinstance(window, MainWindow):  # the list wide enough for titles, the panels for a claim's properties
        horizontal = Qt.Orientation.Horizontal
        titles = max(width * 24 // 100, min(320, width * 40 // 100))  # a small screen still shows ~20 letters
        window.resizeDocks([window.list_dock, window.annotations_dock], [titles, width * 22 // 100], horizontal)
