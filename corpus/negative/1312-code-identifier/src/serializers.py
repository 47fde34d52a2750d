class LoginSerializer(serializers.Serializer):
    password = serializers.CharField(write_only=True, min_length=12)
    token = serializers.CharField(read_only=True)
