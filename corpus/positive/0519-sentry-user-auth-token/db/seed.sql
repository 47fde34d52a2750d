-- seed data
CREATE USER app_rw;
INSERT INTO integrations (name, api_key, created_at)
VALUES ('sentry', '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', now());
