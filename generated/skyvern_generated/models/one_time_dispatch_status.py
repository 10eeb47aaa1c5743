from enum import StrEnum


class OneTimeDispatchStatus(StrEnum):
    """Members are named as the reference names them, after their values in lower case
    (OneTimeDispatchStatus.canceled). Each is also its wire value: a `str`. A value this client does
    not know (a newer server's) is kept as a member of its own instead of failing.
    """

    canceled = "canceled"
    failed = "failed"
    fired = "fired"
    pending = "pending"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "OneTimeDispatchStatus | None":
        # A value a newer server sends: keep it (it round-trips) instead of failing the whole parse.
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value
        member._value_ = value
        return member
