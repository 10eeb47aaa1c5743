"""Which JSON fields hold secrets: tools/overrides.yaml `secret_fields`, rendered by `python -m tools.regen`.

Data only, so that no YAML is read at import; skyvern_sync/redaction.py applies it (transport masking, the
cassette scrubber and scanner, model reprs).
"""

NAMES = {
    "password": "<PASSWORD>",
    "passphrase": "<PASSPHRASE>",
    "totp": "<TOTP_SECRET>",
    "secret": "<SECRET>",
    "secret_value": "<SECRET>",
    "api_key": "<API_KEY>",
    "token": "<TOKEN>",
    "cookie": "<COOKIE>",
    "card_number": "<CARD_NUMBER>",
    "card_cvv": "<CARD_CVV>",
    "card_exp_month": "<CARD_EXP>",
    "card_exp_year": "<CARD_EXP>",
    "x-skyvern-signature": "<SIGNATURE>",
}
SUFFIXES = {
    "_password": "<PASSWORD>",
    "_passphrase": "<PASSPHRASE>",
    "_private_key": "<PRIVATE_KEY>",
    "_secret_access_key": "<SECRET>",
    "_account_key": "<SECRET>",
    "_api_key": "<API_KEY>",
    "_token": "<TOKEN>",
    "_secret": "<SECRET>",
}
TOTP_MARKERS = ("totp_identifier", "totp_code_id")
TOTP_NAMES = {"code": "<TOTP_CODE>", "content": "<TOTP_MESSAGE>"}
CASSETTE_ONLY = {
    "username": "<USERNAME>",
    "card_holder_name": "<CARD_HOLDER>",
    "billing_email": "<BILLING_EMAIL>",
    "billing_phone": "<BILLING_PHONE>",
}
