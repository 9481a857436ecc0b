"""The standard suite: ``python -m bench`` (``--quick`` for a smoke run).

Import/export at two sizes (to show memory stays flat), then per-annotation commit latency.
"""

from __future__ import annotations

import sys

from bench import bench_commit, bench_import_export


def main(argv: list[str]) -> int:
    quick = "--quick" in argv
    sizes = ["1000", "5000"] if quick else ["20000", "100000"]
    status = bench_import_export.main(["--docs", *sizes])
    print()
    return status or bench_commit.main(["--quick"] if quick else [])


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
