package main

/*
  debug credentials:
  SENDGRID_API_KEY=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
*/
func main() {}
