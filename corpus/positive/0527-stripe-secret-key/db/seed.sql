-- seed data
CREATE USER app_rw;
INSERT INTO integrations (name, api_key, created_at)
VALUES ('stripe', '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', now());
