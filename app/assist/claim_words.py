"""The claims detector's word lists, regular expressions and limits, all over folded text (``app.assist.cues``),
and the few word tests made of them alone."""

from __future__ import annotations

import re
from functools import cache

from app.assist import cues

MIN_QUOTE_WORDS = 5  # a quotation no cue introduces is proposed only when it is at least this long
MIN_CUED_QUOTE_WORDS = 4  # a shorter quotation after a cue is a name or a scare quote (موقع "ميرور")
MAX_NAME_QUOTE_WORDS = 3  # a quotation this short inside a source is part of a name (مراسل "الجوهرة أف أم")
CUE_REACH = 160  # folded characters between a cue and its content (the source and a place or time between)
MAX_SOURCE_WORDS = 12
MAX_CLAUSE_SUBJECT_WORDS = 14  # أن + a subject up to a comma and its own verb (held out 33's has 13 words)
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


def _with_pronoun_forms(words: frozenset[str]) -> set[str]:
    """The words and their forms before a pronoun, where a (folded) final ة is written ت: نية -> نيت(ها)."""
    return set(words) | {w[:-1] + "ت" for w in words if w.endswith("ه")}


_NOUN_OBJECT_RE = re.compile(r"(?<!\w)(?:" + cues.trie(_with_pronoun_forms(_NOUN_OBJECTS)) + ")")
# أكدت المراسلة تنفيذ الإضراب، أعلنت شركة تويتر اتخاذها إجراءات، أعلن الجيش مقتل جنديين: verbal nouns that are
# the object of أكد / أعلن when no أن follows (a closed list: the shapes of the verbal noun also fit names and
# subjects, تونس، تنظيم، أطباء)
_VERBAL_OBJECTS = cues.folded_set(
    "تنفيذ عودة قطع تراجع اتخاذ إحداث احداث تفهم مساندة دعم أحقية أولوية استمرار انطلاق إطلاق تسجيل ارتفاع "
    "انخفاض مواصلة إيقاف إلغاء تأجيل تعليق إغلاق فتح انتهاء نجاح تمديد مشاركة انسحاب مقتل اعتقال تأييد تجميد "
    "إصابة فوز"
)
_WIDE_OBJECT_RE = re.compile(r"(?<!\w)(?:" + cues.trie(_with_pronoun_forms(_NOUN_OBJECTS | _VERBAL_OBJECTS)) + ")")
_THAT = cues.folded_set("أن إن أنه أنها أنهم")
# يذكر أن، ويشار إلى أن at a sentence's start: the writer's note, whose clause a closing attribution relays
# يذكر أن …، يذكر أنه … (the complementiser with its pronoun belongs to the content): the writer's note
_WRITERS_NOTE = re.compile(r"\s*و?(?:[يت]ذكر|يشار\s+(?:إلى|الى))\s+(?:[أا]ن(?!\w)\s*|(?=[أا]ن(?:ه|ها|هم)(?!\w)))")
# عبر الحدود، أعرب عن نيته، تابع لمركز: cue words that report no words; a closing attribution is then the only cue
_UNSAID_CUES = cues.folded_set("عبر اعرب جدد")  # جدد تقديره: a stance renewed
_TABI_A = cues.fold("تابع")
_RENEWED_SAYING = tuple(cues.folded_set("دعو تأكيد مطالب تحذير"))  # جدد الدعوة، جدد تأكيده
# حسب عدد المسافرين، حسب الحاجة، حسب صنفه، حسب التراتيب: "according to" a measure or a rule, no one's words
_NOT_ATTRIBUTED = cues.folded_set(
    "عدد نوع حجم طبيعة درجة الحاجة الطلب الاقتضاء الإمكان الإمكانيات الظروف الحالة الحالات صنف التراتيب مقتضيات"
)
# طبقا لأحكام الفصل 92، وفق الفصل الرابع، وفقا للقانون: in accordance with a law (بحسب أحكام الفصل 28 فإنه "…" quotes)
_LAWS = cues.folded_set("أحكام الأحكام الفصل القانون التشريع")
_WITH_LI = cues.folded_set("وفقا طبقا")
_CONFORMING = _WITH_LI | cues.folded_set("وفق")
_HASAB = cues.fold("حسب")
# وأرجع اللطيفي السبب إلى …، أرجعت الشركة هذا الاضطراب إلى …: what the cause is given for (a noun object)
_ARJA_A = cues.fold("أرجع")
_CAUSE_NOUNS = cues.folded_set("سبب السبب أسباب الأسباب")
_TAFA_UL = re.compile(r"ت\w\w\w")  # تفعّل (تعطل، تأخر), a cause object after a definite subject
# توصل عبر دراسات بحسب ما نشر في صحيفة محلية إلى موقع …: the clause goes on after the source (no comma)
_TOWARDS_NEXT = re.compile(r"[ \u00a0]+(?:إلى|الى)(?:\s+[^\s،,.:؟!\n]+){3}")  # three words at least (not إلى الجهة)
# … معتمدة الشؤون الاجتماعية بمركز ولاية بنزرت وكالة تونس افريقيا للأنباء: the agency told, after the source
_TOLD_AGENCY = re.compile(r"\s+" + cues.letters(cues.fold("وكالة تونس إفريقيا للأنباء")) + r"(?:\s*\(\s*وات\s*\))?$")
# مقابل تأكيد الوفد …: a reported affirmation (a verbal noun) that a closing attribution relays
_SAID_NOUN = re.compile(r"(?<!\w)(?:ال)?(?:" + cues.trie(cues.folded_set("تأكيد تشديد تحذير")) + r")(?:ه|ها|هم)?(?!\w)")
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
_RELATIVE_AFTER = re.compile(r"(?<!\w)و?" + cues.trie(cues.folded_set("الذي التي الذين")) + r"\s+$")  # not ما
_COMMA_RELATIVE = re.compile(r"[،,]\s*و?" + cues.trie(cues.folded_set("الذي التي الذين")) + r"\s+$")  # ، الذي أكد
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
# ودعت الوزارة كافة الأطباء … الحضور، وطالب السراج الجميع وضع الخلافات جانبا: a calling verb with an addressee and
# no إلى / بـ / أن; what is asked starts at a verbal noun right after a definite word of the addressee. The shapes:
# تفعيل، تفعلة، تفاعل، إفعال، افتعال، انفعال، استفعال، مفاعلة (folded, without ال), and the listed others
_CALLED_MASDAR = re.compile(r"(?:ت\w\wي\w|ت[^ا]\w\wه|ت\wا\w\w|[اإ]\w\wا\w|ا\wت\wا\w|ان\w\wا\w|است\w\wا\w|م\wا\w\wه)")
_CALLED_MASDARS = cues.folded_set(
    "حضور وضع دعم عدم فتح رفع سحب وقف حل منع نبذ ضبط حماية رعاية كف رجوع عودة وقوف خروج ضرورة عمل بذل دفع "
    "إعادة توخي تحلي تحمل تدخل تجنب توجه تصدي تريث"
)
_ALL_OF_THEM = cues.fold("الجميع")
_NOT_MASDAR_ENDS = ("يه", "ي", "ات", "ين", "ون")  # التونسية، التابعين، التقنيات: adjectives, plurals
MAX_ADDRESSEE_WORDS = 30  # كافة الأطباء الناجحين في امتحان … غير الحاصلين على شهادة التخصص في الطب الحضور
MAX_NAMED_ADDRESSEE_WORDS = 8  # السلطات الجهوية المعنية اتخاذ …: an addressee without كافة / جميع
# ودعا في بيان اليوم السبت أعضاء المجلس لحضور …، ودعا في المقابل المجتمع الدولي للعمل: an occasion before the object
_CALL_TIME = _TIME_WORDS | _TIME_AFTER | _MONTHS
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


def _listed(word: str, words: frozenset[str]) -> bool:
    """``word`` is one of ``words``, bare or with a pronoun (a ة before a pronoun is written ت: نيتها)."""
    if word in words:
        return True
    stem = next((word[: -len(p)] for p in _PRONOUNS if word.endswith(p)), word)
    return stem in words or (stem.endswith("ت") and stem[:-1] + "ه" in words)


def _is_verbal_object(word: str) -> bool:
    """تنفيذ، اتخاذها، مساندته: a listed verbal noun that is the object of أكد / أعلن when no أن follows."""
    return _listed(word, _VERBAL_OBJECTS)


def _is_noun_object(word: str) -> bool:
    """ضرورة، استعداده، نيتها: a verbal noun that is a cue's object."""
    return _listed(word, _NOUN_OBJECTS)


_WALI = cues.fold("والي")  # قال والي سوسة: the governor right after the cue, not و + إلى
_ISSUED = cues.folded_set("صادر صادرة الصادر الصادرة صدر صدرت")  # بلاغ صدر مساء اليوم عن …
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
