"""Claims round 31, sources: a past cue right after a comma with no subject after it shares the subject of the
sentence's first verb (not a plural one, not after an opening prepositional phrase)."""

from __future__ import annotations

from app.assist.claims import detect_claims
from tests.assist.test_claims import only, spans


def test_a_past_cue_after_a_comma_shares_the_first_verbs_subject() -> None:
    text = "نشرت وسائل إعلام محلية، صورا للحادث، قالت إنها التقطت قرب الحدود الشرقية للبلاد."
    assert spans(text, only(text))[2] == "وسائل إعلام محلية"


def test_a_plural_cue_after_a_comma_takes_no_subject_before() -> None:  # guard
    text = "وأوقفت الوحدات الأمنية ثلاثة شبان، وبالتحري معهم، اعترفوا بأنهم سرقوا المحل التجاري."
    claims = detect_claims(text)
    assert claims and all(c.source is None for c in claims)
