from enum import StrEnum


class RunEngine(StrEnum):
    ANTHROPIC_CUA = "anthropic-cua"
    OPENAI_CUA = "openai-cua"
    SKYVERN_1_0 = "skyvern-1.0"
    SKYVERN_2_0 = "skyvern-2.0"
    SKYVERN_3_0 = "skyvern-3.0"
    UI_TARS = "ui-tars"
    YUTORI_NAVIGATOR = "yutori-navigator"

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
