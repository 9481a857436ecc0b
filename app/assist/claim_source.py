"""The claims finder's sources after a cue: the words from the cue up to a time, an occasion, a comma, an
attribution phrase (وفق البيان), a quotation or the content (``source_after``), with the names, titles and
programmes inside them."""

from __future__ import annotations

import re
from bisect import bisect_left
from typing import TYPE_CHECKING

from app.assist import cues
from app.assist.claim_content import _Content
from app.assist.claim_words import (
    _ADVERBS,
    _AN,
    _ANONYMOUS,
    _ANSWERING,
    _APPEALS,
    _APPOSITION_HEADS,
    _ATTRIBUTION_WORDS,
    _AUTHOR_NEXT,
    _AYN,
    _BODIES,
    _BREAK_IN,
    _BREAK_OR_QUOTE,
    _CHARGED,
    _CLAUSE_PREPOSITIONS,
    _CLOSE_BY,
    _COUNTERPARTS,
    _DASH,
    _DEFENDING,
    _DEMONSTRATIVES,
    _EDGE,
    _FA_CLAUSE,
    _FI,
    _GUESTS,
    _INSTITUTIONS,
    _ISSUED,
    _LEAD_NOT_SUBJECT,
    _LONE_BI,
    _MAA,
    _MAKAN,
    _MANNER_WORDS,
    _MASDAR,
    _MIN,
    _MUHAMMAD,
    _NAME_BREAKS,
    _NAME_TITLES,
    _NAMING,
    _NAQLAN,
    _NO_QUOTES,
    _NOUN_OBJECTS,
    _OBJECT_MASDAR,
    _ORGANISATIONS,
    _OTHER,
    _OUR_CORRESPONDENT,
    _PAGES,
    _PARTICLES,
    _PERSON_STEMS,
    _POINTING,
    _POLLS,
    _PREPOSITION_MA,
    _PROGRAMMES,
    _PRONOUNS,
    _QUOTE_IN,
    _RELATIONS,
    _RELATIVES,
    _RESUMPTIVE,
    _SAME,
    _SIDES,
    _SOURCE_OPENERS,
    _SPEAKING_FOR,
    _STRAIGHT_AND_GUILLEMETS,
    _SUBJECT_END_WORDS,
    _THESE,
    _TIME_ASIDE,
    _TIME_LEAD,
    _TIME_WORDS,
    _TITLES,
    _TOLD,
    _WALI,
    _WITNESSES,
    _WORD,
    MAX_COMMA_RELATIVE_WORDS,
    MAX_NAME_QUOTE_WORDS,
    MAX_RELATIVE_WORDS,
    MAX_SOURCE_WORDS,
    SOURCE_REACH,
    _is_noun_object,
    _occasion,
)


