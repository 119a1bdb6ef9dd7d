-- The sums the home page reads instead of grouping every view row (store/view_top.py): articles per
-- day x outlet x language, each speaker's and entity's all-time totals (which bound its count in any
-- period) and its counts per month and per day ('m' and 'd' grains) x outlet x language.
-- The twin of sqlite_view_index.py's schema; refilled with the other view tables.

CREATE TABLE view_days (
    day TEXT COLLATE "C", site TEXT COLLATE "C", lang TEXT COLLATE "C", articles BIGINT NOT NULL,
    copies BIGINT NOT NULL
);
CREATE INDEX view_days_day ON view_days (day);

CREATE TABLE view_speaker_totals (
    speaker_key TEXT COLLATE "C" PRIMARY KEY, speaker TEXT COLLATE "C", quotes BIGINT NOT NULL,
    articles BIGINT NOT NULL
);
CREATE INDEX view_speaker_totals_rank ON view_speaker_totals (quotes DESC, speaker_key);

CREATE TABLE view_entity_totals (
    entity_key TEXT COLLATE "C" PRIMARY KEY, canonical TEXT COLLATE "C", label TEXT COLLATE "C",
    articles BIGINT NOT NULL
);
CREATE INDEX view_entity_totals_rank ON view_entity_totals (articles DESC, entity_key);

CREATE TABLE view_speaker_periods (
    speaker_key TEXT COLLATE "C" NOT NULL, grain TEXT NOT NULL, period TEXT COLLATE "C", site TEXT COLLATE "C",
    lang TEXT COLLATE "C", speaker TEXT COLLATE "C", quotes BIGINT NOT NULL, articles BIGINT NOT NULL
);
CREATE INDEX view_speaker_periods_key ON view_speaker_periods (speaker_key, grain, period);

CREATE TABLE view_entity_periods (
    entity_key TEXT COLLATE "C" NOT NULL, grain TEXT NOT NULL, period TEXT COLLATE "C", site TEXT COLLATE "C",
    lang TEXT COLLATE "C", canonical TEXT COLLATE "C", label TEXT COLLATE "C", articles BIGINT NOT NULL
);
CREATE INDEX view_entity_periods_key ON view_entity_periods (entity_key, grain, period);
