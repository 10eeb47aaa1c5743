from enum import StrEnum


class BrowserSeedSource(StrEnum):
    """Which layer of the seed-precedence chain seeded a run's browser (provenance).

        Resolved once at run setup, before any browser creation, for all run types (C-semantics).
        - override: explicit request browser_profile_id (one-run-only pick via API)
        - picked: the workflow's explicit profile pick (workflows.browser_profile_id) — "always start here"
        - own_memory: the workflow's own auto-profile (no pick + persist_browser_session)
        - credential: the run's selected credential's profile (rotation-aware; also the empty-own boot)
        - fresh: no seed profile
        - degraded_fresh: a resolved profile failed to load; ran fresh

    Members are named as the reference names them, after their values in lower case
        (BrowserSeedSource.credential). Each is also its wire value: a `str`. A value this client does
        not know (a newer server's) is kept as a member of its own instead of failing.
    """

    credential = "credential"
    degraded_fresh = "degraded_fresh"
    fresh = "fresh"
    override = "override"
    own_memory = "own_memory"
    picked = "picked"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "BrowserSeedSource | None":
        # A value a newer server sends: keep it (it round-trips) instead of failing the whole parse.
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value
        member._value_ = value
        return member
