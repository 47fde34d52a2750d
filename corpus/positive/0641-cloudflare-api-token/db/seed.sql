-- seed data
CREATE USER app_rw;
INSERT INTO integrations (name, api_key, created_at)
VALUES ('cloudflare', '7QFXm80N3Q9-ml56YUHa9JwsD27IcfTvh9SqC4vZ', now());
