"""The claims finder's state and positions: the folded text's sentences, quotations, cue words and ACTOR spans
(``_Content.__init__``), where a claim's content ends (``content_end``), and adding a claim (``add``).
The first of the mixins ``app.assist.claim_rules._Finder`` is made of."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from typing import TYPE_CHECKING

from app.assist import cues
from app.assist.base import Context
from app.assist.claim_text import _quotes, _sentence_ends, _words
from app.assist.claim_words import (
    _ABBARA,
    _ACT_VERBS,
    _ADMITTED_NOT,
    _AGREEING,
    _AN,
    _ASIDE_PREPOSITIONS,
    _BAYYANA_APPOSITION,
    _BAYYANA_SUBJECT,
    _BEFORE_BAYYANA,
    _BI_NOUN,
    _BREAK_OR_QUOTE,
    _BUT_BEFORE,
    _COMMA_OR_COLON,
    _COMPLEMENT_MARKS,
    _COMPLEMENT_WORDS,
    _CONTEXT_NOTE,
    _COUNT_BEFORE,
    _DEPUTIES,
    _EDGE,
    _HAMMALA,
    _HIN,
    _JOINING,
    _JOINING_APART,
    _JUDGING,
    _LAST_WORD,
    _LIL,
    _MEASURES,
    _MIN,
    _NAQAL,
    _NOT_ADJECTIVE,
    _NOT_PARTICIPLES,
    _PARTICIPLE_AFTER_COMMA,
    _PASSIVE_SHAPE,
    _PLUPERFECT,
    _PREPOSITION_WORDS,
    _PRONOUNS,
    _REFUSING,
    _RELATIVE_WORDS,
    _REPORTERS,
    _SAID_IN,
    _SAID_IN_RELATIVE,
    _SENTENCE_IN,
    _SPEAKER_ACTS,
    _TAFAUL,
    _THIS_IS,
    _TIME_TAIL,
    _TITLE_BEFORE,
    _TOPIC_BEFORE,
    _TOWARDS,
    _WORD,
    MAX_CLAUSE_SUBJECT_WORDS,
    MAX_SOURCE_WORDS,
    TOPIC_REACH,
    _occasion,
)


@dataclass(slots=True)
class _Claim:
    start: int
    end: int
    quote: str
    rule: str
    cue: tuple[int, int] | None
    source: tuple[int, int] | None
    nested: bool = False  # reported inside another claim's content (… أن الحركة تدعو إلى …)


class _Content:
    """One text's sentences, quotations, cue words and ACTOR spans; positions in it; content ends; the claims."""

    if TYPE_CHECKING:  # defined in _Sources, _Subjects and _Finder (the mixins that inherit this one)

        def next_word(self, pos: int, limit: int) -> str: ...
        @staticmethod
        def suffix_ok(word: str) -> bool: ...
        @staticmethod
        def present(word: str) -> bool: ...
        def description_noun(self, m: re.Match[str]) -> bool: ...
        def reminding(self, m: re.Match[str]) -> bool: ...

    def __init__(self, text: str, context: Context, folded: cues.Stripped) -> None:
        self.text = text
        self.actors = sorted(self._fold_actors(context.actors, folded))
        self.ends, self.after_ends = _sentence_ends(text)
        self.quotes = _quotes(text)
        self.quote_starts = [q[0] for q in self.quotes]
        self.titles = {q for q in self.quotes if self.is_title(q[0])}
        self.verbs = _words(cues.VERB_RE, cues.VERB_AT_START_RE, text)
        if "بين" in text:
            self.verbs = [m for m in self.verbs if m.group("cue") not in cues.BETWEEN or self.bayyana(m)]
        if "صف" in text:
            self.verbs = [m for m in self.verbs if not self.description_noun(m)]
        self.attribution_cues = _words(cues.ATTRIBUTION_RE, cues.ATTRIBUTION_AT_START_RE, text)
        self.attribution_starts = [m.start("cue") for m in self.attribution_cues]
        self.verb_starts = [m.end("lead") for m in self.verbs]
        self.claims: list[_Claim] = []
        self.taken: list[tuple[int, int]] = []  # content spans already proposed
        self.nested = False  # a claim inside another's content is being added (القاضي الذي أكد أن …)

    def is_title(self, opening: int) -> bool:
        """A quotation that names a title, a slogan or an event's topic (بعنوان "…"، ندوة حول "…")."""
        text = self.text
        if _TITLE_BEFORE.search(text, max(0, opening - 16), opening):
            return True
        if "حول" not in text[max(0, opening - 5) : opening]:
            return False
        return _TOPIC_BEFORE.search(text, max(0, opening - TOPIC_REACH), opening) is not None

    def bayyana(self, m: re.Match[str]) -> bool:
        """``بين`` is a cue (بيّن: showed) only as a clause's verb: after و/ف, a sentence start, a comma or
        ``قد``/``كما``/``آخر`` (``من جانب آخر بين الشاهد أن``), with one to four words and then أن/إن; not
        ``حل وفاقي بين الليبيين أن``, ``مشاحنة بين مورينيو والإيطالي أن`` (between), ``فبين من اعتقدوا أن``
        (among)."""
        text = self.text
        if not m.group("pro"):
            before = text[max(0, m.start("cue") - 12) : m.start("cue")].rstrip()
            words = before.split()
            if before and before[-1] not in ".،,:!?؟\n" and (not words or cues.fold(words[-1]) not in _BEFORE_BAYYANA):
                return False
        after = _BAYYANA_SUBJECT.match(text, m.end("cue"))
        if after is None and m.group("pro"):
            after = _BAYYANA_APPOSITION.match(text, m.end("cue"))  # وبين نفس المصدر، أنه …
        if after is None:
            return False
        subject = [cues.fold(w) for w in after.group("subject").split()]
        if subject[0] in _RELATIVE_WORDS or subject[0] == _MIN:
            return False  # فبين من اعتقدوا أن: among those who
        return not any(w == "و" or w.startswith("وال") for w in subject)

    @staticmethod
    def _fold_actors(actors: tuple[tuple[int, int], ...], folded: cues.Stripped) -> list[tuple[int, int]]:
        if folded.index is None or not actors:
            return list(actors)
        index = folded.index
        return [(bisect_left(index, s), bisect_left(index, e)) for s, e in actors]

    # -- positions ---------------------------------------------------------------------------------------
    def quote_at(self, pos: int) -> tuple[int, int] | None:
        """The quotation that holds ``pos`` strictly inside its marks."""
        i = bisect_right(self.quote_starts, pos) - 1
        if i >= 0 and self.quotes[i][0] < pos < self.quotes[i][1] - 1:
            return self.quotes[i]
        return None

    def boundary(self, i: int) -> tuple[int, int] | None:
        """Sentence end number ``i`` as (end, start of what follows), or None when it is inside a quotation
        (a full stop just before the closing mark ends the sentence after the mark: «… واحد.» وأضاف)."""
        end = self.ends[i]
        if self.text[end] == "\n":
            return end, self.after_ends[i]
        q = self.quote_at(end)
        if q is None:
            return end, self.after_ends[i]
        if not self.text[self.after_ends[i] : q[1] - 1].strip():
            return q[1], q[1]
        return None

    def sentence_end(self, pos: int) -> int:
        """The end of the sentence holding ``pos`` (a full stop inside a quotation does not end it)."""
        i = bisect_right(self.ends, pos)
        while i < len(self.ends):
            if (b := self.boundary(i)) is not None and b[0] > pos:
                return b[0]
            i += 1
        return len(self.text)

    def sentence_start(self, pos: int) -> int:
        i = bisect_left(self.ends, pos) - 1
        while i >= 0:
            if (b := self.boundary(i)) is not None and b[1] <= pos:
                return b[1]
            i -= 1
        return 0

    def next_quote(self, pos: int, limit: int) -> tuple[int, int] | None:
        i = bisect_left(self.quote_starts, pos)
        if i < len(self.quotes) and self.quotes[i][0] < limit:
            return self.quotes[i]
        return None

    def words(self, start: int, end: int) -> int:
        return len(_WORD.findall(self.text, start, end))

    def trim(self, start: int, end: int) -> tuple[int, int]:
        text = self.text
        while start < end and (text[start].isspace() or text[start] in _EDGE):
            start += 1
        while end > start and (text[end - 1].isspace() or text[end - 1] in _EDGE):
            end -= 1
        return start, end

    def content_end(self, start: int, end: int) -> int:
        """Where content starting at ``start`` stops: the sentence end, a closing ``وفق تعبيره``, the next
        participle or و-cue (``، مشيرا إلى أن``, ``وأضاف أن``; not the clause's own verb, ``clause_verb``), a
        participle of the speaker's after a comma, cue or not (``، متمنيا …``), or ``وهو ما`` before a judgement or
        a reaction (``وهو ما يعد خرقا``، ``وهو ما نفته``)."""
        text = self.text
        i = bisect_left(self.verb_starts, start + 1)
        while i < len(self.verbs) and self.verb_starts[i] < end:
            m = self.verbs[i]
            at = m.end("lead")
            word = cues.fold(m.group("cue"))
            if (word not in cues.FORM_OF and not self.suffix_ok(word)) or (
                cues.FORM_OF.get(word) == cues.REMINDING and not self.reminding(m)
            ):
                i += 1
                continue  # إضافة إلى، ما أكده، وقعت مذكرة تفاهم: no cue of its own
            before = text[max(0, at - 9) : at]
            if before.endswith(_NOT_ADJECTIVE) or _COUNT_BEFORE.search(before):
                i += 1
                continue  # عودتهم غير مؤكدة: an adjective; 46 متهما، في (190) مقرا: a counted noun; no cue
            if cues.FORM_OF.get(word) == _NAQAL and self.carried(m.end()):
                i += 1
                continue  # …، نقلت للمستشفى لتلقي الإسعافات: carried somewhere, nothing relayed
            if (
                word == _ABBARA
                and before.rstrip().endswith(("،", ","))
                and self.next_word(m.end(), m.end() + 12) != _AN
            ):
                i += 1
                continue  # …، عبر إصدار الأحكام: the preposition (via), no cue
            if self.clause_verb(start, m, before):
                i += 1
                continue  # أن وزير الدفاع فلان، أكد استعداد …: the clause's own verb, the speaker's words go on
            joined = (
                m.group("pro")
                or before.endswith(_JOINING)
                or before.endswith(_JOINING_APART)
                or self.also_past(before, word, m.end())
            )
            if not joined and m.group("cue").endswith("ة") and self.agreeing(m, at):
                i += 1
                continue  # لآليات رقابية مشددة طبقا لـ: an adjective agreeing with the word before, no complement
            rel = _SAID_IN_RELATIVE.search(before)
            if rel and self.next_word(m.end(), m.end() + 12) in _SAID_IN and not self.quote_at(at):
                end = at - len(before) + rel.start()  # رسالة … والتي أعرب فيها عن دعمه: another saying, nested
                break
            if (word.startswith(cues.PARTICIPLE_PREFIXES) or joined) and not self.quote_at(at):
                end = at
                if (but := _BUT_BEFORE.search(before)) is not None:
                    end = at - len(before) + but.start()  # …، لكنه شدّد على: the content ends before لكنه
                break
            i += 1
        j = bisect_left(self.attribution_starts, start + 1)
        while j < len(self.attribution_starts) and self.attribution_starts[j] < end:
            a = self.attribution_cues[j].start("cue")
            if self.measure_after(self.attribution_cues[j].end("cue"), end):
                j += 1
                continue  # …، حسب عمر السيارة، بحسب نتائج المسح …: what the claim depends on, no attribution
            comma_before = text[max(0, a - 3) : a].rstrip().endswith(("،", ",", "، و"))
            if comma_before and self.aside_goes_on(self.attribution_cues[j].end("cue"), end) >= 0:
                j += 1
                continue  # …، وفق روايته، بتطبيق الاتفاقات: an aside, the clause goes on
            if comma_before or self.closing_attribution(self.attribution_cues[j], end):
                end = a
                break
            j += 1
        if text.find("وهو ما", start, end) >= 0:
            for m2 in _THIS_IS.finditer(text, start, end):
                if self.judging(cues.fold(m2.group("verb"))):
                    end = m2.start()
                    break
        if text.find("كان", start, end) >= 0:
            for m5 in _PLUPERFECT.finditer(text, start + 1, end):
                if not self.quote_at(m5.start()):
                    end = m5.start()
                    break
        if text.find("جاء", start, end) >= 0 or text.find("أتي", start, end) >= 0:
            for m7 in _CONTEXT_NOTE.finditer(text, start + 1, end):
                if not self.quote_at(m7.start()):
                    end = m7.start()
                    break
        for m8 in _ACT_VERBS.finditer(text, start + 1, end):
            verb = cues.fold(m8.group("verb"))
            if verb in _HAMMALA and text.find("مسؤولي", m8.end(), m8.end() + 60) < 0:
                continue  # حمل without مسؤولية: carried
            if verb in _REFUSING and not m8.group().lstrip().startswith("و"):
                continue  # إنه يرفض …، كما يرفض أيضا …: more of what the speaker refuses, in his words
            if (
                verb in _TAFAUL
                and text[max(0, m8.start() - 1) : m8.start() + 1].strip() in ("،", ",")
                and self.next_word(m8.end(), m8.end() + 20).startswith("ال")
            ):
                continue  # …، وتعهد الدوحة بعدم …: the verbal noun, one more in a list of conditions
            if not self.quote_at(m8.start()):
                end = m8.start()
                break
        for m6 in _SPEAKER_ACTS.finditer(text, start + 1, end):
            if not self.quote_at(m6.start()):
                end = m6.start()
                break
        for m4 in _PARTICIPLE_AFTER_COMMA.finditer(text, start, end):
            word = cues.fold(m4.group("word"))
            if word not in _NOT_PARTICIPLES and not _PASSIVE_SHAPE.fullmatch(word) and not self.quote_at(m4.start()):
                end = m4.start()
                break
        if (text.find("تعبير", start, end) >= 0 or text.find("قول", start, end) >= 0) and (
            m3 := cues.CLOSING_RE.search(text, start, end)
        ):
            end = m3.start()
        return end

    def deputy_before(self, pos: int) -> bool:
        """``النائب عن حزب``, ``ممثل عن``: the word before ``pos`` is a deputy's, whose عن names what they stand for;
        not before a word with a pronoun (``وأعلن النائب عن استقالته``: what he announced)."""
        text = self.text
        w = _LAST_WORD.search(text, max(0, pos - 20), pos - 1) if pos > 0 and text[pos - 1] == " " else None
        if w is None or cues.fold(w.group()).removeprefix("ال") not in _DEPUTIES:
            return False
        nxt = _WORD.search(text, pos + 2, pos + 40)
        return nxt is not None and not nxt.group().endswith(("ه", "ها", "هم", "هما"))

    def carried(self, pos: int) -> bool:
        """After نقلت / نقلوا: a place it went to (``للمستشفى``, ``إلى المستشفى``), not a relay
        (``نقلت عن``, ``نقلت وكالة``, ``نقلت للجوهرة``)."""
        nxt = self.next_word(pos, pos + 30)
        if nxt.startswith(_LIL):
            rest = nxt[2:]
            return "ال" + rest not in cues.MEDIA and rest not in cues.MEDIA  # not نقلت للجوهرة، للصحفيين: told
        return nxt in _TOWARDS

    def agreeing(self, m: re.Match[str], at: int) -> bool:
        """A feminine participle right after an indefinite feminine word, and no complement after it."""
        return _AGREEING.search(self.text, max(0, at - 30), at) is not None and self.bare_participle(m)

    def bare_participle(self, m: re.Match[str]) -> bool:
        """No complement after a participle (``مشددة طبقا لـ``; not ``مشيرة إلى``, ``مضيفة أن``, ``مؤكدة على``, a
        quotation or a colon)."""
        text = self.text
        after = text[m.end() : m.end() + 3].lstrip()
        if not after or after[0] in _COMPLEMENT_MARKS:
            return False
        nxt = self.next_word(m.end(), m.end() + 20)
        return bool(nxt) and nxt not in _COMPLEMENT_WORDS and not nxt.startswith(("ب", "ل"))

    def measure_after(self, pos: int, end: int) -> bool:
        """``حسب عمر السيارة``, ``بحسب نتائج المسح``, ``حسب الأرقام``: after بحسب / حسب / وفق, a measure or evidence
        the claim rests on, not who said it."""
        w = _WORD.search(self.text, pos, end)
        return w is not None and not self.text[pos : w.start()].strip() and cues.fold(w.group()) in _MEASURES

    def aside_goes_on(self, pos: int, end: int) -> int:
        """``تتمثل المطالب أساسا، وفق المسؤول النقابي، في تفعيل …``, ``…، وفق روايته، بتطبيق الاتفاقات``: an attribution
        closed by a comma (at most ``MAX_SOURCE_WORDS`` words) before a preposition that goes on with the clause
        before it is an aside inside the content; where the clause goes on, else -1. Not before a name, a participle,
        a time or an occasion (``، في تصريح للجوهرة``), which end the clause."""
        text = self.text
        comma = min((p for p in (text.find("،", pos, end), text.find(",", pos, end)) if p >= 0), default=-1)
        if comma < 0 or self.words(pos, comma) > MAX_SOURCE_WORDS or _SENTENCE_IN.search(text, pos, comma):
            return -1
        w = _WORD.search(text, comma + 1, end)
        if w is None or text[comma + 1 : w.start()].strip():
            return -1
        word = cues.fold(w.group())
        if word in _ASIDE_PREPOSITIONS:
            nxt = self.next_word(w.end(), end)
        elif word.startswith(_BI_NOUN) and len(word) > 4 and word not in _ADMITTED_NOT:
            nxt = word[1:]  # بتطبيق، بملفات، بالزيادة; not a name (بلقاسم، بوبكر)
        else:
            return -1
        return -1 if not nxt or nxt == _HIN or _occasion(nxt) else w.start()  # ، في حين: a clause of its own

    @staticmethod
    def judging(verb: str) -> bool:
        """After ``وهو ما``: a verb of judgement (يعد، يدل على) or a cue with its object pronoun (اعتبرته، نفاه)."""
        if verb in _JUDGING:
            return True
        if not verb.endswith(_PRONOUNS):
            return False
        stems = [verb[:-n] for n in (1, 2, 3)]
        stems += [stem[:-1] + cues.fold("ى") for stem in stems if stem.endswith("ا")]  # نفاه: نفى
        return any(stem in cues.FORM_OF for stem in stems)

    def closing_attribution(self, m: re.Match[str], end: int) -> bool:
        """``… كشف اسمه حاليا حسب خبر عاجل أوردته صحيفة …``, ``… وفق ما أكده مصدر أمني``: an attribution with no
        comma before it ends the content when it closes the sentence (at most ``MAX_SOURCE_WORDS`` words to the
        end, no comma, colon or أن) and what follows it is a report: ما and a reporting verb, or a source noun (a
        medium, مصدر، خبر، بيان …); not ``يتراوح بين 50 و200 دينار حسب عمر السيارة`` (depending on), ``وفق ما يخوله
        القانون``, ``بحسب ما أثبتته دراسات`` (what the claim rests on)."""
        text, after = self.text, m.end("cue")
        if (tail := _TIME_TAIL.search(text, after, end)) is not None:
            end = tail.start()  # … صحيفة "الإندبندنت" البريطانية، الخميس: a time after the source
        if self.quote_at(m.start("cue")) or _COMMA_OR_COLON.search(text, after, end):
            return False
        if self.words(after, end) > MAX_SOURCE_WORDS or cues.COMPLEMENTISER_RE.search(text, after, end):
            return False
        w = _WORD.search(text, after, end)
        if w is None or text[after : w.start()].strip():
            return False
        word = cues.fold(w.group())
        if word == "ما" and (v := _WORD.search(text, w.end(), end)):
            word = "ما" + cues.fold(v.group())  # وفق ما أكده: a reporting verb; not وفق ما يخوله القانون
        if word.startswith("ما") and len(word) > 2:
            verb = word[2:]
            return any(verb[: len(verb) - n] in cues.FORM_OF for n in (0, 1, 2, 3))
        return word.removeprefix("ال") in _REPORTERS

    def clause_verb(self, start: int, m: re.Match[str], before: str) -> bool:
        """``أن تقريرا أعدته اللجنة، أكد وجود فساد``, ``أن وزير الدفاع فلان، أكد استعداد …``: a finite cue with
        no proclitic right after a comma, the content having opened with a complementiser at ``start`` and no
        other comma or cue before it within ``MAX_CLAUSE_SUBJECT_WORDS``, is the verb of that clause's subject;
        the gold keeps it in the content and lists no claim of its own (held out 5, 33). Not when a definite word
        follows it (``…، أكد الوزير``: a subject of its own, a new claim)."""
        word = cues.fold(m.group("cue"))
        if m.group("pro") or word.startswith(cues.PARTICIPLE_PREFIXES) or not before.endswith(("، ", ", ")):
            return False
        text = self.text
        comma = m.end("lead") - 2
        opened = cues.COMPLEMENTISER_RE.search(text, max(0, start - 8), start + 1)
        if opened is None or opened.end() != start or _BREAK_OR_QUOTE.search(text, start, comma):
            return False
        k = bisect_left(self.verb_starts, start)
        if self.words(start, comma) > MAX_CLAUSE_SUBJECT_WORDS or (
            k < len(self.verb_starts) and self.verb_starts[k] < comma
        ):
            return False  # a long subject, or a cue of its own inside it
        return not self.next_word(m.end(), m.end() + 30).startswith("ال")

    def also_past(self, before: str, word: str, after: int) -> bool:
        """``…، كما اتهمت الرقيب بـ``: كما before a past cue opens a claim of its own; not a present one (``كما
        توضح أن``: the speaker's words go on, its subject the content's), nor an aside with nothing after it
        (``التي تسعى، كما قال، لضرب …``, ``… كما ذكرت مشيرا إلى أن``: as she said)."""
        if not before.endswith(" كما ") or word.startswith(cues.PARTICIPLE_PREFIXES) or self.present(word):
            return False
        aside = self.text[after : after + 2].lstrip()[:1] in "،,."
        return not aside and self.next_word(after, after + 30) not in cues.FORM_OF

    def add(self, claim: _Claim) -> bool:
        start, end = claim.start, claim.end
        if end - start < 3:
            return False
        for s, e in self.taken:
            if self.nested and s <= start and end <= e and (s, e) != (start, end):
                continue  # inside the content that reports it
            inter = min(e, end) - max(s, start)
            if inter > 0 and (s == start or inter >= 0.5 * min(e - s, end - start)):
                return False
        self.taken.append((start, end))
        claim.nested = self.nested
        if claim.source is not None and self.pronoun_preposition(*claim.source):
            claim.source = None  # … تلتقي حولها وأشار أن: a preposition with its pronoun names no speaker
        self.claims.append(claim)
        return True

    def pronoun_preposition(self, start: int, end: int) -> bool:
        """The source is one word, a preposition with a pronoun (حولها، عنه، عليها، معهم، له)."""
        words = _WORD.findall(self.text, start, end)
        if len(words) != 1:
            return False
        word = cues.fold(words[0])
        return any(
            word.endswith(p) and (word[: -len(p)] in _PREPOSITION_WORDS or word[: -len(p)] in ("ل", "ب"))
            for p in _PRONOUNS
        )

    def inside_taken(self, pos: int) -> bool:
        return any(s <= pos < e for s, e in self.taken)
