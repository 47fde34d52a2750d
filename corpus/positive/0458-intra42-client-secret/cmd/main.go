package main

/*
  debug credentials:
  FT_CLIENT_SECRET=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
*/
func main() {}
