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
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from functools import cache
from itertools import pairwise

from app.assist import cues
from app.assist.base import Context, Proposal

MIN_QUOTE_WORDS = 5  # a quotation no cue introduces is proposed only when it is at least this long
MIN_CUED_QUOTE_WORDS = 4  # a shorter quotation after a cue is a name or a scare quote (موقع "ميرور")
MAX_NAME_QUOTE_WORDS = 3  # a quotation this short inside a source is part of a name (مراسل "الجوهرة أف أم")
CUE_REACH = 160  # folded characters between a cue and its content (the source and a place or time between)
MAX_SOURCE_WORDS = 12
MAX_ANTECEDENT_WORDS = 6  # a titled name before ، الذي (رئيس حزب آفاق تونس ياسين إبراهيم)
MAX_RELATIVE_WORDS = 6  # an attached relative clause up to the content this long stays in the source
MAX_COMMA_RELATIVE_WORDS = 8  # … and one up to a comma right before the content (التي تحصل عليها …، فإن)
_CLAUSE_OPENERS = cues.folded_set("حيث كما")
FAR_REACH = 320  # folded characters to an أن past a long occasion (في تصريح … على هامش …)
SOURCE_REACH = 160  # folded characters after a cue where its source may be

# A full stop ends a sentence unless it closes a one-letter abbreviation (د. أ.د.) or sits inside a number.
# … or a full stop glued to the next sentence's opening و-word or كما (الزحاف.كما، تونس.وأكد، الحقيقة.وتم), a word
# of three letters or more before it (not إيه.بي.سي, محمد.ر), or typed after a space and glued to the next word
# (قياسيا .ويأتي، الاستقرار .ومن جانب آخر)
_SENTENCE_END = re.compile(
    r"[.!?؟\n](?:(?<=\n)|[.!?؟]*(?=[\s\"”»)]|$)"
    r"|(?<=[\u0621-\u064a]{3}\.)(?=و[\u0621-\u064a]{2}|(?:كما|تجدر|يذكر)\s)|(?<=\s\.)(?=[\u0621-\u064a]))"
)
# An opening mark after a space, a bracket, a colon or a proclitic (بـ"…", ل"…"); a closing mark before a
# space or punctuation: a stray mark inside a word opens nothing.
_QUOTE_MARK = re.compile(r"[«»\"“”]")
_FA_QAD = re.compile(r"\s(?:فقد|فلقد)\s")
_SENTENCE_AFTER = re.compile(r"[.!?؟](?:\s|$)")
_SENTENCE_IN = re.compile(r"[.!?؟]\s")
_LAST_WORD = re.compile(r"(?<!\w)\w+$")
_NARRATED = re.compile(r"[.!?؟]+[ \t\u00a0]+(?=[وف]\w)")  # a sentence end before a و/ف-word
_STRAIGHT = frozenset('"“”')
_STRAIGHT_AND_GUILLEMETS = frozenset('"“”»')
_OPENS_AFTER = frozenset(" \t\n\u00a0(:،,ـبلوف")
_CLOSES_BEFORE = frozenset(" \t\n\u00a0.,،:;)!?؟-")
_WORD = re.compile(r"\w+")
_EDGE = " \t،,:;.-–—"
_HEADLINE = re.compile(r"[ \t]*(?P<src>[^\s:.،\d][^:\n.،\d]{0,40}?)[ \t]*:[ \t]*(?P<content>[^\n]+)(?:\n|$)")
_HEADLINE_NOT = cues.folded_set("المصدر الصورة تونس صور فيديو ملاحظة المرجع المحرر")
_NUMBER_BEFORE = re.compile(r"(?:\d|ألف|آلاف|مئة|مائة|عشرات|مئات|كل|أي|من)\s+$")
_BODIES = cues.folded_set("مجلس لجنة هيئة برلمان نواب وزراء سلطة سلطات محكمة")
_RELATIVES = cues.folded_set("الذي التي الذين")
_MIN = cues.fold("من")
_SIDES = cues.folded_set("جهة ناحية جانب")
_OTHER = cues.folded_set("أخرى آخر ثانية ثان مقابلة")  # من جهة أخرى: another point
_BEFORE_BAYYANA = cues.folded_set("قد وقد فقد كما وكما آخر أخرى ثانية")
_BAYYANA_SUBJECT = re.compile(r"(?P<subject>(?:\s+[^\s،,.:;\"“”«»()]+){1,4}?)\s+" + cues.COMPLEMENTISER_AT_RE.pattern)
# وبين الأمين العام المساعد للاتحاد، فلان، أن …: after و / ف, a subject (an apposition) set off by a comma before أن
_BAYYANA_APPOSITION = re.compile(
    r"(?P<subject>(?:\s+[^\s.:;\"“”«»()]+){1,10}?)\s*[،,]\s*" + cues.COMPLEMENTISER_AT_RE.pattern
)
_PREPOSITION_WORDS = cues.folded_set("في فى من عن على إلى الى مع حول خلال لدى عند عبر بين")
_CLAUSE_PREPOSITIONS = cues.folded_set("عن في من على إلى مع منذ")  # inside a relative clause of the source
_AMMA = cues.folded_set("أما وأما")
_RESUMPTIVE = cues.folded_set("بها به بهم عنها عنه عنهم إليها إليه منها منه عليها عليه")
_NO_ANTECEDENT = cues.folded_set("الأمر الشيء")
_ALLATI, _ALLADHI = cues.fold("التي"), cues.fold("الذي")
_NAME_TITLES = cues.folded_set(
    "الدكتور الشيخ السيد السيدة الأستاذ الأستاذة القيادي الناشط النائب المحامي الفنان اللاعب المدرب الإمام"
)
_KANA = cues.folded_set("كان وكان كانت وكانت")
_DEMONSTRATIVES = cues.folded_set("هذا هذه ذلك تلك هذين هاتين")
_THESE = cues.folded_set("هؤلاء أولئك")
_POINTING = _DEMONSTRATIVES | _THESE
_FI = cues.folded_set("في فى")
# ندوة تحت عنوان "…"، بعنوان "…"، رفعوا شعار "…": the quotation is a title or a slogan, no claim
_TITLE_BEFORE = re.compile(r"(?<!\w)(?:ب?عنوان|ب?شعار|شعارات)\s*[:،,]?\s*$")
# ندوة حول "…"، لقاء مفتوح مع الصحفيين حول "…": the quotation after حول names an event's topic
_EVENTS = cues.folded_set("ندوة ندوات ملتقى مؤتمر لقاء يوم ورشة منتدى محاضرة حلقة دورة تظاهرة")
# … the event noun may be definite (افتتاح أشغال الندوة الوطنية حول "…": "…", the speech after the title)
_TOPIC_BEFORE = re.compile(
    r"(?<!\w)(?:ال|بال|لل|وال)?(?:"
    + cues.trie(_EVENTS)
    + r")(?:\s+[^\s\"“”«».،,:]+){0,6}\s+"
    + cues.letters("حول")
    + r"\s*$"
)
# المصدر ذاته، النتائج نفسها: a reflexive noun goes on in the source
_SELF_WORDS = cues.folded_set("ذاته ذاتها نفسه نفسها عينه عينها ذاتهم نفسهم")
# الرائد شكر الدين البعزواي: a military rank is a title before a name
_RANKS = cues.folded_set("رائد عقيد مقدم نقيب ملازم عميد لواء وكيل")
TOPIC_REACH = 80  # characters before a quotation where its event noun and حول may be
# أكد الوزير ضرورة …، نفى … وجود …: a verbal noun that is the cue's object (what is affirmed or denied)
_NOUN_OBJECTS = cues.folded_set("ضرورة أهمية وجود عدم استعداد التزام حرص تمسك رفض وفاة توفر وقوع حصول تعرض نية عزم")
_OBJECT_CUES = cues.folded_set("أكد نفى شدد أعلن أظهر")  # أعلنت الجمعية نيتها الدخول في اعتصام
_NOUN_OBJECT_RE = re.compile(
    r"(?<!\w)(?:" + cues.trie(_NOUN_OBJECTS | {w[:-1] + "ت" for w in _NOUN_OBJECTS if w.endswith("ه")}) + ")"
)
# أكدت المراسلة تنفيذ الإضراب، أعلنت شركة تويتر اتخاذها إجراءات، أعلن الجيش مقتل جنديين: verbal nouns that are
# the object of أكد / أعلن when no أن follows (a closed list: the shapes of the verbal noun also fit names and
# subjects, تونس، تنظيم، أطباء)
_VERBAL_OBJECTS = cues.folded_set(
    "تنفيذ عودة قطع تراجع اتخاذ إحداث احداث تفهم مساندة دعم أحقية أولوية استمرار انطلاق إطلاق تسجيل ارتفاع "
    "انخفاض مواصلة إيقاف إلغاء تأجيل تعليق إغلاق فتح انتهاء نجاح تمديد مشاركة انسحاب مقتل اعتقال تأييد تجميد "
    "إصابة فوز"
)
_WIDE_OBJECT_RE = re.compile(
    r"(?<!\w)(?:"
    + cues.trie(
        _NOUN_OBJECTS | _VERBAL_OBJECTS | {w[:-1] + "ت" for w in _NOUN_OBJECTS | _VERBAL_OBJECTS if w.endswith("ه")}
    )
    + ")"
)
_THAT = cues.folded_set("أن إن أنه أنها أنهم")
# يذكر أن، ويشار إلى أن at a sentence's start: the writer's note, whose clause a closing attribution relays
_WRITERS_NOTE = re.compile(r"\s*و?(?:[يت]ذكر|يشار\s+(?:إلى|الى))\s+[أا]ن(?!\w)\s*")
_MA = cues.fold("ما")
_ADVERBIAL = re.compile(r"م\w{2,}ا$")  # مثمنا، معتبرا: an adverbial participle (folded, tanween out)
# وتعتبر كوريا الشمالية سوريا حليفا رئيسيا: the second object of a finite اعتبر after its subject and first
# object, an indefinite accusative (ends in ا; not يا, which also ends names: سوريا، كوريا; not an adverb, nor an
# adverbial participle: متسائلا) or an elative
_ELATIVES = cues.folded_set("أكثر أهم أبرز أكبر أخطر أفضل أسوأ أشد أقوى أول")
_NOT_SECOND = cues.folded_set(
    "أيضا جدا مؤخرا سابقا لاحقا خصوصا تماما دائما أبدا كثيرا غدا مجددا علما فورا قريبا ربما وفقا طبقا تبعا"
    " نظرا انطلاقا استنادا عوضا بدلا فضلا مثلا تقريبا أحيانا غالبا عموما أساسا معا"
)
MAX_CONSIDERED_WORDS = 7  # the subject and the first object before the second object of a finite اعتبر
# أكّد الكاتب العام …، اليوم السبت الإضراب المقرر …: a time that ends the source of أكد / أعلن / نفى, its date
_MONTHS = cues.folded_set(
    "يناير جانفي فبراير فيفري مارس أبريل ابريل أفريل افريل مايو ماي يونيو جوان يوليو جويلية أغسطس أوت اوت سبتمبر "
    "أكتوبر اكتوبر نوفمبر ديسمبر"
)
_TIMED_MANNER = cues.folded_set("نفيا تأكيدا")
_TIMED_BREAK = re.compile(r"[:\n.\"“”«»()]")  # commas allowed: an apposition in the subject, a time set off
_PRONOUN_THAT = re.compile(r"(?<!\w)[أإا]ن(?:ه|ها|هم|هما)\s+$")  # أنه اتهم: the pronoun is the cue's subject
_PERCEIVING = cues.folded_set("رأى لاحظ")  # saw, noticed: perception as much as opinion
MAX_PRONOUN_WORDS = 6  # between a cue after أنه and its own mark (طالبت أيضا الإدارة العامة للحرس البحري بإعطاء)
# جدد الوزير التأكيد على …: a renewed affirmation, its content after على (جدد alone also renews a contract)
_JADDADA = cues.fold("جدد")
_RENEWED_AFFIRMATION = re.compile(
    r"(?<!\w)(?:ال)?"
    + cues.letters(cues.fold("تأكيد"))
    + r"(?:ه|ها|هم|هما)?\s+"
    + cues.letters(cues.fold("على"))
    + r"(?!\w)\s*"
)
MAX_OBJECT_WORDS = 10  # a noun object is among this many words after its cue (a named, titled source first)
MAX_ASIDE_WORDS = 16  # an occasion between the source and a noun object (في تصريح لـ … على هامش …،)
_ASIDE_BREAK = re.compile(r"[:\n]")
_MANNER = re.compile(r"[،,]\s*(?:نفيا|تأكيدا)\s+\w+\s*[،,]?\s*")  # نفى الوزير، نفيا قاطعا وجود …
# ، اليوم الأحد، / ، أمس، / ، الجمعة، right after a verb: a time set off by commas before its subject
_TIME_WORDS = cues.folded_set(
    "اليوم أمس مساء صباح يوم ليلة فجر ظهر عشية الأحد الإثنين الاثنين الثلاثاء الأربعاء الخميس الجمعة السبت"
)
_TIME_ASIDE = re.compile(r"\s*[،,]\s*(?:" + cues.trie(_TIME_WORDS) + r")(?!\w)(?:\s+[^\s،,.:\n\"“”«»]+){0,3}\s*[،,]\s*")
# أكد، اليوم السبت الناطق … / أكد اليوم الأحد الأمين العام …: time words (a comma or none) before the subject
_TIME_AFTER = cues.folded_set("الماضي المنقضي الفارط المقبل القادم المنصرم")  # أعلن الاثنين الماضي عن
# (يوم only before another time word: يوم 25 فيفري الماضي, حسب يوم الزيارة are no lead)
_TIME_LEAD = re.compile(
    r"\s*[،,]?\s*(?:يوم\s+)?(?:"
    + cues.trie(_TIME_WORDS - {"يوم"})
    + r")(?!\w)(?:\s+(?:"
    + cues.trie(_TIME_WORDS | _TIME_AFTER)
    + r")(?!\w))*\s*[،,]?\s*(?=[^\W\d])"
)
# …، الخميس / …، اليوم الأحد at the end of a sentence: a time set off after the source of an attribution
_TIME_TAIL = re.compile(
    r"\s*[،,]\s*(?:"
    + cues.trie(_TIME_WORDS | _TIME_AFTER)
    + r")(?!\w)(?:\s+(?:"
    + cues.trie(_TIME_WORDS | _TIME_AFTER)
    + r")(?!\w))*\s*$"
)
# وفق ما أكده، اليوم الأربعاء، معتمد …: the relative's verb, then a time aside before the source
_WHAT_TIME = re.compile(r"ما\s+\w+(?=\s*[،,])")
# وقالت الوكالة تعليقا على …: a manner accusative after the subject ends it
_MANNER_WORDS = cues.folded_set("تعليقا ردا تعقيبا تفاعلا")
# دعا الوزير نظيره البريطاني إلى: the counterpart is the addressee, not part of the source
_COUNTERPARTS = cues.folded_set("نظيره نظيرها نظيرهم نظيرته نظيرتها نظراءه نظرائه نظراءها نظرائها نظراءهم")
_ANONYMOUS = cues.folded_set("مصدر مصادر")
_WITNESSES = cues.folded_set("شاهد شهود")
# إفعال، إفالة، افتعال، انفعال، استفعال، استفالة (folded: ة is ه): the verbal nouns an institution announces
_OBJECT_MASDAR = re.compile(r"(?:ا\w\wا\w|ا\wا\wه|ا\wت\wا\w|ان\w\wا\w|است\w\wا\w|است\wا\wه)$")
_OUR_CORRESPONDENT = cues.folded_set("مراسلنا مراسلتنا موفدنا موفدتنا")  # أفاد مصدر أمني مراسلنا بالجهة
# After حسب / بحسب / وفق: a measure or evidence the claim depends on, no source (حسب عمر السيارة، بحسب نتائج المسح)
_MEASURES = cues.folded_set(
    "عمر نوع حجم طبيعة درجة مدى قيمة عدد نسبة نتائج النتائج أرقام الأرقام إحصائيات الإحصائيات معطيات المعطيات"
)
# After an attribution with no comma, the words that make it a report (حسب خبر عاجل، وفق بيان), not evidence
# or a measure the claim itself rests on (بحسب الأرقام المسجلة، حسب عمر السيارة).
_REPORTERS = _ANONYMOUS | cues.MEDIA | cues.folded_set("خبر أخبار بلاغ بيان تصريح تصريحات تقرير تقارير رواية نص")
_SAYING = cues.folded_set("قوله قولها قولهم")  # وأضاف قوله أن: the saying, no one named
# قال المتهم للقاضي إن / لمبعوث الجوهرة أف أم: the one told, after ل, is not part of the source
_TOLD = cues.folded_set("قاضي مراسل مراسلة مبعوث مبعوثة موفد")  # not للصحافيين: a union's name has it
_DEPUTIES = cues.folded_set("نائب نائبة نواب ممثل ممثلة ممثلو ممثلي")  # النائب عن حركة النهضة
_SPEAKING_FOR = _DEPUTIES | cues.folded_set("محامي محامية محامين محامون محاميه محاميها")  # المحامين عن المتهمين
# منظمة الدفاع عن المستهلك: the verbal noun الدفاع governs عن inside a body's name
_DEFENDING = cues.folded_set("الدفاع للدفاع والدفاع دفاع")
_REPORTS = cues.folded_set("تقرير تقارير بيان بلاغ")  # تقرير دائرة المحاسبات الذي: a document before an idafa
_ANSWERING = _DEPUTIES | cues.folded_set("مسؤول مسؤولة")  # a head whose عن goes on (المسؤول عن البرنامج)
# من جانبها، / من جهته، / بدوره، opening a sentence: the first verb comes after them
_SIDE_OPENERS = re.compile(r"\s*و?(?:من\s+(?:جانب|جهت|ناحيت|طرف)(?:ه|ها|هم)|بدور(?:ه|ها|هم))\s*[،,]")
_KANA_QAD = cues.folded_set("كان كانت كانوا قد")
_NOT_SUBJECT = cues.folded_set("و دون بين نحو هناك هنا ذلك هذا هذه")
_SAID_IN = cues.folded_set("فيه فيها خلاله خلالها")  # أصدر البيت الأبيض بيانا قال فيه إن: the statement's author
# right after a cue, the manner of saying or a pronoun of the occasion or the report, never the subject:
# ورجح بالقول إن، بيانا دعوا خلاله إلى، بحسب ما أفاد به زوجها
_LEAD_NOT_SUBJECT = re.compile(
    r"\s*(?:" + cues.trie(cues.folded_set("بالقول خلاله خلالها خلالهم به بها بهم")) + r")(?!\w)"
)
_DURING_IT = re.compile(r"\s*" + cues.letters(cues.fold("خلال")) + r"(?:ه|ها|هم)(?!\w)")
_LONE_BI = cues.folded_set("ب بـ")
_PREPOSITION_MA = cues.folded_set("بما لما مما عما")
_MAA = cues.fold("مع")
_MUHAMMAD = "محمد"
# بعدد من المؤسسات، بولاية سوسة، بمدينة …: after ب, where the subject is (its description), not the demand
_BI_PLACES = cues.folded_set("عدد مختلف جهة ولاية مدينة معتمدية منطقة بلدية قرية حي مقر")
_AYN = cues.fold("عين")
_MAKAN = cues.fold("المكان")
_APPEALS = cues.folded_set("نداء نداءات مناشدة")  # دعا الناظر بنداء استغاثة إلى: the appeal made, no title
_PAGES = cues.folded_set("الصفحة صفحة")  # a page's source is its owner after ل (الصفحة الرسمية لرئاسة الحكومة)
_POLLS = cues.folded_set("استطلاع استطلاعات سبر")  # استطلاع رأي، سبر آراء: the noun after it is no cue
_RELATIONS = cues.folded_set("العلاقة العلاقات علاقة علاقات")  # وزير العلاقة مع الهيئات الدستورية
_ADVERBS = cues.folded_set("تحديدا بالتحديد خصوصا بالخصوص تقريبا")  # not the form alone: تيريزا ماي
_FA_CLAUSE = cues.folded_set("فقد فلقد فإن فإنه فإنها فإنهم")  # بحسب المصدر فقد / فإن: the clause after it
_SAME = cues.folded_set("ذاته ذاتها نفسه نفسها")  # المصدر ذاته، الطاقم الطبي: no apposition after it
# the words before which the subject may end (checked by _Finder.subject_ends; ذاته before them and an
# institution's verbal noun object too)
_SUBJECT_END_WORDS = _ADVERBS | _LONE_BI | _FA_CLAUSE | _POINTING | _TOLD | _OUR_CORRESPONDENT
# ضيف "بوليتيكا": a stop after a name, a source at the start; كل، جميع: an object after a subject (دعا
# الحزب كل مكونات الساحة إلى), a subject right after the cue (قال كل من …)
_SOURCE_OPENERS = cues.folded_set("ضيف كل جميع كافة")
_GUEST = cues.fold("ضيف")
_GUESTS = cues.folded_set("ضيف ضيفة")
_PROGRAMMES = cues.folded_set("برنامج حصة")
# أكد … في بوليتيكا أن: a programme named after في is where it was said, an occasion (its spellings in the corpus)
_PROGRAMME_NAMES = cues.folded_set("بوليتيكا بولتيكا بوليتكا")
_QUANTIFIERS = cues.folded_set("كل جميع كافة عموم")  # دعا جميع الأطراف إلى: the addressees
_PARTICLES = cues.folded_set("قد وقد كان وكان كانت وكانت كما لكن ولكن ثم لم ولم لن ولن لا ولا إذ إذا فيما بينما حين")
_HEAD_STOPS = cues.folded_set("حول من في عن بعد خلال إثر عقب قبل أمام بشأن")
_FIRST_PERSON = cues.folded_set("نحن أنا لن لا لم لسنا لست ما إننا إني سوف")
_TITLES = cues.folded_set(
    "وزير وزيرة رئيس رئيسة الناطق ناطق المتحدث متحدث مدير مديرة نائب مدرب سفير أمين مسؤول حزب حركة وزارة "
    "حكومة رئاسة الخارجية الداخلية جبهة اتحاد نقابة هيئة منظمة الأمم الشرطة الجيش قائد أمير ملك الملك"
)
# A name or a title in apposition after a comma starts with one of these (… الغزواني، الكاتب العام …).
_APPOSITION_HEADS = _TITLES | cues.folded_set(
    "كاتب أحد إحدى ضيف ضيفة عضو عضوة منسق منسقة مستشار مستشارة خبير ممثل ممثلة والي معتمد عميد مؤسس صاحب "
    "ناشط ناشطة محام محامي محامية أستاذ أستاذة طبيب طبيبة مفوض مفوضة مندوب مندوبة"
)
# … and of those, the heads that title a person (not حزب، نقابة، وزارة …: نقابة الشرطة البلدية جلسة طارئة)
_PERSON_HEADS = _APPOSITION_HEADS - cues.folded_set(
    "حزب حركة وزارة حكومة رئاسة الخارجية الداخلية جبهة اتحاد نقابة هيئة منظمة الأمم الشرطة الجيش"
)
_AN = cues.fold("عن")
_ATTRIBUTION_WORDS = cues.folded_set("بحسب حسب وفق وفقا طبقا نقلا")
_FOLLOWING_NOT = cues.folded_set("على و")  # "…" على حد قوله، "…" و"…": not the clause going on
_CONJUNCTIONS = cues.folded_set("لكن ولكن ثم لكنه لكنها لكنهم ولكنه ولكنها")
# before a cue that starts a claim of its own inside another's content (، مشيرا / وقد أكد / لكنه شدّد على)
_JOINING = ("، ", ", ", "وقد ", "فيما ", " لكن ", "لكنه ", "لكنها ", "لكنهم ", " في حين ", " بينما ")
_JOINING_APART = (" و ", "،و ", ",و ", "\u00a0و ", " في ما ", "\u00a0في ما ")  # typed apart: ،و أكد أن
_COUNT_BEFORE = re.compile(r"(?<![\d.,/])\d{1,3}\s*\)?\s+$")  # a count, not a year: what follows is counted
# رقابية مشددة: an indefinite feminine word right before, no comma between (after a definite one, الجمعة مؤكدة
# معلومات, an indefinite participle is the speaker's circumstance, not an adjective)
_AGREEING = re.compile(r"(?<!\w)(?!(?:[وفبلك]?ال|لل))\w+ة[ \t\u00a0]+$")
_COMPLEMENT_MARKS = frozenset(':"“”«،,')
_COMPLEMENT_WORDS = cues.folded_set("أن أنه أنها أنهم إن إنه إلى الى على عن في من بأن لأن")
_SAID_IN_RELATIVE = re.compile(r"\s+و(?:التي|الذي)\s+$")  # … والتي أعرب فيها: a saying added on, its own
_NOT_ADJECTIVE = (" غير ", "\u00a0غير ")  # غير مؤكدة، غير معلن: a participle after غير is an adjective
_BUT_BEFORE = re.compile(r"[\s،,](?:و?لكن(?:ه|ها|هم)?|كما|في حين|بينما|فيما|في ما|و)\s$")
_DASH = re.compile(r"[–—]|\s-|-\s")
# What جاء في / ورد في may be followed by without quoting a text: a time, a frame, a rank.
_RELATIVE_WORDS = cues.folded_set("ما الذي التي الذين")
_NOT_DOCUMENTS = cues.folded_set("وقت إطار سياق ظل مرتبة مركز صدارة مقابل حين أعقاب أثناء خضم طليعة مقدمة")
_NAME_BREAKS = cues.folded_set("تحت بمناسبة إثر بعد قبل")
_CLOSE_BY = cues.folded_set("قرب كثب")  # شهود عاينوا الحادث عن قرب: part of the description
# Nouns that a short quoted name follows inside a source (قناة "بي أف أم"، حزب "حراك تونس الإرادة").
_NAMING = cues.MEDIA | cues.folded_set(
    "برنامج حزب حركة شبكة جمعية منظمة مجموعة تنظيم كتيبة جبهة ائتلاف تيار نادي فريق مؤسسة شركة مركز صفحة "
    "حساب ضيف مدونة مجلة باسم في موفد موفدة مبعوث مبعوثة"
)
# An organisation: a ل genitive after it (and its adjectives) is part of its name (الجمعية الوطنية للصحفيين
# الشبان), not the medium the words were said to (قال الوزير للصحفيين).
_ORGANISATIONS = cues.folded_set("جمعية نقابة اتحاد منظمة رابطة هيئة جامعة مركز نادي مرصد لجنة")
# a subject that names an institution, which takes no name in apposition (its verbal noun object follows)
_INSTITUTIONS = (
    _BODIES
    | _ORGANISATIONS
    | cues.folded_set(
        "وزارة شرطة سلطات حكومة رئاسة بيت حزب حركة جيش وكالة مصالح إدارة مكتب شركة جبهة بلدية نيابة قوات حرس ديوان"
    )
)
# المكلف بالإعلام، المختص بالتحاليل: a بـ after these is part of the title (no verb's complement)
_CHARGED = cues.folded_set(
    "مكلف مكلفة مكلفون مكلفين مختص مختصة مختصون مختصين معني معنية معنيون معنيين متهم متهمة متهمون متهمين خاص خاصة"
)
# An addressee after a definite subject is the cue's object (ويطالب المحتجون السلطات بـ…).
_ADDRESSEES = cues.folded_set(
    "السلطات السلطة الحكومة الدولة الجميع المواطنين الأطراف المجتمع الأهالي الشعب الوزارة المسؤولين الجهات "
    "الحكومات الدول المنظمات الحضور الحاضرين المشاركين السلط"
)
_CALLING = cues.folded_set("دعا طالب")
_MI_NAMES = cues.folded_set("مولدي مصطفي مرتضي")  # first names of the م…ي form (الوزير مولدي الجندوبي)
_OBJECT_FIRST = _CALLING | cues.folded_set("اتهم")  # كما دعت وزارة الداخلية إلى: the addressee, not the subject
# The head of a calling verb's object after its subject (دعت النقابة عموم منخرطيها، طالب الحزب رئيس الحكومة)
_PERSON_TITLES = cues.folded_set("وزير وزيرة رئيس رئيسة ناطق متحدث مدير مديرة نائب سفير أمين مسؤول قائد")
_OBJECT_HEADS = cues.folded_set("وزارة وزارات عموم رئيس رئاسة مجلس سلطات حكومة مصالح إدارة ولاية والي")
_REMINDED_NEXT = cues.folded_set("أن في من")
# بحسب ما أفاد به لمراسلة X، / وفق ما ورد في مرسوم: past the relative to where the source starts
_ADDRESSEE_RE = re.compile(r"\s(?:" + cues.trie(_ADDRESSEES) + r")(?!\w)")
# وفق مانقلت صحيفة …، حسب ماأفاد: ما glued to a reporting verb (a common typing) opens the chain too
_GLUED_CUE = r"(?=(?:" + cues.trie(list(cues.FORM_OF)) + r")(?:ه|ها|هم|ته|تها)?(?!\w))"
_WHAT_CHAIN = re.compile(
    r"ما(?:\s+|" + _GLUED_CUE + r")\w+(?:\s+(?:به|عنه|عنها|بها|في|فى|لنا))?\s+(?:ل\w+(?:\s+\w+){0,5}?\s*،\s*)?"
)
# بحسب ما نقله مراسلنا عن مصدر أمني، وفق ما أوردته "العربية" نقلا عن صحيفة …: the one relayed is the source
_RELAY_VERB = re.compile(r"ما\s*نقل(?:ه|ته|ها|ت)?(?!\w)")
_RELAY_AN = re.compile(r"(?<!\w)(?:(?P<naqlan>نقلا)\s+)?عن\s+(?=[\w\"“«])")
_NAQAL = cues.fold("نقل")
_NAQLAN = cues.fold("نقلا")
_LIL = cues.fold("لل")
_TOWARDS = cues.folded_set("إلى الى")
_SHORT_NAME = re.compile(r"\s*\([^()\n]{1,20}\)")  # وكالة أنباء الإمارات (وام)
# حسب زوجها، على حد تعبير أحدهم: a noun with a pronoun that names a person
_PERSON_STEMS = cues.folded_set(
    "زوج زوجت أقارب عائلت أسرت والد والدت ابن ابنت شقيق شقيقت أخ أخت أب أم محامي محام رفاق أصدقاء أحد إحدى بعض"
)
# Verbs whose object is a verbal noun (حاول تفادي، واصل تقديم، رفض التعليق): the subject ends before it.
_MASDAR_VERBS = cues.folded_set(
    "حاول حاولت حاولوا واصل واصلت واصلوا رفض رفضت رفضوا قرر قررت قرروا اعتزم اعتزمت تجنب تجنبت تفادى تفادت "
    "أراد أرادت استطاع استطاعت"
)
# تفعيل، تفاعل، إفعال، انفعال، افتعال، استفعال, with or without ال
_MASDAR = re.compile(r"(?:ال)?(?:ت\w\w?ا?\w[يا]?\w|[اإ]\w\wا\w|ان\w\wا\w|ا\wت\wا\w|است\w\wا\w)$")
_DA_A = cues.fold("دعا")
_NAFA = cues.fold("نفى")
_AZHARA = cues.fold("أظهر")
_ALIMA = cues.fold("علم")
_FROM_INFORMANT = re.compile(r"(?<!\w)من\s*(?=(?:مصادر|مصدر)(?!\w))")
_AWRADA = cues.fold("أورد")
# أوردت الوكالة في خبر عاجل منذ قليل خبر نجاة …، خبرا عاجلا مفاده مقتل …: the item reported, what it says after it
_NEWS_ITEM = re.compile(r"خبرا?(?:\s+عاجلا?)?(?:\s+منذ\s+قليل)?(?:\s+مفاد(?:ه|ها))?\s+(?=\w)")
_NEWS_ITEMS = frozenset(("خبر", "خبرا"))
_MUNDHU = cues.fold("منذ")
_MUBRIZAN = cues.fold("مبرزا")  # the participle: أبرز is also the elative (أبرز عناوين الأخبار)
# أظهرت لقطات فيديو …، فيديو … الذي أظهر …: footage shown, no words reported (the gold README's held out 18)
_FOOTAGE = cues.folded_set("فيديو الفيديو لقطات اللقطات صور الصور صورة الصورة شريط الشريط مقطع المقطع تسجيل")
_ITABARA = cues.fold("اعتبر")
_WASAFA = cues.fold("وصف")
_NABBAHA = cues.fold("نبه")
_ABBARA = cues.fold("عبر")
_ITARAFA = cues.fold("اعترف")
# اعترف بعد إيقافه بـ…، اعترفوا بالتحري معهم بـ…: a ب word of time or manner, not what was admitted
_ASIDE_PREPOSITIONS = cues.folded_set("في فى من عن على إلى الى مع")  # …، وفق المصدر، في تفعيل …
_BI_NOUN = tuple("ب" + cues.fold(p) for p in ("ال", "م", "ت", "ا", "إ", "أ"))
_HIN = cues.fold("حين")
_ADMITTED_NOT = cues.folded_set("بعد بين بدوره بدورها بدورهم بالتحري بمزيد بكل")
# اعترفت 137 دولة بدولة فلسطين، لا يعترفون بوجود الدولة: recognising an entity reports no words
_RECOGNISED = cues.folded_set("بدولة بوجود بشرعية بحق بسيادة باستقلال بحكومة بالدولة بإسرائيل")
MAX_WARNED_WORDS = 5  # ونبه الاتحاد سلطة الاشراف الى: the source and the one warned before إلى
_DESCRIBED_AS = re.compile(
    r"(?<!\w)(?:[لب]?ما|" + cues.trie(cues.folded_set("مما من الذي التي الذين")) + r")\s+$"
)  # ما وصفه بـ، التى وصفتهم بـ: a description inside a noun phrase
_DESCRIBING_LEAD = re.compile(r"(?:^|[\s،,.])(?:كما|فيما|قد|وقد)\s+$")  # كما وصفهم بـ: a clause of its own
MAX_DESCRIBED_WORDS = 6  # ووصف الرئيس ترامب الزعيم الكوري بأنه: the subject and object before بأن
# نفى … ما تداولته المواقع، نافيا صحة ما راج، ما تم ترويجه: a relative ما with a verb of spreading news is what
# was denied
_DENIED_WHAT = re.compile(
    r"(?<=[\s،,])(?:صح[ةه]\s+)?(?P<what>ما)\s+(?:[يت]?(?:"
    + "|".join(cues.letters(cues.fold(w)) for w in ("تداول", "تناقل", "نشر", "روج", "أورد", "نسب", "نقل"))
    + r")|[اأ]شيع|يشاع|راج|ورد|جاء|تم\s+(?:"
    + "|".join(cues.letters(cues.fold(w)) for w in ("ترويج", "تداول", "نشر", "تناقل"))
    + r"))\w*"
)
_LI_NOT = cues.folded_set("لها له لهم لهما لنا لكم لذلك لهذا لهذه لكل لجميع لعدم للغاية")
_WHAT_FOLLOWS = cues.folded_set("ما مايلي يلي بالقول قائلا")  # ودوّن الرياحي ما يلي :
_RELAY_STOP = re.compile(r"[،,:\n]|(?<!\w)[فب]?[اأإ]ن(?:ه|ها|هم)?(?!\w)")


