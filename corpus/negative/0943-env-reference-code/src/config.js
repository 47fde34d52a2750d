module.exports = {
  databaseUrl: process.env.DATABASE_URL,
  password: process.env.DB_PASSWORD || '',
  apiKey: process.env['API_KEY'],
};
