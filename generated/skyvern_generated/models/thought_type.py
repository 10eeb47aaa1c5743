from enum import StrEnum


class ThoughtType(StrEnum):
    FAILURE_DESCRIBE = "failure_describe"
    INTERNAL_PLAN = "internal_plan"
    METADATA = "metadata"
    PLAN = "plan"
    TERMINATION = "termination"
    USER_GOAL_CHECK = "user_goal_check"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "ThoughtType | None":
        # A value a newer server sends: keep it (it round-trips) instead of failing the whole parse.
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value
        member._value_ = value
        return member
