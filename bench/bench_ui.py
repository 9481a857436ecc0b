"""Workbench benchmark: ``python -m bench.bench_ui [--repeat N] [--keep DIR]``.

Builds, in a temporary folder, a 1 MB Arabic article with 10,000 annotations (some nested) and a
database of 100,000 documents, then measures each phase in a fresh offscreen Qt process (so its
peak RSS is its own) and prints medians:

- open to first paint: ``Workbench.open_document`` (service read, span index, setPlainText) until
  the viewport has been painted once, with the visible blocks highlighted; and until the idle-time
  work after it is done too (every block highlighted, the annotation map built);
- add to repaint: one label key press worth of work (service commit with ``synchronous=FULL``, index,
  block rehighlight, viewport repaint), the UI part alone, the service alone, a bare repaint (the
  floor), and the whole key press until the event loop settles (list, properties, counts);
- scroll to end: scroll bar to the bottom and paint;
- click a claim linked to its source (outline and arrow drawn), a click again where spans overlap (the next
  one out), and the click until the event loop settles;
- open the list: the lazy document model over 100,000 documents until the list is painted, and a
  title filter over them.

Timings are medians of ``--repeat`` runs on this machine; they are reported, never asserted in tests.
"""

from __future__ import annotations

import argparse
import gc
import json
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
import uuid
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
SAMPLE = REPO / "resources" / "sample" / "article.txt"
MARK = "BENCH-UI "
TARGET_BYTES = 1_000_000
ANNOTATIONS = 10_000
DOCUMENTS = 100_000


def peak_rss_mb() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def median_ms(values: list[float]) -> float:
    return round(statistics.median(values) * 1000, 2)


def timed(action: Callable[[], object], repeat: int, before: Callable[[], object] | None = None) -> list[float]:
    times = []
    for _ in range(repeat):
        if before is not None:
            before()
        start = time.perf_counter()
        action()
        times.append(time.perf_counter() - start)
    return times


# --- building the data ------------------------------------------------------------------------


def big_article() -> str:
    base = SAMPLE.read_text(encoding="utf-8")
    parts, size, n = [], 0, 0
    while size < TARGET_BYTES:
        n += 1
        piece = f"— {n} 👍 —\n{base}\n"  # an emoji per copy: offsets must still be code points
        parts.append(piece)
        size += len(piece.encode("utf-8"))
    return "".join(parts)


def word_spans(text: str) -> list[tuple[int, int]]:
    import re

    return [(m.start(), m.end()) for m in re.finditer(r"[^\s\"“”(),.:،]+", text)]


def build_article_db(path: Path) -> int:
    from app.formats.native import sha256_text
    from app.services import Workspace
    from db.models import Annotation, Annotator, Document, LabelType

    ws = Workspace.open(str(path), "bench")
    text = big_article()
    rng = random.Random(7)
    words = word_spans(text)
    now = datetime.now(UTC)
    with ws.db.sessions.begin() as session:
        doc = Document(title="1 MB", text=text, sha256=sha256_text(text))
        annotator = Annotator(name="bench")
        session.add_all([doc, annotator])
        session.flush()
        labels = {row.name: row.id for row in session.query(LabelType)}
        rows = []
        for i in range(ANNOTATIONS):
            w = rng.randrange(len(words) - 12)
            if i % 5 == 0:  # a CLAIM of several words with a FIGURE or ACTOR inside
                start, end = words[w][0], words[w + rng.randrange(3, 12)][1]
                label = "CLAIM"
            else:
                start, end = words[w]
                label = "ACTOR" if i % 2 else "FIGURE"
            rows.append(
                Annotation(
                    id=uuid.uuid4(),
                    document_id=doc.id,
                    annotator_id=annotator.id,
                    label_id=labels[label],
                    start=start,
                    end=end,
                    text=text[start:end],
                    attributes={},
                    note="",
                    created_at=now,
                    updated_at=now,
                )
            )
        session.add_all(rows)
        doc_id = doc.id
    ws.close()
    return doc_id


