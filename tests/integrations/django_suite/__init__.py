"""skyvern_sync.django in a new project (../django_site), run by ../test_django.py in its own interpreter."""
