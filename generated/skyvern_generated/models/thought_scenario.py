from enum import StrEnum


class ThoughtScenario(StrEnum):
    EXTRACT_LOOP_VALUES = "extract_loop_values"
    FAILURE_DESCRIBE = "failure_describe"
    GENERATE_GENERAL_TASK = "generate_general_task"
    GENERATE_METADATA = "generate_metadata"
    GENERATE_PLAN = "generate_plan"
    GENERATE_TASK_IN_LOOP = "generate_task_in_loop"
    SUMMARIZATION = "summarization"
    TERMINATION = "termination"
    USER_GOAL_CHECK = "user_goal_check"

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
