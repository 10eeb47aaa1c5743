"""A new Django project as the docs set it up: the admin, skyvern_sync.django, its settings block and include."""
