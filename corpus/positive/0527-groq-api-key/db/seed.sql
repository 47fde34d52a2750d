-- seed data
CREATE USER app_rw;
INSERT INTO integrations (name, api_key, created_at)
VALUES ('groq', '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', now());