@cache
def _preposition_re(prep: str) -> re.Pattern[str]:
    if len(prep) > 1:
        return re.compile(cues.LEAD + "(?P<p>" + cues.letters(prep) + r"\s+)")
    # a one-letter preposition is the proclitic of the next word, not the بن / بنت of a name (حنان بن زيد)
    return re.compile(cues.LEAD + "(?P<p>" + cues.letters(prep) + r"(?=[\w«\"“”])(?!نت?(?!\w)))")


_QUOTE_IN = re.compile(r"[\"“”«»]")
_BREAK_IN = re.compile(r"[،,:()\n.]")
MAX_DENIED_WORDS = 20  # نفى + a titled source with an occasion and a time, then أي …
_DENIED_NOUNS = cues.folded_set("وصول دخول حصول تلقي تورط وجود صدور")  # نفى وصول أي مساعدات: what is denied
_AYY = cues.fold("أي")  # أي، أيّ، اي
_DENIED_BREAK = re.compile(r"[:\n.!?؟]")
_BREAK_OR_QUOTE = re.compile(r"[،,:\"“”«»()\n]")
_NO_QUOTES = str.maketrans("", "", '"“”«»')
_COMMA_OR_COLON = re.compile(r"[،,:;\n]")
_PRONOUNS = ("هما", "هم", "ها", "ه")


