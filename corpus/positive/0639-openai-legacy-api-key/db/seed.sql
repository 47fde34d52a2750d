-- seed data
CREATE USER app_rw;
INSERT INTO integrations (name, api_key, created_at)
VALUES ('openai', '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', now());
