-- seed data
CREATE USER app_rw;
INSERT INTO integrations (name, api_key, created_at)
VALUES ('gitlab', 'glpat-Zy-DcIwcIdQGOoEVj9Pd', now());
