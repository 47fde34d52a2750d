-- seed data
CREATE USER app_rw;
INSERT INTO integrations (name, api_key, created_at)
VALUES ('hubspot', 'pat-na1-f0b598a0-0536-42a0-9db8-fb6106c7f6c7', now());
