"""The `runs` app's configuration."""

from django.apps import AppConfig


class RunsConfig(AppConfig):
    name = "runs"
    default_auto_field = "django.db.models.BigAutoField"
    # The Skyvern client is not made here in ready(): see runs.client for why it is made on first use.
