-- seed data
CREATE USER app_rw;
INSERT INTO integrations (name, api_key, created_at)
VALUES ('slack', 'xoxb-60569372294-8228389738908-iAscTfBJIy6yBBLkiQn769wV', now());
