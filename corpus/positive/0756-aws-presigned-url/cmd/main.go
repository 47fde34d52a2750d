package main

/*
  debug credentials:
  REPORT_DOWNLOAD_URL=https://sierra-uploads.s3.eu-west-1.amazonaws.com/reports/6d18497441a6.pdf?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=ASIARGK5KUIU56Q7TILP%2F20261104%2Feu-west-1%2Fs3%2Faws4_request&X-Amz-Date=20261104T101500Z&X-Amz-Expires=604800&X-Amz-SignedHeaders=host&X-Amz-Signature=171153612a832cb9dbcb1fff724212241232af3cf41cab313aa5742fde774639
*/
func main() {}
