"""Undo steps of the schema editor, on the same ``QUndoStack`` as the annotation edits (one history).

Each step's ``redo`` calls the schema service every time: the first time the edit itself
(``Workspace.schema.add_label`` ...), which returns the ``SchemaChange`` it applied, and later times
``schema.apply`` of that change; ``undo`` applies its inverse (``schema.undo``). After each, ``applied``
is told what changed, and the window refreshes from that. A refused edit (a duplicate key, a busy
database) becomes obsolete, so the stack drops it, and the user is told.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from PySide6.QtGui import QUndoStack

from app.errors import DatabaseBusyError, HashiyaError
from app.schema.changes import SchemaChange, SetLabel
from app.schema.model import Schema
from ui.commands import Describe, Described
from ui.i18n import tr

if TYPE_CHECKING:
    from app.services.schema import SchemaService

Edit = Callable[["SchemaService"], SchemaChange]


@dataclass
class SchemaContext:
    service: Callable[[], SchemaService]  # the workspace's, looked up when the step runs
    report: Callable[[str], None]  # a line for the status bar
    applied: Callable[[SchemaChange], None]  # what was just applied (forward, or the inverse on undo)


class SchemaCommand(Described):
    def __init__(self, ctx: SchemaContext, edit: Edit, describe: Describe) -> None:
        super().__init__(describe)
        self.ctx = ctx
        self.edit = edit
        self.change: SchemaChange | None = None

    def redo(self) -> None:
        if self.change is None:
            self._guard(lambda: self.edit(self.ctx.service()))
        else:
            change = self.change
            self._guard(lambda: self.ctx.service().apply(change))

    def undo(self) -> None:
        if self.change is not None:
            change = self.change
            self._guard(lambda: self.ctx.service().undo(change))

    def _guard(self, run: Callable[[], SchemaChange]) -> None:
        try:
            done = run()
        except DatabaseBusyError:
            self.ctx.report(
                tr(
                    "Not changed: another program is writing to the database. This step has been "
                    "taken out of the undo history; the schema is as shown."
                )
            )
        except HashiyaError as exc:
            self.ctx.report(str(exc))
        except Exception as exc:  # a bug: logged with its traceback, the message names the log
            from app.logs import log_bug

            self.ctx.report(log_bug(exc))
        else:
            if self.change is None:
                self.change = done
            self.ctx.applied(done)
            return
        self.setObsolete(True)


def push_edit(stack: QUndoStack, ctx: SchemaContext, edit: Edit, describe: Describe) -> bool:
    """Run ``edit`` as an undo step; False if it was refused (and so is not on the stack)."""
    command = SchemaCommand(ctx, edit, describe)
    stack.push(command)  # runs redo(): the edit itself
    return command.change is not None


def push_keys(stack: QUndoStack, ctx: SchemaContext, schema: Schema, keys: dict[str, str | None]) -> bool:
    """Give each label of ``keys`` its key (None: no key) as one undo step; labels whose key stays are left out.
    True when nothing changed or the step was done; the whole step is checked at once, so two labels may swap keys."""
    steps = tuple(
        SetLabel(label, replace(label, key=keys[label.name] or None))
        for label in schema.labels
        if label.name in keys and (keys[label.name] or None) != label.key
    )
    if not steps:
        return True
    names = ", ".join(step.after.name for step in steps)
    return push_edit(
        stack, ctx, lambda s: s.apply(SchemaChange(steps)), lambda: tr("change keys of %1").replace("%1", names)
    )
