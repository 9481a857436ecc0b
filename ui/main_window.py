"""The main window: layout only. Docks for the document list, annotations and properties around the
reading view; menus and toolbar from the action registry. Behaviour lives in ``ui.workbench``."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent
from PySide6.QtWidgets import QDockWidget, QMainWindow, QMenu, QToolBar, QVBoxLayout, QWidget

from ui.actions import Act
from ui.annotations_panel import AnnotationsPanel
from ui.document_list import DocumentListModel, DocumentListPanel
from ui.document_view import DocumentView
from ui.find_bar import FindBar
from ui.i18n import tr
from ui.open_document import OpenDocument
from ui.properties_panel import PropertiesPanel
from ui.status_bar import WorkbenchStatusBar


class MainWindow(QMainWindow):
    """Signal ``closing`` just before the window closes (to save its state)."""

    closing = Signal()

    def __init__(self, doc: OpenDocument, list_model: DocumentListModel, point_size: float) -> None:
        super().__init__()
        self.setObjectName("mainWindow")
        self.setWindowTitle("Hashiya — حاشية")
        self.view = DocumentView(point_size=point_size)
        self.find_bar = FindBar()
        central = QWidget(self)
        layout = QVBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.find_bar)
        layout.addWidget(self.view)
        self.setCentralWidget(central)
        self.documents = DocumentListPanel(list_model)
        self.annotations = AnnotationsPanel(doc)
        self.properties = PropertiesPanel(doc)
        # QMainWindow does not mirror dock areas: put the list on the side where reading starts
        leading, trailing = Qt.DockWidgetArea.LeftDockWidgetArea, Qt.DockWidgetArea.RightDockWidgetArea
        if self.isRightToLeft():
            leading, trailing = trailing, leading
        self.list_dock = self._dock("documentsDock", tr("Documents"), self.documents, leading)
        self.annotations_dock = self._dock("annotationsDock", tr("Annotations"), self.annotations, trailing)
        self.properties_dock = self._dock("propertiesDock", tr("Properties"), self.properties, trailing)
        self.status = WorkbenchStatusBar(self)
        self.setStatusBar(self.status)
        self.toolbar = QToolBar(tr("Labels"), self)
        self.toolbar.setObjectName("labelsToolbar")
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.addToolBar(Qt.ToolBarArea.TopToolBarArea, self.toolbar)
        self.annotate_menu: QMenu | None = None
        self.recent_menu: QMenu | None = None
        self._label_actions: list[QAction] = []

    def _dock(self, name: str, title: str, widget: QWidget, area: Qt.DockWidgetArea) -> QDockWidget:
        dock = QDockWidget(title, self)
        dock.setObjectName(name)
        dock.setWidget(widget)
        dock.setFeatures(QDockWidget.DockWidgetFeature.DockWidgetMovable
                         | QDockWidget.DockWidgetFeature.DockWidgetClosable)
        self.addDockWidget(area, dock)
        return dock

    def build_menus(self, actions: dict[Act, QAction], undo: QAction, redo: QAction) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu(tr("&File"))
        file_menu.addActions([actions[Act.OPEN_DB], actions[Act.NEW_DB]])
        self.recent_menu = file_menu.addMenu(tr("Open &recent"))
        file_menu.addSeparator()
        file_menu.addActions([actions[Act.IMPORT], actions[Act.EXPORT]])
        file_menu.addSeparator()
        file_menu.addAction(actions[Act.QUIT])
        edit_menu = bar.addMenu(tr("&Edit"))
        edit_menu.addActions([undo, redo])
        edit_menu.addSeparator()
        edit_menu.addActions([actions[Act.FIND], actions[Act.FIND_NEXT], actions[Act.FIND_PREVIOUS]])
        edit_menu.addSeparator()
        edit_menu.addAction(actions[Act.PREFERENCES])
        view_menu = bar.addMenu(tr("&View"))
        view_menu.addActions([actions[Act.ZOOM_IN], actions[Act.ZOOM_OUT], actions[Act.ZOOM_RESET]])
        view_menu.addSeparator()
        for dock in (self.list_dock, self.annotations_dock, self.properties_dock):
            view_menu.addAction(dock.toggleViewAction())
        view_menu.addAction(self.toolbar.toggleViewAction())
        self.annotate_menu = bar.addMenu(tr("&Annotate"))
        self._fill_annotate_menu(actions)
        help_menu = bar.addMenu(tr("&Help"))
        help_menu.addActions([actions[Act.ABOUT], actions[Act.ABOUT_QT]])
        self._actions = actions
        for action in actions.values():  # shortcuts work even when a menu is hidden
            self.addAction(action)

    def _fill_annotate_menu(self, actions: dict[Act, QAction]) -> None:
        menu = self.annotate_menu
        assert menu is not None
        menu.clear()
        menu.addActions(self._label_actions)
        menu.addSeparator()
        menu.addActions([actions[Act.DELETE], actions[Act.LINK_SOURCE], actions[Act.MARK_CUE]])
        menu.addSeparator()
        menu.addActions([actions[Act.NEXT_ANNOTATION], actions[Act.PREVIOUS_ANNOTATION]])
        menu.addSeparator()
        menu.addActions([actions[Act.DONE_AND_NEXT], actions[Act.NEXT_DOCUMENT], actions[Act.PREVIOUS_DOCUMENT]])

    def set_label_actions(self, label_actions: list[QAction]) -> None:
        for action in self._label_actions:
            self.removeAction(action)
        self._label_actions = label_actions
        self.toolbar.clear()
        self.toolbar.addActions(label_actions)
        self.toolbar.addSeparator()
        self.toolbar.addAction(self._actions[Act.LINK_SOURCE])
        self.toolbar.addAction(self._actions[Act.DONE_AND_NEXT])
        for action in label_actions:
            self.addAction(action)
        self._fill_annotate_menu(self._actions)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.closing.emit()
        super().closeEvent(event)
