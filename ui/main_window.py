"""The main window: layout only. Docks for the document list, annotations and properties around the
reading view; menus and toolbar from the action registry. Behaviour lives in ``ui.workbench``."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent
from PySide6.QtWidgets import QDockWidget, QMainWindow, QMenu, QToolBar, QVBoxLayout, QWidget

from ui.actions import Act
from ui.annotations_panel import AnnotationsPanel
from ui.document_fields import DocumentFieldsPanel
from ui.document_list import DocumentListModel, DocumentListPanel
from ui.document_view import DocumentView
from ui.find_bar import FindBar
from ui.i18n import tr
from ui.open_document import OpenDocument
from ui.properties_panel import PropertiesPanel
from ui.search_panel import SearchPanel
from ui.status_bar import WorkbenchStatusBar

LEFT, RIGHT = Qt.DockWidgetArea.LeftDockWidgetArea, Qt.DockWidgetArea.RightDockWidgetArea


class MainWindow(QMainWindow):
    """Signals: ``closing`` just before the window closes (to save its state); ``language_changed`` after
    the window re-translated its own strings (for the actions, which are no widget's)."""

    closing = Signal()
    language_changed = Signal()

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
        self.fields = DocumentFieldsPanel(doc)  # the document-level labels
        # QMainWindow does not mirror dock areas: put the list on the side where reading starts
        leading, trailing = (RIGHT, LEFT) if self.isRightToLeft() else (LEFT, RIGHT)
        self.list_dock = self._dock("documentsDock", self.documents, leading)
        self.annotations_dock = self._dock("annotationsDock", self.annotations, trailing)
        self.properties_dock = self._dock("propertiesDock", self.properties, trailing)
        self.fields_dock = self._dock("documentFieldsDock", self.fields, trailing)
        self.search = SearchPanel()  # the corpus search (Ctrl+Shift+F), below the text
        self.search_dock = self._dock("searchDock", self.search, Qt.DockWidgetArea.BottomDockWidgetArea)
        self.search_dock.hide()
        self._docks_rtl = self.isRightToLeft()
        self.status = WorkbenchStatusBar(self)
        self.setStatusBar(self.status)
        self.toolbar = QToolBar(self)
        self.toolbar.setObjectName("labelsToolbar")
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.addToolBar(Qt.ToolBarArea.TopToolBarArea, self.toolbar)
        self.menus: dict[str, QMenu] = {}
        self.annotate_menu: QMenu | None = None
        self.recent_menu: QMenu | None = None
        self._label_actions: list[QAction] = []
        self.retranslate()

    def retranslate(self) -> None:
        """This window's own strings: dock and toolbar titles (their View menu entries follow), menu titles."""
        self.list_dock.setWindowTitle(tr("Documents"))
        self.annotations_dock.setWindowTitle(tr("Annotations"))
        self.properties_dock.setWindowTitle(tr("Properties"))
        self.fields_dock.setWindowTitle(tr("Document"))
        self.search_dock.setWindowTitle(tr("Search"))
        self.toolbar.setWindowTitle(tr("Labels"))
        titles = {
            "file": tr("&File"),
            "recent": tr("Open &recent"),
            "edit": tr("&Edit"),
            "view": tr("&View"),
            "annotate": tr("&Annotate"),
            "help": tr("&Help"),
        }
        for key, menu in self.menus.items():
            menu.setTitle(titles[key])

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
            self.language_changed.emit()
        elif event.type() == QEvent.Type.LayoutDirectionChange and self.isRightToLeft() != self._docks_rtl:
            self._mirror_docks()
        super().changeEvent(event)

    def _mirror_docks(self) -> None:
        """QMainWindow does not mirror its dock areas: move the side docks across, keeping their order."""
        self._docks_rtl = self.isRightToLeft()
        for dock in (self.list_dock, self.annotations_dock, self.properties_dock, self.fields_dock):
            area = self.dockWidgetArea(dock)
            if area in (LEFT, RIGHT) and not dock.isFloating():
                self.addDockWidget(RIGHT if area == LEFT else LEFT, dock)

    def _dock(self, name: str, widget: QWidget, area: Qt.DockWidgetArea) -> QDockWidget:
        dock = QDockWidget(self)
        dock.setObjectName(name)
        dock.setWidget(widget)
        dock.setFeatures(
            QDockWidget.DockWidgetFeature.DockWidgetMovable | QDockWidget.DockWidgetFeature.DockWidgetClosable
        )
        self.addDockWidget(area, dock)
        return dock

    def build_menus(self, actions: dict[Act, QAction], undo: QAction, redo: QAction) -> None:
        bar = self.menuBar()
        file_menu = self.menus["file"] = bar.addMenu("")
        file_menu.addActions([actions[Act.OPEN_DB], actions[Act.NEW_DB]])
        self.recent_menu = self.menus["recent"] = file_menu.addMenu("")
        file_menu.addSeparator()
        file_menu.addActions([actions[Act.IMPORT], actions[Act.EXPORT]])
        file_menu.addSeparator()
        file_menu.addAction(actions[Act.QUIT])
        edit_menu = self.menus["edit"] = bar.addMenu("")
        edit_menu.addActions([undo, redo])
        edit_menu.addSeparator()
        edit_menu.addActions([actions[Act.FIND], actions[Act.FIND_NEXT], actions[Act.FIND_PREVIOUS]])
        edit_menu.addAction(actions[Act.SEARCH])
        edit_menu.addSeparator()
        edit_menu.addAction(actions[Act.PREFERENCES])
        view_menu = self.menus["view"] = bar.addMenu("")
        view_menu.addActions([actions[Act.ZOOM_IN], actions[Act.ZOOM_OUT], actions[Act.ZOOM_RESET]])
        view_menu.addSeparator()
        for dock in (self.list_dock, self.annotations_dock, self.properties_dock, self.fields_dock):
            view_menu.addAction(dock.toggleViewAction())
        view_menu.addAction(self.search_dock.toggleViewAction())
        view_menu.addAction(self.toolbar.toggleViewAction())
        self.annotate_menu = self.menus["annotate"] = bar.addMenu("")
        self._fill_annotate_menu(actions)
        help_menu = self.menus["help"] = bar.addMenu("")
        help_menu.addActions([actions[Act.USER_GUIDE], actions[Act.SHORTCUTS]])
        help_menu.addSeparator()
        help_menu.addActions([actions[Act.ABOUT], actions[Act.ABOUT_QT]])
        self.retranslate()
        self._actions = actions
        for action in actions.values():  # shortcuts work even when a menu is hidden
            self.addAction(action)

    def _fill_annotate_menu(self, actions: dict[Act, QAction]) -> None:
        menu = self.annotate_menu
        assert menu is not None
        menu.clear()
        menu.addActions(self._label_actions)
        menu.addSeparator()
        menu.addActions([actions[Act.DELETE], actions[Act.LINK_SOURCE], actions[Act.MARK_CUE], actions[Act.EDIT_FORM]])
        menu.addAction(actions[Act.ANNOTATE_ALL])
        menu.addSeparator()
        menu.addActions([actions[Act.NEXT_ANNOTATION], actions[Act.PREVIOUS_ANNOTATION]])
        menu.addSeparator()
        menu.addAction(actions[Act.EXACT_SELECTION])
        edges = menu.addMenu(tr("Span &edges"))  # rebuilt, so re-translated, with the label actions
        edges.setObjectName("spanEdgesMenu")
        by_word = (Act.START_EARLIER, Act.START_LATER, Act.END_LATER, Act.END_EARLIER)
        by_char = (Act.START_EARLIER_CHAR, Act.START_LATER_CHAR, Act.END_LATER_CHAR, Act.END_EARLIER_CHAR)
        edges.addActions([actions[a] for a in by_word])
        edges.addSeparator()
        edges.addActions([actions[a] for a in by_char])
        menu.addSeparator()
        documents = (Act.DONE_AND_NEXT, Act.REOPEN, Act.NEXT_DOCUMENT, Act.PREVIOUS_DOCUMENT)
        menu.addActions([actions[a] for a in documents])

    def set_label_actions(self, label_actions: list[QAction]) -> None:
        for action in self._label_actions:
            self.removeAction(action)
        self._label_actions = label_actions
        self.toolbar.clear()
        self.toolbar.addActions(label_actions)
        self.toolbar.addSeparator()
        self.toolbar.addAction(self._actions[Act.LINK_SOURCE])
        self.toolbar.addAction(self._actions[Act.EXACT_SELECTION])
        self.toolbar.addAction(self._actions[Act.ANNOTATE_ALL])
        self.toolbar.addAction(self._actions[Act.DONE_AND_NEXT])
        for action in label_actions:
            self.addAction(action)
        self._fill_annotate_menu(self._actions)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.closing.emit()
        super().closeEvent(event)
