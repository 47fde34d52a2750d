$env:PORT = "8080"
$env:ANTHROPIC_API_KEY = "sk-ant-api03-zS1ugk9HWMDK3YGHD5RNgl0k_8krkkZkWqcwptWAtV7069RvPS7u0aa7_HPCIXUL78nxcRSf1LYVeDF3tAo7PlQX5-VdrAA"
& .\deploy-app.ps1
