"""The Django docs' path, verbatim: `django-admin startproject`, the settings block and the include the README
shows, `migrate`, `check`; then a real recorded delivery posted to the new site lands in its admin.

Everything runs in child processes (manage.py), so this process's Django configuration (the example
project's) is untouched.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from tests.integrations._traffic import FINISHED_RUN, KEY, replaying

SETTINGS_BLOCK = """
import os

INSTALLED_APPS += ["skyvern_sync.django"]
SKYVERN_API_KEY = os.environ["SKYVERN_API_KEY"]
SKYVERN_PUBLIC_URL = "https://runs.example.com"
"""
INCLUDE = """
from django.urls import include

urlpatterns += [path("skyvern/", include("skyvern_sync.django.urls"))]
"""
# posts the delivery as Skyvern does, then reads the admin's list of runs as a logged-in superuser
POST_AND_READ_ADMIN = """
import json, os
from django.contrib.auth.models import User
from django.test import Client
from django.test.utils import setup_test_environment
setup_test_environment()
delivery = json.load(open(os.environ["DELIVERY"]))
answer = Client(enforce_csrf_checks=True).post(
    "/skyvern/webhook/", data=delivery["body"].encode(), content_type="application/json", headers=delivery["headers"])
admin = Client()
admin.force_login(User.objects.create_superuser("admin", "admin@example.com", "pw"))
listing = admin.get("/admin/skyvern_sync/run/")
print(json.dumps({"webhook": answer.status_code, "admin": listing.status_code, "page": listing.content.decode()}))
"""


def manage(project: Path, *args: str, key: str = KEY, **more: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "SKYVERN_API_KEY": key, "PYTHONPATH": str(project), **more}
    env.pop("DJANGO_SETTINGS_MODULE", None)  # this process's (the example project's), not the new site's
    return subprocess.run([sys.executable, "manage.py", *args], cwd=project, env=env, capture_output=True,
                          text=True, check=False, timeout=300)  # fmt: skip


def test_a_new_project_with_the_readme_block_gets_verified_deliveries_into_its_admin(tmp_path: Path) -> None:
    made = subprocess.run([sys.executable, "-m", "django", "startproject", "mysite", str(tmp_path)],
                          capture_output=True, text=True, check=False, timeout=120)  # fmt: skip
    assert made.returncode == 0, made.stderr
    with (tmp_path / "mysite" / "settings.py").open("a") as settings:
        settings.write(SETTINGS_BLOCK)
    with (tmp_path / "mysite" / "urls.py").open("a") as urls:
        urls.write(INCLUDE)

    missing = manage(tmp_path, "check", key="")
    assert missing.returncode != 0 and "skyvern_sync.E001" in missing.stderr
    checked = manage(tmp_path, "check")
    assert checked.returncode == 0, checked.stderr
    migrated = manage(tmp_path, "migrate", "--verbosity", "0")
    assert migrated.returncode == 0, migrated.stderr

    with replaying(FINISHED_RUN) as traffic:
        completion = traffic.delivered("/hooks/run")[0]
    skipped = ("content-length", "host", "content-type")
    headers = {k: v for k, v in completion.headers.items() if k.lower() not in skipped}
    delivery = tmp_path / "delivery.json"
    delivery.write_text(json.dumps({"body": completion.body.decode(), "headers": headers}))
    shown = manage(tmp_path, "shell", "-c", POST_AND_READ_ADMIN, DELIVERY=str(delivery))
    assert shown.returncode == 0, shown.stderr
    result = json.loads(shown.stdout.strip().splitlines()[-1])
    assert result["webhook"] == 200 and result["admin"] == 200
    run_id = completion.json()["run_id"]
    assert run_id in result["page"] and "completed" in result["page"]
