-- seed data
CREATE USER app_rw;
INSERT INTO integrations (name, api_key, created_at)
VALUES ('slack', 'xoxp-37965991767-685997690387-3794747132007-a6786d8367070531fbff82fdffdb2c1f', now());
