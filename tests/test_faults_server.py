"""The fault server of tests/_faults.py does what each fault promises, seen by sockets, http.client and requests."""

from __future__ import annotations

import email.utils
import gzip as gzip_module
import http.client
import json
import socket
import threading
import time
from collections.abc import Iterator

import pytest
import requests

from tests._faults import (
    Fault,
    FaultServer,
    FaultServerError,
    Received,
    close_before_response,
    deep_json,
    drip,
    echo_fn,
    empty_body,
    gzip,
    hang,
    http_date,
    malformed_json,
    raw,
    redirect,
    reset_before_response,
    reset_mid_body,
    serve_faults,
    serve_origins,
    slow_headers,
    status,
    truncated_body,
    wrong_content_type,
)

KEY = "sk-test-fault-key"
CLOSE = b"GET /x HTTP/1.1\r\nHost: t\r\nConnection: close\r\n\r\n"


def connect(server: FaultServer, timeout: float = 2.0) -> socket.socket:
    return socket.create_connection((server.host, server.port), timeout=timeout)


def exchange(server: FaultServer, request: bytes = CLOSE) -> tuple[bytes, type[OSError] | None]:
    """Everything the server sends back for `request`, and the error that ended it (None: a clean EOF)."""
    received = b""
    try:
        # an RST can come while connecting, sending or reading, depending on timing: the first error is the same
        with connect(server) as sock:
            sock.sendall(request)
            while data := sock.recv(65536):
                received += data
    except OSError as error:
        return received, type(error)
    return received, None


def http_connection(server: FaultServer) -> http.client.HTTPConnection:
    return http.client.HTTPConnection(server.host, server.port, timeout=2)


@pytest.fixture
def session() -> Iterator[requests.Session]:
    with requests.Session() as s:
        yield s


# --- reading and recording requests


def test_each_request_is_recorded_in_full() -> None:
    with serve_faults(default=status(200, {"ok": True})) as server:
        before = time.monotonic()
        answer = requests.post(
            f"{server.url}/v1/run/tasks?x=1&x=2&empty=", json={"prompt": "p"}, headers={"x-api-key": KEY}, timeout=2
        )
        after = time.monotonic()

    assert answer.status_code == 200 and answer.json() == {"ok": True}
    (request,) = server.received
    assert (request.method, request.path, request.query) == ("POST", "/v1/run/tasks", "x=1&x=2&empty=")
    assert request.params == {"x": ["1", "2"], "empty": [""]}
    assert request.headers["X-API-KEY"] == request.headers["x-api-key"] == KEY and "X-Api-Key" in request.headers
    assert request.json() == {"prompt": "p"} and request.body == b'{"prompt": "p"}'
    assert request.connection_id == 1 and before <= request.at <= after and request.version == "HTTP/1.1"
    assert server.count() == server.count("post", "/v1/run/tasks") == 1
    assert server.count("GET") == server.count(path="/v1/runs") == 0
    assert [outcome.end for outcome in server.outcomes] == ["open"]


def test_repeated_header_fields_join_and_stay_apart() -> None:
    with serve_faults() as server:
        exchange(server, b"GET / HTTP/1.1\r\nAccept: a\r\naccept: b\r\nConnection: close\r\n\r\n")
    headers = server.received[0].headers
    assert headers["ACCEPT"] == "a, b" and headers.get_all("accept") == ["a", "b"]
    assert list(headers) == ["Accept", "Connection"] and len(headers) == 2


def test_keep_alive_connections_are_reused_and_counted(session: requests.Session) -> None:
    with serve_faults(default=status(200, {})) as server:
        for _ in range(3):
            session.get(server.url, timeout=2)
        with requests.Session() as other:
            other.get(server.url, timeout=2)

    assert [r.connection_id for r in server.received] == [1, 1, 1, 2]
    assert server.connections == 2 and server.peak_connections == 2


