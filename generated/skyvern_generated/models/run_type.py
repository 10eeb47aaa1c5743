from enum import StrEnum


class RunType(StrEnum):
    """Members are named as the reference names them, after their values in lower case
    (RunType.anthropic_cua). Each is also its wire value: a `str`. A value this client does
    not know (a newer server's) is kept as a member of its own instead of failing.
    """

    anthropic_cua = "anthropic_cua"
    openai_cua = "openai_cua"
    task_v1 = "task_v1"
    task_v2 = "task_v2"
    task_v3 = "task_v3"
    ui_tars = "ui_tars"
    workflow_run = "workflow_run"
    yutori_navigator = "yutori_navigator"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "RunType | None":
        # A value a newer server sends: keep it (it round-trips) instead of failing the whole parse.
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value
        member._value_ = value
        return member
