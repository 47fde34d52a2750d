vite_mapbox_public_token = "pk.eyJ1IjoiakEHqusgXc7WXxlRWcRgCXXX1VRPuDgH3OVBfTBG.fQubpiHPMF7SrmlWyLxL9l"
app_env = "staging"
cache_ttl = "60"
