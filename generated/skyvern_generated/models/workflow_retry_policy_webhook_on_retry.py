from enum import StrEnum


class WorkflowRetryPolicyWebhookOnRetry(StrEnum):
    """Whether to send a webhook for every attempt or only the final attempt

    Members are named as the reference names them, after their values in lower case
        (WorkflowRetryPolicyWebhookOnRetry.every_attempt). Each is also its wire value: a `str`. A value this client does
        not know (a newer server's) is kept as a member of its own instead of failing.
    """

    every_attempt = "every_attempt"
    final_only = "final_only"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "WorkflowRetryPolicyWebhookOnRetry | None":
        # A value a newer server sends: keep it (it round-trips) instead of failing the whole parse.
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value
        member._value_ = value
        return member