class _Sources(_Content):
    """The source after a cue, and the names, titles and programmes in it."""

    if TYPE_CHECKING:  # defined in _Subjects (which inherits this mixin)

        def quote_closing_in(self, start: int, end: int) -> tuple[int, int] | None: ...

    # -- sources -----------------------------------------------------------------------------------------
    def actor_in(self, start: int, end: int) -> tuple[int, int] | None:
        i = bisect_left(self.actors, (start, -1))
        if i < len(self.actors) and self.actors[i][1] <= end:
            return self.actors[i]
        return None

    def source_after(self, start: int, limit: int) -> tuple[int, int] | None:
        """The subject after a cue: words up to a time or occasion, a comma, a long quotation or ``limit``."""
        text = self.text
        if (lead := _LEAD_NOT_SUBJECT.match(text, start, limit)) is not None:
            start = lead.end()
        if actor := self.actor_in(start, limit):
            return actor
        if (named := self.quoted_name(start, limit)) is not None:
            return named
        if (aside := _TIME_ASIDE.match(text, start, limit)) is not None:
            start = aside.end()  # وقال، اليوم الأحد، وزير الداخلية إن: the subject after the time
            nxt = self.next_word(start, limit)
            if len(nxt) >= 7 and nxt.startswith("ال") and nxt.endswith("ين"):
                return None  # قد دعت، الاحد، المصطافين بالشواطئ إلى: an accusative plural, the object
        elif (lead := _TIME_LEAD.match(text, start)) is not None:
            if lead.end() >= limit:
                return None  # أعلن الاثنين الماضي عن: only a time, the subject is named before
            start = lead.end()  # أكد، اليوم السبت الناطق الرسمي …: the subject after the time words
        first = last = -1
        count = 0
        pos = start
        hi = min(limit, start + SOURCE_REACH)
        previous = word = ""
        issued = False
        name_until = -1  # the end of a short quoted name inside the source (ضيف "صباح الورد"): its words are kept
        for n, m in enumerate(_WORD.finditer(text, start, hi)):
            gap = text[pos : m.start()]
            if gap != " ":
                if _QUOTE_IN.search(gap):
                    q = self.next_quote(pos, m.start() + 1)
                    closing = self.quote_closing_in(pos, m.start())
                    if closing is not None and first >= 0 and closing[0] >= first:
                        pass  # after a quoted name (شبكة "ايه بى سى" الأمريكية): go on
                    elif (
                        q is None
                        or self.words(*q) > MAX_NAME_QUOTE_WORDS
                        or first < 0
                        or (self.medium(q) and not self.names(previous))
                    ):
                        break  # مصدر أمني "الجوهرة أف أم": the medium, not part of the source
                    elif q[0] >= pos:
                        name_until = q[1]
                    gap = gap.translate(_NO_QUOTES)
                if first >= 0 and len(previous) == 1:
                    gap = gap.replace(".", "")  # د. خالد
                if first >= 0 and _DASH.search(gap):
                    break  # وقال كواك –وهذا اسمه غير الحقيقي- إن: an aside
                if (
                    first >= 0
                    and _BREAK_IN.search(gap)
                    and not ("،" in gap and cues.fold(m.group()) == _AN and n - count <= 3 and self.answers_for(first))
                ):  # النائب بمجلس الشعب، عن حزب …، فلان: the party sat for, set off by a comma, goes on
                    if cues.fold(previous) in _SAME:
                        break  # واتهم المصدر ذاته، الطاقم الطبي بـ: the object after the comma
                    if "،" in gap and cues.fold(m.group()) in _DEMONSTRATIVES | _THESE:
                        break  # اتهم صاحب المصنع، هؤلاء النشطاء بـ: the object, no apposition
                    if "،" in gap and cues.fold(m.group()) in _TIME_WORDS:
                        break  # أعلنت الخطوط التونسية، الأحد، أنها: a time set off by commas ends the subject
                    # an apposition (رئيس الحزب، محمد الصحبي إن): one comma, then the words up to the content
                    rest = list(_WORD.finditer(text, m.start(), hi))
                    stop = _BREAK_OR_QUOTE.search(text, m.start(), limit)
                    name = [r for r in rest if stop is None or r.end() <= stop.start()]
                    cut = next((k for k, r in enumerate(name) if self.name_ends(cues.fold(r.group()))), len(name))
                    if (
                        "،" in gap
                        and self.titled(first, pos)
                        and 0 < len(name) <= 4
                        and len(cues.fold(name[0].group())) > 1  # بـ"حي كاليفورنيا": a proclitic, no name
                        and (stop is None or (text[stop.start()] in '،,"“”«' and self.person(name[0].group())))
                        and not any(self.name_ends(w := cues.fold(r.group())) or w in cues.MEDIA for r in name)
                        and not self.quoted_title(name, stop)
                    ):  # not the medium told (مصدر مأذون، وكالة تونس إفريقيا للأنباء، أن)
                        last = name[-1].end()  # … محمد الصحبي إن / … طارق الكحلاوي، في ردّه
                    elif "،" in gap and (
                        cues.fold(m.group()).removeprefix("ال") in _APPOSITION_HEADS
                        or (cues.fold(m.group()) in _TOLD and self.bare_name(first, pos))
                    ):  # رياض جغام،مبعوث "الجوهرة أف أم": a bare name's title (not مصدر أمني، مراسل …: the one told)
                        # … or a title after the name (رفيق عبد السلام، رئيس مركز الدراسات): up to a stop word
                        last = self.title_end(rest, limit)
                    elif (
                        "،" in gap
                        and 0 < cut <= 4
                        and cut < len(name)
                        and (self.has_title(first, pos) or (self.titled(first, pos) and self.occasion_at(name, cut)))
                        and all(self.name_word(r.group()) for r in name[:cut])
                    ):
                        last = name[cut - 1].end()  # رئيس الحزب، مهدي جمعة في تعليقه / … سفيان السليطي لوكالة
                    break
                if first < 0 and (":" in gap or "\n" in gap):
                    break
            previous_word, folded_before = previous, word
            previous = m.group()
            word = cues.fold(previous)
            if first >= 0 and m.start() < name_until:
                pass  # a word of the quoted name
            elif first >= 0 and self.attribution_at(word, m.end(), hi):
                break  # وقال الوزير وفق البيان إن: the attribution relays the claim, the subject ends before it
            elif first >= 0 and (word in _MANNER_WORDS or word in _COUNTERPARTS):
                break  # الوكالة تعليقا على / وزير الخارجية نظيره البريطاني
            elif (
                first >= 0
                and (word in _SUBJECT_END_WORDS or folded_before in _SAME or (word[:1] == "ا" and word[1:2] != "ل"))
                and self.subject_ends(word, folded_before, first)
            ):
                break  # المصدر ذاته، الولباني هذا النقص، السعودية تحديدا، مصدر أمني مراسل …: see subject_ends
            elif first < 0 and word in _PREPOSITION_MA:
                break  # وذكّر بما أسماه "الخطأ التاريخي": what is recalled, no subject (named before)
            elif word in cues.SOFT_STOPS:
                following = _WORD.search(text, m.end(), hi)
                nxt = cues.fold(following.group()) if following else ""
                if word == "علي" and nxt in cues.NAME_AFTER_ALI:
                    pass
                elif (
                    word == "علي"
                    and first >= 0
                    and following
                    and nxt == _AYN
                    and self.next_word(following.end(), hi) == _MAKAN
                ):
                    pass  # مصدر أمني متواجد على عين المكان: where the source stands, part of its description
                elif word == "علي" and first >= 0 and self.name_ali(m, following, first):
                    pass  # الأمين العام لحركة النهضة علي العريض: the name علي after a title
                elif word == "علي" and first < 0 and self.first_name_ali(m, following):
                    pass  # وقال علي عبد اللطيف عضو الفرع: the name علي opening the source
                elif first >= 0 and self.other_side(word, nxt, following, hi):
                    break  # ودعا الينباعي من جهة أخرى إلى: a discourse aside, not the source's
                elif (
                    first < 0
                    or not nxt
                    or _occasion(nxt)
                    or word == "علي"
                    or self.this_after_fi(word, nxt)
                    or (word in _FI and following is not None and self.possessed(following, hi))
                ):
                    break
                elif nxt in cues.OCCASIONS:
                    break  # العميد في المقابل، أوباما في اليوم الثاني: an occasion listed with its ال
                elif self.is_stop(nxt) and nxt not in _RELATIVES:
                    break  # وقالت النائبة من خلال تدوينة: a preposition before a stop word opens no title
            elif first >= 0 and word == _AN and self.next_word(m.end(), hi) in _CLOSE_BY:
                pass  # شهود عاينوا الحادث عن قرب
            elif first >= 0 and word == _AN and cues.fold(previous_word).removeprefix("ال") in _SPEAKING_FOR:
                pass  # النائب عن حركة النهضة صحبي عتيق، أحد المحامين عن المتهمين: the ones spoken for
            elif first >= 0 and word == _AN and cues.fold(previous_word) in _DEFENDING:
                pass  # منظمة الدفاع عن المستهلك، الرابطة التونسية للدفاع عن حقوق الإنسان: the defence's object
            elif first >= 0 and word == _AN and n - count <= 3 and self.answers_for(first):
                pass  # نائب مجلس الشعب عن حزب …، المسؤول عن البرنامج الوطني …: the head's complement
            elif first >= 0 and word == _AN and cues.fold(previous_word) in _ISSUED:
                pass  # بلاغ صادر عن وزارة الداخلية: the statement's author
            elif (
                first >= 0
                and word in _TIME_WORDS
                and (issued or cues.fold(previous_word) in _ISSUED)
                and _AUTHOR_NEXT.match(text, m.end())
            ):
                issued = True  # بلاغ صادر اليوم عن وزارة الدفاع: the time of the statement, its author follows
            elif issued and word == _AN:
                issued = False
            elif first >= 0 and self.genitive_of_organisation(word, first, m.end(), hi):
                pass  # الجمعية الوطنية للصحفيين الشبان
            elif first >= 0 and previous[:1] == "ب" and self.bi_complement(previous, previous_word):
                break  # ونوّه الوزير بالتعاون بين البلدين: the verb's بـ complement, not the subject's
            elif first >= 0 and word in _GUESTS and (programme := self.programme_end(m.end(), hi)) > 0:
                last = programme  # الصافي سعيد ضيف بولتيكا: the programme is part of the source, as the gold keeps it
                break
            elif first >= 0 and word.startswith("ل") and self.next_word(first, first + 12) in _PAGES:
                pass  # الصفحة الرسمية لوكالة حماية وتهيئة الشريط الساحلي: the page's owner, no medium told
            elif first >= 0 and folded_before in _POLLS and word in cues.FORM_OF:
                pass  # آخر استطلاع رأي أجرته مؤسسة …: the opinion polled, a noun, not the verb رأى
            elif first >= 0 and word == _MAA and folded_before in _RELATIONS:
                pass  # وزير العلاقة مع مجلس نواب الشعب: the ministry's name goes on
            elif self.is_stop(word) and not (first < 0 and (word in _SOURCE_OPENERS or word == _WALI)):
                if first >= 0 and word in _RELATIVES:
                    # a short relative clause up to a comma or the content: الكتيبة التي نشرت الفيديو، إنه
                    stop = _BREAK_OR_QUOTE.search(text, m.end(), limit)
                    clause = list(_WORD.finditer(text, m.end(), stop.start() if stop else limit))
                    if 0 < len(clause) <= 3 and not any(self.clause_stop(cues.fold(r.group())) for r in clause):
                        last = clause[-1].end()
                    elif stop is None and cues.COMPLEMENTISER_AT_RE.match(text, limit) and self.attached_clause(clause):
                        last = clause[-1].end()  # المصدر الذي رفض الكشف عن اسمه أن: up to the content
                    elif self.comma_then_content(stop.start() if stop else limit) and self.attached_clause(
                        clause, MAX_COMMA_RELATIVE_WORDS
                    ):
                        last = clause[-1].end()  # ووفق المعطيات التي تحصل عليها أعوان المركز، فإن: up to the comma
                break
            if first < 0:
                first = m.start()
                count = n
            last = m.end()
            pos = m.end()
            if n - count + 1 >= MAX_SOURCE_WORDS:
                break
        if first < 0:
            return None
        if last < len(text) and text[last] in _STRAIGHT_AND_GUILLEMETS:
            q = self.next_quote(first, last)  # a quoted name that ends the source keeps its closing mark
            if q and q[1] == last + 1:
                last += 1
        return first, last

    def quoted_title(self, name: list[re.Match[str]], stop: re.Match[str] | None) -> bool:
        """A title in apposition up to a quotation mark (``بلقاسم الشايب، عضو جمعية "واحات جمنة" بقبلي``): the
        title goes on over the quoted name (``title_end``), it does not stop at the mark."""
        return (
            stop is not None
            and self.text[stop.start()] in '"“«'
            and cues.fold(name[0].group()).removeprefix("ال") in _APPOSITION_HEADS
        )

    @staticmethod
    def occasion_at(name: list[re.Match[str]], cut: int) -> bool:
        """A name of two words or more before ``name[cut]``, which opens an occasion (``في تصريح``، ``خلال
        مداخلته``): where the name in apposition ends (one word is rather the next clause: ``، وكتبت في حسابها``)."""
        return 2 <= cut < len(name) - 1 and _occasion(cues.fold(name[cut + 1].group()))

    def programme_end(self, pos: int, limit: int) -> int:
        """The end of the programme after ``ضيف`` (``بوليتيكا``, ``"بوليتيكا"``, ``برنامج بوليتيكا``): one word
        without ال or a short quotation; -1 when anything else follows."""
        text = self.text
        w = _WORD.search(text, pos, limit)
        if w is not None and cues.fold(w.group()) in _PROGRAMMES:
            pos = w.end()
        lead = pos + len(text[pos:limit]) - len(text[pos:limit].lstrip())
        if lead >= limit:
            return -1
        if text[lead] in '"“«':
            q = self.next_quote(lead, lead + 1)
            ok = q is not None and q[1] <= limit and self.words(*q) <= MAX_NAME_QUOTE_WORDS
            return q[1] if q is not None and ok else -1
        w = _WORD.match(text, lead, limit)
        if w is None or cues.COMPLEMENTISER_AT_RE.match(text, lead):
            return -1
        word = cues.fold(w.group())
        # ضيف الاعلامي نوفل الورتاني, ضيف الحصة الخاصة لبوليتيكا: a host or a description, not the programme's name
        return -1 if word.startswith("ال") or self.is_stop(word) else w.end()

    def clause_stop(self, word: str) -> bool:
        """A stop word that ends a short relative clause of the source; a time word after its verb does not
        (النتائج الأولية للانتخابات التي جرت الأحد إلى: the clause's own time, the gold keeps it)."""
        return self.is_stop(word) and word not in _TIME_WORDS

    def comma_then_content(self, pos: int) -> bool:
        """At ``pos``, a comma right before the content's أن / إن / فإن."""
        text = self.text
        if text[pos : pos + 1] not in ("،", ","):
            return False
        lead = pos + 1 + len(text[pos + 1 : pos + 4]) - len(text[pos + 1 : pos + 4].lstrip())
        return cues.COMPLEMENTISER_AT_RE.match(text, lead) is not None

    def attached_clause(self, clause: list[re.Match[str]], most: int = MAX_RELATIVE_WORDS) -> bool:
        """A relative clause with no comma before it that runs up to the content's أن (``المصدر الذي رفض الكشف
        عن اسمه أن``) is part of the source, as the gold keeps it (not after an attribution at the sentence's
        end: ``بحسب موقع 24 الذي ينقل أخباره``): up to six words, a verb first, prepositions only inside it, no
        cue and no time word."""
        if not 0 < len(clause) <= most:
            return False
        words = [cues.fold(r.group()) for r in clause]
        if self.is_stop(words[0]) or self.is_stop(words[-1]) or not all(r.group().isalpha() for r in clause):
            return False
        # تحصل عليها: a pronoun after a preposition refers back to the noun the clause describes
        return all(w in _CLAUSE_PREPOSITIONS or w in _RESUMPTIVE or not self.is_stop(w) for w in words[1:-1])

    def name_ali(self, m: re.Match[str], following: re.Match[str] | None, first: int) -> bool:
        """``علي`` spelt with ي after a title, a name word after it (``الأمين العام للحركة علي العريض``), is a
        first name: the preposition is spelt على, and its objects (``علي ضرورة``، ``علي التزام``) are no names."""
        if not m.group().endswith("ي") or following is None:
            return False
        if not self.has_title(first, m.start()) and self.text[first : m.start()].strip() != _MUHAMMAD:
            return False  # محمد علي برهومي: the compound first name, with no title before it
        nxt = cues.fold(following.group())
        return self.name_word(following.group()) and nxt not in _NOUN_OBJECTS and not _MASDAR.match(nxt)

    def first_name_ali(self, m: re.Match[str], following: re.Match[str] | None) -> bool:
        """``علي`` spelt with ي right after the cue, before a name word without ال (``وقال علي عبد اللطيف``), is
        a first name; not before an object (``أكد علي ضرورة``، ``شدد علي الحكومة``) or a stop word."""
        if not m.group().endswith("ي") or following is None or not self.name_word(following.group()):
            return False
        nxt = cues.fold(following.group())
        return not (nxt.startswith("ال") or self.is_stop(nxt) or nxt in _NOUN_OBJECTS or _MASDAR.match(nxt))

    def other_side(self, word: str, nxt: str, following: re.Match[str] | None, limit: int) -> bool:
        """``من جهة أخرى``, ``من ناحية ثانية``, ``من جانب آخر``: the writer turning to another point (not ``مصدر
        من جهة رسمية``, a source's description)."""
        if word != _MIN or nxt not in _SIDES or following is None:
            return False
        return self.next_word(following.end(), limit) in _OTHER

    def possessed(self, w: re.Match[str], limit: int) -> bool:
        """A noun with a possessive pronoun, as written (``متجره``، ``خطتها``, not ``مدينة``): after في, where or
        how the speaker speaks (أبو محمد في متجره، المنظمة في تقريرها), not a title's complement (a title names a
        body, not one's own); not a place whose name ends in ه before the person's name (الادعاء الاتحادي في
        كالسروه فراوكه كولر)."""
        raw = w.group()
        if len(raw) < 4 or raw.startswith("ال") or not raw.endswith(("ه", "ها", "هم", "هما")):
            return False
        after = _WORD.search(self.text, w.end(), limit)
        if after is None or not self.name_word(after.group()):
            return True
        word = cues.fold(after.group())
        return word.startswith(("ال", "ل", "ب")) or self.name_ends(word) or word in _POINTING

    @staticmethod
    def this_after_fi(word: str, nxt: str) -> bool:
        """``في هذا السياق``, ``في هذا الإطار``: a demonstrative after في opens an occasion (``أحكام الفصل 28 من
        هذا المرسوم`` keeps its من)."""
        return word in _FI and nxt in _DEMONSTRATIVES

    def names(self, word: str) -> bool:
        """A noun a short quoted name may follow inside a source (قناة "بي أف أم", مراسل "الجوهرة أف أم")."""
        word = cues.fold(word)
        return word in _NAMING or word.removeprefix("ال") in _NAMING

    def medium(self, quote: tuple[int, int]) -> bool:
        """A quotation that names a medium (``"الجوهرة أف أم"``)."""
        first = self.next_word(quote[0], quote[1])
        return first in cues.MEDIA or first.removeprefix("ال") in cues.MEDIA

    def next_word(self, pos: int, limit: int) -> str:
        w = _WORD.search(self.text, pos, limit)
        return cues.fold(w.group()) if w else ""

    def genitive_of_organisation(self, word: str, first: int, pos: int, limit: int) -> bool:
        """``للصحفيين`` in ``الجمعية الوطنية للصحفيين الشبان``: a ل-word after an organisation's name, with a
        definite adjective after it, belongs to the name."""
        if not word.startswith("لل") or not self.is_stop(word):
            return False
        nxt = self.next_word(pos, limit)
        if not nxt.startswith("ال") or self.is_stop(nxt) or nxt in cues.FORM_OF:
            return False
        return any(
            cues.fold(w.group()).removeprefix("ال") in _ORGANISATIONS for w in _WORD.finditer(self.text, first, pos)
        )

    @staticmethod
    def bi_complement(raw: str, before: str) -> bool:
        """``بالتعاون``, ``بإخلاء``, ``بضرورة``, ``بذاكرته`` after the subject: بـ before a verbal noun, a noun
        object or a noun with a pronoun is the verb's complement (ونوّه الوزير بالتعاون، وأفادت الشرطة بإقدام
        رجل), not a place or a body of the subject's title (القيادي بالحزب، مراسل بقفصة، المكلف بالإعلام)."""
        if not raw.startswith("ب") or len(raw) < 5:
            return False
        word = cues.fold(raw)
        if len(word) < 5 or cues.fold(before).removeprefix("ال") in _CHARGED:
            return False
        rest = word[1:]
        bare = rest.removeprefix("ال")
        if bare in _ORGANISATIONS or bare in _TITLES:
            return False
        if _is_noun_object(bare) or (_MASDAR.match(bare) and (rest.startswith("ال") or not bare.startswith("ت"))):
            return True  # not an indefinite ت word: بتونس، بتبرسق are places
        if not rest.startswith("ال") and (bare in cues.OCCASIONS or bare in _APPEALS):
            return True  # توجه رئيس الوزراء برسالة، أدلى الوزير بتصريح، دعا المدير بنداء: what was made
        # a noun of four letters or more with a pronoun (not بلاده: ب is the noun's own letter there)
        stem = next((raw[1 : -len(p)] for p in _PRONOUNS if raw.endswith(p)), "")  # as written: ة is no pronoun
        return len(stem) >= 4 and not rest.startswith("ال") and cues.fold(stem) not in _PERSON_STEMS

    def attribution_at(self, word: str, end: int, limit: int) -> bool:
        """``word`` (ending at ``end``) opens an attribution phrase (وفق، حسب، بحسب، طبقا لـ), not a name
        (حسب الله); not نقلا, whose عن ends the source where the relayed one is taken (``relayed_naqlan``)."""
        return word in _ATTRIBUTION_WORDS and word != _NAQLAN and self.next_word(end, limit) != "الله"

    def name_ends(self, word: str) -> bool:
        """A word that cannot be part of a name in apposition: a stop word or a preposition."""
        return (
            self.is_stop(word)
            or word in cues.SOFT_STOPS
            or word in _ATTRIBUTION_WORDS
            or word in _PARTICLES
            or word in _NAME_BREAKS
            or (word[:1] in "بلو" and _occasion(word[1:]))  # بمناسبة، لدى
        )

    def name_word(self, word: str) -> bool:
        """A word of a person's name: no title or body, no digit, no medium, no accusative (معلقا، إستمرار …ا)."""
        folded = cues.fold(word)
        return (
            word.isalpha()
            and self.person(word)
            and folded not in cues.MEDIA
            and not (len(folded) >= 4 and folded.endswith("ا") and not folded.startswith("ال"))
        )

    def has_title(self, start: int, end: int) -> bool:
        """The words hold a title (رئيس، الناطق، القيادي): a name in apposition may follow them."""
        for w in _WORD.finditer(self.text, start, end):
            word = cues.fold(w.group())
            if word.removeprefix("ال") in _APPOSITION_HEADS or word in _NAME_TITLES:
                return True
        return False

    def title_end(self, rest: list[re.Match[str]], limit: int) -> int:
        """The end of a title in apposition after a name, ``rest[0]`` its head (``فيصل الغزواني، الكاتب العام
        الجهوي لاتحاد أصحاب الشهائد المعطلين عن العمل في تصريح``, ``مهدي جمعة، ضيف برنامج "بوليتيكا"``): up to
        a stop word, a comma or a long quotation; a preposition (في، من، على، عن) goes on unless an occasion, a
        time or a stop word follows it; a short quoted name goes on."""
        text = self.text
        last = rest[0].end()
        quote_end = -1
        for k in range(1, min(len(rest), MAX_SOURCE_WORDS)):
            r = rest[k]
            gap = text[last : r.start()]
            if _QUOTE_IN.search(gap):
                q = self.next_quote(last, r.start())
                if q is not None and q[1] <= limit and self.words(*q) <= MAX_NAME_QUOTE_WORDS:
                    quote_end = q[1]
                elif not (last < quote_end <= r.start()):
                    break
                gap = gap.translate(_NO_QUOTES)
            if _BREAK_IN.search(gap):
                break
            word = cues.fold(r.group())
            if word in cues.SOFT_STOPS or word == _AN:
                following = rest[k + 1] if k + 1 < len(rest) else None
                nxt = cues.fold(following.group()) if following else ""
                if (
                    not nxt
                    or _occasion(nxt)
                    or self.this_after_fi(word, nxt)
                    or (self.is_stop(nxt) and nxt not in _CLOSE_BY)
                ):
                    break
            elif self.is_stop(word) and not (word in _CLOSE_BY and cues.fold(rest[k - 1].group()) == _AN):
                break
            last = r.end()
        return last

    def quoted_name(self, start: int, limit: int) -> tuple[int, int] | None:
        """``اعتبر "حزب التحرير - تونس"، أن``: a short quotation right after the cue and before the content
        (nothing but a comma between) is the name of the source."""
        text = self.text
        lead = start + len(text[start:limit]) - len(text[start:limit].lstrip())
        if lead >= limit or text[lead] not in '"“”«':
            return None
        q = self.next_quote(lead, lead + 1)
        if q is None or q[1] > limit or self.words(*q) > MAX_NAME_QUOTE_WORDS:
            return None
        if text[q[1] : limit].strip(_EDGE) and not (
            text[q[1] : q[1] + 1].isspace() and self.next_word(q[1], limit) in _FI  # واعترف "الغربي" في الفيديو بـ
        ):
            return None
        return self.trim(q[0] + 1, q[1] - 1)

    def bare_name(self, start: int, end: int) -> bool:
        """A person's name alone (``رياض جغام``), no title, no anonymous ``مصدر أمني``: a correspondent after it
        is the person's title, while after ``مصدر أمني،`` the correspondent is the one told."""
        words = [w.group() for w in _WORD.finditer(self.text, start, end)]
        return (
            0 < len(words) <= 4
            and cues.fold(words[0]) not in _ANONYMOUS
            and not self.has_title(start, end)
            and all(self.name_word(w) for w in words)
        )

    def subject_ends(self, word: str, before: str, first: int) -> bool:
        """The subject's noun phrase ends before ``word`` (``before`` the word ahead of it, both folded): after
        ذاته / نفسه (وأضاف المصدر ذاته الموقوفين); at an adverb (السعودية تحديدا قطر), a ب written apart
        (سعيدان ب"…"), فقد / فإن opening the main clause after an attribution; at a demonstrative after a
        definite word (الولباني هذا النقص); at a correspondent after an anonymous source, the one told (مصدر
        أمني مراسل الجوهرة أف أم); at an institution's verbal noun object (see ``masdar_object``)."""
        if before in _SAME or word in _ADVERBS or word in _LONE_BI or word in _FA_CLAUSE:
            return True
        if word in _POINTING:
            return before.startswith("ال")
        if word in _TOLD or word in _OUR_CORRESPONDENT:
            return self.anonymous(first)
        return self.masdar_object(word, before, first)

    def masdar_object(self, word: str, before: str, first: int) -> bool:
        """``إصابة``, ``إجلاء``, ``احتجاز``, ``استقالة`` without ال after a definite word of a subject that is an
        institution (وزارة، الشرطة، السلطات، اللجنة …): the verb's object, an institution takes no name in
        apposition (a person may: الزميلة إيمان الفجاري)."""
        if len(word) < 5 or word[0] != "ا" or word.startswith("ال") or not before.startswith("ال"):
            return False
        if not _OBJECT_MASDAR.match(word):
            return False
        return self.next_word(first, first + 20).removeprefix("ال") in _INSTITUTIONS

    def answers_for(self, first: int) -> bool:
        """The source opens with a deputy or one responsible (``نائب مجلس الشعب عن``، ``المسؤول عن``): an عن
        a few words after it is the head's (the party sat for, what one is responsible for), not a stop."""
        return self.next_word(first, first + 12).removeprefix("ال") in _ANSWERING

    def anonymous(self, first: int) -> bool:
        """The source starts ``مصدر``، ``مصادر``، ``شهود عيان``: no name, so no title in apposition after it."""
        return self.next_word(first, first + 12) in _ANONYMOUS | _WITNESSES

    def titled(self, start: int, end: int) -> bool:
        """The words hold a title or a definite word (القيادي بالحزب، …): a bare name (وطالب علاوي، العبادي)
        takes no name in apposition."""
        for w in _WORD.finditer(self.text, start, end):
            word = cues.fold(w.group())
            if word.startswith("ال") or word in _TITLES or not self.person(word):
                return True
        return False

    def prayer(self, pos: int) -> bool:
        """داعيا الله / دعا الله: the cue's object is God."""
        w = _WORD.search(self.text, pos, pos + 8)
        return w is not None and cues.fold(w.group()) == "الله"

    def is_cue(self, m: re.Match[str]) -> bool:
        word = cues.fold(m.group("cue"))
        if cues.FORM_OF.get(word) == cues.REMINDING:
            return self.reminding(m)
        return word in cues.FORM_OF or self.suffix_ok(word)

    @staticmethod
    def suffix_ok(word: str) -> bool:
        """A cue with an object pronoun that still reports (اتهمه); the others are relative (ما أكده)."""
        return any(cues.FORM_OF.get(word[:-n]) in cues.SUFFIX_OK for n in (1, 2, 3))

    @staticmethod
    def is_stop(word: str) -> bool:
        if word in cues.STOP_WORDS or (word in cues.FORM_OF and word not in cues.BETWEEN):
            return True
        if word.startswith("و") and word[1:] in cues.STOP_WORDS and len(word) > 2:
            return True  # وبعد، وفي: a new phrase
        if word.startswith("ل") and len(word) > 3:
            rest = word[1:].removeprefix("ل").removeprefix("ال") if word.startswith("لل") else word[1:]
            bare = rest.removeprefix("ال")
            return rest in cues.MEDIA or bare in cues.MEDIA or bare in _TOLD
        return False

    @staticmethod
    def person(word: str) -> bool:
        """Not a title or a body (مجلس نواب الشعب is the object in دعا الحزب، مجلس نواب الشعب، إلى)."""
        folded = cues.fold(word).removeprefix("ال")
        return folded not in _TITLES and folded not in _BODIES
