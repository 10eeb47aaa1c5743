from enum import StrEnum


class WorkflowStatus(StrEnum):
    AUTO_GENERATED = "auto_generated"
    DRAFT = "draft"
    IMPORTING = "importing"
    IMPORT_FAILED = "import_failed"
    PUBLISHED = "published"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "WorkflowStatus | None":
        # A value a newer server sends: keep it (it round-trips) instead of failing the whole parse.
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value
        member._value_ = value
        return member
