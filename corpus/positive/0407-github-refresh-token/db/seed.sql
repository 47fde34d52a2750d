-- seed data
CREATE USER app_rw;
INSERT INTO integrations (name, api_key, created_at)
VALUES ('github', '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', now());
