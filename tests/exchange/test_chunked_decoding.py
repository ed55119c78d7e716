"""Large exchange files are decoded in steps; results and error offsets equal one decode."""

from __future__ import annotations

import pytest

from fallmanager.exchange import document


@pytest.mark.parametrize("chunk", [1, 2, 3, 4, 7])
@pytest.mark.parametrize(
    "data",
    ["Đorđević ђорђ Şahin 😀".encode(), b"plain ascii", b"", "Ö".encode() * 9],
)
def test_decoding_in_steps_gives_the_same_text(
    monkeypatch: pytest.MonkeyPatch, chunk: int, data: bytes
) -> None:
    monkeypatch.setattr(document, "_DECODE_CHUNK", chunk)
    assert document._decode_utf8(data) == data.decode("utf-8")


@pytest.mark.parametrize("chunk", [1, 2, 3, 5])
@pytest.mark.parametrize(
    "data", [b"abc\xffdef", b"ab\xc4", "Đo".encode() + b"\xff", "Ђ".encode()[:1] + b"xyz"]
)
def test_invalid_bytes_are_reported_at_their_offset_in_the_whole_file(
    monkeypatch: pytest.MonkeyPatch, chunk: int, data: bytes
) -> None:
    monkeypatch.setattr(document, "_DECODE_CHUNK", chunk)
    with pytest.raises(UnicodeDecodeError) as expected:
        data.decode("utf-8")
    with pytest.raises(UnicodeDecodeError) as raised:
        document._decode_utf8(data)
    assert raised.value.start == expected.value.start
