from enum import StrEnum


class WorkflowParameterType(StrEnum):
    """Members are named as the reference names them, after their values in lower case
    (WorkflowParameterType.boolean). Each is also its wire value: a `str`. A value this client does
    not know (a newer server's) is kept as a member of its own instead of failing.
    """

    boolean = "boolean"
    credential_id = "credential_id"
    file_url = "file_url"
    float = "float"
    integer = "integer"
    json = "json"
    string = "string"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "WorkflowParameterType | None":
        # A value a newer server sends: keep it (it round-trips) instead of failing the whole parse.
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value
        member._value_ = value
        return member
