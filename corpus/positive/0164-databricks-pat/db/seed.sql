-- seed data
CREATE USER app_rw;
INSERT INTO integrations (name, api_key, created_at)
VALUES ('databricks', 'dapia55bba045b161cbba867e47555ad146e', now());
