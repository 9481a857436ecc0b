"""In the datasets venv: load the HF JSONL export offline, and write + load the Parquet export."""

import json
import sys
from pathlib import Path

from datasets import ClassLabel, load_dataset

from app.services import Workspace
from app.services.export_formats import export

db, jsonl, parquet = sys.argv[1], sys.argv[2], Path(sys.argv[3])
ws = Workspace.open(db, "verifier")
export(ws.db, "hf-parquet", parquet)
ws.close()
out = {}
for name, kind, files in (("jsonl", "json", jsonl), ("parquet", "parquet", str(parquet / "data.parquet"))):
    ds = load_dataset(kind, data_files=files, split="train", cache_dir=str(parquet.parent / "hf-cache"))
    tags = getattr(ds.features["ner_tags"], "feature", None)
    names = tags.names if isinstance(tags, ClassLabel) else None  # Parquet: class ids with their names
    out[name] = {
        "features": sorted(ds.features),
        "ner_names": names,
        "rows": [
            {
                "text": r["text"],
                "start": r["start"],
                "sha256": r["sha256"],
                "offsets": r["offsets"],
                "tokens": r["tokens"],
                "ner_tags": [names[t] for t in r["ner_tags"]] if names else r["ner_tags"],
                "spans": r["spans"],
            }
            for r in ds
        ],
    }
print(json.dumps(out, ensure_ascii=False))