def build_list_db(path: Path) -> None:
    from app.formats.native import sha256_text
    from app.services import Workspace
    from app.text.fold import fold_text
    from db.models import Document

    ws = Workspace.open(str(path), "bench")
    titles = [line for line in SAMPLE.read_text(encoding="utf-8").splitlines() if line.strip()]
    now = datetime.now(UTC)
    with ws.db.engine.begin() as conn:
        batch = []
        for i in range(DOCUMENTS):
            text = f"{titles[i % len(titles)]} {i}"
            batch.append(
                {
                    "title": f"{titles[i % len(titles)][:60]} {i}",
                    "title_folded": fold_text(f"{titles[i % len(titles)][:60]} {i}"),  # as the import stores it
                    "text": text,
                    "sha256": sha256_text(text),
                    "status": ("new", "in_progress", "done")[i % 3],
                    "meta": {},
                    "imported_at": now,
                }
            )
            if len(batch) == 10_000:
                conn.execute(Document.__table__.insert(), batch)
                batch = []
        if batch:
            conn.execute(Document.__table__.insert(), batch)
    ws.close()


# --- phases (each in its own process) ---------------------------------------------------------


def qt_app(settings_dir: Path):  # type: ignore[no-untyped-def]
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication([])
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(settings_dir))
    from ui.fonts import load_bundled_fonts

    load_bundled_fonts()
    return app


