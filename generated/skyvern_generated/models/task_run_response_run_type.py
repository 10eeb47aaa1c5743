from enum import StrEnum


class TaskRunResponseRunType(StrEnum):
    ANTHROPIC_CUA = "anthropic_cua"
    OPENAI_CUA = "openai_cua"
    TASK_V1 = "task_v1"
    TASK_V2 = "task_v2"
    TASK_V3 = "task_v3"
    UI_TARS = "ui_tars"
    YUTORI_NAVIGATOR = "yutori_navigator"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "TaskRunResponseRunType | None":
        # A value a newer server sends: keep it (it round-trips) instead of failing the whole parse.
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value
        member._value_ = value
        return member
