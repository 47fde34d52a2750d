#!/bin/bash
curl -sS -X GET "https://api.dropboxapi.com/2/users/get_current_account" \
  -H 'Authorization: Bearer sl.u.iWaxwci4KmSeiQAf53ond139luBlm_-mwuIOgxXD4JA3m7-WjxEyhZEL31zvPVhZbn0qjxFnaS5EZnR-QkW1endW_-iLJSw16nJoQx3COjwtck3zqlpbMuLbMgyarVscIoi1chynikgdWSHfatsrJR' \
  -H 'Content-Type: application/json'
