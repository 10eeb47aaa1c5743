from enum import StrEnum


class ProxyLocation(StrEnum):
    NONE = "NONE"
    RESIDENTIAL = "RESIDENTIAL"
    RESIDENTIAL_AR = "RESIDENTIAL_AR"
    RESIDENTIAL_AU = "RESIDENTIAL_AU"
    RESIDENTIAL_BR = "RESIDENTIAL_BR"
    RESIDENTIAL_CA = "RESIDENTIAL_CA"
    RESIDENTIAL_DE = "RESIDENTIAL_DE"
    RESIDENTIAL_ES = "RESIDENTIAL_ES"
    RESIDENTIAL_FR = "RESIDENTIAL_FR"
    RESIDENTIAL_GB = "RESIDENTIAL_GB"
    RESIDENTIAL_IE = "RESIDENTIAL_IE"
    RESIDENTIAL_IN = "RESIDENTIAL_IN"
    RESIDENTIAL_ISP = "RESIDENTIAL_ISP"
    RESIDENTIAL_IT = "RESIDENTIAL_IT"
    RESIDENTIAL_JP = "RESIDENTIAL_JP"
    RESIDENTIAL_KR = "RESIDENTIAL_KR"
    RESIDENTIAL_MX = "RESIDENTIAL_MX"
    RESIDENTIAL_NL = "RESIDENTIAL_NL"
    RESIDENTIAL_NZ = "RESIDENTIAL_NZ"
    RESIDENTIAL_PH = "RESIDENTIAL_PH"
    RESIDENTIAL_SA = "RESIDENTIAL_SA"
    RESIDENTIAL_TR = "RESIDENTIAL_TR"
    RESIDENTIAL_ZA = "RESIDENTIAL_ZA"
    US_CA = "US-CA"
    US_FL = "US-FL"
    US_NY = "US-NY"
    US_TX = "US-TX"
    US_WA = "US-WA"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "ProxyLocation | None":
        # A value a newer server sends: keep it (it round-trips) instead of failing the whole parse.
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value
        member._value_ = value
        return member
