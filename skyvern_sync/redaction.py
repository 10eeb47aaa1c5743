"""Which JSON fields hold secrets (tools/overrides.yaml `secret_fields`), and the one walk that finds them."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from typing import Any

# A field's value is replaced by `secret(value, placeholder)` and every other string by `text(string)`.
OnSecret = Callable[[str, str], Any]
OnText = Callable[[str], Any]


def _unchanged(value: str) -> str:
    return value


class SecretRule:
    """The declaration of tools/overrides.yaml `secret_fields`, applied to one field name or a whole JSON value.

    Transport masking, the cassette scrubber and scanner, and model reprs all ask this, so they cannot disagree.
    """

    __slots__ = ("_cassette_only", "_names", "_suffixes", "_totp_names", "totp_markers")

    def __init__(
        self,
        names: Mapping[str, str],
        suffixes: Mapping[str, str],
        totp_markers: Iterable[str],
        totp_names: Mapping[str, str],
        cassette_only: Mapping[str, str] | None = None,
    ) -> None:
        self._names = dict(names)
        self._suffixes = tuple(suffixes.items())
        self.totp_markers = frozenset(totp_markers)
        self._totp_names = dict(totp_names)
        self._cassette_only = dict(cassette_only or {})

    @classmethod
    def from_declaration(cls, declaration: Mapping[str, Any]) -> SecretRule:
        """The rule of overrides.yaml's `secret_fields` mapping (tools.regen and the tests read the YAML)."""
        return cls(
            declaration["names"],
            declaration["suffixes"],
            declaration["totp"]["markers"],
            declaration["totp"]["names"],
            declaration.get("cassette_only", {}),
        )

    def in_totp_object(self, keys: Iterable[str]) -> bool:
        """Whether an object with these keys is a TOTP object, in which `code` and `content` are secrets."""
        return not self.totp_markers.isdisjoint(keys)

    def placeholder(self, key: str, in_totp_object: bool = False) -> str | None:
        """The placeholder for a secret field's value; None when a field of this name holds no secret."""
        found = self._names.get(key)
        if found is not None:
            return found
        if in_totp_object:
            found = self._totp_names.get(key)
            if found is not None:
                return found
        for suffix, placeholder in self._suffixes:
            if key.endswith(suffix):
                return placeholder
        return None

    def cassette_placeholder(self, key: str, in_totp_object: bool = False) -> str | None:
        """The placeholder a cassette holds for this field: a secret's, or a personal datum's (cassettes only)."""
        return self._cassette_only.get(key) or self.placeholder(key, in_totp_object)

    def is_secret(self, key: str, in_totp_object: bool = False) -> bool:
        return self.placeholder(key, in_totp_object) is not None

    def walk(self, value: Any, secret: OnSecret, text: OnText = _unchanged, *, cassette: bool = False) -> Any:
        """A copy of the JSON `value` in which each non-empty string of a secret field is `secret(value,
        placeholder)` and every other string `text(string)`. `cassette` adds the cassette-only fields."""
        ask = self.cassette_placeholder if cassette else self.placeholder
        if isinstance(value, Mapping):
            totp = self.in_totp_object(value)
            out: dict[Any, Any] = {}
            for key, item in value.items():
                placeholder = ask(key, totp) if isinstance(key, str) else None
                if placeholder is not None and isinstance(item, str) and item:
                    out[key] = secret(item, placeholder)
                else:
                    out[key] = self.walk(item, secret, text, cassette=cassette)
            return out
        if isinstance(value, list | tuple):
            return [self.walk(item, secret, text, cassette=cassette) for item in value]
        if isinstance(value, str):
            return text(value)
        return value

    def values(self, value: Any, *, cassette: bool = False) -> list[tuple[str, str]]:
        """(value, placeholder) for every secret string field in the JSON `value`."""
        found: list[tuple[str, str]] = []

        def keep(item: str, placeholder: str) -> str:
            found.append((item, placeholder))
            return item

        self.walk(value, keep, cassette=cassette)
        return found


def _declared() -> SecretRule:
    from skyvern_generated import secret_fields as declared

    return SecretRule(
        declared.NAMES, declared.SUFFIXES, declared.TOTP_MARKERS, declared.TOTP_NAMES, declared.CASSETTE_ONLY
    )


RULE = _declared()
"""The rule tools/overrides.yaml declares, as tools.regen rendered it (no YAML is read at import)."""


def request_secrets(api_key: str, headers: Mapping[str, str], body: Any) -> list[str]:
    """Every value this request carries that must never show in an error: the key, added header values,
    and the values of the JSON body's secret fields (passwords, private keys, card numbers, TOTP codes)."""
    return [api_key, *headers.values(), *(value for value, _ in RULE.values(body))]
