"""File menu: open/new database, recent databases, import and export (in the background)."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QApplication, QMessageBox

from ui.actions import Act
from ui.background import BackgroundTask
from ui.file_dialogs import open_file_name, open_file_names, save_file_name
from ui.i18n import choose_language, current_language, install_language, isolate, tr

if TYPE_CHECKING:
    from ui.export_dialog import ExportRequest
    from ui.workbench import Workbench


class FileActions(QObject):
    def __init__(self, bench: Workbench) -> None:
        super().__init__(bench)
        self.bench = bench
        a = bench.actions
        a[Act.OPEN_DB].triggered.connect(self.on_open_database)
        a[Act.NEW_DB].triggered.connect(self.on_new_database)
        a[Act.IMPORT].triggered.connect(self.on_import)
        a[Act.EXPORT].triggered.connect(self.on_export)
        a[Act.PREFERENCES].triggered.connect(self.on_preferences)
        menu = bench.window.recent_menu
        if menu is not None:
            menu.aboutToShow.connect(self.on_recent_menu)

    @property
    def window(self):  # type: ignore[no-untyped-def]
        return self.bench.window

    def switch_to(self, target: str) -> None:
        from app.services import Workspace

        try:
            ws = Workspace.open(target, self.bench.ws.annotator)
        except Exception as exc:  # a HashiyaError says what to do; a bug is logged and the message names the log
            from app.logs import user_message

            QMessageBox.warning(self.window, tr("Cannot open database"), user_message(exc))
            return
        self.bench.settings.add_recent_database(target)
        self.bench.set_workspace(ws)

    def on_open_database(self) -> None:
        path = open_file_name(
            self.window, tr("Open database"), tr("Hashiya databases (*.sqlite3 *.sqlite *.db);;All files (*)")
        )
        if path:
            self.switch_to(path)

    def on_new_database(self) -> None:
        path = save_file_name(self.window, tr("New database"), "hashiya.sqlite3", tr("Hashiya databases (*.sqlite3)"))
        if path:
            if Path(path).exists():
                QMessageBox.warning(
                    self.window,
                    tr("New database"),
                    tr("%1 already exists; use Open database instead.").replace("%1", isolate(path)),
                )
                return
            self.switch_to(path)

    def on_recent_menu(self) -> None:
        menu = self.window.recent_menu
        menu.clear()
        current = self.bench.ws.db.describe()
        for target in self.bench.settings.recent_databases():
            action = menu.addAction(target)
            action.setEnabled(target != current)
            action.triggered.connect(lambda _c=False, t=target: self.switch_to(t))
        if menu.isEmpty():
            menu.addAction(tr("(none yet)")).setEnabled(False)

    def on_import(self) -> None:
        from ui.import_formats import format_of, import_filters

        filters = [text for _, text in import_filters()]
        paths, chosen = open_file_names(self.window, tr("Import documents"), ";;".join(filters))
        if paths:
            self.import_files([Path(p) for p in paths], format_of(chosen))

    def import_files(self, paths: list[Path], fmt: str | None) -> BackgroundTask:
        """Import ``paths`` (in ``fmt``, or by extension) in the background: all of them or, on an error,
        none; the list, the status bar and the open document follow when it is done."""
        from app.services.importing import import_paths

        db, annotator = self.bench.ws.db, self.bench.ws.annotator

        def job(progress, _cancelled):  # type: ignore[no-untyped-def]  # progress raises when cancelled
            return import_paths(db, paths, annotator=annotator, fmt=fmt, progress=progress)

        task = BackgroundTask(self.window, tr("Importing…"), job)
        task.succeeded.connect(self.on_imported)
        task.failed.connect(self.on_import_failed)
        task.start()
        return task

    def on_import_failed(self, message: str) -> None:
        if message:  # empty: cancelled, and the import rolled back
            QMessageBox.warning(self.window, tr("Import failed"), message)

    def on_imported(self, report: object) -> None:
        summary = getattr(report, "summary", None)
        self.bench.on_message(summary() if callable(summary) else tr("Import finished."))
        self.bench.list_model.reload()
        self.bench.on_stats_due()
        if self.bench.doc.id is None:
            self.bench.open_initial(None)

    def on_export(self) -> None:
        from ui.export_dialog import ExportDialog

        ws = self.bench.ws
        settings = self.bench.settings
        labels, annotators = [label.name for label in ws.labels.all()], ws.annotations.annotators()
        dialog = ExportDialog(labels, annotators, self.window, last=settings.last_export)
        if dialog.exec():
            request = dialog.request()
            settings.last_export = (request.fmt, str(request.dest))
            self.start_export(request)

    def start_export(self, request: ExportRequest) -> BackgroundTask:
        """Run ``export_formats.export`` in a worker thread behind a progress dialog with Cancel."""
        from app.services.export_formats import export

        db = self.bench.ws.db
        total = self.bench.ws.documents.count()  # an upper bound when filtered

        def job(progress, cancelled):  # type: ignore[no-untyped-def]
            return export(
                db, request.fmt, request.dest, request.flt, split=request.split, progress=progress, cancelled=cancelled
            )

        task = BackgroundTask(self.window, tr("Exporting…"), job, total=total)
        task.succeeded.connect(
            lambda report: self.bench.on_message(
                tr("Exported %n document(s) to %1", None, report.documents).replace("%1", isolate(request.dest))
            )
        )
        task.failed.connect(lambda msg: msg and QMessageBox.warning(self.window, tr("Export failed"), msg))
        task.start()
        return task

    def on_preferences(self) -> None:
        from ui.preferences import PreferencesDialog

        dialog = PreferencesDialog(
            self.bench.settings,
            [label.name for label in self.bench.ws.labels.all()],
            {name: a.shortcut().toString() for name, a in self.bench.label_actions.items()},
            self.window,
            set_keys=self.bench.set_label_keys,
        )
        if dialog.exec():
            self.bench.set_annotator(self.bench.settings.annotator)
            self.bench.view.set_point_size(self.bench.settings.font_size)
            self.bench.build_label_actions()
            language = choose_language(self.bench.settings.language)
            if language != current_language():  # every widget re-translates itself on the LanguageChange
                install_language(QApplication.instance(), language)  # type: ignore[arg-type]
