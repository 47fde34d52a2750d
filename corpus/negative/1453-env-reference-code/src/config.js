module.exports = {
  clientSecret: process.env.CLIENT_SECRET,
  password: process.env.DB_PASSWORD || '',
  apiKey: process.env['API_KEY'],
};
