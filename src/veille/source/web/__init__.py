"""Fetching from the web for ``veille watch``: guard (which URLs and addresses), robots (robots.txt),
politeness (per-host interval), body (capped, decompressed reads), fetch (the client that applies them
all), feed_list (the FEEDS_FILE format)."""
