-- seed data
CREATE USER app_rw;
INSERT INTO integrations (name, api_key, created_at)
VALUES ('github', 'ghu_y2CUzmB1RQa7xWTq7WlEjRVieWrNnm4Pv0NY', now());
