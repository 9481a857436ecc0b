"""Typed SQLAlchemy 2.x models of the annotation store.

Offsets are Python code-point indices ``[start, end)`` into ``Document.text``.
Annotation and relation ids are UUIDs so that work from several workstations can be merged.
"""

from __future__ import annotations

import uuid
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import (
    JSON,
    Boolean,
    CheckConstraint,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Text,
    UniqueConstraint,
    Uuid,
    true,
)
from sqlalchemy import (
    text as sql_text,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s__%(column_0_name)s",
    "ck": "ck_%(table_name)s__%(constraint_name)s",
    "fk": "fk_%(table_name)s__%(column_0_name)s__%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}

DOCUMENT_STATUSES = ("new", "in_progress", "done")


def utcnow() -> datetime:
    return datetime.now(UTC)


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)
    type_annotation_map = {dict[str, Any]: JSON, list[Any]: JSON, datetime: DateTime(timezone=True)}  # noqa: RUF012


class Document(Base):
    __tablename__ = "documents"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    external_id: Mapped[str | None] = mapped_column(String(1000))
    title: Mapped[str] = mapped_column(Text, default="")
    # the title as search folds it, for the title filter; NULL until filled (migration 0011)
    title_folded: Mapped[str | None] = mapped_column(Text, default=None)
    text: Mapped[str] = mapped_column(Text)
    sha256: Mapped[str] = mapped_column(String(64), unique=True)
    source: Mapped[str | None] = mapped_column(Text)
    meta: Mapped[dict[str, Any]] = mapped_column("metadata", JSON, default=dict)
    status: Mapped[str] = mapped_column(String(16), default="new")
    imported_at: Mapped[datetime] = mapped_column(default=utcnow)

    __table_args__ = (
        CheckConstraint("status IN ('new', 'in_progress', 'done')", name="status"),
        Index("ix_documents_external_id", "external_id"),
        Index("ix_documents_status", "status", "id"),
        # SQLite: positions in the document list are counted on this narrow index, not on the table's
        # rows, which carry the texts (PostgreSQL's primary key index already is one)
        Index("ix_documents_id", "id").ddl_if(dialect="sqlite"),
        Index(
            "ix_documents_title_unfolded",
            "id",
            sqlite_where=sql_text("title_folded IS NULL"),
            postgresql_where=sql_text("title_folded IS NULL"),
        ),
    )


class Annotator(Base):
    __tablename__ = "annotators"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(200), unique=True)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)


class LabelType(Base):
    """A span label of the schema (``app/schema``); ``deleted_at`` tombstones a deleted label, with its
    annotations, so that undo restores both."""

    __tablename__ = "label_types"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(100), unique=True)
    colour: Mapped[str] = mapped_column(String(9), default="#888888")
    shortcut: Mapped[str | None] = mapped_column(String(20))
    description: Mapped[str] = mapped_column(Text, default="")
    # the schema (migration 0006)
    name_ar: Mapped[str] = mapped_column(Text, default="", server_default="")
    name_en: Mapped[str] = mapped_column(Text, default="", server_default="")
    may_nest: Mapped[bool] = mapped_column(Boolean, default=True, server_default=true())
    may_overlap: Mapped[bool] = mapped_column(Boolean, default=True, server_default=true())
    deleted_at: Mapped[datetime | None] = mapped_column(default=None)
    style: Mapped[str] = mapped_column(String(16), default="underline", server_default="underline")  # migration 0007
    # "out": a span snapped to words leaves the leading proclitics outside (migration 0009)
    proclitics: Mapped[str] = mapped_column(String(8), default="in", server_default="in")
    # what the label is for (ACTOR, CLAIM, FIGURE, CUE: app/schema/model.ROLES), kept when it is renamed, so the
    # recognisers and a claim's accept find it by role (migration 0013); NULL: none
    role: Mapped[str | None] = mapped_column(String(16), default=None)


class LabelAttribute(Base):
    """An attribute of a span label (``label_id``) or, with ``label_id`` NULL, a document-level label
    (topic, genre, stance). ``choices``: ``[{"value": ..., "ar": ..., "en": ...}]`` in order."""

    __tablename__ = "label_attributes"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    label_id: Mapped[int | None] = mapped_column(ForeignKey("label_types.id", ondelete="CASCADE"))
    name: Mapped[str] = mapped_column(String(100))
    kind: Mapped[str] = mapped_column(String(16), default="text")
    name_ar: Mapped[str] = mapped_column(Text, default="")
    name_en: Mapped[str] = mapped_column(Text, default="")
    choices: Mapped[list[Any]] = mapped_column(JSON, default=list)
    position: Mapped[int] = mapped_column(Integer, default=0)

    __table_args__ = (
        CheckConstraint("kind IN ('choice', 'text', 'number', 'date', 'boolean')", name="kind"),
        UniqueConstraint("label_id", "name", name="uq_label_attributes__label_id_name"),
    )


class DocumentValue(Base):
    """A document's value of a document-level label (a ``label_attributes`` row with no label: topic, genre,
    stance), kept apart from ``documents.metadata``, which is the source's (migration 0008)."""

    __tablename__ = "document_values"

    document_id: Mapped[int] = mapped_column(ForeignKey("documents.id", ondelete="CASCADE"), primary_key=True)
    attribute_id: Mapped[int] = mapped_column(ForeignKey("label_attributes.id", ondelete="CASCADE"), primary_key=True)
    value: Mapped[Any] = mapped_column(JSON, nullable=True)  # as migration 0008 made it


