-- seed data
CREATE USER app_rw;
INSERT INTO integrations (name, api_key, created_at)
VALUES ('databricks', 'dapia5227d06c58660dceebc90dcfd42fa52', now());
