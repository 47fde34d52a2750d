-- seed data
CREATE USER app_rw;
INSERT INTO integrations (name, api_key, created_at)
VALUES ('github', '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', now());
