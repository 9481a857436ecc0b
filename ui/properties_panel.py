"""The selected annotation's label, attributes, note and links; edits are reported as signals."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QComboBox, QFormLayout, QLabel, QLineEdit, QPushButton, QWidget

from app.changes import ChangeSet
from app.dto import AnnotationData
from app.schema.default import SOURCE
from app.schema.model import AttributeDef, Display, Schema
from ui.open_document import OpenDocument
from ui.schema_state import display_name

CONTEXT_WORDS = 3  # words shown either side of an actor in the list of sources


def in_context(text: str, start: int, end: int, words: int = CONTEXT_WORDS) -> str:
    """``text[start:end]`` in guillemets with up to ``words`` words either side on its line, "…" where the
    line goes on: how the list of sources tells one «شويغو» from another."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line_end = len(text) if line_end < 0 else line_end
    reach = 30 * words  # characters looked at either side (a word cut by the window is left out)
    cut_left, cut_right = start - reach > line_start, end + reach < line_end
    before = text[max(line_start, start - reach) : start].split()[1 if cut_left else 0 :]
    after = text[end : min(line_end, end + reach)].split()
    after = after[:-1] if cut_right else after
    left, right = " ".join(before[-words:]), " ".join(after[:words])
    more_left, more_right = len(before) > words or cut_left, len(after) > words or cut_right
    return " ".join(
        part
        for part in (
            "…" if more_left and left else "",
            left,
            f"«{text[start:end]}»",
            right,
            "…" if more_right and right else "",
        )
        if part
    )


def choice_names() -> dict[str, str]:
    """Display names of attribute keys and values (literal calls, so lupdate finds them)."""
    return {
        "kind": QCoreApplication.translate("attributes", "Kind"),
        "quote": QCoreApplication.translate("attributes", "Quote"),
        "value": QCoreApplication.translate("attributes", "Value"),
        "qualifier": QCoreApplication.translate("attributes", "Qualifier"),
        "person": QCoreApplication.translate("attributes", "person"),
        "organisation": QCoreApplication.translate("attributes", "organisation"),
        "state": QCoreApplication.translate("attributes", "state"),
        "group": QCoreApplication.translate("attributes", "group"),
        "other": QCoreApplication.translate("attributes", "other"),
        "count": QCoreApplication.translate("attributes", "count"),
        "date": QCoreApplication.translate("attributes", "date"),
        "money": QCoreApplication.translate("attributes", "money"),
        "percent": QCoreApplication.translate("attributes", "percent"),
        "at_least": QCoreApplication.translate("attributes", "at least"),
        "about": QCoreApplication.translate("attributes", "about"),
        "at_most": QCoreApplication.translate("attributes", "at most"),
        "direct": QCoreApplication.translate("attributes", "direct"),
        "indirect": QCoreApplication.translate("attributes", "indirect"),
    }


