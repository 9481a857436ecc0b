"""Format readers on small self-made files that reproduce each defect of the real corpora."""

from __future__ import annotations

import codecs
import unicodedata
from pathlib import Path

import pytest

from app.errors import InputError
from app.formats.csvrec import read_csv
from app.formats.jsonrec import read_json, read_jsonl
from app.formats.readers import FORMATS, expand_paths, guess_format, read_records
from app.formats.records import FieldMapping, SourceRecord
from app.formats.trec import read_trec
from app.formats.txt import read_txt

# Oddities seen in ../shared/corpora: RLM inside a number, NBSP, tatweel, shadda before fatha (not NFC
# order), a C1 control, ZWSP, bidi isolates, a ZWJ emoji sequence and a non-BMP emoji.
HARAKAT = "الش\u0651\u064eه\u064eاد\u064eة\u0650"  # الشَّهَادَةِ typed shadda first
ODD = f"قال\u00a0الوزير: 334.\u200f98 لـ 90 {HARAKAT} TU 216\x8f \u200bكود \u2067#مصر\u2069 🙇🏻\u200d♀️ 😂"
LEGACY = "أعلن وزير الدفاع الروسي سيرغي شويغو أن 144 شخصا قتلوا في الهجوم على قاعة الحفلات.\n" * 3


def write(tmp_path: Path, name: str, data: bytes | str) -> Path:
    path = tmp_path / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data.encode() if isinstance(data, str) else data)
    return path


def only(records: list[SourceRecord]) -> SourceRecord:
    assert len(records) == 1
    return records[0]


# --- plain text -------------------------------------------------------------------------------------


def test_txt_bom_and_crlf_removed_nothing_else(tmp_path: Path) -> None:
    path = write(tmp_path, "debate.txt", codecs.BOM_UTF8 + f"1\tترامب\r\n {ODD} \r\n\r\nآخر\r".encode())
    record = only(list(read_txt(path, rel="task2/debate.txt")))
    assert record.text == f"1\tترامب\n {ODD} \n\nآخر\n"
    assert record.text != unicodedata.normalize("NFC", record.text)  # harakat order kept, no NFC
    assert (record.title, record.external_id, record.source) == ("debate", "task2/debate.txt", str(path))
    assert record.origin == str(path)


def test_txt_external_id_defaults_to_the_file_name(tmp_path: Path) -> None:
    assert only(list(read_txt(write(tmp_path, "a.txt", "نص")))).external_id == "a.txt"


def test_txt_legacy_cp1256_detected(tmp_path: Path) -> None:
    path = write(tmp_path, "legacy.txt", LEGACY.encode("cp1256"))
    assert only(list(read_txt(path))).text == LEGACY


@pytest.mark.parametrize("codec", ["utf-16", "utf-32"])
def test_txt_utf16_and_utf32_with_bom(tmp_path: Path, codec: str) -> None:
    path = write(tmp_path, "wide.txt", f"{ODD}\r\nسطر".encode(codec))
    assert only(list(read_txt(path))).text == f"{ODD}\nسطر"


def test_txt_explicit_wrong_encoding_is_an_error(tmp_path: Path) -> None:
    path = write(tmp_path, "legacy.txt", LEGACY.encode("cp1256"))
    with pytest.raises(InputError, match=r"legacy\.txt: not valid utf-8 at byte 0"):
        list(read_txt(path, encoding="utf-8"))


def test_txt_explicit_legacy_encoding(tmp_path: Path) -> None:
    path = write(tmp_path, "legacy.txt", LEGACY.encode("iso8859_6"))
    assert only(list(read_txt(path, encoding="iso8859_6"))).text == LEGACY


def test_unknown_encoding_is_an_error(tmp_path: Path) -> None:
    path = write(tmp_path, "a.txt", "نص")
    with pytest.raises(InputError, match="unknown encoding"):
        list(read_txt(path, encoding="klingon"))


# Annotated formats read only their own files in a folder (brat: .ann, XMI: .xmi), so name them so.
OWN_NAME = {"brat": "doc.ann", "xmi": "doc.xmi", "conll": "doc.conll", "conllu": "doc.conllu"}


