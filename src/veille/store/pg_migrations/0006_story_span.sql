-- The twin of migrations/0006_story_span.sql: a story's span in one index, so counting the stories
-- that meet a date range reads the index alone.
CREATE INDEX stories_span ON stories (last_date, first_date, story_id);
