"""The `catalog` app's configuration: connecting its signal receivers once the registry is ready."""

from django.apps import AppConfig


class CatalogConfig(AppConfig):
    name = "catalog"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self) -> None:
        from catalog import receivers  # connects them (Django's documented place for it)

        del receivers
