"""The export dialog: a format (each with a line saying what it is), a destination (the last one offered again)
and filters (labels, annotators, status), optionally a train/dev/test split. Layout and the request only;
``ui.file_actions`` runs the export in a thread."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QWidget,
)

from app.formats import registry
from app.services.documents import DOCUMENT_STATUSES
from app.services.export_formats import Split, check_destination
from app.services.export_target import DestinationError
from app.services.exporting import ExportFilter
from ui.document_list import status_text
from ui.file_dialogs import existing_directory, save_file_name

# the descriptions of the formats only an export writes (ui/import_formats.py marks the others), for pyside6-lupdate
EXPORT_DESCRIPTIONS = (
    QT_TRANSLATE_NOOP("import", "UIMA CAS JSON"),
    QT_TRANSLATE_NOOP("import", "Hugging Face datasets rows (JSONL)"),
    QT_TRANSLATE_NOOP("import", "Hugging Face datasets rows (Parquet)"),
    QT_TRANSLATE_NOOP("import", "spaCy DocBin"),
)


def describe_format(fmt: str) -> str:
    """The registry's one line about ``fmt``, in the interface language."""
    return QCoreApplication.translate("import", registry.BY_NAME[fmt].description)


@dataclass(frozen=True)
class ExportRequest:
    fmt: str
    dest: Path
    flt: ExportFilter
    split: Split | None


def _checklist(names: list[str], parent: QWidget, shown: dict[str, str] | None = None) -> QListWidget:
    """Check boxes, all ticked; each item holds its name as data and shows ``shown[name]`` (else the name)."""
    box = QListWidget(parent)
    for name in names:
        item = QListWidgetItem((shown or {}).get(name, name), box)
        item.setData(Qt.ItemDataRole.UserRole, name)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(Qt.CheckState.Checked)
    box.setMaximumHeight(20 * min(max(len(names), 2), 5) + 8)
    return box


def _checked(box: QListWidget) -> frozenset[str] | None:
    """The names ticked, or None when all are (no filter)."""
    items = [box.item(i) for i in range(box.count())]
    ticked = frozenset(i.data(Qt.ItemDataRole.UserRole) for i in items if i.checkState() == Qt.CheckState.Checked)
    return None if len(ticked) == len(items) else ticked


class ExportDialog(QDialog):
    def __init__(
        self,
        labels: list[str],
        annotators: list[str],
        parent: QWidget | None = None,
        last: tuple[str, str] | None = None,
    ) -> None:
        """``last``: the format and destination of the previous export, offered again."""
        super().__init__(parent)
        self.setWindowTitle(self.tr("Export"))
        form = QFormLayout(self)
        self.format_box = QComboBox(self)
        for fmt in registry.EXPORT_FORMATS:
            self.format_box.addItem(f"{fmt} — {describe_format(fmt)}", fmt)
            self.format_box.setItemData(self.format_box.count() - 1, describe_format(fmt), Qt.ItemDataRole.ToolTipRole)
        form.addRow(self.tr("Format"), self.format_box)
        self.description = QLabel(self)  # what the chosen format is, and whether it writes a folder
        self.description.setWordWrap(True)
        form.addRow("", self.description)
        self.format_box.currentIndexChanged.connect(self.on_format_chosen)
        self.dest_edit = QLineEdit(self)
        choose = QPushButton(self.tr("Choose…"), self)
        choose.clicked.connect(self.on_choose)
        row = QHBoxLayout()
        row.addWidget(self.dest_edit)
        row.addWidget(choose)
        form.addRow(self.tr("Save to"), row)
        self.problem = QLabel(self)  # why the destination was refused (the export service decides)
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet("color: #b00020")
        self.problem.hide()
        form.addRow("", self.problem)
        self.labels = _checklist(labels, self)
        form.addRow(self.tr("Labels"), self.labels)
        self.annotators = _checklist(annotators, self)
        form.addRow(self.tr("Annotators"), self.annotators)
        self.statuses = _checklist(list(DOCUMENT_STATUSES), self, {s: status_text(s) for s in DOCUMENT_STATUSES})
        form.addRow(self.tr("Document status"), self.statuses)
        self.split = QCheckBox(self.tr("Split into train / dev / test (80 / 10 / 10)"), self)
        form.addRow("", self.split)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.dest_edit.textChanged.connect(self.on_dest_edited)
        self.on_dest_edited("")
        form.addRow(buttons)
        if last is not None and self.format_box.findData(last[0]) >= 0:
            self.format_box.setCurrentIndex(self.format_box.findData(last[0]))
            self.dest_edit.setText(last[1])
        self.on_format_chosen()

    def on_format_chosen(self, _index: int = 0) -> None:
        where = self.tr("Writes a folder.") if self._spec().folder else self.tr("Writes one file.")
        self.description.setText(f"{describe_format(self._spec().name)} {where}")

    def _spec(self) -> registry.Format:
        return registry.BY_NAME[self.format_box.currentData()]

    def writes_folder(self) -> bool:
        return self._spec().folder or self.split.isChecked()

    def on_choose(self) -> None:
        if self.writes_folder():
            path = existing_directory(self, self.tr("Export to folder"))
        else:
            path = save_file_name(self, self.tr("Export to file"), f"hashiya-export{self._spec().export_ext}")
        if path:
            self.dest_edit.setText(path)

    def on_dest_edited(self, text: str) -> None:
        self.ok_button.setEnabled(bool(text.strip()))
        self.problem.hide()

    def accept(self) -> None:
        """Close only on a destination the export accepts; a folder of other files gets a new subfolder offered."""
        request = self.request()
        try:
            check_destination(request.fmt, request.dest, request.split is not None)
        except DestinationError as exc:
            if exc.suggestion is not None:
                self.dest_edit.setText(str(exc.suggestion))
            hint = self.tr("Nothing was written. Press OK to export to the place now shown above.")
            self.problem.setText(f"{exc}\n{hint}" if exc.suggestion is not None else str(exc))
            self.problem.show()
            return
        super().accept()

    def request(self) -> ExportRequest:
        flt = ExportFilter(
            labels=_checked(self.labels), annotators=_checked(self.annotators), statuses=_checked(self.statuses)
        )
        return ExportRequest(
            self.format_box.currentData(),
            Path(self.dest_edit.text().strip()),
            flt,
            Split() if self.split.isChecked() else None,
        )
