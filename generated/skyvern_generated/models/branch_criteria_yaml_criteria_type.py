from enum import StrEnum


class BranchCriteriaYAMLCriteriaType(StrEnum):
    JINJA2_TEMPLATE = "jinja2_template"
    PROMPT = "prompt"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "BranchCriteriaYAMLCriteriaType | None":
        # A value a newer server sends: keep it (it round-trips) instead of failing the whole parse.
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value
        member._value_ = value
        return member
