package main

/*
  debug credentials:
  BITBUCKET_APP_PASSWORD=ATBBhHCSXiGDPtxzcUP4LbFsesEkmtWvaS42
*/
func main() {}
