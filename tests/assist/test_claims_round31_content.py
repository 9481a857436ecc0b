"""Claims round 31, content spans: the writer's background in the pluperfect (وكانت … قد) ends the speaker's
content."""

from __future__ import annotations

from tests.assist.test_claims import only, spans


def test_pluperfect_background_ends_the_content() -> None:
    text = "وأكد الجيران أن الشاب غادر المنزل منذ يومين وكانت أسرته قد أعلمت الشرطة بغيابه."
    assert spans(text, only(text))[0] == "الشاب غادر المنزل منذ يومين"