# في بث مباشر، في حسابها على تويتر، في شريط فيديو: where the words were said, as an occasion (cues.OCCASIONS);
# في تجمع، في حفل، على خلفية: the gathering or the frame they were said in; not تسجيل, also a registering that is a
# cue's object (أكدت المندوبية تسجيل حالتي إصابة)
_RECORDINGS = cues.folded_set("بث حساب فيديو شريط مقطع تجمع حفل احتفال موكب خلفية")


def _occasion(word: str) -> bool:
    """في تصريح، في حديثه، لدى استقباله: an occasion or a time, not part of a title."""
    word = word.removeprefix("ال")
    if word in cues.OCCASIONS or word in _RECORDINGS or word in _PROGRAMME_NAMES:
        return True
    for p in _PRONOUNS:
        if word.endswith(p):
            stem = word[: -len(p)]
            if stem in _RECORDINGS:
                return True  # في حسابها، في شريطه
            # كلمته، مداخلتها: a ة before a pronoun is written ت (folded كلمه); لقائه: a final ء is written ئ
            if stem in cues.OCCASIONS or (stem.endswith("ت") and stem[:-1] + "ه" in cues.OCCASIONS):
                return True
            if stem.endswith("ئ") and stem[:-1] + "ء" in cues.OCCASIONS:
                return True
    return False


