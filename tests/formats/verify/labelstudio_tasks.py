"""In the Label Studio venv: validate every exported task's annotation against the exported config."""

import json
import sys
from pathlib import Path

from label_studio_sdk.label_interface import LabelInterface

folder = Path(sys.argv[1])
li = LabelInterface((folder / "config.xml").read_text(encoding="utf-8"))
tasks = json.loads((folder / "tasks.json").read_text(encoding="utf-8"))
errors, regions = [], 0
for task in tasks:
    if not li.validate_task({"data": task["data"]}):  # the SDK's validate_task cannot take annotations
        errors.append(f"task {task['id']}: data does not fit the config")
    for ann in task["annotations"]:
        if not li.validate_annotation(ann):
            errors.append(f"task {task['id']}: annotation does not fit the config")
        errors += [f"task {task['id']} as prediction: {e}" for e in li.validate_prediction(ann, return_errors=True)]
        regions += len(ann["result"])
print(json.dumps({"tasks": len(tasks), "regions": regions, "errors": errors}, ensure_ascii=False, default=str))
