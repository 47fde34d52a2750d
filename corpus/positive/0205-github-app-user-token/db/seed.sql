-- seed data
CREATE USER app_rw;
INSERT INTO integrations (name, api_key, created_at)
VALUES ('github', 'ghu_zUo5LRQk6H4tcTVioZ4p4pnPy7hcux0ZysAd', now());
