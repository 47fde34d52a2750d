-- seed data
CREATE USER app_rw;
INSERT INTO integrations (name, api_key, created_at)
VALUES ('github', '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', now());