class RelationType(Base):
    __tablename__ = "relation_types"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(100), unique=True)
    name_ar: Mapped[str] = mapped_column(Text, default="")
    name_en: Mapped[str] = mapped_column(Text, default="")
    description: Mapped[str] = mapped_column(Text, default="")


class RelationTypeEnd(Base):
    """A label that may stand at one end (``role`` 'from' or 'to') of a relation type; a type with no
    rows for a role takes any label there. Rows follow a renamed label by its id."""

    __tablename__ = "relation_type_ends"

    relation_type_id: Mapped[int] = mapped_column(ForeignKey("relation_types.id", ondelete="CASCADE"), primary_key=True)
    role: Mapped[str] = mapped_column(String(4), primary_key=True)
    label_id: Mapped[int] = mapped_column(ForeignKey("label_types.id", ondelete="CASCADE"), primary_key=True)
    position: Mapped[int] = mapped_column(Integer, default=0)

    __table_args__ = (CheckConstraint("role IN ('from', 'to')", name="role"),)


class Annotation(Base):
    __tablename__ = "annotations"

    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True, default=uuid.uuid4)
    document_id: Mapped[int] = mapped_column(ForeignKey("documents.id", ondelete="CASCADE"))
    annotator_id: Mapped[int] = mapped_column(ForeignKey("annotators.id"))
    label_id: Mapped[int] = mapped_column(ForeignKey("label_types.id"))
    start: Mapped[int] = mapped_column(Integer)
    end: Mapped[int] = mapped_column(Integer)
    text: Mapped[str] = mapped_column(Text)
    attributes: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    note: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow)
    deleted_at: Mapped[datetime | None] = mapped_column(default=None)
    suggestion_id: Mapped[int | None] = mapped_column(Integer, default=None)  # it came from one (migration 0009)

    __table_args__ = (
        CheckConstraint('start >= 0 AND "end" > start', name="span"),
        # SQLite: the workbench reads a document's 10,000 spans in reading order from this index alone
        # (no table look-ups; attributes and note are mostly "{}" and ""). PostgreSQL cannot put JSON in
        # a b-tree key and keeps the narrow index.
        Index(
            "ix_annotations_reading",
            "document_id",
            "start",
            "end",
            "created_at",
            "deleted_at",
            "label_id",
            "annotator_id",
            "id",
            "attributes",
            "note",
        ).ddl_if(dialect="sqlite"),
        Index("ix_annotations_document_id_start", "document_id", "start").ddl_if(dialect="postgresql"),
    )


class Relation(Base):
    __tablename__ = "relations"

    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True, default=uuid.uuid4)
    type: Mapped[str] = mapped_column(String(100))
    from_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("annotations.id", ondelete="CASCADE"))
    to_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("annotations.id", ondelete="CASCADE"))
    annotator_id: Mapped[int] = mapped_column(ForeignKey("annotators.id"))
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    deleted_at: Mapped[datetime | None] = mapped_column(default=None)
    # brat's attributes, normalisations and notes on relations (migration 0005)
    attributes: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict, server_default="{}")
    note: Mapped[str] = mapped_column(Text, default="", server_default="")

    __table_args__ = (
        Index("ix_relations_from_id", "from_id"),
        Index("ix_relations_to_id", "to_id"),
    )


SUGGESTION_STATUSES = ("open", "accepted", "rejected")


class Suggestion(Base):
    """A span proposed by a rule (``app/assist``), kept apart from the annotations (migration 0009)."""

    __tablename__ = "suggestions"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    document_id: Mapped[int] = mapped_column(ForeignKey("documents.id", ondelete="CASCADE"))
    label: Mapped[str] = mapped_column(String(100))
    start: Mapped[int] = mapped_column(Integer)
    end: Mapped[int] = mapped_column(Integer)
    text: Mapped[str] = mapped_column(Text)
    attributes: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict, server_default="{}")
    cue_start: Mapped[int | None] = mapped_column(Integer, default=None)
    cue_end: Mapped[int | None] = mapped_column(Integer, default=None)
    source_start: Mapped[int | None] = mapped_column(Integer, default=None)
    source_end: Mapped[int | None] = mapped_column(Integer, default=None)
    rule: Mapped[str] = mapped_column(String(100))
    status: Mapped[str] = mapped_column(String(16), default="open", server_default="open")
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    decided_at: Mapped[datetime | None] = mapped_column(default=None)

    __table_args__ = (
        CheckConstraint('start >= 0 AND "end" > start', name="span"),
        UniqueConstraint("document_id", "label", "start", "end"),
        Index("ix_suggestions_document_status", "document_id", "status"),
    )


class SearchState(Base):
    """What the search index was built with (migration 0010): ``fingerprint`` is a digest of the folding the
    index holds ('' unbuilt, 'empty' for an index that is complete because there were no documents). The
    index itself, ``search_index``, is an FTS5 table on SQLite that the models do not describe."""

    __tablename__ = "search_state"

    name: Mapped[str] = mapped_column(String(50), primary_key=True)
    value: Mapped[str] = mapped_column(Text)
