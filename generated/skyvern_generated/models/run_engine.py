from enum import StrEnum


class RunEngine(StrEnum):
    """Members are named as the reference names them, after their values in lower case
    (RunEngine.anthropic_cua). Each is also its wire value: a `str`. A value this client does
    not know (a newer server's) is kept as a member of its own instead of failing.
    """

    anthropic_cua = "anthropic-cua"
    openai_cua = "openai-cua"
    skyvern_v1 = "skyvern-1.0"
    skyvern_v2 = "skyvern-2.0"
    skyvern_v3 = "skyvern-3.0"
    ui_tars = "ui-tars"
    yutori_navigator = "yutori-navigator"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "RunEngine | None":
        # A value a newer server sends: keep it (it round-trips) instead of failing the whole parse.
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value
        member._value_ = value
        return member