def _is_verbal_object(word: str) -> bool:
    """تنفيذ، اتخاذها، مساندته (a ة before a pronoun is written ت): a listed verbal noun, bare or with a pronoun."""
    stem = next((word[: -len(p)] for p in _PRONOUNS if word.endswith(p) and word not in _VERBAL_OBJECTS), word)
    return stem in _VERBAL_OBJECTS or (stem.endswith("ت") and stem[:-1] + "ه" in _VERBAL_OBJECTS)


def _is_noun_object(word: str) -> bool:
    """ضرورة، استعداده، نيتها (a ة before a pronoun is written ت): a verbal noun that is a cue's object."""
    if word in _NOUN_OBJECTS:
        return True
    stem = next((word[: -len(p)] for p in _PRONOUNS if word.endswith(p)), word)
    return stem in _NOUN_OBJECTS or (stem.endswith("ت") and stem[:-1] + "ه" in _NOUN_OBJECTS)


_WALI = cues.fold("والي")  # قال والي سوسة: the governor right after the cue, not و + إلى
_ISSUED = cues.folded_set("صادر صادرة الصادر الصادرة")
# … صادر اليوم [السبت 25 فيفري] عن: the statement's author follows its time (not عددها الصادر اليوم، أن)
_AUTHOR_NEXT = re.compile(r"(?:\s+[^\s،,.:\n\"“”«»]+){0,3}?\s+" + cues.letters(cues.fold("عن")) + r"(?!\w)")