@pytest.mark.parametrize(
    "data", [b"", b" \r\n\t\n", codecs.BOM_UTF8, codecs.BOM_UTF8 + b"\n  ", "  \n".encode("utf-16")]
)
@pytest.mark.parametrize("fmt", [f for f in FORMATS if f != "brat"])  # an empty .ann has no annotations
def test_empty_files_are_errors_in_every_format(tmp_path: Path, data: bytes, fmt: str) -> None:
    path = write(tmp_path, OWN_NAME.get(fmt, "empty.any"), data)
    with pytest.raises(InputError, match="empty file"):
        list(read_records(path, fmt))


@pytest.mark.parametrize("fmt", FORMATS)
def test_binary_files_are_errors_in_every_format(tmp_path: Path, fmt: str) -> None:
    path = write(tmp_path, OWN_NAME.get(fmt, "image.png"), b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00" * 20)
    with pytest.raises(InputError, match="binary"):
        list(read_records(path, fmt))


def test_missing_file_is_an_input_error(tmp_path: Path) -> None:
    with pytest.raises(InputError, match=r"gone\.txt"):
        list(read_txt(tmp_path / "gone.txt"))


# --- JSON -------------------------------------------------------------------------------------------

SAUDI = FieldMapping(text="content", title="title", id="url")
SAUDI_JSON = """[
    {
        "source": "3alyoum",
        "url": "http://www.3alyoum.com/news/a/مواطن-يروي-لـعين-اليوم/",
        "title": "لـ”عين اليوم” 334.\\u200f98",
        "author": "",
        "content": "\\u00a0\\u00a0\\u00a0نص الحوار:\\n\\u001a بداية.. نرجو\\r\\nسطر\\rآخر 😂 \\ud83d\\ude02 "
    },
    {
        "source": "was",
        "url": 17,
        "title": null,
        "author": "واس",
        "content": ""
    }
]"""


def test_json_array_with_mapping_keeps_text_exactly(tmp_path: Path) -> None:
    path = write(tmp_path, "saudi.json", codecs.BOM_UTF8 + SAUDI_JSON.replace("\n", "\r\n").encode())
    first, empty = list(read_json(path, SAUDI))
    assert first.text == "\u00a0\u00a0\u00a0نص الحوار:\n\x1a بداية.. نرجو\nسطر\nآخر 😂 😂 "
    assert first.title == "لـ”عين اليوم” 334.\u200f98"
    assert first.external_id == "http://www.3alyoum.com/news/a/مواطن-يروي-لـعين-اليوم/"
    assert first.metadata == {"source": "3alyoum", "author": ""}
    assert (first.origin, first.source) == (f"{path} record 1", str(path))
    assert (empty.text, empty.title, empty.external_id) == ("", "", "17")


def test_json_single_object(tmp_path: Path) -> None:
    path = write(tmp_path, "one.json", '{"text": "نص", "id": "a1", "lang": "ar"}')
    record = only(list(read_json(path)))
    assert (record.text, record.external_id, record.metadata) == ("نص", "a1", {"lang": "ar"})


def test_json_raw_control_character_tolerated(tmp_path: Path) -> None:
    path = write(tmp_path, "raw.json", '[{"text": "نص\x1a بداية\tو"}]')
    assert only(list(read_json(path))).text == "نص\x1a بداية\tو"


def test_json_native_record_keeps_annotations(tmp_path: Path) -> None:
    path = write(
        tmp_path,
        "native.json",
        '[{"text": "قال الوزير", "offsets": "codepoint", "id": 7, '
        '"annotations": [{"label": "ACTOR", "start": 4, "end": 10}]}]',
    )
    record = only(list(read_json(path, SAUDI)))
    assert (record.doc_id, record.annotations[0].label, record.annotations[0].end) == (7, "ACTOR", 10)


def test_json_missing_text_field_names_file_record_and_fields(tmp_path: Path) -> None:
    path = write(tmp_path, "saudi.json", SAUDI_JSON)
    with pytest.raises(
        InputError,
        match=r"saudi\.json record 1: no text field 'text'; fields present: "
        r"'source', 'url', 'title', 'author', 'content'",
    ):
        list(read_json(path))


@pytest.mark.parametrize("value", ["null", "12", '["a"]'])
def test_json_text_must_be_a_string(tmp_path: Path, value: str) -> None:
    path = write(tmp_path, "bad.json", f'[{{"text": "ok"}}, {{"text": {value}}}]')
    with pytest.raises(InputError, match=r"bad\.json record 2: text field 'text' must be a string"):
        list(read_json(path))


def test_json_id_of_another_type_is_an_error(tmp_path: Path) -> None:
    path = write(tmp_path, "bad.json", '[{"text": "نص", "id": [1]}]')
    with pytest.raises(InputError, match="id field 'id' must be a string or an integer"):
        list(read_json(path))


def test_invalid_json_names_line_and_column(tmp_path: Path) -> None:
    path = write(tmp_path, "broken.json", '[\n  {"text": "نص"},\n  {"text": "x",}\n]')
    with pytest.raises(InputError, match=r"broken\.json: invalid JSON at line 3 column 16: Expecting property name"):
        list(read_json(path))


def test_json_lines_in_a_json_file_get_a_hint(tmp_path: Path) -> None:
    path = write(tmp_path, "lines.json", '{"text": "أ"}\n{"text": "ب"}\n')
    with pytest.raises(InputError, match=r"line 2 column 1: Extra data \(one object per line\? use --format jsonl\)"):
        list(read_json(path))


@pytest.mark.parametrize(("data", "kind"), [('"نص"', "string"), ("3", "number"), ("null", "null")])
def test_json_top_level_must_be_objects(tmp_path: Path, data: str, kind: str) -> None:
    path = write(tmp_path, "top.json", data)
    with pytest.raises(InputError, match=f"top level must be an array of objects or one object, got {kind}"):
        list(read_json(path))


def test_json_array_of_non_objects(tmp_path: Path) -> None:
    path = write(tmp_path, "list.json", '[{"text": "a"}, "b"]')
    with pytest.raises(InputError, match=r"list\.json record 2: must be a JSON object, got string"):
        list(read_json(path))


def test_json_legacy_encoding_detected(tmp_path: Path) -> None:
    path = write(tmp_path, "legacy.json", ('[{"text": "' + LEGACY.replace("\n", "\\n") + '"}]').encode("cp1256"))
    assert only(list(read_json(path))).text == LEGACY


# --- JSONL ------------------------------------------------------------------------------------------


def test_jsonl_lines_blank_lines_bom_and_crlf(tmp_path: Path) -> None:
    lines = ['{"text": "أول\\r\\nسطر", "id": 1}', "", "   ", '{"text": "\\u001a ثان 😂", "title": "ع"}', ""]
    path = write(tmp_path, "a.jsonl", codecs.BOM_UTF8 + "\r\n".join(lines).encode())
    first, second = list(read_jsonl(path))
    assert (first.text, first.external_id, first.origin) == ("أول\nسطر", "1", f"{path}:1")
    assert (second.text, second.title, second.origin) == ("\x1a ثان 😂", "ع", f"{path}:4")


def test_jsonl_utf16(tmp_path: Path) -> None:
    path = write(tmp_path, "wide.jsonl", f'{{"text": "{ODD}"}}\n{{"text": "ب"}}\n'.encode("utf-16"))
    assert [r.text for r in read_jsonl(path)] == [ODD, "ب"]


def test_jsonl_invalid_line_names_line_and_column(tmp_path: Path) -> None:
    path = write(tmp_path, "a.jsonl", '{"text": "أ"}\n\n{"text": "ب"\n')
    with pytest.raises(InputError, match=r"a\.jsonl:3: invalid JSON at column 13: Expecting ',' delimiter"):
        list(read_jsonl(path))


def test_jsonl_missing_field_names_the_line(tmp_path: Path) -> None:
    path = write(tmp_path, "a.jsonl", '{"text": "أ"}\n{"body": "ب", "lang": "ar"}\n')
    with pytest.raises(InputError, match=r"a\.jsonl:2: no text field 'text'; fields present: 'body', 'lang'"):
        list(read_jsonl(path))


def test_jsonl_streams_records_before_reading_the_rest(tmp_path: Path) -> None:
    path = write(tmp_path, "a.jsonl", '{"text": "أ"}\n' + "not json\n")
    records = read_jsonl(path)
    assert next(records).text == "أ"
    with pytest.raises(InputError, match=r"a\.jsonl:2"):
        next(records)


def test_jsonl_late_undecodable_byte_names_its_line(tmp_path: Path) -> None:
    """The encoding is guessed from the first 64 KiB; a later stray byte is reported by line."""
    filler = '{"text": "ascii only"}\n' * 4000
    path = write(tmp_path, "late.jsonl", filler.encode() + '{"text": "قال"}\n'.encode("cp1256"))
    with pytest.raises(InputError, match=r"late\.jsonl:4001: not valid utf-8 .*--encoding"):
        list(read_jsonl(path))


def test_jsonl_legacy_encoding_detected(tmp_path: Path) -> None:
    path = write(tmp_path, "legacy.jsonl", ('{"text": "' + LEGACY.replace("\n", "\\n") + '"}\n').encode("cp1256"))
    assert only(list(read_jsonl(path))).text == LEGACY


# --- CSV --------------------------------------------------------------------------------------------


def test_csv_tripled_quotes_emoji_and_quoted_newlines(tmp_path: Path) -> None:
    data = (
        "dialect,sarcasm,tweet,source\r\n"
        'msa,True,"""@user هههههه، حزب 😂 🙇🏻\u200d♀️""",semeval\r\n'
        "\r\n"
        'gulf,False,"سطر أول\r\nسطر ثان\nثالث, ""مقتبس""",astd\r\n'
    )
    path = write(tmp_path, "tweets.csv", codecs.BOM_UTF8 + data.encode())
    first, second = list(read_csv(path, FieldMapping(text="tweet")))
    assert first.text == '"@user هههههه، حزب 😂 🙇🏻\u200d♀️"'
    assert first.metadata == {"dialect": "msa", "sarcasm": "True", "source": "semeval"}
    assert second.text == 'سطر أول\nسطر ثان\nثالث, "مقتبس"'
    assert (first.origin, second.origin) == (f"{path}:2", f"{path}:4")
    assert (first.title, first.external_id) == ("", None)


def test_csv_title_and_id_columns_and_nbsp(tmp_path: Path) -> None:
    path = write(tmp_path, "claims.csv", "id,title,text,fake_flag\n7,عنوان,الدولار يقفز\u00a0الأربعاء ٤,1\n")
    record = only(list(read_csv(path)))
    assert (record.text, record.title, record.external_id) == ("الدولار يقفز\u00a0الأربعاء ٤", "عنوان", "7")
    assert record.metadata == {"fake_flag": "1"}


def test_csv_missing_column_lists_the_columns(tmp_path: Path) -> None:
    path = write(tmp_path, "claims.csv", "claim_s,fake_flag\nنص,0\n")
    with pytest.raises(InputError, match=r"claims\.csv:1: no column 'text'; columns: 'claim_s', 'fake_flag'"):
        list(read_csv(path))


def test_tsv_by_extension_and_explicit_delimiter(tmp_path: Path) -> None:
    tsv = write(tmp_path, "a.tsv", "speaker\ttext\nترامب\tنص, مع فاصلة\n")
    assert only(list(read_csv(tsv))).text == "نص, مع فاصلة"
    semi = write(tmp_path, "b.csv", "speaker;text\nترامب;نص, مع فاصلة\n")
    assert only(list(read_csv(semi, delimiter=";"))).metadata == {"speaker": "ترامب"}


def test_csv_row_of_the_wrong_width(tmp_path: Path) -> None:
    path = write(tmp_path, "a.csv", "text,flag\nأ,0\nب,1,extra\n")
    with pytest.raises(InputError, match=r"a\.csv:3: 3 fields where the header has 2"):
        list(read_csv(path))


def test_csv_duplicate_header(tmp_path: Path) -> None:
    path = write(tmp_path, "a.csv", "text,flag,flag\nأ,0,1\n")
    with pytest.raises(InputError, match="header names a column twice: 'flag'"):
        list(read_csv(path))


def test_csv_field_longer_than_the_csv_default_limit(tmp_path: Path) -> None:
    long_text = "كلمة " * 60_000
    path = write(tmp_path, "long.csv", f'text\n"{long_text}"\n')
    assert only(list(read_csv(path))).text == long_text


def test_csv_legacy_encoding_detected(tmp_path: Path) -> None:
    path = write(tmp_path, "legacy.csv", ('text,n\n"' + LEGACY + '",1\n').encode("cp1256"))
    assert only(list(read_csv(path))).text == LEGACY


def test_csv_header_only_yields_nothing(tmp_path: Path) -> None:
    assert list(read_csv(write(tmp_path, "a.csv", "text,flag\n"))) == []


# --- TREC -------------------------------------------------------------------------------------------

TREC = """<DOC>
<DOCNO>JA-sport-919-20170101</DOCNO>
<URL>http://www.jawharafm.net/ar/article/x?utm_campaign=nabdapp.com&utm_medium=referral</URL>\x20
<SRC>Jawhara FM</SRC>
<CAT>sport</CAT>
<TITLE>  وفاة نجم "فاست & فوريووس"  بحادث سيارة </TITLE>
<TIME>2017-01-01T10:00:00+01:00</TIME>
<AUTHOR></AUTHOR>
<ABSTRACT>
ملخص\u00a0\u00a0
</ABSTRACT>
<TEXT>
توج الدولي الجزائري رياض محرز\u00a0\u00a0
 إنه تم تصدير 90 لـ 3&amp;4 AT&T
< الترتيب النهائي للنسخة 13 لجائزة «الأسد الذهبي»

</TEXT>
</DOC>
<DOC>
<URL>http://example.org/a?b=1&c=2</URL>
<AUTHOR/>
<TEXT>
الثاني 😂</TEXT>
</DOC>"""


def test_trec_raw_ampersand_literal_lt_and_entities_kept(tmp_path: Path) -> None:
    path = write(tmp_path, "sport/news.txt", TREC)
    first, second = list(read_trec(path, rel="sport/news.txt"))
    assert first.text == (
        "توج الدولي الجزائري رياض محرز\u00a0\u00a0\n إنه تم تصدير 90 لـ 3&amp;4 AT&T\n"
        "< الترتيب النهائي للنسخة 13 لجائزة «الأسد الذهبي»\n"
    )
    assert first.title == 'وفاة نجم "فاست & فوريووس"  بحادث سيارة'
    assert first.external_id == "JA-sport-919-20170101"
    assert first.metadata == {
        "url": "http://www.jawharafm.net/ar/article/x?utm_campaign=nabdapp.com&utm_medium=referral",
        "src": "Jawhara FM",
        "cat": "sport",
        "time": "2017-01-01T10:00:00+01:00",
        "author": "",
        "abstract": "ملخص\u00a0\u00a0",
    }
    assert (first.origin, second.origin) == (f"{path}:1", f"{path}:19")
    assert (second.text, second.title, second.external_id) == ("الثاني 😂", "", "sport/news.txt#2")
    assert second.metadata == {"url": "http://example.org/a?b=1&c=2", "author": ""}


def test_trec_bom_and_crlf(tmp_path: Path) -> None:
    path = write(tmp_path, "a.txt", codecs.BOM_UTF8 + TREC.replace("\n", "\r\n").encode())
    assert [r.text for r in read_trec(path)] == [r.text for r in read_trec(write(tmp_path, "b.txt", TREC))]


def test_trec_doc_without_text_is_empty(tmp_path: Path) -> None:
    path = write(tmp_path, "a.trec", "<DOC><DOCNO>1</DOCNO><TEXT>نص</TEXT></DOC>\n<DOC><DOCNO>2</DOCNO></DOC>")
    assert [(r.external_id, r.text) for r in read_trec(path)] == [("1", "نص"), ("2", "")]


def test_trec_several_text_elements_joined(tmp_path: Path) -> None:
    path = write(tmp_path, "a.trec", "<DOC><TEXT>\nأ\n</TEXT><TEXT>ب</TEXT></DOC>")
    assert only(list(read_trec(path))).text == "أ\nب"


@pytest.mark.parametrize(
    ("data", "missing"),
    [
        ("just text & more", "<DOC>"),
        ("<DOC><TITLE>t</TITLE></DOC>", "<TEXT>"),
    ],
)
def test_trec_without_doc_or_text_is_an_error(tmp_path: Path, data: str, missing: str) -> None:
    path = write(tmp_path, "a.trec", data)
    with pytest.raises(InputError, match=f"no {missing} element"):
        list(read_trec(path))


# --- dispatcher -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "fmt"),
    [
        ("a.txt", "txt"),
        ("a.TXT", "txt"),
        ("a.json", "json"),
        ("a.jsonl", "jsonl"),
        ("a.ndjson", "jsonl"),
        ("a.csv", "csv"),
        ("a.tsv", "csv"),
        ("a.xml", "trec"),
        ("a.trec", "trec"),
        ("a.sgml", "trec"),
    ],
)
def test_guess_format_by_extension(tmp_path: Path, name: str, fmt: str) -> None:
    assert guess_format(write(tmp_path, name, "نص")) == fmt


