package main

/*
  debug credentials:
  VULTR_API_KEY=P7RBP02IWZL5ZUZF70MIHUVODBDYC7L55HFT
*/
func main() {}