# ، وهو ما يعد خرقا / وهو ما اعتبرته قطر …: a judgement of what was said, or someone's reaction to it (a cue with
# its object pronoun), ends the content; not a consequence the speaker draws (وهو ما زاد في تعميق الأزمة، وهو ما
# يستدعي …), which runs on to the sentence end
# …، وكانت العائلة قد أبلغت …: the writer's background (كان … قد, a pluperfect), no longer the speaker's words
_PLUPERFECT = re.compile(r"[\s،,]+و\s?(?:كان|كانت|كانوا)(?:\s+[^\s.،,:\"“”«»]+){0,4}?\s+قد\s+(?=\w)")
# موصيا بعقد …، متعهدا باحترام …، متحفظا عن ذكرها: a participle of the speaker's act outside the lexicon, no comma
# before it, ends what was said (it opens no claim of its own; the lexicon's participles end the content already)
_SPEAKER_ACT_WORDS = cues.folded_set("موصيا متعهدا متحفظا مستنكرا مستغربا مثمنا مبديا متوعدا ملمحا")
_SPEAKER_ACTS = re.compile(r"(?<=\s)(?:" + "|".join(cues.letters(w) for w in sorted(_SPEAKER_ACT_WORDS)) + r")(?!\w)")
# … الايهام بذلك وجاء هذا البيان في رد على …: the writer placing what was said, the content is over
_CONTEXT_NOTE = re.compile(r"\s+و(?:جاء|جاءت|يأتي|تأتي)\s+(?:هذا|هذه|ذلك|تلك)(?!\w)")
# … ومحاسبتهم كما حملت وزارة الداخلية مسؤولية …، … وتحفظ العباسي عن ذكر …، … و رثت لحاله: a speaker's act outside the
# lexicon, opened by و or كما, ends what was said (as the participles of _SPEAKER_ACTS; not أوصى: كما أوصى بـ stays)
_REFUSING = cues.folded_set("يرفض ترفض")  # وينفي فلان … ارتكاب أي مخالفات ويرفض التخلي عن …: his next stance (و only)
_ACT_VERB_WORDS = (
    cues.folded_set("تحفظ تحفظت رثى رثت استنكر استنكرت استغرب استغربت تعهد تعهدت توعد توعدت ألمح ألمحت") | _REFUSING
)
_TAFAUL = cues.folded_set("تحفظ تعهد توعد")  # also the verbal noun (تعهّد الدوحة بـ)
_HAMMALA = cues.folded_set("حمل حملت")  # حمّل … مسؤولية: the blame laid; not حمل (carried)
_ACT_VERBS = re.compile(
    r"\s(?:و\s?|كما\s+)(?P<verb>" + "|".join(cues.letters(w) for w in sorted(_ACT_VERB_WORDS | _HAMMALA)) + r")(?!\w)"
)
_THIS_IS = re.compile(r"[\s،,]+وهو\s+ما\s+(?P<verb>\w+)")
# ، متمنيا نزول الغيث، مطالبة إياها بـ: a participle of the speaker's after a comma ends what was said, a cue or not
_PARTICIPLE_AFTER_COMMA = re.compile(r"[،,]\s*(?P<word>م\w{3,8}[اة])\s+(?=\w)")
_NOT_PARTICIPLES = cues.folded_set(
    "مجددا مؤخرا مسبقا مستقبلا مبدئيا مطلقا مثلا مثلما مقابلا مرارا مجانا مساء مباشرة مؤقتا متأخرا مبكرا ملحوظا مختلفة"
)
_PASSIVE_SHAPE = re.compile(r"م\w\wو\w[اه]")  # مفعول (folded): منشورة، مولودة، مسؤولا, a state
_JUDGING = cues.folded_set("يعد تعد يعتبر تعتبر يدل تدل يثبت يبرز يعكس يكشف يبين يفسر يؤشر ينم")


