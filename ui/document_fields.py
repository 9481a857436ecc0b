"""The Document panel: the open document's document-level labels (the schema's ``document_fields``: topic, genre,
stance ...), one editor per field by its kind (a choice: a list, yes or no: a check box, text, number, date: a
line). Each change is one undo step (``SetFields``) whose redo calls ``Workspace.documents.edit_fields``."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QCheckBox, QComboBox, QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from app.changes import ChangeSet
from app.schema.model import AttributeDef, Schema
from ui.commands import EditContext, ServiceCommand, refused_text
from ui.i18n import tr
from ui.schema_state import SchemaState, display_name

if TYPE_CHECKING:
    from ui.open_document import OpenDocument


class SetFields(ServiceCommand):
    """Set some of a document's fields (``None`` clears one); undo gives back all of them as they were. Setting
    what the document already holds leaves no step."""

    def __init__(self, ctx: EditContext, doc_id: int, values: dict[str, Any]) -> None:
        names = ", ".join(values)
        super().__init__(ctx, lambda: tr("set %1 of document %2").replace("%1", names).replace("%2", str(doc_id)))
        self.doc_id, self.values = doc_id, values
        self.before: dict[str, Any] | None = None

    def do(self) -> ChangeSet:
        change = self.ctx.ws.documents.edit_fields(self.doc_id, self.values)
        if self.before is None and change.fields is not None:
            self.before = change.fields.before
            if change.fields.before == change.fields.after:
                self.setObsolete(True)  # nothing to undo: Qt does not stack it
        return change

    def undo_it(self) -> ChangeSet:
        assert self.before is not None
        return self.ctx.ws.documents.edit_fields(self.doc_id, self.before, replace=True)


class DocumentFieldsPanel(QWidget):
    """Built with the window (layout only); ``attach`` gives it the schema, the undo stack and the edit context."""

    def __init__(self, doc: OpenDocument, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("documentFields")
        self.doc = doc
        self.editors: dict[str, QWidget] = {}
        self._schema = Schema()
        self._values: dict[str, Any] = {}
        self._stack: QUndoStack | None = None
        self._ctx: EditContext | None = None
        self.empty = QLabel(self)  # no fields in the schema, or no document
        self.empty.setWordWrap(True)
        self.form_box = QWidget(self)
        self.form = QFormLayout(self.form_box)
        layout = QVBoxLayout(self)
        layout.addWidget(self.empty)
        layout.addWidget(self.form_box)
        layout.addStretch(1)
        self.retranslate()

    def attach(self, schema: SchemaState, stack: QUndoStack, ctx: EditContext) -> None:
        self._stack, self._ctx = stack, ctx
        schema.changed.connect(self.set_schema)
        self.doc.loaded.connect(self.reload)
        self.doc.changed.connect(self.on_changed)
        self.set_schema(schema.schema)

    def retranslate(self) -> None:
        has_fields = bool(self._schema.document_fields)
        self.empty.setText(
            self.tr("No document open.")
            if has_fields
            else self.tr("The schema has no document-level labels (Edit → Labels and schema…).")
        )
        self._build()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # from the schema and the document to the widgets
    def set_schema(self, schema: Schema) -> None:
        self._schema = schema
        self.retranslate()
        self.reload()

    def reload(self) -> None:
        """Read the open document's values (nothing before the workspace is attached)."""
        ws = getattr(self._ctx, "ws", None)
        self._values = {}
        if ws is not None and self.doc.id is not None and self._schema.document_fields:
            from app.errors import HashiyaError

            try:
                self._values = ws.documents.fields(self.doc.id)
            except HashiyaError as exc:
                self._report(str(exc))
        self._show_values()

    def on_changed(self, change: ChangeSet) -> None:
        if change.fields is not None and change.fields.document_id == self.doc.id:
            self._values = dict(change.fields.after)
            self._show_values()

    def _build(self) -> None:
        while self.form.rowCount():
            self.form.removeRow(0)
        self.editors = {}
        for field in self._schema.document_fields:
            editor = self._editor(field)
            editor.setObjectName(f"field_{field.name}")
            self.editors[field.name] = editor
            self.form.addRow(display_name(field.display, field.name), editor)
        self._show_values()

    def _editor(self, field: AttributeDef) -> QWidget:
        if field.kind == "choice":
            box = QComboBox(self.form_box)
            box.addItem("—", None)  # no value
            for choice in field.choices:
                box.addItem(display_name(choice.display, choice.value), choice.value)
            box.activated.connect(lambda _index, f=field.name, b=box: self.edit(f, b.currentData()))
            return box
        if field.kind == "boolean":
            check = QCheckBox(self.form_box)
            check.setTristate(True)  # partly checked: no value yet
            check.clicked.connect(lambda _checked, f=field.name, c=check: self.edit(f, _check_value(c)))
            return check
        line = QLineEdit(self.form_box)
        if field.kind == "date":
            line.setPlaceholderText(self.tr("YYYY-MM-DD"))
        elif field.kind == "number":
            line.setPlaceholderText(self.tr("a number"))
        line.editingFinished.connect(lambda f=field, e=line: self.on_line_edited(f, e))
        return line

    def _show_values(self) -> None:
        shown = self.doc.id is not None and bool(self.editors)
        self.form_box.setVisible(shown)
        self.empty.setVisible(not shown)
        for name, editor in self.editors.items():
            value = self._values.get(name)
            editor.blockSignals(True)
            if isinstance(editor, QComboBox):
                editor.setCurrentIndex(max(0, editor.findData(value)))
            elif isinstance(editor, QCheckBox):
                editor.setCheckState(
                    Qt.CheckState.PartiallyChecked
                    if value is None
                    else Qt.CheckState.Checked
                    if value
                    else Qt.CheckState.Unchecked
                )
            elif isinstance(editor, QLineEdit):
                editor.setText("" if value is None else str(value))
            editor.blockSignals(False)

    # from the widgets to the service
    def on_line_edited(self, field: AttributeDef, line: QLineEdit) -> None:
        from app.errors import HashiyaError
        from app.services.doc_fields import parse

        text = line.text().strip()
        if text == ("" if self._values.get(field.name) is None else str(self._values[field.name])):
            return
        try:
            value = parse(field, text)
        except HashiyaError as exc:
            self._report(str(exc))
            self._show_values()
            return
        self.edit(field.name, value)

    def edit(self, name: str, value: Any) -> bool:
        """Push one undo step setting ``name`` to ``value`` on the open document; False if it was refused."""
        if self._stack is None or self._ctx is None or self.doc.id is None:
            return False
        command = SetFields(self._ctx, self.doc.id, {name: value})
        self._stack.push(command)  # runs redo(): the edit itself
        if command.refusal is not None:
            self._report(refused_text(command.refusal, later=False))
            self._show_values()  # the stored value again
            return False
        return True

    def _report(self, text: str) -> None:
        if self._ctx is not None:
            self._ctx.report(text)


def _check_value(check: QCheckBox) -> bool | None:
    state = check.checkState()
    return None if state == Qt.CheckState.PartiallyChecked else state == Qt.CheckState.Checked
