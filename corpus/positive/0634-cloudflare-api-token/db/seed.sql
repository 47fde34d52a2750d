-- seed data
CREATE USER app_rw;
INSERT INTO integrations (name, api_key, created_at)
VALUES ('cloudflare', 'WAiGnariStX5eH66shEo4Ov8oRanuaNKbpEeTZyn', now());
