"""Which source a cue takes (``cue_source``): after it, relayed (نقلا عن), or before it, an institution, an
antecedent (… الذي أكد), the subject of the clause's verb or a pronoun's subject; an object or an addressee cut off
the source (دعا الوزير نظيره إلى)."""

from __future__ import annotations

import re
from bisect import bisect_right
from itertools import pairwise
from typing import TYPE_CHECKING

from app.assist import cues
from app.assist.claim_source import _Sources
from app.assist.claim_words import (
    _ADDRESSEE_RE,
    _ADDRESSEES,
    _ALIMA,
    _ALLADHI,
    _ALLATI,
    _AMMA,
    _APPOSITION_HEADS,
    _BREAK_IN,
    _BREAK_OR_QUOTE,
    _CALLING,
    _CONJUNCTIONS,
    _DURING_IT,
    _GUEST,
    _INSTITUTIONS,
    _ITABARA,
    _KANA,
    _KANA_QAD,
    _LAST_WORD,
    _MASDAR,
    _MASDAR_VERBS,
    _MI_NAMES,
    _NAME_TITLES,
    _NAQAL,
    _NAQLAN,
    _NO_ANTECEDENT,
    _NOT_DOCUMENTS,
    _NOT_SUBJECT,
    _OBJECT_FIRST,
    _OBJECT_HEADS,
    _PARTICLES,
    _PERCEIVING,
    _PERSON_HEADS,
    _PERSON_STEMS,
    _PERSON_TITLES,
    _PREPOSITION_WORDS,
    _PRONOUN_THAT,
    _PRONOUNS,
    _QUANTIFIERS,
    _QUOTE_IN,
    _RELATIVE_WORDS,
    _RELATIVES,
    _RELAY_AN,
    _REPORTS,
    _RESUMPTIVE,
    _SAID_IN,
    _SAYING,
    _SHORT_NAME,
    _SIDE_OPENERS,
    _STRAIGHT_AND_GUILLEMETS,
    _TITLES,
    _WASAFA,
    _WORD,
    CUE_REACH,
    MAX_ANTECEDENT_WORDS,
    MAX_PRONOUN_WORDS,
    MAX_SOURCE_WORDS,
    _preposition_re,
)


