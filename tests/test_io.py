import codecs

import pytest

from khabar import decode_bytes, read_text
from khabar.errors import (
    InputNotAFileError,
    InputNotFoundError,
    UndecodableInputError,
)

TEXT = "سفیر بلاروس در تهران گفت: همکاری‌ها ادامه دارد."


@pytest.mark.parametrize(
    "data",
    [
        TEXT.encode("utf-8"),
        codecs.BOM_UTF8 + TEXT.encode("utf-8"),
        codecs.BOM_UTF16_LE + TEXT.encode("utf-16-le"),
        codecs.BOM_UTF16_BE + TEXT.encode("utf-16-be"),
    ],
    ids=["utf-8", "utf-8-bom", "utf-16-le-bom", "utf-16-be-bom"],
)
def test_unicode_encodings_decode_to_the_same_text(data):
    assert decode_bytes(data) == TEXT


def test_windows_1256_decodes_with_arabic_yeh_that_the_cleaner_folds():
    legacy = "سفير بلاروس در تهران گفت"  # Windows-1256 has no Persian ی: writers used ي
    assert decode_bytes(legacy.encode("cp1256")) == legacy


def test_binary_data_is_rejected_naming_the_source():
    with pytest.raises(UndecodableInputError, match=r"photo\.jpg"):
        decode_bytes(b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01", source="photo.jpg")


def test_control_bytes_without_nul_are_rejected():
    with pytest.raises(UndecodableInputError):
        decode_bytes(bytes(range(1, 32)) * 4)


def test_latin_1_text_is_not_mistaken_for_persian():
    with pytest.raises(UndecodableInputError):
        decode_bytes("café crème".encode("latin-1"))


def test_empty_file_reads_as_empty_text(tmp_path):
    path = tmp_path / "empty.txt"
    path.write_bytes(b"")
    assert read_text(path) == ""


def test_missing_file_and_directory_raise_clear_errors(tmp_path):
    with pytest.raises(InputNotFoundError, match=r"nope\.txt"):
        read_text(tmp_path / "nope.txt")
    with pytest.raises(InputNotAFileError):
        read_text(tmp_path)


def test_reading_never_changes_the_file(tmp_path):
    path = tmp_path / "a.txt"
    data = "همکاریهای  مشترك".encode()
    path.write_bytes(data)
    read_text(path)
    assert path.read_bytes() == data
