"""What may follow a number: percent signs, currencies (ISO 4217), time units, measure units."""

from __future__ import annotations

PERCENT = ("بالمائة", "بالمئة", "بالمية", "في المائة", "في المئة", "في المية", "%", "٪")

# Currency nouns (every form) → the ISO code they have without a nationality (None: the text must say which).
_CURRENCY_FORMS: dict[str, str | None] = {}
for _forms, _iso in (
    ("دينار دينارا دينارات دنانير دنيار", None),
    ("ريال ريالا ريالات ريـال", None),
    ("درهم درهما دراهم", None),
    ("جنيه جنيها جنيهات", None),
    ("ليرة ليرات", None),
    ("دولار دولارا دولارات", "USD"),
    ("يورو أورو اورو", "EUR"),
    ("ين", "JPY"),
    ("يوان", "CNY"),
    ("روبل", "RUB"),
    ("فرنك", None),
    ("شيكل شيكلا شواكل", "ILS"),
    ("مليم مليما مليمات", "TND"),  # a thousandth of a dinar
    ("سنتيم سنتيما سنتيمات", None),  # a hundredth of a dinar or dirham ("2 مليار سنتيم جزائري")
    ("سنت سنتا سنتات", "USD"),  # a hundredth of a dollar ("31 سنتا")
    ("د.ت", "TND"),
    ("د", None),  # Tunisian abbreviation of دينار ("3 مليون د")
):
    for _form in _forms.split():
        _CURRENCY_FORMS[_form] = _iso
CURRENCY_FORMS = _CURRENCY_FORMS
MILLIME_FORMS = frozenset({"مليم", "مليما", "مليمات"})
CENTIME_FORMS = frozenset({"سنتيم", "سنتيما", "سنتيمات", "سنت", "سنتا", "سنتات"})

# Nationality adjectives after a currency noun → ISO code, by the noun's stem.
NATIONALITY: dict[str, dict[str, str]] = {
    "دينار": {
        "تونسي": "TND",
        "جزائري": "DZD",
        "ليبي": "LYD",
        "كويتي": "KWD",
        "أردني": "JOD",
        "اردني": "JOD",
        "بحريني": "BHD",
        "عراقي": "IQD",
    },
    "ريال": {"سعودي": "SAR", "قطري": "QAR", "عماني": "OMR", "يمني": "YER", "إيراني": "IRR", "ايراني": "IRR"},
    "درهم": {"إماراتي": "AED", "اماراتي": "AED", "مغربي": "MAD"},
    "جنيه": {"مصري": "EGP", "إسترليني": "GBP", "استرليني": "GBP", "سوداني": "SDG"},
    "ليرة": {"تركية": "TRY", "لبنانية": "LBP", "سورية": "SYP"},
    "دولار": {
        "أمريكي": "USD",
        "أميركي": "USD",
        "امريكي": "USD",
        "اميركي": "USD",
        "كندي": "CAD",
        "أسترالي": "AUD",
        "استرالي": "AUD",
    },
    "فرنك": {"سويسري": "CHF"},
    "سنتيم": {"جزائري": "DZD", "مغربي": "MAD"},
}


def currency_stem(form: str) -> str:
    for stem in NATIONALITY:
        if form.startswith(stem) or (stem == "دينار" and form in ("دنانير", "دنيار")):
            return stem
    if form.startswith("ليرات"):
        return "ليرة"
    if form.startswith("جنيه"):
        return "جنيه"
    if form.startswith("دراهم"):
        return "درهم"
    return form


# Time units → ISO 8601 designator-like unit names.
DURATION_FORMS: dict[str, str] = {}
for _forms, _unit in (
    ("سنة سنوات سنين سنه عام عاما أعوام اعوام عامًا عاماً", "year"),
    ("شهر شهرا أشهر اشهر شهور", "month"),
    ("أسبوع اسبوع أسبوعا اسبوعا أسابيع اسابيع", "week"),
    ("يوم يوما أيام ايام يوماً", "day"),
    ("ساعة ساعات", "hour"),
    ("دقيقة دقائق", "minute"),
    ("ثانية ثوان ثواني", "second"),
    ("عقد عقود", "decade"),
    ("قرن قرون", "century"),
    ("مواسم موسما موسماً", "season"),  # "26 موسما": the accusative singular after 11–99
):
    for _form in _forms.split():
        DURATION_FORMS[_form] = _unit

# Measure units (longest forms are tried first by the regex) → a short unit symbol.
MEASURE_FORMS: dict[str, str] = {}
for _forms, _unit in (
    ("كلم/س كم/س كم/ساعة كلم/ساعة", "km/h"),
    ("كلم² كم²", "km2"),
    ("كيلومتر كيلومترا كيلومترات كيلومترًا كيلومتراً كلم كم", "km"),
    ("متر مترا أمتار امتار مترًا متراً", "m"),
    ("سنتيمتر سنتيمترا سنتيمترات صم سم", "cm"),
    ("مليمتر مليمترا مليمترات ميليمتر ميليمترا ميليمترات ملم مم", "mm"),
    ("كيلوغرام كيلوغراما كيلوغرامات كيلوجرام كيلوجراما كيلوجرامات كلغ كغ كيلو", "kg"),
    ("غرام غراما غرامات جرام جراما جرامات غ", "g"),
    ("طن طنا أطنان اطنان", "t"),
    ("قنطار قناطير", "quintal"),
    ("هكتار هكتارا هكتارات هك", "ha"),
    ("فدان فدانا أفدنة افدنة", "feddan"),
    ("لتر لترا لترات", "l"),
    ("سنتيلتر سنتيلترا صل", "cl"),
    ("برميل براميل", "bbl"),
    ("ميغاواط ميغاوات ميجاوات ميغاوات", "MW"),
    ("كيلوواط/ساعة كيلووات/ساعة كيلوات/ساعة كيلواط/ساعة", "kWh"),
    ("كيلوواط كيلووات كيلوات كيلواط", "kW"),
    ("درجة درجات", "°"),
    ("بوصة بوصات إنش", "in"),
    ("قيراط", "K"),
    ("ميل ميلا أميال اميال", "mi"),
    ("غيغاهرتز جيجاهرتز جيقاهرتز", "GHz"),
    ("غيغابايت جيجابايت جيقابايت", "GB"),
    ("ميغابايت ميجابايت ميقابايت", "MB"),
    ("ميغابيكسل ميجابكسل ميجابيكسل ميغابكسل ميقابيكسل", "MP"),
):
    for _form in _forms.split():
        MEASURE_FORMS[_form] = _unit
for _form in ("كيلو متر", "كيلو مترا", "كيلو مترات", "كيلو متراً"):  # written in two words
    MEASURE_FORMS[_form] = "km"
for _form in ("مللي أمبير", "ملي أمبير", "ميلي أمبير", "مللي أمبير/ساعة", "ميلي أمبير/ساعة"):  # battery capacity
    MEASURE_FORMS[_form] = "mAh"
for _form in ("كيلو طن", "كيلو طنا"):  # a thousand tonnes ("1763 كيلو طن")
    MEASURE_FORMS[_form] = "kt"
# Area and volume: a length unit followed by مربع / مكعب.
SQUARE = {"مربع": "2", "مربعا": "2", "مربعة": "2", "مكعب": "3", "مكعبا": "3", "مكعبة": "3"}
