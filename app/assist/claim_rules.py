"""The claims finder's rules (``_Finder.run``): verb cues with their complementiser, preposition or object,
attribution phrases (بحسب، وفق، نقلا عن), colon verbs, headlines and long quotations."""

from __future__ import annotations

import re
from bisect import bisect_left

from app.assist import cues
from app.assist.claim_content import _Claim
from app.assist.claim_subject import _Subjects
from app.assist.claim_words import (
    _ADDRESSEES,
    _ADMITTED_NOT,
    _ADVERBIAL,
    _ADVERBS,
    _ALL_OF_THEM,
    _AN,
    _APPOSITION_HEADS,
    _ARJA_A,
    _ASIDE_BREAK,
    _ATTRIBUTION_WORDS,
    _AWRADA,
    _AYY,
    _AZHARA,
    _BI_PLACES,
    _BREAK_IN,
    _BREAK_OR_QUOTE,
    _CALL_TIME,
    _CALLED_MASDAR,
    _CALLED_MASDARS,
    _CALLING,
    _CAUSE_NOUNS,
    _CLAUSE_OPENERS,
    _CLAUSE_PREPOSITIONS,
    _COMMA_OR_COLON,
    _COMMA_RELATIVE,
    _CONFORMING,
    _DA_A,
    _DEMONSTRATIVES,
    _DENIED_BREAK,
    _DENIED_NOUNS,
    _DENIED_WHAT,
    _DESCRIBED_AS,
    _DESCRIBING_LEAD,
    _EDGE,
    _ELATIVES,
    _EVENTS,
    _FA_QAD,
    _FI,
    _FIRST_PERSON,
    _FOLLOWING_NOT,
    _FOOTAGE,
    _FROM_INFORMANT,
    _HASAB,
    _HEAD_STOPS,
    _HEADLINE,
    _HEADLINE_NOT,
    _ISSUED,
    _ITABARA,
    _ITARAFA,
    _JADDADA,
    _LAST_WORD,
    _LAWS,
    _LI_NOT,
    _MA,
    _MANNER,
    _MASDAR,
    _MONTHS,
    _MUBRIZAN,
    _MUNDHU,
    _NABBAHA,
    _NAFA,
    _NEWS_ITEM,
    _NEWS_ITEMS,
    _NOT_ATTRIBUTED,
    _NOT_MASDAR_ENDS,
    _NOT_SECOND,
    _NOUN_OBJECT_RE,
    _NUMBER_BEFORE,
    _OBJECT_CUES,
    _OBJECT_MASDAR,
    _PARTICLES,
    _PERSON_HEADS,
    _PREPOSITION_WORDS,
    _QUANTIFIERS,
    _QUOTE_IN,
    _RANKS,
    _RECOGNISED,
    _RELATIVE_AFTER,
    _RELATIVE_WORDS,
    _RELATIVES,
    _RELAY_AN,
    _RELAY_STOP,
    _RELAY_VERB,
    _REMINDED_NEXT,
    _RENEWED_AFFIRMATION,
    _RENEWED_SAYING,
    _RESUMPTIVE,
    _SAID_NOUN,
    _SELF_WORDS,
    _SENTENCE_END,
    _TABI_A,
    _TAFA_UL,
    _THAT,
    _TIME_AFTER,
    _TIME_ASIDE,
    _TIME_LEAD,
    _TIME_WORDS,
    _TIMED_BREAK,
    _TIMED_MANNER,
    _TITLES,
    _TOLD_AGENCY,
    _TOWARDS_NEXT,
    _UNSAID_CUES,
    _WASAFA,
    _WHAT_CHAIN,
    _WHAT_FOLLOWS,
    _WHAT_TIME,
    _WIDE_OBJECT_RE,
    _WITH_LI,
    _WORD,
    _WRITERS_NOTE,
    CUE_REACH,
    FAR_REACH,
    MAX_ADDRESSEE_WORDS,
    MAX_ASIDE_WORDS,
    MAX_CONSIDERED_WORDS,
    MAX_DENIED_WORDS,
    MAX_DESCRIBED_WORDS,
    MAX_NAME_QUOTE_WORDS,
    MAX_NAMED_ADDRESSEE_WORDS,
    MAX_OBJECT_WORDS,
    MAX_WARNED_WORDS,
    MIN_CUED_QUOTE_WORDS,
    MIN_QUOTE_WORDS,
    _is_noun_object,
    _is_verbal_object,
    _listed,
    _occasion,
    _preposition_re,
)