@pytest.mark.parametrize(
    "data",
    [
        TREC.encode(),
        codecs.BOM_UTF8 + b"\r\n\n  " + TREC.encode(),
        ("\n" + TREC).encode("utf-16"),
        b"<doc id='1'>\n<TEXT>x</TEXT></doc>",
    ],
)
def test_txt_that_starts_with_doc_is_trec(tmp_path: Path, data: bytes) -> None:
    assert guess_format(write(tmp_path, "a.txt", data)) == "trec"


def test_txt_mentioning_doc_later_stays_txt(tmp_path: Path) -> None:
    assert guess_format(write(tmp_path, "a.txt", "مقال عن <DOC>")) == "txt"


def test_unknown_extension_and_format_are_errors(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="name it with --format"):
        guess_format(write(tmp_path, "a.docx", "x"))
    with pytest.raises(InputError, match="unknown format"):
        read_records(write(tmp_path, "a.txt", "x"), "pdf")
    with pytest.raises(InputError, match="unknown format"):
        expand_paths([tmp_path], "pdf")


def test_expand_paths_walks_folders_sorted_and_skips_hidden_and_unknown(tmp_path: Path) -> None:
    root = tmp_path / "corpus"
    for name in ["b/2.txt", "b/1.json", "a.csv", "SOURCE.md", ".hidden.txt", ".git/x.txt", "c/d/e.jsonl"]:
        write(root, name, "x")
    write(root, "news.txt", TREC)
    single = write(tmp_path, "single.tsv", "text\nx\n")
    found = expand_paths([root, single, root / "a.csv"], None)
    assert [(rel, fmt) for _, fmt, rel in found] == [
        ("a.csv", "csv"),
        ("news.txt", "trec"),
        ("b/1.json", "json"),
        ("b/2.txt", "txt"),
        ("c/d/e.jsonl", "jsonl"),
        ("single.tsv", "csv"),
    ]
    assert found[0][0] == root / "a.csv"
    given = expand_paths([root], "txt")
    assert [rel for _, _, rel in given] == ["SOURCE.md", "a.csv", "news.txt", "b/1.json", "b/2.txt", "c/d/e.jsonl"]
    assert {fmt for _, fmt, _ in given} == {"txt"}


