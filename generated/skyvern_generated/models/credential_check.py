from enum import StrEnum


class CredentialCheck(StrEnum):
    LOGIN_REQUEST_NOT_5XX_OR_429 = "login_request_not_5xx_or_429"
    NO_RECENT_LOGIN_WITH_SAME_CREDENTIAL = "no_recent_login_with_same_credential"
    SITE_REJECTED_CREDENTIALS = "site_rejected_credentials"

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
