-- seed data
CREATE USER app_rw;
INSERT INTO integrations (name, api_key, created_at)
VALUES ('github', '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', now());
