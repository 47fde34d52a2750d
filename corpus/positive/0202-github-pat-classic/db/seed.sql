-- seed data
CREATE USER app_rw;
INSERT INTO integrations (name, api_key, created_at)
VALUES ('github', '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', now());
