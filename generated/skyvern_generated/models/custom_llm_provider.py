from enum import StrEnum


class CustomLLMProvider(StrEnum):
    """Members are named as the reference names them, after their values in lower case
    (CustomLLMProvider.gemini). Each is also its wire value: a `str`. A value this client does
    not know (a newer server's) is kept as a member of its own instead of failing.
    """

    gemini = "gemini"
    ollama = "ollama"
    openai_compatible = "openai_compatible"
    openrouter = "openrouter"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "CustomLLMProvider | None":
        # A value a newer server sends: keep it (it round-trips) instead of failing the whole parse.
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value
        member._value_ = value
        return member
