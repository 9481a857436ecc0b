"""In the spaCy venv: export a workspace as DocBin with Hashiya's exporter, read it back with spaCy."""

import json
import sys
from pathlib import Path

import spacy
from spacy.tokens import DocBin

from app.services import Workspace
from app.services.export_formats import export

db, out = sys.argv[1], Path(sys.argv[2])
ws = Workspace.open(db, "verifier")
report = export(ws.db, "spacy", out)
ws.close()
nlp = spacy.blank("ar")
docs = []
for part in sorted(out.glob("*.spacy")):
    for doc in DocBin().from_disk(part).get_docs(nlp.vocab):
        docs.append(
            {
                "text": doc.text,
                "user_data": {str(k): v for k, v in doc.user_data.items()},
                "spans": [[s.label_, s.start_char, s.end_char, s.text] for s in doc.spans["sc"]],
                "tokens": [t.text for t in doc],
            }
        )
print(json.dumps({"docs": docs, "skipped": report.extra.get("skipped", [])}, ensure_ascii=False))