def _words(regex: re.Pattern[str], at_start: re.Pattern[str], text: str) -> list[re.Match[str]]:
    """Every match of a word pattern led by the character before the word, and one at the very start."""
    found = list(regex.finditer(text))
    if first := at_start.match(text):
        found.insert(0, first)
    return found


def _sentence_ends(text: str) -> tuple[list[int], list[int]]:
    """Where sentences end: a line break, or . ! ? ؟ (a run of them) before a space, a closing mark or the
    end, but not the full stop of a one-letter abbreviation (د. أ.د.) or inside a number (3.5)."""
    ends: list[int] = []
    afters: list[int] = []
    for m in _SENTENCE_END.finditer(text):
        i = m.start()
        if i >= 2 and text[i] == "." and text[i - 1].isalpha() and (text[i - 2].isspace() or text[i - 2] == "."):
            continue
        ends.append(i)
        afters.append(m.end())
    return ends, afters


def _quotes(text: str) -> list[tuple[int, int]]:
    """Quotations on one line: « to », or " “ ” to the next of them that stands before a space or
    punctuation; an opening mark stands after a space, a bracket, a colon or a proclitic (بـ"…", ل"…"),
    so a stray mark inside a word opens nothing."""
    marks = [m.start() for m in _QUOTE_MARK.finditer(text)]
    found: list[tuple[int, int]] = []
    n = len(text)
    i = 0
    while i < len(marks):
        s = marks[i]
        i += 1
        ch = text[s]
        if ch == "»" or (s and text[s - 1] not in _OPENS_AFTER and not _glued_to_cue(text, s)):
            continue
        line_end = text.find("\n", s)
        if line_end < 0:
            line_end = n
        depth = 0  # quotations opened inside this one (… جمعية "واحات جمنة " سيؤدي …)
        inner_close = -1
        for j in range(i, len(marks)):
            e = marks[j]
            if e >= line_end:
                break
            c = text[e]
            if ch == "«":
                if c == "»":
                    found.append((s, e + 1))
                    i = j + 1
                    break
            elif c in _STRAIGHT and (e + 1 == n or text[e + 1] in _CLOSES_BEFORE):
                if not depth and inner_close >= 0 and _SENTENCE_IN.search(text, marks[inner_close], e):
                    found.append((s, marks[inner_close] + 1))  # a sentence ended after the inner one: this
                    i = inner_close + 1  # one closed with it
                    break
                if (stop := _narrated_after(text, s, e)) >= 0:
                    found.append((s, stop + 1))  # never closed: it ends with its sentence
                    i = bisect_right(marks, stop)
                    break
                if depth and not _SENTENCE_AFTER.match(text, e + 1) and not _SENTENCE_IN.search(text, s, e):
                    depth -= 1  # the inner one closes, in the same sentence; not before a sentence end
                    inner_close = j
                    continue
                found.append((s, e + 1))
                i = j + 1
                break
            elif (
                c in _STRAIGHT
                and text[e - 1] in _OPENS_AFTER
                and text[e + 1 : e + 2].isalpha()
                and not _SENTENCE_IN.search(text, s, e)
            ):
                depth += 1  # a mark before a word, after a space, in the same sentence: a quotation inside
        else:
            if ch != "«" and inner_close >= 0 and not depth:
                found.append((s, marks[inner_close] + 1))  # its own closing mark was the last inner one
                i = inner_close + 1
    return found


