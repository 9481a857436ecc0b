"""The reporting cues of Arabic news, as regular expressions that harakat and alef forms cannot break.

The rules run on the text with its ignorable characters taken out (``app/text/fold.py``'s set: harakat,
Quranic marks, tatweel, ZWJ/ZWNJ, bidi controls), ``Stripped.span`` mapping a span back to code points of the
original. Letters are not rewritten: every pattern is built from folded words (``fold``: أ إ آ ٱ → ا, ى → ي,
ة → ه) and matches each folded letter by its class (``ا`` by ``[اأإآٱ]``), so ``قَالَ``, ``أكّد``, ``قـال`` and
``اكد`` all match; a word the rules look up in a table is folded first. Each word list is compiled as a trie
(one branch per shared prefix) led by the characters that may precede a word, which lets the regular
expression engine skip from one word start to the next: one scan of an ant-news article for every cue costs
tens of microseconds.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from app.text.fold import IGNORABLE, FoldOptions, fold_text

OPTIONS = FoldOptions(ya=True, ta_marbuta=True, digits=False, case=False)
_IGNORABLE_RE = re.compile(f"[{re.escape(IGNORABLE)}]")
_KEPT = re.compile(f"[^{re.escape(IGNORABLE)}]+")
_CLASS = {"ا": "[اأإآٱ]", "ي": "[يىی]", "ه": "[هة]"}
# What may stand right before a word: a space, a line break, an opening mark or bracket, punctuation.
LEAD = '[ \t\n\u00a0\u2002\u2003\u2009\u202f"“”«(،,.:;-]'


@lru_cache(maxsize=1 << 16)
def fold(word: str) -> str:
    """A word as the tables below write it: alef forms bare, ى → ي, ة → ه, ignorables out."""
    return fold_text(word, OPTIONS)


@dataclass(frozen=True, slots=True)
class Stripped:
    """A text without its ignorable characters, and the way back to the original's code points."""

    text: str
    original_length: int
    index: list[int] | None  # code point of each kept character; None when nothing was taken out

    @classmethod
    def of(cls, text: str) -> Stripped:
        if not _IGNORABLE_RE.search(text):
            return cls(text, len(text), None)
        index: list[int] = []
        for m in _KEPT.finditer(text):
            index.extend(range(m.start(), m.end()))
        return cls(_IGNORABLE_RE.sub("", text), len(text), index)

    def span(self, start: int, end: int) -> tuple[int, int]:
        """The original span of ``[start, end)``: the marks after its last letter stay with it."""
        if self.index is None:
            return start, end
        index = self.index
        return index[start], (index[end] if end < len(index) else self.original_length)


def folded_set(words: str) -> frozenset[str]:
    """The folded forms of the space-separated ``words``."""
    return frozenset(fold(w) for w in words.split())


def letters(word: str) -> str:
    """A pattern for a folded word: each letter by its class, a space by any run of spaces."""
    return "".join(r"\s+" if ch == " " else _CLASS.get(ch, re.escape(ch)) for ch in word)


def trie(words: list[str] | tuple[str, ...] | set[str] | frozenset[str]) -> str:
    """A regex (no groups) matching any of the folded ``words``, factored by shared prefixes."""
    root: dict[str, dict] = {}
    for w in words:
        node = root
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}

    def build(node: dict[str, dict]) -> str:
        end = "" in node
        branches = [letters(ch) + build(child) for ch, child in sorted(node.items()) if ch]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        if end:
            return "(?:" + body + ")?"
        return body

    return build(root)


