-- seed data
CREATE USER app_rw;
INSERT INTO integrations (name, api_key, created_at)
VALUES ('stripe', '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', now());
