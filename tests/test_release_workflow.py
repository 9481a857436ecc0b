"""The Windows and macOS builds run only on GitHub's runners, never here: what can be checked here is.

The workflow must be valid for GitHub Actions (SchemaStore's schema, as vendored by check-jsonschema), and
what it names must exist and agree with the repository: the Makefile targets it calls, the spec it builds,
the Inno Setup script it compiles and the installer names it uploads.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
WORKFLOW = REPO / ".github" / "workflows" / "release.yml"
ISS = REPO / "resources" / "packaging" / "hashiya.iss"


def check_jsonschema() -> str:
    found = shutil.which("check-jsonschema", path=str(Path(sys.executable).parent)) or shutil.which("check-jsonschema")
    if found is None:
        pytest.skip("check-jsonschema is not installed (it comes with the test extra: pip install -e '.[test]')")
    return found


def test_workflow_is_valid_for_github_actions() -> None:
    result = subprocess.run(
        [check_jsonschema(), "--builtin-schema", "vendor.github-workflows", str(WORKFLOW)],
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_the_schema_check_rejects_a_broken_workflow(tmp_path: Path) -> None:
    """The check above can fail: a misspelt key (``runs_on``) is refused."""
    broken = tmp_path / "broken.yml"
    broken.write_text(
        WORKFLOW.read_text(encoding="utf-8").replace("runs-on: windows-2022", "runs_on: windows-2022"), encoding="utf-8"
    )
    result = subprocess.run(
        [check_jsonschema(), "--builtin-schema", "vendor.github-workflows", str(broken)], capture_output=True, text=True
    )
    assert result.returncode != 0


def test_what_the_workflow_names_exists() -> None:
    text = WORKFLOW.read_text(encoding="utf-8")
    makefile = (REPO / "Makefile").read_text(encoding="utf-8")
    targets = set(re.findall(r"^([a-z][\w-]*):", makefile, flags=re.MULTILINE))
    called = set(re.findall(r"\bmake ([a-z][\w-]*)", text))
    assert called and called <= targets
    for path in ("build.spec", "pyproject.toml", "resources/packaging/hashiya.iss", "tests/dist"):
        assert path.replace("/", "\\") in text or path in text, path
        assert (REPO / path).exists(), path


def test_installer_names_agree_between_inno_setup_and_the_workflow() -> None:
    iss = ISS.read_text(encoding="utf-8")
    base = re.search(r"^OutputBaseFilename=(.+)$", iss, flags=re.MULTILINE)
    output_dir = re.search(r"^OutputDir=(.+)$", iss, flags=re.MULTILINE)
    source = re.search(r'^Source: "([^"]+)"', iss, flags=re.MULTILINE)
    assert base and output_dir and source
    # the script's paths are relative to resources/packaging: they must land in the repository's dist/
    assert (ISS.parent / output_dir.group(1).replace("\\", "/")).resolve() == REPO / "dist"
    assert (ISS.parent / source.group(1).replace("\\", "/")).parent.resolve() == REPO / "dist" / "hashiya"
    uploaded = base.group(1).replace("{#AppVersion}", "*") + ".exe"
    assert f"dist/{uploaded}" in WORKFLOW.read_text(encoding="utf-8")
    assert "/DAppVersion=" in WORKFLOW.read_text(encoding="utf-8")
