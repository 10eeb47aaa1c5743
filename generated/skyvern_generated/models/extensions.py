from enum import StrEnum


class Extensions(StrEnum):
    AD_BLOCKER = "ad-blocker"
    CAPTCHA_SOLVER = "captcha-solver"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "Extensions | None":
        # A value a newer server sends: keep it (it round-trips) instead of failing the whole parse.
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value
        member._value_ = value
        return member
