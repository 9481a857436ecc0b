"""A workspace: one open database, the current annotator, and the services over them."""

from __future__ import annotations

from dataclasses import dataclass, field

from app.paths import default_annotator
from app.services.annotations import AnnotationService
from app.services.documents import DocumentService
from app.services.labels import LabelService
from app.services.relations import RelationService
from app.services.schema import SchemaService
from app.services.search import SearchService
from app.services.suggestions import SuggestionService
from db.engine import Database, open_database


@dataclass
class Workspace:
    db: Database
    annotator: str = field(default_factory=default_annotator)

    def __post_init__(self) -> None:
        self.documents = DocumentService(self.db)
        self.annotations = AnnotationService(self.db, self.annotator)
        self.relations = RelationService(self.db, self.annotator)
        self.labels = LabelService(self.db)
        self.search = SearchService(self.db)
        self.suggestions = SuggestionService(self.db, self.annotations)
        # a rename or delete changes which label a name means: the annotations' cached ids are forgotten
        self.schema = SchemaService(self.db, on_change=self.annotations.forget_labels)

    @classmethod
    def open(cls, target: str, annotator: str | None = None) -> Workspace:
        return cls(open_database(target), annotator or default_annotator())

    def set_annotator(self, name: str) -> None:
        """Edits from now on are ``name``'s (Preferences); what was made before keeps its annotator."""
        name = name.strip() or default_annotator()
        self.annotator = name
        self.annotations.set_annotator(name)
        self.relations.set_annotator(name)

    def close(self) -> None:
        self.db.close()
