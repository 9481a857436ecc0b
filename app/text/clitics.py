"""Arabic clitics: the proclitics in front of a word and the pronoun suffixes behind it.

``proclitic_end`` decides where a span should start once its leading proclitics are left out (ACTOR
and FIGURE spans want ``باريس``, not ``وباريس``). It is careful: a stem never loses its own letters.
- The article and its combinations (ال وال بال فال كال لل وبال ...) are taken off when at least two
  letters stay behind, the alef is a bare ا (ألمانيا keeps its hamza), and the word is not one of the
  few that only look like it (الله الذي التي ...).
- Letters in front of digits always come off: ب163 → 163.
- A single letter و ف ب ل ك comes off only when the rest is known to be a word: it is one of the
  stems in ``KNOWN_STEMS``, or it stands on its own elsewhere in the same text; and the whole word is
  not itself a known word (وزير بريطانيا لبنان ...: ``WHOLE_WORDS``, or seen elsewhere with the article).
"""

from __future__ import annotations

import re
from functools import lru_cache

from app.text.fold import HARAKAT, TATWEEL, fold_text, fold_with_map

# folded, longest first
PROCLITICS: tuple[str, ...] = (
    "وبال",
    "فبال",
    "وكال",
    "فكال",
    "وال",
    "فال",
    "بال",
    "كال",
    "ولل",
    "فلل",
    "لل",
    "وب",
    "فب",
    "وك",
    "فك",
    "ول",
    "فل",
    "ال",
    "و",
    "ف",
    "ب",
    "ل",
    "ك",
)
SUFFIXES: tuple[str, ...] = ("هما", "كما", "هم", "هن", "كم", "كن", "ها", "نا", "ني", "ه", "ك", "ي")


def _plain_words(words: str) -> frozenset[str]:
    return frozenset(words.split())


def _folded_words(words: str) -> frozenset[str]:
    return frozenset(fold_text(word) for word in words.split())


# Words that begin like an article combination (وال بال فال كال) but are stems (folded).
_NOT_COMBO = _folded_words(
    "والد والده والدة والدها والدي والدته والدتها والدتي والداه والديه والدان والي والى والت والتر والاس "
    "والش فالنتينو فالينتينو فالون فالنسيا فالح فالس بالغ بالغة بالغين بالغا بالغون بالمر بالما بالي "
    "بالتيمور بالون بالونات كاليفورنيا كالينينغراد كالا كالاس"
)
_ARTICLE_COMBOS = tuple(p for p in PROCLITICS if p.endswith("ال") or p.endswith("لل"))
_SINGLE = frozenset("وفبلك")
# Words that begin with ال but are no article + stem (folded).
_NOT_ARTICLE = _folded_words(
    "الله اللهم الذي التي الذين اللذان اللتان اللذين اللتين اللاتي اللائي اللواتي الي الا الان الف الاف "
    "الفا الفي المانيا البانيا الياس اليس الو التقى التقي التقت التقوا التحق التحقت التحقوا التزم التزمت "
    "التزموا التمس التمست التف التفت الغى الغي القى القي"
)
# Words that begin with و ف ب ل ك where that letter is the word's own (folded). A hand-made list of
# frequent news words, names and places; words not listed are protected by the rules above.
WHOLE_WORDS = _folded_words(
    """
    بريطانيا بريطاني بريطانية بلجيكا بلغاريا بولندا بورما بنغلاديش باكستان باريس برلين بكين بغداد بيروت
    بنغازي بنزرت باجه بوتين بايدن بوش بلير براون بان بيريز بن بنت بنو بني بلد بلاد بلدان بلدية بلديه
    بنك بنوك بيان بيانات بيت بيوت بحر بحار بحث برنامج برامج برلمان برلماني بطل بطولة بطوله بعد بعض
    بين بينما بما بل بلى بقاء بقية بقيه بقي باب بئر بريد بورصة
    بورصه بترول بنزين بطاقة بطاقه بطالة بطاله بيئة بيئه بشر بشرية بشريه بناء بنى بيع بات باتت بدأ بدا
    بدأت بدات بدء بداية بدايه بلغ بلغت
    لبنان لبناني لبنانية لبنانيه ليبيا ليبي ليبية ليبيه لندن لاهاي لوس ليون لشبونة لشبونه لاتفيا
    لجنة لجنه لجان لقاء لقاءات لواء لاعب لاعبين لاعبون لعبة لعبه لغة لغه لحظة لحظه لكن لكنه لكنها
    لم لن لا لو لولا ليس ليست لدى لدي لقد لدن لذلك لما لحم ليل ليلة ليله لون لائحة لائحه لجوء لاجئ لاجئين
    لاجئون لقب
    كندا كوريا كوبا كينيا كولومبيا كرواتيا كازاخستان كابول كردستان كركوك كيري كلينتون كاميرون كتاب
    كتب كتابة كتابه كلمة كلمه كلمات كرة كره كأس كاس كل كلا كلتا كم كما كذلك كان كانت كانوا كيف كي كبير
    كبيرة كبيره كبار كثير كثيرة كثيره كلية كليه كمية كميه كهرباء كلفة كلفه كرسي كرامة كرامه كنيسة كنيسه
    فرنسا فرنسي فرنسية فرنسيه فلسطين فلسطيني فلسطينية فلسطينيه فنلندا فنزويلا فيتنام فيينا فيلادلفيا
    فرانكفورت فلوريدا فيصل فؤاد فريق فرق فترة فتره فكرة فكره فيلم فيلما فصل فرع فرصة فرصه فندق فوز فاز
    فازت في فيه فيها فيما فقط فحسب فوق فضلا فعل فعلا فعالية فعاليه فعاليات فئة فئه فساد فقر فقراء
    فرد فلاح فلاحين فنان فنانين فن فنون فجر فهم فورد فان وقاص
    وزير وزيرة وزيره وزراء وزارة وزاره وزارات واشنطن وارسو ولاية ولايه ولايات وكالة وكاله وكالات
    وكيل وفد وفود وفاة وفاه وقت وقف وقع وقعت وسط وسائل وسيلة وسيله وطن وطني وطنية وطنيه ولي ولد ولدت
    وجه وجود وحدة وحده وحدات ورقة ورقه وثيقة وثيقه وضع وضعت وعد وعود وصل وصلت وصول
    وفق وفقا واقع واضح ورد وراء ورشة ورشه وزن وظيفة وظيفه وظائف ولاء وليد وائل وهران
    """
)
# Frequent stems that may follow a single-letter proclitic (folded): و+قال, ب+نسبه ...
KNOWN_STEMS = _folded_words(
    """
    قال قالت اضاف اضافت اكد اكدت اعلن اعلنت اشار اشارت ذكر ذكرت اوضح اوضحت تابع تابعت كشف كشفت
    نسبه مليون مليار الف الاف ان انه انها هو هي هم هما هن من هذا هذه تلك عن على الى مع قد لقد كان كانت
    في كل لا ما لم لن ذلك عام مده قوه فعل نحو مثابه مقدار استخدام شكل شان سبب حلول
    حيث وسع غير غيره غيرها غيرهم قياده صالح
    اول اجل خلال مدي اطار
    """
)

