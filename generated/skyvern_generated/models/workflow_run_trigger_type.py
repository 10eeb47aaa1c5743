from enum import StrEnum


class WorkflowRunTriggerType(StrEnum):
    """How a workflow run was initiated.

        - manual: User clicked "Run" in the UI
        - mcp: First-party MCP client request
        - api: Direct API call to the run endpoint
        - scheduled: Triggered by a cron schedule
        - webhook: Triggered by an external system via the webhook endpoint
        - job_recipe_extract: Launched by a job recipe extract request
        - job_recipe_apply: Launched by a job recipe apply request

    Members are named as the reference names them, after their values in lower case
        (WorkflowRunTriggerType.api). Each is also its wire value: a `str`. A value this client does
        not know (a newer server's) is kept as a member of its own instead of failing.
    """

    api = "api"
    job_recipe_apply = "job_recipe_apply"
    job_recipe_extract = "job_recipe_extract"
    manual = "manual"
    mcp = "mcp"
    scheduled = "scheduled"
    webhook = "webhook"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "WorkflowRunTriggerType | None":
        # A value a newer server sends: keep it (it round-trips) instead of failing the whole parse.
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value
        member._value_ = value
        return member
