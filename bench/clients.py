"""The in-process candidates beside skyvern_sync: raw requests (the baseline), urllib3 and a bare socket (floors)."""

from __future__ import annotations

import json
import socket
from typing import Any
from urllib.parse import urlsplit

import requests
import urllib3

from bench._common import API_KEY

HEADERS = {"x-api-key": API_KEY, "Accept": "application/json"}


def requests_session() -> requests.Session:
    """requests as a careful hand-written client uses it: one Session, the environment read never per call."""
    session = requests.Session()
    session.trust_env = False  # as skyvern_sync's own session: the per-call proxy/netrc/CA scan is not the API
    return session


def requests_get(session: requests.Session, url: str) -> Any:
    return json.loads(session.get(url, headers=HEADERS).content)


def urllib3_get(pool: urllib3.PoolManager, url: str) -> Any:
    return json.loads(pool.request("GET", url, headers=HEADERS).data)


class RawClient:
    """One keep-alive socket: writes the request bytes, reads the head, then Content-Length bytes.

    No header parsing beyond Content-Length and no error handling: the least any Python client on
    this server can do per call.
    """

    def __init__(self, base_url: str) -> None:
        parts = urlsplit(base_url)
        self._host = parts.hostname or "127.0.0.1"
        self._port = parts.port or 80
        self._extra = "".join(f"{name}: {value}\r\n" for name, value in HEADERS.items())
        self._socket = socket.create_connection((self._host, self._port))
        self._socket.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        self._buffer = b""

    def get(self, path: str) -> Any:
        request = f"GET {path} HTTP/1.1\r\nHost: {self._host}:{self._port}\r\n{self._extra}\r\n".encode()
        self._socket.sendall(request)
        buffer = self._buffer
        while (end := buffer.find(b"\r\n\r\n")) < 0:
            buffer += self._receive()
        head, body = buffer[:end], buffer[end + 4 :]
        start = head.lower().index(b"content-length:") + len(b"content-length:")
        line_end = head.find(b"\r\n", start)
        length = int(head[start : line_end if line_end >= 0 else len(head)])
        chunks = [body]
        have = len(body)
        while have < length:
            chunk = self._receive()
            chunks.append(chunk)
            have += len(chunk)
        body = b"".join(chunks)
        self._buffer = body[length:]
        return json.loads(body[:length])

    def _receive(self) -> bytes:
        chunk = self._socket.recv(1 << 20)
        if not chunk:
            raise ConnectionError("the server closed the connection")
        return chunk

    def close(self) -> None:
        self._socket.close()