# Words written with a hamza after a one-letter proclitic: folded they would look like a stem (بان).
_HAMZA_SPLITS = _plain_words(
    "بأن بأنه بأنها بأنهم لأن لأنه لأنها لأنهم كأن كأنه كأنها لأول بأي لأي فإن فإنه فإنها فأن وإن وأن وأنه "
    "وأنها وإنه وإنها"
)
_HARAKAT_RE = re.compile("[" + HARAKAT + TATWEEL + "]")
_DOC_LEXICON = True
_TOKEN = re.compile(r"[^\W\d_]+|\d+")


@lru_cache(maxsize=8)
def _words_of(text: str) -> frozenset[str]:
    """The folded words standing on their own in ``text`` (the document's own lexicon)."""
    return frozenset(_TOKEN.findall(fold_text(text)))


def _letters(folded: str) -> int:
    return sum(1 for ch in folded if ch.isalpha())


def proclitic_end(text: str, start: int, end: int, *, article: bool = True) -> int:
    """Where the span ``text[start:end]`` should start once its leading proclitics are left out.

    ``start`` when there are none or the rule is unsure. With ``article=False`` the article (ال) is
    part of the stem: وال → ال, لل → ل... (only the conjunction and the preposition come off).
    """
    if not 0 <= start < end <= len(text):
        return start
    word = text[start:end]
    folded, index = fold_with_map(word)
    if not folded:
        return start
    # Arabic letters in front of digits: ب163, و2020, الـ84
    digit = next((i for i, ch in enumerate(folded) if ch.isdigit()), -1)
    if digit > 0 and all("\u0621" <= ch <= "\u064a" for ch in folded[:digit]):  # Arabic letters: not G20
        return start + index[digit]
    if folded[0] not in _SINGLE and not folded.startswith("ال"):
        return start
    cut = _article_cut(word, folded, index)
    if cut:
        if not article:  # keep the article: وال → ال, ولل → ل
            cut -= 2 if folded[:cut].endswith("ال") else 1
    else:
        cut = _single_cut(text, word, folded)
    return start + index[cut] if cut else start


def _article_cut(word: str, folded: str, index: list[int]) -> int:
    """Length of an article combination at the front of ``folded`` that can come off, or 0."""
    if folded in _NOT_COMBO:
        return 0
    for combo in _ARTICLE_COMBOS:
        if not folded.startswith(combo):
            continue
        rest = folded[len(combo) :]
        if _letters(rest) < 2:
            return 0
        if combo.endswith("ال"):
            alef = index[len(combo) - 2]
            if word[alef] != "ا":  # أ إ آ: a hamza, no article (ألمانيا)
                return 0
            if folded[len(combo) - 2 :] in _NOT_ARTICLE:
                return 0
        elif combo.endswith("لل") and ("ال" + rest) in _NOT_ARTICLE:  # لله, للذين: الله, الذين
            return 0
        return len(combo)
    return 0


def _single_cut(text: str, word: str, folded: str) -> int:
    """How many single-letter proclitics (و or ف, then ب ل or ك) come off the front of ``folded``.

    One letter at a time, each only when what follows is a known word and the word with that letter
    is not one itself; unsure about و/ف, nothing comes off.
    """
    words = _words_of(text)

    def comes_off(k: int) -> bool:
        here, rest = folded[k:], folded[k + 1 :]
        if _letters(rest) < 2:  # a stem of one letter is a pronoun (به): nothing to label
            return False
        if here in WHOLE_WORDS or "ال" + here in words:  # وزير, الوزير: the letter is the word's own
            return False
        if rest in KNOWN_STEMS or rest in _NOT_ARTICLE or (rest in WHOLE_WORDS and _letters(rest) >= 4):
            return True
        return _DOC_LEXICON and _letters(rest) >= 3 and rest in words

    if _HARAKAT_RE.sub("", word) in _HAMZA_SPLITS:  # بأن, not بان (Ban Ki-moon)
        return 1
    cut = 0
    if folded[0] in "وف":
        if not comes_off(0):
            return 0
        cut = 1
    if cut < len(folded) - 1 and folded[cut] in "بلك" and comes_off(cut):
        cut += 1
    return cut
