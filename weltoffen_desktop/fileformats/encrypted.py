"""The encrypted copy: any file sealed with a passphrase, to carry on a USB stick.

Layout (integers big-endian)::

    magic       12 bytes  b"WELTOFFENENC"
    version      1 byte   1
    kdf          1 byte   1 = scrypt
    log2_n       1 byte   scrypt's cost: N = 2**log2_n
    r            1 byte   scrypt's block size
    p            1 byte   scrypt's parallelism
    salt        16 bytes
    nonce        7 bytes  random start of every chunk's nonce
    chunk_size   4 bytes  plaintext bytes per chunk
    check       32 bytes  HMAC-SHA256 of all the above under the check key
    chunks                AES-256-GCM, chunk_size + 16 bytes each; the last one shorter
                          (down to its 16-byte tag alone)

scrypt turns the passphrase (Unicode NFC, UTF-8) into 64 bytes: the AES key, then
the check key. The check tells a wrong passphrase (or a changed header) apart
from damage further on. Chunk ``i`` is sealed with the nonce ``nonce || i (4
bytes) || final (1 byte: 1 on the last chunk, else 0)`` and the header as
associated data, so a changed, cut, reordered or lengthened file fails to
open. The KDF's parameters are in the header, so new files can use stronger
ones while old files still open; a header asking for more memory or work than
``MAX_MEMORY``/``MAX_WORK`` is refused before any is spent.

Nothing here writes files: the caller streams from one open file to another and
decides what to do with the result (operations/encrypted_copy.py).
"""

from __future__ import annotations

import hashlib
import hmac
import os
import struct
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from typing import BinaryIO

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

MAGIC = b"WELTOFFENENC"
VERSION = 1
KDF_SCRYPT = 1
CHUNK_SIZE = 1024 * 1024
TAG_SIZE = 16
_PARAMS = struct.Struct(">BBBBB16s7sI")  # version, kdf, log2_n, r, p, salt, nonce, chunk_size
CHECK_SIZE = 32
HEADER_SIZE = len(MAGIC) + _PARAMS.size + CHECK_SIZE
MAX_MEMORY = 1024**3  # bytes scrypt may ask for: 128 * r * N
MAX_WORK = 2**24  # N * r * p: 16 times the default
MAX_CHUNK = 16 * 1024 * 1024
_MAX_CHUNKS = 2**32

Progress = Callable[[int], None]  # plaintext bytes done so far


@dataclass(frozen=True)
class ScryptParams:
    """scrypt's cost. The default takes about half a second and 128 MB (2026 laptop)."""

    log2_n: int = 17
    r: int = 8
    p: int = 1

    def within_limits(self) -> bool:
        n = 2**self.log2_n
        return (
            1 <= self.log2_n <= 40
            and self.r >= 1
            and self.p >= 1
            and 128 * self.r * n <= MAX_MEMORY
            and n * self.r * self.p <= MAX_WORK
        )


DEFAULT_SCRYPT = ScryptParams()


class EncryptedFileError(ValueError):
    """A file that cannot be decrypted; ``code`` says why."""

    def __init__(self, code: str, message: str) -> None:
        self.code = code
        super().__init__(message)


def _not_ours() -> EncryptedFileError:
    return EncryptedFileError("encrypted_not_ours", "This is not an encrypted Weltoffen copy.")


def _damaged(reason: str) -> EncryptedFileError:
    return EncryptedFileError(
        "encrypted_damaged", f"The encrypted copy is damaged ({reason}); nothing was imported."
    )


def derive_keys(passphrase: str, salt: bytes, params: ScryptParams) -> tuple[bytes, bytes]:
    secret = unicodedata.normalize("NFC", passphrase).encode("utf-8")
    kdf = Scrypt(salt=salt, length=64, n=2**params.log2_n, r=params.r, p=params.p)
    derived = kdf.derive(secret)
    return derived[:32], derived[32:]


