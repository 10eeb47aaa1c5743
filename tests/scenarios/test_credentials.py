"""Credentials, login with a stored credential, TOTP codes. Secrets here must never reach a cassette."""

from __future__ import annotations

import pytest

from skyvern_sync import NotFoundError, Skyvern
from skyvern_sync.schemas.run_blocks import CredentialType
from skyvern_sync.testing import Recording

# The secret scan (tests/test_cassettes.py) looks for these literally in every cassette.
USERNAME = "alice.scenario@example.com"
PASSWORD = "correct-horse-battery-staple-7"
TOTP_SECRET = "JBSWY3DPEHPK3PXPJBSWY3DP"
TOTP_CODE = "804915"
SECRETS = (USERNAME, PASSWORD, TOTP_SECRET, TOTP_CODE)


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
    assert created.credential.username == expected
    assert not hasattr(created.credential, "password")

    assert skyvern.get_credential(cid).name == "site login"
    assert cid in [c.credential_id for c in skyvern.get_credentials(page=1, page_size=50)]

    assert skyvern.delete_credential(cid) is None
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
    assert [str(item.type_) for item in skyvern.get_run_timeline(run.run_id)]
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


CARD = {
    "card_number": "4111111111111111",
    "card_cvv": "737",
    "card_exp_month": "03",
    "card_exp_year": "2030",
    "card_brand": "visa",
    "card_holder_name": "Alice Scenario",
}
SECRET_VALUE = "sk-scenario-secret-value-42"
SECRETS += (CARD["card_number"], CARD["card_holder_name"], SECRET_VALUE)


def test_credit_card_and_secret_credentials(skyvern: Skyvern) -> None:
    card = skyvern.create_credential(name="company card", credential_type="credit_card", credential=CARD)
    secret = skyvern.create_credential(
        name="service token", credential_type="secret", credential={"secret_value": SECRET_VALUE, "secret_label": "x"}
    )
    assert str(card.credential_type) == "credit_card" and str(secret.credential_type) == "secret"
    # the server keeps the card's last four digits and brand; the number and the secret never come back
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