def test_expand_paths_errors(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="no such file or folder"):
        expand_paths([tmp_path / "missing"], None)
    with pytest.raises(InputError, match="cannot tell the format"):
        expand_paths([write(tmp_path, "notes.md", "x")], None)
    assert expand_paths([write(tmp_path, "notes.md", "x")], "txt")[0][1:] == ("txt", "notes.md")


def test_read_records_dispatches_every_format(tmp_path: Path) -> None:
    mapping = FieldMapping(text="body")
    files = {
        "txt": write(tmp_path, "a.txt", "نص"),
        "json": write(tmp_path, "a.json", '[{"body": "نص"}]'),
        "jsonl": write(tmp_path, "a.jsonl", '{"body": "نص"}\n'),
        "csv": write(tmp_path, "a.csv", "body\nنص\n"),
        "trec": write(tmp_path, "a.xml", "<DOC><TEXT>نص</TEXT></DOC>"),
    }
    for fmt, path in files.items():
        assert [r.text for r in read_records(path, None, mapping=mapping, rel=f"x/{path.name}")] == ["نص"], fmt
        assert [r.text for r in read_records(path, fmt, mapping=mapping)] == ["نص"], fmt
    assert only(list(read_records(files["txt"], None, rel="x/a.txt"))).external_id == "x/a.txt"
