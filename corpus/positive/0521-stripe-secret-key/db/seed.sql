-- seed data
CREATE USER app_rw;
INSERT INTO integrations (name, api_key, created_at)
VALUES ('stripe', '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', now());
