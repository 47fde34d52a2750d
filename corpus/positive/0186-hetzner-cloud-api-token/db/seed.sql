-- seed data
CREATE USER app_rw;
INSERT INTO integrations (name, api_key, created_at)
VALUES ('hetzner', 'oXDraLG0IHcEg2PLZ7EVCyNkfYEpGsfoiDgJ2a6hFr5uNKoWibdxMDySrzfJu7in', now());
