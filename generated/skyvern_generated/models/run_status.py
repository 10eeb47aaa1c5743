from enum import StrEnum


class RunStatus(StrEnum):
    CANCELED = "canceled"
    COMPLETED = "completed"
    CREATED = "created"
    FAILED = "failed"
    PAUSED = "paused"
    QUEUED = "queued"
    RUNNING = "running"
    TERMINATED = "terminated"
    TIMED_OUT = "timed_out"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "RunStatus | None":
        # A value a newer server sends: keep it (it round-trips) instead of failing the whole parse.
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value
        member._value_ = value
        return member
