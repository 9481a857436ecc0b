"""Run a verification script inside a heavy consumer's test-only venv (``make consumers``).

Outside CI a missing venv skips the test with the command to create it; in CI (``CI=true``) it fails.
"""

from __future__ import annotations

import json
import os
import subprocess
from pathlib import Path
from typing import Any

import pytest

REPO = Path(__file__).resolve().parents[2]
VERIFY = Path(__file__).resolve().parent / "verify"


def consumer_python(name: str) -> Path:
    venv = REPO / ".venv-consumers" / name
    python = venv / "bin" / "python"
    if not (venv / ".installed").exists() or not python.exists():
        message = f"consumer venv {venv} is missing: run `make consumers`"
        if os.environ.get("CI") == "true":
            pytest.fail(message)
        pytest.skip(message)
    return python


def run_consumer(name: str, script: str, *args: object) -> Any:
    """Run ``verify/<script>`` with the consumer's Python; its last stdout line is JSON."""
    env = {
        **os.environ,
        "PYTHONPATH": str(REPO),
        "HF_DATASETS_OFFLINE": "1",
        "HF_HUB_OFFLINE": "1",
        "TRANSFORMERS_OFFLINE": "1",
        "HF_HOME": str(Path(args[0]).parent / "hf-home") if args else "",
    }
    proc = subprocess.run(
        [str(consumer_python(name)), str(VERIFY / script), *map(str, args)],
        capture_output=True,
        text=True,
        env=env,
        timeout=600,
        check=False,
    )
    assert proc.returncode == 0, f"{script} failed:\n{proc.stdout[-3000:]}\n{proc.stderr[-3000:]}"
    return json.loads(proc.stdout.strip().splitlines()[-1])
