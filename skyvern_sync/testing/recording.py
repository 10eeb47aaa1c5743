"""One cassette, active: recorded or replayed Skyvern traffic with our scrubbing, matching and clock."""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager, nullcontext
from os import PathLike
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from skyvern_sync.errors import InvalidParameterError, InvalidParameterTypeError
from skyvern_sync.polling import clock_in_context
from skyvern_sync.testing.clock import CassetteClock
from skyvern_sync.testing.matching import MATCH_ON, MATCHERS
from skyvern_sync.testing.network import blocked_network
from skyvern_sync.testing.scrub import Scrubber
from skyvern_sync.validation import check_bool, shown

if TYPE_CHECKING:
    from skyvern_sync.skyvern import Skyvern

RECORD_MODES = ("none", "once", "new_episodes", "all")
# the key a replayed client sends (no real key is needed, or kept): replayed deliveries are signed with it
REPLAY_API_KEY = "replayed-without-a-key"
T = TypeVar("T")
Client = TypeVar("Client", bound="Skyvern")


class CassetteMissingError(FileNotFoundError):
    """Replay asked for a cassette that was never recorded."""


class Recording:
    """The active cassette of a test: whether it replays, and values remembered across recordings."""

    def __init__(self, cassette: Any, path: Path, record_mode: str, scrubber: Scrubber) -> None:
        self.cassette = cassette
        self.path = path
        self.record_mode = record_mode
        self.scrubber = scrubber
        self.clock = CassetteClock(cassette)

    def attach(self, client: Client) -> Client:
        """Make the client's waits run on the cassette's clock (`client.waiter.clock`), and return it.

        Recorded, a wait's clock readings are stored in the cassette; replayed, they come back in order and
        sleeping does nothing, so a run that took 20 s replays with the same polls, at once. Inside the
        recording (the same thread or task) a client with no clock of its own does so without being attached,
        whenever it was built; attach one that waits in another thread, or that must keep this clock after.
        """
        client.waiter.clock = self.clock
        return client

    @property
    def replaying(self) -> bool:
        """True when no request reaches a server (record mode `none`, or `once` with a recording)."""
        return bool(self.cassette.write_protected)

    def remember(self, key: str, value: Callable[[], T]) -> T:
        """`value()` while recording, stored in the cassette; the stored value in replay.

        For whatever a test derives from its environment or the clock (a server's site URL, a unique
        name), so the replayed request carries the recorded value and matches.
        """
        from vcr.errors import MissingMetadataError

        name = f"value:{key}"
        if self.replaying:
            try:
                return self.cassette.get_metadata(name, None)  # type: ignore[no-any-return]
            except MissingMetadataError:
                raise CassetteMissingError(
                    f"{self.path} has no remembered value {key!r}: re-record this test"
                ) from None
        return self.cassette.get_metadata(name, value())  # type: ignore[no-any-return]

    def cassette_value(self, key: str, factory: Callable[[], T]) -> T:
        """The value stored in the cassette under `key`; while recording, `factory()` stored now, which the
        caller may go on filling until the cassette is written (when the recording ends)."""
        from vcr.errors import MissingMetadataError

        try:
            return self.cassette.get_metadata(key, None if self.replaying else factory())  # type: ignore[no-any-return]
        except MissingMetadataError:
            return factory()

    def hide(self, placeholder: str, secret: str | None) -> None:
        """Also replace this literal value (a password in a prompt, say) wherever it appears."""
        self.scrubber.add(placeholder, secret)


def make_vcr(scrubber: Scrubber, record_mode: str) -> Any:
    # vcrpy is the `testing` extra: imported here so that pytest can load the plugin without it
    import vcr

    config = vcr.VCR(
        record_mode=record_mode,
        match_on=MATCH_ON,
        before_record_request=scrubber.request,
        before_record_response=scrubber.response,
        decode_compressed_response=True,
        serializer="yaml",
    )
    for name, matcher in MATCHERS.items():
        config.register_matcher(name, matcher)
    return config


@contextmanager
def recording(
    path: str | Path,
    *,
    record_mode: str = "none",
    secrets: Mapping[str, str] | None = None,
    block_network: bool | None = None,
) -> Iterator[Recording]:
    """Activate the cassette at `path` for every Skyvern (and other requests/urllib3) call inside; the waits
    that begin inside, in this thread or task, on a client with no clock of its own run on the cassette's clock.

    record_mode: `none` replays only (the default, for CI), `once` records a missing cassette,
    `new_episodes` adds unrecorded requests, `all` re-records from scratch.
    block_network: refuse real connections; by default exactly when replaying.
    """
    cassette_path = _checked_arguments(path, record_mode, secrets, block_network)
    if record_mode == "none" and not cassette_path.exists():
        raise CassetteMissingError(
            f"no cassette at {cassette_path}; record it against a server with record mode 'once' or 'all'"
        )
    if record_mode == "all":
        # a re-recording starts empty, so no stale interaction or remembered value survives it
        cassette_path.unlink(missing_ok=True)
    cassette_path.parent.mkdir(parents=True, exist_ok=True)
    scrubber = Scrubber(secrets)
    with make_vcr(scrubber, record_mode).use_cassette(str(cassette_path)) as cassette:
        active = Recording(cassette, cassette_path, record_mode, scrubber)
        replaying = active.replaying
        with (
            blocked_network() if (replaying if block_network is None else block_network) else nullcontext(),
            clock_in_context(active.clock),
        ):
            yield active


def _checked_arguments(path: object, record_mode: object, secrets: object, block_network: object) -> Path:
    """recording()'s arguments refused by name before any cassette is touched; the cassette's path."""
    if not isinstance(path, str | PathLike):
        raise InvalidParameterTypeError("path", f"must be a path (str or os.PathLike), got {type(path).__name__}")
    if not isinstance(record_mode, str) or record_mode not in RECORD_MODES:
        raise InvalidParameterError(
            "record_mode", f"must be one of {', '.join(RECORD_MODES)}, got {shown(record_mode)}"
        )
    # secrets: placeholder -> value; the values are never shown
    if secrets is not None and not (
        isinstance(secrets, Mapping)
        and all(isinstance(key, str) and isinstance(value, str | None) for key, value in secrets.items())
    ):
        raise InvalidParameterTypeError("secrets", "must be a dict of placeholder -> secret value, both strings")
    check_bool("block_network", block_network)
    try:
        cassette_path = Path(path)
    except TypeError:
        raise InvalidParameterTypeError("path", "must be a path to a cassette file") from None
    if "\x00" in str(cassette_path):
        raise InvalidParameterError("path", "must not contain NUL")
    return cassette_path
