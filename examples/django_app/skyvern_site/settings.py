"""Settings of the example project: SQLite, the `runs` app, and Skyvern's key and URLs from the environment."""

from __future__ import annotations

import os
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent

# an example's defaults: a production deployment sets DJANGO_SECRET_KEY and DJANGO_ALLOWED_HOSTS
SECRET_KEY = os.environ.get("DJANGO_SECRET_KEY", "django-insecure-example-only-never-deploy-this")
DEBUG = os.environ.get("DJANGO_DEBUG", "") == "1"
ALLOWED_HOSTS = os.environ.get("DJANGO_ALLOWED_HOSTS", "localhost,127.0.0.1").split(",")

# no admin, auth or sessions: the app's callers are Skyvern (signed) and your own backend
INSTALLED_APPS = ["runs.apps.RunsConfig"]
MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
]
ROOT_URLCONF = "skyvern_site.urls"
WSGI_APPLICATION = "skyvern_site.wsgi.application"

DATABASES = {
    "default": {
        "ENGINE": "django.db.backends.sqlite3",
        "NAME": os.environ.get("DJANGO_DB_PATH", str(BASE_DIR / "db.sqlite3")),
    }
}
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"
USE_TZ = True
TIME_ZONE = "UTC"

# A delivery carries the run's whole output: Django's 2.5 MB default would answer a big one 400, which
# Skyvern does not retry, and the result would be lost. skyvern_sync.webhooks refuses more than 16 MiB.
DATA_UPLOAD_MAX_MEMORY_SIZE = 16 * 1024 * 1024

# The key signs what Skyvern sends here, so the same setting authenticates calls and verifies deliveries.
SKYVERN_API_KEY = os.environ.get("SKYVERN_API_KEY", "")
SKYVERN_BASE_URL = os.environ.get("SKYVERN_BASE_URL", "https://api.skyvern.com")
# Where Skyvern reaches this app from outside (its webhook and TOTP URLs are built on it), e.g.
# https://runs.example.com; not the request's Host, which a proxy or the test client makes up.
SKYVERN_PUBLIC_URL = os.environ.get("SKYVERN_PUBLIC_URL", "http://127.0.0.1:8000")