def phase_document(db: Path, doc_id: int, repeat: int) -> dict[str, object]:
    app = qt_app(db.parent / "settings")
    from PySide6.QtCore import QPoint

    from app.services import Workspace
    from ui.settings import Settings, open_settings
    from ui.span_index import SpanIndex
    from ui.workbench import Workbench

    ws = Workspace.open(str(db), "bench")
    bench = Workbench(ws, Settings(open_settings()))
    gc.freeze()  # as ui.main.run_gui does
    bench.window.resize(1400, 860)
    bench.window.show()
    app.processEvents()
    view = bench.view
    viewport = view.viewport()

    def open_and_paint() -> None:
        bench.open_document(doc_id)
        viewport.repaint()

    def settle_highlighting() -> None:  # let the idle-time work run, as the event loop does after a paint
        while view.highlighter.pending():
            app.processEvents()

    def settle() -> None:
        settle_highlighting()
        # and the suggestions arrive (computed in a thread the first time, read from the store after): an
        # annotator works with them on screen, and a thread still computing would hold the GIL in what is timed
        deadline = time.perf_counter() + 120
        while bench.suggestions.model.doc_id != bench.doc.id and time.perf_counter() < deadline:
            app.processEvents()
            time.sleep(0.002)
        app.processEvents()

    open_times = timed(open_and_paint, repeat, before=settle)

    def open_and_settle() -> None:
        open_and_paint()
        settle()

    settled_times = timed(open_and_settle, repeat)
    all_painted = all(view.highlighter.is_painted(n) for n in range(view.document().blockCount()))
    offsets = bench.doc.offsets

    def plain_and_paint() -> None:  # the floor: Qt laying out the same text with no spans at all
        view.load(offsets, SpanIndex(offsets.text))
        viewport.repaint()

    def settle_bare() -> None:  # the floor has no suggestions either
        settle_highlighting()
        bench.suggestions.model.clear()
        app.processEvents()

    plain_times = timed(plain_and_paint, repeat, before=settle_bare)
    bench.open_document(doc_id)
    viewport.repaint()
    settle()
    suggestions_shown = len(bench.suggestions.model.items)
    spans = word_spans(bench.doc.text)
    rng = random.Random(11)
    picks = iter(rng.sample(spans, max(repeat * 40, 200) + 20))

    def add_one() -> None:
        start, end = next(picks)
        bench.labelling.add("FIGURE", start, end)
        viewport.repaint()

    # What a key press really repaints: an annotator labels text on screen, and Qt repaints the rectangle
    # of the block the span touches (measured with an event filter: one line strip), not the viewport.
    offsets = bench.doc.offsets
    first = view.firstVisibleBlock()
    last = view.cursorForPosition(QPoint(viewport.width() // 2, viewport.height() - 1)).block().previous()
    lo, hi = offsets.from_utf16(first.position()), offsets.from_utf16(last.position() + last.length() - 1)
    on_screen = [(s, e) for s, e in spans if lo <= s and e <= hi]  # whole blocks fully on screen
    screen_picks = iter(rng.sample(on_screen, min(len(on_screen), max(repeat * 10, 50))))

    def add_on_screen() -> None:
        start, end = next(screen_picks)
        bench.labelling.add("FIGURE", start, end)
        block = view.document().findBlock(offsets.to_utf16(start))
        rect = view.blockBoundingGeometry(block).translated(view.contentOffset()).toAlignedRect()
        viewport.repaint(rect.intersected(viewport.rect()))

    screen_times = timed(add_on_screen, len(on_screen[: max(repeat * 10, 50)]))

    def scroll_top() -> None:
        view.verticalScrollBar().setValue(0)
        viewport.repaint()

    add_times, floor_times = [], []
    for _ in range(max(repeat * 10, 50)):  # each add, then a bare repaint at the same moment: its floor
        add_times += timed(add_one, 1)
        floor_times += timed(viewport.repaint, 1)

    def add_and_settle() -> None:  # the whole key press: panels, status bar and every repaint it causes
        start, end = next(picks)
        bench.labelling.add("FIGURE", start, end)
        app.processEvents()

    settle_times = timed(add_and_settle, max(repeat * 10, 50))
    service = bench.ws.annotations

    def service_only() -> None:
        start, end = next(picks)
        service.add(doc_id, "FIGURE", start, end)

    service_times = timed(service_only, max(repeat * 10, 50))
    # the UI part alone: index + rehighlight + repaint, without the database commit
    from app.changes import ChangeSet
    from app.dto import AnnotationData

    def ui_only() -> None:
        start, end = next(picks)
        ann = AnnotationData(str(uuid.uuid4()), doc_id, "ACTOR", start, end, bench.doc.text[start:end], "bench")
        bench.doc.apply(ChangeSet(doc_id, added=(ann,)))
        viewport.repaint()

    ui_times = timed(ui_only, max(repeat * 10, 50))

    def scroll_end() -> None:
        view.verticalScrollBar().setValue(view.verticalScrollBar().maximum())
        viewport.repaint()

    scroll_times = timed(scroll_end, repeat, before=scroll_top)
    click_times, cycle_times, click_settled_times = link_and_click(bench, app, max(repeat * 10, 50))
    result: dict[str, object] = {
        "chars": len(bench.doc.text),
        "utf8_bytes": len(bench.doc.text.encode()),
        "annotations": len(bench.doc.annotations),
        "suggestions": suggestions_shown,
        "open_to_first_paint_ms": median_ms(open_times),
        "open_to_idle_ms": median_ms(settled_times),
        "all_blocks_painted": all_painted,
        "plain_text_paint_ms": median_ms(plain_times),
        "add_to_repaint_ms": median_ms(add_times),
        "add_on_screen_block_repaint_ms": median_ms(screen_times),
        "add_to_repaint_ui_only_ms": median_ms(ui_times),
        "add_service_only_ms": median_ms(service_times),
        "bare_repaint_ms": median_ms(floor_times),
        "add_until_settled_ms": median_ms(settle_times),
        "scroll_to_end_ms": median_ms(scroll_times),
        "click_linked_claim_ms": median_ms(click_times),
        "click_again_overlap_ms": median_ms(cycle_times),
        "click_until_settled_ms": median_ms(click_settled_times),
        "rss_mb": round(peak_rss_mb(), 1),
    }
    bench.window.close()
    ws.close()
    return result


def link_and_click(bench, app, repeat: int) -> tuple[list[float], list[float], list[float]]:  # type: ignore[no-untyped-def]
    """A claim on screen linked to an actor on screen (one undo step, as S and a click make it), then: a click
    on the claim (select it, outline it, draw its arrow to its source, repaint), a click again where spans
    overlap (the next one out), and the click until the event loop settles (the properties form)."""
    view, viewport = bench.view, bench.view.viewport()
    view.verticalScrollBar().setValue(0)
    viewport.repaint()
    shown = [ann for block, _top in view._highlight_visible() for ann in view.index.in_block(block.blockNumber())]
    actor = next(a for a in shown if a.label == "ACTOR")
    claim = next(a for a in shown if a.label == "CLAIM" and len(bench.doc.at(a.start)) == 1)
    bench.labelling.link(claim.id, actor.id)
    nested = next(a for a in shown if len(bench.doc.at(a.start)) > 1)

    def unselect() -> None:
        bench.doc.select(None)
        bench.click_cycle.forget()
        viewport.repaint()

    def click_claim() -> None:
        bench.on_clicked_at(claim.start)
        viewport.repaint()

    clicks = timed(click_claim, repeat, before=unselect)
    assert view.links.links(), "the claim's link is not drawn"

    def click_again() -> None:
        bench.on_clicked_at(nested.start)
        viewport.repaint()

    cycles = timed(click_again, repeat)

    def click_and_settle() -> None:
        bench.on_clicked_at(claim.start)
        app.processEvents()

    settled = timed(click_and_settle, repeat, before=unselect)
    return clicks, cycles, settled


def phase_list(db: Path, repeat: int) -> dict[str, object]:
    app = qt_app(db.parent / "settings")
    from app.services import Workspace
    from ui.document_list import DocumentListModel, DocumentListPanel

    ws = Workspace.open(str(db), "bench")
    panel = DocumentListPanel(DocumentListModel())
    panel.resize(420, 800)
    panel.show()
    app.processEvents()

    def open_list() -> None:
        panel.model.set_workspace(ws)
        panel.view.viewport().repaint()

    def close_list() -> None:
        panel.model.set_workspace(None)

    open_times = timed(open_list, repeat, before=close_list)

    def scroll_middle() -> None:
        bar = panel.view.verticalScrollBar()
        bar.setValue(bar.maximum() // 2 + random.randrange(1000))
        panel.view.viewport().repaint()

    scroll_times = timed(scroll_middle, repeat)

    def filter_list() -> None:
        panel.model.set_filter("موسكو")
        panel.view.viewport().repaint()

    filter_times = timed(filter_list, repeat, before=lambda: panel.model.set_filter(""))
    return {
        "documents": ws.documents.count(),
        "rows_after_filter": panel.model.rowCount(),
        "open_list_ms": median_ms(open_times),
        "scroll_middle_ms": median_ms(scroll_times),
        "filter_ms": median_ms(filter_times),
        "rss_mb": round(peak_rss_mb(), 1),
    }


def run_phase(*args: str) -> dict[str, object]:
    proc = subprocess.run(
        [sys.executable, "-m", "bench.bench_ui", "--phase", *args],
        cwd=REPO,
        capture_output=True,
        text=True,
        check=False,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    for line in reversed(proc.stdout.splitlines()):
        if line.startswith(MARK):
            return json.loads(line[len(MARK) :])
    raise RuntimeError(f"phase {args} failed ({proc.returncode}):\n{proc.stderr[-3000:]}")


def main() -> int:
    parser = argparse.ArgumentParser(description="Hashiya workbench benchmark")
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--keep", type=Path, help="build the databases here and keep them")
    parser.add_argument("--phase", nargs="+", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.phase:
        kind, db = args.phase[0], Path(args.phase[1])
        result = (
            phase_document(db, int(args.phase[2]), args.repeat) if kind == "document" else phase_list(db, args.repeat)
        )
        print(MARK + json.dumps(result), flush=True)
        return 0
    with tempfile.TemporaryDirectory(prefix="hashiya-bench-") as tmp:
        folder = args.keep or Path(tmp)
        folder.mkdir(parents=True, exist_ok=True)
        (folder / "settings").mkdir(exist_ok=True)
        os.environ["HASHIYA_DATA_DIR"] = str(folder)
        t0 = time.perf_counter()
        article_db, list_db = folder / "article.sqlite3", folder / "list.sqlite3"
        if not (args.keep and article_db.exists() and list_db.exists()):  # --keep reuses what it built
            for path in (article_db, list_db):
                path.unlink(missing_ok=True)
            build_article_db(article_db)
            build_list_db(list_db)
        doc_id = 1
        print(f"data ready in {time.perf_counter() - t0:.1f} s", file=sys.stderr)
        doc = run_phase("document", str(article_db), str(doc_id), "--repeat", str(args.repeat))
        lst = run_phase("list", str(list_db), "--repeat", str(args.repeat))
    rows = [
        ("open 1 MB article, 10k spans, to first paint", f"{doc['open_to_first_paint_ms']} ms", "< 200 ms"),
        (
            "  Qt floor: same text, no spans, to paint",
            f"{doc['plain_text_paint_ms']} ms",
            f"ratio {doc['open_to_first_paint_ms'] / doc['plain_text_paint_ms']:.2f}x",
        ),
        (
            "  until the idle-time highlighting is done",
            f"{doc['open_to_idle_ms']} ms",
            "all blocks highlighted" if doc["all_blocks_painted"] else "NOT all blocks highlighted",
        ),
        (
            "add one annotation on screen to repaint (with commit)",
            f"{doc['add_on_screen_block_repaint_ms']} ms",
            "< 10 ms",
        ),
        ("  the same, repainting the whole view (conservative)", f"{doc['add_to_repaint_ms']} ms", ""),
        (
            "  floor: a bare repaint of the reading view",
            f"{doc['bare_repaint_ms']} ms",
            f"ratio {doc['add_to_repaint_ms'] / doc['bare_repaint_ms']:.2f}x",
        ),
        ("  UI alone (index, highlight, full repaint)", f"{doc['add_to_repaint_ui_only_ms']} ms", ""),
        ("  service alone (Workspace.annotations.add)", f"{doc['add_service_only_ms']} ms", ""),
        ("  add, then the event loop settles (panels)", f"{doc['add_until_settled_ms']} ms", ""),
        ("scroll to the end", f"{doc['scroll_to_end_ms']} ms", ""),
        ("click a linked claim: outline, arrow, repaint", f"{doc['click_linked_claim_ms']} ms", ""),
        ("  click again where spans overlap (next one out)", f"{doc['click_again_overlap_ms']} ms", ""),
        ("  click, then the event loop settles (panels)", f"{doc['click_until_settled_ms']} ms", ""),
        ("peak RSS, document process", f"{doc['rss_mb']} MB", ""),
        (f"open the list of {lst['documents']:,} documents", f"{lst['open_list_ms']} ms", "< 300 ms"),
        ("scroll the list to the middle", f"{lst['scroll_middle_ms']} ms", ""),
        (f"filter the list by title ({lst['rows_after_filter']:,} rows)", f"{lst['filter_ms']} ms", ""),
        ("peak RSS, list process", f"{lst['rss_mb']} MB", "< 300 MB"),
    ]
    load = os.getloadavg()[0]
    print(
        f"Hashiya workbench benchmark on {os.cpu_count()} CPUs, load average {load:.1f}: "
        f"medians of {args.repeat} runs "
        f"({doc['chars']:,} characters, {doc['utf8_bytes']:,} UTF-8 bytes, {doc['annotations']:,} annotations, "
        f"{doc['suggestions']:,} suggestions on screen)"
    )
    width = max(len(r[0]) for r in rows)
    for name, value, goal in rows:
        print(f"  {name:<{width}}  {value:>10}  {goal}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
