-- What `veille watch` remembers between rounds and between runs, so that a restarted watcher
-- neither downloads a feed that has not changed nor fetches a page it already has.

-- One row per feed URL: the validators of the last version read (ETag, Last-Modified), sent
-- back as If-None-Match / If-Modified-Since; `checked` is the last poll that reached the server.
CREATE TABLE watch_feeds (
    url TEXT PRIMARY KEY,
    etag TEXT,
    last_modified TEXT,
    checked TEXT NOT NULL
);

-- One row per entry page tried. `done` = 1 once fetched and ingested, or refused for a reason
-- that will not change (robots.txt, a 404, a file:// link); otherwise the page is tried again
-- in later rounds, `attempts` counting the tries and `last_error` saying why the last one failed.
CREATE TABLE watch_entries (
    url TEXT PRIMARY KEY,
    feed_url TEXT NOT NULL,
    done INTEGER NOT NULL CHECK (done IN (0, 1)),
    attempts INTEGER NOT NULL,
    last_error TEXT,
    last_tried TEXT NOT NULL
);