# Reporting verbs: past (he, she, they, the two), present (he, she, they), and the adverbial participle
# (مؤكدا، مشيرة) that continues a sentence whose subject is already named. Tanween is folded away.
VERBS: dict[str, tuple[str, ...]] = {
    "قال": ("قال", "قالت", "قالوا", "قالا", "قالتا", "يقول", "تقول", "يقولون", "قائلا", "قائلة", "قائلين"),
    "أكد": ("أكد", "أكدت", "أكدوا", "أكدا", "يؤكد", "تؤكد", "يؤكدون", "مؤكدا", "مؤكدة", "مؤكدين"),
    "أعلن": ("أعلن", "أعلنت", "أعلنوا", "أعلنا", "يعلن", "تعلن", "يعلنون", "معلنا", "معلنة"),
    "أضاف": ("أضاف", "أضافت", "أضافوا", "أضافا", "يضيف", "تضيف", "مضيفا", "مضيفة", "مضيفين"),
    "أوضح": ("أوضح", "أوضحت", "أوضحوا", "يوضح", "توضح", "موضحا", "موضحة", "موضحين"),
    "ذكر": ("ذكر", "ذكرت", "ذكروا", "ذاكرا"),
    "أشار": ("أشار", "أشارت", "أشاروا", "يشير", "تشير", "مشيرا", "مشيرة", "مشيرين"),
    "نقل": ("نقلت", "نقلوا", "ناقلا"),
    "اتهم": ("اتهم", "اتهمت", "اتهموا", "يتهم", "تتهم", "متهما", "متهمة"),
    "أصر": ("أصر", "أصرت", "أصروا", "يصر", "تصر", "مصرا"),
    "نفى": ("نفى", "نفت", "نفوا", "ينفي", "تنفي", "نافيا", "نافية"),
    "زعم": ("زعم", "زعمت", "زعموا", "يزعم", "تزعم", "زاعما"),
    "صرح": ("صرح", "صرحت", "صرحوا", "يصرح", "تصرح", "مصرحا"),
    "كشف": ("كشف", "كشفت", "كشفوا", "يكشف", "تكشف", "كاشفا"),
    "حذر": ("حذر", "حذرت", "حذروا", "يحذر", "تحذر", "محذرا", "محذرة"),
    "دعا": ("دعا", "دعت", "دعوا", "يدعو", "تدعو", "داعيا", "داعية", "داعين"),
    "اعتبر": ("اعتبر", "اعتبرت", "اعتبروا", "يعتبر", "تعتبر", "معتبرا", "معتبرة", "معتبرين"),
    "رأى": ("رأى", "رأت", "رأوا", "يرى", "ترى"),
    "شدد": ("شدد", "شددت", "شددوا", "يشدد", "تشدد", "مشددا", "مشددة"),
    "اعترف": ("اعترف", "اعترفت", "اعترفوا", "يعترف", "تعترف", "معترفا"),
    "لفت": ("لفت", "لفتت", "لافتا", "لافتة"),
    "نوه": ("نوه", "نوهت", "منوها", "منوهة"),
    "بين": ("بين", "بينت", "مبينا", "مبينة"),  # بين is also "between": see BETWEEN
    "أبان": ("أبان", "أبانت"),
    "أفاد": ("أفاد", "أفادت", "أفادوا", "يفيد", "تفيد", "مفيدا"),
    "أبرز": ("أبرز", "أبرزت", "مبرزا"),
    "تابع": ("تابع", "تابعت", "متابعا"),
    "أردف": ("أردف", "أردفت", "مردفا"),
    "أعرب": ("أعرب", "أعربت", "معربا"),
    "عبر": ("عبر", "عبرت", "معبرا", "معبرة"),
    "تحدث": ("تحدث", "تحدثت", "متحدثا"),
    "توقع": ("توقع", "توقعت", "متوقعا"),
    "رجح": ("رجح", "رجحت", "مرجحا"),
    "طالب": ("طالب", "طالبت", "طالبوا", "يطالب", "تطالب", "يطالبون", "مطالبا", "مطالبين"),
    "أقر": ("أقر", "أقرت", "مقرا"),
    "نبه": ("نبه", "نبهت", "منبها"),
    "استدرك": ("استدرك", "استدركت", "مستدركا", "مستدركة"),  # لكنه استدرك أن: the qualification after a claim
    "علق": ("معلقا",),  # ، معلقا بالقول إن: only the participle after a comma (علق is also hung, suspended)
    "يذكر": ("يذكر", "تذكر"),
    "أظهر": ("أظهر", "أظهرت"),
    "ادعى": ("ادعى", "ادعت", "ادعوا", "مدعيا"),  # not يدعي/تدعي: folded, they are يُدعى (is called)
    "أعلم": ("أعلمت",),
    "علم": ("علمت",),  # علمت الجوهرة أف أم أن …: what the medium learned (not يعلم، تعلم: knows, learns)
    "لاحظ": ("لاحظ", "لاحظت", "ملاحظا"),
    "أورد": ("أورد", "أوردت"),
    # وتساءلت X: "…؟" (a question in quotation marks; تسائل is the common misspelling)
    "تساءل": ("تساءل", "تساءلت", "تساءلوا", "يتساءل", "تتساءل", "متسائلا", "متسائلة", "تسائل", "تسائلت"),
    # جاء في البيان: "…" / ورد في التقرير أن: the text named after في is the source
    "جاء في": ("جاء في", "جاءت في", "ورد في", "وردت في"),
    # not مدينة (city), تدين (piety), تجدد (renewal), مجددا (again)
    "أدان": ("أدان", "أدانت", "أدانوا"),
    "جدد": ("جدد", "جددت", "جددوا", "يجدد"),
    # وصف، وصفه are also nouns (description, his capacity): the finite forms report only before بـ / بأن
    "وصف": ("وصف", "وصفت", "وصفوا", "واصفا", "واصفة"),
    # مذكّرا بأن …، مذكّرة بحرصها على "…" (reminding); مذكرة is also the noun (مذكرة تفاهم): see REMINDING
    "مذكر": ("مذكرا", "مذكرة", "مذكرين"),
    # أرجع X هذا الاضطراب إلى …: the cause X gives (a noun object, see claim_rules.cause_object; not يرجع: dates back)
    "أرجع": ("أرجع", "أرجعت", "أرجعوا"),  # not مرجعا (تكون مرجعا: a reference)
}
# Verbs whose content may follow a preposition rather than أن: دعا إلى، حذر من، طالب بـ، كشف عن ...
PREPOSITIONS: dict[str, str] = {
    "أعلم": "عن",
    "دعا": "إلى",
    "حذر": "من",
    "طالب": "ب",
    "كشف": "عن",
    "أعلن": "عن",
    "أعرب": "عن",
    "عبر": "عن",
    "تحدث": "عن",
    "أشار": "إلى",
    "شدد": "على",
    "اتهم": "ب",
    "اعترف": "ب",  # اعترف المتهم بتعمده السرقة: what was admitted (بـ stays in the content)
    "نفى": "",
    "وصف": "ب",
    "جدد": "إلى",
    "مذكر": "ب",
    "نبه": "إلى",
}
PARTICIPLE_PREFIXES = tuple(
    fold(p) for p in ("م", "قائل", "ذاكر", "ناقل", "نافي", "زاعم", "كاشف", "داعي", "لافت", "واصف")
)