def test_chunked_request_bodies_are_dechunked(session: requests.Session) -> None:
    chunked = (
        b"POST /c HTTP/1.1\r\nHost: t\r\nTransfer-Encoding: chunked\r\nConnection: close\r\n\r\n"
        b"5;ext=1\r\nhello\r\n1\r\n \r\nA\r\n0123456789\r\n0\r\nX-Trailer: t\r\n\r\n"
    )
    with serve_faults(default=status(200, {})) as server:
        answer, _ = exchange(server, chunked)
        # requests sends a generator's body chunked
        session.post(server.url, data=(part for part in (b"ab", b"", b"cd")), timeout=2)

    assert answer.startswith(b"HTTP/1.1 200 OK\r\n")
    assert [r.body for r in server.received] == [b"hello 0123456789", b"abcd"]
    assert server.received[1].headers["transfer-encoding"] == "chunked"


def test_multipart_bodies_are_read_by_their_length(session: requests.Session) -> None:
    with serve_faults(default=status(200, {})) as server:
        session.post(server.url + "/upload", files={"file": ("a.bin", bytes(range(256)) * 40)}, timeout=2)
        session.get(server.url, timeout=2)  # proves the body was consumed exactly: the next request parses

    upload = server.received[0]
    assert upload.headers["content-type"].startswith("multipart/form-data; boundary=")
    assert len(upload.body) == int(upload.headers["content-length"]) and bytes(range(256)) * 40 in upload.body
    assert [r.connection_id for r in server.received] == [1, 1]


def test_expect_100_continue_is_answered_before_the_body() -> None:
    with serve_faults(default=status(200, {})) as server, connect(server) as sock:
        sock.sendall(b"PUT /e HTTP/1.1\r\nHost: t\r\nContent-Length: 3\r\nExpect: 100-continue\r\n\r\n")
        assert sock.recv(100) == b"HTTP/1.1 100 Continue\r\n\r\n"
        sock.sendall(b"abc")
        assert sock.recv(100).startswith(b"HTTP/1.1 200 OK\r\n")
    assert server.received[0].body == b"abc"


def test_a_malformed_request_gets_a_400_and_is_not_recorded() -> None:
    with serve_faults() as server:
        answer, _ = exchange(server, b"NONSENSE\r\n\r\n")
    assert answer.startswith(b"HTTP/1.1 400 Bad Request\r\n") and b"bad request: request line" in answer
    assert server.received == [] and len(server.bad_requests) == 1


