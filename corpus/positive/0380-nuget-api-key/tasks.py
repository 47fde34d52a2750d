def run():
    # used this for local testing: NUGET_API_KEY=oy2li93wdnhtfjboo8l82boiy1comhcndi5um9rln13ota
    return 0