class _Finder(_Subjects):
    """The claims of one text (``claims``), found by ``run``."""

    # -- rules -------------------------------------------------------------------------------------------
    def run(self) -> None:
        self.verb_cues()
        self.attributions()
        self.colon_verbs()
        self.headlines()
        self.long_quotes()

    def verb_cues(self) -> None:
        self.verb_cue_claims()
        self.nested = False

    def verb_cue_claims(self) -> None:
        text = self.text
        for m in self.verbs:
            cue = m.span("cue")
            if self.quote_at(cue[0]):
                continue
            # a cue inside a claim's content reports a claim of its own only after a relative pronoun
            self.nested = self.inside_taken(cue[0])
            word = cues.fold(m.group("cue"))
            if (
                self.nested
                and (
                    (
                        self.antecedent(rel_at := m.start("pro") if m.group("pro") else cue[0], word) is None
                        and not self.disagreeing(rel_at, word)
                    )
                    or self.present(word)  # المواطنين الذين يطالبون بأبسط حقوقهم: a description
                )
                and self.nested_subject(m) is None
                and not self.pronoun_subject(m)
            ):
                continue
            lemma = cues.FORM_OF.get(word, "")
            if not lemma:
                base = next((cues.FORM_OF[word[:-n]] for n in (1, 2, 3) if word[:-n] in cues.FORM_OF), "")
                if not self.suffix_ok(word) and not (base == _ITABARA and self.considered_pronoun(m)):
                    continue
                lemma = base
            if lemma in cues.IN_CUES and (
                not self.document_after(cue[1], cue[1] + 30) or self.relative_before(m.start())
            ):
                continue  # جاء في المرتبة، جاء في وقت …: no text is quoted
            end = self.sentence_end(cue[1])
            if self.nested:
                end = self.relative_clause_end(m, end)
            reach = min(end, cue[1] + CUE_REACH)
            comp = cues.COMPLEMENTISER_RE.search(text, cue[1], reach)
            if word in cues.NOUN_READINGS and (
                _NUMBER_BEFORE.search(text, max(0, cue[0] - 12), cue[0]) or text.startswith(" وطالب", cue[1])
            ):
                continue  # 2500 طالب وطالبة
            if lemma == cues.COMMENTING and not self.after_comma(m):
                continue  # ظل الملف معلقا إلى أن: pending
            if lemma == cues.REMINDING and not self.reminding(m):
                continue  # مذكرة تفاهم: the noun (memorandum)
            if word in cues.PASSIVE_NOTES and comp and not text[cue[1] : comp.start("pre")].strip():
                continue  # يُذكر أن: the writer's reminder
            quote = self.next_quote(cue[1], reach)
            while quote and (self.words(*quote) < MIN_CUED_QUOTE_WORDS or quote in self.titles):
                quote = self.next_quote(quote[1], reach)  # a scare quote, or a title (تحت عنوان "…")
            colon = text.find(":", cue[1], reach)
            while colon >= 0 and (held := self.quote_at(colon)) is not None and held in self.titles:
                colon = text.find(":", held[1], reach)  # بعنوان "OK: القصة …"، إنها: the title's own colon
            prep = cues.PREPOSITION_OF.get(lemma)
            pm = None
            if prep:
                pm = _preposition_re(prep).search(text, cue[1], reach)
                while pm and (
                    (len(prep) == 1 and self.not_proclitic(pm.start("p")))
                    or (prep == "ب" and self.next_word(pm.end("p"), reach) in _BI_PLACES)
                    or (prep == _AN and self.deputy_before(pm.start("p")))
                ):
                    # في برنامج: the word's own ب; طالب الأساتذة بعدد من المعاهد بـ: a place or a number; أعلنت
                    # النائب عن حزب …: the deputy's constituency
                    pm = _preposition_re(prep).search(text, pm.end(), reach)
            if pm and lemma == _NABBAHA and self.words(cue[1], pm.start("p")) > MAX_WARNED_WORDS:
                pm = None  # ونبه من خطر الانزلاق … داعيا، إلى التهدئة: another cue's preposition
            admit_at = pm.start("p") if pm else -1  # the source ends before a skipped ب word (بالتحري معهم)
            if pm and lemma == _ITARAFA:
                pm = self.admitted(pm, reach)
            marks = [p for p in (comp.start("pre") if comp else -1, quote[0] if quote else -1, colon) if p >= 0]
            if not marks and pm is None and (far := self.far_complementiser(cue[1], reach, end)) is not None:
                comp = far  # أكد X في تصريح … على هامش … (more than CUE_REACH) أن …
                marks = [comp.start("pre")]
            first = min(marks) if marks else -1
            rule = f"claims.{lemma or word}"
            if lemma == _JADDADA and (renewed := self.renewed_affirmation(cue[1], first, pm, reach)) is not None:
                self.after_preposition(*renewed, m, end, rule + ".preposition", False)  # جدد X التأكيد على …
                continue
            if (
                lemma == _WASAFA
                and pm
                and word in cues.FORM_OF
                and (this := self.described_this(cue[1], pm.start("p"))) is not None
            ):
                self.after_preposition(this, pm.start("p"), m, end, rule + ".preposition", False)  # هذه الخطوة بالسلبية
                continue
            if (
                pm
                and lemma in _OBJECT_CUES
                and (first < 0 or pm.start("p") < first)
                and (obj := self.noun_object(cue[1], pm.start("p"), first < 0)) is not None
            ):
                self.after_preposition(*obj, m, end, rule + ".object", False)  # وأعلنت عزمها التوقف عن …
                continue
            if pm and (first < 0 or pm.start("p") < first):
                if lemma == _ITARAFA:
                    self.after_preposition(admit_at, pm.start("p"), m, end, rule + ".preposition", False)
                    continue
                quoted_only = lemma in cues.QUOTED_ONLY and not self.renewed_call(cue[1], pm.start("p"))
                self.prepositional(pm, m, end, rule + ".preposition", quoted_only)
                continue
            if (
                lemma in _OBJECT_CUES
                and not (pm and (first < 0 or pm.start("p") < first))
                and (obj := self.noun_object(cue[1], first if first >= 0 else reach, first < 0)) is not None
                and not (lemma == _AZHARA and self.footage(m, obj[0]))
                and not self.verb_of_clause(m)
            ):
                self.after_preposition(*obj, m, end, rule + ".object", False)  # وأكد مجدوب ضرورة توفير …
                continue
            if lemma in _OBJECT_CUES and first < 0 and (timed := self.object_after_time(cue[1], reach)) is not None:
                self.after_preposition(*timed, m, end, rule + ".object", False)  # أكد X اليوم السبت الإضراب …
                continue
            if lemma == _AWRADA and first < 0 and pm is None and (item := self.news_item(cue[1], reach)) is not None:
                self.after_preposition(*item, m, end, rule + ".object", False)  # أوردت الوكالة خبرا مفاده …
                continue
            if (
                word == _MUBRIZAN
                and first < 0
                and pm is None
                and (shown := self.highlighted(cue[1], reach)) is not None
            ):
                self.after_preposition(shown, shown, m, end, rule + ".object", False)  # مبرزا الدور المحوري لـ …
                continue
            if lemma == _NAFA and first < 0 and pm is None and (denied := self.denied_any(cue[1], reach)) is not None:
                self.after_preposition(*denied, m, end, rule + ".object", False)  # نفى الوزير أي نية لـ …
                continue
            if (
                lemma == _NAFA
                and (what := _DENIED_WHAT.search(text, cue[1], reach))
                and (first < 0 or what.start() < first)
            ):
                # نفى مصدر … نفيا قاطعا ما تداولته بعض المواقع عن …: what was reported is the content
                self.after_preposition(what.start(), what.start("what"), m, end, rule + ".what", False)
                continue
            if lemma == _ITABARA and (at := self.considered(m, first, quote)) is not None:
                self.after_preposition(at, at, m, end, rule + ".object", False)  # معتبرا رحيله خسارة كبرى
                continue
            if (
                lemma == _ITABARA
                and first < 0
                and ((at := self.considered_named(m, reach)) is not None or (at := self.considered_quoted(m, reach)))
            ):
                self.after_preposition(at, at, m, end, rule + ".object", False)  # وتعتبر كوريا سوريا حليفا
                continue
            if lemma == _DA_A and (li := self.li_after_object(cue[1], first if first >= 0 else reach)) is not None:
                self.verbal_noun(li, m, end, rule + ".preposition")
                continue
            if lemma == _ARJA_A and (cause := self.cause_object(cue[1], first if first >= 0 else reach)) is not None:
                if first < 0:
                    self.after_preposition(cause, cause, m, end, rule + ".object", False)  # وأرجع الشملي تعطل … إلى …
                elif quote and quote[0] == first:
                    self.direct(quote, cue, self.cue_source(m, cause), rule + ".quote")  # أرجع هذه التحركات إلى "…"
                continue
            if (
                lemma in _CALLING
                and first < 0
                and (called := self.called_masdar(cue[1], min(end, cue[1] + FAR_REACH))) is not None
                and (pm is None or pm.start("p") > called[1])
            ):
                self.after_preposition(*called, m, end, rule + ".object", False)  # وطالب السراج الجميع وضع …
                continue
            if first < 0 or text.count("\n", cue[1], first) or lemma in cues.PREPOSITION_ONLY:
                continue
            if lemma in cues.DIRECT_ONLY and comp is not None and first == comp.start("pre"):
                continue  # وتساءل الكاتب إن كان …: whether, no claim
            if self.relative_cue_between(cue[1], first):
                continue  # بحسب ما أفاد به X، والذي أكد أن: the content is the relative clause's cue's
            source = self.cue_source(m, first)
            if (source and cues.fold(text[source[0] : source[1]]) == "الله") or self.prayer(cue[1]):
                continue  # داعيا الله أن …: a prayer
            if colon == first:
                after = colon + 1
                lead = after + len(text[after:end]) - len(text[after:end].lstrip())
                q2 = self.next_quote(lead, lead + 1)
                comp2 = cues.COMPLEMENTISER_AT_RE.match(text, lead)
                if q2:
                    self.direct(q2, cue, source, rule + ".quote")
                elif comp2:
                    self.indirect(comp2, cue, source, end, rule + ".colon")
                else:
                    s, e = self.trim(after, self.content_end(after, end))
                    self.add(_Claim(s, e, "direct", rule + ".colon", cue, source))
            elif quote and quote[0] == first:
                self.direct(quote, cue, source, rule + ".quote")
            elif comp:
                q_after = self.next_quote(comp.end(), end)
                if q_after and not text[comp.end() : q_after[0]].strip() and not self.opens_clause(q_after, end):
                    self.direct(q_after, cue, source, rule + ".quote")
                else:
                    self.indirect(comp, cue, source, end, rule + ".that")

    def not_proclitic(self, pos: int) -> bool:
        """``طالب … في برنامج "بوليتكا"، وزير الداخلية بنشر …``: a proclitic بـ / لـ never follows a preposition,
        so a بـ word right after في / من / عن … starts with its own letter (برنامج، بيان، بلدية), as does a name
        in short quotation marks (``"بوليتكا"``; not ``"بالزوبعة في فنجان"``, بـ before ال)."""
        q = self.quote_at(pos)
        if q is not None and self.words(*q) <= MAX_NAME_QUOTE_WORDS and not self.text.startswith("ال", pos + 1):
            return True
        words = self.text[max(0, pos - 8) : pos].split()
        return bool(words) and cues.fold(words[-1].strip('"“”«»(')) in _PREPOSITION_WORDS

    def considered(self, m: re.Match[str], first: int, quote: tuple[int, int] | None) -> int | None:
        """``، معتبرا رحيله خسارة كبرى``, ``معتبرا إياها تقهقرا``: the participle of اعتبر with its two objects
        and no أن is a claim, its content from the word right after it (not a stop word, a cue or أن/إن); not
        when the second object is a quotation a few words on (``معتبرا ذلك "مؤشرا عن …"``: the direct claim)."""
        word = cues.fold(m.group("cue"))
        if not word.startswith(cues.PARTICIPLE_PREFIXES) and not (
            word not in cues.FORM_OF and self.considered_pronoun(m)
        ):
            return None
        after = m.end("cue")
        w = _WORD.search(self.text, after, after + 40)
        if w is None or self.text[after : w.start()].strip(' \u00a0"“«') or (first >= 0 and first <= w.start()):
            return None
        nxt = cues.fold(w.group())
        if self.is_stop(nxt) or nxt in _PARTICLES:
            return None
        if quote and quote[0] == first and self.words(w.start(), quote[0]) <= 4:
            return None
        return w.start() if self.text[w.start() - 1] not in '"“«' else w.start() - 1

    def considered_named(self, m: re.Match[str], reach: int) -> int | None:
        """``وتعتبر كوريا الشمالية سوريا حليفا رئيسيا``, ``وتعتبر إسرائيل إيران أكثر أعدائها خطورة``: a finite
        اعتبر with no أن, its subject after it, then its two objects, the second an indefinite accusative (ends
        in ا) or an elative (أكثر، أهم …), with no comma, quotation, stop word or particle before it: what the
        subject considers the first object. The first object is the word before the second (a name: سوريا), or
        an indefinite word and its definite attribute (حزب الله، كوريا الشمالية); where it starts, the content
        does, and the subject (one word at least) ends."""
        word = cues.fold(m.group("cue"))
        if word not in cues.FORM_OF or word.startswith(cues.PARTICIPLE_PREFIXES) or self.nested:
            return None
        text, pos = self.text, m.end("cue")
        words: list[tuple[int, str]] = []
        for w in _WORD.finditer(text, pos, reach):
            if text[pos : w.start()] != " " or len(words) > MAX_CONSIDERED_WORDS:
                return None
            pos = w.end()
            folded = cues.fold(w.group())
            second = not folded.startswith("ال") and (
                folded in _ELATIVES
                or (
                    len(folded) >= 4
                    and folded.endswith("ا")
                    and not folded.endswith("يا")
                    and folded not in _NOT_SECOND
                    and not _ADVERBIAL.match(folded)
                )
            )
            if second and len(words) >= 2:
                at = len(words) - 1
                if words[at][1].startswith("ال") and at >= 2 and not words[at - 1][1].startswith("ال"):
                    at -= 1  # حزب الله، كوريا الشمالية
                return words[at][0]
            if self.is_stop(folded) or folded in _PARTICLES or folded in _TIME_WORDS or not w.group().isalpha():
                return None
            words.append((w.start(), folded))
        return None

    def considered_quoted(self, m: re.Match[str], reach: int) -> int | None:
        """``اعتبر المحامي فلان الفلاني استقالة رئيس الهيئة، فلان "غير بريئة"``: a finite اعتبر with no أن whose
        second object is a short quotation (a scare quote) in its clause: the first object is the verbal noun
        (ending in ة, no ال) right after a definite word of the subject (العيوني استقالة، الإرادة مبادرة); where it
        starts, the content does and the subject ends. No stop word or particle in the subject."""
        word = cues.fold(m.group("cue"))
        if word not in cues.FORM_OF or word.startswith(cues.PARTICIPLE_PREFIXES) or self.nested:
            return None
        text, pos = self.text, m.end("cue")
        quote = self.next_quote(pos, reach)
        if quote is None or self.words(*quote) >= MIN_CUED_QUOTE_WORDS or _ASIDE_BREAK.search(text, pos, quote[0]):
            return None
        words = list(_WORD.finditer(text, pos, quote[0]))
        before = ""
        for k, w in enumerate(words[:MAX_OBJECT_WORDS]):
            folded = cues.fold(w.group())
            if self.is_stop(folded) or folded in _PARTICLES or folded in _TIME_WORDS or _occasion(folded):
                return None
            if k >= 2 and folded.endswith("ه") and not folded.startswith("ال") and before.startswith("ال"):
                return w.start()
            before = folded
        return None

    def considered_pronoun(self, m: re.Match[str]) -> bool:
        """``القانون الذي اعتبره خطوة إلى الوراء``, ``إذ اعتبرها شكلا من أشكال …``: a finite اعتبر whose first
        object is its pronoun, the second an indefinite noun right after it (ending in the accusative ا or in
        ة, or a verbal-noun object: عدم): what the speaker considers it. Not a definite word (the subject:
        واعتبره الوزير …) nor a name."""
        w = _WORD.match(self.text, m.end("cue") + 1)
        if w is None or not self.text[m.end("cue") : w.start()].isspace():
            return False
        nxt = cues.fold(w.group())
        if nxt.startswith("ال") or self.is_stop(nxt) or nxt in _PARTICLES or nxt in cues.FORM_OF:
            return False
        return (len(nxt) > 2 and nxt.endswith(("ا", "ه"))) or _is_noun_object(nxt)

    def relative_clause_end(self, m: re.Match[str], end: int) -> int:
        """``أن هذا التقرير، الذي وصفه بأنه "عار" …، لا يتضمن …``: a relative clause set off by a comma inside
        another claim's content closes at the next comma outside a quotation, where that content goes on."""
        text = self.text
        at = m.start("pro") if m.group("pro") else m.start("cue")
        if not _COMMA_RELATIVE.search(text, max(0, at - 10), at):
            return end
        comma = text.find("،", m.end("cue"), end)
        while comma >= 0 and self.quote_at(comma):
            comma = text.find("،", comma + 1, end)
        return comma if comma >= 0 else end

    def description_noun(self, m: re.Match[str]) -> bool:
        """A finite وصف that is no cue: the noun (وصف الحالة، بوصفه رئيسا), or a description inside a noun phrase
        (لما وصفته بـ"…"، الذين وصفهم بـ، لاعتبارات وصفها بـ). It reports with its object pronoun right before بـ
        after و / كما (ووصفها بالانقلابية), or with بأن a few words on, no mark between (ووصف ترامب كيم بأنه)."""
        word = cues.fold(m.group("cue"))
        forms = (word, word[:-1], word[:-2], word[:-3])  # وصفهم: the verb and its object pronoun
        if next((cues.FORM_OF[w] for w in forms if w in cues.FORM_OF), "") != _WASAFA:
            return False
        if word.startswith(cues.PARTICIPLE_PREFIXES):
            return False
        text, cue_end = self.text, m.end("cue")
        reach = min(self.sentence_end(cue_end), cue_end + CUE_REACH)
        if _DESCRIBED_AS.search(self.text, max(0, m.start() - 8), m.start("cue")):
            # التي وصفها بأنها "…": a relative pronoun (not ما) and بأن right after, what the speaker called it
            comp = cues.COMPLEMENTISER_RE.search(text, cue_end, reach) if word not in cues.FORM_OF else None
            return not (
                comp is not None
                and comp.group("pre") == "ب"
                and not text[cue_end : comp.start("pre")].strip()
                and _RELATIVE_AFTER.search(text, max(0, m.start() - 8), m.start("cue"))
            )
        if (pm := _preposition_re("ب").search(text, cue_end, reach)) is None:
            return True
        at = pm.start("p")
        if word not in cues.FORM_OF and not text[cue_end:at].strip():
            return not (m.group("pro") or _DESCRIBING_LEAD.search(text, max(0, m.start() - 8), m.start("cue")))
        if word in cues.FORM_OF and self.described_this(cue_end, at) is not None:
            return False  # ووصف فلان هذه الخطوة بالسلبية: the subject, then what is described
        comp = cues.COMPLEMENTISER_RE.search(text, cue_end, reach)
        return not (
            comp is not None
            and comp.group("pre") == "ب"
            and comp.start("pre") == at
            and self.next_word(cue_end, at) not in _DEMONSTRATIVES  # ووصفت تلك العملية بأنها: the passive
            and self.words(cue_end, at) <= MAX_DESCRIBED_WORDS
            and not _BREAK_OR_QUOTE.search(text, cue_end, at)
        )

    def described_this(self, pos: int, at: int) -> int | None:
        """``ووصف عادل اللطيفي هذه الانتخابات بالمهزلة``: a finite وصف whose subject (one to eight words, no stop
        word) comes before a demonstrative and the thing described (one to three words), right before بـ, no
        punctuation or quotation between: the active verb (the demonstrative right after it is the passive). Where
        the demonstrative starts (the source ends there), else None."""
        if _BREAK_OR_QUOTE.search(self.text, pos, at):
            return None
        words = list(_WORD.finditer(self.text, pos, at))
        folded = [cues.fold(w.group()) for w in words]
        k = next((i for i, w in enumerate(folded) if w in _DEMONSTRATIVES), -1)
        if (
            1 <= k <= 8
            and 1 <= len(words) - k - 1 <= 3
            and not any(self.is_stop(w) or w in _PARTICLES for w in folded[:k])
        ):
            return words[k].start()
        return None

    def far_complementiser(self, pos: int, reach: int, end: int) -> re.Match[str] | None:
        """The أن/إن of a cue past ``CUE_REACH``, up to ``FAR_REACH``, when a long occasion stands between (في
        تصريح لـ … على هامش إشرافه على ندوة …): an occasion word within ``CUE_REACH``, and no other cue, line
        break, verbal-noun object or clause opener (حيث، كما) before the أن."""
        if reach >= end:
            return None
        comp = cues.COMPLEMENTISER_RE.search(self.text, reach, min(end, pos + FAR_REACH))
        if comp is None or "\n" in self.text[pos : comp.start()]:
            return None
        k = bisect_left(self.verb_starts, pos)
        if k < len(self.verb_starts) and self.verb_starts[k] < comp.start():
            return None
        words = [cues.fold(w) for w in _WORD.findall(self.text, pos, comp.start())]
        if any(w in _CLAUSE_OPENERS or _is_noun_object(w) for w in words):
            return None  # … تراجع عدد المترشحين حيث من المنتظر أن، … على ضرورة …: the أن is another clause's
        return comp if any(_occasion(w) for w in words[: self.words(pos, reach)]) else None

    def after_comma(self, m: re.Match[str]) -> bool:
        return self.text[max(0, m.start() - 2) : m.end("lead")].strip().endswith(("،", ","))

    def reminding(self, m: re.Match[str]) -> bool:
        """``، مذكرا بأن …``, ``، مذكرة في هذا الصدد بحرصها``: the participle after a comma, followed by ب,
        أن, في, من or an addressee; not the noun ``مذكرة تفاهم`` / ``مذكرة اعتقال``."""
        if not self.after_comma(m):
            return False
        nxt = self.next_word(m.end(), m.end() + 30)
        return nxt.startswith("ب") or nxt in _REMINDED_NEXT or nxt in _ADDRESSEES

    def admitted(self, pm: re.Match[str], reach: int) -> re.Match[str] | None:
        """The ب of what اعترف admits (``اعترف المظنون فيه بعد إيقافه بتحوله إلى ليبيا``): past a ب word of time
        or manner; none when an entity is recognised (``اعترفت 137 دولة بدولة فلسطين``)."""
        found: re.Match[str] | None = pm
        while found is not None and (word := self.next_word(found.start("p"), reach)) in _ADMITTED_NOT:
            found = _preposition_re("ب").search(self.text, found.start("p") + len(word), reach)
        if found is None or self.next_word(found.start("p"), reach) in _RECOGNISED:
            return None
        return found

    def verb_of_clause(self, m: re.Match[str]) -> bool:
        """``قال X إن تقريرا أعدته اللجنة، أكد وجود فساد``: a finite cue without و after an أن/إن of its
        sentence is the verb of that clause, whose words the speaker reports."""
        word = cues.fold(m.group("cue"))
        if m.group("pro") or word.startswith(cues.PARTICIPLE_PREFIXES) or self.antecedent(m.start("cue"), word):
            return False  # القاضي الذي أكد وجود براهين: a relative clause reports its antecedent's words
        start = self.sentence_start(m.start())
        return cues.COMPLEMENTISER_RE.search(self.text, max(0, start - 1), m.start()) is not None

    def noun_object(self, pos: int, limit: int, wide: bool = False) -> tuple[int, int] | None:
        """Where the verbal-noun object of أكد / نفى / أعلن starts (``وأكد مجدوب ضرورة توفير``, ``نفى الوزير،
        نفيا قاطعا وجود شركة``, ``أعلنت المؤسسة نيتها``): such a word among the ``MAX_OBJECT_WORDS`` after the
        cue, in the same clause (past a ``، نفيا قاطعا``, where the source ends), or right after an occasion or
        time set off by a comma: where the source ends and where the content starts. ``wide`` (no أن, quotation
        or colon follows): a listed verbal noun too (``وأكدت المراسلة تنفيذ الإضراب``), after the stop words."""
        text = self.text
        if not (_WIDE_OBJECT_RE if wide else _NOUN_OBJECT_RE).search(text, pos, limit):
            return None
        if (first := _WORD.search(text, pos, limit)) and cues.fold(first.group()) in _RESUMPTIVE:
            return None  # التحوير الذي أعلن عنه رئيس الحكومة: a relative clause, its object is the noun before
        at = source_end = pos
        if (lead := _TIME_LEAD.match(text, pos, limit)) is not None:
            at = lead.end()  # أعلن اليوم الخميس حزب العمال انتهاء …: the subject after the time (source_after skips it)
        for k, w in enumerate(_WORD.finditer(text, pos, limit)):
            if k >= MAX_OBJECT_WORDS or w.start() < at:
                if k >= MAX_OBJECT_WORDS:
                    return None
                continue
            word = cues.fold(w.group())
            if _is_noun_object(word):
                return (source_end if source_end > pos else w.start()), w.start()
            if (self.is_stop(word) and word not in cues.SOFT_STOPS) or _occasion(word):
                found = self.object_after_aside(w.start(), limit, wide)  # أكد الوزير في تصريح …، اليوم: elsewhere
                return found if found is not None or not wide else self.object_in_aside(w.start(), limit)
            if wide and _is_verbal_object(word):
                return (source_end if source_end > pos else w.start()), w.start()
            if _BREAK_OR_QUOTE.match(text, w.end()):
                manner = _MANNER.match(text, w.end())
                after = _WORD.search(text, w.end() + 1, limit) if text[w.end()] in "،," else None
                if (
                    manner is None
                    and wide
                    and after is not None
                    and not text[w.end() + 1 : after.start()].strip()
                    and (_is_noun_object(folded := cues.fold(after.group())) or _is_verbal_object(folded))
                ):
                    return w.end(), after.start()  # أظهرت إحصائية أعدها مركز …، اعتقال …: the object after the comma
                if manner is None:
                    if wide and (found := self.object_after_aside(w.end() + 1, limit, True)) is not None:
                        # نفت زهرة إدريس، النائب عن حزب نداء تونس، وجود …: the apposition stays in the source; not
                        # a time, an occasion or a description (أكدت جريدة الشروق، الصادرة اليوم الأحد، تراجع …)
                        head = self.next_word(w.end() + 1, found[1])
                        aside = self.is_stop(head) or _occasion(head) or head in _ISSUED or head in _TIME_WORDS
                        return (
                            w.end() if aside else max(text.rfind("،", 0, found[1]), text.rfind(",", 0, found[1]))
                        ), found[1]
                    return None
                at = manner.end()
                source_end = w.end()
        return None

    def informant(self, pos: int, limit: int) -> tuple[int, int] | None:
        """``علمت الجوهرة "اف ام" من مصادر موثوقة أن …``: what a medium learned from its sources has the sources
        as its source (they are named, the medium only told): from مصدر / مصادر after من up to the content."""
        found = _FROM_INFORMANT.search(self.text, pos, limit)
        if found is None:
            return None
        s, e = self.trim(found.end(), limit)
        return (s, e) if e > s else None

    def news_item(self, pos: int, limit: int) -> tuple[int, int] | None:
        """``أوردت وكالات الأنباء في خبر عاجل منذ قليل خبر نجاة …``, ``أوردت قناة العربية خبرا عاجلا منذ قليل
        مفاده مقتل …``: with no أن, quotation or colon after أورد, the news item خبر / خبرا as its object (not after
        في or ب: the item it came in), among the ``MAX_OBJECT_WORDS`` after the cue, with no line break, colon or
        quotation mark before it; what the item says follows it (past عاجلا, منذ قليل, مفاده). Where the source
        ends and the content starts."""
        text = self.text
        aside = -1  # where an occasion or a time after the source starts (في خبر عاجل، منذ قليل): the source ends
        for k, w in enumerate(_WORD.finditer(text, pos, limit)):
            if (
                k > MAX_OBJECT_WORDS
                or _ASIDE_BREAK.search(text, pos, w.start())
                or _QUOTE_IN.search(text, pos, w.start())
            ):
                return None
            folded = cues.fold(w.group())
            if k and aside < 0 and (folded in _FI or folded == _MUNDHU or folded in _TIME_WORDS):
                aside = w.start()
            if not k or w.group() not in _NEWS_ITEMS or text[max(pos, w.start() - 3) : w.start()] == "في ":
                continue
            item = _NEWS_ITEM.match(text, w.start())
            return (aside if aside >= 0 else w.start(), item.end()) if item is not None else None
        return None

    def highlighted(self, pos: int, limit: int) -> int | None:
        """``مبرزا الدور المحوري للإعلام …``, ``مبرزا بالخصوص الإجراءات …``: with no أن, quotation or colon after
        the participle, a word with ال right after it (past an adverb) is what the speaker highlights, its object
        (a participle follows its subject); not a stop word, a time or a cue. Where the content starts."""
        text = self.text
        words = list(_WORD.finditer(text, pos, limit))[:2]
        if not words or text[pos : words[0].start()].strip():
            return None
        if cues.fold(words[0].group()) in _ADVERBS:
            words = words[1:]
        if not words or _BREAK_OR_QUOTE.search(text, pos, words[0].start()):
            return None
        word = cues.fold(words[0].group())
        if not word.startswith("ال") or self.is_stop(word) or word in _TIME_WORDS or word in cues.FORM_OF:
            return None
        return words[0].start()

    def footage(self, m: re.Match[str], source_end: int) -> bool:
        """``أظهرت لقطات فيديو …``, ``فيديو البنك الدولي … الذي أظهر …``: what أظهر shows is footage (a word of
        footage between the cue and its object) or the verb is in a relative clause with no subject after it."""
        text = self.text
        cue = m.start("cue")
        before = _LAST_WORD.search(text, max(0, cue - 12), cue - 1) if cue and text[cue - 1] == " " else None
        if before is not None and cues.fold(before.group()) in _RELATIVES:
            return True
        return any(cues.fold(w) in _FOOTAGE for w in _WORD.findall(text, m.end("cue"), source_end))

    def denied_any(self, pos: int, limit: int) -> tuple[int, int] | None:
        """``نفى الوزير، اليوم، في تصريح إعلامي، أي نية للتراجع``, ``وينفي فلان، وهو …، ارتكاب أي مخالفات``: with
        no أن, quotation or colon after نفى, an indefinite أي among the ``MAX_DENIED_WORDS`` after the cue (no line
        break, colon or sentence end before it) is what is denied: the object opens at أي, or at the indefinite
        verbal noun right before it, with no ال (وصول أي مساعدات), where the source ends; not right after the cue
        nor after a preposition, stop word, particle or cue (عن أي، في أي: the complement of an object before)."""
        text = self.text
        words = list(_WORD.finditer(text, pos, limit))
        for k, w in enumerate(words[: MAX_DENIED_WORDS + 1]):
            if cues.fold(w.group()) != _AYY:
                continue
            if not k or _DENIED_BREAK.search(text, pos, w.start()):
                return None
            before = words[k - 1]
            prev = cues.fold(before.group())
            if prev in _PREPOSITION_WORDS or self.is_stop(prev) or prev in _PARTICLES or prev in cues.FORM_OF:
                return None
            gap = text[before.end() : w.start()]
            if (
                not gap.strip()
                and k >= 2
                and not prev.startswith("ال")
                and (
                    prev in _DENIED_NOUNS
                    or _MASDAR.match(prev)
                    or _OBJECT_MASDAR.search(prev)
                    or _is_verbal_object(prev)
                )
            ):
                return before.start(), before.start()  # وصول أي مساعدات، ارتكاب أي مخالفات
            return w.start(), w.start()
        return None

    def object_after_aside(self, aside: int, limit: int, wide: bool = False) -> tuple[int, int] | None:
        """``وأكد عمروسية خلال استضافته اليوم في برنامج "بوليتكا"، ضرورة …``: an occasion or time set off by
        the next comma (at most ``MAX_ASIDE_WORDS``, no colon, line break or أن in it), the verbal noun the
        first word after that comma: where the source ends (the aside) and where the content starts."""
        text = self.text
        comma = min((p for p in (text.find("،", aside, limit), text.find(",", aside, limit)) if p >= 0), default=-1)
        if comma < 0 or self.quote_at(comma) or self.words(aside, comma) > MAX_ASIDE_WORDS:
            return None
        if _ASIDE_BREAK.search(text, aside, comma) or cues.COMPLEMENTISER_RE.search(text, aside, comma):
            return None
        w = _WORD.search(text, comma + 1, limit)
        if w is None or text[comma + 1 : w.start()].strip():
            return None
        word = cues.fold(w.group())
        return (aside, w.start()) if _is_noun_object(word) or (wide and _is_verbal_object(word)) else None

    def renewed_affirmation(self, pos: int, first: int, pm: re.Match[str] | None, reach: int) -> tuple[int, int] | None:
        """``من جهته جدد أمير الكويت التأكيد على وقوف بلاده …``: جدد with التأكيد / تأكيده and على among the
        ``MAX_OBJECT_WORDS`` after it (no punctuation, stop word or particle before it), before any أن, quotation
        or colon, reports what is affirmed again: the source ends before التأكيد, the content starts after على.
        Not before أن (جدد التأكيد على أن …: the claim after أن, as before)."""
        text = self.text
        limit = min(p for p in (first, pm.start("p") if pm else -1, reach) if p >= 0)
        found = _RENEWED_AFFIRMATION.search(text, pos, limit)
        if found is None or _BREAK_OR_QUOTE.search(text, pos, found.start()):
            return None
        if cues.COMPLEMENTISER_AT_RE.match(text, found.end()):
            return None  # جدد التأكيد على أن …: the claim after أن
        words = [cues.fold(w) for w in _WORD.findall(text, pos, found.start())]
        if len(words) > MAX_OBJECT_WORDS or any(self.is_stop(w) or w in _PARTICLES for w in words):
            return None
        return found.start(), found.end()

    def object_after_time(self, pos: int, limit: int) -> tuple[int, int] | None:
        """``أكّد الكاتب العام للنقابة، فلان، اليوم السبت الإضراب المقرر …``, ``نفى الوزير اليوم الثلاثاء خبر
        إلغاء …``: with no أن, quotation or colon after أكد / أعلن / نفى, a time (اليوم، أمس … with its day and
        date) among the ``MAX_OBJECT_WORDS`` after the subject ends the source, and the word right after it opens
        the object, definite or not (not a stop word, a particle, a cue, an occasion or a ب / ل word): where the
        source ends and where the content starts. Not a time right after the cue (the subject may follow it)."""
        text = self.text
        words = list(_WORD.finditer(text, pos, limit))
        for k, w in enumerate(words[: MAX_OBJECT_WORDS + 1]):
            if _TIMED_BREAK.search(text, pos, w.start()):
                return None
            word = cues.fold(w.group())
            if word not in _TIME_WORDS:
                if (
                    word in cues.FORM_OF
                    or word in _PARTICLES
                    or word in _RELATIVE_WORDS
                    or (not k and self.is_stop(word))
                ):
                    return None  # أعلنت عنها، على غرار الملف الذي حدد يوم …: a relative clause
                continue
            if k == 0:
                return None
            n = k + 1
            while n < len(words) and (
                (folded := cues.fold(words[n].group())) in _TIME_WORDS
                or folded in _TIME_AFTER
                or folded in _MONTHS
                or words[n].group().isdigit()
            ):
                n += 1
            if n >= len(words) or text[words[n - 1].end() : words[n].start()].strip(" ،,"):
                return None
            if cues.fold(words[n].group()) in _TIMED_MANNER and n + 2 < len(words):
                n += 2  # نفت الوزارة … مساء الثلاثاء، نفيا قطعيا خبرا …
            obj = words[n].group()
            word = cues.fold(obj)
            if (
                self.is_stop(word)
                or word in _PARTICLES
                or _occasion(word)
                or not obj.isalpha()
                or (word[0] in "بلو" and not _is_verbal_object(word))
            ):
                return None
            return w.start(), words[n].start()
        return None

    def object_in_aside(self, aside: int, limit: int) -> tuple[int, int] | None:
        """``أعلنت شركة تويتر قبل أسابيع اتخاذها إجراءات``, ``أكد مصدر … في تصريح لمراسل الجوهرة عودة نشاط …``:
        with no أن after the cue, a verbal-noun object among the ``MAX_ASIDE_WORDS`` after the time or occasion
        that ended the source, no comma, colon, line break or cue before it, and right after a word that is
        no preposition but على (``أكد في أكثر من مناسبة على أحقيتهم``; not ``في تصريح حول تنفيذ …``)."""
        text = self.text
        previous = ""
        for k, w in enumerate(_WORD.finditer(text, aside, limit)):
            if k > MAX_ASIDE_WORDS or _BREAK_IN.search(text, aside, w.start()):
                return None
            word = cues.fold(w.group())
            if (k and (word in cues.FORM_OF or word.removeprefix("و") in _THAT or word in _RELATIVE_WORDS)) or (
                word == _MA
            ):
                return None  # …، خاصة وأن إيقاف …، صحة ما تداولته المواقع حول حجز قطع …: another clause
            if k and (_is_noun_object(word) or _is_verbal_object(word)):
                if (previous in _CLAUSE_PREPOSITIONS and previous != "علي") or previous in _HEAD_STOPS:
                    return None  # في تصريح حول تنفيذ …
                if previous in _EVENTS or _ADVERBIAL.match(previous):
                    return None  # في افتتاح مؤتمر دعم الاقتصاد، مثمنا التزام …: the aside's noun, another verb's
                return aside, w.start()
            previous = word
        return None

    def renewed_call(self, pos: int, prep: int) -> bool:
        """``كما جددت دعوتها إلى توحيد …``: جدد with a call (الدعوة، دعوتها) reports one without quotation marks."""
        words = _WORD.findall(self.text, pos, prep)
        return len(words) == 1 and cues.fold(words[0]).removeprefix("ال").startswith(("دعوه", "دعوت", "مطالبت"))

    def li_after_object(self, pos: int, limit: int) -> tuple[int, int] | None:
        """``ودعا الحضور للمساهمة في …``, ``داعيا السلطات لتوضيح …``: دعا with لـ and a verbal noun after its
        object (one to four words, no punctuation, no stop word between), as the span of the ل word. Not a
        ل genitive after a definite adjective (الجامعة التونسية للتنس), a verb (ليعزز) or a pronoun (لها)."""
        text = self.text
        pos = self.call_aside(pos, limit)
        words = list(_WORD.finditer(text, pos, limit))[:5]
        if not words or _BREAK_OR_QUOTE.search(text, pos, words[-1].start()):
            return None
        for k, w in enumerate(words):
            word = cues.fold(w.group())
            if k and word.startswith("ل") and len(word) >= 4 and not word.startswith("لي"):
                before = cues.fold(words[k - 1].group())
                if before.startswith("ال") and before.endswith("يه"):
                    continue  # الوكالة الوطنية للسلامة المعلوماتية: part of a name
                if word in _LI_NOT or self.is_stop(word):
                    return None
                return w.start(), w.end()
            if self.is_stop(word) or word in _RESUMPTIVE or word in _PARTICLES or cues.fold(word[1:]) in _RESUMPTIVE:
                return None
        return None

    def cause_object(self, pos: int, limit: int) -> int | None:
        """``وأرجع الشملي تعطل خطوط المترو إلى …``, ``أرجعت الشركة هذا الاضطراب …``, ``وأرجع زوجها، سبب الوفاة
        إلى …``: أرجع, its subject, then what a cause is given for: a demonstrative or a cause noun (السبب، أسباب;
        right after the cue too: the subject is then the verb's pronoun), or a verbal noun right after a definite
        word or a name, among the ``MAX_OBJECT_WORDS`` after the cue and before ``limit`` (a comma only right before
        it): where the source ends and the content starts, else None."""
        text = self.text
        words = list(_WORD.finditer(text, pos, limit))[: MAX_OBJECT_WORDS + 1]
        for k, w in enumerate(words):
            gap = text[words[k - 1].end() if k else pos : w.start()]
            word = cues.fold(w.group())
            if k and gap.strip() not in ("", "،", ","):
                return None
            if word in _DEMONSTRATIVES or word in _CAUSE_NOUNS:
                return w.start()  # right after the cue: the subject is the verb's pronoun
            if not k or self.is_stop(cues.fold(words[k - 1].group())):
                if self.is_stop(word) or word in _PARTICLES or word in cues.FORM_OF:
                    return None
                continue
            bare = word.removeprefix("ال")
            masdar = _CALLED_MASDAR.fullmatch(bare) or _TAFA_UL.fullmatch(bare)  # تعطل، تراجع، تدهور
            if gap.strip() or not masdar or word.endswith(_NOT_MASDAR_ENDS):
                if self.is_stop(word) or word in _PARTICLES or word in cues.FORM_OF:
                    return None
                continue
            return w.start()
        return None

    def call_aside(self, pos: int, limit: int) -> int:
        """``ودعا في بيان اليوم السبت أعضاء المجلس لـ…``, ``ودعا في المقابل المجتمع الدولي لـ…``: past an occasion
        (في and one word of ``cues.OCCASIONS``) and the times after it, right after the cue; else ``pos``."""
        words = list(_WORD.finditer(self.text, pos, limit))[:8]
        if len(words) < 3 or cues.fold(words[0].group()) != "في":
            return pos
        if not _occasion(occasion := cues.fold(words[1].group())) and occasion not in cues.OCCASIONS:
            return pos  # في المقابل
        k = 2
        while k < len(words) - 1 and (cues.fold(words[k].group()) in _CALL_TIME or words[k].group().isdigit()):
            k += 1
        if _BREAK_OR_QUOTE.search(self.text, pos, words[k].start()):
            return pos
        return words[k - 1].end()

    def called_masdar(self, pos: int, limit: int) -> tuple[int, int] | None:
        """``ودعت الوزارة كافة الأطباء … الحضور …``, ``وطالب السراج الجميع وضع الخلافات جانبا``: دعا / طالب with no
        إلى / بـ / أن, after its subject an addressee (كافة / جميع / كل / عموم + a noun, الجميع, or one of
        ``_ADDRESSEES`` after a definite word) and then what is asked, a verbal noun (``_CALLED_MASDAR`` or listed)
        right after a definite word, with no punctuation, quotation, cue, relative or complementiser between: where
        the source ends (the addressee) and where the content starts, else None."""
        text = self.text
        words = list(_WORD.finditer(text, pos, limit))
        anchor = most = -1
        for k, w in enumerate(words):
            if _BREAK_OR_QUOTE.search(text, pos if k == 0 else words[k - 1].end(), w.start()):
                return None
            word = cues.fold(w.group())
            if anchor < 0:
                before = cues.fold(words[k - 1].group()) if k else ""
                nxt = cues.fold(words[k + 1].group()) if k + 1 < len(words) else ""
                if k and word in _QUANTIFIERS and nxt.startswith("ال"):
                    anchor, most = k, k + 1 + MAX_ADDRESSEE_WORDS  # كافة الأطباء, not كل من X و Y
                elif k and (word in _ADDRESSEES or word == _ALL_OF_THEM) and before.startswith("ال"):
                    anchor, most = k, k + 1 + MAX_NAMED_ADDRESSEE_WORDS
                elif k >= MAX_OBJECT_WORDS or self.is_stop(word) or word in cues.FORM_OF or word in _PARTICLES:
                    return None
                continue
            if k > most or word in cues.FORM_OF or word in _RELATIVE_WORDS or word in _PARTICLES or word in _THAT:
                return None
            nearest = 2 if cues.fold(words[anchor].group()) in _QUANTIFIERS else 1  # كافة + a noun at least
            if k - anchor < nearest or not cues.fold(words[k - 1].group()).startswith("ال"):
                continue
            bare = word.removeprefix("ال")
            if bare in _CALLED_MASDARS or (
                not word.startswith("و") and not word.endswith(_NOT_MASDAR_ENDS) and _CALLED_MASDAR.fullmatch(bare)
            ):
                return words[anchor].start(), w.start()
        return None

    def opens_clause(self, quote: tuple[int, int], end: int) -> bool:
        """``قال إن "الوحدة الوطنية" مجرد تسمية``، ``أن "داعش" قام بتحويل``: a short quotation (a name or a
        scare quote) right after أن/إن whose clause goes on after the closing mark is part of the indirect
        content: a word follows on the same line, not a cue (``وأضاف``، ``مضيفا``), an attribution (``حسب``،
        ``على حد``), و or a number."""
        return self.words(*quote) < MIN_CUED_QUOTE_WORDS and self.goes_on(quote[1], end)

    def goes_on(self, pos: int, end: int) -> bool:
        """The clause goes on at ``pos`` (a closing mark): a word follows on the same line before ``end``, not a
        cue (``وأضاف``، ``مضيفا``), an attribution (``حسب``، ``على حد``), و or a number."""
        w = _WORD.search(self.text, pos, end)
        if w is None or self.text[pos : w.start()].strip() or w.group()[0].isdigit():
            return False
        word = cues.fold(w.group())
        bare = word[1:] if word[:1] in "وف" else word
        return not (
            word in cues.FORM_OF or bare in cues.FORM_OF or {word, bare} & _ATTRIBUTION_WORDS or word in _FOLLOWING_NOT
        )

    def direct(
        self, quote: tuple[int, int], cue: tuple[int, int] | None, source: tuple[int, int] | None, rule: str
    ) -> None:
        s, e = self.trim(quote[0] + 1, quote[1] - 1)
        self.add(_Claim(s, e, "direct", rule, cue, source))

    def indirect(
        self, comp: re.Match[str], cue: tuple[int, int], source: tuple[int, int] | None, end: int, rule: str
    ) -> None:
        start = comp.start("comp") if comp.group("suffix") else comp.end()
        stop = self.content_end(start, end)
        quote = self.next_quote(start, stop)
        if (
            quote
            and self.words(*quote) >= MIN_CUED_QUOTE_WORDS
            and self.text[quote[0] - 1 : quote[0]].isspace()
            and not self.inside_clause(quote, stop)
        ):
            s, e = self.trim(start, quote[0])
            self.add(_Claim(s, e, "indirect", rule, cue, source))
            self.direct(quote, cue, source, rule.rsplit(".", 1)[0] + ".quote")
            return
        s, e = self.trim(start, stop)
        self.add(_Claim(s, e, "indirect", rule, cue, source))

    def inside_clause(self, quote: tuple[int, int], stop: int) -> bool:
        """``أن الاضراب المقرّر "لم يُلغ بعد" وأن المفاوضات …``: a quotation right after a word of the clause (no
        punctuation before its opening mark) whose clause goes on after the closing mark is part of the indirect
        content, not a direct claim that continues it. Not a quotation holding a sentence end or a colon: its
        marks are paired wrongly, or it is speech of its own (``مثل "الفقر … . وأكد … فقال: "``)."""
        text = self.text
        before = text[max(0, quote[0] - 2) : quote[0]].rstrip()
        if not before or not before[-1].isalnum() or text.find(":", *quote) >= 0:
            return False
        inner = _SENTENCE_END.search(text, quote[0], quote[1])  # a full stop before the closing mark ends nothing
        return (inner is None or inner.start() >= quote[1] - 2) and self.goes_on(quote[1], stop)

    def prepositional(self, pm: re.Match[str], m: re.Match[str], end: int, rule: str, quoted_only: bool) -> None:
        """دعا X إلى Y، حذر X من Y، طالب X بـ Y: the content after the preposition (بـ stays with its word)."""
        start = pm.end() if len(pm.group("p").strip()) > 1 else pm.start("p")
        self.after_preposition(pm.start("p"), start, m, end, rule, quoted_only)

    def verbal_noun(self, li: tuple[int, int], m: re.Match[str], end: int, rule: str) -> None:
        """دعا X لـY: the content from the ل word (``للمساهمة في …``)."""
        self.after_preposition(li[0], li[0], m, end, rule, False)

    def after_preposition(self, at: int, start: int, m: re.Match[str], end: int, rule: str, quoted_only: bool) -> None:
        cue = m.span("cue")
        source = self.cue_source(m, at)
        if (source and cues.fold(self.text[source[0] : source[1]]) == "الله") or self.prayer(cue[1]):
            return  # داعيا الله أن …: a prayer
        if (w := _WORD.match(self.text, start)) and cues.fold(w.group()) in _RESUMPTIVE:
            return  # التي يطالب بها النواب: the preposition takes a pronoun, the content is the noun before
        quote = self.next_quote(start, start + 2)
        if quote is None and cues.FORM_OF.get(cues.fold(m.group("cue"))) == cues.REMINDING:
            # مذكرة بحرصها الدائم على "حقن دماء …": what is recalled is the quotation
            near = self.next_quote(start, self.content_end(start, end))
            if near and self.words(start, near[0]) <= 4 and not _BREAK_IN.search(self.text, start, near[0]):
                quote = near
        if quote and self.words(*quote) >= MIN_CUED_QUOTE_WORDS:
            self.direct(quote, cue, source, rule.rsplit(".", 1)[0] + ".quote")
            return
        if quoted_only:
            return
        s, e = self.trim(start, self.content_end(start, end))
        self.add(_Claim(s, e, "indirect", rule, cue, source))

    def attributions(self) -> None:
        text = self.text
        for m in self.attribution_cues:
            cue = m.span("cue")
            if self.quote_at(cue[0]) or self.inside_taken(cue[0]):
                continue
            if self.not_attributed(m):
                continue  # حسب عدد المسافرين، طبقا لأحكام الفصل 92: according to a measure or a law
            start = self.sentence_start(cue[0])
            end = self.sentence_end(cue[1])
            note = _WRITERS_NOTE.match(text, start, cue[0])  # يذكر أن …، وفق ما أكدته مراسلتنا: the note relays it
            k = bisect_left(self.verb_starts, note.end() if note else start)
            if (
                k < len(self.verb_starts)
                and self.verb_starts[k] < cue[0]
                and self.is_cue(self.verbs[k])
                and not self.only_unsaid(k, note.end() if note else start, cue[0])
            ):
                continue  # كما أشار الموقع، بحسب مصادر …، إلى …: it qualifies the verb's claim
            if note is not None:
                start = note.end()
            src_start = self.skip_attribution_words(cue[1], end)
            comma = min(
                (p for p in (text.find("،", src_start, end), text.find(",", src_start, end)) if p >= 0), default=-1
            )
            before = text[start : cue[0]].strip(_EDGE + "و")
            aside = -1
            if before.count(" ") >= 2 and text[cue[0] - 2 : cue[0]].strip() in ("،", ","):
                aside = self.aside_goes_on(cue[1], end)  # …، وفق المسؤول النقابي، في تفعيل …: the whole sentence
            if before.count(" ") >= 2 and aside < 0:
                # … 20 قتيلا، بحسب وزارة الصحة.
                source = self.attribution_source(src_start, end)  # its own commas end it, but for an apposition
                s, e = self.trim(start, cue[0])
                if source is not None and (clause := self.clause_after_source(source, end)) is not None:
                    source, e = clause
                elif (
                    source is not None
                    and _TOWARDS_NEXT.match(text, source[1])
                    and not _COMMA_OR_COLON.search(text, cue[1], source[0])
                ):
                    e = self.trim(start, self.content_end(source[1], end))[1]  # توصل بحسب صحيفة إلى …: it goes on
                if note is None and text.startswith("و", s) and text[s + 1 : s + 2] != " ":
                    s += 1
                self.add(_Claim(s, e, "indirect", "claims.attribution", cue, source))
            elif before and text[cue[0] - 2 : cue[0]].strip() in ("،", ","):
                # وأسفر الانفجار، بحسب موقع "ميرور"، عن إصابة …: the whole sentence
                source = self.attribution_source(src_start, comma if comma >= 0 else end)
                s, e = self.trim(start, self.content_end(cue[1], end))
                if note is None and text.startswith("و", s) and text[s + 1 : s + 2] != " ":
                    s += 1
                self.add(_Claim(s, e, "indirect", "claims.attribution", cue, source))
            elif not before:
                # وبحسب المصدر، فإن …  /  وبحسب مصادر فلسطينية فإن …
                comp = cues.COMPLEMENTISER_RE.search(text, max(0, src_start - 1), end)
                fa = _FA_QAD.search(text, src_start, end)  # وبحسب مصادر قضائية فقد وجهت …: فقد opens it
                marks = [p for p in (comma, comp.start("pre") if comp else -1, fa.start() if fa else -1) if p >= 0]
                if not marks:
                    continue
                limit = min(marks)
                source = self.attribution_source(src_start, limit)
                after = limit + 1 if limit == comma else fa.end() if fa and limit == fa.start() else limit
                lead = after + len(text[after:end]) - len(text[after:end].lstrip())
                comp2 = cues.COMPLEMENTISER_AT_RE.match(text, lead)
                s = comp2.end() if comp2 and not comp2.group("suffix") else lead
                s, e = self.trim(s, self.content_end(s, end))
                self.add(_Claim(s, e, "indirect", "claims.attribution", cue, source))

    def not_attributed(self, m: re.Match[str]) -> bool:
        """``حسب عدد المسافرين``, ``حسب صنفه``, ``طبقا لأحكام الفصل 92``, ``وفق الفصل الرابع``: according to a
        measure or a rule after حسب / بحسب (``_NOT_ATTRIBUTED``, with or without a pronoun), or in accordance with
        a rule or a law after وفق / وفقا / طبقا (also ``_LAWS``; the ل or لل after وفقا / طبقا taken off): no one's
        words."""
        cue, phrase = m.end("cue"), cues.fold(m.group("cue"))
        word = self.next_word(cue, cue + 24)
        if phrase in _WITH_LI and word.startswith("ل"):
            word = "ا" + word[1:] if word.startswith("لل") else word[1:]
        if phrase in _CONFORMING:
            return word in _LAWS or word in _NOT_ATTRIBUTED  # وفق التراتيب المعمول بها
        return phrase.endswith(_HASAB) and _listed(word, _NOT_ATTRIBUTED)  # not على حد تعبير عدد من الأهالي

    def renewed(self, m: re.Match[str]) -> bool:
        """``جدد بيريز الدعوة ألا …``, ``جدد التأكيد على``: a renewed call or affirmation reports words (not ``جدد
        تقديره``)."""
        if cues.FORM_OF.get(cues.fold(m.group("cue"))) != _JADDADA:
            return False
        return any(
            cues.fold(w).removeprefix("ال").startswith(_RENEWED_SAYING)
            for w in _WORD.findall(self.text, m.end(), m.end() + 40)[:4]
        )

    def only_unsaid(self, k: int, start: int, end: int) -> bool:
        """The cue words from the ``k``-th verb up to ``end`` (an attribution) report no words there: عبر / أعرب
        (``عبر الحدود``، ``أعرب … عن نيتهم``: a way or a stance), تابع before لـ (``تابع لمركز``: belonging), a cue
        right after a preposition (``إلى كشف الشبكة``: the verbal noun); and none of them made a claim, nor does a
        reported affirmation (``مقابل تأكيد الوفد …``) sit between: the closing attribution is then the sentence's
        only cue (``وعبرت فلانة عن شكرها …، وفق بلاغ …``)."""
        if any(c.cue is not None and start <= c.cue[0] < end for c in self.claims) or _SAID_NOUN.search(
            self.text, start, end
        ):
            return False
        for m in self.verbs[k:]:
            if m.end("lead") >= end:
                break
            if not self.is_cue(m):
                continue
            lemma = cues.FORM_OF.get(cues.fold(m.group("cue")), "")
            before = self.text[max(0, m.start("cue") - 8) : m.start("cue")].split()
            if (lemma in _UNSAID_CUES and not self.renewed(m)) or (
                before and cues.fold(before[-1]) in _PREPOSITION_WORDS
            ):
                continue
            if lemma == _TABI_A and self.text.startswith(" ل", m.end("cue")):
                continue
            return False
        return True

    def clause_after_source(self, source: tuple[int, int], end: int) -> tuple[tuple[int, int], int] | None:
        """``ونتيجة للإهمال حسب العائلة تدهورت حالته``, ``صادرت الشرطة حسب الإذاعة الفرنسية سيارة فاخرة``: an
        attribution inside the clause, which goes on after its source: the source ends as a subject does (before a
        word without ال after a definite one), and the content is the whole clause (the new source and content
        end), else None."""
        trimmed = self.subject_of(source[0], source[1])
        if trimmed is None or trimmed[1] >= source[1]:
            return None
        words = [cues.fold(w) for w in _WORD.findall(self.text, *trimmed)]
        head = words[0].removeprefix("ال")
        if (
            len(words) > 3
            or not all(w.startswith("ال") and len(w) >= 5 for w in words)  # not اليه (to it)
            or head in _TITLES
            or head in _APPOSITION_HEADS
            or head in _PERSON_HEADS
            or head in _RANKS
        ):
            return None  # الرائد شكر الدين …، مراسل الجوهرة أف أم: a name or a medium after a title goes on
        rest = _WORD.findall(self.text, trimmed[1], end)
        if len(rest) < 2 or self.text[trimmed[1] : self.text.find(rest[0], trimmed[1])].strip():
            return None  # …، مصدر أمني: a comma or a mark before the next word
        after = cues.fold(rest[0])
        if (
            not after.isalpha()
            or after.startswith(("و", "ف", "ك", "ب", "ل"))
            or after in _SELF_WORDS
            or after in cues.MEDIA
            or self.is_stop(rest[0])
            or any(self.is_stop(w) or w in cues.MEDIA for w in words)
        ):
            return None  # المصدر ذاته، الفصل 21، الجوهرة اف ام، النتائج نفسها: the source goes on
        return trimmed, self.trim(trimmed[1], self.content_end(trimmed[1], end))[1]

    def attribution_source(self, start: int, limit: int) -> tuple[int, int] | None:
        """The source after an attribution phrase; none for a noun with a pronoun (حسب قوله، وفق بيانها)."""
        source = self.source_after(start, limit)
        if (
            source is not None
            and (told := _TOLD_AGENCY.search(self.text, *source)) is not None
            and told.start() > source[0]
        ):
            source = source[0], told.start()  # وفق ما أفادت به معتمدة … وكالة تونس افريقيا للأنباء: the one told
        return None if source is not None and self.pronoun_noun(*source) else source

    def skip_attribution_words(self, pos: int, end: int) -> int:
        """After بحسب: past ``ما أفاد به لمراسلة X،`` and ``تأكيدات`` / ``بيان`` to where the source starts."""
        text = self.text
        lead = pos + len(text[pos:end]) - len(text[pos:end].lstrip())
        if text.endswith("ما", 0, pos) and _WHAT_CHAIN.match(text, pos - 2, end):
            lead = pos - 2  # حسبما أكده لمراسل …: the chain's ما is the cue's end
        relay = False
        if (
            text.startswith("ل", lead)
            and (cues.fold(text[pos - 4 : pos]) in ("وفقا", "طبقا") or cues.fold(text[pos - 3 : pos]) == "وفق")
            and _WHAT_CHAIN.match(text, lead + 1, end)
        ):
            lead += 1  # وفقا لما نقلته وكالة …، وفق لما: the chain after ل
        if m := _WHAT_CHAIN.match(text, lead, end):
            relay = _RELAY_VERB.match(text, lead) is not None
            lead = m.end()
        elif (m := _WHAT_TIME.match(text, lead, end)) and _TIME_ASIDE.match(text, m.end(), end):
            return m.end()  # وفق ما أكده، اليوم الأربعاء، معتمد …: source_after skips the time
        if (relayed := self.relayed(lead, end, relay)) is not None:
            return relayed
        w = _WORD.match(text, lead, end)
        if w and cues.fold(w.group()) in cues.ATTRIBUTION_NOUNS:
            lead = w.end()
            after = _WORD.match(text, lead + 1, end)
            if after and text[lead] == " " and after.group().startswith("ل") and not after.group().startswith("لل"):
                lead += 2  # بحسب بيان لوزارة الداخلية: the source is وزارة الداخلية
        elif w and w.group().startswith("ل") and cues.fold(text[pos - 4 : pos]) in ("وفقا", "طبقا"):
            lead += 1  # وفقا لموقع "باز فيد": the source is موقع
        return lead

    def relayed(self, lead: int, end: int, relay: bool) -> int | None:
        """``ما نقله مراسل X عن المحتجين``, ``ما أوردته "العربية" نقلا عن صحيفة …``: where the one whose words
        are relayed is named (after عن, before a comma or the content), else None."""
        stop = _RELAY_STOP.search(self.text, lead, end)
        limit = stop.start() if stop else end
        for m in _RELAY_AN.finditer(self.text, lead, limit):
            if (relay or m.group("naqlan")) and not self.is_stop(self.next_word(m.end(), limit)):
                return m.end()
        return None

    def headlines(self) -> None:
        """``الجبير: نراقب …``, ``وزير التجارة : 750 ألف دينار …``: a line whose head names a speaker.

        A head is a speaker when it holds a title (وزير، رئيس، حزب…) or an ACTOR, or when what follows the
        colon speaks in the first person, denies or promises (نحن، لن، لا، ندعم، سنحسم) or is a quotation;
        a place or an event before a colon (سوسة : مهرجان …) is not."""
        text = self.text
        colon = text.find(":")
        last_line = -1
        while colon >= 0:
            start = text.rfind("\n", 0, colon) + 1
            if start != last_line and colon - start <= 48 and (m := _HEADLINE.match(text, start)):
                self.headline(m)
            last_line = start
            colon = text.find(":", colon + 1)

    def headline(self, m: re.Match[str]) -> None:
        text = self.text
        src = m.span("src")
        words = list(_WORD.finditer(text, *src))
        if not 1 <= len(words) <= 6 or cues.fold(words[0].group()) in _HEADLINE_NOT:
            return
        folded = [cues.fold(w.group()) for w in words]
        if any(w in cues.FORM_OF for w in folded):
            return
        content = m.span("content")
        body = text[content[0] : content[1]].split()
        if len(body) < 2 or len(text[m.start() : m.end()].split()) > 25:
            return
        # the speaker: the head up to حول / من / في (الجبير من موسكو، قايد السبسي حول أزمة …)
        cut = next((i for i, w in enumerate(folded) if i and w in _HEAD_STOPS), len(words))
        source = self.actor_in(src[0], src[1]) or (words[0].start(), words[cut - 1].end())
        quote = self.next_quote(content[0], content[0] + 1)
        first = cues.fold(body[0])
        speaks = (
            quote is not None
            or first in _FIRST_PERSON
            or (first.startswith(("ن", "سن", "سا")) and len(first) >= 4)
            or any(w.removeprefix("ال") in _TITLES for w in folded[:cut])
            or self.actor_in(src[0], src[1]) is not None
        )
        if not speaks:
            return
        if quote:
            self.direct(quote, None, source, "claims.headline")
        else:
            s, e = self.trim(*content)
            self.add(_Claim(s, e, "direct", "claims.headline", None, source))

    def colon_verbs(self) -> None:
        for q in self.quotes:
            if self.words(*q) >= MIN_QUOTE_WORDS and (said := self.verb_before_colon(q[0])) is not None:
                self.direct(q, said[0], said[1], "claims.colon_verb")

    def long_quotes(self) -> None:
        for q in self.quotes:
            if self.words(*q) >= MIN_QUOTE_WORDS and q not in self.titles:
                self.direct(q, None, None, "claims.quote")

    def verb_before_colon(self, pos: int) -> tuple[tuple[int, int], tuple[int, int] | None] | None:
        """``وعدّ علاوي: «…»``, ``وكتب ستاموس على فيسبوك: "…"``: a quotation after a colon that ends a short
        clause opened by a و-verb the lexicon lacks: that verb is the cue, its subject the source."""
        text = self.text
        head = text[max(0, pos - 80) : pos].rstrip()
        if not head.endswith(":"):
            return None
        colon = pos - (len(text[max(0, pos - 80) : pos]) - len(head)) - 1
        start = self.sentence_start(colon)
        words = list(_WORD.finditer(text, start, colon))
        if not 2 <= len(words) <= 6 or _BREAK_OR_QUOTE.search(text, start, colon):
            return None
        first = words[0]
        word = cues.fold(first.group())
        verb = word[1:]
        if (
            not word.startswith("و")
            or len(verb) < 2
            or word.removeprefix("ال") in _APPOSITION_HEADS
            or self.is_stop(word)
            or self.is_stop(verb)
            or verb in _PARTICLES
            or not first.group().isalpha()
        ):
            return None
        source = self.subject_of(first.end(), colon)
        if source is not None:
            kept = [w for w in _WORD.finditer(text, *source)]
            cut = next((k for k, w in enumerate(kept) if cues.fold(w.group()) in _WHAT_FOLLOWS), len(kept))
            source = (source[0], kept[cut - 1].end()) if cut and not kept[0].group().startswith("ب") else None
        if source is not None and self.pronoun_noun(*source):
            source = None  # واختتم مقاله بالقول: the verb's object
        return (first.start() + 1, first.end()), source
