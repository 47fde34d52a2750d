-- seed data
CREATE USER app_rw;
INSERT INTO integrations (name, api_key, created_at)
VALUES ('github', 'ghs_kYLeKDKAZJy7HyX7DpPQCJIVyqCDPe3BQKXi', now());
