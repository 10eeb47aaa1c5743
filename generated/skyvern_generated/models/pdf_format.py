from enum import StrEnum


class PDFFormat(StrEnum):
    A4 = "A4"
    LEGAL = "Legal"
    LETTER = "Letter"
    TABLOID = "Tabloid"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "PDFFormat | None":
        # A value a newer server sends: keep it (it round-trips) instead of failing the whole parse.
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value
        member._value_ = value
        return member
