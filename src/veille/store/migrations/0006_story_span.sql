-- The home page counts and pages the stories whose span meets a date range, newest first: with the
-- span and the id in one index both read the index alone, not each story's row and its JSON state
-- (a second on 28k stories).
CREATE INDEX stories_span ON stories (last_date, first_date, story_id);
