"""The `catalog` app's schema migrations, written by `manage.py makemigrations`."""
