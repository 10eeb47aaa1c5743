"""Checks that fail bad input before anything is sent, each naming the parameter at fault."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from skyvern_sync.schemas.run_blocks import CredentialType
from skyvern_sync.schemas.runs import RunEngine


def wire_value(value: Any) -> Any:
    """An enum member goes on the wire as its value; anything else as given."""
    return getattr(value, "value", value)


def check_text(name: str, value: Any) -> None:
    if not isinstance(value, str):
        raise TypeError(f"{name} must be a string, got {type(value).__name__}")
    if not value.strip():
        raise ValueError(f"{name} must not be empty")


def check_timeout(timeout: Any) -> None:
    if isinstance(timeout, bool) or not isinstance(timeout, int | float) or not timeout > 0:
        raise ValueError(f"timeout must be a positive number of seconds, got {timeout!r}")


def check_engine(engine: Any) -> str:
    try:
        return RunEngine(str(wire_value(engine))).value
    except ValueError:
        known = ", ".join(e.value for e in RunEngine)
        raise ValueError(f"engine {engine!r} is not a RunEngine (one of: {known})") from None


def check_browser_session_timeout(timeout: Any) -> None:
    if timeout is None:
        return
    if isinstance(timeout, bool) or not isinstance(timeout, int) or not 5 <= timeout <= 1440:
        raise ValueError(f"timeout of a browser session is in minutes, 5 to 1440; got {timeout!r}")


def check_one_definition(json_definition: Any, yaml_definition: Any) -> None:
    if (json_definition is None) == (yaml_definition is None):
        raise ValueError("pass exactly one of json_definition and yaml_definition")
    if json_definition is not None and not isinstance(json_definition, Mapping):
        raise TypeError(f"json_definition must be a dict, got {type(json_definition).__name__}")
    if yaml_definition is not None:
        check_text("yaml_definition", yaml_definition)


def check_credential(credential_type: Any, credential: Any) -> str:
    """Check `credential` against the generated model of its type: a misfit names keys, never values."""
    import attrs
    from skyvern_generated.models import NonEmptyCreditCardCredential, NonEmptyPasswordCredential, SecretCredential

    shapes: dict[str, type] = {
        "password": NonEmptyPasswordCredential,
        "credit_card": NonEmptyCreditCardCredential,
        "secret": SecretCredential,
    }
    kind = str(wire_value(credential_type))
    if kind not in shapes:
        raise ValueError(f"credential_type {credential_type!r} is not one of {sorted(shapes)}")
    if not isinstance(credential, Mapping):
        raise TypeError(f"credential must be a dict, got {type(credential).__name__}")
    fields = [f for f in attrs.fields(shapes[kind]) if f.init]
    required = {f.name for f in fields if f.default is attrs.NOTHING}
    problems = []
    missing = sorted(required - credential.keys())
    if missing:
        problems.append(f"missing keys {missing}")
    extra = sorted(credential.keys() - {f.name for f in fields})
    if extra:
        problems.append(f"unexpected keys {extra}")
    not_text = sorted(k for k in required & credential.keys() if not isinstance(credential[k], str))
    if not_text:
        problems.append(f"keys {not_text} must be strings")
    if problems:
        raise ValueError(f"credential does not fit credential_type {kind!r}: {'; '.join(problems)}")
    return kind


LOGIN_FIELDS: dict[str, tuple[set[str], set[str]]] = {
    # credential type: (required fields, allowed fields)
    "skyvern": ({"credential_id"}, {"credential_id"}),
    "bitwarden": (set(), {"bitwarden_collection_id", "bitwarden_item_id"}),
    "1password": ({"onepassword_vault_id", "onepassword_item_id"}, {"onepassword_vault_id", "onepassword_item_id"}),
    "azure_vault": (
        {"azure_vault_name", "azure_vault_username_key", "azure_vault_password_key"},
        {"azure_vault_name", "azure_vault_username_key", "azure_vault_password_key", "azure_vault_totp_secret_key"},
    ),
}
SECRET_SOURCE_FIELDS = set().union(*(allowed for _, allowed in LOGIN_FIELDS.values()))


def check_login(credential_type: Any, fields: Mapping[str, Any]) -> str:
    try:
        kind = CredentialType(str(wire_value(credential_type))).value
    except ValueError:
        known = ", ".join(f"{c.name} ({c.value!r})" for c in CredentialType)
        raise ValueError(f"credential_type {credential_type!r} is not a CredentialType: {known}") from None
    required, allowed = LOGIN_FIELDS[kind]
    missing = sorted(required - fields.keys())
    if missing:
        raise ValueError(f"login with credential_type {kind!r} needs {', '.join(missing)}")
    foreign = sorted((fields.keys() & SECRET_SOURCE_FIELDS) - allowed)
    if foreign:
        raise ValueError(f"login with credential_type {kind!r} does not take {', '.join(foreign)}")
    return kind
