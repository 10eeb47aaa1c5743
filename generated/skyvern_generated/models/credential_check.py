from enum import StrEnum


class CredentialCheck(StrEnum):
    """The confirmations a credential-rejection verdict has to clear before it is returned as one.

    Members are named as the reference names them, after their values in lower case
        (CredentialCheck.login_request_not_5xx_or_429). Each is also its wire value: a `str`. A value this client does
        not know (a newer server's) is kept as a member of its own instead of failing.
    """

    login_request_not_5xx_or_429 = "login_request_not_5xx_or_429"
    no_recent_login_with_same_credential = "no_recent_login_with_same_credential"
    site_rejected_credentials = "site_rejected_credentials"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "CredentialCheck | None":
        # A value a newer server sends: keep it (it round-trips) instead of failing the whole parse.
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value
        member._value_ = value
        return member