def _nonce(prefix: bytes, index: int, final: bool) -> bytes:
    return prefix + index.to_bytes(4, "big") + (b"\x01" if final else b"\x00")


def _read(source: BinaryIO, size: int) -> bytes:
    """Up to ``size`` bytes; fewer only at the end of the file."""
    parts = []
    while size > 0:
        part = source.read(size)
        if not part:
            break
        parts.append(part)
        size -= len(part)
    return b"".join(parts)


def encrypt(
    source: BinaryIO,
    target: BinaryIO,
    passphrase: str,
    *,
    params: ScryptParams = DEFAULT_SCRYPT,
    chunk_size: int = CHUNK_SIZE,
    progress: Progress | None = None,
) -> None:
    """Seal everything ``source`` holds into ``target``."""
    if not (params.within_limits() and 1 <= chunk_size <= MAX_CHUNK):
        raise ValueError("scrypt parameters or chunk size outside the limits")
    salt, prefix = os.urandom(16), os.urandom(7)
    fields = _PARAMS.pack(
        VERSION, KDF_SCRYPT, params.log2_n, params.r, params.p, salt, prefix, chunk_size
    )
    key, check_key = derive_keys(passphrase, salt, params)
    header = MAGIC + fields
    header += hmac.digest(check_key, header, hashlib.sha256)
    target.write(header)
    aead = AESGCM(key)
    done = 0
    chunk = _read(source, chunk_size)
    for index in range(_MAX_CHUNKS):
        following = _read(source, chunk_size) if len(chunk) == chunk_size else b""
        final = not following
        target.write(aead.encrypt(_nonce(prefix, index, final), chunk, header))
        done += len(chunk)
        if progress is not None:
            progress(done)
        if final:
            return
        chunk = following
    raise ValueError("too large to encrypt in one file")


def decrypt(
    source: BinaryIO, target: BinaryIO, passphrase: str, *, progress: Progress | None = None
) -> None:
    """Open what ``encrypt`` sealed, writing it to ``target`` chunk by chunk.

    Raises ``EncryptedFileError`` for a file that is not one, a wrong passphrase, or
    any change; what was written to ``target`` by then must be thrown away.
    """
    header = _read(source, HEADER_SIZE)
    if not header.startswith(MAGIC):
        raise _not_ours()
    if len(header) < len(MAGIC) + 1:
        raise _damaged("cut off in the header")
    if header[len(MAGIC)] != VERSION:
        raise EncryptedFileError(
            "encrypted_newer_version",
            "The encrypted copy was made by a newer version of Weltoffen Desktop; "
            "please update the app to open it.",
        )
    if len(header) < HEADER_SIZE:
        raise _damaged("cut off in the header")
    _, kdf, log2_n, r, p, salt, prefix, chunk_size = _PARAMS.unpack_from(header, len(MAGIC))
    params = ScryptParams(log2_n, r, p)
    if kdf != KDF_SCRYPT or not params.within_limits() or not 1 <= chunk_size <= MAX_CHUNK:
        raise _damaged("impossible settings in the header")
    key, check_key = derive_keys(passphrase, salt, params)
    signed, check = header[:-CHECK_SIZE], header[-CHECK_SIZE:]
    if not hmac.compare_digest(hmac.digest(check_key, signed, hashlib.sha256), check):
        raise EncryptedFileError(
            "encrypted_wrong_passphrase",
            "The passphrase is wrong (or the beginning of the file is damaged).",
        )
    aead = AESGCM(key)
    sealed_size = chunk_size + TAG_SIZE
    done = 0
    chunk = _read(source, sealed_size)
    for index in range(_MAX_CHUNKS):
        following = _read(source, sealed_size) if len(chunk) == sealed_size else b""
        final = not following
        try:
            plain = aead.decrypt(_nonce(prefix, index, final), chunk, header)
        except InvalidTag:
            raise _damaged("changed or cut off") from None
        target.write(plain)
        done += len(plain)
        if progress is not None:
            progress(done)
        if final:
            return
        chunk = following
    raise _damaged("longer than any copy can be")