class PropertiesPanel(QWidget):
    """Signals: ``label_chosen`` (str), ``attribute_edited`` (key, value or None), ``note_edited`` (str),
    ``source_chosen`` (actor id or None), ``link_requested`` (the user wants to click an ACTOR),
    ``leave_requested`` (Esc in the form: back to the text).

    While one of its fields has the keyboard focus, the window's single-key shortcuts do not fire
    (``ui.focus.FormKeys``). Tab and Shift+Tab go round the form's fields, and the field that had the focus
    keeps it when the form is rebuilt after an edit."""

    label_chosen = Signal(str)
    attribute_edited = Signal(str, object)
    note_edited = Signal(str)
    source_chosen = Signal(object)
    link_requested = Signal()
    leave_requested = Signal()

    def __init__(self, doc: OpenDocument, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("propertiesPanel")
        self._doc = doc
        self._names = choice_names()
        self._schema = Schema()
        self.form = QFormLayout(self)
        self.empty = QLabel(self)
        self.empty.setWordWrap(True)
        self.label_box = QComboBox(self)
        self.label_box.setObjectName("labelBox")
        self.text_label = QLabel(self)
        self.text_label.setWordWrap(True)
        self.text_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.span_label = QLabel(self)
        self.source_box = QComboBox(self)
        self.source_box.setObjectName("sourceBox")
        self.pick_button = QPushButton(self)
        self.pick_button.setObjectName("pickButton")
        self.cue_label = QLabel(self)
        self.claims_label = QLabel(self)
        self.claims_label.setWordWrap(True)
        self.note_edit = QLineEdit(self)
        self.note_edit.setObjectName("noteEdit")
        self._field_widgets: list[QWidget] = []
        self.label_box.activated.connect(self.on_label_activated)
        self.source_box.activated.connect(self.on_source_activated)
        self.pick_button.clicked.connect(self.link_requested)
        self.note_edit.editingFinished.connect(self.on_note_finished)
        # The form is rebuilt when the event loop is next free, not inside the key press that changed
        # the selection (4 ms of widgets); several changes in a row cost one rebuild.
        self._refresh_due = QTimer(self, singleShot=True, interval=0)
        self._refresh_due.timeout.connect(self.refresh)
        doc.selection_changed.connect(self.on_refresh_due)
        doc.changed.connect(self.on_document_changed)
        doc.loaded.connect(self.on_refresh_due)
        self.retranslate()

    def retranslate(self) -> None:
        """The fixed texts now; the form's rows (their labels and choices) when it is next rebuilt."""
        self._names = choice_names()
        self._fill_labels()
        self.empty.setText(self.tr("Select an annotation: click a highlight or press Tab."))
        self.pick_button.setText(self.tr("Pick in text (S)"))
        self.note_edit.setPlaceholderText(self.tr("A free note"))
        self.refresh()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def on_refresh_due(self, *_args: object) -> None:
        self._refresh_due.start()

    def on_document_changed(self, change: ChangeSet) -> None:
        """An annotation's fields or the links changed: the form may show them (a new or removed span
        moves the selection, which refreshes the form by itself)."""
        if change.changed or change.touches_relations():
            self._refresh_due.start()

    def set_schema(self, schema: Schema) -> None:
        """The labels to choose from and the attributes of each (the form follows at once)."""
        self._schema = schema
        self._fill_labels()
        self.on_refresh_due()

    def _fill_labels(self) -> None:
        self.label_box.clear()
        for label in self._schema.labels:
            self.label_box.addItem(display_name(label.display, label.name), label.name)

    def _clear_form(self) -> None:
        keep = set(self._fixed_widgets())
        while self.form.rowCount():
            row = self.form.takeRow(0)
            for item in (row.labelItem, row.fieldItem):
                widget = item.widget() if item is not None else None
                if widget is None:
                    continue
                widget.hide()
                if widget not in keep:
                    widget.deleteLater()
        self._field_widgets = []

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.leave_requested.emit()
            event.accept()
            return
        super().keyPressEvent(event)

    def fields(self) -> list[QWidget]:
        """The form's fields that take the keyboard focus, in the order of its rows."""
        found = []
        for row in range(self.form.rowCount()):
            item = self.form.itemAt(row, QFormLayout.ItemRole.FieldRole)
            widget = item.widget() if item is not None else None
            if widget is not None and widget.isVisibleTo(self) and widget.focusPolicy() & Qt.FocusPolicy.TabFocus:
                found.append(widget)
        return found

    def focusNextPrevChild(self, forward: bool) -> bool:
        """Tab stays in the form (the reading view's Tab moves the selection to another annotation)."""
        fields = self.fields()
        if not fields:
            return super().focusNextPrevChild(forward)
        focus = QApplication.focusWidget()
        at = fields.index(focus) if focus in fields else (-1 if forward else 0)
        fields[(at + (1 if forward else -1)) % len(fields)].setFocus(
            Qt.FocusReason.TabFocusReason if forward else Qt.FocusReason.BacktabFocusReason
        )
        return True

    def focus_form(self) -> bool:
        """Put the keyboard focus on the form's first field (F2 or Enter in the text); False without one."""
        if self._refresh_due.isActive():
            self._refresh_due.stop()
            self.refresh()
        fields = self.fields() if self._doc.selected_annotation() is not None else []
        if fields:
            fields[0].setFocus(Qt.FocusReason.ShortcutFocusReason)
        return bool(fields)

    def refresh(self, *_args: object) -> None:
        focus = QApplication.focusWidget()
        keep_focus = focus.objectName() if focus is not None and self.isAncestorOf(focus) else ""
        self._build()
        if keep_focus:
            fields = self.fields()  # a rebuilt attribute field has its old field's name
            target = next((w for w in fields if w.objectName() == keep_focus), fields[0] if fields else None)
            if target is not None:
                target.setFocus(Qt.FocusReason.OtherFocusReason)
            else:
                self.leave_requested.emit()

    def _build(self) -> None:
        ann = self._doc.selected_annotation()
        self._clear_form()
        if ann is None:
            self.form.addRow(self.empty)
            self._show_rows()
            return
        self.form.addRow(self.tr("Label"), self.label_box)
        if self.label_box.findData(ann.label) < 0:  # a label outside the schema (kept as it came in)
            self.label_box.addItem(ann.label, ann.label)
        self.label_box.setCurrentIndex(self.label_box.findData(ann.label))
        self.form.addRow(self.tr("Text"), self.text_label)
        self.text_label.setText(ann.text)
        self.form.addRow(self.tr("Offsets"), self.span_label)
        self.span_label.setText(f"[{ann.start}, {ann.end})")
        for field in self._schema.attributes_of(ann.label):
            self._add_field(ann, field)
        claim_like, source_like = self._schema.ends(SOURCE)  # the two ends of the ``source`` relation type
        if ann.label in claim_like:
            self._fill_sources(ann)
            self.form.addRow(self.tr("Source"), self.source_box)
            self.form.addRow("", self.pick_button)
            cue = self._doc.cue_of(ann.id)
            self.cue_label.setText(cue.text if cue else self.tr("— (select the cue word, press C)"))
            self.form.addRow(self.tr("Cue"), self.cue_label)
        elif ann.label in source_like:
            claims = self._doc.claims_of(ann.id)
            self.claims_label.setText("\n".join(f"• {c.text[:80]}" for c in claims) or "—")
            self.form.addRow(self.tr("Claims"), self.claims_label)
        self.form.addRow(self.tr("Note"), self.note_edit)
        self.note_edit.setText(ann.note)
        self._show_rows()

    def _fixed_widgets(self) -> tuple[QWidget, ...]:
        """The form's widgets that live as long as the panel (the attribute rows are made per annotation)."""
        return (
            self.empty,
            self.label_box,
            self.text_label,
            self.span_label,
            self.source_box,
            self.pick_button,
            self.cue_label,
            self.claims_label,
            self.note_edit,
        )

    def _show_rows(self) -> None:
        for widget in self._fixed_widgets():
            widget.setVisible(self.form.indexOf(widget) >= 0)

    def _shown(self, display: Display, name: str) -> str:
        """The schema's display name, else the catalogue's name of the default schema's keys, else the name."""
        shown = display_name(display, name)
        return self._names.get(name, name) if shown == name else shown

    def _add_field(self, ann: AnnotationData, field: AttributeDef) -> None:
        current = ann.attributes.get(field.name)
        if field.kind in ("choice", "boolean"):
            box = QComboBox(self)
            box.addItem("—", None)
            if field.kind == "boolean":
                box.addItem(self.tr("yes"), True)
                box.addItem(self.tr("no"), False)
            for choice in field.choices:
                box.addItem(self._shown(choice.display, choice.value), choice.value)
            box.setCurrentIndex(max(0, box.findData(current)))
            box.activated.connect(lambda _i, b=box, k=field.name: self.attribute_edited.emit(k, b.currentData()))
            widget: QWidget = box
        else:
            edit = QLineEdit(self)
            edit.setText("" if current is None else str(current))
            edit.setPlaceholderText({"number": "144", "date": "2024-03-22"}.get(field.kind, ""))
            edit.editingFinished.connect(lambda e=edit, k=field.name: self.attribute_edited.emit(k, e.text().strip()))
            widget = edit
        widget.setObjectName(f"attr_{field.name}")
        self._field_widgets.append(widget)
        self.form.addRow(self._shown(field.display, field.name), widget)

    def _fill_sources(self, claim: AnnotationData) -> None:
        self.source_box.clear()
        self.source_box.addItem("—", None)
        targets = self._schema.ends(SOURCE)[1]
        text = self._doc.text
        for actor in self._doc.ordered():
            if actor.label in targets:
                self.source_box.addItem(in_context(text, actor.start, actor.end), actor.id)
                self.source_box.setItemData(
                    self.source_box.count() - 1, f"[{actor.start}, {actor.end})", Qt.ItemDataRole.ToolTipRole
                )
        source = self._doc.source_of(claim.id)
        self.source_box.setCurrentIndex(max(0, self.source_box.findData(source.id if source else None)))

    def attribute_widget(self, key: str) -> QWidget | None:
        return next((w for w in self._field_widgets if w.objectName() == f"attr_{key}"), None)

    def on_label_activated(self, _index: int) -> None:
        self.label_chosen.emit(self.label_box.currentData())

    def on_source_activated(self, _index: int) -> None:
        self.source_chosen.emit(self.source_box.currentData())

    def on_note_finished(self) -> None:
        if self._doc.selected_annotation() is not None:
            self.note_edited.emit(self.note_edit.text())
