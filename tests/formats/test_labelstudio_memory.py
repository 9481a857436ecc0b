"""Label Studio and doccano JSON arrays are streamed: the readers' peak memory stays flat in the file's size.

Each file is read (and every record checked, as import does) in a fresh interpreter that prints its peak
RSS. Parsing the array whole made the 60 MB file cost ~5x the 6 MB one (a 639 MB file of 100,000 tasks
took 3.1 GB); streamed, both stay near the interpreter's own size.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
WORD = "موسكو"
BASE = f"قال المتحدث باسم الوزارة إن 34 جنديا عادوا إلى {WORD} يوم الأحد، بحسب وكالة تاس. "
READ = """
import resource, sys
from pathlib import Path
from app.formats.readers import read_records
from app.formats.validate import check_record
n = sum(len(check_record(r).annotations) for r in read_records(Path(sys.argv[1]), sys.argv[2]))
print(n, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)
"""


def labelstudio_task(n: int) -> dict[str, object]:
    text = f"{n} " + BASE * 20
    at = text.index(WORD)
    result = [
        {
            "id": f"r{n}x{k}",
            "from_name": "label",
            "to_name": "text",
            "type": "labels",
            "value": {
                "start": at + k * len(BASE),
                "end": at + k * len(BASE) + len(WORD),
                "text": WORD,
                "labels": ["PLACE"],
            },
        }
        for k in range(5)
    ]
    return {"id": n, "data": {"text": text}, "annotations": [{"completed_by": {"email": "a@x"}, "result": result}]}


def doccano_row(n: int) -> dict[str, object]:
    text = f"{n} " + BASE * 20
    at = text.index(WORD)
    return {
        "id": n,
        "text": text,
        "label": [[at + k * len(BASE), at + k * len(BASE) + len(WORD), "PLACE"] for k in range(5)],
    }


def write_array(path: Path, megabytes: int, make: object) -> int:
    """A pretty-printed JSON array of about ``megabytes`` MB; the number of spans in it."""
    size, n = megabytes * 1_000_000, 0
    with path.open("w", encoding="utf-8") as f:
        f.write("[\n")
        while f.tell() < size:
            f.write(("" if n == 0 else ",\n") + json.dumps(make(n), ensure_ascii=False, indent=1))  # type: ignore[operator]
            n += 1
        f.write("\n]\n")
    return n * 5


def peak_kib(path: Path, fmt: str, spans: int) -> int:
    proc = subprocess.run(
        [sys.executable, "-c", READ, str(path), fmt], capture_output=True, text=True, cwd=REPO, timeout=300, check=False
    )
    assert proc.returncode == 0, proc.stderr[-2000:]
    read, peak = map(int, proc.stdout.split())
    assert read == spans
    return peak


@pytest.mark.parametrize(("fmt", "make"), [("labelstudio", labelstudio_task), ("doccano", doccano_row)])
def test_peak_memory_is_flat_in_the_file_size(tmp_path: Path, fmt: str, make: object) -> None:
    small, large = tmp_path / "small.json", tmp_path / "large.json"
    small_peak = peak_kib(small, fmt, write_array(small, 6, make))
    large_peak = peak_kib(large, fmt, write_array(large, 60, make))
    assert large_peak < 1.5 * small_peak, f"{fmt}: 6 MB -> {small_peak} KiB, 60 MB -> {large_peak} KiB"
