"""The suggestions workflow on the sample article with the real recognisers, in the Arabic interface, as an
annotator meets it: the Suggestions menu names labels as the schema shows them, a suggestion's status line and
tooltip say its attributes and (for a claim) the source and cue Enter will link, the painter outlines those, and
the status bar says what an accept made."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from app.schema.model import Display
from app.services import Workspace
from tests.ui.conftest import ARTICLE, add_document, make_bench
from ui.schema_commands import push_edit

pytestmark = pytest.mark.gui


@pytest.fixture
def arabic(qapp) -> Iterator[None]:  # type: ignore[no-untyped-def]
    from ui.i18n import install_language, remove_language

    translators = install_language(qapp, "ar")
    yield
    remove_language(translators)
    install_language(qapp, "en")


@pytest.fixture
def abench(arabic, sqlite_ws: Workspace, qtbot):  # type: ignore[no-untyped-def]
    """The workbench in Arabic on the sample article, its suggestions computed by the real rules."""
    doc = add_document(sqlite_ws, ARTICLE)
    bench = make_bench(sqlite_ws, qtbot, doc)
    qtbot.waitUntil(lambda: len(bench.suggestions.model.items) > 10, timeout=20000)
    yield bench
    bench.window.close()


def menu_texts(bench) -> dict[str, str]:  # type: ignore[no-untyped-def]
    return {label: action.text() for label, action in bench.suggestions.label_actions.items()}


# 1. the Suggestions menu


def test_the_menu_names_each_label_by_its_display_name_and_follows_the_schema(abench) -> None:  # type: ignore[no-untyped-def]
    """It read "قبول كل اقتراحات FIGURE في هذه الوثيقة": the menu was translated before the schema arrived."""
    assert menu_texts(abench) == {
        "FIGURE": "قبول كل اقتراحات رقم في هذه الوثيقة",
        "CLAIM": "قبول كل اقتراحات ادعاء في هذه الوثيقة",
    }
    figure = Display("عدد", "Number")
    edit = push_edit(
        abench.stack, abench.schema_ctx, lambda s: s.update_label("FIGURE", display=figure), lambda: "display"
    )
    assert edit and menu_texts(abench)["FIGURE"] == "قبول كل اقتراحات عدد في هذه الوثيقة"
    abench.undo_action.trigger()
    assert menu_texts(abench)["FIGURE"] == "قبول كل اقتراحات رقم في هذه الوثيقة"
