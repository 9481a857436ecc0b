"""Text handling: decoding, offsets between code points / UTF-16 / UTF-8, Arabic helpers."""
