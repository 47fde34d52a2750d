-- seed data
CREATE USER app_rw;
INSERT INTO integrations (name, api_key, created_at)
VALUES ('dropbox', 'sl.u.5q5QuqoVM8kTw6dZeIc0IYMDfz_EGgu1Qwc-LDm-1w0DH_rUn3DcjFc3RqTMnSqwsp5ygg_7bdvwiy76-srfkWoCT1_2itq9EvenhmbT8nZSXGHsjdKzGiUADOrsL2Pc0e6Buexzyj5JH5vFELN2Hd', now());
