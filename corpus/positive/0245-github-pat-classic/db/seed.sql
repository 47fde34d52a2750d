-- seed data
CREATE USER app_rw;
INSERT INTO integrations (name, api_key, created_at)
VALUES ('github', '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', now());
