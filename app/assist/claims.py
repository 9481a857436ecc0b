"""Claims proposed by rule: a reporting cue, the content it introduces, and the source that said it.

``detect_claims(text, context)`` returns ``Proposal(label="CLAIM")`` with ``attributes={"quote": "direct" |
"indirect"}``, ``cue`` and ``source`` spans, in code points of ``text``. Pure regular-expression work on the
folded text (``app.assist.cues``), so harakat, tatweel and alef forms do not matter. The content conventions
are those of the gold set (tests/data/gold/README.md):

- direct: the text inside quotation marks (“…”, "…", «…»), without the marks, when a cue or a colon
  introduces it, or when it is long enough to be speech (``MIN_QUOTE_WORDS``);
- indirect: the clause after أن/إن/بأن (إلى أن، على أن، من أن) up to the sentence end, a following cue
  (``، مشيرا إلى أن``) or a quotation that continues it (a direct claim of its own); a complementiser that
  carries a pronoun (أنه، إنها) is part of the content; a closing ``وفق تعبيره`` / ``على حد قوله`` is not;
- a verb with its preposition (دعا إلى، حذر من، كشف عن، طالب بـ): what follows the preposition;
- attribution phrases (بحسب، وفق، نقلا عن): the rest of the sentence, the source after the phrase;
- headlines ``روسيا: نأمل …``: the source before the colon, the content after it;
- the source: the words right after the cue up to a time or occasion (في تصريح، اليوم), a comma, a
  quotation or the content (``قال القيادي في حركة النهضة عماد الحمامي في تصريح … إن``); a participle cue
  (مؤكدا، مشيرا إلى أن) takes the source of the claim before it in the sentence, else the subject of the
  clause's verb; an ACTOR span from ``Context.actors`` inside that stretch is preferred.

The rules are one ``_Finder`` per text, made of mixins, each in a module of its own: ``claim_words`` (word lists,
regular expressions, limits), ``claim_text`` (sentence ends, quotations), ``claim_content`` (the finder's state,
positions, where content ends, adding a claim), ``claim_source`` (the source after a cue, names and titles),
``claim_subject`` (which source a cue takes, the source before it) and ``claim_rules`` (``_Finder`` and its rules).
"""

from __future__ import annotations

from app.assist import cues
from app.assist.base import Context, Proposal
from app.assist.claim_rules import _Finder

_NO_CONTEXT = Context()


def detect_claims(text: str, context: Context = _NO_CONTEXT) -> list[Proposal]:
    """Every claim the rules find in ``text``, sorted by content start."""
    folded = cues.Stripped.of(text)
    finder = _Finder(folded.text, context, folded)
    finder.run()
    span = folded.span
    return [
        Proposal(
            label="CLAIM",
            start=(s := span(c.start, c.end))[0],
            end=s[1],
            rule=c.rule,
            attributes={"quote": c.quote},
            cue=span(*c.cue) if c.cue else None,
            source=span(*c.source) if c.source else None,
        )
        for c in sorted(finder.claims, key=lambda c: (c.start, c.end))
    ]
