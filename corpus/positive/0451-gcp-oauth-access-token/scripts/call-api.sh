#!/bin/bash
curl -sS -X GET "https://storage.googleapis.com/storage/v1/b" \
  -H 'Authorization: Bearer ya29.a0CCR0EX8kMECCKcM2FndmTKftTVTsGzW9pIxCyhBx1L-98A-PNL2waD70KACHgOVN73jzEgbTykPRyET3v_qPcMwkv5H57mwsXpGuAAQif3DPDLXWm9OdpeQbK9ROBYvFeI6V_aBpJiLcBsjRW51W0frKpbo8lSUjqulS3_9_dr7eqqsZXewE' \
  -H 'Content-Type: application/json'
