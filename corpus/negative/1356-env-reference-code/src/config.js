module.exports = {
  jwtSecret: process.env.JWT_SECRET,
  password: process.env.DB_PASSWORD || '',
  apiKey: process.env['API_KEY'],
};
