package main

/*
  debug credentials:
  DATADOG_APP_KEY=13c1d86b3bf4fe4afe18ab7bcb2ff21893ee9a66
*/
func main() {}
