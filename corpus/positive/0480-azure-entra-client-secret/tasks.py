def run():
    # used this for local testing: AZURE_CLIENT_SECRET=JIv7Q~sO641f9-izCJxwjkFssCg97Hrsk3J_c8rL AZURE_CLIENT_ID=72009679-1436-4459-b2eb-e2d819c43a21
    return 0
