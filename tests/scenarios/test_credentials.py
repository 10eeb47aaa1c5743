"""Credentials, login with a stored credential, TOTP codes. Secrets here must never reach a cassette."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from skyvern_sync import NotFoundError, Skyvern
from skyvern_sync.schemas.run_blocks import CredentialType
from skyvern_sync.testing import Recording
from skyvern_sync.types import CreditCardCredentialResponse, PasswordCredentialResponse, SecretCredentialResponse
from tests._recorded import SCENARIO_CARD as CARD
from tests._recorded import SCENARIO_PASSWORD as PASSWORD
from tests._recorded import SCENARIO_SECRET_VALUE as SECRET_VALUE
from tests._recorded import SCENARIO_TOTP_CODE as TOTP_CODE
from tests._recorded import SCENARIO_TOTP_SECRET as TOTP_SECRET
from tests._recorded import SCENARIO_USERNAME as USERNAME


def test_credential_lifecycle(skyvern: Skyvern, skyvern_recording: Recording) -> None:
    created = skyvern.create_credential(
        name="site login", credential_type="password",
        credential={"username": USERNAME, "password": PASSWORD, "totp": TOTP_SECRET},
    )  # fmt: skip
    cid = created.credential_id
    assert cid.startswith("cred_")
    assert str(created.credential_type) == "password"
    # the server echoes the username, never the password; the cassette holds a placeholder instead
    expected = "<USERNAME>" if skyvern_recording.replaying else USERNAME
    assert isinstance(created.credential, PasswordCredentialResponse)
    assert created.credential.username == expected
    assert not hasattr(created.credential, "password")

    assert skyvern.get_credential(cid).name == "site login"
    assert cid in [c.credential_id for c in skyvern.get_credentials(page=1, page_size=50)]

    skyvern.delete_credential(cid)
    with pytest.raises(NotFoundError):
        skyvern.get_credential(cid)


def test_login_with_a_stored_credential(skyvern: Skyvern, site_url: str) -> None:
    credential = skyvern.create_credential(
        name="login target", credential_type="password", credential={"username": USERNAME, "password": PASSWORD}
    )
    run = skyvern.login(
        credential_type=CredentialType.skyvern,
        credential_id=credential.credential_id,
        url=f"{site_url}/login",
        wait_for_completion=True,
        timeout=300,
    )
    assert run.status == "completed", run.failure_reason
    assert run.run_type == "workflow_run"
    # a login is a workflow run, so it has a timeline
    assert [str(item.type) for item in skyvern.get_run_timeline(run.run_id)]
    skyvern.delete_credential(credential.credential_id)


def test_send_totp_code_is_parsed(skyvern: Skyvern, skyvern_recording: Recording) -> None:
    totp = skyvern.send_totp_code(
        totp_identifier="alice@example.com", content=f"Your verification code is {TOTP_CODE}", source="email"
    )
    assert totp.totp_identifier == "alice@example.com"
    # the server parsed the code out of the message; cassettes keep only placeholders for both
    assert totp.code == ("<TOTP_CODE>" if skyvern_recording.replaying else TOTP_CODE)
    assert totp.content == (
        "<TOTP_MESSAGE>" if skyvern_recording.replaying else f"Your verification code is {TOTP_CODE}"
    )


def test_unknown_credential_is_not_found(skyvern: Skyvern) -> None:
    with pytest.raises(NotFoundError):
        skyvern.get_credential("cred_000000000000000000")


def test_credit_card_and_secret_credentials(skyvern: Skyvern) -> None:
    card = skyvern.create_credential(name="company card", credential_type="credit_card", credential=CARD)
    secret = skyvern.create_credential(
        name="service token", credential_type="secret", credential={"secret_value": SECRET_VALUE, "secret_label": "x"}
    )
    assert str(card.credential_type) == "credit_card" and str(secret.credential_type) == "secret"
    # the server keeps the card's last four digits and brand; the number and the secret never come back
    assert isinstance(card.credential, CreditCardCredentialResponse)
    assert isinstance(secret.credential, SecretCredentialResponse)
    assert card.credential.last_four == "1111"
    assert card.credential.brand == "visa"
    assert skyvern.get_credential(secret.credential_id).name == "service token"
    listed = {c.credential_id: str(c.credential_type) for c in skyvern.get_credentials(page=1, page_size=100)}
    assert listed[card.credential_id] == "credit_card" and listed[secret.credential_id] == "secret"
    skyvern.delete_credential(card.credential_id)
    skyvern.delete_credential(secret.credential_id)
    with pytest.raises(NotFoundError):
        skyvern.delete_credential(card.credential_id)


def test_send_a_bare_totp_code(skyvern: Skyvern, skyvern_recording: Recording) -> None:
    # content of 10 characters or fewer is taken as the code itself, without the language model
    totp = skyvern.send_totp_code(totp_identifier="bob@example.com", content=TOTP_CODE)
    assert totp.code == ("<TOTP_CODE>" if skyvern_recording.replaying else TOTP_CODE)


def test_update_a_credential_and_search_for_it(
    skyvern: Skyvern, skyvern_recording: Recording, unique: Callable[[str], str]
) -> None:
    name, renamed = unique("searchable login"), unique("renamed login")
    created = skyvern.create_credential(
        name=name, credential_type="password", credential={"username": USERNAME, "password": PASSWORD},
        vault_type="skyvern", tested_url="https://example.com/login",
    )  # fmt: skip
    cid = created.credential_id
    assert str(created.vault_type) == "skyvern" and created.tested_url == "https://example.com/login"
    # the search finds it by name, case-insensitively; the type filter leaves it out when it is not one
    assert [c.credential_id for c in skyvern.get_credentials(search=name.upper(), page_size=100)] == [cid]
    assert skyvern.get_credentials(search=name, credential_type="secret", page_size=100) == []
    assert cid in [c.credential_id for c in skyvern.get_credentials(vault_type="skyvern", page_size=100)]

    updated = skyvern.update_credential(
        cid, name=renamed, credential_type="password",
        credential={"username": USERNAME, "password": PASSWORD, "totp": TOTP_SECRET},
    )  # fmt: skip
    # the same id, the new name; the secrets are replaced and never come back
    assert updated.credential_id == cid and updated.name == renamed
    assert isinstance(updated.credential, PasswordCredentialResponse)
    assert not hasattr(updated.credential, "password")
    assert skyvern.get_credential(cid).name == renamed
    assert skyvern.get_credentials(search=name, page_size=100) == []
    skyvern.delete_credential(cid)
    with pytest.raises(NotFoundError):
        skyvern.update_credential(
            cid, name=renamed, credential_type="password", credential={"username": USERNAME, "password": PASSWORD}
        )


def test_send_a_totp_code_of_a_type(skyvern: Skyvern) -> None:
    totp = skyvern.send_totp_code(totp_identifier="carol@example.com", content=TOTP_CODE, type="totp")
    assert str(totp.otp_type or totp.type) == "totp"