FORM_OF: dict[str, str] = {fold(form): fold(lemma) for lemma, forms in VERBS.items() for form in forms}
PREPOSITION_OF: dict[str, str] = {fold(lemma): fold(prep) for lemma, prep in PREPOSITIONS.items()}
# Cues that report only with their preposition and a quotation: عبر عن "…" (عبر alone is "via").
QUOTED_ONLY = frozenset(fold(w) for w in ("عبر", "أعرب", "جدد"))  # جدد الدعوة إلى "…" (not جدد X إلى: renewed)
DIRECT_ONLY = frozenset(fold(w) for w in ("تساءل",))  # a question is reported by a colon or a quotation only
PREPOSITION_ONLY = frozenset(fold(w) for w in ("عبر", "أعرب", "تحدث"))
# طالب is also the noun "student": after a number, or before وطالبة, it reports nothing.
NOUN_READINGS = frozenset(fold(w) for w in ("طالب",))
# A cue with an object pronoun is a relative clause (ما أكده، بيان نقلته الوكالة), but for these.
BETWEEN = frozenset((fold("بين"),))  # بيّن (showed) only as a clause's verb before its subject and أن
SUFFIX_OK = frozenset(fold(w) for w in ("اتهم", "وصف"))
IN_CUES = frozenset(fold(w) for w in ("جاء في",))  # the source is the text after في
COMMENTING = fold("علق")  # a cue only after a comma (not ظل معلقا إلى أن: pending)
REMINDING = fold("مذكر")  # a cue only after a comma, before ب/أن/في/من or an addressee (not مذكرة تفاهم)
PASSIVE_NOTES = frozenset(fold(w) for w in ("يذكر", "تذكر"))  # يُذكر أن: the writer's note, no source

_W = r"(?<!\w)"  # a word starts here (the ignorables are out: no marks between letters)
_E = r"(?!\w)"  # ... and ends here
_SUFFIX = "(?:" + trie([fold(s) for s in ("ه", "ها", "هم", "هما", "نا", "كم")]) + ")?"

# A cue: و/ف, the verb, an object pronoun (اتهمه، أبلغها); group "lead" is the character before the word.
_VERB = "(?P<pro>[وف])?(?P<cue>" + trie(list(FORM_OF)) + _SUFFIX + ")" + _E
VERB_RE = re.compile("(?P<lead>" + LEAD + ")" + _VERB)
VERB_AT_START_RE = re.compile("(?P<lead>)" + _VERB)

