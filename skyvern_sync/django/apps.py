"""The app's configuration: label `skyvern_sync`, and its system checks."""

from __future__ import annotations

from django.apps import AppConfig


class SkyvernConfig(AppConfig):
    name = "skyvern_sync.django"
    label = "skyvern_sync"  # the default, "django", would read as Django's own
    verbose_name = "Skyvern"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self) -> None:
        from skyvern_sync.django import checks  # registers them

        del checks
