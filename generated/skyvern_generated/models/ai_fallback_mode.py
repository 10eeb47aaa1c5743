from enum import StrEnum


class AIFallbackMode(StrEnum):
    """Controls how an action block uses a CSS/XPath selector relative to AI.

        - `fallback`: attempt the selector first; fall back to AI on failure.
        - `proactive`: always use AI; the selector (if any) is a hint only.

        When `selector` is None, both modes degrade to AI-only — the difference
        is purely semantic (whether the author expected to have a selector here).

    Members are named as the reference names them, after their values in lower case
        (AIFallbackMode.fallback). Each is also its wire value: a `str`. A value this client does
        not know (a newer server's) is kept as a member of its own instead of failing.
    """

    fallback = "fallback"
    proactive = "proactive"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "AIFallbackMode | None":
        # A value a newer server sends: keep it (it round-trips) instead of failing the whole parse.
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value
        member._value_ = value
        return member
