from enum import StrEnum


class FileType(StrEnum):
    AUTO_DETECT = "auto_detect"
    CSV = "csv"
    DOCX = "docx"
    EXCEL = "excel"
    IMAGE = "image"
    PDF = "pdf"
    ZIP = "zip"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "FileType | None":
        # A value a newer server sends: keep it (it round-trips) instead of failing the whole parse.
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value
        member._value_ = value
        return member
