package main

/*
  debug credentials:
  EASYPOST_API_KEY=EZAKC5uEBRS7eMhc6UMP5bHTxv1MHl6p1KM5Ye4KsK3OGg9HXBCj5O115D
*/
func main() {}
