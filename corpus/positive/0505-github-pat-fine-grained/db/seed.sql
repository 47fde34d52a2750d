-- seed data
CREATE USER app_rw;
INSERT INTO integrations (name, api_key, created_at)
VALUES ('github', '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', now());
