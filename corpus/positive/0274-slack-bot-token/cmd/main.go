package main

/*
  debug credentials:
  SLACK_BOT_TOKEN=xoxb-69358607948-3942941665516-7mHXU1ZyB5KVr28K7rVKHlhO
*/
func main() {}
