from enum import StrEnum


class ProxyLocation(StrEnum):
    """Members are named as the reference names them, after their values in lower case
    (ProxyLocation.none). Each is also its wire value: a `str`. A value this client does
    not know (a newer server's) is kept as a member of its own instead of failing.
    """

    none = "NONE"
    residential = "RESIDENTIAL"
    residential_ar = "RESIDENTIAL_AR"
    residential_au = "RESIDENTIAL_AU"
    residential_br = "RESIDENTIAL_BR"
    residential_ca = "RESIDENTIAL_CA"
    residential_de = "RESIDENTIAL_DE"
    residential_es = "RESIDENTIAL_ES"
    residential_fr = "RESIDENTIAL_FR"
    residential_gb = "RESIDENTIAL_GB"
    residential_ie = "RESIDENTIAL_IE"
    residential_in = "RESIDENTIAL_IN"
    residential_isp = "RESIDENTIAL_ISP"
    residential_it = "RESIDENTIAL_IT"
    residential_jp = "RESIDENTIAL_JP"
    residential_kr = "RESIDENTIAL_KR"
    residential_mx = "RESIDENTIAL_MX"
    residential_nl = "RESIDENTIAL_NL"
    residential_nz = "RESIDENTIAL_NZ"
    residential_ph = "RESIDENTIAL_PH"
    residential_sa = "RESIDENTIAL_SA"
    residential_tr = "RESIDENTIAL_TR"
    residential_za = "RESIDENTIAL_ZA"
    us_ca = "US-CA"
    us_fl = "US-FL"
    us_ny = "US-NY"
    us_tx = "US-TX"
    us_wa = "US-WA"

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
