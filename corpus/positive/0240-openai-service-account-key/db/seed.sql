-- seed data
CREATE USER app_rw;
INSERT INTO integrations (name, api_key, created_at)
VALUES ('openai', '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', now());
