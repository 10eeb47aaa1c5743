"""`ReadOnlyValue`: the base of the small frozen values written out instead of dataclasses or attrs classes."""

from __future__ import annotations

from typing import Any, ClassVar


class ReadOnlyValue:
    """A value with slots, set once by its constructor, compared, hashed, shown and pickled by `_FIELDS`.

    Written out rather than a dataclass or an attrs class: `dataclasses` imports `inspect` (with ast, dis and
    tokenize) and attrs costs 40 ms more, for every script and command line that imports the client. A subclass
    names its fields in `_FIELDS` (its constructor's order, keyword names) and sets them with `_set`; its pickle is
    rebuilt through its constructor, checks included.
    """

    __slots__ = ()
    _FIELDS: ClassVar[tuple[str, ...]] = ()

    def _set(self, *values: Any) -> None:
        for name, value in zip(self._FIELDS, values, strict=True):
            object.__setattr__(self, name, value)

    def _values(self) -> tuple[Any, ...]:
        return tuple(getattr(self, name) for name in self._FIELDS)

    def __setattr__(self, name: str, value: object) -> None:
        raise AttributeError(f"{type(self).__name__} is read-only: make another one rather than setting {name!r}")

    def __delattr__(self, name: str) -> None:
        raise AttributeError(f"{type(self).__name__} is read-only: cannot delete {name!r}")

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__:
            return NotImplemented
        return self._values() == other._values()

    def __hash__(self) -> int:
        return hash(self._values())

    def __repr__(self) -> str:
        return f"{type(self).__name__}(" + ", ".join(f"{name}={getattr(self, name)!r}" for name in self._FIELDS) + ")"

    def __reduce__(self) -> tuple[Any, ...]:
        return _rebuilt, (type(self), dict(zip(self._FIELDS, self._values(), strict=True)))


def _rebuilt(cls: type[ReadOnlyValue], fields: dict[str, Any]) -> ReadOnlyValue:
    """A pickled value, made again by its constructor."""
    return cls(**fields)
