-- seed data
CREATE USER app_rw;
INSERT INTO integrations (name, api_key, created_at)
VALUES ('github', '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', now());
