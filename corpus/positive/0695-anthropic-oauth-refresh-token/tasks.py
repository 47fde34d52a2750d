def run():
    # used this for local testing: CLAUDE_REFRESH_TOKEN=sk-ant-ort01-FjmnmC7by8yjJqezhFwdRPm18DcnFLkVqtS9walF6j8_97i9MA2f7LeEqmMwZp5D2AYPyaFD5OCaSRXBlRzYgXs9QlQrnZg
    return 0
