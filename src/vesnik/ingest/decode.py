"""Bytes to text: the encoding is detected, not assumed.

Order of evidence: a byte-order mark; UTF-16 without a mark (NUL bytes in every other
position); strict UTF-8; and only when the bytes are plainly not UTF-8, the legacy code
pages Cyrillic and Balkan web text was written in, chosen by charset-normalizer. A file that
is mostly valid UTF-8 with broken sequences is damaged UTF-8, not Windows-1251, and is
reported as such instead of being turned into mojibake.
"""
from __future__ import annotations

import codecs
import re
from collections import Counter

from charset_normalizer import from_bytes

from vesnik.pipeline import DocumentError

BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"),
)
# Code pages of Cyrillic and Balkan Latin text, most common first.
LEGACY_CODE_PAGES = ["cp1251", "koi8_r", "koi8_u", "iso8859_5", "cp866", "mac_cyrillic", "cp1250", "iso8859_2", "cp1252"]
MAGIC = (
    (b"%PDF", "a PDF document"), (b"\x89PNG", "a PNG image"), (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF8", "a GIF image"), (b"PK\x03\x04", "a ZIP archive (or an Office document)"),
    (b"\x7fELF", "an executable"), (b"MZ", "a Windows executable"), (b"\xd0\xcf\x11\xe0", "an old Office document"),
    (b"BZh", "a bzip2 archive"), (b"\xfd7zXZ", "an xz archive"), (b"7z\xbc\xaf", "a 7-Zip archive"),
    (b"SQLite format 3", "an SQLite database"), (b"RIFF", "a RIFF media file"), (b"OggS", "an Ogg media file"),
    (b"ID3", "an MP3 file"), (b"\x00\x00\x00\x18ftyp", "an MP4 video"), (b"\x00\x00\x00\x20ftyp", "an MP4 video"),
)
UTF8_MULTIBYTE = re.compile(rb"[\xc2-\xdf][\x80-\xbf]|[\xe0-\xef][\x80-\xbf]{2}|[\xf0-\xf4][\x80-\xbf]{3}")
CONTROL = re.compile(rb"[\x00-\x08\x0e-\x1a\x1c-\x1f]")


def binary_kind(head: bytes) -> str | None:
    """What a file is, when it is not text at all."""
    for magic, kind in MAGIC:
        if head.startswith(magic):
            return kind
    if _utf16_without_bom(head) or any(head.startswith(bom) for bom, _ in BOMS):
        return None
    sample = head[:8192]
    if b"\x00" in sample or len(CONTROL.findall(sample)) > max(8, len(sample) // 100):
        return "binary data"
    return None


def _utf16_without_bom(head: bytes) -> str | None:
    """UTF-16 text has one byte of every pair drawn from very few values (the high byte of
    the script's block: 0x00 for Latin, 0x04 for Cyrillic) and the other byte varied."""
    sample = head[:4096]
    sample = sample[: len(sample) - len(sample) % 2]
    if len(sample) < 16:
        return None
    even, odd = sample[0::2], sample[1::2]
    for encoding, high, low in (("utf-16-le", odd, even), ("utf-16-be", even, odd)):
        if _top_share(high, 2) > 0.9 and _top_share(low, 2) < 0.6 and (0 in high or 4 in high):
            try:
                sample.decode(encoding)
            except UnicodeDecodeError:
                return None
            return encoding
    return None


def _top_share(data: bytes, n: int) -> float:
    return sum(count for _, count in Counter(data).most_common(n)) / len(data)


def decode(data: bytes, source: str) -> tuple[str, str]:
    """(text, encoding name) or a DocumentError that says why the bytes are not text."""
    for bom, encoding in BOMS:
        if data.startswith(bom):
            return _strict(data, encoding, source), encoding
    utf16 = _utf16_without_bom(data)
    if utf16:
        return _strict(data, utf16, source), utf16
    kind = binary_kind(data)
    if kind:
        raise DocumentError(source, f"{kind}, not text")
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError as exc:
        broken = exc
    if len(UTF8_MULTIBYTE.findall(data)) > _invalid_utf8_sequences(data):
        raise DocumentError(source, f"invalid UTF-8: byte 0x{data[broken.start]:02x} at offset {broken.start} "
                            "is not part of a valid character, in a file that is otherwise UTF-8")
    match = from_bytes(data, cp_isolation=LEGACY_CODE_PAGES).best()
    if match is None or match.chaos > 0.25:
        raise DocumentError(source, f"not valid UTF-8 (byte 0x{data[broken.start]:02x} at offset {broken.start}) "
                            "and no Cyrillic or Latin code page fits")
    return str(match), match.encoding


def _strict(data: bytes, encoding: str, source: str) -> str:
    try:
        return data.decode(encoding)
    except UnicodeDecodeError as exc:
        raise DocumentError(source, f"invalid {encoding} at offset {exc.start}") from exc


def _invalid_utf8_sequences(data: bytes) -> int:
    return data.decode("utf-8", errors="replace").count("\ufffd")
