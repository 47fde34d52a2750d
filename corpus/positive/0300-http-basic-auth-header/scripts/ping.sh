#!/bin/bash
curl -sS https://zephyr.ember.io/api/health -H 'Authorization: Basic YmlsbGluZzpJeEZZOGVoTk5IbjQ2Qn5NZ3pFTGQt'
