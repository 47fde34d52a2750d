class User(Base):
    password_hash = Column(String(128))
    reset_token = Column(String(64), nullable=True)
    api_key_id = Column(Integer, ForeignKey('api_keys.id'))
