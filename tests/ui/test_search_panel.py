"""The search panel through the real widgets: Ctrl+Shift+F, a query typed and Enter, the keyword-in-context list
(right to left, the hit highlighted), the counts per document, Enter on a hit opening its document with the hit
selected so that a label key labels it, and the hits following edits."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from tests.ui.conftest import add_document, make_bench, type_text
from ui.kwic import AFTER, BEFORE, HIT, HIT_BACKGROUND

pytestmark = pytest.mark.gui


@pytest.fixture(autouse=True)
def _in_english(english) -> None:  # type: ignore[no-untyped-def]
    """Its plural forms ("1 hit", "7 hits")."""


CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


def search(bench, qtbot, query: str):  # type: ignore[no-untyped-def]
    qtbot.keyClick(bench.view, Qt.Key.Key_F, CTRL_SHIFT)
    panel = bench.window.search
    assert bench.window.search_dock.isVisible()
    assert panel.query_edit.hasFocus()
    panel.query_edit.clear()
    type_text(panel.query_edit, query)
    qtbot.keyClick(panel.query_edit, Qt.Key.Key_Return)
    return panel


@pytest.fixture
def corpus_bench(article_ws, qtbot):  # type: ignore[no-untyped-def]
    add_document(article_ws, "قال مسؤول إن موسكو سترد، وإن لموسكو حلفاء كثيرين.", "second")
    add_document(article_ws, "لا ذكر للعاصمة هنا.", "third")
    workbench = make_bench(article_ws, qtbot, 1)
    yield workbench
    workbench.window.close()


def test_keyword_in_context_right_to_left_with_counts(corpus_bench, qtbot) -> None:  # type: ignore[no-untyped-def]
    panel = search(corpus_bench, qtbot, "موسكو")
    model = panel.model
    assert model.rowCount() == 7
    assert panel.hits.hasFocus()  # Enter in the query goes to the hits
    assert panel.hits.layoutDirection() == Qt.LayoutDirection.RightToLeft
    texts = [model.index(row, HIT).data() for row in range(model.rowCount())]
    assert texts == ["موسكو"] * 7  # لموسكو: the clitic stays in the context, outside the hit
    assert model.index(0, HIT).data(Qt.ItemDataRole.BackgroundRole) == HIT_BACKGROUND
    assert model.index(0, HIT).data(Qt.ItemDataRole.FontRole).bold()
    first = model.hit(0)
    assert first.doc_id == 1 and corpus_bench.doc.text[first.start : first.end] == "موسكو"
    assert model.index(0, BEFORE).data().endswith("الدفاع في")
    assert model.index(0, AFTER).data().startswith("وباريس")
    second_doc = [row for row in range(7) if model.hit(row).doc_id != 1]
    lefts = [model.index(row, BEFORE).data() for row in second_doc]
    assert lefts[0].endswith("مسؤول إن") and lefts[1].endswith("وإن ل")  # لموسكو: ل stays in the context
    counts = [panel.documents.item(n).text().split("\t")[0] for n in range(panel.documents.count())]
    assert counts == ["5", "2"]
    assert panel.summary.text() == "7 hits in 2 documents"


def test_enter_opens_the_document_with_the_hit_selected_and_a_label_key_labels_it(corpus_bench, qtbot) -> None:  # type: ignore[no-untyped-def]
    bench = corpus_bench
    panel = search(bench, qtbot, "موسكو")
    row = next(n for n in range(7) if panel.model.hit(n).doc_id != 1) + 1  # the second hit of the other document
    hit = panel.model.hit(row)
    panel.hits.setCurrentIndex(panel.model.index(row, 0))
    qtbot.keyClick(panel.hits, Qt.Key.Key_Return)
    assert bench.doc.id == hit.doc_id
    assert bench.view.hasFocus()
    assert bench.view.selection_span() == (hit.start, hit.end)
    qtbot.keyClick(bench.view, Qt.Key.Key_1)
    [ann] = bench.ws.documents.open(hit.doc_id).annotations
    assert (ann.label, ann.start, ann.end, ann.text) == ("ACTOR", hit.start, hit.end, "موسكو")


def test_results_follow_edits(corpus_bench, qtbot) -> None:  # type: ignore[no-untyped-def]
    bench = corpus_bench
    panel = search(bench, qtbot, "-label:ACTOR موسكو")
    assert panel.model.rowCount() == 7
    panel.hits.setCurrentIndex(panel.model.index(1, 0))
    qtbot.keyClick(panel.hits, Qt.Key.Key_Return)
    qtbot.keyClick(bench.view, Qt.Key.Key_1)  # label the second hit: it no longer passes -label:ACTOR
    qtbot.waitUntil(lambda: panel.model.rowCount() == 6)
    assert panel.summary.text() == "6 hits in 2 documents"
    bench.undo_action.trigger()
    qtbot.waitUntil(lambda: panel.model.rowCount() == 7)
    bench.window.search_dock.hide()
    bench.redo_action.trigger()  # an edit while the panel is hidden: the hits follow when it is shown again
    qtbot.wait(300)
    assert panel.model.rowCount() == 7
    bench.window.search_dock.show()
    qtbot.waitUntil(lambda: panel.model.rowCount() == 6)


def test_a_bad_query_says_why(corpus_bench, qtbot) -> None:  # type: ignore[no-untyped-def]
    panel = search(corpus_bench, qtbot, '"')
    assert panel.model.rowCount() == 0
    assert panel.summary.text()  # the service's reason, or the count of nothing


def test_counts_in_arabic_take_the_plural_forms(corpus_bench, qtbot, qapp) -> None:  # type: ignore[no-untyped-def]
    from ui.i18n import install_language, remove_language

    translators = install_language(qapp, "ar")
    try:
        panel = search(corpus_bench, qtbot, "موسكو")
        assert panel.summary.text() == "7 نتائج في وثيقتين"
        panel = search(corpus_bench, qtbot, "كييف")
        assert panel.summary.text() == "نتيجة واحدة في وثيقة واحدة"
    finally:
        remove_language(translators)
        install_language(qapp, "en")
