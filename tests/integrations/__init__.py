"""Tests of the framework integrations: skyvern_sync.django, skyvern_sync.flask, skyvern_sync.celery."""
