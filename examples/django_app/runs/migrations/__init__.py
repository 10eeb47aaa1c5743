"""The `runs` app's schema migrations, written by `manage.py makemigrations`."""
