"""Settings of the example project: a new project's (`django-admin startproject`, trimmed), SQLite, the
`catalog` app, and the Skyvern block of docs/django.md with its values from the environment."""

from __future__ import annotations

import os
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent

# an example's defaults: a production deployment sets DJANGO_SECRET_KEY and DJANGO_ALLOWED_HOSTS
SECRET_KEY = os.environ.get("DJANGO_SECRET_KEY", "django-insecure-example-only-never-deploy-this")
DEBUG = os.environ.get("DJANGO_DEBUG", "") == "1"
ALLOWED_HOSTS = os.environ.get("DJANGO_ALLOWED_HOSTS", "localhost,127.0.0.1").split(",")

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "skyvern_sync.django",
    "catalog.apps.CatalogConfig",
]
MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
]
ROOT_URLCONF = "skyvern_site.urls"
WSGI_APPLICATION = "skyvern_site.wsgi.application"
TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
            ]
        },
    }
]
DATABASES = {
    "default": {
        "ENGINE": "django.db.backends.sqlite3",
        "NAME": os.environ.get("DJANGO_DB_PATH", str(BASE_DIR / "db.sqlite3")),
    }
}
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"
USE_TZ = True
TIME_ZONE = "UTC"
STATIC_URL = "static/"
# the catalog's receivers log what they did: shown on the console of `runserver`
LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "loggers": {"catalog": {"handlers": ["console"], "level": "INFO"}},
}

# Skyvern (docs/django.md). Without a key, `manage.py check` (and runserver) says so: skyvern_sync.E001.
SKYVERN_API_KEY = os.environ.get("SKYVERN_API_KEY", "")
SKYVERN_BASE_URL = os.environ.get("SKYVERN_BASE_URL", "https://api.skyvern.com")
# where Skyvern reaches this site: start_run builds the runs' webhook and TOTP URLs on it
SKYVERN_PUBLIC_URL = os.environ.get("SKYVERN_PUBLIC_URL", "http://127.0.0.1:8000")
