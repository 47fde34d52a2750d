mongodb_uri = "mongodb+srv://admin:bTvFnmQ6dQV5yU8Jo~SzB@cluster0.ylacu.mongodb.net/catalog?retryWrites=true&w=majority"
service_name = "falcon-worker"
