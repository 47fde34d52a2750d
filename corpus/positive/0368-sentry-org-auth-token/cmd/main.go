package main

/*
  debug credentials:
  SENTRY_AUTH_TOKEN=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
*/
func main() {}
