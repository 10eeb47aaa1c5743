"""Network blocking for replay: any connection that is not to a recording fails loudly."""

from __future__ import annotations

import socket
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any


class NetworkBlockedError(RuntimeError):
    """A test in replay tried to open a network connection (not an OSError, so nothing retries it)."""


@contextmanager
def blocked_network() -> Iterator[None]:
    """Refuse IPv4/IPv6 connections (Unix sockets stay open) for the duration."""
    connect, connect_ex = socket.socket.connect, socket.socket.connect_ex

    def refuse(sock: socket.socket, address: Any) -> None:
        if sock.family in (socket.AF_INET, socket.AF_INET6):
            raise NetworkBlockedError(
                f"network access blocked during replay (connect to {address!r}): the cassette has no recording "
                "for this request; record it with a record mode such as --skyvern-record-mode=once"
            )

    def guarded_connect(sock: socket.socket, address: Any) -> None:
        refuse(sock, address)
        connect(sock, address)

    def guarded_connect_ex(sock: socket.socket, address: Any) -> int:
        refuse(sock, address)
        return connect_ex(sock, address)

    socket.socket.connect = guarded_connect  # type: ignore[method-assign,assignment]
    socket.socket.connect_ex = guarded_connect_ex  # type: ignore[method-assign,assignment]
    try:
        yield
    finally:
        socket.socket.connect, socket.socket.connect_ex = connect, connect_ex  # type: ignore[method-assign]