# Attribution phrases (the source follows): بحسب / حسب / وفق / وفقا لـ / نقلا عن / على حد تعبير / قول.
# حسبما / بحسبما: حسب glued to the ما of its chain (حسبما أكده لمراسل …), a common typing
_ATTRIBUTIONS = ("بحسب", "حسب", "حسبما", "بحسبما", "وفق", "وفقا", "طبقا", "نقلا عن", "على حد تعبير", "على حد قول")
_ATTRIBUTION = "(?P<pro>و)?(?P<cue>" + trie([fold(w) for w in _ATTRIBUTIONS]) + ")" + _E
ATTRIBUTION_RE = re.compile("(?P<lead>" + LEAD + ")" + _ATTRIBUTION)
ATTRIBUTION_AT_START_RE = re.compile("(?P<lead>)" + _ATTRIBUTION)
# ... and their pronoun forms that close a sentence (وفق تعبيره، على حد قوله): no named source.
_CLOSING = [
    fold(f"{a} {n}{s}") for a in ("وفق", "حسب", "بحسب", "على حد") for n in ("تعبير", "قول") for s in ("ه", "ها", "هم")
]
CLOSING_RE = re.compile(r"[\s،,](?:" + trie(_CLOSING) + ")" + _E)

# The complementiser that opens indirect content: أن إن بأن فإن (إلى أن، على أن، من أن), bare or with a pronoun.
_COMPLEMENTISER = (
    r"(?P<pre>(?:(?:"
    + "|".join(letters(fold(w)) for w in ("إلى", "على", "من", "عن"))
    + r")\s+)?[بف]?)(?P<comp>[اأإآ]ن)(?P<suffix>"
    + trie([fold(s) for s in ("ه", "ها", "هم", "هما", "نا", "ني", "ي", "هن")])
    + ")?"
    + _E
)
COMPLEMENTISER_RE = re.compile("(?P<lead>" + LEAD + ")" + _COMPLEMENTISER)  # search: from the space before
COMPLEMENTISER_AT_RE = re.compile(_COMPLEMENTISER)  # match: at a word start

# Words after which the source stops (time, place, occasion, manner); folded.
STOP_WORDS = folded_set(
    "في فى خلال لدى عند على عن مع إلى الى اليوم أمس يوم صباح مساء أثناء عقب إثر بعد قبل ضمن حيث أيضا كذلك "
    "القول بالقول منذ كما أنه إنه أن إن بأن الذي التي الذين وهو وهي بدوره بدورها بدورهم له لها لهم لنا مؤخرا ردا أمام "
    "ضيف مجددا سابقا لاحقا حاليا صراحة بوضوح للجوهرة لموقع لجوهرة لوكالة لصحيفة لإذاعة لقناة للصحفيين "
    "للصحافة للإذاعة للتلفزيون لوسائل ل الأحد الإثنين الاثنين الثلاثاء الأربعاء الخميس الجمعة السبت "
    "من جهته جهتها جانبه جانبها ما نصا حرفيا فيه فيها عليه عليها منه منها إنها أنها أنهم إنهم "
    "بتاريخ قد بشدة كل جميع كافة الدعوة دعوته دعوتها التأكيد تأكيده تأكيدها رفضه رفضها ترحيبه ترحيبها"
)
# لمراسلة الوكالة، لوسائل الإعلام: a word of the medium the words were said to ends the source.
MEDIA = folded_set(
    "مراسل مراسلة مراسلنا مراسلتنا وكالة صحيفة جريدة قناة إذاعة موقع وسائل الجوهرة الصحفيين الصحافة رويترز فرانس"
)
# في and من are part of a title (القيادي في حركة النهضة، عدد من الأهالي) unless an occasion or a time follows.
SOFT_STOPS = frozenset(fold(w) for w in ("في", "من", "لدى", "على"))
NAME_AFTER_ALI = frozenset(fold(w) for w in ("بن", "ابن"))  # علي بن …: on folded text على is علي
OCCASIONS = folded_set(
    "تصريح تصريحات حوار حديث مداخلة ندوة لقاء بيان كلمة مؤتمر تدوينة رسالة اتصال برنامج جلسة اجتماع "
    "ختام افتتاح إطار سياق معرض رده رد تقرير مقابلة خطاب تغريدة منشور صفحته حسابه جهته جانبه جهتها جانبها "
    "الوقت المقابل ذات نفس اليوم الأسبوع الشهر العام السنة وقت ساعة استقبال زيارة حضور إشراف هامش حد "
    "صعيد مستوى موقع صفحة قناة إذاعة هواء أثير منبر بلاغ بلاغه بيانه مقال مقاله تعليق مناسبة"
)
# Nouns before the source of an attribution: بحسب تأكيدات الوزارة، وفق بيان الحزب.
ATTRIBUTION_NOUNS = folded_set("تأكيد تأكيدات تصريح تصريحات بيان نص معطيات أرقام إحصائيات تقرير تقارير رواية")
