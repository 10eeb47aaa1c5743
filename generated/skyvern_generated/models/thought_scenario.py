from enum import StrEnum


class ThoughtScenario(StrEnum):
    """Scenario in which a thought was generated.

        Note: Stored as VARCHAR in the database (not a PostgreSQL ENUM), so new values
        can be added without database migrations. See observer_thoughts.observer_thought_scenario column.

    Members are named as the reference names them, after their values in lower case
        (ThoughtScenario.extract_loop_values). Each is also its wire value: a `str`. A value this client does
        not know (a newer server's) is kept as a member of its own instead of failing.
    """

    extract_loop_values = "extract_loop_values"
    failure_describe = "failure_describe"
    generate_general_task = "generate_general_task"
    generate_metadata = "generate_metadata"
    generate_plan = "generate_plan"
    generate_task_in_loop = "generate_task_in_loop"
    summarization = "summarization"
    termination = "termination"
    user_goal_check = "user_goal_check"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "ThoughtScenario | None":
        # A value a newer server sends: keep it (it round-trips) instead of failing the whole parse.
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value
        member._value_ = value
        return member
