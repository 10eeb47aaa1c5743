"""The WSGI entry point (`gunicorn skyvern_site.wsgi`), as `django-admin startproject` makes it."""

import os

from django.core.wsgi import get_wsgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "skyvern_site.settings")

application = get_wsgi_application()
