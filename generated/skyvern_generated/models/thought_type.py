from enum import StrEnum


class ThoughtType(StrEnum):
    """Type of thought recorded during task execution.

        Note: Stored as VARCHAR in the database (not a PostgreSQL ENUM), so new values
        can be added without database migrations. See observer_thoughts.observer_thought_type column.

    Members are named as the reference names them, after their values in lower case
        (ThoughtType.failure_describe). Each is also its wire value: a `str`. A value this client does
        not know (a newer server's) is kept as a member of its own instead of failing.
    """

    failure_describe = "failure_describe"
    internal_plan = "internal_plan"
    metadata = "metadata"
    plan = "plan"
    termination = "termination"
    user_goal_check = "user_goal_check"

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