def test_concurrent_clients_are_all_recorded() -> None:
    def client(number: int) -> None:
        with requests.Session() as s:
            for call in range(5):
                s.get(f"{server.url}/t{number}/{call}", timeout=2)

    with serve_faults(default=status(200, {})) as server:
        threads = [threading.Thread(target=client, args=(n,)) for n in range(8)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()

    assert server.count() == 40 and server.connections == 8
    assert {r.path for r in server.received} == {f"/t{n}/{c}" for n in range(8) for c in range(5)}
    assert all(server.count(path=f"/t{n}/0") == 1 for n in range(8))


# --- the script


def test_scripted_faults_come_first_then_the_default_then_unscripted(session: requests.Session) -> None:
    with serve_faults(status(201, {"n": 1}), status(202, {"n": 2})) as server:
        assert server.pending == 2
        codes = [session.get(server.url, timeout=2).status_code for _ in range(2)]
        unscripted = session.get(server.url, timeout=2)
        server.default = status(203, {})
        server.script(status(200, {}))
        codes += [session.get(server.url, timeout=2).status_code for _ in range(2)]

    assert codes == [201, 202, 200, 203] and server.pending == 0
    assert unscripted.status_code == 500 and unscripted.json() == {"detail": "unscripted"}


def test_echo_fn_answers_from_the_request(session: requests.Session) -> None:
    with serve_faults(
        default=echo_fn(
            lambda request: (
                status(200, {"echo": request.path, "body": request.body.decode()})
                if request.method == "POST"
                else status(405)
            )
        )
    ) as server:
        posted = session.post(server.url + "/v1/runs", data=b"hi", timeout=2)
        got = session.get(server.url + "/v1/runs", timeout=2)

    assert posted.json() == {"echo": "/v1/runs", "body": "hi"}
    assert got.status_code == 405 and got.json() == {"detail": "Method Not Allowed"}


def test_a_failing_echo_fn_answers_500_and_fails_the_test() -> None:
    def broken(request: Received) -> Fault:
        raise RuntimeError("bug in the test's echo_fn")

    with pytest.raises(FaultServerError, match="bug in the test's echo_fn"):  # noqa: SIM117 (the raise is on exit)
        with serve_faults(echo_fn(broken)) as server:
            answer = requests.get(server.url, timeout=2)
            assert answer.status_code == 500 and answer.json() == {"detail": "fault server error"}


# --- statuses and headers


def test_an_answer_is_exactly_these_bytes() -> None:
    with serve_faults(status(201, {"a": 1}, headers={"X-Trace": "t"})) as server:
        assert exchange(server) == (
            b"HTTP/1.1 201 Created\r\nContent-Type: application/json\r\nContent-Length: 8\r\nX-Trace: t\r\n\r\n"
            b'{"a": 1}',
            None,
        )


def test_a_named_header_replaces_the_servers_own_so_it_can_lie() -> None:
    lying = status(200, b"{}", headers=[("content-length", "99"), ("X-Twice", "1"), ("X-Twice", "2")], reason="Fine")
    with serve_faults(lying, status(200, b"<p>", content_type=None)) as server:
        assert exchange(server)[0] == b"HTTP/1.1 200 Fine\r\nContent-Type: application/json\r\n" + (
            b"content-length: 99\r\nX-Twice: 1\r\nX-Twice: 2\r\n\r\n{}"
        )
        assert exchange(server)[0] == b"HTTP/1.1 200 OK\r\nContent-Length: 3\r\n\r\n<p>"


@pytest.mark.parametrize("code", [200, 299, 418, 429, 451, 500, 502, 503, 504])
def test_any_status_arrives_as_sent(code: int) -> None:
    with serve_faults(status(code), status(code, {"detail": "custom"})) as server:
        connection = http_connection(server)
        connection.request("GET", "/")
        first = connection.getresponse()
        default_body = json.loads(first.read())
        connection.request("GET", "/")
        second = connection.getresponse()
        assert json.loads(second.read()) == {"detail": "custom"}
        connection.close()

    assert first.status == second.status == code
    # the default body is FastAPI's shape, {"detail": <reason phrase>}; 299 has no phrase
    assert default_body == {"detail": first.reason} and (first.reason == "") is (code == 299)


@pytest.mark.parametrize("code", [204, 304])
def test_204_and_304_send_no_body_and_no_content_length(code: int) -> None:
    reason = {204: b"No Content", 304: b"Not Modified"}[code]
    with serve_faults(status(code), status(code, headers={"ETag": '"e"'}), status(200, {"next": True})) as server:
        assert exchange(server) == (b"HTTP/1.1 %d %s\r\n\r\n" % (code, reason), None)
        # on a kept-alive connection the next answer parses: no stray body bytes came after the head
        connection = http_connection(server)
        connection.request("GET", "/")
        empty = connection.getresponse()
        assert empty.read() == b"" and empty.getheader("ETag") == '"e"' and empty.getheader("Content-Length") is None
        connection.request("GET", "/")
        assert json.loads(connection.getresponse().read()) == {"next": True}
        connection.close()
    assert [r.connection_id for r in server.received] == [1, 2, 2]
    with pytest.raises(ValueError, match="raw"):
        status(code, {"no": "body"})


def test_empty_body_under_a_204_is_a_204() -> None:
    assert empty_body(204) == status(204)


def test_head_gets_the_head_only(session: requests.Session) -> None:
    with serve_faults(status(200, {"a": 1}), status(200, {"b": 2})) as server:
        head = session.head(server.url, timeout=2)
        after = session.get(server.url, timeout=2)
    assert head.headers["Content-Length"] == "8" and head.content == b"" and after.json() == {"b": 2}


@pytest.mark.parametrize("form", ["absent", "seconds", "http-date"])
def test_429_with_and_without_retry_after(form: str, session: requests.Session) -> None:
    retry_after = {"absent": None, "seconds": "3", "http-date": http_date(5)}[form]
    fault = status(429) if retry_after is None else status(429, headers={"Retry-After": retry_after})
    with serve_faults(fault) as server:
        answer = session.get(server.url, timeout=2)
    assert answer.status_code == 429 and answer.headers.get("Retry-After") == retry_after
    if form == "http-date":
        assert retry_after is not None
        # an HTTP-date has whole seconds: 5 s ahead, less what the exchange took and the truncated fraction
        assert 3 < email.utils.parsedate_to_datetime(retry_after).timestamp() - time.time() <= 5


# --- redirects and a second origin


@pytest.mark.parametrize("code", [301, 302, 303, 307, 308])
def test_a_redirect_to_a_path_on_the_same_origin(code: int, session: requests.Session) -> None:
    moved = redirect(code, "/landing?from=redirect")
    with serve_faults(moved, moved, default=status(200, {"landed": True})) as server:
        unfollowed = session.post(server.url + "/start", data=b"x", allow_redirects=False, timeout=2)
        followed = session.post(server.url + "/start", data=b"x", timeout=2)

    assert unfollowed.status_code == code and unfollowed.headers["Location"] == "/landing?from=redirect"
    assert unfollowed.headers["Content-Length"] == "0" and unfollowed.content == b""
    assert followed.json() == {"landed": True}
    landed = server.received[2]
    assert (landed.path, landed.query) == ("/landing", "from=redirect")
    # which method arrives there is the client's choice: requests keeps POST only for 307 and 308
    assert landed.method == ("POST" if code in (307, 308) else "GET")
    with pytest.raises(ValueError, match="not a redirect"):
        redirect(200, "/")


def test_a_redirect_to_another_origin_shows_what_reached_it(session: requests.Session) -> None:
    with serve_origins() as (first, second):
        first.script(redirect(302, f"{second.url}/elsewhere"), redirect(307, f"{second.url}/elsewhere"))
        second.default = status(200, {"at": "second"})
        session.get(first.url + "/v1/runs", headers={"x-api-key": KEY}, allow_redirects=False, timeout=2)
        assert second.count() == 0
        session.get(first.url + "/v1/runs", headers={"x-api-key": KEY}, timeout=2)

    assert first.url != second.url
    (arrived,) = second.received
    assert arrived.path == "/elsewhere"
    # requests strips only Authorization across origins: a custom key header goes along, as recorded here
    assert arrived.headers.get("x-api-key") == KEY


def test_second_origins_have_their_own_host_where_the_system_allows() -> None:
    with serve_origins(3) as servers:
        assert len({server.url for server in servers}) == 3
        assert [server.host for server in servers] in (["127.0.0.1", "127.0.0.2", "127.0.0.3"], ["127.0.0.1"] * 3)


# --- connections that break


def test_reset_before_response(session: requests.Session) -> None:
    with serve_faults(reset_before_response(), reset_before_response()) as server:
        assert exchange(server) == (b"", ConnectionResetError)
        with pytest.raises(requests.ConnectionError) as info:
            session.get(server.url, timeout=2)

    assert "ConnectionResetError" in str(info.value)
    assert server.count() == 2 and [(o.sent, o.end) for o in server.outcomes] == [(0, "reset"), (0, "reset")]


def test_close_before_response_is_a_remote_disconnect() -> None:
    with serve_faults(close_before_response()) as server:
        connection = http_connection(server)
        connection.request("GET", "/")
        with pytest.raises(http.client.RemoteDisconnected):
            connection.getresponse()
        connection.close()
    assert server.outcomes[0].end == "closed"


def test_reset_mid_body(session: requests.Session) -> None:
    fault = reset_mid_body({"run_id": "tsk_1", "status": "completed"}, after=10)
    with serve_faults(fault, fault) as server:
        assert exchange(server) == (fault.answer.head + fault.answer.body[:10], ConnectionResetError)
        with pytest.raises(requests.exceptions.ChunkedEncodingError, match="ConnectionResetError"):
            session.get(server.url, timeout=2)
    assert [o.end for o in server.outcomes] == ["reset", "reset"]
    with pytest.raises(ValueError, match="does not cut"):
        reset_mid_body(b"ab", after=2)


def test_truncated_body(session: requests.Session) -> None:
    fault = truncated_body({"run_id": "tsk_1", "status": "completed"}, after=10)
    with serve_faults(fault, fault, fault) as server:
        assert exchange(server) == (fault.answer.head + fault.answer.body[:10], None)
        connection = http_connection(server)
        connection.request("GET", "/")
        with pytest.raises(http.client.IncompleteRead) as info:
            connection.getresponse().read()
        connection.close()
        with pytest.raises(requests.exceptions.ChunkedEncodingError, match="IncompleteRead"):
            session.get(server.url, timeout=2)
    assert info.value.partial == fault.answer.body[:10]
    assert [o.end for o in server.outcomes] == ["closed"] * 3


def test_raw_bytes_are_sent_verbatim() -> None:
    junk = b"HTTP/1.1 204 No Content\r\nContent-Length: 5\r\n\r\nhello"
    with serve_faults(raw(junk), raw(b"not http at all\r\n\r\n", then="reset")) as server:
        assert exchange(server) == (junk, None)
        assert exchange(server) == (b"not http at all\r\n\r\n", ConnectionResetError)


# --- bodies that do not say what they are


def test_gzip_is_compressed_and_decodes(session: requests.Session) -> None:
    body = {"items": ["x" * 10] * 50}
    with serve_faults(gzip(body), gzip(body)) as server:
        raw_answer, _ = exchange(server)
        decoded = session.get(server.url, timeout=2)

    head, _, compressed = raw_answer.partition(b"\r\n\r\n")
    assert b"\r\nContent-Encoding: gzip" in head and f"Content-Length: {len(compressed)}".encode() in head
    assert json.loads(gzip_module.decompress(compressed)) == body and len(compressed) < len(json.dumps(body))
    assert decoded.json() == body


def test_wrong_content_type_malformed_and_empty_bodies(session: requests.Session) -> None:
    proxy_page = b"<html><body>502 from the corporate proxy</body></html>"
    with serve_faults(
        wrong_content_type({"ok": True}, "text/plain"),
        wrong_content_type(proxy_page, "text/html"),
        malformed_json('{"run_id": "tsk_1",'),
        empty_body(),
    ) as server:
        plain, html, malformed, empty = (session.get(server.url, timeout=2) for _ in range(4))
        assert (plain.status_code, plain.headers["Content-Type"], plain.json()) == (200, "text/plain", {"ok": True})
        assert (html.status_code, html.headers["Content-Type"], html.content) == (200, "text/html", proxy_page)
        assert malformed.headers["Content-Type"] == "application/json"
        with pytest.raises(requests.JSONDecodeError):
            malformed.json()
        assert (empty.headers["Content-Length"], empty.content) == ("0", b"")


def test_deep_json_is_valid_but_deeper_than_the_parser_goes(session: requests.Session) -> None:
    with serve_faults(deep_json(), deep_json(3, code=201)) as server:
        deep = session.get(server.url, timeout=2)
        shallow = session.get(server.url, timeout=2)
    assert deep.content == b"[" * 100_000 + b"]" * 100_000
    with pytest.raises(RecursionError):
        json.loads(deep.content)
    assert (shallow.status_code, shallow.json()) == (201, [[[]]])


# --- slow and silent answers


def test_drip_takes_its_length_times_its_interval(session: requests.Session) -> None:
    with serve_faults(drip(b"abcd", interval=0.05)) as server:
        started = time.monotonic()
        answer = session.get(server.url, timeout=2)
        took = time.monotonic() - started
    assert answer.content == b"abcd" and 0.2 <= took < 1.0
    assert server.outcomes[0].end == "open"


def test_drip_stops_when_the_client_leaves() -> None:
    fault = drip(b"x" * 100, interval=0.02)
    with serve_faults(fault) as server:
        with connect(server) as sock:
            sock.sendall(CLOSE)
            head = b""
            while len(head) <= len(fault.answer.head):
                head += sock.recv(1)
        assert server.wait_until(lambda s: len(s.outcomes) == 1)
    (outcome,) = server.outcomes
    assert outcome.end == "client-gone" and outcome.sent < len(fault.answer.head) + 10


def test_drip_head_sends_the_head_a_byte_at_a_time_then_the_body() -> None:
    from tests._faults import drip_head

    fault = drip_head({"a": 1}, interval=0.01)
    with serve_faults(fault) as server, connect(server) as sock:
        sock.sendall(CLOSE)
        reads: list[bytes] = []
        while len(b"".join(reads)) < len(fault.answer.head):
            reads.append(sock.recv(65536))
        while data := sock.recv(65536):
            reads.append(data)
    # each byte of the head waits its interval: no read sees the head whole (Nagle is off on the server)
    assert b"".join(reads) == fault.answer.whole and len(reads) > len(fault.answer.head) // 2


def test_interim_every_spaces_its_heads_and_stops_when_the_client_leaves() -> None:
    from tests._faults import interim

    with serve_faults(interim([102] * 3, status(200, {"a": 1}), every=0.05)) as server:
        started = time.monotonic()
        answer, _ = exchange(server)
        took = time.monotonic() - started
        assert answer == b"HTTP/1.1 102 Processing\r\n\r\n" * 3 + status(200, {"a": 1}).whole and took >= 0.15
        server.script(interim([102] * 100, status(200, {}), every=0.05))
        with connect(server) as sock:
            sock.sendall(CLOSE)
            sock.recv(65536)
        assert server.wait_until(lambda s: len(s.outcomes) == 2)
    assert server.outcomes[1].end == "client-gone" and server.outcomes[1].sent < 100 * 26


def test_hang_gets_a_read_timeout_and_ends_when_the_client_leaves(session: requests.Session) -> None:
    with serve_faults(hang()) as server:
        with pytest.raises(requests.ReadTimeout):
            session.get(server.url, timeout=0.2)
        session.close()
        assert server.wait_until(lambda s: len(s.outcomes) == 1)
    assert (server.outcomes[0].sent, server.outcomes[0].end) == (0, "client-gone")


def test_slow_headers_wait_before_the_status_line(session: requests.Session) -> None:
    with serve_faults(slow_headers(0.2), slow_headers(0.2, status(202, {"late": True}))) as server:
        with pytest.raises(requests.ReadTimeout):
            session.get(server.url, timeout=(2, 0.1))
        started = time.monotonic()
        answer = session.get(server.url, timeout=2)
        took = time.monotonic() - started
    assert answer.status_code == 202 and answer.json() == {"late": True} and 0.2 <= took < 1.0
    assert [o.end for o in server.outcomes] == ["client-gone", "open"]


# --- bounds


def test_after_max_requests_every_further_request_is_reset(session: requests.Session) -> None:
    with serve_faults(default=status(200, {}), max_requests=2) as server:
        assert [session.get(server.url, timeout=2).status_code for _ in range(2)] == [200, 200]
        with pytest.raises(requests.ConnectionError):
            session.get(server.url, timeout=2)  # on the kept-alive connection
        assert exchange(server) == (b"", ConnectionResetError)  # on a new one
    assert server.count() == 2 and server.refused == 2


def test_after_max_seconds_answers_end_and_connections_are_reset(session: requests.Session) -> None:
    started = time.monotonic()
    with serve_faults(hang(), max_seconds=0.3) as server:
        with pytest.raises(requests.ConnectionError, match="RemoteDisconnected"):
            session.get(server.url, timeout=5)
        took = time.monotonic() - started
        assert server.halted
        assert exchange(server) == (b"", ConnectionResetError)
    assert 0.3 <= took < 1.5
    assert server.outcomes[0].end == "stopped" and server.refused == 1


def test_stopping_returns_at_once_with_hanging_and_dripping_clients() -> None:
    with serve_faults(hang(), drip(b"x" * 1000, interval=0.5), slow_headers(30)) as server:
        clients = [connect(server, timeout=5) for _ in range(3)]
        for client in clients:
            client.sendall(b"GET / HTTP/1.1\r\n\r\n")
        assert server.wait_until(lambda s: s.count() == 3)
        started = time.monotonic()
    took = time.monotonic() - started

    assert took < 0.5
    assert sorted(o.end for o in server.outcomes) == ["stopped"] * 3 and server.open_connections == 0
    for client in clients:
        with client:
            client.settimeout(1)
            while client.recv(65536):  # whatever was sent, then the server's FIN
                pass
    with pytest.raises(ConnectionRefusedError):
        connect(server)


def test_interim_heads_come_before_the_final_answer() -> None:
    from tests._faults import interim

    with serve_faults(interim([100, 102, 103, 101], status(200, {"a": 1}))) as server:
        answer, _ = exchange(server)
    assert answer.startswith(
        b"HTTP/1.1 100 Continue\r\n\r\nHTTP/1.1 102 Processing\r\n\r\n"
        b"HTTP/1.1 103 Early Hints\r\nLink: </style.css>; rel=preload; as=style\r\n\r\n"
        b"HTTP/1.1 101 Switching Protocols\r\nConnection: Upgrade\r\nUpgrade: websocket\r\n\r\n"
        b"HTTP/1.1 200 OK\r\n"
    )
    assert answer.endswith(b'{"a": 1}')
    with pytest.raises(ValueError, match="not an interim"):
        interim([200], status(200))


def test_duplicate_content_length_sends_two_lengths() -> None:
    from tests._faults import duplicate_content_length

    with serve_faults(duplicate_content_length({"a": 1})) as server:
        answer, _ = exchange(server)
    assert b"Content-Length: 8\r\nContent-Length: 9\r\n\r\n" in answer and answer.endswith(b'{"a": 1}')


def test_a_proxy_407_asks_for_authentication() -> None:
    from tests._faults import proxy_authentication_required

    with serve_faults(proxy_authentication_required()) as server:
        answer, _ = exchange(server, b"CONNECT api.example:443 HTTP/1.1\r\nHost: api.example:443\r\n\r\n")
        assert server.received[0].method == "CONNECT"
    assert answer.startswith(b"HTTP/1.1 407 Proxy Authentication Required\r\n")
    assert b'Proxy-Authenticate: Basic realm="corporate proxy"' in answer


def test_refusing_refuses_every_connection() -> None:
    from tests._faults import refusing

    with refusing() as url:
        host, port = url.removeprefix("http://").split(":")
        with pytest.raises(ConnectionRefusedError):
            socket.create_connection((host, int(port)), timeout=2)


# --- one server shared by a module's tests (tests/conftest.py's `server`)


def test_a_reset_server_is_as_new_and_its_old_connections_are_closed(session: requests.Session) -> None:
    with serve_faults(status(200, {}), status(201, {}), status(202, {}), default=status(500, {})) as server:
        session.get(server.url, timeout=2)  # a keep-alive connection a test leaves open
        server.reset()
        assert (server.pending, server.default, server.received, server.outcomes) == (0, None, [], [])
        assert (server.open_connections, server.peak_connections, server.connections) == (0, 0, 0)
        server.script(status(203, {}))
        assert session.get(server.url, timeout=2).status_code == 203  # the pool's old socket was closed: a new one
        assert [r.connection_id for r in server.received] == [1] and server.connections == 1
        assert session.get(server.url, timeout=2).status_code == 500  # unscripted: the old default is gone
