-- seed data
CREATE USER app_rw;
INSERT INTO integrations (name, api_key, created_at)
VALUES ('github', 'ghs_yI6UkLGf0q4lrYkGi3LFV3NTA8dIuj1a9UMc', now());
