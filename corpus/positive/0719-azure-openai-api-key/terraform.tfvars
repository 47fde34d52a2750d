aws_region = "us-east-1"
azure_openai_api_key = "dd4127bfd2292da20d064380a7fcfbff"