def _glued_to_cue(text: str, mark: int) -> bool:
    """``مضيفا"وحتى لو …``: a mark typed right after a reporting word, no space, and before a word opens the
    quotation."""
    if not text[mark + 1 : mark + 2].isalpha():
        return False
    word = _LAST_WORD.search(text, max(0, mark - 16), mark)
    return word is not None and cues.fold(word.group()) in cues.FORM_OF


def _narrated_after(text: str, start: int, end: int) -> int:
    """Where a straight mark at ``start`` that would close at ``end`` was left open: a sentence end between
    them followed by the writer's و/ف-cue (``مضيفا أنه "لا وجود لأي مبررات … تنفيذها. وأوضح أن "وزير …"``), the
    next sentence no longer quoted; -1 if none."""
    for m in _NARRATED.finditer(text, start, end):
        if (v := cues.VERB_AT_START_RE.match(text, m.end())) is not None and v.group("pro"):
            return m.start()
    return -1


@dataclass(slots=True)
class _Claim:
    start: int
    end: int
    quote: str
    rule: str
    cue: tuple[int, int] | None
    source: tuple[int, int] | None
    nested: bool = False  # reported inside another claim's content (… أن الحركة تدعو إلى …)


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


class _Finder:
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
        participle or و-cue (``، مشيرا إلى أن``, ``وأضاف أن``), a participle of the speaker's after a comma, cue or
        not (``، متمنيا …``), or ``وهو ما`` before a judgement or a reaction (``وهو ما يعد خرقا``، ``وهو ما نفته``)."""
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
        if word not in cues.FORM_OF and any(cues.FORM_OF.get(word[:-n]) == _ITABARA for n in (1, 2, 3)):
            # القانون الذي اعتبره خطوة …: the antecedent is what is considered; the speaker is named before
            return self.source_before(cue[0], True)
        if m.group("pro") == "ف" and (topic := self.topic_before(m.start("pro"))) is not None:
            return topic
        if cues.FORM_OF.get(word) == _ALIMA and (informant := self.informant(cue[1], limit)) is not None:
            return informant  # علمت الجوهرة "اف ام" من مصادر موثوقة أن: the sources told it
        if (antecedent := self.antecedent(m.start("pro") if m.group("pro") else cue[0], word)) is not None:
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
        if not head or (relative := cues.fold(head[-1])) not in _RELATIVES:
            return None
        if cue_word and (
            (relative == _ALLATI and cue_word.startswith("ي"))
            or (relative == _ALLADHI and cue_word.endswith("ت") and not cue_word.startswith(("ت", "ي")))
        ):
            return None
        rel = text.rfind(head[-1], 0, pos)
        words = list(_WORD.finditer(text, max(0, rel - 80), rel))
        if words and text[words[-1].end() : rel].strip() in ("،", ","):
            return self.titled_antecedent(words, rel)
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
            return None
        if self.next_word(first, last).removeprefix("ال") in _PERSON_TITLES:
            first = self.name_before_title(first)  # مع يوسف الشاهد، رئيس الحكومة الذي أفاد: the name too
        return first, last

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
        text = self.text
        taken: list[re.Match[str]] = []
        end = words[-1].end()
        for w in reversed(words[-MAX_ANTECEDENT_WORDS:]):
            folded = cues.fold(w.group())
            gap = text[w.end() : taken[-1].start()] if taken else ""
            if gap.strip() or self.is_stop(folded) or folded in _PARTICLES or not w.group().isalpha():
                break
            taken.append(w)
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
        if boundary == sentence_start and boundary > 0 and text[boundary - 1] != "\n":
            return None  # mid-paragraph, a sentence that starts with its subject is rare: only after أن or a line start
        for w in words:
            folded = cues.fold(w.group())
            if self.is_stop(folded) or folded in _PARTICLES or folded in cues.FORM_OF:
                return None
        return words[0].start(), words[-1].end()

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
                    self.antecedent(m.start("pro") if m.group("pro") else cue[0], word) is None
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
            if first < 0 or text.count("\n", cue[1], first) or lemma in cues.PREPOSITION_ONLY:
                continue
            if lemma in cues.DIRECT_ONLY and comp is not None and first == comp.start("pre"):
                continue  # وتساءل الكاتب إن كان …: whether, no claim
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
        if _DESCRIBED_AS.search(self.text, max(0, m.start() - 8), m.start("cue")):
            return True
        text, cue_end = self.text, m.end("cue")
        reach = min(self.sentence_end(cue_end), cue_end + CUE_REACH)
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
            start = self.sentence_start(cue[0])
            end = self.sentence_end(cue[1])
            note = _WRITERS_NOTE.match(text, start, cue[0])  # يذكر أن …، وفق ما أكدته مراسلتنا: the note relays it
            k = bisect_left(self.verb_starts, note.end() if note else start)
            if k < len(self.verb_starts) and self.verb_starts[k] < cue[0] and self.is_cue(self.verbs[k]):
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
        return None if source is not None and self.pronoun_noun(*source) else source

    def skip_attribution_words(self, pos: int, end: int) -> int:
        """After بحسب: past ``ما أفاد به لمراسلة X،`` and ``تأكيدات`` / ``بيان`` to where the source starts."""
        text = self.text
        lead = pos + len(text[pos:end]) - len(text[pos:end].lstrip())
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
