"""Refresh the interface catalogues: ``pyside6-lupdate`` ui/*.py -> resources/translations/*.ts,
then ``pyside6-lrelease`` *.ts -> *.qm (both are committed, so a frozen build needs no Qt tools).

    python scripts/update_translations.py          # update .ts from the code, rebuild .qm
    python scripts/update_translations.py --check  # fail if a .ts misses strings or a .qm is stale

Translate new strings with Qt Linguist (``pyside6-linguist resources/translations/hashiya_ar.ts``).
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
FOLDER = REPO / "resources" / "translations"
LANGUAGES = ("ar", "en")


def tool(name: str) -> str:
    here = Path(sys.executable).parent / name
    found = str(here) if here.exists() else shutil.which(name)
    if not found:
        raise SystemExit(f"{name} not found: install PySide6 (make venv)")
    return found


def sources() -> list[str]:
    return sorted(str(p.relative_to(REPO)) for p in (REPO / "ui").glob("*.py"))


def lupdate(ts_files: list[Path]) -> None:
    subprocess.run(
        [
            tool("pyside6-lupdate"),
            *sources(),
            "-ts",
            *map(str, ts_files),
            "-no-obsolete",
            "-locations",
            "none",
            "-silent",
        ],
        cwd=REPO,
        check=True,
    )


def lrelease(ts: Path, qm: Path) -> None:
    subprocess.run([tool("pyside6-lrelease"), "-silent", str(ts), "-qm", str(qm)], check=True)


def unfinished(ts: Path) -> list[str]:
    root = ET.parse(ts).getroot()
    return [
        m.findtext("source") or ""
        for m in root.iter("message")
        if (m.find("translation") is None or m.find("translation").get("type") == "unfinished")
    ]  # type: ignore[union-attr]


def check() -> list[str]:
    problems = []
    with tempfile.TemporaryDirectory() as tmp:
        copies = []
        for lang in LANGUAGES:
            copy = Path(tmp) / f"hashiya_{lang}.ts"
            shutil.copy(FOLDER / copy.name, copy)
            copies.append(copy)
        lupdate(copies)
        for lang, copy in zip(LANGUAGES, copies, strict=True):
            if copy.read_bytes() != (FOLDER / copy.name).read_bytes():
                problems.append(f"{copy.name} is not up to date with the code: run scripts/update_translations.py")
            missing = unfinished(copy)
            if missing:
                problems.append(f"{copy.name}: {len(missing)} untranslated, e.g. {missing[0]!r}")
            built = Path(tmp) / f"hashiya_{lang}.qm"
            lrelease(FOLDER / copy.name, built)
            if built.read_bytes() != (FOLDER / built.name).read_bytes():
                problems.append(f"{built.name} is stale: run scripts/update_translations.py")
    return problems


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true")
    args = parser.parse_args()
    if args.check:
        problems = check()
        print("\n".join(problems) or "translations are up to date")
        return 1 if problems else 0
    ts_files = [FOLDER / f"hashiya_{lang}.ts" for lang in LANGUAGES]
    lupdate(ts_files)
    for ts in ts_files:
        lrelease(ts, ts.with_suffix(".qm"))
        missing = unfinished(ts)
        if missing:
            print(f"{ts.name}: {len(missing)} strings to translate in Qt Linguist")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