class _Subjects(_Sources):
    """Which source a cue takes, after or before it."""

    if TYPE_CHECKING:  # defined in _Finder (which inherits this mixin)

        def informant(self, pos: int, limit: int) -> tuple[int, int] | None: ...

    def quote_closing_in(self, start: int, end: int) -> tuple[int, int] | None:
        """A quotation whose closing mark lies in ``[start, end)``."""
        i = bisect_right(self.quote_starts, end) - 1
        while i >= 0 and self.quotes[i][1] > start:
            if start < self.quotes[i][1] <= end:
                return self.quotes[i]
            i -= 1
        return None

    def cue_source(self, m: re.Match[str], limit: int) -> tuple[int, int] | None:
        """The source of the cue ``m`` whose content starts at ``limit``: the topic of ``أما X فقال``, the
        antecedent of ``القاضي الذي أكد``, the subject after the verb, else the one named before it in the
        sentence: the previous claim's, or (for a participle, a و-verb inside the sentence, ``قال فيه``) the
        subject of the sentence's first verb."""
        cue = m.span("cue")
        word = cues.fold(m.group("cue"))
        participle = word.startswith(cues.PARTICIPLE_PREFIXES)
        if word not in cues.FORM_OF and any(
            (base := cues.FORM_OF.get(word[:-n])) == _ITABARA or (base == _WASAFA and self.relative_before(m.start()))
            for n in (1, 2, 3)
        ):
            # القانون الذي اعتبره خطوة …، الديمقراطية التي وصفها بأنها: the antecedent is what is considered or
            # described; the speaker is named before
            return self.source_before(cue[0], True)
        if m.group("pro") == "ف" and (topic := self.topic_before(m.start("pro"))) is not None:
            return topic
        if cues.FORM_OF.get(word) == _ALIMA and (informant := self.informant(cue[1], limit)) is not None:
            return informant  # علمت الجوهرة "اف ام" من مصادر موثوقة أن: the sources told it
        if (antecedent := self.antecedent(m.start("pro") if m.group("pro") else cue[0], word)) is not None:
            if (subject_after := self.subject_right_after(cue[1], limit, word)) is not None:
                return subject_after  # والتي أشارت الهايكا إلى أنها: a subject after the verb, the relative its object
            return antecedent
        if self.nested and (said_inside := self.nested_subject(m)) is not None:
            return said_inside
        if self.nested and self.pronoun_subject(m):
            return None  # مشيرا إلى أنه اتهم العراقيين بـ: the one the pronoun names, not named here
        # a participle (مؤكدا، داعيا) follows its subject: what comes after it is its object
        source = None if participle else self.source_after(cue[1], limit)
        if source is not None and word.endswith("وا") and _DURING_IT.match(self.text, cue[1]):
            source = None  # نفذوا وقفة، طالبوا خلالها الدولة بـ: a plural verb's subject is named before it
        if source is not None and cues.fold(self.text[source[0] : source[1]]) in _SAYING:
            return None  # وأضاف قوله أن: the saying itself, the speaker is not named here
        if source is not None and cues.FORM_OF.get(word) in cues.IN_CUES and self.pronoun_noun(*source):
            # كتب وزير الخارجية مقالا … جاء في مقدمته: the text is the writer's, named before
            return self.source_before(cue[0], True)
        if source is not None and cues.FORM_OF.get(word) == _NAQAL:
            source = self.relayed_after(source[1], limit) or source
        elif source is not None:
            source = self.relayed_naqlan(source, limit) or source
        if source is not None and (self.addressed(m, source) or self.object_after_kama(m)):
            return self.source_before(cue[0], True)  # … بعيدا عن الاقصاء ودعا الحضور للمساهمة: the object
        if source is not None and cues.FORM_OF.get(word) in _CALLING:
            source = self.without_object(source)
        if source is not None:
            return self.without_addressee(source)
        text = self.text
        subject = participle
        if not subject and m.group("pro"):
            subject = _WORD.search(text, self.sentence_start(cue[0]), m.start("pro")) is not None
        if not subject:
            after = _WORD.search(text, cue[1], cue[1] + 12)
            subject = after is not None and cues.fold(after.group()) in _SAID_IN
        if not subject:
            # وكان المتحدث باسم الجيش، أعلن أن: the subject between كان and the cue
            opening = _WORD.search(text, self.sentence_start(cue[0]), cue[0])
            subject = opening is not None and cues.fold(opening.group()) in _KANA
        if not subject:
            # ولم يبين الموقع عمر الطفلة ولكن ذكر أن: a cue after a conjunction shares the clause's subject
            head = text[max(0, cue[0] - 8) : cue[0]].split()
            subject = bool(head) and cues.fold(head[-1]) in _CONJUNCTIONS and self.sentence_start(cue[0]) < cue[0] - 8
        if not subject:
            subject = self.after_clause_comma(cue[0], word)
        found = self.source_before(cue[0], subject)
        if found is None and not m.group("pro") and self.present(word):
            found = self.institution_before(cue[0])
        return found

    def institution_before(self, cue_start: int) -> tuple[int, int] | None:
        """A present cue right after an institution's name, nothing between (a headline run into the next in a
        digest: ``… بمدرسة في الكاف وزارة النقل تعلن عن …``): the institution is its subject; its head among
        the three words before the cue, the words after the head definite."""
        text = self.text
        words: list[re.Match[str]] = []
        pos = cue_start
        for _ in range(3):
            w = _LAST_WORD.search(text, 0, len(text[:pos].rstrip(" ")))
            if w is None or text[w.end() : pos].strip(" ") or self.is_stop(cues.fold(w.group())):
                return None
            words.insert(0, w)
            if cues.fold(w.group()) in _INSTITUTIONS:
                break
            if not cues.fold(w.group()).startswith("ال"):
                return None
            pos = w.start()
        else:
            return None
        return words[0].start(), words[-1].end()

    def after_clause_comma(self, cue_start: int, word: str) -> bool:
        """A past cue right after a comma inside the sentence, no subject after it, goes on the clause before
        without a و (``عبّرت المستشارة … عن رفضها …، قالت بأن``, ``نشرت مواقع سورية، مقطع فيديو، قالت إنه``):
        it shares the subject of the sentence's first verb, as a و-verb does (not a plural one, see below)."""
        lo = max(0, cue_start - 4)
        comma = lo + len(self.text[lo:cue_start].rstrip()) - 1
        return (
            comma >= lo
            and self.text[comma] in ("،", ",")
            and not self.present(word)
            and not word.endswith("وا")  # وبالتحري معهم، اعترفوا: the ones questioned, named as an object before
            and self.sentence_start(cue_start) < comma
        )

    def addressed(self, m: re.Match[str], source: tuple[int, int]) -> bool:
        """The "subject" after the cue is one addressee word that is the cue's object: an accusative plural
        (ذكّرت المواطنين), or any after a و-verb of calling inside a sentence (ودعا الحضور، وطالب السلطات); the
        subject is then the one named before."""
        words = _WORD.findall(self.text, *source)
        calling = cues.FORM_OF.get(cues.fold(m.group("cue"))) in _CALLING
        if (
            calling
            and words
            and cues.fold(words[0]) in _QUANTIFIERS
            and (len(words) < 2 or cues.fold(words[1]) != "من")
        ):
            return True  # كما دعت جميع الأطراف الليبية إلى: all of them addressed (not دعا كل من X و Y: both called)
        if len(words) > 1 and cues.fold(words[0]) in _ADDRESSEES and all(self.adjective(w) for w in words[1:]):
            words = words[:1]  # وطالبوا السلط المعنية بـ: the addressee with its adjectives
        if len(words) != 1 or (word := cues.fold(words[0])) not in _ADDRESSEES:
            return False
        if word.endswith("ين"):
            return True  # كما ذكّرت المواطنين بأنه: an accusative plural is never the subject
        if m.group("pro") != "و" or not calling:
            return False
        return _WORD.search(self.text, self.sentence_start(m.start()), m.start("pro")) is not None

    def object_after_kama(self, m: re.Match[str]) -> bool:
        """``وطالبت النقابة بـ…، كما دعت وزارة الداخلية إلى``, ``… كما اتهمت الرقيب بالقتل``: after كما, in a
        sentence whose earlier claim names its source, the words after دعا / طالب / اتهم are its object and the
        subject is that source."""
        if cues.FORM_OF.get(cues.fold(m.group("cue"))) not in _OBJECT_FIRST or m.group("pro"):
            return False
        cue = m.start("cue")
        if not self.text[max(0, cue - 6) : cue].endswith(" كما "):
            return False
        start = self.sentence_start(cue)
        return any(c.source and c.cue and start <= c.cue[0] < cue for c in self.claims)

    def adjective(self, word: str) -> bool:
        """A definite adjective of an addressee (المعنية، المختصة، الجهوية): ال, no title, body or stop word."""
        folded = cues.fold(word)
        return folded.startswith("ال") and self.person(word) and not self.is_stop(folded) and folded not in _ADDRESSEES

    def relayed_after(self, pos: int, limit: int) -> tuple[int, int] | None:
        """``ونقلت الوكالة عن الوزير قوله إن``: the one whose words are relayed, without ``قوله`` (also after the
        agency's short name in brackets: ``ونقلت وكالة أنباء الإمارات (وام) عن``)."""
        if (short := _SHORT_NAME.match(self.text, pos, limit)) is not None:
            pos = short.end()
        m = _RELAY_AN.match(self.text, pos + 1) if self.text[pos : pos + 1] == " " else None
        if m is None or self.is_stop(self.next_word(m.end(), limit)):
            return None
        found = self.source_after(m.end(), limit)
        if found is None:
            return None
        words = [w for w in _WORD.finditer(self.text, *found) if not cues.fold(w.group()).startswith("قول")]
        return (found[0], words[-1].end()) if words else None

    def relayed_naqlan(self, source: tuple[int, int], limit: int) -> tuple[int, int] | None:
        """``وقالت الصحيفة نقلا عن مصادرها أن``: the words are the ones relayed after ``نقلا عن``, not the
        paper's (the source found after the cue ends in ``نقلا``, عن stopping it)."""
        if not self.text.endswith(_NAQLAN, *source):
            return None
        words = list(_WORD.finditer(self.text, *source))
        if len(words) < 2 or cues.fold(words[-1].group()) != _NAQLAN:
            return None
        return self.relayed_after(words[-2].end(), limit)

    def without_object(self, source: tuple[int, int]) -> tuple[int, int]:
        """``وطالبت النقابة وزارة الداخلية بـ…``, ``ودعت النقابة عموم منخرطيها إلى``: after a definite subject that
        is no title, the head of a construct that names an institution or a whole is the calling verb's object;
        so is a quotation after a bare name (``دعا أبوعياض "الشيخين" أيمن الظواهري …``)."""
        words = list(_WORD.finditer(self.text, *source))
        for k, (prev, w) in enumerate(pairwise(words)):
            before = cues.fold(prev.group())
            if _BREAK_OR_QUOTE.search(gap := self.text[prev.end() : w.start()]):
                if k == 0 and _QUOTE_IN.search(gap) and not self.names(before) and not before.startswith("ال"):
                    return source[0], prev.end()
                return source
            if (
                cues.fold(w.group()) in _OBJECT_HEADS
                and before.startswith(("ال", "لل"))
                and before.removeprefix("ال") not in _PERSON_TITLES
                and before not in _NAME_TITLES
            ):
                return source[0], prev.end()  # not النائب رئيس لجنة المالية: a title in apposition
            if before.startswith(("ال", "لل")) and self.pronoun_noun(*w.span()):
                return source[0], prev.end()  # ودعت الخطوط التونسية حرفاءها إلى: its own, addressed
            if (
                before.startswith("ال")
                and before.removeprefix("ال") not in _PERSON_TITLES
                and before not in _NAME_TITLES
                and k + 2 < len(words)
                and self.plural_construct(w, words[k + 2])
            ):
                return source[0], prev.end()  # ودعت الوزارة مستعملي السيارات إلى: the ones called
        return source

    def plural_construct(self, w: re.Match[str], nxt: re.Match[str]) -> bool:
        """``مستعملي السيارات``, ``مديري الشؤون``: a participle's plural in construct (م…ي, its ن dropped) before
        a definite word, or a broken plural in ى (``مرضى السكري``); after a definite subject it can only be the
        object (a name after a title is seldom a م…ي of five letters: مهدي، مجدي have four; مولدي، مصطفى are
        names)."""
        word = w.group()
        plural = (len(word) >= 5 and word.endswith("ي")) or (len(word) >= 4 and word.endswith("ى"))  # مرضى السكري
        if not plural or not word.startswith("م") or cues.fold(word) in _MI_NAMES:
            return False
        return self.text[w.end() : nxt.start()] == " " and cues.fold(nxt.group()).startswith("ال")

    def without_addressee(self, source: tuple[int, int]) -> tuple[int, int]:
        """``ويطالب المحتجون السلطات بـ…``: a definite addressee after a definite word is the cue's object."""
        if not _ADDRESSEE_RE.search(self.text, *source) or _BREAK_IN.search(self.text, *source):
            return source  # none; or الناطق الرسمي الحكومة، خالد شوكات: a title with its name
        words = list(_WORD.finditer(self.text, *source))
        for prev, w in pairwise(words):
            if cues.fold(w.group()) in _ADDRESSEES and cues.fold(prev.group()).startswith("ال"):
                return source[0], prev.end()
        return source

    def pronoun_noun(self, start: int, end: int) -> bool:
        """One word with a possessive pronoun (مقدمته، بيانها): it names no one."""
        words = _WORD.findall(self.text, start, end)
        if len(words) != 1 or len(words[0]) <= 3 or cues.fold(words[0]).startswith("ال"):
            return False
        word = words[0]
        stem = next((word[: -len(p)] for p in _PRONOUNS if word.endswith(p)), None)  # as written: ة is no pronoun
        return stem is not None and cues.fold(stem) not in _PERSON_STEMS

    def document_after(self, pos: int, limit: int) -> bool:
        """``جاء في البيان``, ``ورد في مقدمته``: what follows في names a text, not a time or a rank."""
        word = self.next_word(pos, limit)
        return word.isalpha() and word.removeprefix("ال") not in _NOT_DOCUMENTS and not self.is_stop(word)

    def relative_before(self, pos: int) -> bool:
        """``بحسب ما جاء في``, ``التي وردت في``: the cue is a relative clause's verb, no claim of its own."""
        head = self.text[max(0, pos - 8) : pos].split()
        return bool(head) and cues.fold(head[-1]) in _RELATIVE_WORDS

    def topic_before(self, pos: int) -> tuple[int, int] | None:
        """``أما القيادي بالحزب، سعيد خشارم، فقال``: the words between أما and the cue's ف."""
        start = max(self.sentence_start(pos), pos - 90)
        found = None
        for w in _WORD.finditer(self.text, start, pos):
            if cues.fold(w.group()) in _AMMA:
                found = w
        if found is None:
            return None
        s, e = self.trim(found.end(), pos)
        if s >= e or self.words(s, e) > MAX_SOURCE_WORDS or _QUOTE_IN.search(self.text, s, e):
            return None
        return s, e

    def antecedent(self, pos: int, cue_word: str = "") -> tuple[int, int] | None:
        """``صدر عن القاضي الذي أكد``: a cue right after a relative pronoun is said by the noun before it (the
        definite words up to four, with the head of an idafa: ``تقرير دائرة المحاسبات الذي``, and a word after
        its proclitic: ``بالكاتب العام الذي``). A verb that does not agree with the pronoun (التي يطالب بها
        النواب) has a subject of its own: the noun is its object, and nothing is returned."""
        text = self.text
        head = text[max(0, pos - 12) : pos].split()
        if not head:
            return None
        relative = cues.fold(head[-1])
        joined = relative.startswith("و") and relative[1:] in _RELATIVES  # والذي أكد
        relative = relative[1:] if joined else relative
        if relative not in _RELATIVES:
            return None
        if cue_word and not self.agrees(relative, cue_word) and _SAID_IN.isdisjoint(self.words_after(pos, 2)):
            return None  # not تصريحات الوزير التي قال فيها: the statements', whose speaker is named in them
        rel = text.rfind(head[-1], 0, pos)
        words = list(_WORD.finditer(text, max(0, rel - 80), rel))
        if words and text[words[-1].end() : rel].strip() in ("،", ","):
            return self.titled_antecedent(words, rel) or self.named_antecedent(words, rel)
        if joined:
            return self.first_relative(rel, relative)
        first = last = -1
        for w in reversed(words[-5:]):
            folded = cues.fold(w.group())
            gap = text[w.end() : first if first >= 0 else rel]
            if gap.strip() or self.is_stop(folded) or folded in _PARTICLES:
                break
            if folded.startswith("ال"):
                first, last = w.start(), last if last >= 0 else w.end()
                continue
            if folded in _NO_ANTECEDENT:
                return None  # الأمر الذي يؤكد: the writer's comment
            if folded.startswith(("بال", "وال", "كال")) and len(folded) > 4:
                first, last = w.start() + 1, last if last >= 0 else w.end()  # بالكاتب، للاقتراض: past the proclitic
                break
            if (
                first >= 0
                and len(folded) >= 3
                and (not folded.startswith(("ب", "ل", "و", "ف", "ك")) or folded in _APPOSITION_HEADS)  # وزير، والي
                and not w.group().endswith("ه")  # يمثله: a verb with its object pronoun
            ):
                first = w.start()  # وزير الخارجية، دائرة المحاسبات
                k = words.index(w)
                if k and text[words[k - 1].end() : first] == " " and cues.fold(words[k - 1].group()) in _REPORTS:
                    first = words[k - 1].start()  # تقرير دائرة المحاسبات الذي كشف: the report says it
            break
        if first < 0:
            return self.titled_name(words, rel) or self.named_bare(words, rel)
        if self.next_word(first, last).removeprefix("ال") in _PERSON_TITLES:
            first = self.name_before_title(first)  # مع يوسف الشاهد، رئيس الحكومة الذي أفاد: the name too
        elif (k := next((k for k, w in enumerate(words) if w.start() == first), -1)) > 0 and self.name_head(words[k]):
            first = self.title_before(words, k) or first  # بمعتمد الجهة محمد الشابي الذي: the title too
        return first, last

    def name_head(self, w: re.Match[str]) -> bool:
        """The first word of a name: no ال, no title, no pronoun, not a proclitic's word."""
        folded = cues.fold(w.group())
        return (
            not folded.startswith("ال")
            and not self.title_word(w.group())
            and not (folded[:1] in ("ب", "ل", "و") and self.title_word(w.group()[1:]))  # بالنائب، بوزير
            and self.name_word(w.group())
            and not w.group().endswith(_PRONOUNS)
            and not self.stop_word(w.group())
        )

    def titled_name(self, words: list[re.Match[str]], rel: int) -> tuple[int, int] | None:
        """``الرئيس الأمريكي دونالد ترامب الذي``, ``بوزير الخارجية سامح شكري الذي``: a name of one to three words
        without ال right before the relative pronoun, after its title phrase (``title_before``)."""
        text = self.text
        k = len(words)
        while k > 0 and len(words) - k < 3 and self.name_head(words[k - 1]):
            if text[words[k - 1].end() : words[k].start() if k < len(words) else rel].strip():
                break
            k -= 1
        if k == len(words) or k == 0:
            return None
        start = self.title_before(words, k)
        return (start, words[-1].end()) if start is not None else None

    def title_before(self, words: list[re.Match[str]], k: int) -> int | None:
        """Where the title phrase before the name opening at ``words[k]`` starts: its leftmost title word among the
        definite words, the heads of an idafa and the ل-genitives before the name (``رئيس الهيئة الوطنية لمكافحة
        الفساد شوقي الطبيب``), past a proclitic بـ / لـ / و on it (``بالنائب``, ``بوزير``); None without a title."""
        text = self.text
        start = None
        after = words[k]
        for j in range(k - 1, max(-1, k - 8), -1):
            w = words[j]
            raw, folded = w.group(), cues.fold(w.group())
            if (
                text[w.end() : after.start()].strip()
                or self.stop_word(raw)
                or self.preposition(raw)
                or not raw.isalpha()
            ):
                break
            if self.title_word(raw):
                start = w.start()
            elif folded[:1] in ("ب", "ل", "و") and len(raw) > 3 and self.title_word(raw[1:]):
                return w.start() + 1  # بوزير الخارجية، بالنائب: the proclitic opens the phrase
            elif not (  # a definite word, a ل-genitive or an idafa's head (مجلس النواب, لمكافحة الفساد; not بالبحث)
                folded.startswith(("ال", "لل"))
                or (cues.fold(after.group()).startswith("ال") and j < k - 1 and not folded.startswith("ب"))
            ):
                break
            after = w
        return start

    def subject_right_after(self, pos: int, limit: int, word: str) -> tuple[int, int] | None:
        """A definite subject right after a cue that follows a relative pronoun (``الخلية التي أعلنت وزارة
        الداخلية الإطاحة بها``): the relative is the verb's object. Not after a verb whose object comes first
        (``التي طالبت الموقع بـ``, ``التي اتهمت جيرانها``), nor اعتبر or a verb of perception."""
        lemma = cues.FORM_OF.get(word)
        if lemma is None or lemma in _OBJECT_FIRST or lemma in _PERCEIVING or lemma == _ITABARA:
            return None
        start = _WORD.match(self.text, pos + 1) if self.text[pos : pos + 1] == " " else None
        if start is None or self.is_stop(folded := cues.fold(start.group())):
            return None
        if not folded.startswith("ال") and (
            folded.endswith("ا") or not self.next_word(start.end(), limit).startswith("ال")
        ):
            return None  # وزارة الداخلية: the head of an idafa; not an accusative (فريدة، نيتها is the object)
        after = self.source_after(pos, limit)
        return after if after is not None and after[0] == start.start() else None

    def disagreeing(self, pos: int, cue_word: str) -> bool:
        """The cue at ``pos`` follows a relative pronoun it does not agree with (``بالتهمة التي اعتبر أنها
        ملفقة``): a relative clause with a subject of its own, whose words are a claim as much as one after a
        pronoun that agrees."""
        head = self.text[max(0, pos - 12) : pos].split()
        relative = cues.fold(head[-1]).removeprefix("و") if head else ""
        return relative in _RELATIVES and not self.agrees(relative, cue_word)

    def words_after(self, pos: int, n: int) -> list[str]:
        """The folded words of the ``n`` after the one at ``pos``."""
        return [cues.fold(w) for w in self.text[pos : pos + 40].split()[1 : n + 1]]

    def agrees(self, relative: str, cue_word: str) -> bool:
        """The cue agrees with the relative pronoun, so the antecedent is its subject; one that does not has a
        subject of its own after it (``التي يطالب بها النواب``, ``التي أعلن اليوم رئيس الحكومة عن``)."""
        past = not self.present(cue_word)
        if relative == _ALLATI:
            return not cue_word.startswith("ي") and (not past or cue_word.endswith("ت"))
        if relative == _ALLADHI:
            return not (past and cue_word.endswith("ت"))
        return not past or cue_word.endswith("وا")  # الذين نقلوا

    def first_relative(self, rel: int, relative: str) -> tuple[int, int] | None:
        """``الجلسة الصلحية التي تمّ عقدها … والتي أكدت``: a relative clause joined by و to an earlier one of
        the same pronoun in the sentence shares its antecedent; with none, the words before it end another
        phrase (``زيارة ترامب إلى الرياض والذي حث``) and name no antecedent."""
        start = max(self.sentence_start(rel), rel - 150)
        for w in reversed(list(_WORD.finditer(self.text, start, rel))):
            if cues.fold(w.group()) == relative:
                return self.antecedent(w.end() + 1)
        return None

    def named_antecedent(self, words: list[re.Match[str]], rel: int) -> tuple[int, int] | None:
        """Before ``، الذي`` a name with no title among its words: with the titled phrase set off by a comma
        before it (``معتمد جمال، محمد علي النصري، الذي``, ``الناطق الرسمي باسم النقابة، المنتصر بالله بربيرو،
        والذي``), both; else a name of two or three words after a stop word, a preposition or a resumptive
        pronoun (``التي أدلى بها إيمانويل ماكرون، الذي``). A definite noun alone (``الوزارة، التي``, ``بالبادرة
        السويدية ، التي``) is none."""
        text = self.text
        name: list[re.Match[str]] = []
        for w in reversed(words[-4:]):
            gap = text[w.end() : name[-1].start() if name else words[-1].end()]
            folded = cues.fold(w.group())
            if gap.strip() or self.stop_word(w.group()) or folded in _RESUMPTIVE or self.preposition(w.group()):
                break
            if not self.name_word(w.group()):
                break
            name.append(w)
        if not name or len(name) == len(words):
            return None
        before = words[-len(name) - 1]
        gap = text[before.end() : name[-1].start()].strip()
        if gap in ("،", ","):
            title = self.titled_phrase(words[: -len(name)])
            return (title, words[-1].end()) if title is not None else None
        opener = cues.fold(before.group())
        if gap or not 2 <= len(name) <= 3 or cues.fold(name[-1].group()).startswith("ال"):
            return None
        if self.is_stop(opener) or opener in _PREPOSITION_WORDS or opener in _RESUMPTIVE:
            return name[-1].start(), words[-1].end()
        return None

    def title_run(self, words: list[re.Match[str]]) -> list[re.Match[str]]:
        """The last words of ``words`` (at most ``MAX_ANTECEDENT_WORDS``), last first, up to a stop word, a
        particle, a word that is not all letters or anything but a space between two of them: where a title
        phrase before a name or a relative pronoun may lie."""
        text = self.text
        taken: list[re.Match[str]] = []
        for w in reversed(words[-MAX_ANTECEDENT_WORDS:]):
            folded = cues.fold(w.group())
            gap = text[w.end() : taken[-1].start()] if taken else ""
            if gap.strip() or self.is_stop(folded) or folded in _PARTICLES or not w.group().isalpha():
                break
            taken.append(w)
        return taken

    def titled_phrase(self, words: list[re.Match[str]]) -> int | None:
        """Where a title phrase ending with ``words`` starts (``الناطق الرسمي باسم نقابة الشرطة البلدية``): its
        first title word among the last ``MAX_ANTECEDENT_WORDS``, none of them a stop word or past a comma."""
        taken = self.title_run(words)
        heads = [w for w in taken if self.title_word(w.group())]
        return heads[-1].start() if heads else None

    def stop_word(self, word: str) -> bool:
        """A stop word; not the name علي, which folds as على does."""
        return self.is_stop(cues.fold(word)) and word != "علي"

    @staticmethod
    def preposition(word: str) -> bool:
        """A preposition word; not the name علي, which folds as على does."""
        return cues.fold(word) in _PREPOSITION_WORDS and word != "علي"

    def relative_cue_between(self, start: int, end: int) -> bool:
        """A cue in ``[start, end)`` right after a relative pronoun with an antecedent (``بحسب ما أفاد به X،
        والذي أكد أن``): the complementiser at ``end`` is that cue's, not the one before it."""
        if all(self.text.find(r, start, end) < 0 for r in ("الذي", "التي", "الذين")):
            return False
        for v in self.verbs:
            at = v.start("pro") if v.group("pro") else v.start("cue")
            if not start < at < end:
                continue
            word = cues.fold(v.group("cue"))
            lemma = cues.FORM_OF.get(word)  # none with an object pronoun: البيان الذي نقلته الوكالة
            if lemma is None or lemma in cues.IN_CUES or lemma in cues.PREPOSITION_ONLY:
                continue  # التقرير الذي جاء في 688 صفحة، المسؤول الذي تحدث لرويترز: a description
            if self.antecedent(at, word) is not None:
                return True
        return False

    @staticmethod
    def title_word(word: str) -> bool:
        folded = cues.fold(word)
        bare = folded.removeprefix("ال")
        return bare in _PERSON_TITLES or bare in _APPOSITION_HEADS or folded in _NAME_TITLES

    def named_bare(self, words: list[re.Match[str]], rel: int) -> tuple[int, int] | None:
        """``بمبادرة من باريس التي ذكرت``, ``غضبا في قطر التي اتهمت``: a name of one or two words without ال,
        no pronoun on it, right after a preposition or a stop word (a noun without ال takes no relative pronoun
        unless it is a name)."""
        text = self.text
        name: list[re.Match[str]] = []
        for w in reversed(words[-3:]):
            gap = text[w.end() : name[-1].start() if name else rel]
            folded = cues.fold(w.group())
            if gap.strip() or self.stop_word(w.group()) or self.preposition(w.group()):
                break
            if folded.startswith("ال") or not self.name_word(w.group()) or w.group().endswith(_PRONOUNS):
                return None
            name.append(w)
        if not 1 <= len(name) <= 2 or len(name) == len(words):
            return None
        opener = cues.fold(words[-len(name) - 1].group())
        if not (opener in _PREPOSITION_WORDS or self.is_stop(opener)) or opener in cues.FORM_OF:
            return None
        return name[-1].start(), name[0].end()

    def name_before_title(self, first: int) -> int:
        """Where a person's name of two or three words before a comma and the title at ``first`` starts (the
        name and its title in apposition, as the gold keeps them); ``first`` when there is none: the name
        after a stop word or a preposition, its first word without ال."""
        text = self.text
        before = len(text[:first].rstrip())
        if before == 0 or text[before - 1] not in "،,":
            return first
        words = list(_WORD.finditer(text, max(0, before - 60), before - 1))
        name: list[re.Match[str]] = []
        for w in reversed(words):
            folded = cues.fold(w.group())
            gap = text[w.end() : name[-1].start() if name else before - 1]
            if gap.strip() or self.is_stop(folded) or not self.name_word(w.group()):
                break
            name.append(w)
        while name and cues.fold(name[-1].group()).startswith("ال"):
            name.pop()  # الشاهد may end a name, not open it
        if not 2 <= len(name) <= 3 or len(name) == len(words):
            return first
        opener = cues.fold(words[-len(name) - 1].group())
        return name[-1].start() if self.is_stop(opener) or opener in _PREPOSITION_WORDS else first

    def titled_antecedent(self, words: list[re.Match[str]], rel: int) -> tuple[int, int] | None:
        """``تصريحات رئيس حزب آفاق تونس ياسين إبراهيم، الذي اتهمه``: before a comma and a relative pronoun, a
        title with the name after it (from the title on, up to six words, none a stop word or a particle) is
        the antecedent; without a title (``الوزارة، التي أكدت``) there is none."""
        end = words[-1].end()
        taken = self.title_run(words)
        heads = [
            k
            for k, w in enumerate(taken)
            if (f := cues.fold(w.group())).removeprefix("ال") in _PERSON_TITLES or f in _NAME_TITLES
        ]
        if not heads or heads[-1] == 0:
            return None  # no title, or a title with no name after it
        return taken[heads[-1]].start(), end

    def source_before(self, cue_start: int, subject: bool = True) -> tuple[int, int] | None:
        """The source of the claim before ``cue_start`` in its sentence; else (``subject``) the subject of the
        sentence's first verb (``استنكر حزب المؤتمر … معتبرا أن``)."""
        start = self.sentence_start(cue_start)
        for c in reversed(self.claims):
            if c.cue and start <= c.cue[0] < cue_start and not c.nested:
                return c.source  # the sentence's speaker, not one quoted inside its claim
        if (before := self.subject_before(cue_start, start)) is not None:
            return before
        if not subject:
            return None
        # the first verb: past the particles (وقد أصدر البيت الأبيض); after كان its subject (وكانت والدة الفتاة قد)
        if (side := _SIDE_OPENERS.match(self.text, start, cue_start)) is not None:
            start = side.end()  # من جانبها، عبّرت X عن …، مؤكدة أن
        for m in _WORD.finditer(self.text, start, cue_start):
            word = cues.fold(m.group())
            if word in ("و", "ف"):
                continue  # و شخّص الطبيب: a proclitic written apart
            if word not in _PARTICLES or word in _KANA:
                if self.is_stop(word) and word not in cues.FORM_OF:
                    return None  # في قراءة للصحف …: no verb first (a cue that made no claim, عبّرت عن, has a subject)
                if word.removeprefix("و").startswith(("بال", "لل")):
                    return None  # وبالتحري معهم، اعترفوا: a prepositional phrase first, no verb
                return self.subject_of(m.end(), cue_start, word)
        return None

    def subject_of(self, pos: int, limit: int, verb: str = "") -> tuple[int, int] | None:
        """The subject after a verb that is no cue, without its object: ``أصدر البيت الأبيض بيانا``, ``انتشلت
        الشرطة جثة …``, ``كتب وزير الخارجية الإيراني مقالاً``: the words up to an indefinite accusative (…ا), a
        lone و, or a word without ال after a definite word that is neither a title nor a nisba (…ي)."""
        found = self.source_after(pos, limit)
        if found is None or verb in _KANA:
            return found  # وكان والي الجهة سامي الغابي قد أوضح: كان has a subject, no object
        words = list(_WORD.finditer(self.text, *found))
        last = words[0].end()
        masdar_object = verb.removeprefix("و") in _MASDAR_VERBS
        head = cues.fold(words[0].group()).removeprefix("ال")  # رئيس الهيئة الوطنية حسن …: title, nisba, name
        for i, (prev, w) in enumerate(pairwise(words), 1):
            word = cues.fold(w.group())
            before = cues.fold(prev.group())
            if before == _GUEST:
                last = w.end()  # ووجه ضيف بوليتيكا انتقادات: the programme, not an accusative
                continue
            first = self.first_name(words, i)
            if word == "و" or (len(word) >= 4 and word.endswith("ا") and not word.startswith("ال") and not first):
                break
            bare = word.removeprefix("ال")
            if masdar_object and len(bare) >= 5 and _MASDAR.match(word) and bare not in _APPOSITION_HEADS:
                break  # وحاول جمعة تفادي انتقاد …: the verbal noun is the verb's object
            if (
                before.startswith("ال")
                and not word.startswith(("ال", "ب", "ل"))  # بمنطقة الباحة: a title goes on
                and not before.endswith("ي")
                and not (before.endswith("يه") and head in _PERSON_HEADS and (first or self.name_word(w.group())))
                and before.removeprefix("ال") not in _TITLES
                and before not in _NAME_TITLES
            ):
                break
            last = w.end()
        if found[1] == last + 1 and self.text[last] in _STRAIGHT_AND_GUILLEMETS:
            last += 1  # عائلة الرضيع "لؤي": the quoted name's closing mark
        return found[0], last

    def first_name(self, words: list[re.Match[str]], i: int) -> bool:
        """``words[i]`` ends in ا but is a foreign first name, not an indefinite accusative (عبرت المستشارة
        الألمانية أنجيلا ميركل عن …): it is the subject's last word but one, after a definite word, and a bare name
        word (no proclitic, no ا) closes the subject; an accusative object takes no bare noun after it (tanween
        allows no genitive), only an adjective that ends in ا too (أصدر الحزب بيانا رسميا)."""
        if i != len(words) - 2 or not cues.fold(words[i - 1].group()).startswith("ال"):
            return False
        after = words[-1].group()
        folded = cues.fold(after)
        return (
            len(folded) >= 3
            and not folded.startswith(("ال", "ب", "ل", "ف", "ك", "و"))
            and not self.is_stop(after)
            and folded not in cues.FORM_OF
            and self.name_word(after)
        )

    @staticmethod
    def present(word: str) -> bool:
        """A present tense form (يطالب، تؤكد), not a past one of a verb that starts with ت (تحدثت)."""
        lemma = cues.FORM_OF.get(word, "")
        return word.startswith("ي") or (word.startswith("ت") and not lemma.startswith("ت"))

    def pronoun_subject(self, m: re.Match[str]) -> bool:
        """``مشيرا إلى أنه اتهم العراقيين بعدم نصرة تنظيمه``, ``إنه طالب أمس في البرلمان بتخصيص …``: a past cue
        right after أنه / أنها / أنهم inside another claim's content, the pronoun its subject, reports a claim of
        its own (its source unnamed) when its own mark (بـ / على / أن / بأن …) follows within ``MAX_PRONOUN_WORDS``.
        Not a verb of perception (رأى، لاحظ: إنه رأى سيارة، saw), nor a cue whose mark is far (أنه أكد خلال اللقاء
        على أهمية … نظرا إلى أن …: another clause's أن)."""
        word = cues.fold(m.group("cue"))
        if (
            m.group("pro")
            or self.present(word)
            or word not in cues.FORM_OF
            or word.startswith(cues.PARTICIPLE_PREFIXES)
            or cues.FORM_OF[word] in _PERCEIVING
        ):
            return False
        if _PRONOUN_THAT.search(self.text, max(0, m.start("cue") - 8), m.start("cue")) is None:
            return False
        text, cue_end = self.text, m.end("cue")
        hi = min(self.sentence_end(cue_end), cue_end + CUE_REACH)
        marks = [c.start("pre") for c in (cues.COMPLEMENTISER_RE.search(text, cue_end, hi),) if c is not None]
        prep = cues.PREPOSITION_OF.get(cues.FORM_OF[word])
        if prep and (pm := _preposition_re(prep).search(text, cue_end, hi)) is not None:
            marks.append(pm.start("p"))
        return bool(marks) and self.words(cue_end, min(marks)) <= MAX_PRONOUN_WORDS

    def nested_subject(self, m: re.Match[str]) -> tuple[int, int] | None:
        """``قال الناطق إن خاطفو الطائرة يطالبون بـ…``, ``مشيرة إلى أن الامم المتحدة كانت قد أكدت أن``: a cue
        inside another claim's content whose subject stands right after that content's أن/إن (one to four words,
        past كان/قد) reports a claim of its own: a past tense, or a present one of calling (يطالب، تدعو)."""
        word = cues.fold(m.group("cue"))
        if m.group("pro") or (self.present(word) and cues.FORM_OF.get(word) not in _CALLING):
            return None  # أن محاضر البحث تؤكد أن: a present tense reports what a text or a thing shows
        text = self.text
        cue_start = m.start("cue")
        comp = None
        for c in cues.COMPLEMENTISER_RE.finditer(text, max(0, cue_start - 60), cue_start):
            comp = c
        if comp is None or _BREAK_OR_QUOTE.search(text, comp.end(), cue_start):
            return None
        words = list(_WORD.finditer(text, comp.end(), cue_start))
        while words and cues.fold(words[-1].group()) in _KANA_QAD:
            words.pop()
        if not 1 <= len(words) <= 4:
            return None
        for w in words:
            folded = cues.fold(w.group())
            if (
                self.is_stop(folded)
                or folded in _PARTICLES
                or folded in cues.FORM_OF
                or folded in _NOT_SUBJECT
                or (folded.startswith("و") and folded[1:] in _PARTICLES)
                or not w.group().isalpha()
            ):
                return None  # أنهم دون وثائق و قد صرحوا، أنها وإذ تشدّد
        return words[0].start(), words[-1].end()

    def subject_before(self, cue_start: int, sentence_start: int) -> tuple[int, int] | None:
        """A subject written before its verb, right after أن/إن or at the start of the sentence: ``أن تقارير
        فرنسية كشفت``, ``أستراليا تحذر``; one to four words, none of them a verb, a particle or a stop word."""
        text = self.text
        if cue_start and text[cue_start - 1] in "وف" and (cue_start == 1 or not text[cue_start - 2].isalnum()):
            cue_start -= 1  # the cue's own proclitic (وأضافت)
        lo = max(sentence_start, cue_start - 60)
        boundary = sentence_start
        for comp in cues.COMPLEMENTISER_RE.finditer(text, max(0, lo - 1), cue_start):
            boundary = comp.end()
        if boundary < lo:
            return None
        words = [w for w in _WORD.finditer(text, boundary, cue_start) if w.group() not in ("و", "ف")]
        if not 1 <= len(words) <= 4 or _BREAK_OR_QUOTE.search(text, boundary, cue_start):
            return None
        cut = next(
            (k for k, w in enumerate(words) if k and self.attribution_at(cues.fold(w.group()), w.end(), cue_start)), 0
        )
        words = words[:cut] if cut else words  # لوكورنو وفق البيان أكد: the subject before the attribution
        if boundary == sentence_start and boundary > 0 and text[boundary - 1] != "\n":
            return None  # mid-paragraph, a sentence that starts with its subject is rare: only after أن or a line start
        for w in words:
            folded = cues.fold(w.group())
            if self.is_stop(folded) or folded in _PARTICLES or folded in cues.FORM_OF:
                return None
        return words[0].start(), words[-1].end()
